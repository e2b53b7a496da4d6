"""The Sachstand for ``steuerung status``: a Rich table in a terminal, plain text in a pipe.

Piped (into a file, ``less``, a mail) it is text a person can paste into a
mail: no box drawing, no colour codes, no trailing spaces, lines no longer
than ``COLUMNS`` (else 80).  Both read the same figures as the TUI and the
Sachstandsbericht (:mod:`steuerung.domain.sachstand`).  User text enters the
Rich table as ``Text`` objects, never as markup.
"""

from __future__ import annotations

import textwrap
from datetime import date

from rich.table import Table
from rich.text import Text

from . import labels as L
from .domain.sachstand import GoalStatus, light_counts

LIGHT_STYLE = {"green": "bold green", "yellow": "bold yellow", "red": "bold red", "grey": "dim",
               "no_indicator": "italic"}
MIN_WIDTH = 40


def summary(rows: list[GoalStatus]) -> str:
    """"18 Jahresziele: 3 grün, 1 gelb, 2 rot, 6 grau, 6 ohne Indikator"."""
    counts = light_counts(rows)
    parts = ", ".join(f"{n} {L.LIGHTS[light]}" for light, n in counts.items() if n)
    return L.STATUS_SUMMARY.format(n=len(rows), word=L.COL_ANNUAL if len(rows) != 1
                                   else L.COL_ANNUAL_GOAL, parts=parts or "–")


def _deadline(goal: GoalStatus) -> str:
    return goal.deadline_shown + (f" {L.OVERDUE_MARK}" if goal.overdue() else "")


def status_table(rows: list[GoalStatus], today: date, title: str) -> Table:
    table = Table(title=Text(title), title_justify="left", header_style="bold", expand=False,
                  caption=Text(summary(rows)), caption_justify="left")
    for column in (L.COL_FIELD, L.COL_GUIDING_SHORT, L.COL_ANNUAL_GOAL, L.COL_LIGHT,
                   L.COL_ATTAINMENT, L.COL_EXPECTED, L.COL_LAST_READING, L.COL_DEADLINE,
                   L.COL_RESPONSIBLE):
        table.add_column(column, overflow="fold")
    for g in rows:
        table.add_row(
            Text(g.field), str(g.guiding_number or ""), Text(g.text),
            Text(L.LIGHTS[g.light], style=LIGHT_STYLE[g.light]), g.attainment_text,
            g.expected_text, Text(g.last_text), Text(_deadline(g)), Text(g.responsible or "–"))
    return table


def status_plain(rows: list[GoalStatus], title: str, width: int) -> str:
    """One block per Jahresziel, worst first, wrapped to ``width`` columns."""
    width = max(width, MIN_WIDTH)
    lines = [*textwrap.wrap(title, width), *textwrap.wrap(summary(rows), width)]
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
            lines.extend(textwrap.wrap(" ".join(fact.split()), width,
                                       initial_indent=lead if i == 0 else indent,
                                       subsequent_indent=indent, break_on_hyphens=False))
    return "\n".join(line.rstrip() for line in lines) + "\n"
