"""Protokoll of a seed-000-shaped meeting: attendance, TOPs 2.a/2.b, the vote, tasks, Termine."""

from __future__ import annotations

from datetime import datetime

from steuerung.cli import main
from steuerung.export.commands import Request, export_document
from steuerung.store import agenda
from steuerung.store.db import open_db
from steuerung.store.repo import Store
from tests.conftest import fixed_now
from tests.export import headings, parser, table_rows
from tests.meeting_data import PLANS, build_muenster

NOW = datetime(2026, 11, 21, 10, 0)


def _minutes(demo_db, tmp_path, **options) -> str:
    return export_document("minutes", demo_db, Request(tmp_path, NOW, **options))[0].read_text(
        encoding="utf-8")


def test_minutes_of_the_muenster_meeting(demo_db, tmp_path):
    store = Store(open_db(demo_db), fixed_now)
    build_muenster(store)
    store.close()
    text = _minutes(demo_db, tmp_path)
    names = [t for _, t in headings(text)]
    assert names[0].startswith("Protokoll der 1. Sitzung des Gremiums Koordinationskreis")
    assert names[1:4] == ["Teilnehmende", "Tagesordnung", "TOP 1 Begrüßung"]
    assert "2.a Berichtsvorlage 2010 und Jahresplanung 2011" in names
    assert "2.b Aktivitäten und Projekte aus den Handlungsfeldern" in names
    assert names.index("TOP 2 Aktueller Stand der Umsetzung des Migrationsleitbildes") < \
        names.index("2.a Berichtsvorlage 2010 und Jahresplanung 2011")
    assert "- Datum: 03.05.2011, 14:00–16:00 Uhr" in text
    assert "Frau Engel in Vertretung für Frau Celik" in text
    assert "**Entschuldigt:**\n\n- Herr Berg" in text
    assert "- Frau Vogel (KGST Köln)" in text
    assert "**Beschluss:** Der Koordinationskreis befürwortet die Erstellung eines Newsletters." in text
    assert "**Abstimmung:** Ja 3, Nein 0, Enthaltungen 1" in text
    rows = table_rows(text)
    assert rows[0] == ["Nr", "TOP", "Was", "Wer", "Bis wann", "Status"]
    assert rows[2][1:5] == ["3.b", "Zu einer Fachveranstaltung Interkulturelle Personalentwicklung "
                            "einladen", "Koordinierungsstelle mit Personal- und Organisationsamt",
                            "Herbst 2011"]
    for date_text, what in PLANS:
        assert f"- {date_text}: {what}" in text
    assert text.rstrip().endswith("Stand: 21.11.2026")
    assert "Für das Protokoll: Doris Dužević, Angelika Sommer und Andrea Reckfort · " \
           "Sitzungsleitung: Herr Köhnke" in text
    html = parser().render(text)
    assert "<script" not in html


def test_public_version_leaves_non_public_tops_out_and_says_so(demo_db, tmp_path):
    store = Store(open_db(demo_db), fixed_now)
    m = build_muenster(store)
    agenda.update_item(store, m.items["3.b"], "Personalgewinnung (vertraulich)", False, "")
    store.close()
    full = _minutes(demo_db, tmp_path / "a", meeting_id=m.meeting)
    public = _minutes(demo_db, tmp_path / "b", meeting_id=m.meeting, public=True)
    assert "Personalgewinnung (vertraulich)" in full
    assert "vertraulich" not in public
    assert "Öffentliche Fassung: 1 nichtöffentliche(r) Tagesordnungspunkt(e)" in public
    assert "Zu einer Fachveranstaltung" not in public  # its task went with it


def test_cli_minutes_of_the_demo_kreistag(demo_db, tmp_path, capsys):
    assert main(["export", "minutes", str(demo_db), "--out", str(tmp_path)]) == 0
    path = capsys.readouterr().out.strip()
    assert path.endswith("2010-12-08-protokoll-kreistag-des-rhein-kreises-neuss.md")
    text = open(path, encoding="utf-8").read()
    assert "**Ergebnis:** einstimmig angenommen" in text
    assert main(["export", "minutes", str(demo_db), "--meeting", "99"]) == 2
    assert "Eine Sitzung Nr. 99 gibt es nicht" in capsys.readouterr().err


def test_minutes_of_the_demo_match_the_golden_file(demo_db, tmp_path):
    from tests.export.test_documents import _golden

    _golden("minutes-demo.md", _minutes(demo_db, tmp_path))
