"""Abschnitt: a Section's heading and Markdown text, with the preview as the document shows it.

Like the Leitbild screen: the editor on the left, the preview on the right,
redrawn a moment after typing stops.  The preview is the Section exactly as
the workshop documentation writes it (``markdown_text``: lists, emphasis and
tables kept, raw HTML as text), drawn by Rich's Markdown renderer, which
stays quick for tables (DESIGN §7).  Strg+S saves and stays; Esc goes back
and asks first if something is not saved.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Static, TextArea

from ... import labels as L
from ...domain.errors import UserError
from ...domain.text import one_line, printable
from ...store import outline
from ...store.outline import Part
from ..screens.base import Screen
from ..screens.dialogs import ConfirmScreen
from ..widgets.bars import Footer, Header


class SectionScreen(Screen[int | None]):
    """Edit ``part`` (a stored Section) or write a new one after the part ``after``.

    Dismissed with the Section's id once it is stored, else None.
    """

    DEFAULT_CSS = """
    #section-head { height: auto; padding: 0 1; }
    #section-title { width: 1fr; }
    #section-body { height: 1fr; }
    #section-edit { width: 1fr; padding: 0 1; }
    #section-text { height: 1fr; }
    #section-show { width: 1fr; padding: 0 1; border-left: vkey $accent; }
    #section-hint { padding: 0 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", L.KEY_SAVE_FORM, key_display="Strg+S"),
        Binding("escape", "back", L.KEY_BACK, key_display="Esc"),
    ]

    def __init__(self, part: Part | None, after: str | None = None):
        super().__init__()
        self.section_id = part.row_id if part is not None else None
        self.after = after
        # Shown and compared without control characters (an imported or loaded text may hold some).
        self.saved = ((one_line(part.title), printable(part.text)) if part is not None else None)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(L.SECTION_EDIT if self.section_id else L.SECTION_NEW,
                     classes="section-title", id="section-state")
        with Vertical(id="section-head"):
            yield Static(L.SECTION_TITLE)
            yield Input(self.saved[0] if self.saved else "", id="section-title")
        with Horizontal(id="section-body"):
            with Vertical(id="section-edit"):
                yield Static(L.SECTION_TEXT, classes="section-title")
                yield TextArea(self.saved[1] if self.saved else "", id="section-text",
                               soft_wrap=True, tab_behavior="focus")
            with Vertical(id="section-show"):
                yield Static(L.VISION_PREVIEW, classes="section-title")
                with VerticalScroll():
                    yield Static("", id="section-preview")
        yield Static(L.SECTION_HINT, classes="hint", id="section-hint")
        yield Footer()

    def on_mount(self) -> None:
        if self.saved is None:
            self.query_one("#section-title", Input).focus()
        else:
            editor = self.query_one(TextArea)
            editor.focus()
            editor.move_cursor(editor.document.end)  # a revision usually goes on at the end
        self.preview()

    def values(self) -> tuple[str, str]:
        return self.query_one("#section-title", Input).value, self.query_one(TextArea).text

    @property
    def dirty(self) -> bool:
        return self.values() != (self.saved or ("", ""))

    # -- preview -------------------------------------------------------------------------
    def preview(self) -> None:
        from rich.markdown import Markdown

        from ...export.workshop import render_part

        title, text = self.values()
        blocks = render_part(None, Part(outline.SECTION, title=title.strip() or None, text=text))
        self.query_one("#section-preview", Static).update(Markdown(printable("\n\n".join(blocks))))

    def _later(self) -> None:
        timer = getattr(self, "_timer", None)
        if timer is not None:
            timer.stop()
        self._timer = self.set_timer(0.3, self.preview)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._later()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._later()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(TextArea).focus()

    # -- keys ----------------------------------------------------------------------------
    def action_save(self) -> None:
        title, text = self.values()
        store = self.app.store
        try:
            if self.section_id is None:
                self.section_id = outline.add_section(store, title, text, after=self.after)
            else:
                outline.save_section(store, self.section_id, title, text)
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8,
                        markup=False)
            return
        self.saved = (title, text)
        self.query_one("#section-state", Static).update(L.SECTION_EDIT)
        self.notify(L.SECTION_SAVED, timeout=2)

    # -- live file and change log ----------------------------------------------------------
    def reload_from_store(self) -> None:
        """Another process changed the Section: shown here too — unless something typed here
        is unsaved (typed text is never overwritten; saving then stores what was typed)."""
        if self.section_id is None or self.dirty:
            return
        stored = next((p for p in outline.parts(self.app.store) if p.row_id == self.section_id),
                      None)
        if stored is None:
            return  # deleted elsewhere: saving says so
        values = (stored.title or "", stored.text or "")
        if values == self.saved:
            return
        self.saved = values
        self.query_one("#section-title", Input).value = values[0]
        editor = self.query_one(TextArea)
        row, column = editor.cursor_location
        editor.load_text(values[1])
        lines = editor.document.lines  # the cursor stays where it was, as far as the text goes
        row = min(row, len(lines) - 1)
        editor.move_cursor((row, min(column, len(lines[row]))))
        self.preview()

    def audit_target(self) -> tuple[str, int] | None:
        return ("document_part", self.section_id) if self.section_id else None

    def action_back(self) -> None:
        if not self.dirty:
            self.dismiss(self.section_id)
            return
        self.app.push_screen(ConfirmScreen(L.SECTION_UNSAVED),
                             lambda yes: yes and self.dismiss(self.section_id))
