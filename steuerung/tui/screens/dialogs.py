"""Small reusable dialogs: ask for a text, confirm, choose from a list.

Each returns its answer through ``dismiss`` (None when cancelled); the
screen that pushed it validates and writes, so a refused answer can be
typed again without losing the dialog's state.  Every dialog one types into
is a :class:`GuardedModal`: Esc on a changed dialog asks before discarding.
Questions, titles and choices usually carry user text (a topic's name): they
are shown literally.
"""

from __future__ import annotations

import sys

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Checkbox, Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from ... import labels as L
from ...domain.errors import UserError
from ...domain.text import one_line
from ..text import plain
from .base import ModalScreen


def typed_values(screen) -> list:
    """Everything a person can change in ``screen``: texts, boxes, choices, in order."""
    # TextArea is looked up, not imported: the Ziele and Übersicht use these dialogs, and
    # Textual's TextArea stays off their path (a screen with one has imported it already).
    area = sys.modules.get("textual.widgets._text_area")
    text_area = area.TextArea if area else ()
    values = []
    for widget in screen.query("*"):
        if isinstance(widget, text_area):
            values.append(widget.text)
        elif isinstance(widget, Input | Checkbox | Select) or hasattr(widget, "choices"):
            values.append(getattr(widget, "value", None))
    return values


class GuardedModal(ModalScreen):
    """A dialog whose Esc asks before it throws away what was typed (issue 12).

    Unchanged, Esc closes at once, answering :attr:`CANCEL`.
    """

    BINDINGS = [Binding("escape", "cancel", L.KEY_CANCEL)]
    CANCEL = None

    def on_mount(self) -> None:
        self._untouched = typed_values(self)

    def set_focus(self, widget, scroll_visible: bool = True, from_app_focus: bool = False) -> None:
        """Scroll a focused field just into view, not to the centre as Textual does.

        Centred, a form taller than the window (Kopfdaten der Sitzung at 80×24) opened
        scrolled down, its title and first label hidden above the edge.
        """
        super().set_focus(widget, False, from_app_focus)
        if scroll_visible and widget is not None:
            self.call_after_refresh(widget.scroll_visible, animate=False)

    def action_cancel(self) -> None:
        if typed_values(self) == getattr(self, "_untouched", None):
            self.dismiss(self.CANCEL)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.dismiss(self.CANCEL)

        self.app.push_screen(ConfirmScreen(L.FORM_DISCARD), answer)


class PromptScreen(GuardedModal):
    """One line of text; Enter answers, Esc cancels (asking, once something was typed).

    With ``check`` the dialog stays open until ``check(text)`` accepts the text:
    a refusal (UserError) is shown in German inside the dialog, under the field,
    and what was typed stays there to be corrected (issue 17).
    """

    def __init__(self, question: str, value: str = "", placeholder: str = "", check=None):
        super().__init__(classes="dialog-screen")
        self.question, self.value, self.placeholder = question, value, placeholder
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self.question), classes="section-title")
            yield Input(one_line(self.value), placeholder=self.placeholder, id="answer")
            error = Static("", id="prompt-error", classes="dialog-error")
            error.display = False
            yield error

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.check is not None:
            try:
                self.check(event.value)
            except UserError as error:
                shown = self.query_one("#prompt-error", Static)
                shown.update(plain(error.message))
                shown.display = True
                self.query_one("#answer", Input).focus()
                return
        self.dismiss(event.value)


class ConfirmScreen(ModalScreen[bool]):
    """Yes or no; the question says what will happen."""

    BINDINGS = [
        Binding("j,y", "answer(True)", L.CONFIRM_YES),
        Binding("n,escape", "answer(False)", L.CONFIRM_NO),
    ]

    def __init__(self, question: str):
        super().__init__(classes="dialog-screen")
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self.question), id="question")
            yield Static(plain(f"{L.CONFIRM_YES}   ·   {L.CONFIRM_NO}"), classes="hint")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class SaveForm(GuardedModal):
    """A form that stays open until ``save(*values())`` accepts it (German refusal shown).

    Subclasses compose the fields and implement :meth:`values`; Enter in the
    last FormInput submits, Esc cancels (asking, once something was typed).
    """

    CANCEL = False

    def __init__(self, save):
        super().__init__(classes="dialog-screen")
        self.save = save

    def values(self) -> tuple:
        raise NotImplementedError

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            self.save(*self.values())
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)
            return
        self.dismiss(True)


class ChooseScreen(ModalScreen[str | None]):
    """Pick one of ``choices`` (id, label); Enter answers with the id."""

    BINDINGS = [Binding("escape", "cancel", L.KEY_CANCEL)]

    def __init__(self, title: str, choices: list[tuple[str, str]], selected: str | None = None):
        super().__init__(classes="dialog-screen")
        self.title_text, self.choices, self.selected = title, choices, selected

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self.title_text), classes="section-title")
            yield OptionList(*[Option(plain(label), id=key) for key, label in self.choices])

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        ids = [key for key, _ in self.choices]
        if self.selected in ids:
            options.highlighted = ids.index(self.selected)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
