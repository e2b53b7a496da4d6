"""The Sachstand table: one line per Jahresziel, worst first, Ampel in colour AND word."""

from __future__ import annotations

from datetime import date

from rich.style import Style
from rich.text import Text
from textual.geometry import Region
from textual.message import Message

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
#: Below this width each Jahresziel takes two lines (issue 17): the first with Ampel,
#: Erreichung, Soll, Handlungsfeld, LZ and the Jahresziel, the second, indented past the
#: Ampel, with letztem Messwert, Frist and Verantwortlich.  Every column stays on
#: screen at 80×24, with no sideways scrolling that would hide the Ampel and the goal while
#: one reads the Frist.
WIDE = sum(_W.values()) + 9 + 16
_INDENT = _W["light"] + 1  # of the second line


def _rest(width: int) -> int:
    """On the second line Verantwortlich takes what is left of the width."""
    return max(width - _INDENT - _W["last"] - _W["deadline"] - 2, _W["resp"])


def _head(width: int) -> list[Text]:
    first = (f"{L.COL_LIGHT:<{_W['light']}} {L.COL_ATTAINMENT:>{_W['att']}} "
             f"{L.COL_EXPECTED:>{_W['soll']}} {_cell(L.COL_FIELD, _W['field'])} "
             f"{L.COL_GUIDING_SHORT:<{_W['lz']}} ")
    rest = (f"{_cell(L.COL_LAST_READING, _W['last'])} {_cell(L.COL_DEADLINE, _W['deadline'])} "
            f"{_cell(L.COL_RESPONSIBLE, _W['resp'] if width >= WIDE else _rest(width))}")
    if width >= WIDE:
        text_width = width - sum(_W.values()) - 9
        return [Text(f"{first}{_cell(L.COL_ANNUAL_GOAL, text_width)} {rest}", style=_HEAD,
                     no_wrap=True)]
    return [Text(f"{first}{L.COL_ANNUAL_GOAL}", style=_HEAD, no_wrap=True),
            Text(" " * _INDENT + rest, style=_HEAD, no_wrap=True)]


def status_lines(rows: list[GoalStatus], selected: int, today: date, width: int) -> list[Text]:
    """The head, then one line per Jahresziel, or two when narrower than :data:`WIDE`."""
    wide = width >= WIDE
    text_width = (width - sum(_W.values()) - 9 if wide
                  else max(width - _W["light"] - _W["att"] - _W["soll"] - _W["field"]
                           - _W["lz"] - 5, 12))
    lines = _head(width)
    if not rows:
        return [*lines, Text(L.SACHSTAND_EMPTY, style="italic")]
    for index, g in enumerate(rows):
        deadline = g.deadline_shown
        if g.overdue(today):
            deadline = "⚠ " + deadline
        word = _SHORT.get(g.light, L.LIGHTS[g.light])
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f" {word:<{_W['light'] - 2}} ", style=LIGHT_STYLES[g.light])
        line.append(f" {g.attainment_text:>{_W['att']}} {g.expected_text:>{_W['soll']}} "
                    f"{_cell(g.field, _W['field'])} {str(g.guiding_number or ''):<{_W['lz']}} "
                    f"{_cell(g.text, text_width)}")
        rest = (f"{_cell(g.last_text, _W['last'])} {_cell(deadline, _W['deadline'])} "
                f"{_cell(g.responsible or '–', _W['resp'] if wide else _rest(width))}")
        goal_lines = [line]
        if wide:
            line.append(f" {rest}")
        else:
            goal_lines.append(Text(" " * _INDENT + rest, no_wrap=True, overflow="ellipsis"))
        if index == selected:
            for part in goal_lines:
                part.stylize(_SELECTED, _W["light"])
        lines.extend(goal_lines)
    return lines


class StatusHead(LinesView):
    """The column heads, above the scrolling rows: they stay while the rows scroll (80×24)."""

    DEFAULT_CSS = "StatusHead { height: auto; padding: 0 1; }"


class StatusTable(LinesView, can_focus=True):
    """Render-only; the screen passes rows, the selection and the Stichtag.

    It draws the rows; its column heads go to the screen's :class:`StatusHead`
    (message :class:`StatusTable.Head`), so they stay in view when the rows
    scroll.  :attr:`plain_lines` gives both, heads first.
    """

    DEFAULT_CSS = "StatusTable { height: auto; padding: 0 1; }"

    class Head(Message):
        """New column heads (one line, or two in a narrow window)."""

        def __init__(self, lines: list[Text]):
            super().__init__()
            self.lines = lines

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.rows: list[GoalStatus] = []
        self.selected = 0
        self.today = date.min  # set by show(): the clock belongs to the app
        self.head: list[Text] = []

    @property
    def plain_lines(self) -> list[str]:
        return [line.plain for line in self.head] + super().plain_lines

    def show(self, rows: list[GoalStatus], selected: int, today: date) -> None:
        self.rows, self.today = rows, today
        self.selected = max(0, min(selected, len(rows) - 1))
        self._draw(self.content_size.width or 120)

    def on_resize(self) -> None:
        self._draw(self.content_size.width)

    def _draw(self, width: int) -> None:
        lines = status_lines(self.rows, self.selected, self.today, width)
        heads = len(_head(width))
        if lines[:heads] != self.head:
            self.head = lines[:heads]
            self.post_message(self.Head(self.head))
        self.set_lines(lines[heads:])
        self.call_after_refresh(self._reveal)

    def _reveal(self) -> None:
        """Scroll the selected Jahresziel (one line, or two) into view."""
        if not self.rows or self.parent is None:
            return
        per_goal = 1 if self.content_size.width >= WIDE else 2
        self.parent.scroll_to_region(Region(0, self.selected * per_goal, 1, per_goal),
                                     animate=False)
