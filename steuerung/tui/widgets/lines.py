"""A widget drawn line by line from prepared Rich Text lines.

Textual's default path turns a widget's ``render()`` result into Content and
wraps it on every refresh — about 25 ms for forty bar lines, too slow for a
redraw on every dot keypress (DESIGN §7: median under 16 ms).  Here each line
becomes a Strip once, and a change repaints only the lines that differ.
Lines are Rich ``Text`` (never markup); control characters in them never
reach the terminal.
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget

from ..text import drop_controls


class LinesView(Widget):
    """Subclasses call :meth:`set_lines`; the height follows the number of lines."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._lines: list[Text] = []
        self._strips: dict[int, Strip] = {}
        self._strips_width = -1

    def set_lines(self, lines: list[Text]) -> None:
        old = self._lines
        self._lines = lines
        if len(lines) != len(old):
            self._strips.clear()
            self.refresh(layout=True)
            return
        width = self.size.width
        for y, (before, after) in enumerate(zip(old, lines, strict=True)):
            if before != after:  # Text compares its characters and its styles
                self._strips.pop(y, None)
                self.refresh(Region(0, y, width, 1))

    @property
    def plain_lines(self) -> list[str]:
        """What the widget shows, as plain text lines (for tests)."""
        return [line.plain for line in self._lines]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return max(1, len(self._lines))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips_width = -1  # e.g. :focus changed the background: rebuild all strips

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if width != self._strips_width:
            # rich_style walks the CSS of every ancestor: look it up once per size.
            self._base = self.rich_style
            self._blank = Strip.blank(width, self._base)
            self._strips.clear()
            self._strips_width = width
        if y >= len(self._lines):
            return self._blank
        strip = self._strips.get(y)
        if strip is None:
            strip = Strip(drop_controls(list(self._lines[y].render(self.app.console))))
            strip = strip.crop_extend(0, width, self._base).apply_style(self._base)
            self._strips[y] = strip
        return strip
