"""The moderator's topic list: number key, name, tally, mark, linked field.

Render-only: the screen hands it rows and the selected index.  A Widget
with one Rich Text render instead of a DataTable, because DataTable's
update_cell redraws every visible row (≈ 30 ms) and this list changes on
every dot keypress.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from ... import labels as L
from ...domain.numbers import format_number
from .lines import LinesView

_SELECTED = Style(reverse=True)
_DIM = Style(dim=True)


@dataclass(frozen=True)
class TopicRow:
    name: str
    tally: int
    marked: bool
    field_name: str | None


class TopicList(LinesView, can_focus=True):
    """Numbered topics; digit keys 1–9 on the screen refer to these numbers."""

    DEFAULT_CSS = """
    TopicList { height: auto; min-height: 3; padding: 0 1; }
    TopicList:focus { background: $boost; }
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.rows: list[TopicRow] = []
        self.selected = 0

    def show(self, rows: list[TopicRow], selected: int) -> None:
        self.rows = rows
        self.selected = max(0, min(selected, len(rows) - 1))
        self.set_lines(topic_lines(rows, self.selected))


def topic_lines(rows: list[TopicRow], selected: int) -> list[Text]:
    if not rows:
        return [Text(L.VOTE_NO_TOPICS, style="italic")]
    width = max(len(r.name) for r in rows)
    lines = []
    for index, row in enumerate(rows):
        number = f"{index + 1:>2}" if index < 9 else "  "
        tally = format_number(row.tally)
        line = Text(f"{number} {'●' if row.marked else ' '} {row.name:<{width}} {tally:>4}",
                    no_wrap=True, overflow="ellipsis")
        if row.field_name:
            linked = (L.VOTE_LINKED_FIELD if row.field_name == row.name
                      else L.VOTE_LINKED_FIELD_NAMED.format(name=row.field_name))
            line.append("  " + linked, style=_DIM)
        if index == selected:
            line.stylize(_SELECTED)
        lines.append(line)
    return lines
