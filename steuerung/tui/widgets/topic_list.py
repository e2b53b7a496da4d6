"""The moderator's topic list: number (its quick key), name, tally, mark, linked field.

Render-only: the screen hands it rows and the selected index.  A Widget
with one Rich Text render instead of a DataTable, because DataTable's
update_cell redraws every visible row (≈ 30 ms) and this list changes on
every dot keypress.  The lines are laid out for the widget's width: a long
name ends in "…", the points column keeps its place (issue 17).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.geometry import Region

from ... import labels as L
from ...domain.numbers import format_number
from .lines import LinesView

#: The selected row: a ▶ in front, bold, on the accent colour (not only reverse video).
CURSOR = "▶"
_SELECTED = Style(bold=True, color="#000000", bgcolor="#ffa62b")
_DIM = Style(dim=True)


@dataclass(frozen=True)
class TopicRow:
    name: str
    tally: int
    marked: bool
    field_name: str | None


class TopicList(LinesView, can_focus=True):
    """Numbered topics; the number is the topic's quick key (1–9 at once, # and the number)."""

    DEFAULT_CSS = """
    TopicList { height: auto; min-height: 3; padding: 0 1; }
    TopicList:focus { background: $boost; }
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.rows: list[TopicRow] = []
        self.selected = 0

    def show(self, rows: list[TopicRow], selected: int) -> None:
        moved = selected != self.selected or len(rows) != len(self.rows)
        self.rows = rows
        self.selected = max(0, min(selected, len(rows) - 1))
        self.set_lines(topic_lines(rows, self.selected, self.content_size.width or 56))
        scroll = self.parent
        if moved and scroll is not None and not (
                scroll.scroll_offset.y <= self.selected < scroll.scroll_offset.y
                + scroll.size.height):  # the cursor row stays in view (14 topics at 80×24)
            self.call_after_refresh(self._scroll_to_selected)

    def _scroll_to_selected(self) -> None:
        if self.parent is not None:
            self.parent.scroll_to_region(Region(0, self.selected, 1, 1), animate=False,
                                         immediate=True)

    def on_resize(self) -> None:
        if self.rows:  # without topics the lines need no width (and may be the screen's text)
            self.set_lines(topic_lines(self.rows, self.selected, self.content_size.width))


def topic_lines(rows: list[TopicRow], selected: int, width: int = 56) -> list[Text]:
    """"▶ 12 ● Bildung ……   30  → Handlungsfeld": the points stay in one column."""
    if not rows:
        return [Text(L.VOTE_NO_TOPICS, style="italic")]
    number_w = len(str(len(rows)))
    tallies = [format_number(r.tally) for r in rows]
    tally_w = max(3, *(len(t) for t in tallies))
    fixed = 2 + number_w + 3 + 1 + tally_w  # "▶ " number " ● " name " " tally
    name_w = max(min(max(len(r.name) for r in rows), width - fixed), 4)
    lines = []
    for index, (row, tally) in enumerate(zip(rows, tallies, strict=True)):
        chosen = index == selected
        # Plain strings, not Text.truncate: this runs for every topic on every dot key.
        line = Text(f"{CURSOR if chosen else ' '} {index + 1:>{number_w}} "
                    f"{'●' if row.marked else ' '} {fit(row.name, name_w)} {tally:>{tally_w}}",
                    no_wrap=True)
        if row.field_name:
            linked = (L.VOTE_LINKED_FIELD if row.field_name == row.name
                      else L.VOTE_LINKED_FIELD_NAMED.format(name=row.field_name))
            line.append("  " + linked, style=_DIM)
        if chosen:
            line.stylize(_SELECTED)
        lines.append(line)
    return lines


def fit(name: str, width: int) -> str:
    """``name`` in exactly ``width`` cells: padded, or cut with "…"."""
    if len(name) > width:
        return name[:max(width - 1, 0)] + "…"
    return name.ljust(width)
