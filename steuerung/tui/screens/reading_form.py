"""Dialog: one reading (date, value, source, note); stays open until it is saved."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from ... import labels as L
from ...domain.errors import UserError
from ..widgets.inputs import FormInput

Save = Callable[[str, str, str, str], None]


class ReadingForm(ModalScreen[bool]):
    """``save(date, value, source, note)`` validates and writes; a refusal keeps the form."""

    BINDINGS = [Binding("escape", "cancel", L.KEY_CANCEL)]

    def __init__(self, title: str, save: Save, values: tuple[str, str, str, str] = ("",) * 4):
        super().__init__(classes="dialog-screen")
        self.title_text, self.save, self.values = title, save, values

    def compose(self) -> ComposeResult:
        day, value, source, note = self.values
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="section-title")
            yield Label(L.READING_DATE)
            yield FormInput(day, id="date")
            yield Label(L.READING_VALUE)
            yield FormInput(value, id="value")
            yield Label(L.READING_SOURCE)
            yield FormInput(source, id="source")
            yield Label(L.READING_NOTE)
            yield FormInput(note, id="note", last=True)
            yield Static(L.NEW_KEYS_HINT, classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        values = [self.query_one(f"#{name}", Input).value
                  for name in ("date", "value", "source", "note")]
        try:
            self.save(*values)
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
