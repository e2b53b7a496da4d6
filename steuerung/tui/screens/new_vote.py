"""Dialog: a new dot vote (title, dates, dots per person, cumulating)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Checkbox, Input, Label, Static

from ... import labels as L
from ...domain.voting import suggest_dots_per_person
from ..widgets.inputs import FormInput
from .dialogs import GuardedModal


class YesNoBox(Checkbox):
    """A checkbox that says "ja"/"nein" in words; Leertaste toggles, Enter moves on.

    Textual's Checkbox toggles on Enter too, which in a form whose hint says
    "Enter: nächstes Feld" flipped the box by surprise (issue 17).  Enter is a
    priority binding for the same reason as in :class:`FormInput`: the next
    field gets the keys typed right after it.
    """

    BINDINGS = [
        Binding("space", "toggle_button", L.KEY_TOGGLE_YES_NO, show=False, key_display="Leertaste"),
        Binding("enter", "next_field", L.KEY_NEXT_FIELD_ONLY, show=False, priority=True),
    ]

    def __init__(self, value: bool, **kwargs):
        super().__init__(self._words(value), value, **kwargs)

    @staticmethod
    def _words(value: bool) -> str:
        return L.YES_CHECKED if value else L.NO_UNCHECKED

    def watch_value(self, value: bool) -> None:
        self.BUTTON_INNER = "X" if value else " "  # the box is empty when off, not only grey
        self.label = self._words(value)

    def action_next_field(self) -> None:
        self.screen.focus_next()


@dataclass(frozen=True)
class VoteForm:
    title: str
    dates: str
    budget: str
    cumulate: bool


class NewVoteScreen(GuardedModal):
    """Enter moves on; Enter in the last text field answers; the caller validates."""

    def __init__(self, topics: int, title: str = ""):
        super().__init__(classes="dialog-screen")
        self.topics = max(topics, 6)  # an empty vote still gets an example
        self.title_typed = title  # the first letters, typed before the dialog opened

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(L.VOTE_NEW, classes="section-title")
            yield Label(L.VOTE_NEW_TITLE)
            yield FormInput(self.title_typed, id="title", select_on_focus=False)
            yield Label(L.VOTE_NEW_DATES)
            yield FormInput(id="dates")
            yield Label(L.VOTE_NEW_CUMULATE)
            yield YesNoBox(True, id="cumulate")
            yield Label(L.VOTE_NEW_BUDGET.format(
                suggestion=suggest_dots_per_person(self.topics), topics=self.topics))
            yield FormInput(id="budget", last=True)
            yield Static(L.VOTE_NEW_KEYS_HINT, classes="hint")

    def type_ahead(self, character: str) -> None:
        """A key typed for the title before this dialog had the focus: into the title."""
        if self.is_mounted:
            self.query_one("#title", Input).insert_text_at_cursor(character)
        else:
            self.title_typed += character

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(VoteForm(self.query_one("#title", Input).value,
                              self.query_one("#dates", Input).value,
                              self.query_one("#budget", Input).value,
                              self.query_one("#cumulate", Checkbox).value))
