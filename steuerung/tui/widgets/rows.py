"""A scrolling list of rows with a cursor: headings, items, wrapped long texts.

Render-only, like the other widgets: the screen hands it :class:`Row`
objects built from a read model and asks which row is selected.  Rows with
a ``key`` can be selected; headings and blank lines (``key`` None) are
skipped by the cursor.  Long texts (a Kreistag resolution) wrap under a
hanging indent; a ``right`` text (a status, a count) stands at the right
edge of the row's first line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ... import labels as L
from ..text import drop_controls

_SELECTED = Style(reverse=True)


@dataclass(frozen=True)
class Row:
    key: Any  # None: not selectable (heading, blank line, hint)
    text: Text
    hang: int = 0  # continuation lines start this far in
    right: Text | None = None


class RowList(ScrollView, can_focus=True):
    """↑/↓ move the cursor over selectable rows; Pos1/Ende jump."""

    BINDINGS = [
        Binding("up", "cursor(-1)", L.KEY_CURSOR_UP, show=False),
        Binding("down", "cursor(1)", L.KEY_CURSOR_DOWN, show=False),
        Binding("pageup", "cursor(-10)", L.KEY_PAGE_UP, show=False),
        Binding("pagedown", "cursor(10)", L.KEY_PAGE_DOWN, show=False),
        Binding("home", "edge(-1)", L.KEY_FIRST, show=False),
        Binding("end", "edge(1)", L.KEY_LAST, show=False),
    ]
    DEFAULT_CSS = """
    RowList { height: 1fr; padding: 0 1; }
    RowList:focus { background: $boost; }
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.rows: list[Row] = []
        self.cursor: int | None = None  # index into rows
        self._lines: list[tuple[Text, int]] = []  # (line, row index)
        self._first: list[int] = []  # first line of each row
        self._width = -1

    # -- content ---------------------------------------------------------------------
    def show(self, rows: list[Row], select: Any = None) -> None:
        """New rows; the cursor stays on the same key (or ``select``) when it still exists."""
        keep = select if select is not None else self.selected
        self.rows = rows
        keys = [r.key for r in rows]
        if keep is not None and keep in keys:
            self.cursor = keys.index(keep)
        else:
            old = self.cursor or 0
            self.cursor = None
            self._step_to(min(old, len(rows) - 1) if rows else 0, 1)
            if self.cursor is None:
                self._step_to(len(rows) - 1, -1)
        self._wrap()

    @property
    def selected(self) -> Any:
        if self.cursor is None or self.cursor >= len(self.rows):
            return None
        return self.rows[self.cursor].key

    @property
    def plain_lines(self) -> list[str]:
        """What the widget shows, as plain text (for tests)."""
        return [line.plain.rstrip() for line, _ in self._lines]

    def _step_to(self, start: int, step: int) -> None:
        index = start
        while 0 <= index < len(self.rows):
            if self.rows[index].key is not None:
                self.cursor = index
                return
            index += step

    # -- keys ------------------------------------------------------------------------
    def action_cursor(self, step: int) -> None:
        if self.cursor is None:
            return
        selectable = [i for i, r in enumerate(self.rows) if r.key is not None]
        position = selectable.index(self.cursor) + step
        self.cursor = selectable[max(0, min(position, len(selectable) - 1))]
        self._moved()

    def action_edge(self, step: int) -> None:
        self.cursor = None
        if step < 0:
            self._step_to(0, 1)
        else:
            self._step_to(len(self.rows) - 1, -1)
        self._moved()

    def _moved(self) -> None:
        self.refresh()
        self.scroll_to_cursor()

    def scroll_to_cursor(self) -> None:
        if self.cursor is None or not self._first:
            if not self.rows:
                self.scroll_home(animate=False)
            return
        first = self._first[self.cursor]
        last = (self._first[self.cursor + 1] if self.cursor + 1 < len(self._first)
                else len(self._lines))
        top = first
        # a heading right above the row scrolls into view with it
        if self.cursor > 0 and self.rows[self.cursor - 1].key is None:
            top = self._first[self.cursor - 1]
        self.scroll_to_region(Region(0, top, 1, last - top), animate=False)

    # -- drawing ---------------------------------------------------------------------
    def on_resize(self) -> None:
        self._wrap()

    def _wrap(self) -> None:
        width = max(self.scrollable_content_region.width, 20)
        self._width = width
        lines: list[tuple[Text, int]] = []
        first: list[int] = []
        console = self.app.console
        for index, row in enumerate(self.rows):
            first.append(len(lines))
            right = row.right or Text()
            prefix, body = row.text[:row.hang], row.text[row.hang:]
            space = max(width - row.hang - (right.cell_len + 1 if right else 0), 10)
            wrapped = body.wrap(console, space) if body.plain else [Text()]
            for n, part in enumerate(wrapped):
                line = (prefix.copy() if n == 0 else Text(" " * row.hang)) + part
                if n == 0 and right:
                    line.pad_right(max(width - line.cell_len - right.cell_len, 1))
                    line.append_text(right)
                lines.append((line, index))
        self._lines, self._first = lines, first
        self.virtual_size = Size(width, len(lines))
        self.refresh()
        self.call_after_refresh(self.scroll_to_cursor)

    def render_line(self, y: int) -> Strip:
        index = y + int(self.scroll_offset.y)
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line, row = self._lines[index]
        if row == self.cursor:
            line = line.copy()
            line.pad_right(max(width - line.cell_len, 0))
            line.stylize(_SELECTED)
        strip = Strip(drop_controls(list(line.render(self.app.console))))
        return strip.crop_extend(0, width, base).apply_style(base)
