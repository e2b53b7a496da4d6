"""Workshop-Dokumentation and Sachstandsbericht on the demo, read as a clerk would."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from steuerung.cli import main
from steuerung.export.commands import Request, export_document
from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.store.reviews import freeze_review
from steuerung.store.status import add_reading
from tests.conftest import DEMO_JSON
from tests.export import headings, parser, table_rows

NOW = datetime(2026, 11, 21, 10, 0)
GOLDEN = Path(__file__).parent / "golden"
DEMO = json.loads(DEMO_JSON.read_text(encoding="utf-8"))["tables"]


def _export(kind: str, db: Path, tmp_path: Path, **options) -> str:
    paths = export_document(kind, db, Request(tmp_path / kind, NOW, **options))
    return paths[0].read_text(encoding="utf-8")


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("STEUERUNG_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        "Export changed; read the new text, then STEUERUNG_UPDATE_GOLDEN=1 pytest tests/export")


def _tables_are_rectangular(text: str) -> None:
    rows = table_rows(text)
    assert rows
    tokens = parser().parse(text)
    widths, current = [], None
    for token in tokens:
        if token.type == "table_open":
            current = []
        elif token.type == "tr_open" and current is not None:
            current.append(0)
        elif token.type in {"th_open", "td_open"}:
            current[-1] += 1
        elif token.type == "table_close":
            widths.append(current)
            current = None
    for table in widths:
        assert len(set(table)) == 1, table


def test_workshop_contains_every_goal_indicator_measure_and_the_seats(demo_db, tmp_path):
    text = _export("workshop", demo_db, tmp_path)
    lines = {line.strip().removeprefix("- ").rstrip("\\") for line in text.replace("\\|", "|")
             .splitlines()}
    plain = text.replace("\\", "")
    for table in ("guiding_goal", "annual_goal", "measure", "consideration"):
        for row in DEMO[table]:
            for line in row["text"].splitlines():
                assert line.strip() in plain, (table, line)
    for row in DEMO["indicator"]:
        assert row["name"] in plain
    # The continuation line of a measure stays a line of its own, as in the seed.
    assert ("evtl. auch Empfänger öffentlicher Mittel wie Verbände und "
            "Eigenbetriebe/Tochterbetriebe einbeziehen") in lines
    rows = table_rows(text)
    start = rows.index(["Akteure", "Personenanzahl"])
    seats = rows[start:start + 12]
    assert seats[-1] == ["gesamt", "25"]
    assert len(seats) == 1 + 10 + 1
    _tables_are_rectangular(text)


def test_workshop_headings_in_the_seed_order(demo_db, tmp_path):
    text = _export("workshop", demo_db, tmp_path)
    found = headings(text)
    assert found[0] == ("h1", "Informationen zum vorläufigen Ergebnis des bisherigen "
                              "Integrationsworkshops am 20.09.2010, 05.11.2010, 06.11.2010 und "
                              "05.04.2011")
    h2 = [t for tag, t in found if tag == "h2"]
    assert h2 == ["Raus aus der „Nische“ – Integrationspolitik strategisch steuern!",
                  "Handlungsfeld Bildung", "Handlungsfeld Arbeit", "Handlungsfeld Sprache",
                  "Handlungsfeld Interkulturelle Öffnung",
                  "Ergebnisse aus der Arbeitsgruppe Prozess-Steuerung",
                  "Einschätzungen zum bisherigen Ergebnis",
                  "10 Handlungsempfehlungen für die kommunale Integrationspolitik",
                  "Zusammensetzung der Steuerungsgruppe Integration"]
    assert "**Jahresziel:**" in text and "**Jahresziele:**" in text  # one, several
    assert "**Was bei der Umsetzung der Maßnahme berücksichtigt werden sollte:**" in text
    assert "Leitbild" not in h2 and "Phasen der Handlungsfelder" not in text  # left out
    arbeit = text[text.index("## Handlungsfeld Arbeit"):text.index("### Leitziel 2: Der Rhein")]
    assert arbeit.rstrip().endswith("Durch die Maßnahmen soll die Situation für Migranten in "
                                    "Pflegeheimen und in der ambulanten Pflege verbessert werden.")
    assert "einstimmig angenommen" in text
    _golden("workshop-demo.md", text)


def test_status_report_overdue_first_and_rectangular(demo_db, tmp_path):
    text = _export("status", demo_db, tmp_path, stichtag="30.09.2011")
    h2 = [t for tag, t in headings(text) if tag == "h2"]
    assert h2[:4] == ["Veränderungen seit der Prüfung vom 30.06.2011", "Handlungsfelder",
                      "Überfällig", "Handlungsfeld Arbeit"]  # the worst field first
    assert h2[-1] == "Legende"
    rows = table_rows(text)
    assert ["Sprache", "36 % (nur 2 von 7 Jahreszielen gemessen)", "0", "0", "2", "3", "2"] in rows
    _tables_are_rectangular(text)
    _golden("status-demo.md", text)


def test_status_report_opens_with_the_ampel_summary_and_the_changes(demo_db, tmp_path):
    text = _export("status", demo_db, tmp_path, year=2011, stichtag="31.12.2011")
    assert text.startswith("# Sachstandsbericht 2011: Integration im Rhein-Kreis Neuss\n\n"
                           "Stichtag: 31.12.2011\n\n| Ampel | Jahresziele |")
    rows = table_rows(text)
    assert rows[:7] == [["Ampel", "Jahresziele"], ["grün", "2"], ["gelb", "2"], ["rot", "2"],
                        ["grau", "7"], ["ohne Indikator", "5"], ["gesamt", "18"]]
    assert "## Veränderungen seit der Prüfung vom 30.06.2011" in text
    assert "Ampeln 30.06.2011 → 31.12.2011: grün 0 → 2, gelb 2 → 2, rot 3 → 2, grau 8 → 7, " \
           "ohne Indikator 5 → 5." in text
    # The Kurse are offered (100 %); the goal's other indicator still has no value: grau.
    assert ["Einrichtung niederschwelliger Kurse für bestimmte Zielgruppen", "Sprache",
            "rot → grau", "33 % → 100 %", "↑ besser"] in rows
    # "je 10 % der Mitarbeiter …" serves both Fortbildung Jahresziele
    for goal in ("Fortbildung (Weiterbildung) von Mitarbeitern in Fremdsprachen",
                 "Fortbildung in interkultureller Kompetenz"):
        assert [goal, "Interkulturelle Öffnung", "rot → gelb", "30 % → 90 %", "↑ besser"] in rows
    assert ["Informationsaufbereitung für (ausländische) Unternehmen auf einer Plattform",
            "Arbeit", "gelb → rot", "0 % → 0 %", "→ gleich"] in rows
    assert "Unverändert (gleiche Ampel, gleiche Erreichung): 11 Jahresziele." in text
    # every indicator with its figures; a milestone reads erreicht / offen
    assert ["Konzeptentwicklung incl. bedarfsgerechter Förderung bis 30.06.2011", "–", "erreicht",
            "Meilenstein", "offen", "31.12.2011", "30.06.2011", "rot"] in rows
    assert ["RAA ist installiert", "–", "erreicht", "Meilenstein", "erreicht", "01.08.2011",
            "Ende 2011", "grün"] in rows
    assert ["je 10 % der Mitarbeiter mit Publikumskontakt werden geschult", "0", "10", "%", "9",
            "31.12.2011", "Ende 2011", "gelb"] in rows
    assert "100 (" not in text and "1 (01.08.2011)" not in text
    assert "- Berechnung: (7 − 0) / (10 − 0) = 70 %; Soll heute 100 %; 70 % sind 70 % des Solls " \
           "(gelb ab 80 %, grün ab 95 %) → rot" in text
    assert "ohne Indikator: für dieses Jahresziel ist noch kein Indikator festgelegt" in text
    assert "**Sachstandsnotiz vom 31.12.2011:**\n\nBeispiel: Das Konzept" in text
    assert "- Datenanalyse/ Bestandsaufnahme der aktuelle Situation – geplant" in text
    assert "**Soll**: der Anteil der Zeit" in text and "**grün**: Ziel erreicht" in text
    assert "Stand:" not in text and "2026" not in text  # the Stichtag is the document's date
    _tables_are_rectangular(text)


def test_status_report_lists_open_tasks_of_the_goal_and_its_measures(demo_db, tmp_path):
    store = Store(open_db(demo_db), lambda: NOW)
    store.insert("task", {"what": "Konzept der IHK vorlegen", "who": "Wirtschaftsförderung",
                          "due_text": "Herbst 2011", "due": "2011-11-30", "status": "open",
                          "annual_goal_id": 6})
    store.insert("task", {"what": "Teilnehmende ermitteln", "status": "open", "measure_id": 2})
    store.insert("task", {"what": "Erledigtes", "status": "done", "annual_goal_id": 6})
    store.close()
    text = _export("status", demo_db, tmp_path, stichtag="31.12.2011")
    assert "**Offene Aufgaben:**\n\n- Konzept der IHK vorlegen (verantwortlich: " \
           "Wirtschaftsförderung, bis Herbst 2011)" in text
    assert "- Teilnehmende ermitteln\n" in text and "Erledigtes" not in text


def test_frozen_review_and_live_report_of_one_stichtag_get_different_names(demo_db, tmp_path):
    live = export_document("status", demo_db, Request(tmp_path, NOW, stichtag="31.12.2011"))[0]
    frozen = export_document("status", demo_db, Request(tmp_path, NOW, review_id=2))[0]
    assert live.name == "2011-12-31-sachstandsbericht-2011-integration-im-rhein-kreis-neuss.md"
    assert frozen.name == ("2011-12-31-sachstandsbericht-2011-pruefung-2-integration-im-rhein-"
                           "kreis-neuss.md")
    text = frozen.read_text(encoding="utf-8")
    assert ("Stichtag: 31.12.2011 · eingefrorene Prüfung „Stand 31.12.2011 (Beispiel)“ vom "
            "10.01.2012") in text
    assert "## Veränderungen seit der Prüfung vom 30.06.2011" in text


def test_status_report_from_a_frozen_review_ignores_later_readings(demo_db, tmp_path):
    store = Store(open_db(demo_db), lambda: NOW)
    review = freeze_review(store, 2011, "30.09.2011")
    add_reading(store, 6, "29.09.2011", "10")
    store.close()
    frozen = _export("status", demo_db, tmp_path / "a", review_id=review)
    live = _export("status", demo_db, tmp_path / "b", stichtag="30.09.2011")
    assert "#### Öffentlichkeitsarbeit/Bekanntmachung der Maßnahmen\n\n**Ampel: rot** · " \
           "Erreichung 40 %" in frozen
    assert "eingefrorene Prüfung „Stand 30.09.2011“" in frozen
    assert "#### Öffentlichkeitsarbeit/Bekanntmachung der Maßnahmen\n\n**Ampel: grün** · " \
           "Erreichung 100 %" in live


def test_same_data_same_bytes_and_html_beside_it(demo_db, tmp_path, capsys):
    args = ["export", "workshop", str(demo_db), "--out", str(tmp_path), "--html"]
    assert main(args) == 0
    md, html = [Path(p) for p in capsys.readouterr().out.split()]
    assert md.suffix == ".md" and html.suffix == ".html" and md.stem == html.stem
    first = md.read_bytes()
    assert main(args) == 2  # never overwritten without --force
    assert main([*args, "--force"]) == 0
    assert md.read_bytes() == first
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "@page { size: A4" in page
    assert "<table>" in page and "<script" not in page


@pytest.mark.parametrize("kind", ["workshop", "status"])
def test_user_text_cannot_break_tables_or_inject_html(demo_db, tmp_path, kind):
    store = Store(open_db(demo_db), lambda: NOW)
    nasty = "A | B *fett* _x_\n# Titel <script>alert(1)</script>"
    store.update("seat", 1, {"actor": nasty})
    store.update("annual_goal", 9, {"text": nasty, "responsible": "Amt | 50"})
    store.close()
    text = _export(kind, demo_db, tmp_path, stichtag="30.09.2011")
    _tables_are_rectangular(text)
    html = parser().render(text)
    assert "<script>" not in html and "<em>" not in html
