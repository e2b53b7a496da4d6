"""Punktabfrage: the moderator's live capture screen.

Every key that changes dots is one committed event (durable at once); the
screen then updates two render-only widgets from the in-memory tallies, so
the path from key to frame stays a few milliseconds.  Refused input shows a
German message and writes nothing.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Static

from ... import labels as L
from ...domain.errors import UserError
from ...domain.voting import persons, points, suggest_dots_per_person
from ...store.votes import ForeignStep, TopicChange, VoteSession
from ..text import plain
from ..widgets.bars import Footer, Header
from ..widgets.inputs import EntryInput
from ..widgets.ranking import RankingView
from ..widgets.topic_list import TopicList, TopicRow
from .base import Screen
from .dialogs import ConfirmScreen
from .vote_actions import VoteEditing, newest_vote
from .vote_jump import TopicJump

#: Actions that change dots; disabled while typing into the topic input.
_LIST_ACTIONS = {"dot", "plus", "minus", "tally", "rename", "move", "delete", "mark",
                 "fields", "person", "close", "undo", "undo_person", "redo", "new_vote",
                 "switch_vote", "beamer", "export", "overview", "add_topic", "cursor", "jump"}


class VoteScreen(TopicJump, VoteEditing, Screen):
    """Topics and dots on the left, the live ranking on the right.

    Topic editing, persons, closing, fields and export live in
    :class:`~.vote_actions.VoteEditing`, the quick keys of topic 10 and up in
    :class:`~.vote_jump.TopicJump`, to keep this file small.
    """

    # The footer shows the shown keys in this order, as many as fit (at 80 columns the
    # first five or six); F1 and the palette list them all.
    BINDINGS = [
        *[Binding(str(n), f"dot({n})", L.KEY_DOT, show=False) for n in range(1, 10)],
        Binding("number_sign", "jump", L.KEY_JUMP, key_display="#"),
        Binding("plus,equals_sign", "plus", L.KEY_PLUS, key_display="+"),
        Binding("ctrl+z", "undo", L.KEY_UNDO),
        Binding("t", "person", L.KEY_PERSON),
        Binding("u", "undo_person", L.KEY_UNDO_PERSON_SHORT),
        Binding("a", "add_topic", L.KEY_ADD_TOPIC),
        Binding("b", "beamer", L.KEY_BEAMER_SHORT),
        Binding("e", "export", L.KEY_EXPORT),
        Binding("c", "close", L.KEY_CLOSE),
        Binding("n", "new_vote", L.KEY_NEW_VOTE),
        Binding("w", "switch_vote", L.KEY_SWITCH_VOTE),
        Binding("r", "rename", L.KEY_RENAME),
        Binding("minus", "minus", L.KEY_MINUS, key_display="−", show=False),
        Binding("enter", "tally", L.KEY_TALLY, show=False),
        Binding("ctrl+y", "redo", L.KEY_REDO, show=False),
        Binding("up", "cursor(-1)", L.KEY_CURSOR_UP, show=False),
        Binding("down", "cursor(1)", L.KEY_CURSOR_DOWN, show=False),
        Binding("shift+up", "move(-1)", L.KEY_MOVE_UP, show=False),
        Binding("shift+down", "move(1)", L.KEY_MOVE_DOWN, show=False),
        Binding("delete", "delete", L.KEY_DELETE, show=False, key_display="Entf"),
        Binding("space", "mark", L.KEY_MARK, show=False, key_display="Leertaste"),
        Binding("h", "fields", L.KEY_FIELDS, show=False),
        Binding("escape", "overview", L.KEY_OVERVIEW, show=False),
    ]

    def __init__(self, vote_id: int | None = None):
        super().__init__()
        self.vote_id = vote_id
        self.session: VoteSession | None = None
        self.selected = 0
        self.marked: set[int] = set()
        self._starting = None  # the dialog a letter typed in an empty process opened

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="vote-title", classes="section-title")
        # Above the lists, where no message (toast, bottom right) ever covers it.
        yield Static("", id="vote-status")
        with Horizontal(id="vote-body"):
            with Vertical(id="vote-left"):
                yield Static(L.VOTE_TOPICS, classes="section-title")
                with VerticalScroll(id="topics-scroll"):
                    yield TopicList(id="topics")
                yield EntryInput(placeholder=L.VOTE_TOPIC_PLACEHOLDER, id="topic-input")
            with Vertical(id="vote-right"):
                yield Static(L.VOTE_RANKING, classes="section-title")
                with VerticalScroll():
                    yield RankingView(id="ranking")
        yield Static(L.VOTE_KEYS_HINT, classes="hint", id="vote-keys")
        yield Footer()

    def on_mount(self) -> None:
        store = self.app.store
        vote_id = self.vote_id or newest_vote(store)
        if vote_id is not None:
            self.open_vote(vote_id)
        else:
            self.query_one("#vote-title", Static).update(L.VOTE_NONE)
            self.query_one("#topics", TopicList).set_lines([Text(L.VOTE_NONE_TYPE, style="italic")])
        self.query_one("#topics", TopicList).focus()

    def on_key(self, event: events.Key) -> None:
        """After #: the digits of a topic number.  No vote yet: a letter typed starts one,
        as the first letter of its title (letters typed before the dialog has the focus go
        into its title too).
        """
        if self.jump_key(event):
            return
        if self.session is not None or not event.is_printable or isinstance(self.focused, Input):
            return
        dialog = self._starting
        if dialog is not None and dialog in self.app.screen_stack:
            # Typed before the dialog had the focus: into its title, even a letter that
            # is a key here ("n" of "Themenprioritäten" must not be lost).
            event.stop()
            event.prevent_default()
            dialog.type_ahead(event.character)
        elif event.key not in self.active_bindings:
            event.stop()
            self._starting = self.action_new_vote(event.character)

    def on_screen_resume(self) -> None:
        # Dots may have been given on the Beamer layout meanwhile.
        if self.session is not None:
            self.refresh_dots()

    def open_vote(self, vote_id: int) -> None:
        self.session = VoteSession(self.app.store, vote_id)
        self.vote_id, self.selected, self.marked = vote_id, 0, set()
        self.refresh_all()

    # -- drawing ---------------------------------------------------------------------
    def refresh_all(self) -> None:
        s = self.session
        if s is None:
            return
        dates = s.dates_text()
        self.query_one("#vote-title", Static).update(plain(s.title + (f" · {dates}" if dates else "")))
        self.refresh_dots()

    def refresh_dots(self) -> None:
        """The keypress path: two render-only widgets and one status line."""
        s = self.session
        rows = [TopicRow(t.name, s.tallies.get(t.id, 0), t.id in self.marked, t.field_name)
                for t in s.topics]
        self.query_one("#topics", TopicList).show(rows, self.selected)
        self.query_one("#ranking", RankingView).show(s.ranking())
        self.query_one("#vote-status", Static).update(self._status())

    def _status(self) -> Text:
        """One line at 80 columns: points, persons, whose dots and how many are left.

        "offen" goes without saying; a closed vote starts the line, marked.
        """
        s = self.session
        people = len(s.participants)  # none recorded (dots from the wall): not "0 Personen"
        parts = [points(s.total), *([persons(people)] if people else [])]
        pid = s.participant_id
        if pid is None:
            parts.append(L.VOTE_ANONYMOUS_RULES if s.budget is not None or not s.cumulate
                         else L.VOTE_ANONYMOUS)
        elif s.budget is None:
            parts.append(L.VOTE_PERSON.format(name=s.participants[pid]))
        else:
            parts.append(L.VOTE_PERSON_LEFT.format(name=s.participants[pid],
                                                   left=s.remaining(pid), budget=s.budget))
        if not s.cumulate:
            parts.append(L.VOTE_NO_CUMULATE)
        if s.budget is None and s.topics and not s.closed:
            parts.append(L.VOTE_SUGGESTION.format(n=suggest_dots_per_person(len(s.topics))))
        line = plain(" · ".join(parts))
        if s.closed:
            line = Text.assemble((f" {L.label(L.VOTE_STATES, 'closed')} ", "bold reverse"), " ",
                                 line)
        return line

    def say(self, error: UserError) -> None:
        self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=6)

    # -- keys ------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple) -> bool | None:
        typing = isinstance(self.focused, Input)
        if action in _LIST_ACTIONS and typing and action not in {"undo", "redo", "overview"}:
            return False
        if action in _LIST_ACTIONS - {"new_vote", "switch_vote", "overview"} and not self.session:
            return False
        return True

    def _topic_id(self, index: int | None = None) -> int | None:
        topics = self.session.topics
        index = self.selected if index is None else index
        return topics[index].id if 0 <= index < len(topics) else None

    def _change(self, topic_index: int | None, delta: int) -> None:
        topic_id = self._topic_id(topic_index)
        if topic_id is not None:
            self._try(lambda: self.session.add_dots(topic_id, delta))

    def action_dot(self, number: int) -> None:
        if number <= len(self.session.topics):
            self.selected = number - 1
            self._change(number - 1, 1)

    def action_plus(self) -> None:
        self._change(None, 1)

    def action_minus(self) -> None:
        self._change(None, -1)

    def action_cursor(self, step: int) -> None:
        if self.session.topics:
            self.selected = max(0, min(self.selected + step, len(self.session.topics) - 1))
            self.query_one("#topics", TopicList).show(self.query_one("#topics").rows,
                                                       self.selected)

    def action_undo(self) -> None:
        self._history(self.session.undo, L.VOTE_UNDONE_STEP, L.VOTE_NOTHING_TO_UNDO, False)

    def action_redo(self) -> None:
        self._history(self.session.redo, L.VOTE_REDONE_STEP, L.VOTE_NOTHING_TO_REDO, True)

    def _history(self, step, done: str, nothing: str, redo: bool, foreign: bool = False) -> None:
        """Undo or redo one step of this window; a step from elsewhere only after a question."""
        keep = self._topic_id()
        try:
            taken = step(foreign=foreign)
        except ForeignStep as question:
            self.app.push_screen(ConfirmScreen(question.message), lambda yes: yes and self._history(
                step, done, nothing, redo, foreign=True))
            return
        except UserError as error:
            self.say(error)
            self.keep_selection(keep)
            return
        if taken is None:
            self.notify(nothing, timeout=2, markup=False)
            return
        self.notify(done.format(step=self.session.describe(taken, redo)), timeout=3, markup=False)
        if isinstance(taken, TopicChange):  # a topic came back: the cursor goes to it
            keep = next((t.id for t in self.session.topics if t.name == taken.name), keep)
        self.keep_selection(keep)

    def keep_selection(self, topic_id: int | None) -> None:
        """Redraw with the cursor on ``topic_id`` if it is still there (topics may have moved)."""
        ids = [t.id for t in self.session.topics]
        if topic_id in ids:
            self.selected = ids.index(topic_id)
        self.selected = max(0, min(self.selected, len(ids) - 1))
        self.marked &= set(ids)
        self.refresh_dots()

    # -- live file and change log ------------------------------------------------------
    def reload_from_store(self) -> None:
        """Another window wrote: tallies, topics, persons and closing follow; the cursor,
        the marks and anything typed into the topic field stay."""
        if self.session is None:
            vote_id = newest_vote(self.app.store)
            if vote_id is not None:
                self.open_vote(vote_id)
            return
        keep = self._topic_id()
        if self.session.sync():
            self.refresh_all()
            self.keep_selection(keep)

    def audit_target(self) -> tuple[str, int] | None:
        if self.session is None:
            return None
        topic_id = self._topic_id()
        return ("topic", topic_id) if topic_id is not None else ("dot_vote", self.vote_id)

    def action_add_topic(self) -> None:
        self.query_one("#topic-input", Input).focus()

    def on_entry_input_entered(self, event: EntryInput.Entered) -> None:
        if not self.session:  # the topic waits in the field until the vote it belongs to exists
            event.entry.give_back(event.text)
            self.action_new_vote()
            return
        try:
            self.session.add_topic(event.text)
        except UserError as error:
            self.say(error)
            event.entry.give_back(event.text)
            return
        self.selected = len(self.session.topics) - 1
        self.refresh_dots()

    def action_overview(self) -> None:
        """Esc: from the topic input back to the list; from the list to the Übersicht."""
        if isinstance(self.focused, Input):
            self.query_one("#topics", TopicList).focus()
        else:
            self.app.action_show_overview()

