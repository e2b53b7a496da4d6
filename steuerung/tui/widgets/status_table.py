"""The Sachstand table: one line per Jahresziel, worst first, Ampel in colour AND word."""

from __future__ import annotations

from datetime import date

from rich.style import Style
from rich.text import Text

from ... import labels as L
from ...store.status import GoalStatus
from .lines import LinesView

LIGHT_STYLES = {"green": Style.parse("bold black on green"),
                "yellow": Style.parse("bold black on yellow"),
                "red": Style.parse("bold white on red"), "grey": Style.parse("black on grey70"),
                "no_indicator": Style.parse("italic black on grey85")}
#: The light column is narrow; the word stays a word ("ohne Indikator" → "o. Ind.").
_SHORT = {"no_indicator": L.LIGHT_NO_INDICATOR_SHORT}
_SELECTED = Style(reverse=True)
_HEAD = Style(bold=True, underline=True)


def _cell(text: str, width: int) -> str:
    return text[:width - 1] + "…" if len(text) > width else f"{text:<{width}}"


# Fixed column widths; the Jahresziel column takes what is left.
_W = {"light": 9, "att": 10, "soll": 5, "field": 14, "lz": 3, "last": 21, "deadline": 13,
      "resp": 12}


def status_lines(rows: list[GoalStatus], selected: int, today: date, width: int) -> list[Text]:
    text_width = max(width - sum(_W.values()) - 9, 16)
    head = Text(f"{L.COL_LIGHT:<{_W['light']}} {L.COL_ATTAINMENT:>{_W['att']}} "
                f"{L.COL_EXPECTED:>{_W['soll']}} {_cell(L.COL_FIELD, _W['field'])} "
                f"{L.COL_GUIDING_SHORT:<{_W['lz']}} {_cell(L.COL_ANNUAL_GOAL, text_width)} "
                f"{_cell(L.COL_LAST_READING, _W['last'])} {_cell(L.COL_DEADLINE, _W['deadline'])} "
                f"{_cell(L.COL_RESPONSIBLE, _W['resp'])}", style=_HEAD, no_wrap=True)
    if not rows:
        return [head, Text(L.SACHSTAND_EMPTY, style="italic")]
    lines = [head]
    for index, g in enumerate(rows):
        deadline = g.deadline_shown
        if g.overdue(today):
            deadline = "⚠ " + deadline
        word = _SHORT.get(g.light, L.LIGHTS[g.light])
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f" {word:<{_W['light'] - 2}} ", style=LIGHT_STYLES[g.light])
        line.append(f" {g.attainment_text:>{_W['att']}} {g.expected_text:>{_W['soll']}} "
                    f"{_cell(g.field, _W['field'])} {str(g.guiding_number or ''):<{_W['lz']}} "
                    f"{_cell(g.text, text_width)} {_cell(g.last_text, _W['last'])} "
                    f"{_cell(deadline, _W['deadline'])} {_cell(g.responsible or '–', _W['resp'])}")
        if index == selected:
            line.stylize(_SELECTED, _W["light"])
        lines.append(line)
    return lines


class StatusTable(LinesView, can_focus=True):
    """Render-only; the screen passes rows, the selection and the Stichtag."""

    DEFAULT_CSS = "StatusTable { height: auto; padding: 0 1; }"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.rows: list[GoalStatus] = []
        self.selected = 0
        self.today = date.min  # set by show(): the clock belongs to the app

    def show(self, rows: list[GoalStatus], selected: int, today: date) -> None:
        self.rows, self.today = rows, today
        self.selected = max(0, min(selected, len(rows) - 1))
        self.set_lines(status_lines(rows, self.selected, today, self.content_size.width or 120))

    def on_resize(self) -> None:
        self.set_lines(status_lines(self.rows, self.selected, self.today, self.content_size.width))
