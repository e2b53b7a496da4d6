"""A meeting shaped like seed 000 (Münster Koordinationskreis, 03.05.2011), built by store calls.

The members are invented (the seed says only "s. Anwesenheitsliste"); the
chair, the minute-takers, the guests, the TOPs, the Abstimmung and the
Planungen follow the seed.
"""

from __future__ import annotations

from dataclasses import dataclass

from steuerung.store import agenda, committees, meetings, tasks
from steuerung.store.repo import Store

COMMITTEE = "Koordinationskreis zur Umsetzung des Migrationsleitbildes"
MINUTES = "Doris Dužević, Angelika Sommer und Andrea Reckfort"
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
NEWSLETTER = "Der Koordinationskreis befürwortet die Erstellung eines Newsletters."
PLANS = [
    ("11.05.2011", "Fachtagung zur grenzüberschreitenden Umsetzungsarbeit Münster–Almelo"),
    ("Herbst 2011", "Tag der MigrantInnenselbstorganisationen"),
    ("Herbst 2011", "Fachveranstaltung zu „Interkulturelle Personalentwicklung und –gewinnung“"),
    ("Herbst 2012", "Termin für den Koordinationskreis 2012"),
]


@dataclass
class Muenster:
    committee: int
    meeting: int
    members: dict[str, int]  # name → membership id
    items: dict[str, int]  # number → agenda item id
    resolution: int
    tasks: list[int]


def build_muenster(store: Store) -> Muenster:
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
        date="03.05.2011", start="14:00", end="16:00",
        place="ESG (Ev. Studierendengemeinde), Breul 43, Münster",
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
    last_top = None
    for level, title in AGENDA:
        item = agenda.add_item(store, mid, title, under=last_top if level else None)
        if level == 0:
            last_top = item
    items = {r[0]: r[1] for r in store.rows(
        "SELECT number, id FROM agenda_item WHERE meeting_id = ?", (mid,))}
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
