"""The less frequent keys of the Punktabfrage screen, as a mixin.

Everything here asks first where something could be lost (delete, close,
overwrite), and every write goes through the store's VoteSession.
"""

from __future__ import annotations

from functools import partial

from ... import labels as L
from ...domain.errors import UserError
from ...domain.numbers import format_number
from ...store.votes import create_fields, create_vote, newest_vote
from .dialogs import ChooseScreen, ConfirmScreen, PromptScreen
from .new_vote import NewVoteScreen, VoteForm

__all__ = ["VoteEditing", "newest_vote"]


class VoteEditing:
    """Mixed into VoteScreen; uses its ``session``, ``selected``, ``marked``."""

    def action_rename(self) -> None:
        topic_id = self._topic_id()
        if topic_id is None:
            return
        old = self.session.topic(topic_id).name

        self.app.push_screen(PromptScreen(
            L.VOTE_RENAME.format(topic=old), old,
            check=lambda text: self.session.rename_topic(topic_id, text)),
            lambda _: self.keep_selection(topic_id))

    def action_move(self, step: int) -> None:
        topic_id = self._topic_id()
        if topic_id is not None and self.session.move_topic(topic_id, step):
            self.selected += step
            self.refresh_dots()

    def action_delete(self) -> None:
        topic_id = self._topic_id()
        if topic_id is None:
            return
        topic = self.session.topic(topic_id)
        dots = self.session.tallies.get(topic_id, 0)
        question = (L.VOTE_DELETE_DOTS.format(topic=topic.name, dots=dots) if dots
                    else L.VOTE_DELETE.format(topic=topic.name))

        def answer(yes: bool) -> None:
            if yes:
                self.marked.discard(topic_id)
                if self._try(lambda: self.session.delete_topic(topic_id)):
                    self.notify(L.VOTE_DELETED_UNDO.format(topic=topic.name), timeout=6,
                                markup=False)
                self.selected = min(self.selected, max(len(self.session.topics) - 1, 0))
                self.refresh_dots()

        self.app.push_screen(ConfirmScreen(question), answer)

    def action_mark(self) -> None:
        topic_id = self._topic_id()
        if topic_id is not None:
            self.marked ^= {topic_id}
            self.refresh_dots()

    def action_fields(self) -> None:
        chosen = [t for t in self.session.topics
                  if (t.id in self.marked or (not self.marked and t.id == self._topic_id()))]
        new = [t for t in chosen if t.field_id is None]
        if not new:
            self.notify(L.VOTE_FIELDS_NONE, timeout=4)
            return
        names = ", ".join(t.name for t in new)

        def answer(yes: bool) -> None:
            if yes:
                created: list[str] = []
                if self._try(lambda: created.extend(create_fields(self.session,
                                                                   [t.id for t in new]))):
                    self.marked.clear()
                    self.notify(L.VOTE_FIELDS_DONE.format(names=", ".join(created)), timeout=4)
                    self.refresh_dots()

        self.app.push_screen(ConfirmScreen(L.VOTE_FIELDS.format(count=len(new), names=names)),
                             answer)

    def action_person(self) -> None:
        self.session.sync()  # persons added in another window are offered too
        choices = [("", L.VOTE_PERSON_NONE)]
        for pid, name in self.session.participants.items():
            left = self.session.remaining(pid)
            choices.append((str(pid), name if left is None
                            else L.VOTE_PERSON_CHOICE_LEFT.format(name=name, left=left)))
        choices.append(("new", L.VOTE_PERSON_NEW))
        current = str(self.session.participant_id or "")

        def chosen(key: str | None) -> None:
            if key == "new":
                self.app.push_screen(PromptScreen(L.VOTE_PERSON_NAME, check=added),
                                     lambda _: self.refresh_dots())
            elif key is not None:
                self.session.participant_id = int(key) if key else None
                self.refresh_dots()

        def added(name: str) -> None:
            self.session.participant_id = self.session.add_participant(name)

        self.app.push_screen(ChooseScreen(L.VOTE_PERSON_CHOOSE, choices, current), chosen)

    def action_close(self) -> None:
        self.session.sync()  # closed in another window: the question is to reopen
        closed = self.session.closed
        text = (L.VOTE_REOPEN if closed else L.VOTE_CLOSE).format(title=self.session.title)

        def answer(yes: bool) -> None:
            if yes:
                self._try(lambda: self.session.set_closed(not closed))

        self.app.push_screen(ConfirmScreen(text), answer)

    def action_new_vote(self, title: str = "") -> NewVoteScreen:
        """The dialog for a new vote; ``title`` is what was already typed of its title."""
        topics = len(self.session.topics) if self.session else 0

        def answer(form: VoteForm | None) -> None:
            if form is None:
                return
            try:
                vote_id = create_vote(self.app.store, form.title, form.dates, form.budget,
                                      form.cumulate)
            except UserError as error:
                self.say(error)
                return
            self.open_vote(vote_id)
            # After the dialog closes Textual gives focus back to the list;
            # move it to the topic input only once that has happened.
            self.call_after_refresh(self.action_add_topic)

        dialog = NewVoteScreen(topics, title)
        self.app.push_screen(dialog, answer)
        return dialog

    def action_switch_vote(self) -> None:
        votes = self.app.store.rows("SELECT id, title, state FROM dot_vote ORDER BY position, id")
        choices = [(str(v[0]), f"{v[0]}. {v[1]} ({L.label(L.VOTE_STATES, v[2])})") for v in votes]

        def chosen(key: str | None) -> None:
            if key:
                self.open_vote(int(key))

        self.app.push_screen(ChooseScreen(L.VOTE_CHOOSE, choices, str(self.vote_id)), chosen)

    def action_beamer(self) -> None:
        from .beamer_screen import BeamerScreen

        self.app.push_screen(BeamerScreen(self.session))

    def action_export(self, force: bool = False) -> None:
        from ...export.commands import export_vote
        from ...export.writer import ExistingFile

        try:
            path = export_vote(self.session, self.app.paths.exports, self.app.now(), force=force)
        except ExistingFile as exists:
            self.app.push_screen(ConfirmScreen(L.EXPORT_OVERWRITE.format(path=exists.path)),
                                 lambda yes: yes and self.action_export(force=True))
            return
        except UserError as error:
            self.say(error)
            return
        self.notify(L.VOTE_EXPORTED.format(path=path), timeout=8)

    def action_undo_person(self) -> None:
        """u: the last dot of the selected person (or of the Pinnwand), not anyone else's."""
        pid = self.session.participant_id
        nothing = (L.VOTE_NOTHING_TO_UNDO_WALL if pid is None else
                   L.VOTE_NOTHING_TO_UNDO_PERSON.format(person=self.session.participants[pid]))
        self._history(partial(self.session.undo, person=pid), L.VOTE_UNDONE_STEP, nothing, False)

    def action_tally(self) -> None:
        topic_id = self._topic_id()
        if topic_id is None:
            return
        name = self.session.topic(topic_id).name
        tally = format_number(self.session.tallies.get(topic_id, 0))
        question = L.VOTE_SET_TALLY.format(topic=name, tally=tally)

        # The dialog writes and stays open on a refusal, keeping what was typed.
        self.app.push_screen(PromptScreen(question, check=lambda text: self.session.set_tally(
            topic_id, text)), lambda _: self.keep_selection(topic_id))

    def _try(self, write) -> bool:
        """Run one write; a refusal is shown in German, and what the file holds now is drawn
        (the write may have found another window's changes, e.g. the vote closed there)."""
        keep = self._topic_id()
        try:
            write()
        except UserError as error:
            self.say(error)
            self.keep_selection(keep)
            return False
        self.keep_selection(keep)
        return True
