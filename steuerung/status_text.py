"""The Sachstand for ``steuerung status``: a Rich table in a terminal, plain text in a pipe.

Piped (into a file, ``less``, a mail) it is text a person can paste into a
mail: no box drawing, no colour codes, no trailing spaces, lines no longer
than ``COLUMNS`` (else 80).  Both read the same figures as the TUI and the
Sachstandsbericht (:mod:`steuerung.domain.sachstand`).

Every table cell is a Rich ``Text``: a ``str`` cell would be read as markup,
and a user's ``[/]`` would crash the command (DESIGN §8).  Control characters
are dropped from what is printed, in the table and in the plain text.
"""

from __future__ import annotations

import textwrap
from datetime import date

from rich.table import Table
from rich.text import Text

from . import labels as L
from .domain.sachstand import GoalStatus, light_counts
from .domain.text import one_line, printable

LIGHT_STYLE = {"green": "bold green", "yellow": "bold yellow", "red": "bold red", "grey": "dim",
               "no_indicator": "italic"}
MIN_WIDTH = 40


def _cell(value: object, style: str = "") -> Text:
    return Text(printable(str(value)), style=style)


def summary(rows: list[GoalStatus]) -> str:
    """"18 Jahresziele: 3 grün, 1 gelb, 2 rot, 6 grau, 6 ohne Indikator"."""
    counts = light_counts(rows)
    parts = ", ".join(f"{n} {L.LIGHTS[light]}" for light, n in counts.items() if n)
    return L.STATUS_SUMMARY.format(n=len(rows), word=L.COL_ANNUAL if len(rows) != 1
                                   else L.COL_ANNUAL_GOAL, parts=parts or "–")


def _deadline(goal: GoalStatus) -> str:
    return goal.deadline_shown + (f" {L.OVERDUE_MARK}" if goal.overdue() else "")


def status_table(rows: list[GoalStatus], today: date, title: str) -> Table:
    table = Table(title=_cell(title), title_justify="left", header_style="bold", expand=False,
                  caption=_cell(summary(rows)), caption_justify="left")
    for column in (L.COL_FIELD, L.COL_GUIDING_SHORT, L.COL_ANNUAL_GOAL, L.COL_LIGHT,
                   L.COL_ATTAINMENT, L.COL_EXPECTED, L.COL_LAST_READING, L.COL_DEADLINE,
                   L.COL_RESPONSIBLE):
        table.add_column(column, overflow="fold")
    for g in rows:
        table.add_row(*map(_cell, (g.field, g.guiding_number or "", g.text)),
                      _cell(L.LIGHTS[g.light], LIGHT_STYLE[g.light]),
                      *map(_cell, (g.attainment_text, g.expected_text, g.last_text,
                                   _deadline(g), g.responsible or "–")))
    return table


def status_plain(rows: list[GoalStatus], title: str, width: int) -> str:
    """One block per Jahresziel, worst first, wrapped to ``width`` columns."""
    width = max(width, MIN_WIDTH)
    lines = [*textwrap.wrap(one_line(title), width), *textwrap.wrap(summary(rows), width)]
    for number, g in enumerate(rows, 1):
        lead = f"{number}. "
        indent = " " * len(lead)
        facts = [
            f"{L.LIGHTS[g.light]} – {g.text}",
            f"{g.field}, {L.DOC_GUIDING} {g.guiding_number or '–'}",
            f"{L.COL_ATTAINMENT} {g.attainment_text} · {L.COL_EXPECTED} {g.expected_text} · "
            f"{L.COL_DEADLINE} {_deadline(g)}",
            f"{L.COL_LAST_READING}: {g.last_text} · {L.COL_RESPONSIBLE}: {g.responsible or '–'}",
        ]
        lines.append("")
        for i, fact in enumerate(facts):
            lines.extend(textwrap.wrap(" ".join(one_line(fact).split()), width,
                                       initial_indent=lead if i == 0 else indent,
                                       subsequent_indent=indent, break_on_hyphens=False))
    return "\n".join(line.rstrip() for line in lines) + "\n"
