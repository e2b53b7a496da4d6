"""Quick keys for every topic: ``#`` and the topic's number (issue 17).

1–9 give a dot at once, as before (the dot key stays as fast as it was).
Topic 10 and up: ``#``, then the digits of the number shown in the list.
No timer decides anything: the dot is given as soon as the digits can only
mean one topic (with 14 topics, ``#`` ``1`` ``2`` is topic 12 at once;
``#`` ``1`` waits, because 10–14 begin with 1 — Enter then means topic 1).
A moderator at the wall can look up between two digits without a
different topic being counted.  What was typed so far stands in the key
line; Esc or any other key leaves it, writing nothing.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widgets import Input, Static

from ... import labels as L
from ..text import plain

#: The keys that give a dot at once (their bindings serve the footer and the help).
_QUICK = frozenset("123456789")


class TopicJump:
    """Mixed into VoteScreen; uses its ``session`` and ``action_dot``."""

    jump: str | None = None  # the digits typed after "#", None when not jumping

    def action_jump(self) -> None:
        if self.session.topics:
            self.jump = ""
            self._show_jump()

    def jump_key(self, event: events.Key) -> bool:
        """Handle # and the keys while jumping; True if the key was used (and stopped).

        ``#`` and 1–9 are taken here, in the screen's own queue, not by their
        bindings (which serve the footer and the help): a binding runs only after
        the key has bubbled up to the app, so the digits typed right after ``#``
        would reach this screen first and be counted as dots for topics 1–9, and
        "3" typed before "#12" would be stored after topic 12's dot.
        """
        if self.jump is None:
            if self.session is None or isinstance(self.focused, Input):
                return False
            if event.key == "number_sign":
                event.stop()
                event.prevent_default()
                self.action_jump()
                return True
            if event.key in _QUICK:  # 1–9 in the same queue as "#": "3#12" keeps its order
                event.stop()
                event.prevent_default()
                self.action_dot(int(event.key))
                return True
            return False
        count = len(self.session.topics)
        if event.key == "backspace":
            self.jump = self.jump[:-1]
        elif event.character is not None and event.character.isdigit() and len(event.key) == 1:
            digits = self.jump + event.character
            number = int(digits)
            if not 1 <= number <= count:
                self._show_jump(L.VOTE_JUMP_NONE.format(number=digits, count=count))
                self.jump = ""
                event.stop()
                return True
            if number * 10 > count:  # no longer number begins with these digits
                self._end_jump(number)
            else:
                self.jump = digits
        elif event.key == "enter" and self.jump:
            self._end_jump(int(self.jump))
        elif event.key == "escape" or event.key == "enter":
            self._end_jump(None)
        else:
            self._end_jump(None)
            return False  # the key does what it always does
        if self.jump is not None:
            self._show_jump()
        event.stop()
        return True

    def _end_jump(self, number: int | None) -> None:
        """The dot first: on a busy file it raises with the digits still kept, and the
        boundary's retry of the same key then means the same topic (not topic 1–9)."""
        if number is not None:
            self.action_dot(number)
        self.jump = None
        self.query_one("#vote-keys", Static).update(L.VOTE_KEYS_HINT)

    def _show_jump(self, error: str | None = None) -> None:
        line = Text(L.VOTE_JUMP_PROMPT.format(digits=self.jump or "_"), style="bold")
        if error:
            line.append("  ")
            line.append_text(plain(error))
            line.stylize("bold red", len(line) - len(error))
        self.query_one("#vote-keys", Static).update(line)
