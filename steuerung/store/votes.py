"""A dot vote opened for live capture.

Tallies are loaded once with SQL aggregates and then kept in memory, updated
by each committed dot: a keypress costs one durable INSERT and a re-sort of
at most a few dozen topics, never a reload of 5,000 dot rows — unless
another window has written meanwhile, which the write notices first.
Undo and redo live in :mod:`.vote_history`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from .. import labels as L
from ..domain.bounds import MAX_TALLY, check_tally, parse_tally
from ..domain.dates import day_or_none, format_date, parse_date
from ..domain.errors import UserError
from ..domain.numbers import format_number, parse_whole
from ..domain.voting import RankedTopic, check_dot, rank_topics
from .repo import Store
from .vote_history import (
    Event,
    ForeignStep,
    History,
    Step,
    TopicChange,
    describe,
    replay,
    restore,
    snapshot_and_delete,
)

__all__ = ["ANYONE", "Event", "ForeignStep", "TopicChange", "VoteSession", "create_vote", "newest_vote"]


#: ``undo(person=ANYONE)``: the last step of this window, whoever's it is.
ANYONE = object()


@dataclass
class Topic:
    id: int
    name: str
    position: int
    field_id: int | None
    field_name: str | None


def parse_whole_number(text: str, what: str = "Punktzahl") -> int:
    """A whole number as Germans type it ("1.200" = 1200), up to the tally bound."""
    return parse_whole(text, what, maximum=MAX_TALLY)


def parse_dates(text: str) -> list[str]:
    """"20.09.2010, 05.11.2010" → ISO dates; every date must be a real day."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    return [parse_date(p).isoformat() for p in parts]


def create_vote(store: Store, title: str, dates_text: str, dots_per_person: str,
                cumulate: bool) -> int:
    """Validate the form of a new vote and store it; returns its id."""
    title = title.strip()
    if not title:
        raise UserError("Bitte einen Titel eingeben, z. B. „Themenprioritäten Workshop“.")
    dates = parse_dates(dates_text)
    budget = None
    if dots_per_person.strip():
        budget = parse_whole_number(dots_per_person, "Zahl der Punkte pro Person")
        if budget < 1:
            raise UserError("Punkte pro Person: mindestens 1 – oder leer lassen für ohne Grenze.")
    position = store.one("SELECT coalesce(max(position), 0) + 1 FROM dot_vote")[0]
    return store.insert("dot_vote", {"title": title, "dates": ",".join(dates),
                                     "dots_per_person": budget, "cumulate": int(cumulate),
                                     "state": "open", "position": position})


class VoteSession:
    """Capture state of one vote in one window: topics, tallies, participants, undo/redo.

    Other windows (processes) may write to the same vote.  Every write runs
    in one transaction that first looks whether the file changed
    (``PRAGMA data_version``, a few microseconds) and, only then, reads the
    vote again: closing, budgets, cumulating and participant names are
    checked against the file, not against this window's memory.
    """

    def __init__(self, store: Store, vote_id: int):
        self.store = store
        self.vote_id = vote_id
        self.participant_id: int | None = None
        self.reload()

    # -- loading -----------------------------------------------------------------
    def reload(self) -> None:
        """Read everything, and rebuild the undo stacks from the file (when a vote opens)."""
        self._version = self.store.data_version()
        self._load()
        self.history = History(*replay(self.store, self.vote_id))

    def sync(self) -> bool:
        """Read the vote again if another connection has written since; True if it had."""
        version = self.store.data_version()
        if version == self._version:
            return False
        self._version = version
        self.refresh()
        return True

    def refresh(self) -> None:
        """Read the vote again, keeping this window's undo stacks where they still apply."""
        self._load()
        self.history.prune(self.store, self.vote_id)

    def _load(self) -> None:
        row = self.store.one("SELECT * FROM dot_vote WHERE id = ?", (self.vote_id,))
        if row is None:
            raise UserError(f"Eine Punktabfrage Nr. {self.vote_id} gibt es nicht.")
        self.title: str = row["title"]
        # A date another program broke is left out here (check names it), not a crash.
        self.dates: list[str] = [d for d in str(row["dates"] or "").split(",") if day_or_none(d)]
        self.budget: int | None = row["dots_per_person"]
        self.cumulate: bool = bool(row["cumulate"])
        self.closed: bool = row["state"] == "closed"
        self.topics: list[Topic] = [Topic(*r) for r in self.store.rows(
            "SELECT t.id, t.name, t.position, t.field_id, f.name FROM topic t "
            "LEFT JOIN field f ON f.id = t.field_id WHERE t.vote_id = ? "
            "ORDER BY t.position, t.id", (self.vote_id,))]
        # total() instead of sum(): a file holding out-of-bounds dots (written by another
        # program) still opens instead of failing with "integer overflow"; check names it.
        self.tallies: dict[int, int] = dict(self.store.rows(
            "SELECT topic_id, CAST(total(delta) AS INTEGER) FROM dot WHERE vote_id = ? GROUP BY topic_id",
            (self.vote_id,)))
        self.participants: dict[int, str] = dict(self.store.rows(
            "SELECT id, name FROM participant WHERE vote_id = ? ORDER BY id", (self.vote_id,)))
        self.used: dict[int, int] = dict(self.store.rows(
            "SELECT participant_id, CAST(total(delta) AS INTEGER) FROM dot WHERE vote_id = ? "
            "AND participant_id IS NOT NULL GROUP BY participant_id", (self.vote_id,)))
        self.given: dict[tuple[int, int], int] = {
            (p, t): n for p, t, n in self.store.rows(
                "SELECT participant_id, topic_id, CAST(total(delta) AS INTEGER) FROM dot WHERE vote_id = ? "
                "AND participant_id IS NOT NULL GROUP BY participant_id, topic_id",
                (self.vote_id,))}
        if self.participant_id not in self.participants:
            self.participant_id = None

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One write, against the vote as the file has it now."""
        with self.store.transaction():
            self.sync()
            yield

    # -- reading -------------------------------------------------------------------
    @property
    def done(self) -> list[Step]:
        return self.history.done

    @property
    def undone(self) -> list[Step]:
        return self.history.undone

    def ranking(self) -> list[RankedTopic]:
        return rank_topics([(t.id, t.name, t.position) for t in self.topics], self.tallies)

    @property
    def total(self) -> int:
        return sum(self.tallies.values())

    def topic(self, topic_id: int) -> Topic:
        for t in self.topics:
            if t.id == topic_id:
                return t
        raise UserError(L.VOTE_TOPIC_GONE)

    def remaining(self, participant_id: int) -> int | None:
        if self.budget is None:
            return None
        return self.budget - self.used.get(participant_id, 0)

    def dates_text(self) -> str:
        return ", ".join(format_date(date.fromisoformat(d)) for d in self.dates)

    def describe(self, step: Step, redo: bool = False) -> str:
        """A step in German, for the undo notice and its question.

        A redo step is the undo row it reverts: its effect is the opposite delta.
        """
        if isinstance(step, TopicChange):
            return describe(step, step.name, None)
        if redo:
            step = Event(step.id, step.topic_id, step.participant_id, -step.delta, step.own)
        name = next((t.name for t in self.topics if t.id == step.topic_id), "?")
        return describe(step, name, self.participants.get(step.participant_id))

    # -- topics --------------------------------------------------------------------
    def _check_name(self, name: str, except_id: int | None = None) -> str:
        name = name.strip()
        if not name:
            raise UserError("Bitte einen Namen für das Thema eingeben.")
        for t in self.topics:
            if t.id != except_id and t.name.casefold() == name.casefold():
                raise UserError(f"Das Thema „{t.name}“ gibt es in dieser Punktabfrage schon.")
        return name

    def add_topic(self, name: str) -> Topic:
        with self._writing():
            name = self._check_name(name)
            position = max((t.position for t in self.topics), default=0) + 1
            topic_id = self.store.insert("topic", {"vote_id": self.vote_id, "name": name,
                                                   "position": position})
        topic = Topic(topic_id, name, position, None, None)
        self.topics.append(topic)
        self.history.push(TopicChange("create", topic_id, name))
        return topic

    def rename_topic(self, topic_id: int, name: str) -> None:
        with self._writing():
            name = self._check_name(name, except_id=topic_id)
            self.topic(topic_id)
            self.store.update("topic", topic_id, {"name": name})
        self.topic(topic_id).name = name

    def move_topic(self, topic_id: int, step: int) -> bool:
        """Swap with the neighbour above (-1) or below (+1); entry order follows."""
        with self._writing():
            index = next((i for i, t in enumerate(self.topics) if t.id == topic_id), None)
            if index is None or not 0 <= index + step < len(self.topics):
                return False
            a, b = self.topics[index], self.topics[index + step]
            self.store.update("topic", a.id, {"position": b.position})
            self.store.update("topic", b.id, {"position": a.position})
        a.position, b.position = b.position, a.position
        self.topics[index], self.topics[index + step] = b, a
        return True

    def delete_topic(self, topic_id: int) -> None:
        """Delete a topic and its dots in one logged action; Strg+Z brings both back."""
        with self._writing():
            name = self.topic(topic_id).name
            rows = snapshot_and_delete(self.store, topic_id)
        self.history.forget_topic(topic_id)
        self.history.push(TopicChange("delete", topic_id, name, rows))
        self._load()

    def link_field(self, topic_id: int, field_id: int, field_name: str) -> None:
        self.store.update("topic", topic_id, {"field_id": field_id})
        topic = self.topic(topic_id)
        topic.field_id, topic.field_name = field_id, field_name

    # -- participants --------------------------------------------------------------
    def add_participant(self, name: str) -> int:
        """A new person of this vote, or the one of that name (one name, one budget)."""
        name = " ".join(name.split())
        if not name:
            raise UserError("Bitte einen Namen für die teilnehmende Person eingeben.")
        with self._writing():
            for pid, other in self.participants.items():
                if other.casefold() == name.casefold():
                    return pid  # picking an existing name is what was meant
            pid = self.store.insert("participant", {"vote_id": self.vote_id, "name": name})
        self.participants[pid] = name
        return pid

    # -- dots ----------------------------------------------------------------------
    def add_dots(self, topic_id: int, delta: int = 1) -> None:
        """Give (or with a negative delta take back) dots; refused dots write nothing."""
        with self._writing():
            self._check(topic_id, self.participant_id, delta)
            event = self._append(topic_id, self.participant_id, delta, None)
        self._count(event)
        self.history.push(event)

    def set_tally(self, topic_id: int, text: str) -> None:
        """Transcribe a count from the wall: the topic's tally becomes ``text``."""
        value = parse_tally(text)
        if value < 0:
            raise UserError(f"{value} Punkte gibt es nicht; bitte 0 oder mehr eingeben.")
        with self._writing():
            delta = value - self.tallies.get(topic_id, 0)
            if delta:
                self.add_dots(topic_id, delta)

    def _check(self, topic_id: int, pid: int | None, delta: int) -> None:
        topic = self.topic(topic_id)
        tally_now = self.tallies.get(topic_id, 0)
        check_dot(tally_now=tally_now, delta=delta, closed=self.closed,
                  budget=self.budget,
                  used_by_participant=self.used.get(pid, 0) if pid else None,
                  participant_name=self.participants.get(pid) if pid else None,
                  on_this_topic_by_participant=self.given.get((pid, topic_id), 0) if pid else None,
                  cumulate=self.cumulate, topic_name=topic.name)
        check_tally(tally_now, delta, topic.name)

    def _append(self, topic_id: int, pid: int | None, delta: int, reverts: int | None,
                own: bool = True) -> Event:
        row_id = self.store.insert("dot", {
            "vote_id": self.vote_id, "topic_id": topic_id, "participant_id": pid,
            "delta": delta, "at": self.store.now().isoformat(timespec="seconds"),
            "reverts": reverts})
        return Event(row_id, topic_id, pid, delta, own)

    def _count(self, event: Event) -> None:
        """Add a committed dot row to the tallies in memory."""
        topic_id, pid, delta = event.topic_id, event.participant_id, event.delta
        self.tallies[topic_id] = self.tallies.get(topic_id, 0) + delta
        if pid is not None:
            self.used[pid] = self.used.get(pid, 0) + delta
            self.given[(pid, topic_id)] = self.given.get((pid, topic_id), 0) + delta

    def undo(self, foreign: bool = False, person: object = ANYONE) -> Step | None:
        """Take back this window's last step; None if there is none.

        With ``person`` (a participant id, or None for dots without a person)
        it is the last dot of that person, even if other steps came after it.
        A step replayed from the file (another window's, or from before a
        restart) raises :class:`ForeignStep` unless ``foreign`` is given.
        """
        return self._step(True, foreign, person)

    def redo(self, foreign: bool = False) -> Step | None:
        return self._step(False, foreign)

    def _step(self, undoing: bool, foreign: bool, person: object = ANYONE) -> Step | None:
        with self._writing():  # the stacks are read after it: they may have been pruned
            h = self.history
            source, target = (h.done, h.undone) if undoing else (h.undone, h.done)
            index = len(source) - 1
            if person is not ANYONE:
                index = next((i for i in range(len(source) - 1, -1, -1)
                              if isinstance(source[i], Event)
                              and source[i].participant_id == person), -1)
            if index < 0:
                return None
            last = source[index]
            if not last.own and not foreign:
                question = L.VOTE_UNDO_FOREIGN if undoing else L.VOTE_REDO_FOREIGN
                raise ForeignStep(question.format(step=self.describe(last, not undoing)), last)
            self._refuse_if_closed()
            if isinstance(last, TopicChange):
                done = self._topic_step(last)
            else:
                self._check(last.topic_id, last.participant_id, -last.delta)
                done = self._append(last.topic_id, last.participant_id, -last.delta, last.id,
                                    last.own)
            source.pop(index)
        if isinstance(done, Event):
            self._count(done)
        else:
            self._load()
        target.append(done)
        return last

    def _topic_step(self, change: TopicChange) -> TopicChange:
        """Delete a topic that is there, or restore one that is gone (inside the transaction)."""
        if change.rows is not None:
            topic_id = restore(self.store, change.rows)
            return TopicChange(change.kind, topic_id, change.name)
        tally = self.tallies.get(change.topic_id, 0)
        if tally and change.kind == "create":  # dots someone gave since: not this step's to take
            raise UserError(L.VOTE_UNDO_TOPIC_HAS_DOTS.format(
                topic=change.name, dots=f"{format_number(tally)} {L.POINT_WORDS[tally != 1]}"))
        rows = snapshot_and_delete(self.store, change.topic_id)
        self.history.forget_topic(change.topic_id)
        return TopicChange(change.kind, change.topic_id, change.name, rows)

    def _refuse_if_closed(self) -> None:
        if self.closed:
            raise UserError("Die Punktabfrage ist geschlossen – bitte erst wieder öffnen.")

    # -- state ---------------------------------------------------------------------
    def set_closed(self, closed: bool) -> None:
        with self._writing():
            self.store.update("dot_vote", self.vote_id,
                              {"state": "closed" if closed else "open"})
        self.closed = closed


def create_fields(session: VoteSession, topic_ids: list[int]) -> list[str]:
    """Turn topics into Handlungsfelder (one action), keeping the link topic → field.

    Topics already linked are skipped; returns the names of the new fields.
    New fields start at the beginning of the Strategiezirkel (Leitbild).
    """
    store = session.store
    todo = [session.topic(t) for t in topic_ids if session.topic(t).field_id is None]
    names = []
    with store.transaction():
        number, position = store.one(
            "SELECT coalesce(max(number), 0), coalesce(max(position), 0) FROM field")
        for topic in todo:
            number, position = number + 1, position + 1
            field_id = store.insert("field", {"number": number, "name": topic.name,
                                              "phase": "vision", "position": position})
            store.update("topic", topic.id, {"field_id": field_id})
            names.append(topic.name)
    session.refresh()
    return names


def newest_vote(store: Store) -> int | None:
    row = store.one("SELECT id FROM dot_vote ORDER BY position DESC, id DESC LIMIT 1")
    return row[0] if row else None
