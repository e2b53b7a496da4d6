"""The vote session on a real SQLite file: tallies, rules, undo/redo as events."""

from __future__ import annotations

import pytest

from steuerung.domain.errors import UserError
from steuerung.store.db import create_db, open_db
from steuerung.store.repo import Store
from steuerung.store.votes import ForeignStep, VoteSession, create_vote, parse_dates
from tests.conftest import fixed_now

NEUSS = [("Bildung", 30), ("Arbeit", 17), ("Sprache", 15), ("Partizipation", 15),
         ("Interkulturelle Öffnung", 14), ("Willkommenskultur", 14)]


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "p.db"
    store = Store(create_db(path), fixed_now)
    store.insert("process", {"title": "Test"})
    store.close()
    return path


@pytest.fixture
def store(path):
    store = Store(open_db(path), fixed_now)
    yield store
    store.close()


def _session(store, budget="", cumulate=True) -> VoteSession:
    vote_id = create_vote(store, "Workshop", "20.09.2010, 05.11.2010", budget, cumulate)
    return VoteSession(store, vote_id)


def _dots(store) -> int:
    return store.one("SELECT count(*) FROM dot")[0]


def test_neuss_transcription_and_ranking(store, path):
    session = _session(store)
    for name, points in NEUSS:
        session.set_tally(session.add_topic(name).id, str(points))
    reopened = VoteSession(Store(open_db(path), fixed_now), session.vote_id)
    ranking = reopened.ranking()
    assert [(r.rank, r.name, r.tally, r.tied) for r in ranking] == [
        (1, "Bildung", 30, False), (2, "Arbeit", 17, False), (3, "Sprache", 15, True),
        (3, "Partizipation", 15, True), (4, "Interkulturelle Öffnung", 14, True),
        (4, "Willkommenskultur", 14, True)]
    assert reopened.total == 105
    assert reopened.dates == ["2010-09-20", "2010-11-05"]


@pytest.mark.parametrize("name, message", [
    ("   ", "Bitte einen Namen"),
    ("bildung", "„Bildung“ gibt es in dieser Punktabfrage schon"),
    ("  BILDUNG ", "schon"),
])
def test_bad_topic_names_write_nothing(store, name, message):
    session = _session(store)
    session.add_topic("Bildung")
    count = store.one("SELECT count(*) FROM topic")[0]
    with pytest.raises(UserError, match=message):
        session.add_topic(name)
    assert store.one("SELECT count(*) FROM topic")[0] == count


@pytest.mark.parametrize("text, message", [
    ("3,5", "„3,5“ ist keine ganze Zahl"), ("abc", "„abc“ ist keine ganze Zahl"),
    ("", "Bitte eine ganze Zahl eingeben"), ("1e3", "„1e3“ ist keine ganze Zahl")])
def test_tally_must_be_a_whole_number(store, text, message):
    session = _session(store)
    topic = session.add_topic("Bildung")
    with pytest.raises(UserError, match=message):
        session.set_tally(topic.id, text)
    assert _dots(store) == 0


def test_tally_cannot_go_below_zero(store):
    session = _session(store)
    topic = session.add_topic("Bildung")
    session.add_dots(topic.id, 2)
    with pytest.raises(UserError, match="weniger als 0"):
        session.add_dots(topic.id, -3)
    with pytest.raises(UserError, match="0 oder mehr"):
        session.set_tally(topic.id, "-1")
    assert session.tallies[topic.id] == 2 and _dots(store) == 1


def test_undo_redo_append_events(store, path):
    session = _session(store)
    a, b = session.add_topic("A"), session.add_topic("B")
    session.add_dots(a.id)
    session.add_dots(b.id)
    session.add_dots(b.id)
    assert session.undo().topic_id == b.id
    assert session.undo().topic_id == b.id
    assert session.tallies == {a.id: 1, b.id: 0}
    session.redo()
    assert session.tallies == {a.id: 1, b.id: 1}
    rows = store.rows("SELECT delta, reverts FROM dot ORDER BY id")
    assert [r[0] for r in rows] == [1, 1, 1, -1, -1, 1]  # nothing updated in place
    # The stacks survive a crash: a new session on the file continues them, but
    # asks first (the steps were not taken in its own window).
    again = VoteSession(Store(open_db(path), fixed_now), session.vote_id)
    with pytest.raises(ForeignStep, match="nicht aus diesem Fenster.*\\+1 bei „B“"):
        again.redo()
    again.redo(foreign=True)
    assert again.tallies[b.id] == 2
    assert again.redo() is None
    again.undo(foreign=True), again.undo(foreign=True), again.undo(foreign=True)
    assert again.tallies == {a.id: 0, b.id: 0}
    assert again.undo() is None


def test_a_new_dot_clears_redo(store):
    session = _session(store)
    a = session.add_topic("A")
    session.add_dots(a.id)
    session.undo()
    session.add_dots(a.id, 3)
    assert session.redo() is None
    assert session.tallies[a.id] == 3


def test_budget_and_cumulating(store):
    session = _session(store, budget="2", cumulate=False)
    a, b, c = (session.add_topic(n) for n in "ABC")
    session.participant_id = session.add_participant("Anna Schmidt")
    session.add_dots(a.id)
    with pytest.raises(UserError, match="Kumulieren ist in dieser Punktabfrage nicht erlaubt"):
        session.add_dots(a.id)
    session.add_dots(b.id)
    assert session.remaining(session.participant_id) == 0
    with pytest.raises(UserError, match="Anna Schmidt hat keine Punkte mehr"):
        session.add_dots(c.id)
    assert _dots(store) == 2
    session.undo()
    assert session.remaining(session.participant_id) == 1


def test_closed_vote_refuses_dots_and_undo(store):
    session = _session(store)
    a = session.add_topic("A")
    session.add_dots(a.id)
    session.set_closed(True)
    for action in (lambda: session.add_dots(a.id), session.undo,
                   lambda: session.set_tally(a.id, "5")):
        with pytest.raises(UserError, match="geschlossen"):
            action()
    assert _dots(store) == 1
    session.set_closed(False)
    session.add_dots(a.id)
    assert session.tallies[a.id] == 2


def test_delete_topic_with_dots_is_logged(store):
    session = _session(store)
    a, b = session.add_topic("A"), session.add_topic("B")
    session.add_dots(a.id, 3)
    session.add_dots(b.id)
    session.undo()
    session.delete_topic(b.id)
    assert [t.name for t in session.topics] == ["A"]
    deleted = store.rows("SELECT table_name FROM change_log WHERE action = 'delete'")
    assert sorted(r[0] for r in deleted) == ["dot", "dot", "topic"]
    assert session.undo().kind == "delete"  # Strg+Z brings B back, with its dot rows
    assert [t.name for t in session.topics] == ["A", "B"]
    assert store.one("SELECT count(*) FROM dot WHERE topic_id = ?", (b.id,))[0] == 2
    assert session.undo().topic_id == a.id  # B's dots are no longer single steps
    assert session.tallies == {a.id: 0, b.id: 0}


def test_move_topic_changes_entry_order_and_tie_order(store):
    session = _session(store)
    a, b = session.add_topic("A"), session.add_topic("B")
    session.add_dots(a.id)
    session.add_dots(b.id)
    assert session.move_topic(b.id, -1)
    assert not session.move_topic(b.id, -1)
    assert [r.name for r in session.ranking()] == ["B", "A"]


@pytest.mark.parametrize("text, expected", [
    ("20.09.2010, 05.11.2010", ["2010-09-20", "2010-11-05"]),
    ("20.09.2010 05.11.2010;06.11.2010", ["2010-09-20", "2010-11-05", "2010-11-06"]),
    ("", []),
])
def test_parse_dates(text, expected):
    assert parse_dates(text) == expected


def test_bad_vote_form_writes_nothing(store):
    with pytest.raises(UserError, match="Titel"):
        create_vote(store, " ", "", "", True)
    with pytest.raises(UserError, match="31.02.2011"):
        create_vote(store, "W", "31.02.2011", "", True)
    with pytest.raises(UserError, match="ganze Zahl"):
        create_vote(store, "W", "", "drei", True)
    with pytest.raises(UserError, match="mindestens 1"):
        create_vote(store, "W", "", "0", True)
    assert store.one("SELECT count(*) FROM dot_vote")[0] == 0
