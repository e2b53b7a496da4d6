"""One-line form rows: a label, an input, and for dates the resolved day beside it.

``ChoiceInput`` replaces a drop-down for short fixed lists (Art, Richtung,
Status, Phase): ← → or Leertaste switch, Enter moves on like a FormInput —
no overlay to open and close while typing a long form.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Label, Static

from ... import labels as L
from ...domain.dates import format_date, parse_date, parse_deadline
from ...domain.errors import UserError
from .inputs import FormInput


class ChoiceInput(Static, can_focus=True):
    """A value from ``choices`` (code → German word), switched with the arrow keys."""

    BINDINGS = [
        Binding("right,space", "step(1)", L.KEY_NEXT_CHOICE, show=False),
        Binding("left", "step(-1)", L.KEY_PREV_CHOICE, show=False),
        Binding("enter", "next_field", L.KEY_NEXT_FIELD_ONLY, show=False),
    ]

    def __init__(self, choices: dict[str, str], value: str | None = None, **kwargs):
        super().__init__("", **kwargs)
        self.choices = choices
        self.value = value if value in choices else next(iter(choices))
        self._draw()

    def set(self, value: str | None) -> None:
        self.value = value if value in self.choices else next(iter(self.choices))
        self._draw()

    def action_step(self, step: int) -> None:
        codes = list(self.choices)
        self.value = codes[(codes.index(self.value) + step) % len(codes)]
        self._draw()

    def action_next_field(self) -> None:
        self.screen.focus_next()

    def _draw(self) -> None:
        self.update(Text.assemble("‹ ", (self.choices[self.value], "bold"), " ›"))


def resolved(text: str, exact: bool = False) -> str:
    """"Ende 2011" → "→ 31.12.2011"; empty → ""; unreadable → a short warning.

    ``exact`` accepts only a real day (beschlossen am); otherwise a period
    stands for its last day, as the store reads it.
    """
    if not text.strip():
        return ""
    try:
        day = parse_date(text) if exact else parse_deadline(text).date
    except UserError:
        return f"⚠ {L.F_DATE_BAD}"
    return L.F_DATE_ARROW.format(date=format_date(day))


#: Row kinds that show the resolved day: a deadline or period ("date"), an exact day ("exact").
_DATES = ("date", "exact")


class FormRow(Horizontal):
    """Label · editor · (for dates) the resolved day; the editor's id is ``f-<name>``."""

    def __init__(self, name: str, label: str, kind: str, value: str = "",
                 choices: dict[str, str] | None = None, last: bool = False):
        super().__init__(classes="form-row")
        self.field_name, self.label, self.kind = name, label, kind
        self.initial, self.choices, self.last = value, choices, last

    def compose(self) -> ComposeResult:
        yield Label(self.label, classes="form-label")
        if self.choices is not None:
            yield ChoiceInput(self.choices, self.initial, id=f"f-{self.field_name}")
            yield Static("", classes="form-preview choice-note")  # e.g. the derived direction
            return
        # Short values are replaced as a whole; a long text keeps its cursor at the end.
        yield FormInput(self.initial, id=f"f-{self.field_name}", last=self.last,
                        select_on_focus=self.kind in ("year", "number"))
        if self.kind in _DATES:
            yield Static(resolved(self.initial, self.kind == "exact"), classes="form-preview")

    @property
    def editor(self) -> Input | ChoiceInput | None:
        """The input of this row; None until the row is composed."""
        for child in self.children:
            if isinstance(child, Input | ChoiceInput):
                return child
        return None

    @property
    def value(self) -> str:
        editor = self.editor
        return self.initial if editor is None else editor.value

    def set(self, value: str | None) -> None:
        editor = self.editor
        if editor is None:  # not composed yet: compose() starts with it
            self.initial = value or ""
            return
        if isinstance(editor, ChoiceInput):
            editor.set(value)
        else:
            editor.value = value or ""
            editor.cursor_position = 0  # while only shown, a long text shows its beginning
        self.refresh_preview()

    def on_descendant_focus(self, event) -> None:
        editor = event.widget
        if isinstance(editor, Input) and not editor.select_on_focus:
            editor.cursor_position = len(editor.value)  # typing goes on at the end

    def note(self, text: str) -> None:
        """A word beside the editor, e.g. "→ steigend" beside "‹ automatisch ›"."""
        for child in self.query(".form-preview"):
            child.update(text)

    def refresh_preview(self) -> None:
        if self.kind in _DATES and self.editor is not None:
            text = self.query_one(f"#f-{self.field_name}", Input).value
            self.query_one(".form-preview", Static).update(resolved(text, self.kind == "exact"))

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_preview()
