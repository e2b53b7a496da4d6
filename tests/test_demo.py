"""The committed demo process (Rhein-Kreis Neuss seed) loads and says what the seed says.

Expected values are copied literally from the seed document, so that a change to the
JSON that drifts from the source fails here.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from steuerung.store.interchange import build_in_memory, dump

DEMO = Path(__file__).parent.parent / "sessions" / "rhein-kreis-neuss.json"

LEITZIELE = {
    "Bildung": [
        "Qualifizierte Schulabschlüsse für alle Kinder und Jugendliche",
        "Alle Eltern kennen und verstehen das deutsche Bildungssystem.",
        "Alle Schüler glauben an die Möglichkeit einer positiven/erfolgreichen Schullaufbahn.",
    ],
    "Arbeit": [
        "Vollbeschäftigung – mindestens: Die Arbeitslosenquote der Migranten entspricht der "
        "Arbeitslosenquote des Bevölkerungsdurchschnittes.",
        "Der Rhein-Kreis Neuss ist Anziehungspunkt für internationale Fachkräfte.",
        "Der Rhein-Kreis Neuss ist und bleibt ein leistungsstarker Wirtschaftsstandort.",
    ],
    "Sprache": [
        "Jeder Zuwanderer lernt Deutsch.",
        "Die Erstsprachen werden gefördert.",
        "Auch für Flüchtlinge wird die Möglichkeit zum Erwerb der deutschen Sprache geschaffen.",
    ],
    "Interkulturelle Öffnung": [
        "Die Mitarbeiterstruktur spiegelt die gesellschaftliche Wirklichkeit wieder.",
        "Wir schaffen eine Willkommenkultur.",
        "Es findet ein Perspektivwechsel statt, d.h. wir öffnen uns der Interkulturalität.",
    ],
}

SEATS = [
    ("Landrat oder Allgemeiner Vertreter", 1),
    ("Bürgermeister der kreisangehörigen Kommunen oder deren Vertreter", 8),
    ("Vorsitzende der Kreistagsfraktionen bzw. deren Vertreter", 5),
    ("Vorsitzender des Sozial- und Gesundheitsausschusses bzw. dessen Vertreter", 1),
    ("Vorsitzende der Integrationsräte im Rhein-Kreis Neuss bzw. deren Vertreter", 4),
    ("Leiter der Integrationsbüros Neuss und Dormagen bzw. deren Vertreter", 2),
    ("Vorsitzender der Arbeitsgemeinschaft der Freien Wohlfahrtsverbände im RKN bzw. "
     "dessen Vertreter", 1),
    ("Sprecher des Arbeitskreises Integration bzw. dessen Vertreter", 1),
    ("Leiterin der ARGE/des Jobcenters bzw. deren Vertreter", 1),
    ("Amtsleiter 50 bzw. dessen Vertreter", 1),
]

COMMITTEE_TASKS = [
    "Informationsfluss sicher stellen",
    "Interkommunale Zusammenarbeit stärken",
    "Überwachung der Umsetzung der Jahresziele",
    "Unterstützung bei der Umsetzung",
    "Überprüfung der Zielerreichung",
    "Vorbereitung des Integrationsgipfels in 2012",
    "Ergebnisse des Workshops weiterführen",
    "Koordinierung mit Städten und Gemeinden",
    "Identifizierung möglicher Akteure",
    "Herausgabe eines Integrationsberichtes mit Zielgruppenbeschreibung unter Nutzung der "
    "Geodaten",
    "Steuerungsgruppe ist Motor für Handlungsfelder",
]

RECOMMENDATIONS = [
    "Strategie und Konzept entwickeln",
    "Integration als Querschnittsaufgabe verankern",
    "politische Verbindlichkeit herstellen",
    "Partizipation sicherstellen und bürgerschaftliches Engagement aktivieren",
    "Netzwerke aufbauen",
    "auf Stadtteilebene planen (hier: auf Kreisebene)",
    "Handlungsfelder bearbeiten: Bildung und Sprache, Beschäftigung und Dialog",
    "Arbeitgeber Kommune: Die interkulturelle Öffnung der Verwaltung vorantreiben",
    "Dienstleister Kommune: Zugangsbarrieren abbauen",
    "Erfolg messen: Evaluation und Controlling",
]

RESOLUTION = (
    "Der Kreistag begrüßt und unterstützt die Durchführung eines Integrationsgipfels im Jahre "
    "2012. Der Kreistag stimmt einstimmig der Einrichtung einer Steuerungsgruppe Integration "
    "in der vorgeschlagenen Zusammensetzung zu."
)


@pytest.fixture(scope="module")
def conn() -> sqlite3.Connection:
    return build_in_memory(DEMO.read_text(encoding="utf-8"))


def rows(conn: sqlite3.Connection, sql: str, *args) -> list[tuple]:
    return conn.execute(sql, args).fetchall()


def test_file_is_canonical(conn):
    assert dump(conn) == DEMO.read_text(encoding="utf-8")


def test_process(conn):
    assert rows(conn, "SELECT id, title, body, language, created FROM process") == [
        (1, "Integration im Rhein-Kreis Neuss", "Rhein-Kreis Neuss", "de", "2010-09-20")]


def test_topics_and_tallies_in_entry_order(conn):
    got = rows(conn, """SELECT t.name, SUM(d.delta), f.name FROM topic t
                        JOIN dot d ON d.topic_id = t.id LEFT JOIN field f ON f.id = t.field_id
                        GROUP BY t.id ORDER BY t.position""")
    assert got == [
        ("Bildung", 30, "Bildung"),
        ("Arbeit", 17, "Arbeit"),
        ("Sprache", 15, "Sprache"),
        ("Partizipation", 15, None),
        ("Interkulturelle Öffnung", 14, "Interkulturelle Öffnung"),
        ("Willkommenskultur", 14, None),
    ]
    assert rows(conn, "SELECT COUNT(*) FROM dot WHERE participant_id IS NOT NULL") == [(0,)]


def test_vote_has_four_workshop_dates(conn):
    ((title, dates, state),) = rows(conn, "SELECT title, dates, state FROM dot_vote")
    assert title == "Themenprioritäten Integrationsworkshop"
    assert dates.split(",") == ["2010-09-20", "2010-11-05", "2010-11-06", "2011-04-05"]
    assert state == "closed"


def test_fields_in_order(conn):
    assert rows(conn, "SELECT number, name, phase FROM field ORDER BY position") == [
        (1, "Bildung", "goals"), (2, "Arbeit", "goals"), (3, "Sprache", "goals"),
        (4, "Interkulturelle Öffnung", "goals")]


def test_every_leitziel_text(conn):
    got: dict[str, list[str]] = {}
    for field, number, text in rows(conn, """SELECT f.name, g.number, g.text FROM guiding_goal g
                                             JOIN field f ON f.id = g.field_id
                                             ORDER BY f.position, g.position"""):
        got.setdefault(field, []).append(text)
        assert number == len(got[field])
    assert got == LEITZIELE
    assert sum(len(v) for v in got.values()) == 12


@pytest.mark.parametrize(("field", "annual", "indicators", "measures"), [
    ("Bildung", 4, 1, 1),
    ("Arbeit", 3, 3, 12),
    ("Sprache", 7, 5, 2),
    ("Interkulturelle Öffnung", 4, 3, 6),
])
def test_counts_per_field(conn, field, annual, indicators, measures):
    base = """FROM field f JOIN guiding_goal g ON g.field_id = f.id
              JOIN annual_goal a ON a.guiding_goal_id = g.id"""
    assert rows(conn, f"SELECT COUNT(*) {base} WHERE f.name = ?", field) == [(annual,)]
    assert rows(conn, f"SELECT COUNT(*) {base} JOIN indicator i ON i.annual_goal_id = a.id "
                      "WHERE f.name = ?", field) == [(indicators,)]
    assert rows(conn, f"SELECT COUNT(*) {base} JOIN measure m ON m.annual_goal_id = a.id "
                      "WHERE f.name = ?", field) == [(measures,)]


def test_annual_goals_are_2011_and_planned_measures(conn):
    assert rows(conn, "SELECT DISTINCT year FROM annual_goal") == [(2011,)]
    assert rows(conn, "SELECT DISTINCT status FROM measure") == [("planned",)]


def test_indicators_serve_the_jahresziele_the_seed_lists(conn):
    """An indicator has one home Jahresziel and may serve others too (issue 13)."""
    served = rows(conn, """SELECT i.name, a.text, 'home' FROM indicator i
                           JOIN annual_goal a ON a.id = i.annual_goal_id WHERE i.id IN (9, 12)
                           UNION ALL
                           SELECT i.name, a.text, 'link' FROM indicator_link l
                           JOIN indicator i ON i.id = l.indicator_id
                           JOIN annual_goal a ON a.id = l.annual_goal_id ORDER BY 1, 3""")
    assert served == [
        ("Anzahl der Mütter mit U 3- Kindern steigt in den Integrationskursen",
         "Einrichtung niederschwelliger Kurse für bestimmte Zielgruppen", "home"),
        ("Anzahl der Mütter mit U 3- Kindern steigt in den Integrationskursen",
         "Kinderbetreuung für Teilnehmer an den Integrationskursen sichern", "link"),
        ("je 10 % der Mitarbeiter mit Publikumskontakt werden geschult",
         "Fortbildung in interkultureller Kompetenz", "home"),
        ("je 10 % der Mitarbeiter mit Publikumskontakt werden geschult",
         "Fortbildung (Weiterbildung) von Mitarbeitern in Fremdsprachen", "link"),
    ]


def _leitziel_lists(conn, table: str, column: str, guiding_id: int) -> list[str]:
    """A Leitziel's indicators or measures in document order: Jahresziel by Jahresziel."""
    return [r[0] for r in rows(conn, f"""SELECT x.{column} FROM {table} x
        JOIN annual_goal a ON a.id = x.annual_goal_id WHERE a.guiding_goal_id = ?
        ORDER BY a.position, x.position""", guiding_id)]


def test_leitziel_lists_keep_the_seeds_order(conn):
    assert _leitziel_lists(conn, "indicator", "name", 9) == [
        "Anzahl der Mütter mit U 3- Kindern steigt in den Integrationskursen",
        "im gesamten Kreisgebiet werden mindestens drei niederschwellige Kurse angeboten",
        "Anzahl der Flüchtlinge steigt in den Integrationskursen"]
    measures = _leitziel_lists(conn, "measure", "text", 12)
    assert [m.split()[0] for m in measures] == [
        "Bestandserhebung", "Personal", "Rechtssicherheit", "Bereitschaft", "nicht",
        "Migrantenförderplan"]


def test_milestones_and_deadlines(conn):
    got = rows(conn, "SELECT name, kind, deadline_text, deadline FROM indicator "
                     "WHERE deadline IS NOT NULL ORDER BY id")
    assert got == [
        ("Konzeptentwicklung incl. bedarfsgerechter Förderung bis 30.06.2011", "milestone",
         "30.06.2011", "2011-06-30"),
        ("Im gesamten Kreisgebiet werden bis Ende 2011 mindestens 10 Infoveranstaltungen in "
         "Vereinen,... durchgeführt", "quantitative", "Ende 2011", "2011-12-31"),
        ("Daten liegen bis Dezember 2011 vor", "milestone", "Dezember 2011", "2011-12-31"),
        ("Abschluss der Betriebsvereinbarung liegt bis Dezember 2011 vor", "milestone",
         "Dezember 2011", "2011-12-31"),
    ]
    milestones = {r[0] for r in rows(conn, "SELECT name FROM indicator WHERE kind = 'milestone'")}
    assert {"RAA ist installiert", "alle Schulen halten eine Infoveranstaltung"} <= milestones


def test_continuation_line_joined_to_its_measure(conn):
    (text,) = [r[0] for r in rows(conn, "SELECT text FROM measure WHERE text LIKE 'nicht nur%'")]
    assert text.endswith("Politik)\nevtl. auch Empfänger öffentlicher Mittel wie Verbände und "
                         "Eigenbetriebe/Tochterbetriebe einbeziehen")
    assert rows(conn, "SELECT COUNT(*) FROM measure WHERE text LIKE 'evtl.%'") == [(0,)]


def test_considerations(conn):
    bildung = [r[0] for r in rows(conn, """SELECT c.text FROM consideration c
        JOIN annual_goal a ON a.id = c.annual_goal_id
        WHERE a.text LIKE 'schülergerechte%' ORDER BY c.position""")]
    assert len(bildung) == 13
    assert bildung[0] == "„Info-Team“"
    assert bildung[-1] == "Übersicht über die Beratungsmöglichkeiten"
    arbeit = rows(conn, """SELECT a.effect, count(c.id) FROM annual_goal a
        LEFT JOIN consideration c ON c.annual_goal_id = a.id WHERE a.text LIKE 'Steigerung%'""")
    # The intended effect of the Arbeit Leitziel 1 measures, not a Hinweis zur Umsetzung.
    assert arbeit == [("Durch die Maßnahmen soll die Situation für Migranten in Pflegeheimen "
                       "und in der ambulanten Pflege verbessert werden.", 0)]
    assert rows(conn, "SELECT count(*) FROM annual_goal WHERE effect IS NOT NULL") == [(1,)]
    assert rows(conn, "SELECT COUNT(*) FROM consideration WHERE field_id IS NOT NULL") == [(0,)]


def test_steering_group_seats_total_25(conn):
    got = rows(conn, """SELECT s.actor, s.count FROM seat s JOIN committee c ON c.id = s.committee_id
                        WHERE c.name = 'Steuerungsgruppe Integration' ORDER BY s.position""")
    assert got == SEATS
    assert sum(count for _, count in got) == 25
    assert rows(conn, "SELECT COUNT(*) FROM seat") == [(10,)]


def test_committee_tasks(conn):
    got = [r[0] for r in rows(conn, "SELECT text FROM committee_task WHERE committee_id = 1 "
                                    "ORDER BY position")]
    assert got == COMMITTEE_TASKS


def test_kreistag_meeting_and_resolution(conn):
    """Seed 004: "erfolgte am 08.12.2010 ein Bericht im Kreistag" — the wording, einstimmig.

    Nothing else is invented: no number, no title, no chair, no attendance.
    """
    got = rows(conn, """SELECT c.name, c.kind, m.date, m.number, m.title, m.chair, m.state,
                               a.title, r.kind, r.text, r.vote, r.result
                        FROM meeting m JOIN committee c ON c.id = m.committee_id
                        JOIN agenda_item a ON a.meeting_id = m.id
                        JOIN resolution r ON r.agenda_item_id = a.id""")
    assert got == [("Kreistag des Rhein-Kreises Neuss", "Kreistag", "2010-12-08", None, None,
                    None, "closed", "Bericht vom Integrationsworkshop", "resolution",
                    RESOLUTION, "unanimous", "adopted")]
    assert rows(conn, "SELECT count(*) FROM attendance") == [(0,)]


def test_recommendations(conn):
    got = rows(conn, "SELECT position, text FROM recommendation ORDER BY position")
    assert got == list(enumerate(RECOMMENDATIONS, 1))


def test_no_vision_and_no_people(conn):
    for table in ("vision", "person", "membership", "attendance", "task", "plan_item"):
        assert rows(conn, f"SELECT COUNT(*) FROM {table}") == [(0,)], table


RESEAL = ("python -c \"import pathlib, steuerung.labels as L, steuerung.store.interchange as i; "
          "[p.write_text(i.reseal(p.read_text(), L.DEMO_AUTHOR)) "
          "for p in pathlib.Path('sessions').glob('*.json')]\"")


def test_the_log_is_one_bestand_that_accounts_for_every_row(conn):
    """The Beispiel's log adopts every row, so ``check`` finds the demo in order.

    After editing the JSON's data by hand the Bestand no longer fits; renew it with
    the command in the message (it replaces the log by one Bestand row).
    """
    from steuerung.store.audit import outside_changes, verify_chain

    assert rows(conn, "SELECT action, author, at FROM change_log") == [
        ("baseline", "Beispieldaten", "2010-09-20T00:00:00")]
    assert verify_chain(conn) == [] and outside_changes(conn) == [], RESEAL


def test_example_values_are_marked(conn):
    readings = rows(conn, "SELECT date, value, note FROM reading ORDER BY id")
    assert readings[:2] == [("2011-06-30", 4.0, "Beispielwert"), ("2011-06-30", 3.0, "Beispielwert")]
    assert len(readings) == 10 and {note for _, _, note in readings} == {"Beispielwert"}
    with_baseline = rows(conn, "SELECT name, baseline_value, target_value, note FROM indicator "
                               "WHERE baseline_value IS NOT NULL ORDER BY id")
    assert [(b, t) for _, b, t, _ in with_baseline] == [(0.0, 10.0), (0.0, 3.0), (0.0, 10.0)]
    for name, _, target, note in with_baseline:
        # "mindestens drei Kurse" is counted (DESIGN §4: quantitative from 0), not an example value
        assert ("gezählt ab 0" if target == 3.0 else "Beispielwert") in note, name
    assert rows(conn, "SELECT count(*) FROM indicator WHERE kind = 'milestone' AND "
                      "(baseline_value IS NOT NULL OR target_value IS NOT NULL)") == [(0,)]
    notes = rows(conn, "SELECT text FROM status_note")
    assert notes and all(text.startswith("Beispiel:") for (text,) in notes)
    assert [label for (label,) in rows(conn, "SELECT label FROM review ORDER BY stichtag")] == [
        "Stand 30.06.2011 (Beispiel)", "Stand 31.12.2011 (Beispiel)"]
    assert rows(conn, "SELECT COUNT(*) FROM reading WHERE note NOT LIKE '%Beispielwert%' "
                      "OR note IS NULL") == [(0,)]
    x_percent = rows(conn, "SELECT target_value FROM indicator "
                           "WHERE name = 'statistischer Wert (Steigerung um X %)'")
    assert x_percent == [(None,)]


def test_outline_of_the_workshop_documentation(conn):
    """The moderator's outline: generated parts and Sections in the seed's order."""
    got = rows(conn, """SELECT p.part, coalesce(f.name, c.name, p.title, substr(p.text, 1, 20)),
                               p.included FROM document_part p
                        LEFT JOIN field f ON f.id = p.field_id
                        LEFT JOIN committee c ON c.id = p.committee_id
                        WHERE p.document = 'workshop' ORDER BY p.position""")
    assert [(part, name) for part, name, _ in got] == [
        ("head", "Informationen zum vorläufigen Ergebnis des bisherigen Integrationsworkshops am "
                 "20.09.2010, 05.11.2010, 06.11.2010 und 05.04.2011"),
        ("section", "Es handelt sich im F"), ("vision", None), ("priorities", ""),
        ("section", "Raus aus der „Nische“ – Integrationspolitik strategisch steuern!"),
        ("cycle", ""), ("phases", None), ("section", "**Zielorientierung v"),
        ("field", "Bildung"), ("field", "Arbeit"), ("field", "Sprache"),
        ("field", "Interkulturelle Öffnung"),
        ("section", "Ergebnisse aus der Arbeitsgruppe Prozess-Steuerung"),
        ("section", "Einschätzungen zum bisherigen Ergebnis"),
        ("recommendations", "10 Handlungsempfehlungen für die kommunale Integrationspolitik"),
        ("section", "Nach Bericht vom Int"), ("resolutions", ""), ("section", "\\* Anmerkung der Ges"),
        ("seats", "Steuerungsgruppe Integration"), ("section", "Bei Sitzungen der St"),
        ("tasks", "Steuerungsgruppe Integration"), ("section", "Herr Dr. Kösters füh")]
    assert [part for part, _, included in got if not included] == ["phases"]


def test_working_group_proposals_add_up_to_35(conn):
    (text,) = rows(conn, "SELECT text FROM document_part WHERE title = ?",
                   "Ergebnisse aus der Arbeitsgruppe Prozess-Steuerung")[0]
    proposals = text.split("(in Klammern: Anzahl der Personen):")[1].split("Es ergibt sich")[0]
    assert sum(int(n) for n in re.findall(r"\((\d+)", proposals)) == 35
    assert "mindestens 35 Personen" in text and "viel zu hoch" in text
