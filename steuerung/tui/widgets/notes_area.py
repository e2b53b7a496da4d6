"""The multi-line Markdown field of every form (notes, texts, Leitbild, Vorlage).

Kept apart from :mod:`.inputs` so that screens needing only one-line inputs
do not import Textual's TextArea.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import TextArea

from ... import labels as L


class NotesArea(TextArea):
    """A multi-line Markdown field: Strg+Pos1 / Strg+Ende jump to the start / end of the text.

    Textual's TextArea moves only within a line with Pos1/Ende; a clerk
    writing long notes expects the word-processor keys (with Umschalt they
    select).  Used by every form with a text area.
    """

    BINDINGS = [
        Binding("ctrl+home", "document_edge(False)", L.KEY_TEXT_START, show=False),
        Binding("ctrl+end", "document_edge(True)", L.KEY_TEXT_END, show=False),
        Binding("ctrl+shift+home", "document_edge(False, True)", L.KEY_TEXT_START, show=False),
        Binding("ctrl+shift+end", "document_edge(True, True)", L.KEY_TEXT_END, show=False),
    ]

    def action_document_edge(self, end: bool, select: bool = False) -> None:
        self.move_cursor(self.document.end if end else (0, 0), select=select)
