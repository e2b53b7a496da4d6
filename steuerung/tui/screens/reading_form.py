"""Dialog: one reading (date, value, source, note); stays open until it is saved."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from ... import labels as L
from ..text import plain
from ..widgets.inputs import FormInput
from .dialogs import SaveForm

Save = Callable[[str, str, str, str], None]


class ReadingForm(SaveForm):
    """``save(date, value, source, note)`` validates and writes; a refusal keeps the form."""

    def __init__(self, title: str, save: Save, values: tuple[str, str, str, str] = ("",) * 4):
        super().__init__(save)
        self.title_text, self.initial = title, values

    def compose(self) -> ComposeResult:
        day, value, source, note = self.initial
        with Vertical(classes="dialog"):
            yield Static(plain(self.title_text), classes="section-title")
            yield Label(L.READING_DATE)
            yield FormInput(day, id="date")
            yield Label(L.READING_VALUE)
            yield FormInput(value, id="value")
            yield Label(L.READING_SOURCE)
            yield FormInput(source, id="source")
            yield Label(L.READING_NOTE)
            yield FormInput(note, id="note", last=True)
            yield Static(L.NEW_KEYS_HINT, classes="hint")

    def values(self) -> tuple[str, str, str, str]:
        return tuple(self.query_one(f"#{name}", Input).value
                     for name in ("date", "value", "source", "note"))
