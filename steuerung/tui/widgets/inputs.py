"""Inputs that keep up with fast typists.

A plain ``Input`` reports Enter by posting a message that is handled a few
milliseconds later; keys typed in between still land in the old field, or
are wiped when the handler clears it.  These two react to Enter at once.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from ... import labels as L
from ...domain.text import one_line


class FormInput(Input):
    """A form field: Enter moves to the next field now; in the ``last`` field it submits.

    Enter is a *priority* binding: the app runs it while dispatching the key,
    before it forwards the keys typed after it.  Handled the usual way (in
    the input's own queue), Enter would arrive after the app had already
    forwarded a fast typist's next characters to this field.  Submitting
    waits for this field's queue instead, so the characters typed just
    before Enter are in the value that is submitted.
    """

    BINDINGS = [Binding("enter", "submit", L.KEY_NEXT_FIELD, show=False, priority=True)]

    def __init__(self, *args, last: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.last = last

    def validate_value(self, value: str) -> str:
        # A stored value may hold control characters (an import, a loaded file):
        # the field shows and saves it without them.
        return one_line(value)

    async def action_submit(self) -> None:
        if self.last:
            self.call_later(self._submit_in_order)
        else:
            self.screen.focus_next()

    async def _submit_in_order(self) -> None:
        await super().action_submit()


class EntryInput(Input):
    """A quick-entry line: Enter takes the text and empties the field at once.

    The text arrives as :class:`EntryInput.Entered`; the receiver may call
    :meth:`give_back` if it refused the text, so nothing typed is lost.
    """

    class Entered(Message):
        def __init__(self, entry: EntryInput, text: str):
            super().__init__()
            self.entry = entry
            self.text = text

    # Enter is a priority binding (as in FormInput): the app runs it before it forwards
    # the keys typed after it, and the text is taken in this field's queue, after the keys
    # typed before it.  Handled the usual way, a fast "Bildung⏎Arbeit⏎" (a paste, a
    # remote terminal) became one topic "BildungArbeit".
    BINDINGS = [Binding("enter", "submit", L.KEY_ENTER_TOPIC, show=False, priority=True)]

    async def action_submit(self) -> None:
        self.call_later(self._take)

    def _take(self) -> None:
        text, self.value = self.value, ""
        self.post_message(self.Entered(self, text))

    def give_back(self, text: str) -> None:
        """Put refused text back for correction, unless the user already typed on."""
        if not self.value:
            self.value = text
            self.cursor_position = len(text)
