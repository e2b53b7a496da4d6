"""The Sachstand as a Rich table, for ``steuerung status`` (terminal or plain text).

Every cell is a Rich ``Text``: a ``str`` cell would be read as markup, and a
user's ``[/]`` would crash the command (DESIGN §8).  Control characters are
dropped from what is printed.
"""

from __future__ import annotations

from datetime import date

from rich.table import Table
from rich.text import Text

from . import labels as L
from .domain.attainment import pct
from .domain.dates import format_date
from .domain.text import printable
from .store.status import GoalStatus


def _cell(value: object, style: str = "") -> Text:
    return Text(printable(str(value)), style=style)

LIGHT_STYLE = {"green": "bold green", "yellow": "bold yellow", "red": "bold red", "grey": "dim"}


def status_table(rows: list[GoalStatus], today: date, title: str) -> Table:
    table = Table(title=_cell(title), title_justify="left", header_style="bold", expand=False)
    for column in (L.COL_FIELD, L.COL_GUIDING_SHORT, L.COL_ANNUAL_GOAL, L.COL_LIGHT,
                   L.COL_ATTAINMENT, L.COL_EXPECTED, L.COL_LAST_READING, L.COL_DEADLINE,
                   L.COL_RESPONSIBLE):
        table.add_column(column, overflow="fold")
    for g in rows:
        last = g.last_reading
        last_text = "–" if last is None else (
            f"{last[0]:g}".replace(".", ",") + (f" {last[2]}" if last[2] else "")
            + f" ({format_date(date.fromisoformat(last[1]))})")
        expected = [i.assessment.expected for i in g.indicators if i.assessment.expected is not None]
        overdue = g.overdue(today)
        deadline = g.deadline_text or (format_date(date.fromisoformat(g.deadline))
                                       if g.deadline else "–")
        table.add_row(*map(_cell, (g.field, g.guiding_number or "", g.text)),
                      _cell(L.LIGHTS[g.light], LIGHT_STYLE[g.light]),
                      *map(_cell, (
                          "–" if g.rollup.attainment is None else pct(g.rollup.attainment),
                          pct(max(expected)) if expected else "–", last_text,
                          deadline + (f" {L.OVERDUE_MARK}" if overdue else ""),
                          g.responsible or "–")))
    return table
