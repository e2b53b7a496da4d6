"""Reading what a widget shows, as plain text."""

from __future__ import annotations

import io

from rich.console import Console
from textual.widgets import Static


def shown(app, selector: str, width: int = 116) -> str:
    """The plain text a Static on the current screen renders (tables included)."""
    widget = app.screen.query_one(selector, Static)
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()
