"""Monitoringbericht and Masterplan of the Münster example (seeds 001 and 003), parsed back."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from steuerung.cli import main
from steuerung.export.commands import Request, export_document, render_document
from steuerung.export.monitoring_report import chart_data
from steuerung.store import monitoring as M
from steuerung.store.db import open_db
from steuerung.store.interchange import build_in_memory, dump, load
from steuerung.store.repo import Store
from tests.conftest import ROOT, fixed_now

MUENSTER = ROOT / "sessions" / "muenster.json"
#: Seed 001 in shared/ beside the checkout (a worktree sits one level deeper).
SEED = next((p / "shared" / "seeds" / "001_d88359593f8e5c50.txt" for p in ROOT.parents
             if (p / "shared" / "seeds").is_dir()), None)
FIELDS = ["Rechtliche Integrationsbegleitung", "Sprache und Bildung", "Wirtschaft und Arbeit",
          "Wohnen und Stadtentwicklung", "Kinder- und Jugendhilfe, soziale Leistungen & Dienste",
          "Gesundheit", "Personalentwicklung und Fortbildung", "Kultur und Sport",
          "Presse und Öffentlichkeitsarbeit"]
STEPS = [
    "Bestandsaufnahme in der Verwaltung und den Tochtergesellschaften",
    "Netzwerke zur Kooperation der Umsetzung des Migrationsleitbildes",
    "Ziele identifizieren",
    "Ziele gewichten",
    "Abstimmung mit dem Ausländerbeirat bzw. dem Nachfolgegremium (gem. § 27 GO neu), dem Rat "
    "und den Fachausschüssen der Stadt Münster und externen Partnerinnen und Partnern",
    "Überprüfung des Aufgabenumfanges mit den festgelegten Zielen als Grundlage für die "
    "Einrichtung eines Integrationsmonitoring",
    "Einrichtung eines Controllings",
    "Diversity Management",
    "Jährlicher Bericht ab 2010 zum aktuellen Stand der Umsetzung an die Politik, den "
    "Ausländerbeirat bzw. das Nachfolgegremium (gem. § 27 GO neu), den Rat und den "
    "Fachausschüssen der Stadt Münster und externen Partnerinnen und Partnern",
]


@pytest.fixture
def muenster(tmp_path) -> Path:
    path = tmp_path / "muenster.db"
    load(MUENSTER.read_text(encoding="utf-8"), path)
    return path


def _render(path: Path, kind: str, **options) -> str:
    store = Store(open_db(path), fixed_now)
    try:
        return render_document(kind, store, path, Request(path.parent, fixed_now(),
                                                          **options)).text
    finally:
        store.close()


def _tokens(text: str):
    return MarkdownIt("commonmark").enable("table").parse(text)


def _headings(text: str, level: int) -> list[str]:
    tokens = _tokens(text)
    return [tokens[i + 1].content for i, t in enumerate(tokens)
            if t.type == "heading_open" and t.tag == f"h{level}"]


def test_the_example_loads_and_dumps_byte_for_byte():
    text = MUENSTER.read_text(encoding="utf-8")
    assert dump(build_in_memory(text)) == text


def test_the_masterplan_steps_are_the_seed_s_word_for_word():
    if SEED is None or not SEED.exists():
        pytest.skip("shared/seeds is not beside this checkout")
    seed = SEED.read_text(encoding="utf-8")
    listed = re.findall(r"^\d\. (?:\*\*)?(.+?)(?:\*\*)?$", seed.split("# 9 Schritte")[1], re.M)[:9]
    assert listed == STEPS


def test_monitoringbericht_of_the_example(muenster):
    text = _render(muenster, "monitoring")
    assert _headings(text, 1) == ["Monitoringbericht: Migration und Integration in Münster"]
    fields = _headings(text, 2)
    assert fields[0] == "Bevölkerung"
    assert fields[1:10] == [f"Handlungsfeld {n}: {name}" for n, name in enumerate(FIELDS, 1)]
    assert fields[-1] == "Berichtsturnus und nächster Bericht"
    assert "| Wohnberechtigte Bevölkerung | 281.050 |" in text
    assert "| Personen insgesamt mit Migrationsvorgeschichte | 57.764 (ca. 20,6 %) |" in text
    assert "| persönliche Migrationsvorgeschichte | 48.303 (ca. 17,2 %) |" in text
    assert "Stand 29.02.2012, vorläufig." in text
    section = text.split("### Tagesbetreuung (Kinder von 3 – 6 Jahren)")[1].split("###")[0]
    assert ("| Jahr | mit Migrationsvorgeschichte | ohne Migrationsvorgeschichte | insgesamt | "
            "Abstand mit − ohne (Prozentpunkte) |") in section
    assert "| 2012 | 91,0\\* | 97,0\\* | 94,9\\* | −6,0 |" in section
    assert "−11,0 Prozentpunkte (2008) → −6,0 Prozentpunkte (2012) – Abstand kleiner geworden" \
        in section
    assert "\\* Beispielwert (kein erhobener Wert)" in section
    assert "- Nächster Bericht fällig: 31.12.2014 bis 31.12.2015" in text
    assert "Datenstand 2012" in text


def test_a_count_is_compared_in_its_unit(muenster):
    text = _render(muenster, "monitoring")
    section = text.split("### Teilnahme an der U 9-Untersuchung")[1].split("###")[0]
    assert "Abstand mit − ohne (Kinder)" in section
    assert "| 2012 | 720\\* | 1.705\\* | −985 |" in section


def test_the_report_s_date_is_its_stichtag_never_the_clock(muenster):
    text = _render(muenster, "monitoring", stichtag="30.06.2016")
    assert "Stichtag: 30.06.2016" in text
    assert "31.12.2014 bis 31.12.2015 – überfällig" in text


def test_masterplan_of_the_example(muenster):
    text = _render(muenster, "masterplan")
    rows = [t.content for t in _tokens(text) if t.type == "inline"]
    assert _headings(text, 1) == ["Masterplan: Migration und Integration in Münster"]
    for n, step in enumerate(STEPS, 1):
        assert step in rows, n
    assert "- 9 Schritte · 1 erledigt · 2 in Arbeit · 6 offen · als Nächstes: 2. Netzwerke" \
        in text


def test_user_text_stays_text_in_the_report(muenster):
    store = Store(open_db(muenster), fixed_now)
    kid = M.save_indicator(store, None, {"name": "A | B [/] <script>", "field_id": "1",
                                         "groups": "insgesamt", "unit": "*"})
    M.save_year(store, kid, "2012", {M.kennzahl(store, kid).groups[0].id: "1.200"})
    store.close()
    text = _render(muenster, "monitoring")
    assert "### A \\| B \\[/\\] \\<script\\>" in text
    assert "| 2012 | 1.200 |" in text


def test_chart_data_per_kennzahl(muenster):
    store = Store(open_db(muenster), fixed_now)
    k = next(k for k in M.kennzahlen(store) if k.name.startswith("Tagesbetreuung (Kinder von 0"))
    store.close()
    data = chart_data(k)
    assert data.years == (2008, 2009, 2010, 2011, 2012)
    assert data.unit == "%"
    assert data.series[0] == ("mit Migrationsvorgeschichte", (9.0, 12.0, 15.0, 18.0, 21.0))


def test_export_commands_write_md_and_html(muenster, tmp_path, capsys):
    out = tmp_path / "exp"
    assert main(["export", "monitoring", str(muenster), "--out", str(out), "--html"]) == 0
    assert main(["export", "masterplan", str(muenster), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "2012-12-31-masterplan-migration-und-integration-in-muenster.md",
        "2012-12-31-monitoringbericht-migration-und-integration-in-muenster.html",
        "2012-12-31-monitoringbericht-migration-und-integration-in-muenster.md"]


def test_nothing_to_report_is_said_in_german(demo_db, tmp_path):
    from steuerung.domain.errors import UserError

    for kind, words in (("monitoring", "keine Kennzahl"), ("masterplan", "keinen Masterplan")):
        with pytest.raises(UserError, match=words):
            export_document(kind, demo_db, Request(tmp_path, datetime(2026, 1, 1)))


def test_demo_creates_the_muenster_example(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "demo", "--beispiel", "muenster"]) == 0
    path = tmp_path / "sessions" / "muenster.db"
    store = Store(open_db(path), fixed_now)
    assert store.one("SELECT count(*) FROM field")[0] == 9
    assert store.one("SELECT count(*) FROM plan_step")[0] == 9
    assert store.one("SELECT count(*) FROM monitoring_value WHERE example = 0")[0] == 0
    store.close()
