"""Pilot tests of the Gremien and Sitzung screens on real SQLite files."""

from __future__ import annotations

import re

import pytest
from textual import events

from steuerung.store.db import create_db
from steuerung.store.meetings import load_meeting
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.screens.committees import CommitteesScreen
from steuerung.tui.screens.forms import FormScreen
from steuerung.tui.screens.meeting import MeetingScreen
from tests.conftest import fixed_now
from tests.meeting_data import COMMITTEE, build_muenster


@pytest.fixture
def empty_store(paths):
    store = Store(create_db(paths.sessions / "muenster.db"), fixed_now)
    store.insert("process", {"title": "Migrationsleitbild Münster", "body": "Stadt Münster"})
    yield store
    store.close()


@pytest.fixture
def muenster_store(empty_store):
    build_muenster(empty_store)
    return empty_store


def _errors(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


def _lines(app) -> list[str]:
    return app.screen.query_one("#meeting-rows").plain_lines


def _text(app, selector: str) -> str:
    return str(app.screen.query_one(selector).content)


def _log(store) -> int:
    return store.one("SELECT count(*) FROM change_log")[0]


async def _keys(pilot, *keys: str) -> None:
    """Press keys; pause after each, as a person does after a key that opens a screen."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def _type(pilot, *fields: str) -> None:
    """Fill a form: each text, then Enter (Enter in the last text field saves).

    Short texts are typed key by key; long ones are pasted, as a clerk pastes
    titles from the invitation — each Pilot key press costs about 60 ms.
    """
    for text in fields:
        if len(text) > 12:
            pilot.app.focused.post_message(events.Paste(text))
            await pilot.pause()
        else:
            await pilot.press(*text)
        await pilot.press("enter")
        await pilot.pause()


async def _open_muenster_meeting(pilot, section: str = "2") -> None:
    await _keys(pilot, "g", "enter", "end", "enter", section)


# -- recording seed 000 by keys ------------------------------------------------------------------
async def test_record_the_muenster_meeting_by_keys(empty_store, paths):
    store = empty_store
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g")
        assert isinstance(app.screen, CommitteesScreen)
        await _keys(pilot, "n")
        await _type(pilot, COMMITTEE, "Koordinationskreis", "", "")  # genitive: by rule
        # four members and a deputy for the last of them
        for name, org in (("Herr Köhnke", "Stadt Münster"), ("Frau Adam", "Amt für Schule"),
                          ("Herr Berg", "Wirtschaftsförderung"),
                          ("Frau Celik", "Integrationsrat")):
            await _keys(pilot, "m", "enter")  # "Neue Person …"
            await _type(pilot, name, org, "", "")
            await _type(pilot, "", "")  # Mitglied seit / bis: empty, Enter saves
        await _keys(pilot, "v", "enter")
        await _type(pilot, "Frau Engel", "Integrationsrat", "", "")
        await _type(pilot, "", "")
        shown = app.screen.query_one("#committee-rows").plain_lines
        assert any("↳ Stellvertretung für Frau Celik: Frau Engel (Integrationsrat)" in line
                   for line in shown)
        # the meeting header; Enter in the last text field opens the Sitzung
        await _keys(pilot, "s")
        await _type(pilot, "03.05.2011", "14:00", "16:00", "ESG, Breul 43, Münster",
                    "Umsetzung des Migrationsleitbildes", "Herr Köhnke",
                    "Doris Dužević, Angelika Sommer und Andrea Reckfort", "", "", "")
        assert isinstance(app.screen, MeetingScreen)
        mid = app.screen.meeting_id
        assert "Mo, 03.05.2011 · 14:00–16:00 Uhr · ESG, Breul 43, Münster" not in _text(
            app, "#meeting-head")  # 03.05.2011 was a Tuesday
        assert "Di, 03.05.2011 · 14:00–16:00 Uhr · ESG, Breul 43, Münster" in _text(
            app, "#meeting-head")

        # Anwesenheit: present, present, excused, represented by the deputy
        await _keys(pilot, "1", "a", "down", "a", "down", "e", "down", "v", "enter")
        assert "Beschlussfähig: 3 von 4 stimmberechtigten Sitzen" in _text(app, "#quorum")
        await _keys(pilot, "w")
        await _type(pilot, "Andrea Reckfort")
        await _keys(pilot, "g")
        await _type(pilot, "Frau Vogel (KGST Köln)")
        lines = _lines(app)
        assert any(line.startswith("   Frau Celik (Integrationsrat)") and
                   line.endswith("vertreten durch Frau Engel") for line in lines)
        assert any(line.startswith("   Herr Berg") and line.endswith("entschuldigt")
                   for line in lines)

        # Tagesordnung: TOP 1, TOP 2 with 2.a and 2.b, TOP 3 with 3.a
        await _keys(pilot, "2", "n")
        await _type(pilot, "Begrüßung")
        await _keys(pilot, "n")
        await _type(pilot, "Aktueller Stand der Umsetzung des Migrationsleitbildes")
        await _keys(pilot, "u")
        await _type(pilot, "Berichtsvorlage 2010 und Jahresplanung 2011")
        await _keys(pilot, "u")
        await _type(pilot, "Aktivitäten und Projekte aus den Handlungsfeldern")
        await _keys(pilot, "n")
        await _type(pilot, "Themenorientierte Steuerung und Planung 2011/2012")
        await _keys(pilot, "u")
        await _type(pilot, "Informations- und Wissensmanagementsysteme")
        # the Abstimmung: 9 Ja is more than the 3 present or represented — refused, form stays
        await _keys(pilot, "b")
        before = _log(store)
        app.focused.post_message(events.Paste("Der Koordinationskreis befürwortet die "
                                              "Erstellung eines Newsletters."))
        await _keys(pilot, "tab", "tab")  # past "Abstimmung" to Ja
        await _type(pilot, "9", "0", "1")
        assert isinstance(app.screen, FormScreen)
        assert "10 Stimmen (Ja, Nein und Enthaltungen zusammen), aber es sind nur 3" in \
            _errors(app)[-1]
        assert _log(store) == before
        await _keys(pilot, "shift+tab", "shift+tab", "backspace", "2", "ctrl+s")
        assert isinstance(app.screen, MeetingScreen)

        # Aufgaben and Termine
        await _keys(pilot, "3", "n")
        await _type(pilot, "Zur Fachveranstaltung Interkulturelle Personalentwicklung einladen",
                    "Koordinierungsstelle", "Herbst 2011", "3.a")
        await _keys(pilot, "4", "n")
        await _type(pilot, "Herbst 2011", "Tag der MigrantInnenselbstorganisationen", "")
        await _keys(pilot, "n")
        await _type(pilot, "11.05.2011", "Fachtagung", "")
        plan_lines = _lines(app)
        await _keys(pilot, "2")
        agenda_lines = _lines(app)
        _check_the_stored_meeting(store, mid)

    # what the screen showed
    tops = [line for line in agenda_lines if line.lstrip().startswith(("TOP", "2.", "3."))]
    assert [line[:8].rstrip() for line in tops] == [
        "TOP 1", "TOP 2", "    2.a", "    2.b", "TOP 3", "    3.a"]
    assert tops[2] == "    2.a   Berichtsvorlage 2010 und Jahresplanung 2011"
    assert any("Beschluss: Der Koordinationskreis befürwortet" in line for line in agenda_lines)
    assert any("Abstimmung: 2 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung · Ergebnis: angenommen"
               in line for line in agenda_lines)
    assert plan_lines[0].startswith("Herbst 2011: Tag der MigrantInnenselbstorganisationen")
    assert plan_lines[0].endswith(" 30.11.2011")
    assert plan_lines[1].startswith("11.05.2011:  Fachtagung")


def _check_the_stored_meeting(store, mid) -> None:
    view = load_meeting(store, mid)
    assert (view.head.date, view.head.start_time, view.head.end_time, view.head.chair,
            view.head.number) == ("2011-05-03", "14:00", "16:00", "Herr Köhnke", None)
    assert view.head.genitive == "des Koordinationskreises zur Umsetzung des Migrationsleitbildes"
    assert store.one("SELECT genitive FROM committee")[0] is None  # the rule's, not stored
    assert [(i.number, i.title) for i in view.agenda] == [
        ("1", "Begrüßung"), ("2", "Aktueller Stand der Umsetzung des Migrationsleitbildes"),
        ("2.a", "Berichtsvorlage 2010 und Jahresplanung 2011"),
        ("2.b", "Aktivitäten und Projekte aus den Handlungsfeldern"),
        ("3", "Themenorientierte Steuerung und Planung 2011/2012"),
        ("3.a", "Informations- und Wissensmanagementsysteme")]
    (resolution,) = view.agenda[-1].resolutions
    assert (resolution.yes, resolution.no, resolution.abstain, resolution.result) == (
        2, 0, 1, "adopted")
    assert [(m.name, m.status, m.deputy_name) for m in view.members] == [
        ("Herr Köhnke", "present", None), ("Frau Adam", "present", None),
        ("Herr Berg", "excused", None), ("Frau Celik", "represented", "Frau Engel")]
    assert [(o.kind, o.name) for o in view.others] == [
        ("administration", "Andrea Reckfort"), ("guest", "Frau Vogel (KGST Köln)")]
    (task,) = view.tasks
    assert (task.who, task.due_text, task.agenda_number) == (
        "Koordinierungsstelle", "Herbst 2011", "3.a")
    assert store.get("task", task.id)["due"] == "2011-11-30"
    assert [(p.date_text, p.date, p.what) for p in view.plans] == [
        ("Herbst 2011", "2011-11-30", "Tag der MigrantInnenselbstorganisationen"),
        ("11.05.2011", "2011-05-11", "Fachtagung")]


# -- agenda moves by keys -------------------------------------------------------------------------
async def test_moving_a_top_renumbers_on_screen(muenster_store, paths):
    app = make_app(muenster_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_muenster_meeting(pilot)
        # cursor to TOP 3 (fifth row) and move it up past TOP 2 with its sub-items
        await _keys(pilot, "down", "down", "down", "down", "shift+up")
        lines = [line for line in _lines(app) if re.match(r"TOP \d|    \d\.[a-z] ", line)]
        assert lines[1].startswith("TOP 2   Themenorientierte Steuerung")
        assert lines[2].startswith("    2.a   Informations- und Wissensmanagementsysteme")
        assert lines[4].startswith("TOP 3   Aktueller Stand")
        assert app.screen.query_one("#meeting-rows").selected[0] == "item"
        # ">" makes the last TOP a sub-item of the one before
        await _keys(pilot, "end")
        await _keys(pilot, "greater_than_sign")
        numbers = [r[0] for r in muenster_store.rows(
            "SELECT number FROM agenda_item ORDER BY position")]
        assert numbers == ["1", "2", "2.a", "2.b", "3", "3.a", "3.b", "4", "4.a"]


async def test_deleting_a_top_asks_and_names_its_resolutions(muenster_store, paths):
    app = make_app(muenster_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_muenster_meeting(pilot)
        await _keys(pilot, *["down"] * 5, "delete")
        question = str(app.screen.query_one("#question").content)
        assert question == ("TOP 3.a „Informations- und Wissensmanagementsysteme“ löschen? "
                            "Es gehen mit: 1 Beschluss.")
        await _keys(pilot, "n")  # no: nothing deleted
        assert muenster_store.one("SELECT count(*) FROM resolution")[0] == 1
        await _keys(pilot, "delete", "j")
        assert muenster_store.one("SELECT count(*) FROM resolution")[0] == 0
        assert "3.a   Interkulturelle Personalentwicklung" in "\n".join(_lines(app))


# -- tasks carry over, seen on screen -------------------------------------------------------------
async def test_open_tasks_show_in_the_next_meeting(muenster_store, paths):
    app = make_app(muenster_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g", "s")
        await _type(pilot, "20.09.2011", "", "", "", "", "", "", "", "", "")
        assert isinstance(app.screen, MeetingScreen)
        await _keys(pilot, "3")
        lines = _lines(app)
        assert lines[0].startswith("  1. Informationen zu Veranstaltungen")
        assert "aus der 1. Sitzung" in "\n".join(lines)
        await _keys(pilot, "down", "space")  # the second one is done in this meeting
        done = [line for line in _lines(app) if line.startswith("  2. ")]
        assert done[0].endswith("erledigt")
        task = muenster_store.one("SELECT status, done_meeting_id FROM task "
                                  "WHERE what LIKE 'Zu %'")
        assert tuple(task) == ("done", app.screen.meeting_id)


# -- bad input --------------------------------------------------------------------------------
async def test_meeting_end_before_start_is_refused_in_the_form(muenster_store, paths):
    app = make_app(muenster_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g", "s")
        before = _log(muenster_store)
        await _type(pilot, "20.09.2011", "16:00", "14:00", "", "", "", "", "", "", "")
        assert isinstance(app.screen, FormScreen)  # still open, nothing lost
        assert "Die Sitzung kann nicht um 14:00 Uhr enden, wenn sie um 16:00 Uhr beginnt" in \
            _errors(app)[-1]
        assert _log(muenster_store) == before
        assert app.screen.values()["end"] == "14:00"


async def test_closed_protocol_refuses_edits_until_reopened(muenster_store, paths):
    app = make_app(muenster_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_muenster_meeting(pilot)
        await _keys(pilot, "c")
        assert "abschließen?" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "j")
        assert "Protokoll abgeschlossen – nur lesen" in _text(app, "#meeting-head")
        before = _log(muenster_store)
        for key in ("n", "b", "enter", "delete", "k"):
            await _keys(pilot, key)
            assert isinstance(app.screen, MeetingScreen), key  # no form opened
            assert "ist abgeschlossen und kann nicht geändert werden" in _errors(app)[-1]
        await _keys(pilot, "1", "a")
        assert "ist abgeschlossen" in _errors(app)[-1]
        assert _log(muenster_store) == before
        await _keys(pilot, "c")
        assert "wieder öffnen?" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "j")
        assert "nur lesen" not in _text(app, "#meeting-head")
        row = muenster_store.one("SELECT old, new FROM change_log WHERE table_name = 'meeting' "
                                 "ORDER BY id DESC LIMIT 1")
        assert tuple(row) == ('{"state": "closed"}', '{"state": "held"}')


async def test_person_on_a_second_seat_is_refused_by_keys(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g", "enter", "m", "enter")  # Landrat seat, new person
        await _type(pilot, "Hans-Jürgen Petrauschke", "Rhein-Kreis Neuss", "Landrat", "")
        await _type(pilot, "", "")
        assert "Hans-Jürgen Petrauschke" in "\n".join(
            app.screen.query_one("#committee-rows").plain_lines)
        # the same person on the Bürgermeister seat: chosen from the list, refused
        await _keys(pilot, "down", "down", "m", "down", "enter")
        before = _log(demo_store)
        await _type(pilot, "", "")
        assert "sitzt in diesem Gremium schon auf dem Sitz „Landrat" in _errors(app)[-1]
        assert _log(demo_store) == before
        await _keys(pilot, "escape")
        # the Landrat seat is full now
        await _keys(pilot, "home", "m")
        assert "hat einen Platz, und alle sind besetzt" in _errors(app)[-1]


async def test_demo_shows_25_seats_and_the_kreistag_resolution(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g")
        lines = app.screen.query_one("#committee-rows").plain_lines
        seat_rows = [r for r in app.screen.query_one("#committee-rows").rows
                     if r.key and r.key[0] == "seat"]
        assert len(seat_rows) == 10
        total = next(line for line in lines if line.strip().startswith("gesamt"))
        assert total.split() == ["gesamt", "25", "0", "25"]
        await _keys(pilot, "down", "enter", "end", "enter")  # the Kreistag, its meeting
        assert isinstance(app.screen, MeetingScreen)
        text = "\n".join(_lines(app))
        assert "TOP 1   Bericht vom Integrationsworkshop" in text
        assert "Beschluss: Der Kreistag begrüßt und unterstützt" in text
        assert "Abstimmung: einstimmig · Ergebnis: angenommen" in text
        await _keys(pilot, "escape")
        assert isinstance(app.screen, CommitteesScreen)
        await _keys(pilot, "escape")
        assert type(app.screen).__name__ == "OverviewScreen"
