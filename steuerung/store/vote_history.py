"""Undo and redo of one window's steps in a dot vote.

Each window keeps its own stacks: a step is a dot (an event row; undo
appends its opposite, redo reverts that) or a topic created or deleted
(undo deletes it again or restores it with its dots).  Steps another window
takes never enter these stacks, so Strg+Z here cannot take back a dot given
there — except the steps replayed from the file when the vote was opened
(after a crash, or another window's earlier dots): those are marked
``own=False`` and the store refuses them with :class:`ForeignStep` unless
the caller says ``foreign=True`` (the screen asks first).

When another connection has written, :meth:`History.prune` drops steps that
no longer apply (a dot undone or a topic deleted elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import labels as L
from ..domain.errors import UserError
from ..domain.numbers import format_number
from .repo import Store


@dataclass(frozen=True)
class Event:
    """One dot row as the undo/redo stacks need it; ``own``: appended by this window."""

    id: int
    topic_id: int
    participant_id: int | None
    delta: int
    own: bool = True


@dataclass(frozen=True)
class TopicChange:
    """A topic this window created (``create``) or deleted (``delete``).

    ``rows`` holds the deleted topic and its dot rows while the topic is
    gone (a deletion done, or a creation undone), to be restored as they were.
    """

    kind: str
    topic_id: int
    name: str
    rows: dict | None = field(default=None, compare=False)
    own: bool = True


Step = Event | TopicChange


class ForeignStep(UserError):
    """The next step to undo or redo was not taken in this window; ask before taking it."""

    def __init__(self, message: str, step: Step):
        super().__init__(message)
        self.step = step


def replay(store: Store, vote_id: int) -> tuple[list[Step], list[Step]]:
    """The undo and redo stacks the file's event rows imply, all marked as not own."""
    done: list[Step] = []
    undone: list[Step] = []
    for id_, topic, participant, delta, reverts in store.conn.execute(
            "SELECT id, topic_id, participant_id, delta, reverts FROM dot "
            "WHERE vote_id = ? ORDER BY id", (vote_id,)):
        event = Event(id_, topic, participant, delta, own=False)
        if reverts is None:
            done.append(event)
            undone.clear()
        elif done and done[-1].id == reverts:
            undone.append(event)  # an undo: redo reverts this event
            done.pop()
        elif any(step.id == reverts for step in done):
            # One person's dot taken back from further down (key u): it is gone from the
            # stack, so a later Strg+Z cannot take it back a second time.
            done[:] = [step for step in done if step.id != reverts]
            undone.append(event)
        elif undone and undone[-1].id == reverts:
            undone.pop()
            done.append(event)  # a redo: undo reverts this event
    return done, undone


class History:
    """The two stacks of one window."""

    def __init__(self, done: list[Step], undone: list[Step]):
        self.done, self.undone = done, undone

    def push(self, step: Step) -> None:
        """A new step of this window: it clears what could be redone."""
        self.done.append(step)
        self.undone.clear()

    def prune(self, store: Store, vote_id: int) -> None:
        """Drop steps another window has made void (their dot undone, their topic deleted)."""
        alive = {r[0] for r in store.rows("SELECT id FROM dot WHERE vote_id = ?", (vote_id,))}
        reverted = {r[0] for r in store.rows(
            "SELECT reverts FROM dot WHERE vote_id = ? AND reverts IS NOT NULL", (vote_id,))}
        topics = {r[0] for r in store.rows("SELECT id FROM topic WHERE vote_id = ?", (vote_id,))}

        def valid(step: Step, applied: bool) -> bool:
            if isinstance(step, Event):
                return step.id in alive and step.id not in reverted
            present = step.topic_id in topics
            # A creation applied, or a deletion undone, needs the topic; the others need it gone.
            return present if (step.kind == "create") == applied else not present

        self.done[:] = [s for s in self.done if valid(s, True)]
        self.undone[:] = [s for s in self.undone if valid(s, False)]

    def forget_topic(self, topic_id: int) -> None:
        """A deleted topic's dots can no longer be undone one by one."""
        for stack in (self.done, self.undone):  # in place: callers hold these lists
            stack[:] = [s for s in stack if not (isinstance(s, Event) and s.topic_id == topic_id)]


def describe(step: Step, topic_name: str, person: str | None) -> str:
    """"+1 von Anna Schmidt bei „Bildung“" / "Thema „Bildung“ angelegt" (issue 17: whose dot)."""
    if isinstance(step, TopicChange):
        template = L.VOTE_STEP_CREATED if step.kind == "create" else L.VOTE_STEP_DELETED
        return template.format(topic=step.name)
    # German digits with the sign: "+1.000", "−1".
    delta = ("+" if step.delta > 0 else "") + format_number(step.delta)
    if person:
        return L.VOTE_STEP_DOT_BY.format(delta=delta, person=person, topic=topic_name)
    return L.VOTE_STEP_DOT_WALL.format(delta=delta, topic=topic_name)


def snapshot_and_delete(store: Store, topic_id: int) -> dict:
    """Delete a topic and its dots (one action, the caller's transaction); returns the rows."""
    topic = store.get("topic", topic_id)
    dots = [dict(r) for r in store.rows("SELECT * FROM dot WHERE topic_id = ? ORDER BY id",
                                        (topic_id,))]
    for dot in reversed(dots):  # a revert before the dot it reverts
        store.delete("dot", dot["id"])
    store.delete("topic", topic_id)
    return {"topic": topic, "dots": dots}


def restore(store: Store, rows: dict) -> int:
    """Put a deleted topic and its dots back, under their old numbers where these are free."""
    topic = dict(rows["topic"])
    dots = [dict(d) for d in rows["dots"]]
    if store.get("topic", topic["id"]) is not None:
        del topic["id"]
    topic_id = store.insert("topic", topic)
    ids = [d["id"] for d in dots]
    taken = ids and store.one(f"SELECT count(*) FROM dot WHERE id IN ({','.join('?' * len(ids))})",
                              ids)[0]
    renumbered: dict[int, int] = {}
    for dot in dots:
        old_id = dot["id"]
        dot["topic_id"] = topic_id
        if taken:
            del dot["id"]
            dot["reverts"] = renumbered.get(dot["reverts"], dot["reverts"])
        renumbered[old_id] = store.insert("dot", dot)
    return topic_id
