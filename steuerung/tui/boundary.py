"""What every steuerung app does with text and errors, whatever screen is open.

Mixed into the apps (the main app and the Beamer):

- Messages and the title line are plain text: labels hold no markup, and a
  user's ``[/]`` in a title must not be read as such (DESIGN §8).
"""

from __future__ import annotations

from textual.content import Content

from ..domain.text import one_line, printable


class AppBoundary:
    """Mixed into an ``App`` before it (``class X(AppBoundary, App)``)."""

    def notify(self, message: str, *, title: str = "", severity="information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every message is plain text, whatever a caller asks for."""
        super().notify(printable(str(message)), title=one_line(title), severity=severity,
                       timeout=timeout, markup=False)

    def format_title(self, title: str, sub_title: str) -> Content:
        # The sub-title is often a process's title: user text, shown without control characters.
        return super().format_title(one_line(title), one_line(sub_title))
