"""Seed 000 (Münster Koordinationskreis, 03.05.2011), built by store calls.

:func:`build_muenster_example` builds the Münster example exactly as the
seed has it — every TOP, the notes as the seed writes them (in
``tests/data/muenster-2011-05-03/``, Markdown), the Abstimmung of 3.a, both
Ergebnis paragraphs, the three Termine under TOP 4, the three minute-takers
and the date of the minutes.  ``sessions/muenster.json`` is its dump
(tests/test_muenster_example.py keeps the two equal); to extend the example
(seeds 001/003), add store calls here and rewrite the file with
``STEUERUNG_UPDATE_GOLDEN=1 pytest tests/test_muenster_example.py``.

:func:`build_muenster` is the same meeting for tests that need more than the
seed: invented members (the seed says only "s. Anwesenheitsliste"), a counted
vote, tasks and more Termine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from steuerung.store import agenda, committees, meetings, tasks
from steuerung.store.repo import Store

SEED = Path(__file__).parent / "data" / "muenster-2011-05-03"
PROCESS = "Umsetzung des Migrationsleitbildes Münster"
COMMITTEE = "Koordinationskreis zur Umsetzung des Migrationsleitbildes"
MINUTES = "Doris Dužević, Angelika Sommer und Andrea Reckfort"
PLACE = "ESG (Ev. Studierendengemeine), Breul 43 in Münster"  # the seed's own spelling
AGENDA = [
    (0, "Begrüßung"),
    (0, "Aktueller Stand der Umsetzung des Migrationsleitbildes"),
    (1, "Berichtsvorlage 2010 und Jahresplanung 2011"),
    (1, "Aktivitäten und Projekte aus den Handlungsfeldern"),
    (0, "Themenorientierte Steuerung und Planung 2011/2012"),
    (1, "Informations- und Wissensmanagementsysteme"),
    (1, "Interkulturelle Personalentwicklung und Personalgewinnung"),
    (0, "Planungen 2011/2012"),
    (0, "Verabschiedung"),
]
#: The notes of each TOP as the seed writes them (files in SEED); TOP 2 and 4 have none.
NOTES = {"1": "1.md", "2.a": "2.a.md", "2.b": "2.b.md", "3.a": "3.a.md", "3.b": "3.b.md",
         "5": "5.md"}
#: The Termine under TOP 4, in the seed's order ("Sommer 2010" is the seed's, before the meeting).
SEED_PLANS = [
    ("Herbst 2011", "Fachveranstaltung zu „Interkulturelle Personalentwicklung und –gewinnung“"),
    ("Sommer 2010", "1. Monitoringbericht"),
    ("Herbst 2012", "Termin für den Koordinationskreis 2012"),
]
NEWSLETTER = "Der Koordinationskreis befürwortet die Erstellung eines Newsletters."
PLANS = [
    ("11.05.2011", "Fachtagung zur grenzüberschreitenden Umsetzungsarbeit Münster–Almelo"),
    ("Herbst 2011", "Tag der MigrantInnenselbstorganisationen"),
    ("Herbst 2011", "Fachveranstaltung zu „Interkulturelle Personalentwicklung und –gewinnung“"),
    ("Herbst 2012", "Termin für den Koordinationskreis 2012"),
]


def seed_text(name: str) -> str:
    return (SEED / name).read_text(encoding="utf-8").strip()


def _agenda(store: Store, meeting_id: int, notes: bool) -> dict[str, int]:
    last_top = None
    for level, title in AGENDA:
        item = agenda.add_item(store, meeting_id, title, under=last_top if level else None)
        if level == 0:
            last_top = item
    rows = store.rows("SELECT number, id, title FROM agenda_item WHERE meeting_id = ?",
                      (meeting_id,))
    if notes:
        for number, item_id, title in rows:
            if number in NOTES:
                agenda.update_item(store, item_id, title, True, seed_text(NOTES[number]))
    return {r[0]: r[1] for r in rows}


def build_seed_meeting(store: Store, committee_id: int) -> tuple[int, dict[str, int]]:
    """The meeting of 03.05.2011 with everything the seed records, in the seed's order."""
    mid = meetings.create_meeting(store, committee_id, meetings.MeetingForm(
        date="03.05.2011", start="14:00", end="16:00", place=PLACE, chair="Herr Köhnke",
        minute_taker=MINUTES, minutes_date="24.05.2011",
        attendance_note="s. Anwesenheitsliste"))
    items = _agenda(store, mid, notes=True)
    agenda.add_block(store, items["3.a"], "vote", seed_text("3.a-abstimmung.md"), "majority")
    agenda.add_block(store, items["3.a"], "text", seed_text("3.a-text.md"))
    agenda.add_block(store, items["3.a"], "result", seed_text("3.a-ergebnis.md"))
    agenda.add_block(store, items["3.b"], "result", seed_text("3.b-ergebnis.md"))
    for date_text, what in SEED_PLANS:
        tasks.add_plan(store, mid, date_text, what, "4")
    return mid, items


def build_muenster_example(store: Store) -> int:
    """The whole Münster example: the process, the Koordinationskreis and meeting 1 (closed)."""
    store.insert("process", {"title": PROCESS, "body": "Stadt Münster", "language": "de"})
    cid = committees.save_committee(store, None, COMMITTEE, "Koordinationskreis", "")
    mid, _ = build_seed_meeting(store, cid)
    meetings.set_state(store, mid, "held")
    meetings.set_state(store, mid, "closed")  # the seed's minutes are final (24.05.2011)
    return mid


@dataclass
class Muenster:
    committee: int
    meeting: int
    members: dict[str, int]  # name → membership id
    items: dict[str, int]  # number → agenda item id
    resolution: int
    tasks: list[int]


def build_muenster(store: Store) -> Muenster:
    """Seed 000's meeting with invented members, a counted vote, tasks and more Termine."""
    if store.one("SELECT 1 FROM process") is None:
        store.insert("process", {"title": "Migrationsleitbild Münster", "body": "Stadt Münster"})
    cid = committees.save_committee(store, None, COMMITTEE, "Koordinationskreis", "")
    people = [("Herr Köhnke", "Stadt Münster", "Sozialdezernent", "chair"),
              ("Frau Adam", "Amt für Schule und Weiterbildung", None, "member"),
              ("Herr Berg", "Wirtschaftsförderung Münster GmbH", None, "member"),
              ("Frau Celik", "Integrationsrat", "Vorsitzende", "member"),
              ("Herr Demir", "Netzwerk der MSO", None, "member")]
    members = {}
    for name, org, function, role in people:
        pid = committees.save_person(store, None, name, org or "", function or "")
        members[name] = committees.add_membership(store, cid, pid, role)
    engel = committees.save_person(store, None, "Frau Engel", "Integrationsrat")
    members["Frau Engel"] = committees.add_membership(store, cid, engel, "deputy",
                                                      deputy_of=members["Frau Celik"])
    mid = meetings.create_meeting(store, cid, meetings.MeetingForm(
        date="03.05.2011", start="14:00", end="16:00", place=PLACE, number="1",
        title="Umsetzung des Migrationsleitbildes", chair="Herr Köhnke", minute_taker=MINUTES))
    for name in ("Herr Köhnke", "Frau Adam", "Herr Demir"):
        meetings.set_attendance(store, mid, members[name], "present")
    meetings.set_attendance(store, mid, members["Herr Berg"], "excused")
    meetings.set_attendance(store, mid, members["Frau Celik"], "represented",
                            members["Frau Engel"])
    for name in ("Andrea Reckfort", "Doris Dužević", "Angelika Sommer"):
        meetings.add_other(store, mid, "administration", name)
    for name in ("Herr Naschert (citeq)", "Frau Vogel (KGST Köln)"):
        meetings.add_other(store, mid, "guest", name)
    items = _agenda(store, mid, notes=False)
    resolution = agenda.add_resolution(store, items["3.a"], NEWSLETTER, "3", "0", "1")
    task_ids = [
        tasks.add_task(store, mid, "Informationen zu Veranstaltungen und Projekten für den "
                       "Newsletter an die Koordinierungsstelle senden", "alle Mitglieder", "",
                       "3.a"),
        tasks.add_task(store, mid, "Zu einer Fachveranstaltung Interkulturelle "
                       "Personalentwicklung einladen",
                       "Koordinierungsstelle mit Personal- und Organisationsamt", "Herbst 2011",
                       "3.b"),
    ]
    for date_text, what in PLANS:
        tasks.add_plan(store, mid, date_text, what)
    meetings.set_state(store, mid, "held")
    return Muenster(cid, mid, members, items, resolution, task_ids)
