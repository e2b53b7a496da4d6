"""The meeting record of issue 12 on real SQLite files: header, blocks, Termine under a TOP."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from steuerung.domain.errors import UserError
from steuerung.store import agenda, committees, meetings, tasks
from steuerung.store.db import create_db, open_db
from steuerung.store.interchange import build_in_memory, dump
from steuerung.store.meetings import MeetingForm, load_meeting, meeting_form
from steuerung.store.migrations import migrations
from steuerung.store.repo import Store
from tests.conftest import fixed_now
from tests.meeting_data import COMMITTEE, MINUTES, build_muenster, build_muenster_example


@pytest.fixture
def store(paths):
    store = Store(create_db(paths.sessions / "sitzung.db"), fixed_now)
    yield store
    store.close()


def _log(store) -> int:
    return store.one("SELECT count(*) FROM change_log")[0]


def _refused(store, message, write):
    before = _log(store)
    with pytest.raises(UserError, match=message):
        write()
    assert _log(store) == before, "a refused write must write nothing"


def _committee(store) -> int:
    return committees.save_committee(store, None, COMMITTEE, "Koordinationskreis", "")


# -- header: minutes date, free attendance line, several minute-takers ------------------------
def test_the_header_keeps_what_the_seed_records(store):
    mid = meetings.create_meeting(store, _committee(store), MeetingForm(
        date="03.05.2011", minute_taker=MINUTES, minutes_date="24.05.2011",
        attendance_note="  s.  Anwesenheitsliste "))
    head = load_meeting(store, mid).head
    assert (head.number, head.minutes_date, head.attendance_note) == (
        None, "2011-05-24", "s. Anwesenheitsliste")
    assert head.minute_takers == ["Doris Dužević", "Angelika Sommer", "Andrea Reckfort"]
    assert (head.statutory, head.genitive) == (
        False, "des Koordinationskreises zur Umsetzung des Migrationsleitbildes")
    form = meeting_form(head)
    assert (form.minutes_date, form.attendance_note, form.number) == (
        "24.05.2011", "s. Anwesenheitsliste", "")


@pytest.mark.parametrize("minutes_date, message", [
    ("02.05.2011", "nicht vor der Sitzung"), ("31.02.2011", "Datum des Protokolls: "),
    ("Mai 2011", "Datum des Protokolls: ")])
def test_a_bad_minutes_date_is_refused(store, minutes_date, message):
    cid = _committee(store)
    _refused(store, message, lambda: meetings.create_meeting(store, cid, MeetingForm(
        date="03.05.2011", minutes_date=minutes_date)))


def test_with_a_free_attendance_line_counts_cannot_be_checked_against_names(store):
    cid = _committee(store)
    mid = meetings.create_meeting(store, cid, MeetingForm(date="03.05.2011"))
    item = agenda.add_item(store, mid, "Newsletter")
    _refused(store, "kein stimmberechtigtes Mitglied anwesend",
             lambda: agenda.add_block(store, item, "vote", "", "counts", "12", "3", "1"))
    form = meeting_form(load_meeting(store, mid).head)
    form.attendance_note = "s. Anwesenheitsliste"
    meetings.update_meeting(store, mid, form)
    block = agenda.add_block(store, item, "vote", "", "counts", "12", "3", "1")
    assert load_meeting(store, mid).item(item).blocks[0].yes == 12
    assert store.get("resolution", block)["vote"] == "counts"


# -- blocks inside a TOP -----------------------------------------------------------------------
def test_blocks_keep_the_clerks_order_and_move(store):
    m = build_muenster(store)
    item = m.items["3.a"]
    vote = agenda.add_block(store, item, "vote", "Eine Abstimmung ergab …", "majority")
    text = agenda.add_block(store, item, "text", "Die Agenda:\n\n1) Neues")
    result = agenda.add_block(store, item, "result", "Alle senden ihre Informationen.")
    kinds = [(b.id, b.kind) for b in load_meeting(store, m.meeting).item(item).blocks]
    assert kinds == [(m.resolution, "resolution"), (vote, "vote"), (text, "text"),
                     (result, "result")]
    before = _log(store)
    assert agenda.move_block(store, result, -1)
    assert _log(store) - before == 2  # two positions, one action
    assert [b.id for b in load_meeting(store, m.meeting).item(item).blocks] == [
        m.resolution, vote, result, text]
    assert not agenda.move_block(store, m.resolution, -1)
    agenda.update_block(store, text, "Die Agenda:\n\n- Neues")
    assert store.get("resolution", text)["text"] == "Die Agenda:\n\n- Neues"
    agenda.delete_block(store, vote)
    assert len(load_meeting(store, m.meeting).item(item).blocks) == 3


@pytest.mark.parametrize("kind, text, vote, result, message", [
    ("text", "  ", None, None, "Bitte einen Text eingeben"),
    ("vote", "", None, None, "wie abgestimmt wurde"),
    ("vote", " ", "wording", None, "Wortlaut der Abstimmung"),
    ("result", "", None, None, "Bitte ein Ergebnis wählen"),
])
def test_empty_blocks_are_refused(store, kind, text, vote, result, message):
    m = build_muenster(store)
    _refused(store, message, lambda: agenda.add_block(store, m.items["1"], kind, text, vote,
                                                      result=result))


def test_a_vote_in_words_only_and_a_result_in_words(store):
    m = build_muenster(store)
    vote = agenda.add_block(store, m.items["1"], "vote", "Der Kreis befürwortet es.")
    result = agenda.add_block(store, m.items["1"], "result", "", result="referred")
    assert store.get("resolution", vote)["vote"] == "wording"
    assert store.get("resolution", result)["result"] == "referred"


def test_deleting_a_top_takes_its_blocks_and_keeps_its_termine(store):
    m = build_muenster(store)
    agenda.add_block(store, m.items["4"], "text", "Planungen")
    plan = tasks.add_plan(store, m.meeting, "Herbst 2012", "Koordinationskreis 2012", "4")
    agenda.delete_item(store, m.items["4"])
    assert store.get("plan_item", plan)["agenda_item_id"] is None
    assert store.one("SELECT count(*) FROM resolution WHERE agenda_item_id = ?",
                     (m.items["4"],))[0] == 0


# -- Termine of a TOP --------------------------------------------------------------------------
def test_termine_belong_to_a_top_and_may_lie_before_the_meeting(store):
    m = build_muenster(store)
    plan = tasks.add_plan(store, m.meeting, "Sommer 2010", "1. Monitoringbericht", "4.")
    view = load_meeting(store, m.meeting)
    (p,) = view.item(m.items["4"]).plans
    assert (p.id, p.date, p.agenda_number) == (plan, "2010-08-31", "4")
    tasks.update_plan(store, plan, "Sommer 2012", "1. Monitoringbericht")  # keeps its TOP
    assert store.get("plan_item", plan)["agenda_item_id"] == m.items["4"]
    tasks.update_plan(store, plan, "Sommer 2012", "1. Monitoringbericht", "")
    assert store.get("plan_item", plan)["agenda_item_id"] is None
    _refused(store, "Einen TOP „9“ gibt es", lambda: tasks.add_plan(
        store, m.meeting, "Herbst 2011", "x", "9"))


# -- the committee's name in the genitive --------------------------------------------------------
def test_the_genitive_is_stored_only_when_the_clerk_changes_it(store):
    cid = committees.save_committee(store, None, "Kreistag des Rhein-Kreises Neuss", "Kreistag",
                                    "", "des Kreistages des Rhein-Kreises Neuss")
    assert store.get("committee", cid)["genitive"] is None  # the rule says the same
    committees.save_committee(store, cid, "Kreistag des Rhein-Kreises Neuss", "Kreistag", "",
                              "des Kreistags des Rhein-Kreises Neuss")
    assert committees.load_committee(store, cid).genitive == \
        "des Kreistags des Rhein-Kreises Neuss"
    committees.save_committee(store, cid, "Kreistag des Rhein-Kreises Neuss", "Kreistag", "", "")
    assert committees.load_committee(store, cid).genitive == \
        "des Kreistages des Rhein-Kreises Neuss"


# -- files: an older file migrates, every new column round-trips ---------------------------------
def test_a_version_4_file_keeps_its_resolutions_as_votes_and_results(tmp_path):
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m005_minutes")
    conn.executescript("""
        INSERT INTO committee (id, name) VALUES (1, 'Kreistag');
        INSERT INTO meeting (id, committee_id, date, state, public)
            VALUES (1, 1, '2010-12-08', 'held', 1);
        INSERT INTO agenda_item (id, meeting_id, number, title, public)
            VALUES (1, 1, '1', 'Bericht', 1);
        INSERT INTO resolution (id, agenda_item_id, text, result)
            VALUES (1, 1, 'A', 'adopted_unanimously');
        INSERT INTO resolution (id, agenda_item_id, text, yes, no, result)
            VALUES (2, 1, 'B', 3, 1, 'adopted');
        INSERT INTO resolution (id, agenda_item_id, text, result) VALUES (3, 1, 'C', 'noted');
    """)
    conn.close()
    conn = open_db(path)
    got = conn.execute("SELECT id, kind, vote, result FROM resolution ORDER BY id").fetchall()
    assert [tuple(r) for r in got] == [(1, "resolution", "unanimous", "adopted"),
                                       (2, "resolution", "counts", "adopted"),
                                       (3, "resolution", None, "noted")]
    conn.close()


def test_an_older_dump_still_loads_and_reads_einstimmig_angenommen(demo_db):
    store = Store(open_db(demo_db), fixed_now)
    store.update("resolution", 1, {"vote": None, "result": "adopted_unanimously"})
    text = dump(store.conn)
    store.close()
    old = text.replace(', "kind": "resolution", "vote": null', "")
    assert '"kind"' not in old.split('"resolution": [')[1].split("]")[0]
    again = Store(build_in_memory(old), fixed_now)
    (block,) = load_meeting(again, 1).agenda[0].blocks
    assert (block.kind, block.vote, block.result) == ("resolution", "unanimous", "adopted")


def test_the_example_round_trips_through_dump_and_load(store):
    build_muenster_example(store)
    text = dump(store.conn)
    for column in ('"genitive"', '"minutes_date": "2011-05-24"',
                   '"attendance_note": "s. Anwesenheitsliste"', '"kind": "vote"',
                   '"vote": "majority"', '"agenda_item_id": 8'):
        assert column in text, column
    assert dump(build_in_memory(text)) == text
