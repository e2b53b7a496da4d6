"""The Münster example (``steuerung demo --beispiel muenster``): seed 000 as meeting 1.

``sessions/muenster.json`` holds the meeting :func:`tests.meeting_data.build_muenster_example`
builds (its other tables — the monitoring of seeds 001/003 — are kept as the
file has them); the Protokoll holds every element of the seed in the seed's
order.  Expected strings are copied literally from seed 000.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from steuerung import labels as L
from steuerung.cli import main
from steuerung.export.html import to_html
from steuerung.store.audit import outside_changes, verify_chain
from steuerung.store.db import create_db
from steuerung.store.interchange import build_in_memory, dump, reseal
from steuerung.store.repo import Store
from tests.export import headings, parser
from tests.meeting_data import COMMITTEE, SEED, build_muenster_example

EXAMPLE = Path(__file__).parent.parent / "sessions" / "muenster.json"
GOLDEN = Path(__file__).parent / "export" / "golden" / "minutes-muenster.md"

#: Seed 000 from top to bottom: what the Protokoll must say, in this order.
SEED_ORDER = [
    "Protokoll der Sitzung des Koordinationskreises zur Umsetzung des Migrationsleitbildes "
    "vom 03. Mai 2011",
    "14:00 bis 16:00 Uhr", "ESG (Ev. Studierendengemeine), Breul 43 in Münster",
    "Doris Dužević, Angelika Sommer und Andrea Reckfort", "24.05.2011",
    "Teilnehmende: s. Anwesenheitsliste",
    "TOP 1 Begrüßung", "Herr Köhnke eröffnet die Sitzung des Koordinationskreises",
    "TOP 2 Aktueller Stand der Umsetzung des Migrationsleitbildes",
    "2.a Berichtsvorlage 2010 und Jahresplanung 2011", "Frau Reckfort wies kurz auf den Masterplan",
    "2.b Aktivitäten und Projekte aus den Handlungsfeldern",
    "Im Handlungsfeld *Sprache und Bildung* findet",
    "1. Die Vernetzung in Form eines Unternehmer/innen-Treffs",
    "2. Eine Veranstaltungsreihe zur Professionalisierung",
    "3. Ein „Migrantisches Branchenbuch mit Erfolgsgeschichten“",
    "wurde die Umsetzung des MLB auch im AK Wohnen (05.04.2011) thematisiert.",
    "TOP 3 Themenorientierte Steuerung und Planung 2011/2012",
    "3.a Informations- und Wissensmanagementsysteme",
    "- Wer kann erreicht und welche Inhalte können transportiert werden?",
    "- Wie hoch ist der technische und administrative Aufwand?",
    "der die URL der Website kennt oder diese finden kann.",
    "**Abstimmung:** Eine Abstimmung ergab, dass der Koordinationskreis die Erstellung eines "
    "Newsletters mehrheitlich befürwortet.",
    "Die Agenda könnte wie folgt aussehen:", "1. Neues in Münster",
    "6. Nachrichten aus aller Welt",
    "**Ergebnis:**\n\nAlle Mitglieder des Koordinationskreises werden künftig",
    "3.b Interkulturelle Personalentwicklung und Personalgewinnung",
    "- Von wem können wir lernen?",
    "**Ergebnis:**\n\nIn der anschließenden Diskussion wurde von Seiten der öff. Träger",
    "TOP 4 Planungen 2011/2012",
    "- Herbst 2011: Fachveranstaltung zu „Interkulturelle Personalentwicklung und –gewinnung“",
    "- Sommer 2010: 1. Monitoringbericht",
    "- Herbst 2012: Termin für den Koordinationskreis 2012",
    "TOP 5 Verabschiedung", "Herr Köhnke bedankte sich für die heutige Mitarbeit",
    "Für das Protokoll:", "Doris Dužević, Angelika Sommer und Andrea Reckfort",
]


#: The tables the meeting lives in; the example's other tables (the monitoring of seeds
#: 001/003, the process row) are not the builder's and are left as the file has them.
MEETING_TABLES = ("committee", "committee_task", "seat", "person", "membership", "meeting",
                  "attendance", "agenda_item", "resolution", "task", "plan_item")


def _built(tmp_path: Path) -> sqlite3.Connection:
    store = Store(create_db(tmp_path / "muenster.db"), lambda: datetime(2011, 5, 24, 12, 0))
    build_muenster_example(store)
    return store.conn


def _rows(conn: sqlite3.Connection, table: str) -> list[dict]:
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _spliced(committed: str, built: sqlite3.Connection) -> str:
    """The committed example with the builder's meeting tables put in (the rest kept)."""
    conn = build_in_memory(committed)
    conn.execute("PRAGMA foreign_keys = OFF")
    for table in reversed(MEETING_TABLES):
        conn.execute(f"DELETE FROM {table}")
    tables = MEETING_TABLES if _rows(conn, "process") else ("process", *MEETING_TABLES)
    for table in tables:
        for row in _rows(built, table):
            conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                         f"({', '.join('?' for _ in row)})", tuple(row.values()))
    return reseal(dump(conn), L.DEMO_AUTHOR)  # one Bestand for the rows as they are now


def test_committed_json_holds_the_meeting_the_builder_makes(tmp_path):
    """STEUERUNG_UPDATE_GOLDEN=1 puts the builder's meeting into sessions/muenster.json."""
    built = _built(tmp_path)
    committed = EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.exists() else dump(
        build_in_memory('{"format": "steuerung/1", "tables": {}}'))
    if os.environ.get("STEUERUNG_UPDATE_GOLDEN"):
        committed = _spliced(committed, built)
        EXAMPLE.write_text(committed, encoding="utf-8")
    example = build_in_memory(committed)
    for table in MEETING_TABLES:
        assert _rows(example, table) == _rows(built, table), (
            f"sessions/muenster.json, table {table}, differs from "
            "tests/meeting_data.build_muenster_example; STEUERUNG_UPDATE_GOLDEN=1 pytest "
            "tests/test_muenster_example.py writes the builder's meeting into it")
    # The example's log is one Bestand of the Beispieldaten that accounts for every row.
    assert [tuple(r) for r in example.execute("SELECT action, author FROM change_log")] == [
        ("baseline", L.DEMO_AUTHOR)]
    assert verify_chain(example) == [] and outside_changes(example) == [], (
        "sessions/muenster.json: the Bestand no longer fits its rows; STEUERUNG_UPDATE_GOLDEN=1 "
        "renews it, or the one-liner of the README (developer notes)")


def test_committed_json_is_canonical():
    text = EXAMPLE.read_text(encoding="utf-8")
    assert dump(build_in_memory(text)) == text


def test_splicing_keeps_the_tables_that_are_not_the_meetings(tmp_path):
    """How the example is combined with others' tables (e.g. the monitoring of seeds 001/003)."""
    other = (Path(__file__).parent.parent / "sessions" / "rhein-kreis-neuss.json").read_text(
        encoding="utf-8")
    spliced = build_in_memory(_spliced(other, _built(tmp_path)))
    assert spliced.execute("SELECT title FROM process").fetchall() == [
        ("Integration im Rhein-Kreis Neuss",)]
    assert spliced.execute("SELECT count(*) FROM field").fetchone()[0] == 4
    assert spliced.execute("SELECT name FROM committee").fetchall() == [(COMMITTEE,)]
    assert spliced.execute("SELECT count(*) FROM agenda_item").fetchone()[0] == 9


def _protokoll(tmp_path: Path, capsys, *options: str) -> str:
    db = tmp_path / "home" / "sessions" / "muenster.db"
    assert main(["--home", str(tmp_path / "home"), "demo", "--beispiel", "muenster"]) == 0
    assert str(db) in capsys.readouterr().out
    assert main(["export", "minutes", str(db), "--out", str(tmp_path / "out"), *options]) == 0
    paths = capsys.readouterr().out.split()
    assert paths[0].endswith("2011-05-03-protokoll-koordinationskreis-zur-umsetzung-des-"
                             "migrationsleitbildes.md")
    return Path(paths[0]).read_text(encoding="utf-8")


def test_the_protokoll_has_every_element_of_the_seed_in_its_order(tmp_path, capsys):
    text = _protokoll(tmp_path, capsys)
    position = 0
    for element in SEED_ORDER:
        found = text.find(element, position)
        assert found >= 0, f"missing after position {position}: {element!r}"
        position = found + len(element)
    # nothing a clerk would strike out: no machine date, no draft mark on final minutes,
    # no invented number, no empty sections
    assert "Stand:" not in text and "Entwurf" not in text and "1. Sitzung" not in text
    assert "Aufgaben" not in text and "Beschlussfähigkeit" not in text
    assert not re.search(r"\n\n\n", text)


def test_every_paragraph_of_the_seed_notes_is_in_the_protokoll(tmp_path, capsys):
    text = _protokoll(tmp_path, capsys)
    for path in sorted(SEED.glob("*.md")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            line = re.sub(r"^(\d+\)|-) ", "", paragraph.strip().splitlines()[0])
            assert line in text, (path.name, line)


def test_lists_render_as_lists_and_the_golden_file(tmp_path, capsys):
    from tests.export.test_documents import _golden

    text = _protokoll(tmp_path, capsys)
    html = to_html(text, "Protokoll")
    assert "<ol>\n<li>Neues in Münster</li>" in html
    assert "<li>Wer kann erreicht und welche Inhalte können transportiert werden?</li>" in html
    assert "<em>Sprache und Bildung</em>" in html
    assert [t for tag, t in headings(text) if tag == "h2"] == [
        "Tagesordnung", "TOP 1 Begrüßung",
        "TOP 2 Aktueller Stand der Umsetzung des Migrationsleitbildes",
        "TOP 3 Themenorientierte Steuerung und Planung 2011/2012", "TOP 4 Planungen 2011/2012",
        "TOP 5 Verabschiedung"]
    tokens = parser().parse(text)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    _golden(GOLDEN.name, text)
