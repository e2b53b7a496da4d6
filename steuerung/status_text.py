"""The Sachstand as a Rich table, for ``steuerung status`` (terminal or plain text)."""

from __future__ import annotations

from datetime import date

from rich.table import Table

from . import labels as L
from .domain.attainment import pct
from .domain.dates import show_day
from .domain.numbers import format_number
from .store.status import GoalStatus

LIGHT_STYLE = {"green": "bold green", "yellow": "bold yellow", "red": "bold red", "grey": "dim"}


def status_table(rows: list[GoalStatus], today: date, title: str) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold", expand=False)
    for column in (L.COL_FIELD, L.COL_GUIDING_SHORT, L.COL_ANNUAL_GOAL, L.COL_LIGHT,
                   L.COL_ATTAINMENT, L.COL_EXPECTED, L.COL_LAST_READING, L.COL_DEADLINE,
                   L.COL_RESPONSIBLE):
        table.add_column(column, overflow="fold")
    for g in rows:
        last = g.last_reading
        last_text = "–" if last is None else (
            format_number(last[0]) + (f" {last[2]}" if last[2] else "")
            + f" ({show_day(last[1])})")
        expected = [i.assessment.expected for i in g.indicators if i.assessment.expected is not None]
        overdue = g.overdue(today)
        deadline = g.deadline_text or (show_day(g.deadline)
                                       if g.deadline else "–")
        table.add_row(
            g.field, str(g.guiding_number or ""), g.text,
            f"[{LIGHT_STYLE[g.light]}]{L.LIGHTS[g.light]}[/]",
            "–" if g.rollup.attainment is None else pct(g.rollup.attainment),
            pct(max(expected)) if expected else "–", last_text,
            deadline + (f" {L.OVERDUE_MARK}" if overdue else ""), g.responsible or "–")
    return table
