"""One dialog for every form of the Gremien and Sitzung screens.

The caller describes the fields and passes ``submit``, which validates and
writes.  A refusal (:class:`UserError`) is shown while the dialog stays
open with everything typed, so nothing is lost and the field can be
corrected; only a successful write closes it.  Esc asks before it discards
what was typed; a field may follow others until it is edited by hand (the
committee's name in the genitive follows its name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Input, Label, Static, TextArea

from ... import labels as L
from ...domain.errors import UserError
from ...domain.text import printable
from ..text import plain
from ..widgets.dialog_select import DialogSelect
from ..widgets.inputs import FormInput
from ..widgets.notes_area import NotesArea
from .dialogs import GuardedModal


@dataclass(frozen=True)
class Field:
    """One form field; ``kind`` is text, check, area (Markdown notes) or choice."""

    key: str
    label: str
    value: Any = ""
    kind: str = "text"
    choices: tuple[tuple[str, str], ...] = ()  # (label, value) for a choice
    follows: Callable[[dict], str] | None = None  # suggestion from the other fields
    group: str = ""  # fields of one group stand side by side (Ja · Nein · Enthaltung)


class FormScreen(GuardedModal):
    """Enter moves on (and saves in the last text field); Strg+S saves; Esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", L.KEY_CANCEL),
        # Not a priority binding: Strg+S then waits behind the keys typed before it.
        Binding("ctrl+s", "save", L.KEY_FORM_SAVE),
    ]

    def __init__(self, title: str, fields: list[Field], submit: Callable[[dict], Any], *,
                 focus: str | None = None, hint: str = L.FORM_HINT, note: str = ""):
        super().__init__(classes="dialog-screen")
        self.title_text, self.fields, self.submit = title, fields, submit
        self.focus_key, self.hint, self.note = focus, hint, note

    def compose(self) -> ComposeResult:
        texts = [f.key for f in self.fields if f.kind == "text"]
        with Vertical(classes="dialog form"):
            yield Static(plain(self.title_text), classes="section-title")
            if self.note:
                yield Static(plain(self.note), classes="hint")
            index = 0
            while index < len(self.fields):
                f = self.fields[index]
                if not f.group:
                    yield from self._field(f, texts)
                    index += 1
                    continue
                with Horizontal(classes="form-group"):
                    while index < len(self.fields) and self.fields[index].group == f.group:
                        with Vertical():
                            yield from self._field(self.fields[index], texts)
                        index += 1
            yield Static(self.hint, classes="hint")

    def _field(self, f: Field, texts: list[str]) -> ComposeResult:
        widget_id = f"f-{f.key}"
        if f.kind == "check":
            yield Checkbox(plain(f.label), value=bool(f.value), id=widget_id)
            return
        yield Label(plain(f.label))
        if f.kind == "area":
            yield NotesArea(printable(f.value), id=widget_id, soft_wrap=True, classes="form-notes")
        elif f.kind == "choice":
            values = [value for _, value in f.choices]
            yield DialogSelect([(plain(label), value) for label, value in f.choices],
                               allow_blank=False, id=widget_id, compact=True,
                               value=f.value if f.value in values else values[0])
        else:
            yield FormInput(str(f.value or ""), id=widget_id, last=f.key == texts[-1],
                            compact=True)

    def on_mount(self) -> None:
        key = self.focus_key or next((f.key for f in self.fields if f.kind != "check"), None)
        if key is not None:
            self.query_one(f"#f-{key}").focus()
        # A following field shows its suggestion until someone types into it.
        self._suggested = {f.key: f.follows(self.values()) for f in self.fields if f.follows}

    def on_input_changed(self, event: Input.Changed) -> None:
        if not hasattr(self, "_suggested"):
            return  # the initial values arriving before the form is mounted
        values = self.values()
        for f in self.fields:
            if f.follows is None or event.input.id == f"f-{f.key}":
                continue
            widget = self.query_one(f"#f-{f.key}", Input)
            suggestion = f.follows(values)
            if widget.value == self._suggested.get(f.key):
                widget.value = suggestion
            self._suggested[f.key] = suggestion

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for f in self.fields:
            widget = self.query_one(f"#f-{f.key}")
            if isinstance(widget, TextArea):
                result[f.key] = widget.text
            else:
                result[f.key] = widget.value
        return result

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        try:
            result = self.submit(self.values())
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)
            return
        self.dismiss(True if result is None else result)
