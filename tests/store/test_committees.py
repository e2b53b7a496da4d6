"""Committees, seats, persons and memberships on real SQLite files."""

from __future__ import annotations

import pytest

from steuerung.domain.errors import UserError
from steuerung.store import committees as C
from steuerung.store.db import create_db, open_db
from steuerung.store.repo import Store
from tests.conftest import fixed_now


@pytest.fixture
def store(paths):
    store = Store(create_db(paths.sessions / "gremien.db"), fixed_now)
    store.insert("process", {"title": "Test"})
    yield store
    store.close()


def _log(store) -> int:
    return store.one("SELECT count(*) FROM change_log")[0]


def _refused(store, message, write):
    """The write is refused with a German message and nothing is written."""
    before = _log(store)
    with pytest.raises(UserError, match=message):
        write()
    assert _log(store) == before


def _person(store, name, org=""):
    return C.save_person(store, None, name, org)


@pytest.fixture
def group(store):
    """A small Steuerungsgruppe: Landrat (1 seat) and Bürgermeister (2 seats)."""
    cid = C.save_committee(store, None, "Steuerungsgruppe Integration", "Steuerungsgruppe", "")
    landrat = C.add_seat(store, cid, "Landrat oder Allgemeiner Vertreter", "1")
    mayors = C.add_seat(store, cid, "Bürgermeister der kreisangehörigen Kommunen", "2")
    return cid, landrat, mayors


# -- the demo's seat plan -------------------------------------------------------------------
def test_demo_steering_group_has_25_seats_in_10_rows(demo_store):
    cid = demo_store.one("SELECT id FROM committee WHERE name = 'Steuerungsgruppe Integration'")[0]
    committee = C.load_committee(demo_store, cid)
    assert len(committee.seats) == 10
    assert committee.total == 25
    assert committee.vacant == 25  # the seed names no persons yet
    assert [s.count for s in committee.seats] == [1, 8, 5, 1, 4, 2, 1, 1, 1, 1]
    assert len(committee.tasks) == 11


def test_seat_plan_total_follows_changes_and_survives_reopening(store, group, paths):
    cid, landrat, mayors = group
    C.add_seat(store, cid, "Vorsitzende der Kreistagsfraktionen", "5")
    C.update_seat(store, mayors, "Bürgermeister der kreisangehörigen Kommunen", "8")
    store.close()
    reopened = Store(open_db(paths.sessions / "gremien.db"), fixed_now)
    assert C.load_committee(reopened, cid).total == 14
    reopened.close()


@pytest.mark.parametrize("actor, count, message", [
    ("", "3", "Bitte den Akteur"), ("Landrat", "0", "mindestens einen Platz"),
    ("Landrat", "zwei", "keine Anzahl")])
def test_bad_seats_are_refused(store, group, actor, count, message):
    _refused(store, message, lambda: C.add_seat(store, group[0], actor, count))


def test_more_members_than_a_seat_allows_are_refused(store, group):
    cid, landrat, mayors = group
    C.add_membership(store, cid, _person(store, "Hans-Jürgen Petrauschke"), "chair", landrat)
    second = _person(store, "Anna Zweite")
    _refused(store, "hat einen Platz, und alle sind besetzt",
             lambda: C.add_membership(store, cid, second, "member", landrat))
    assert C.load_committee(store, cid).seats[0].vacant == 0


def test_an_ended_membership_frees_its_place(store, group):
    cid, landrat, _ = group
    C.add_membership(store, cid, _person(store, "Alt"), "member", landrat, end="31.12.2010")
    C.add_membership(store, cid, _person(store, "Neu"), "member", landrat, start="01.01.2011")
    third = _person(store, "Dritte")
    _refused(store, "alle sind besetzt", lambda: C.add_membership(
        store, cid, third, "member", landrat, start="01.06.2010"))


def test_seat_cannot_shrink_below_its_members(store, group):
    cid, _, mayors = group
    for name in ("A", "B"):
        C.add_membership(store, cid, _person(store, name), "member", mayors)
    _refused(store, "nicht auf 1 verkleinert",
             lambda: C.update_seat(store, mayors, "Bürgermeister", "1"))


def test_vacancies_are_counted_per_seat(store, group):
    cid, landrat, mayors = group
    C.add_membership(store, cid, _person(store, "B1"), "member", mayors)
    committee = C.load_committee(store, cid)
    assert [(s.occupied, s.vacant) for s in committee.seats] == [(0, 1), (1, 1)]
    assert committee.vacant == 2


def test_deputies_do_not_take_a_place(store, group):
    cid, landrat, _ = group
    chair = C.add_membership(store, cid, _person(store, "Landrat"), "chair", landrat)
    deputy = C.add_membership(store, cid, _person(store, "Kreisdirektor"), "deputy",
                              deputy_of=chair)
    seat = C.load_committee(store, cid).seats[0]
    assert seat.vacant == 0
    assert [d.id for d in seat.deputies] == [deputy]
    assert store.get("membership", deputy)["seat_id"] == landrat  # the member's seat


def test_a_person_on_two_seats_of_one_committee_is_refused(store, group):
    cid, landrat, mayors = group
    person = _person(store, "Erika Muster")
    C.add_membership(store, cid, person, "member", mayors)
    _refused(store, "sitzt in diesem Gremium schon auf dem Sitz „Bürgermeister",
             lambda: C.add_membership(store, cid, person, "member", landrat))
    _refused(store, "schon eingetragen",
             lambda: C.add_membership(store, cid, person, "member", mayors))


def test_the_same_person_may_sit_in_two_committees(store, group):
    cid, _, mayors = group
    person = _person(store, "Erika Muster")
    C.add_membership(store, cid, person, "member", mayors)
    other = C.save_committee(store, None, "Integrationskonferenz", "Integrationskonferenz", "")
    C.add_membership(store, other, person, "member")


def test_a_deputy_of_a_member_of_another_committee_is_refused(store, group):
    cid, landrat, _ = group
    other = C.save_committee(store, None, "Kerngruppe", "Kerngruppe", "")
    foreign = C.add_membership(store, other, _person(store, "Fremd"), "member")
    deputy = _person(store, "Vertretung")
    _refused(store, "nicht Mitglied dieses Gremiums",
             lambda: C.add_membership(store, cid, deputy, "deputy", deputy_of=foreign))


def test_deputy_of_needs_the_deputy_role(store, group):
    cid, landrat, mayors = group
    chair = C.add_membership(store, cid, _person(store, "Landrat"), "chair", landrat)
    x = _person(store, "X")
    _refused(store, "gilt nur für eine Stellvertretung", lambda: C.add_membership(
        store, cid, x, "member", mayors, deputy_of=chair))


def test_a_member_needs_a_seat_when_there_is_a_seat_plan(store, group):
    x = _person(store, "X")
    _refused(store, "bitte den Sitz wählen", lambda: C.add_membership(store, group[0], x,
                                                                        "member"))


@pytest.mark.parametrize("start, end, message", [
    ("01.02.2011", "31.01.2011", "nicht enden, bevor sie beginnt"),
    ("31.02.2011", "", "Beginn: Den 31.02.2011 gibt es nicht"),
    ("", "Ende 2011", "Ende: „Ende 2011“ ist kein genaues Datum")])
def test_bad_periods_are_refused(store, group, start, end, message):
    x = _person(store, "X")
    _refused(store, message, lambda: C.add_membership(
        store, group[0], x, "member", group[2], start=start, end=end))


@pytest.mark.parametrize("name, email, message", [
    ("", "", "Namen der Person"), ("A", "keine-adresse", "keine E-Mail-Adresse"),
    ("A", "a@b", "keine E-Mail-Adresse")])
def test_bad_persons_are_refused(store, name, email, message):
    _refused(store, message, lambda: C.save_person(store, None, name, "", "", email))


def test_the_same_person_twice_is_refused(store):
    C.save_person(store, None, "Andrea Reckfort", "Stadt Münster")
    _refused(store, "gibt es schon", lambda: C.save_person(store, None, "andrea reckfort",
                                                           "Stadt Münster"))
    C.save_person(store, None, "Andrea Reckfort", "Stadt Almelo")  # another person


@pytest.mark.parametrize("name, rule, message", [
    ("", "", "Namen für das Gremium"), ("Steuerungsgruppe Integration", "", "gibt es schon"),
    ("Neu", "die meisten", "keine lesbare Regel")])
def test_bad_committees_are_refused(store, group, name, rule, message):
    _refused(store, message, lambda: C.save_committee(store, None, name, "", rule))


def test_membership_update_checks_like_insert(store, group):
    cid, landrat, mayors = group
    a = C.add_membership(store, cid, _person(store, "A"), "member", mayors)
    b = C.add_membership(store, cid, _person(store, "B"), "member", mayors)
    C.update_membership(store, a, "chair", True, None, "", "")
    assert store.get("membership", a)["role"] == "chair"
    C.add_membership(store, cid, _person(store, "L"), "member", landrat)
    _refused(store, "alle sind besetzt",
             lambda: C.update_membership(store, b, "member", True, None, "", "", landrat))


def test_delete_membership_unlinks_deputies_and_attendance(store, group):
    from steuerung.store import meetings

    cid, landrat, _ = group
    chair = C.add_membership(store, cid, _person(store, "Landrat"), "chair", landrat)
    deputy = C.add_membership(store, cid, _person(store, "Vertreter"), "deputy", deputy_of=chair)
    mid = meetings.create_meeting(store, cid, meetings.MeetingForm(date="01.02.2011"))
    meetings.set_attendance(store, mid, chair, "present")
    assert C.membership_usage(store, chair) == {"attendance": 1, "deputies": 1, "closed": 0}
    C.delete_membership(store, chair)
    assert store.get("membership", deputy)["deputy_of"] is None
    assert store.one("SELECT count(*) FROM attendance")[0] == 0


def test_membership_in_a_closed_protocol_cannot_be_deleted(store, group):
    from steuerung.store import meetings

    cid, landrat, _ = group
    chair = C.add_membership(store, cid, _person(store, "Landrat"), "chair", landrat)
    mid = meetings.create_meeting(store, cid, meetings.MeetingForm(date="01.02.2011"))
    meetings.set_attendance(store, mid, chair, "present")
    meetings.set_state(store, mid, "held")
    meetings.set_state(store, mid, "closed")
    _refused(store, "abgeschlossenen Protokollen", lambda: C.delete_membership(store, chair))


def test_seat_with_members_cannot_be_deleted(store, group):
    cid, landrat, _ = group
    C.add_membership(store, cid, _person(store, "Landrat"), "chair", landrat)
    _refused(store, "noch 1 Mitgliedschaft", lambda: C.delete_seat(store, landrat))


def test_delete_committee_takes_everything_in_one_action(store, group):
    from steuerung.store import agenda, meetings

    cid, landrat, _ = group
    C.add_committee_task(store, cid, "Überprüfung der Zielerreichung")
    chair = C.add_membership(store, cid, _person(store, "Landrat"), "chair", landrat)
    mid = meetings.create_meeting(store, cid, meetings.MeetingForm(date="01.02.2011"))
    meetings.set_attendance(store, mid, chair, "present")
    agenda.add_item(store, mid, "Begrüßung")
    C.delete_committee(store, cid)
    for table in ("committee", "seat", "membership", "meeting", "agenda_item", "attendance",
                  "committee_task"):
        assert store.one(f"SELECT count(*) FROM {table}")[0] == 0, table
    assert store.one("SELECT count(*) FROM person")[0] == 1  # persons stay


def test_committee_tasks_keep_their_order(store, group):
    cid = group[0]
    a = C.add_committee_task(store, cid, "Informationsfluss sicher stellen")
    C.add_committee_task(store, cid, "Interkommunale Zusammenarbeit stärken")
    assert C.move_row(store, "committee_task", a, 1, "committee_id")
    assert [t[1] for t in C.load_committee(store, cid).tasks] == [
        "Interkommunale Zusammenarbeit stärken", "Informationsfluss sicher stellen"]
    assert not C.move_row(store, "committee_task", a, 1, "committee_id")
