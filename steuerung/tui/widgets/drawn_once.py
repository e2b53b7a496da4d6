"""A Rich renderable drawn once per width, however often Textual asks for it.

Textual measures a ``Static``'s height by rendering its content, and before
the first frame it lays a screen out twice (on mounting and on the first
resize) and then renders it: the Übersicht's tables were drawn three times
each on the way to the first frame.  Wrapped in :class:`DrawnOnce`, the
second and third time replay the lines of the first.  Rich has no such cache
(its ``Segments`` hold one rendering, not one per width), hence this.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment


class DrawnOnce:
    """``renderable``, its lines kept per width once drawn (a height limit only crops them)."""

    def __init__(self, renderable: RenderableType):
        self.renderable = renderable
        self._lines: dict[tuple, list[list[Segment]]] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        key = (options.max_width, options.justify, options.no_wrap)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = console.render_lines(
                self.renderable, options.update(height=None), pad=False)
        new_line = Segment.line()
        for line in lines if options.height is None else lines[: options.height]:
            yield from line
            yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.renderable)
