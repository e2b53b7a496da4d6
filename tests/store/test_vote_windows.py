"""One vote, several windows: every rule is checked against the file, not a window's memory."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from steuerung.domain.errors import UserError
from steuerung.store.db import create_db, open_db
from steuerung.store.process import check
from steuerung.store.repo import Store
from steuerung.store.votes import ForeignStep, VoteSession, create_vote
from tests.conftest import fixed_now


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "p.db"
    store = Store(create_db(path), fixed_now)
    store.insert("process", {"title": "Test"})
    vote_id = create_vote(store, "Workshop", "20.09.2010", "2", cumulate=False)
    first = VoteSession(store, vote_id)
    for name in ("Bildung", "Arbeit", "Sprache"):
        first.add_topic(name)
    store.close()
    return path


@pytest.fixture
def windows(path):
    """Two moderator windows: two connections, two sessions on vote 1."""
    stores = [Store(open_db(path), fixed_now, author) for author in ("Anna", "Bernd")]
    yield [VoteSession(s, 1) for s in stores]
    for s in stores:
        s.close()


def _topic(session: VoteSession, name: str) -> int:
    return next(t.id for t in session.topics if t.name == name)


def test_a_vote_closed_in_one_window_refuses_dots_in_the_other(windows):
    one, two = windows
    bildung = _topic(two, "Bildung")
    one.set_closed(True)
    assert not two.closed  # the other window has not looked yet …
    with pytest.raises(UserError, match="geschlossen"):
        two.add_dots(bildung)  # … but the write does
    assert two.closed
    assert two.store.one("SELECT count(*) FROM dot")[0] == 0


def test_a_budget_counts_the_dots_given_in_every_window(windows):
    one, two = windows
    one.participant_id = one.add_participant("Anna Schmidt")
    two.participant_id = two.add_participant("  anna   schmidt ")  # the same person
    assert one.participant_id == two.participant_id
    one.add_dots(_topic(one, "Bildung"))
    with pytest.raises(UserError, match="Kumulieren"):
        two.add_dots(_topic(two, "Bildung"))  # given in the other window
    two.add_dots(_topic(two, "Arbeit"))
    with pytest.raises(UserError, match="keine Punkte mehr"):
        one.add_dots(_topic(one, "Sprache"))
    assert one.store.one("SELECT count(*) FROM participant")[0] == 1
    assert one.store.one("SELECT sum(delta) FROM dot")[0] == 2


def test_undo_takes_back_only_this_windows_dots(windows):
    one, two = windows
    bildung, arbeit = _topic(one, "Bildung"), _topic(one, "Arbeit")
    one.add_dots(bildung)
    two.add_dots(arbeit)
    assert two.undo().topic_id == arbeit
    assert two.undo() is None  # Anna's dot in the other window stays
    assert two.tallies == {bildung: 1, arbeit: 0}
    assert one.undo().topic_id == bildung
    assert one.tallies == {bildung: 0, arbeit: 0}


def test_a_window_opened_later_asks_before_taking_back_what_it_did_not_give(path, windows):
    one, _ = windows
    one.add_dots(_topic(one, "Bildung"))
    later = VoteSession(Store(open_db(path), fixed_now), 1)
    with pytest.raises(ForeignStep, match="nicht aus diesem Fenster.*\\+1 bei „Bildung“"):
        later.undo()
    assert later.total == 1
    later.undo(foreign=True)
    assert later.total == 0
    # the first window's step is void now: it cannot be undone twice
    assert one.undo() is None
    assert one.total == 0


def test_a_topic_deleted_elsewhere_is_refused_and_the_list_follows(windows):
    one, two = windows
    sprache = _topic(two, "Sprache")
    one.delete_topic(_topic(one, "Sprache"))
    with pytest.raises(UserError, match="in einem anderen Fenster gelöscht"):
        two.add_dots(sprache)
    assert [t.name for t in two.topics] == ["Bildung", "Arbeit"]


def test_topic_names_are_unique_across_windows(windows):
    one, two = windows
    one.add_topic("Partizipation")
    with pytest.raises(UserError, match="gibt es in dieser Punktabfrage schon"):
        two.add_topic("partizipation")


def test_undo_and_redo_of_creating_and_deleting_a_topic(windows):
    one, two = windows
    topic = one.add_topic("Wohnen")
    one.add_dots(topic.id)
    one.delete_topic(topic.id)
    assert one.undo().kind == "delete"  # back, with its dot
    assert one.tallies[topic.id] == 1 and [t.name for t in one.topics][-1] == "Wohnen"
    assert one.redo().kind == "delete"
    assert "Wohnen" not in [t.name for t in one.topics]
    # A topic that has dots is not taken back by undoing its creation …
    one.undo()
    with pytest.raises(UserError, match="inzwischen 1 Punkt und"):
        one.undo()
    # … one without is, and comes back with redo.
    fresh = one.add_topic("Kultur")
    assert one.undo().kind == "create"
    assert "Kultur" not in [t.name for t in one.topics]
    one.redo()
    assert [t.name for t in one.topics][-1] == "Kultur"
    # Dots another window gives meanwhile count as well.
    two.add_dots(fresh.id)
    with pytest.raises(UserError, match="inzwischen 1 Punkt und"):
        one.undo()
    assert check(one.store.path).ok


WRITER = textwrap.dedent("""
    import sys
    from datetime import datetime
    from steuerung.domain.errors import UserError
    from steuerung.store.db import open_db
    from steuerung.store.repo import Store
    from steuerung.store.votes import VoteSession
    session = VoteSession(Store(open_db(sys.argv[1]), datetime.now, sys.argv[2]), 1)
    topics = [t.id for t in session.topics]
    for i in range(int(sys.argv[3])):
        try:
            session.add_dots(topics[i % len(topics)])
        except UserError:
            print("refused", flush=True)
            continue
        print(session.done[-1].id, flush=True)  # acknowledged: committed
    if sys.argv[4] == "close":
        session.set_closed(True)
        print("closed", flush=True)
""")


def test_two_processes_giving_dots_and_closing_end_consistent(path):
    store = Store(open_db(path), fixed_now)
    store.update("dot_vote", 1, {"dots_per_person": None, "cumulate": 1})
    store.close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), who, str(n), then],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who, n, then in (("Anna", 300, "keep"), ("Bernd", 40, "close"))]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
    acknowledged = [int(line) for out, _ in outputs for line in out.split()
                    if line.isdigit()]
    store = Store(open_db(path), fixed_now)
    ids = {r[0] for r in store.rows("SELECT id FROM dot")}
    assert set(acknowledged) <= ids and len(acknowledged) == len(ids)
    # Nothing was accepted after the vote was closed, in the file's own order.
    closed_at = store.one("SELECT max(id) FROM change_log WHERE table_name = 'dot_vote' "
                          "AND new LIKE '%closed%'")[0]
    assert store.one("SELECT count(*) FROM change_log WHERE table_name = 'dot' AND id > ?",
                     (closed_at,))[0] == 0
    assert "closed" in outputs[1][0]
    assert store.one("SELECT state FROM dot_vote")[0] == "closed"
    store.close()
    report = check(path)
    assert report.ok, report.outside
