"""Meetings on real SQLite files: attendance and quorum, agenda, resolutions, tasks, Termine."""

from __future__ import annotations

import json

import pytest

from steuerung.domain.errors import UserError
from steuerung.store import agenda, committees, meetings, tasks
from steuerung.store.db import create_db, open_db
from steuerung.store.meetings import MeetingForm, load_meeting
from steuerung.store.repo import Store
from tests.conftest import fixed_now
from tests.meeting_data import AGENDA, NEWSLETTER, PLANS, build_muenster


@pytest.fixture
def store(paths):
    store = Store(create_db(paths.sessions / "sitzung.db"), fixed_now)
    yield store
    store.close()


@pytest.fixture
def muenster(store):
    return build_muenster(store)


def _log(store) -> int:
    return store.one("SELECT count(*) FROM change_log")[0]


def _refused(store, message, write):
    before = _log(store)
    with pytest.raises(UserError, match=message):
        write()
    assert _log(store) == before, "a refused write must write nothing"


def _numbers(store, meeting_id) -> list[tuple[str, str]]:
    return [tuple(r) for r in store.rows(
        "SELECT number, title FROM agenda_item WHERE meeting_id = ? ORDER BY position",
        (meeting_id,))]


def _next_meeting(store, m, date="01.09.2011"):
    return meetings.create_meeting(store, m.committee, MeetingForm(date=date))


# -- the seed-000 meeting, stored and read back -----------------------------------------------
def test_the_seed_meeting_reads_back_after_reopening_the_file(store, muenster, paths):
    store.close()
    again = Store(open_db(paths.sessions / "sitzung.db"), fixed_now)
    view = load_meeting(again, muenster.meeting)
    assert (view.head.number, view.head.date, view.head.start_time, view.head.end_time) == (
        1, "2011-05-03", "14:00", "16:00")
    assert [(i.number, i.title) for i in view.agenda] == list(zip(
        ["1", "2", "2.a", "2.b", "3", "3.a", "3.b", "4", "5"], [t for _, t in AGENDA],
        strict=True))
    (resolution,) = view.item(muenster.items["3.a"]).resolutions
    assert (resolution.text, resolution.yes, resolution.no, resolution.abstain,
            resolution.result) == (NEWSLETTER, 3, 0, 1, "adopted")
    assert [(p.date_text, p.date, p.what) for p in view.plans] == [
        ("11.05.2011", "2011-05-11", PLANS[0][1]), ("Herbst 2011", "2011-11-30", PLANS[1][1]),
        ("Herbst 2011", "2011-11-30", PLANS[2][1]), ("Herbst 2012", "2012-11-30", PLANS[3][1])]
    assert [t.agenda_number for t in view.tasks] == ["3.a", "3.b"]
    assert [o.kind for o in view.others] == ["administration"] * 3 + ["guest"] * 2
    again.close()


def test_meeting_numbers_are_optional_and_never_invented(store, muenster):
    second = _next_meeting(store, muenster)
    assert store.get("meeting", second)["number"] is None
    other = committees.save_committee(store, None, "Kerngruppe", "Kerngruppe", "")
    first = meetings.create_meeting(store, other, MeetingForm(date="01.09.2011", number="2."))
    assert store.get("meeting", first)["number"] == 2  # numbers are per committee
    _refused(store, "Eine 1. Sitzung hat dieses Gremium schon", lambda: meetings.create_meeting(
        store, muenster.committee, MeetingForm(date="02.09.2011", number="1")))


# -- bad header ------------------------------------------------------------------------
@pytest.mark.parametrize("form, message", [
    (MeetingForm(date="03.05.2011", start="16:00", end="14:00"),
     "nicht um 14:00 Uhr enden, wenn sie um 16:00 Uhr beginnt"),
    (MeetingForm(date="03.05.2011", start="14:00", end="14:00"), "Ende nach dem Beginn"),
    (MeetingForm(date=""), "Datum der Sitzung"),
    (MeetingForm(date="31.04.2011"), "Den 31.04.2011 gibt es nicht"),
    (MeetingForm(date="Mai 2011"), "kein genaues Datum"),
    (MeetingForm(date="03.05.2011", start="zwei Uhr"), "keine Uhrzeit"),
    (MeetingForm(date="03.05.2011", number="x"), "keine Sitzungsnummer"),
])
def test_bad_meeting_headers_are_refused(store, muenster, form, message):
    _refused(store, message, lambda: meetings.create_meeting(store, muenster.committee, form))
    _refused(store, message, lambda: meetings.update_meeting(store, muenster.meeting, form))


# -- attendance and quorum ----------------------------------------------------------------
def test_deputy_counts_toward_quorum(store, muenster):
    view = load_meeting(store, muenster.meeting)
    assert (view.quorum.voting_seats, view.quorum.present, view.quorum.required) == (5, 4, 3)
    celik = next(m for m in view.members if m.name == "Frau Celik")
    assert (celik.status, celik.deputy_name) == ("represented", "Frau Engel")
    # Without the deputy, Frau Celik is excused and one vote fewer counts.
    meetings.set_attendance(store, muenster.meeting, muenster.members["Frau Celik"], "excused")
    assert load_meeting(store, muenster.meeting).quorum.present == 3


def test_quorum_is_lost_and_regained_live(store, muenster):
    mid, m = muenster.meeting, muenster.members
    for name in ("Herr Köhnke", "Frau Adam"):
        meetings.set_attendance(store, mid, m[name], "excused")
    view = load_meeting(store, mid)
    assert (view.quorum.present, view.quorum.reached) == (2, False)
    meetings.set_attendance(store, mid, m["Frau Adam"], "present")
    assert load_meeting(store, mid).quorum.reached


def test_quorum_uses_the_committee_rule(store, muenster):
    committees.save_committee(store, muenster.committee,
                              "Koordinationskreis zur Umsetzung des Migrationsleitbildes",
                              "Koordinationskreis", "mindestens 5")
    view = load_meeting(store, muenster.meeting)
    assert (view.quorum.required, view.quorum.reached, view.quorum.rule) == (
        5, False, "mindestens 5")


def test_quorum_counts_vacant_seats_of_a_seat_plan(demo_store):
    """The demo's 25 seats: 13 present or represented are needed, even with vacancies."""
    cid = demo_store.one("SELECT id FROM committee WHERE name = 'Steuerungsgruppe Integration'")[0]
    mid = meetings.create_meeting(demo_store, cid, MeetingForm(date="15.03.2011"))
    seat = demo_store.one("SELECT id FROM seat WHERE committee_id = ? AND count = 8", (cid,))[0]
    for n in range(3):
        person = committees.save_person(demo_store, None, f"Bürgermeister {n}")
        member = committees.add_membership(demo_store, cid, person, "member", seat)
        meetings.set_attendance(demo_store, mid, member, "present")
    view = load_meeting(demo_store, mid)
    assert (view.quorum.voting_seats, view.quorum.present, view.quorum.required) == (25, 3, 13)
    assert not view.quorum.reached


def test_deputy_who_is_not_a_member_of_that_committee_is_refused(store, muenster):
    other = committees.save_committee(store, None, "Kerngruppe", "Kerngruppe", "")
    person = committees.save_person(store, None, "Frau Fremd")
    foreign = committees.add_membership(store, other, person, "deputy")
    _refused(store, "Frau Fremd ist nicht Mitglied dieses Gremiums", lambda: meetings.set_attendance(
        store, muenster.meeting, muenster.members["Herr Berg"], "represented", foreign))


def test_a_member_cannot_represent_another_member(store, muenster):
    _refused(store, "vertreten kann nur eine Stellvertretung", lambda: meetings.set_attendance(
        store, muenster.meeting, muenster.members["Herr Berg"], "represented",
        muenster.members["Frau Adam"]))


def test_a_deputy_represents_only_one_member(store, muenster):
    _refused(store, "vertritt in dieser Sitzung schon Frau Celik", lambda: meetings.set_attendance(
        store, muenster.meeting, muenster.members["Herr Berg"], "represented",
        muenster.members["Frau Engel"]))


def test_deputy_choices_put_the_own_deputy_first_and_leave_busy_ones_out(store, muenster):
    person = committees.save_person(store, None, "Herr Frei")
    free = committees.add_membership(store, muenster.committee, person, "deputy")
    view = load_meeting(store, muenster.meeting)
    assert [d.membership_id for d in meetings.deputy_choices(view, muenster.members["Frau Celik"])
            ] == [muenster.members["Frau Engel"], free]
    assert [d.membership_id for d in meetings.deputy_choices(view, muenster.members["Herr Berg"])
            ] == [free]


def test_attendance_can_be_cleared(store, muenster):
    meetings.set_attendance(store, muenster.meeting, muenster.members["Herr Berg"], None)
    berg = next(m for m in load_meeting(store, muenster.meeting).members if m.name == "Herr Berg")
    assert berg.status is None


# -- agenda -------------------------------------------------------------------------------
def test_top_renumbering_on_insert_move_indent_and_delete(store, muenster):
    mid, items = muenster.meeting, muenster.items
    agenda.add_item(store, mid, "Neuer Unterpunkt", under=items["2"])
    assert [n for n, _ in _numbers(store, mid)][:5] == ["1", "2", "2.a", "2.b", "2.c"]
    assert agenda.move(store, items["3"], -1)  # TOP 3 with 3.a, 3.b before TOP 2
    assert _numbers(store, mid)[:4] == [
        ("1", "Begrüßung"), ("2", "Themenorientierte Steuerung und Planung 2011/2012"),
        ("2.a", "Informations- und Wissensmanagementsysteme"),
        ("2.b", "Interkulturelle Personalentwicklung und Personalgewinnung")]
    assert agenda.set_level(store, items["5"], 1)  # Verabschiedung under Planungen
    assert _numbers(store, mid)[-2:] == [("4", "Planungen 2011/2012"), ("4.a", "Verabschiedung")]
    agenda.delete_item(store, items["1"])
    assert [n for n, _ in _numbers(store, mid)] == [
        "1", "1.a", "1.b", "2", "2.a", "2.b", "2.c", "3", "3.a"]
    # the resolution stays with its TOP, whatever its number now
    assert store.get("agenda_item", items["3.a"])["number"] == "1.a"
    assert store.get("resolution", muenster.resolution)["agenda_item_id"] == items["3.a"]


def test_moving_a_top_is_one_logged_action(store, muenster):
    before = _log(store)
    agenda.move(store, muenster.items["2.b"], -1)
    assert _log(store) - before == 2  # only the two swapped rows change
    assert [n for n, _ in _numbers(store, muenster.meeting)][:4] == ["1", "2", "2.a", "2.b"]
    assert _numbers(store, muenster.meeting)[2][1] == "Aktivitäten und Projekte aus den Handlungsfeldern"


def test_deleting_a_top_takes_its_resolutions_and_unlinks_tasks(store, muenster):
    agenda.delete_item(store, muenster.items["3.a"])
    assert store.get("resolution", muenster.resolution) is None
    assert store.get("task", muenster.tasks[0])["agenda_item_id"] is None


def test_empty_top_title_is_refused(store, muenster):
    _refused(store, "Titel für den TOP", lambda: agenda.add_item(store, muenster.meeting, "  "))


# -- resolutions ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, vote, yes, no, abstain, result, message", [
    ("Text", None, "3", "1", "1", None, "5 Stimmen .* nur 4 stimmberechtigte Mitglieder"),
    ("Text", None, "9", "", "", None, "9 Stimmen"),
    ("Text", None, "drei", "", "", None, "Ja: „drei“ ist keine Zahl"),
    ("", None, "", "", "", "noted", "Wortlaut des Beschlusses"),
    ("Text", "unanimous", "2", "1", "", None, "„einstimmig“ geht nicht bei 1 Nein-Stimme"),
    ("Text", None, "1", "2", "", "adopted", "nicht angenommen"),
    ("Text", "counts", "", "", "", None, "Bitte die Stimmen eintragen"),
])
def test_resolution_validation(store, muenster, text, vote, yes, no, abstain, result, message):
    item = muenster.items["3.a"]
    _refused(store, message, lambda: agenda.add_resolution(store, item, text, yes, no, abstain,
                                                           result, vote))


@pytest.mark.parametrize("vote, yes, no, abstain, result, stored", [
    (None, "4", "0", "0", None, ("counts", "adopted")),
    (None, "2", "1", "1", None, ("counts", "adopted")),
    (None, "1", "2", "", None, ("counts", "rejected")),
    (None, "", "", "", "noted", (None, "noted")),
    (None, "", "", "", "postponed", (None, "postponed")),
    (None, "", "", "", "referred", (None, "referred")),
    ("unanimous", "", "", "", None, ("unanimous", None)),  # nothing assumed beyond the vote
    ("unanimous", "", "", "", "adopted", ("unanimous", "adopted")),
    ("majority", "", "", "", "rejected", ("majority", "rejected")),
])
def test_resolution_results(store, muenster, vote, yes, no, abstain, result, stored):
    rid = agenda.add_resolution(store, muenster.items["2.a"], "Bericht", yes, no, abstain,
                                result, vote)
    row = store.get("resolution", rid)
    assert (row["vote"], row["result"], row["kind"]) == (*stored, "resolution")


def test_votes_follow_attendance(store, muenster):
    """With one member fewer present, four votes are one too many."""
    meetings.set_attendance(store, muenster.meeting, muenster.members["Herr Demir"], "excused")
    _refused(store, "nur 3 stimmberechtigte", lambda: agenda.update_block(
        store, muenster.resolution, NEWSLETTER, None, "3", "0", "1", None))


def test_demo_kreistag_meeting_has_its_resolution(demo_store):
    mid = demo_store.one("SELECT m.id FROM meeting m JOIN committee c ON c.id = m.committee_id "
                         "WHERE c.kind = 'Kreistag'")[0]
    view = load_meeting(demo_store, mid)
    assert view.head.committee_name == "Kreistag des Rhein-Kreises Neuss"
    assert (view.head.statutory, view.head.genitive, view.head.number) == (
        True, "des Kreistages des Rhein-Kreises Neuss", None)
    (item,) = view.agenda
    (resolution,) = item.resolutions
    assert (resolution.vote, resolution.result) == ("unanimous", "adopted")
    assert "Einrichtung einer Steuerungsgruppe Integration" in resolution.text


# -- tasks --------------------------------------------------------------------------------
def test_open_tasks_carry_over_to_the_next_meeting_until_done(store, muenster):
    meetings.set_state(store, muenster.meeting, "closed")
    second = _next_meeting(store, muenster)
    own = tasks.add_task(store, second, "Newsletter versenden", "Koordinierungsstelle", "Juni 2011")
    view = load_meeting(store, second)
    assert [(t.id, t.carried, t.status) for t in view.tasks] == [
        (own, False, "open"), (muenster.tasks[0], True, "open"), (muenster.tasks[1], True, "open")]
    # done in the second meeting: shown there as done, still open in the closed first protocol
    tasks.set_done(store, second, muenster.tasks[1], True)
    assert [t.status for t in load_meeting(store, second).tasks] == ["open", "open", "done"]
    first = {t.id: t for t in load_meeting(store, muenster.meeting).tasks}
    assert (first[muenster.tasks[1]].status, first[muenster.tasks[1]].done_later_in) == (
        "open", "der Sitzung vom 01.09.2011")
    assert load_meeting(store, second).tasks[1].origin == "der 1. Sitzung vom 03.05.2011"
    # a third meeting carries only what is still open
    third = _next_meeting(store, muenster, "01.12.2011")
    assert [t.id for t in load_meeting(store, third).tasks] == [muenster.tasks[0], own]


def test_a_carried_task_is_changed_only_where_it_was_set(store, muenster):
    second = _next_meeting(store, muenster)
    _refused(store, "stammt aus der 1. Sitzung", lambda: tasks.update_task(
        store, second, muenster.tasks[0], "anders", "", "", ""))
    _refused(store, "stammt aus der 1. Sitzung",
             lambda: tasks.delete_task(store, second, muenster.tasks[0]))


def test_a_task_done_in_a_closed_protocol_cannot_be_reopened_later(store, muenster):
    tasks.set_done(store, muenster.meeting, muenster.tasks[0], True)
    meetings.set_state(store, muenster.meeting, "closed")
    second = _next_meeting(store, muenster)
    _refused(store, "als erledigt festgehalten",
             lambda: tasks.set_done(store, second, muenster.tasks[0], False))


@pytest.mark.parametrize("what, due, top, message", [
    ("", "", "", "was zu tun ist"), ("Einladen", "irgendwann", "", "kein lesbares Datum"),
    ("Einladen", "", "7", "Einen TOP „7“ gibt es in dieser Sitzung nicht")])
def test_bad_tasks_are_refused(store, muenster, what, due, top, message):
    _refused(store, message, lambda: tasks.add_task(store, muenster.meeting, what, "", due, top))


def test_task_links_a_goal_or_a_measure(demo_store):
    cid = demo_store.one("SELECT id FROM committee WHERE name = 'Steuerungsgruppe Integration'")[0]
    mid = meetings.create_meeting(demo_store, cid, MeetingForm(date="15.03.2011"))
    tid = tasks.add_task(demo_store, mid, "Infoveranstaltungen planen", "Integrationsbüro")
    choices = dict(tasks.link_choices(demo_store))
    assert choices["goal:1"] == "Jahresziel 2011: Infoveranstaltung in jeder Kommune des " \
                                "Rhein-Kreises Neuss"
    tasks.link_task(demo_store, mid, tid, annual_goal_id=1)
    (task,) = load_meeting(demo_store, mid).tasks
    assert task.link == "Jahresziel: Infoveranstaltung in jeder Kommune des Rhein-Kreises Neuss"


# -- Termine --------------------------------------------------------------------------------
@pytest.mark.parametrize("date_text, what, message", [
    ("bald", "Fachtagung", "kein lesbares Datum"), ("", "Fachtagung", "Bitte ein Datum"),
    ("Herbst 2011", "", "was geplant ist")])
def test_bad_plan_items_are_refused(store, muenster, date_text, what, message):
    _refused(store, message, lambda: tasks.add_plan(store, muenster.meeting, date_text, what))


# -- the closed protocol --------------------------------------------------------------------------
def _every_edit(store, m):
    mid = m.meeting
    return {
        "header": lambda: meetings.update_meeting(store, mid, MeetingForm(date="04.05.2011")),
        "attendance": lambda: meetings.set_attendance(store, mid, m.members["Herr Berg"],
                                                      "present"),
        "guest": lambda: meetings.add_other(store, mid, "guest", "Gast"),
        "top": lambda: agenda.add_item(store, mid, "Verschiedenes"),
        "top edit": lambda: agenda.update_item(store, m.items["1"], "Begrüßung!", True, ""),
        "top move": lambda: agenda.move(store, m.items["2"], 1),
        "top delete": lambda: agenda.delete_item(store, m.items["5"]),
        "resolution": lambda: agenda.add_resolution(store, m.items["2.a"], "", "", "", "",
                                                    "noted"),
        "resolution edit": lambda: agenda.update_block(store, m.resolution, "x", None, "1"),
        "block": lambda: agenda.add_block(store, m.items["1"], "text", "Notiz"),
        "block move": lambda: agenda.move_block(store, m.resolution, 1),
        "block delete": lambda: agenda.delete_block(store, m.resolution),
        "task": lambda: tasks.add_task(store, mid, "Neu"),
        "task done": lambda: tasks.set_done(store, mid, m.tasks[0], True),
        "termin": lambda: tasks.add_plan(store, mid, "Herbst 2011", "Neu"),
        "delete": lambda: meetings.delete_meeting(store, mid),
    }


def test_closed_protocol_refuses_every_edit(store, muenster):
    meetings.set_state(store, muenster.meeting, "closed")
    for name, write in _every_edit(store, muenster).items():
        before = _log(store)
        with pytest.raises(UserError, match="Protokoll der 1. Sitzung vom 03.05.2011 ist "
                                            "abgeschlossen"):
            write()
        assert _log(store) == before, name


def test_reopening_is_logged_and_allows_edits_again(store, muenster):
    meetings.set_state(store, muenster.meeting, "closed")
    meetings.set_state(store, muenster.meeting, "held")
    old, new = store.one("SELECT old, new FROM change_log WHERE table_name = 'meeting' "
                         "ORDER BY id DESC LIMIT 1")
    assert (json.loads(old), json.loads(new)) == ({"state": "closed"}, {"state": "held"})
    agenda.add_item(store, muenster.meeting, "Verschiedenes")


@pytest.mark.parametrize("old, new, message", [
    ("planned", "closed", "zuerst als durchgeführt"), ("closed", "planned", "„geplant“ geht")])
def test_state_changes_that_skip_a_step_are_refused(store, muenster, old, new, message):
    store.update("meeting", muenster.meeting, {"state": old})
    _refused(store, message, lambda: meetings.set_state(store, muenster.meeting, new))


def test_delete_meeting_takes_its_rows_in_one_action(store, muenster):
    counts = meetings.meeting_contents(store, muenster.meeting)
    assert counts == {"agenda": 9, "resolutions": 1, "tasks": 2, "plans": 4, "attendance": 10}
    meetings.delete_meeting(store, muenster.meeting)
    for table in ("meeting", "agenda_item", "resolution", "task", "plan_item", "attendance"):
        assert store.one(f"SELECT count(*) FROM {table}")[0] == 0, table


def test_meetings_survive_dump_and_load(store, muenster):
    """JSON interchange carries every new row, the task's completion meeting included."""
    from steuerung.store.interchange import build_in_memory, dump

    second = _next_meeting(store, muenster)
    tasks.set_done(store, second, muenster.tasks[0], True)
    text = dump(store.conn)
    assert '"done_meeting_id": 2' in text
    again = build_in_memory(text)
    assert dump(again) == text


def test_attendance_of_someone_not_a_member_that_day_is_refused(store, muenster):
    person = committees.save_person(store, None, "Frau Später")
    late = committees.add_membership(store, muenster.committee, person, "member",
                                     start="01.01.2012")
    assert late not in [m.membership_id for m in load_meeting(store, muenster.meeting).members]
    _refused(store, "Frau Später war am Tag der Sitzung nicht Mitglied",
             lambda: meetings.set_attendance(store, muenster.meeting, late, "present"))
