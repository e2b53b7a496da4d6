"""A filter line that answers in the same frame as the keystroke.

A plain ``Input`` reports a change with a message that travels to the screen
a few hops later; Textual may draw the echo of the key first, and the
filtered result then waits for the next frame (+17–28 ms).  This input hands
its text to ``on_text`` synchronously, from its own value watcher.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input


class FilterInput(Input):
    """``on_text(value)`` runs at once whenever the text changes (typing or clearing)."""

    def __init__(self, on_text: Callable[[str], None], **kwargs):
        super().__init__(**kwargs)
        self._on_text = on_text

    def watch_value(self, value: str) -> None:
        self._on_text(value)
