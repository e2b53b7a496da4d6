"""Protokoll and Niederschrift: attendance, TOPs 2.a/2.b, blocks in order, tasks, Termine."""

from __future__ import annotations

from datetime import datetime

import pytest

from steuerung.cli import main
from steuerung.export.commands import Request, export_document
from steuerung.export.html import to_html
from steuerung.store import agenda, committees, meetings, tasks
from steuerung.store.db import open_db
from steuerung.store.meetings import MeetingForm, load_meeting, meeting_form
from steuerung.store.repo import Store
from tests.conftest import fixed_now
from tests.export import headings, parser, table_rows
from tests.meeting_data import PLANS, build_muenster

NOW = datetime(2026, 11, 21, 10, 0)


def _minutes(demo_db, tmp_path, **options) -> str:
    return export_document("minutes", demo_db, Request(tmp_path, NOW, **options))[0].read_text(
        encoding="utf-8")


@pytest.fixture
def muenster(demo_db):
    store = Store(open_db(demo_db), fixed_now)
    m = build_muenster(store)
    yield store, m
    store.close()


def test_minutes_of_the_muenster_meeting(demo_db, tmp_path, muenster):
    text = _minutes(demo_db, tmp_path)
    names = [t for _, t in headings(text)]
    assert names[0] == ("Protokoll der 1. Sitzung des Koordinationskreises zur Umsetzung des "
                        "Migrationsleitbildes vom 03. Mai 2011")
    assert names[1:4] == ["Teilnehmende", "Tagesordnung", "TOP 1 Begrüßung"]
    assert names.index("TOP 2 Aktueller Stand der Umsetzung des Migrationsleitbildes") < \
        names.index("2.a Berichtsvorlage 2010 und Jahresplanung 2011") < \
        names.index("2.b Aktivitäten und Projekte aus den Handlungsfeldern")
    assert text.startswith("**Entwurf**\n\n# Protokoll")  # held, not closed yet
    assert "- Datum: 03.05.2011, 14:00 bis 16:00 Uhr" in text
    assert "- Protokoll: Doris Dužević, Angelika Sommer und Andrea Reckfort" in text
    assert "Frau Engel in Vertretung für Frau Celik" in text
    assert "**Entschuldigt:**\n\n- Herr Berg" in text
    assert "- Frau Vogel (KGST Köln)" in text
    assert ("**Beschluss:**\n\nDer Koordinationskreis befürwortet die Erstellung eines "
            "Newsletters.\n\n**Abstimmung:** 3 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung  \n"
            "**Ergebnis:** angenommen") in text
    rows = table_rows(text)
    assert rows[0] == ["Nr.", "TOP", "Was", "Wer", "Frist", "Status"]
    assert rows[2][1:5] == ["3.b", "Zu einer Fachveranstaltung Interkulturelle Personalentwicklung "
                            "einladen", "Koordinierungsstelle mit Personal- und Organisationsamt",
                            "Herbst 2011"]
    for date_text, what in PLANS:
        assert f"- {date_text}: {what}" in text
    assert "Stand:" not in text and "21.11.2026" not in text  # the machine's date is not its own
    assert text.rstrip().endswith("Doris Dužević, Angelika Sommer und Andrea Reckfort")
    assert "Sitzungsleitung:\n\n" + "\\_" * 30 + "  \nHerr Köhnke" in text
    html = parser().render(text)
    assert "<script" not in html


def test_public_version_leaves_non_public_tops_out_and_says_so(demo_db, tmp_path, muenster):
    store, m = muenster
    agenda.update_item(store, m.items["3"], "Themenorientierte Steuerung", False, "")
    agenda.update_item(store, m.items["2.b"], "Projekte (vertraulich)", False, "")
    full = _minutes(demo_db, tmp_path / "a", meeting_id=m.meeting)
    public = _minutes(demo_db, tmp_path / "b", meeting_id=m.meeting, public=True)
    assert "vertraulich" in full and "vertraulich" not in public
    # sub-items of TOP 3 go with it and are not counted as TOPs of their own
    assert ("*Öffentliche Fassung: Die nichtöffentlichen Tagesordnungspunkte 2.b und 3 sind "
            "nicht enthalten.*") in public
    assert "Informations- und Wissensmanagementsysteme" not in public
    assert "Zu einer Fachveranstaltung" not in public  # its task (TOP 3.b) went with it
    # the full version: Öffentlicher Teil, then Nichtöffentlicher Teil (GO NRW)
    h2 = [t for tag, t in headings(full) if tag == "h2"]
    assert h2 == ["Teilnehmende", "Tagesordnung", "Öffentlicher Teil", "Nichtöffentlicher Teil",
                  "Aufgaben", "Termine"]
    h3 = [t for tag, t in headings(full) if tag == "h3"]
    assert h3[:3] == ["TOP 1 Begrüßung",
                      "TOP 2 Aktueller Stand der Umsetzung des Migrationsleitbildes",
                      "TOP 4 Planungen 2011/2012"]
    assert h3[-1] == "TOP 3 Themenorientierte Steuerung"
    assert "- TOP 2 Aktueller Stand der Umsetzung des Migrationsleitbildes\n  - 2.a " in full


def test_a_non_public_meeting_has_no_public_tops(demo_db, tmp_path, muenster):
    store, m = muenster
    form = meeting_form(load_meeting(store, m.meeting).head)
    form.public = False
    meetings.update_meeting(store, m.meeting, form)
    public = _minutes(demo_db, tmp_path, meeting_id=m.meeting, public=True)
    assert "Die Sitzung war nichtöffentlich" in public
    assert "TOP 1" not in public and "keine Tagesordnungspunkte" in public
    full = _minutes(demo_db, tmp_path / "full", meeting_id=m.meeting)
    assert "- Sitzung: nichtöffentlich" in full and "Öffentlicher Teil" not in full


def test_blocks_stand_in_the_clerks_order_with_markdown_kept(demo_db, tmp_path, muenster):
    store, m = muenster
    item = m.items["2.a"]
    agenda.update_item(store, item, "Berichtsvorlage", True,
                       "Frau Reckfort stellt vor:\n\n- Masterplan\n- *Jahresplanung* 2011\n\n"
                       "<script>alert(1)</script> und [/] und 1.200")
    agenda.add_block(store, item, "vote", "", "majority")
    agenda.add_block(store, item, "text", "Die Agenda:\n\n1) Neues\n2) Termine")
    agenda.add_block(store, item, "result", "Alle senden ihre Informationen.")
    agenda.add_block(store, item, "result", "", result="noted")
    tasks.add_plan(store, m.meeting, "Sommer 2010", "1. Monitoringbericht", "2.a")
    text = _minutes(demo_db, tmp_path, meeting_id=m.meeting)
    section = text[text.index("### 2.a Berichtsvorlage"):text.index("### 2.b")]
    assert section.split("\n\n")[1:] == [
        "Frau Reckfort stellt vor:", "- Masterplan\n- *Jahresplanung* 2011",
        "\\<script>alert(1)\\</script> und [/] und 1.200",
        "**Abstimmung:** mehrheitlich", "Die Agenda:", "1. Neues\n2. Termine",
        "**Ergebnis:**", "Alle senden ihre Informationen.", "**Ergebnis:** zur Kenntnis genommen",
        "- Sommer 2010: 1. Monitoringbericht", ""]
    html = to_html(text, "Protokoll")
    assert "<li>Masterplan</li>\n<li><em>Jahresplanung</em> 2011</li>" in html
    assert "<ol>\n<li>Neues</li>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    assert "- Sommer 2010: 1. Monitoringbericht" not in text[text.index("## Termine"):]


def test_a_decision_while_not_quorate_is_noted(demo_db, tmp_path, muenster):
    store, m = muenster
    for name in ("Frau Adam", "Herr Demir"):
        meetings.set_attendance(store, m.meeting, m.members[name], "excused")
    text = _minutes(demo_db, tmp_path, meeting_id=m.meeting)
    assert "Beschlussfähigkeit: 2 von 5 stimmberechtigten Sitzen anwesend oder vertreten, " \
           "erforderlich 3 – nicht beschlussfähig" in text
    assert ("**Ergebnis:** angenommen\n\n*Hinweis: Das Gremium war laut Anwesenheit nicht "
            "beschlussfähig (2 von 5 stimmberechtigten Sitzen anwesend oder vertreten, "
            "erforderlich 3).*") in text


def test_a_statutory_body_gets_a_niederschrift(demo_db, tmp_path, muenster):
    store, m = muenster
    rat = committees.save_committee(store, None, "Rat der Stadt Münster", "Rat", "")
    mid = meetings.create_meeting(store, rat, MeetingForm(
        date="08.12.2010", start="17:00", number="12", chair="Oberbürgermeister Lewe",
        minute_taker="Frau Schmitz", minutes_date="15.12.2010"))
    text = _minutes(demo_db, tmp_path, meeting_id=mid)
    assert text.startswith("**Entwurf**\n\n# Niederschrift über die 12. Sitzung des Rates der "
                           "Stadt Münster vom 08. Dezember 2010\n")
    assert "- Datum: 08.12.2010, ab 17:00 Uhr" in text
    assert "- Schriftführung: Frau Schmitz" in text
    assert "- Datum der Niederschrift: 15.12.2010" in text
    assert "- Sitzung: öffentlich" in text
    assert "Schriftführung:\n\n" in text
    # the genitive the clerk sets wins over the rule
    committees.save_committee(store, rat, "Rat der Stadt Münster", "Rat", "",
                              "des Rates der Stadt Münster (Westf.)")
    assert "Sitzung des Rates der Stadt Münster (Westf.) vom" in _minutes(
        demo_db, tmp_path / "b", meeting_id=mid)


def test_cli_niederschrift_of_the_demo_kreistag(demo_db, tmp_path, capsys):
    assert main(["export", "minutes", str(demo_db), "--out", str(tmp_path)]) == 0
    path = capsys.readouterr().out.strip()
    assert path.endswith("2010-12-08-niederschrift-kreistag-des-rhein-kreises-neuss.md")
    text = open(path, encoding="utf-8").read()
    assert text.startswith("# Niederschrift über die Sitzung des Kreistages des Rhein-Kreises "
                           "Neuss vom 08. Dezember 2010\n")
    # "einstimmig" once besides the wording, which says it itself
    assert text.count("einstimmig") == 2
    assert "**Abstimmung:** einstimmig  \n**Ergebnis:** angenommen" in text
    assert "Entwurf" not in text and "1. Sitzung" not in text
    assert main(["export", "minutes", str(demo_db), "--meeting", "99"]) == 2
    assert "Eine Sitzung Nr. 99 gibt es nicht" in capsys.readouterr().err


def test_minutes_of_the_demo_match_the_golden_file(demo_db, tmp_path):
    from tests.export.test_documents import _golden

    _golden("minutes-demo.md", _minutes(demo_db, tmp_path))
