"""Vorlage: store validation, the NRW shape, the generated Begründung, and the editor."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from steuerung.cli import main
from steuerung.domain.errors import UserError
from steuerung.export.commands import Request, export_document
from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.store.submissions import (
    add_consultation,
    delete_submission,
    save_signature,
    save_submission,
)
from steuerung.tui.app import make_app
from tests.conftest import fixed_now
from tests.export import headings, parser, table_rows
from tests.export.test_documents import _golden

NOW = datetime(2026, 11, 21, 10, 0)
VORLAGE = {"number": "2011/123", "kind": "report", "date": "15.11.2011",
           "lead_office": "Sozialamt (50)", "subject": "Integrationskonzept: Sachstand 2011",
           "proposal": "Der Kreistag nimmt den Sachstand zur Kenntnis.",
           "reasoning": "Die Steuerungsgruppe hat am 10.11.2011 getagt.", "financial": "",
           "attachments": "Workshop-Dokumentation\nSachstandsbericht 2011"}


def test_submission_document_has_the_nrw_shape(demo_store, demo_db, tmp_path):
    sid = save_submission(demo_store, VORLAGE)
    add_consultation(demo_store, sid, "Sozial- und Gesundheitsausschuss", "24.11.2011",
                     "preliminary")
    add_consultation(demo_store, sid, "Kreistag", "14.12.2011", "information", "")
    path = export_document("submission", demo_db, Request(tmp_path, NOW, submission_id=sid))[0]
    text = path.read_text(encoding="utf-8")
    assert path.name == "2011-11-15-vorlage-2011-123-integrationskonzept-sachstand-2011.md"
    rows = table_rows(text)
    assert rows[:2] == [
        ["Vorlagen-Nr.", "Vorlagenart", "Datum", "federführend", "Sachbearbeitung", "öffentlich"],
        ["2011/123", "Berichtsvorlage", "15.11.2011", "Sozialamt (50)", "–", "ja"]]
    assert "**Betreff:** Integrationskonzept: Sachstand 2011" in text
    h = headings(text)
    # A Berichtsvorlage has no Beschlussvorschlag, only the sentence to take note.
    assert [t for tag, t in h if tag in {"h1", "h2"}] == [
        "Berichtsvorlage", "Beratungsfolge", "Kenntnisnahme", "Sachdarstellung / Begründung",
        "Finanzielle Auswirkungen", "Anlagen"]
    assert "Der Kreistag nimmt den Sachstand zur Kenntnis." in text
    assert [t for tag, t in h if tag == "h3"] == [
        "Themenprioritäten Integrationsworkshop", "Ziele 2011 mit Indikatoren und Fristen",
        "Stand der Zielerreichung 2011 (Stichtag 15.11.2011)",
        "Zusammensetzung: Steuerungsgruppe Integration"]
    assert ["Sozial- und Gesundheitsausschuss", "24.11.2011", "Vorberatung", ""] in rows
    assert ["gesamt", "25"] in rows
    assert "(Frist: Ende 2011)" in text and "(Frist: 30.06.2011)" in text
    # the clerk's own text first, then the generated parts
    assert text.index("Die Steuerungsgruppe hat am") < text.index("### Themenprioritäten")
    assert "1. Workshop-Dokumentation\n2. Sachstandsbericht 2011" in text
    assert "26.11" not in text and "2026" not in text  # no machine date anywhere
    assert text.rstrip().endswith("2. Sachstandsbericht 2011\n\nIn Vertretung\n\nN. N. (Beispiel)")


@pytest.mark.parametrize("kind, says, heading", [
    ("resolution", "Der Kreistag nimmt den Sachstand zur Kenntnis.", True),
    ("report", "Der Bericht wird zur Kenntnis genommen.", False),
    ("notice", None, False)])
def test_beschlussvorschlag_by_kind(demo_store, demo_db, tmp_path, kind, says, heading):
    proposal = VORLAGE["proposal"] if kind == "resolution" else ""
    sid = save_submission(demo_store, {**VORLAGE, "kind": kind, "proposal": proposal})
    text = export_document("submission", demo_db, Request(tmp_path, NOW, submission_id=sid))[
        0].read_text(encoding="utf-8")
    assert ("## Beschlussvorschlag" in text) is heading
    assert "## Beschlussvorschlag –" not in text and "\n–\n" not in text
    if says:
        assert says in text
    else:
        assert "zur Kenntnis" not in text


def test_an_empty_beschlussvorschlag_says_so(demo_store, demo_db, tmp_path):
    sid = save_submission(demo_store, {**VORLAGE, "kind": "resolution", "proposal": ""})
    text = export_document("submission", demo_db, Request(tmp_path, NOW, submission_id=sid))[
        0].read_text(encoding="utf-8")
    assert "## Beschlussvorschlag\n\n*Noch kein Beschlussvorschlag eingetragen.*" in text


def test_chosen_parts_stichtag_finances_and_signature(demo_store, demo_db, tmp_path):
    save_signature(demo_store, "In Vertretung", "Dr. Muster | <b>", "Kreisdirektor")
    sid = save_submission(demo_store, {
        **VORLAGE, "parts": ["attainment"], "stichtag": "31.12.2011", "clerk": "Frau A",
        "financial_effects": 1, "budget_year": "2012", "budget_product": "50.01 Integration",
        "budget_expense": "Sachaufwand", "budget_amount": "12.500",
        "financial": "Mittel sind im Haushaltsentwurf 2012 eingeplant.",
        "reasoning": "Eigener Text.\n\n# Eine Überschrift\n\n- Punkt *eins*"})
    text = export_document("submission", demo_db, Request(tmp_path, NOW, submission_id=sid))[
        0].read_text(encoding="utf-8")
    assert [t for tag, t in headings(text) if tag == "h3"] == [
        "Eine Überschrift", "Stand der Zielerreichung 2011 (Stichtag 31.12.2011)"]
    assert "18 Jahresziele: 2 grün, 2 gelb, 2 rot, 7 grau, 5 ohne Indikator." in text
    assert "- Punkt *eins*" in text  # the clerk's Markdown is kept
    rows = table_rows(text)
    assert ["Haushaltsjahr", "Produkt / Kostenstelle", "Aufwand", "Betrag"] in rows
    assert ["2012", "50.01 Integration", "Sachaufwand", "12.500 €"] in rows
    assert "Frau A" in rows[1]
    assert "Mittel sind im Haushaltsentwurf 2012 eingeplant." in text
    assert text.rstrip().endswith("In Vertretung\n\nDr. Muster \\| \\<b\\>\\\nKreisdirektor")
    html = parser().render(text)
    assert "<b>" not in html and "Dr. Muster | &lt;b&gt;<br />" in html


def test_a_vorlage_before_the_first_goal_year_shows_no_grey_table(demo_store, demo_db, tmp_path):
    sid = save_submission(demo_store, {**VORLAGE, "date": "10.11.2010",
                                       "parts": ["goals", "attainment"]})
    text = export_document("submission", demo_db, Request(tmp_path, NOW, submission_id=sid))[
        0].read_text(encoding="utf-8")
    assert "Zum Stichtag 10.11.2010 hat noch kein Jahr mit Jahreszielen begonnen." in text
    assert "Ziele 2011 mit Indikatoren und Fristen" in text  # the goals it proposes
    assert "| grau |" not in text


@pytest.mark.parametrize("change, message", [
    ({"stichtag": "32.12.2011"}, "32.12.2011"), ({"budget_amount": "viel"}, "Betrag"),
    ({"budget_amount": "-5"}, "ab 0"), ({"budget_year": "12"}, "Jahr"),
    ({"parts": ["anhang"]}, "anhang")])
def test_bad_vorlage_fields_write_nothing(demo_store, change, message):
    before = demo_store.one("SELECT count(*) FROM submission")[0]
    with pytest.raises(UserError, match=message):
        save_submission(demo_store, {**VORLAGE, **change})
    assert demo_store.one("SELECT count(*) FROM submission")[0] == before


def test_the_neuss_vorlage(demo_db, tmp_path, capsys):
    assert main(["export", "submission", str(demo_db), "--submission", "1", "--out",
                 str(tmp_path)]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.name.startswith("2010-11-10-vorlage-50-123-2010-beispiel-integration")
    text = path.read_text(encoding="utf-8")
    rows = table_rows(text)
    assert rows[1][:3] == ["50/123/2010 (Beispiel)", "Beschlussvorlage", "10.11.2010"]
    assert text.startswith("Rhein-Kreis Neuss\n\n# Beschlussvorlage\n")
    assert "**Betreff:** Integration im Rhein-Kreis Neuss: Einrichtung einer Steuerungsgruppe " \
           "Integration und Integrationsgipfel 2012" in text
    assert rows[3:5] == [["Sozial- und Gesundheitsausschuss", "25.11.2010", "Vorberatung", ""],
                         ["Kreistag", "08.12.2010", "Entscheidung", "einstimmig beschlossen"]]
    assert ("## Beschlussvorschlag\n\nDer Kreistag begrüßt und unterstützt die Durchführung eines "
            "Integrationsgipfels im Jahre 2012. Der Kreistag stimmt der Einrichtung einer "
            "Steuerungsgruppe Integration in der vorgeschlagenen Zusammensetzung zu.") in text
    assert [t for tag, t in headings(text) if tag in {"h2", "h3"}] == [
        "Beratungsfolge", "Beschlussvorschlag", "Sachdarstellung / Begründung",
        "Zusammensetzung: Steuerungsgruppe Integration", "Finanzielle Auswirkungen", "Anlagen"]
    assert text.index("Im Integrationsworkshop") < text.index("### Zusammensetzung")
    assert "## Finanzielle Auswirkungen\n\nKeine." in text
    assert text.rstrip().endswith("In Vertretung\n\nN. N. (Beispiel)")
    assert "Stand:" not in text
    _golden("submission-neuss.md", text)


@pytest.mark.parametrize("change, message", [
    ({"subject": "  "}, "Betreff"), ({"date": "31.02.2011"}, "31.02.2011"),
    ({"kind": "gesetz"}, "Vorlagenart")])
def test_bad_submission_writes_nothing(demo_store, change, message):
    with pytest.raises(UserError, match=message):
        save_submission(demo_store, {**VORLAGE, **change})
    assert demo_store.one("SELECT count(*) FROM submission")[0] == 1  # the demo's own


def test_consultation_needs_a_committee_and_delete_takes_it_along(demo_store):
    sid = save_submission(demo_store, VORLAGE)
    with pytest.raises(UserError, match="Gremium"):
        add_consultation(demo_store, sid, " ", "", "decision")
    add_consultation(demo_store, sid, "Kreistag", "", "decision")
    delete_submission(demo_store, sid)
    assert demo_store.one("SELECT count(*) FROM consultation WHERE submission_id = ?",
                          (sid,))[0] == 0
    deleted = demo_store.rows("SELECT table_name FROM change_log WHERE action = 'delete'")
    assert sorted(r[0] for r in deleted) == ["consultation", "submission"]


def test_cli_without_a_submission_says_so(demo_store, demo_db, tmp_path, capsys):
    delete_submission(demo_store, 1)
    assert main(["export", "submission", str(demo_db), "--out", str(tmp_path)]) == 2
    assert "noch keine Vorlage" in capsys.readouterr().err


async def _keys(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def test_write_a_submission_by_keys(demo_db, paths):
    store = Store(open_db(demo_db), fixed_now)
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "o", "n")
        await pilot.press(*"2011/7", "enter", *"15.11.2011", "enter", *"Amt 50", "enter",
                          *"Frau [b]A[/b]", "enter", *"Jahresziele 2011")
        await _keys(pilot, "ctrl+s")
        row = store.one("SELECT number, date, lead_office, clerk, subject, kind, parts FROM "
                        "submission WHERE id > 1")
        assert tuple(row) == ("2011/7", "2011-11-15", "Amt 50", "Frau [b]A[/b]", "Jahresziele 2011",
                              "resolution", "vision,priorities,goals,attainment,composition")
        await _keys(pilot, "ctrl+b")
        await pilot.press(*"Kreistag", "enter", *"14.12.2011", "enter", *"[/]", "enter")
        await _keys(pilot)
        assert tuple(store.one("SELECT committee, date, role, result FROM consultation "
                               "WHERE submission_id > 1")) == (
            "Kreistag", "2011-12-14", "preliminary", "[/]")
        assert "Kreistag · 14.12.2011 · Vorberatung · [/]" in str(
            app.screen.query_one("#consultations").content)
        await _keys(pilot, "escape", "e")
        assert "Markdown" in str(app.screen.query_one("#formats").content)  # formats asked
        await _keys(pilot, "2", "3", "enter")  # + HTML, + PDF; the PDF is made in a thread
        await app.workers.wait_for_complete()
        await _keys(pilot)
        written = sorted(p.suffix for p in paths.exports.iterdir())
        assert written == [".html", ".md", ".pdf"]
        pdf = next(paths.exports.glob("*.pdf"))
        pdf.write_bytes(b"vom Amt unterschrieben")
        await _keys(pilot, "e", "enter")  # the same set again: asked before replacing
        assert "gibt es schon" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "n")
        assert pdf.read_bytes() == b"vom Amt unterschrieben"


async def test_choose_parts_stichtag_finances_and_signature_by_keys(demo_db, paths):
    store = Store(open_db(demo_db), fixed_now)
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "o", "enter")  # the demo's Vorlage
        screen = app.screen
        for part in ("composition", "attainment"):
            screen.query_one(f"#part-{part}").focus()
            await _keys(pilot, "space")
        screen.query_one("#stichtag").focus()
        await pilot.press(*"31.12.2011")
        screen.query_one("#financial_effects").focus()
        await _keys(pilot, "space")
        screen.query_one("#budget_amount").focus()
        await pilot.press(*"1.200")
        await _keys(pilot, "ctrl+s")
        row = store.get("submission", 1)
        assert (row["parts"], row["stichtag"], row["financial_effects"], row["budget_amount"]) == (
            "attainment", "2011-12-31", 1, 1200)
        screen.query_one("#budget_amount").focus()
        await pilot.press("backspace", *"x")
        await _keys(pilot, "ctrl+s")
        assert any("Betrag" in n.message for n in app._notifications)
        assert store.get("submission", 1)["budget_amount"] == 1200  # nothing written
        await _keys(pilot, "escape")
        assert type(app.screen).__name__ == "ConfirmScreen"  # unsaved change: asks
        await _keys(pilot, "j", "u")
        assert type(app.screen).__name__ == "SignatureForm"
        await pilot.press("ctrl+u", *"i. A.", "enter", "ctrl+u", *"Erika [red]Muster", "enter",
                          *"Kreisdirektorin", "enter")
        await _keys(pilot)
        assert tuple(store.one("SELECT signature_prefix, signature_name, signature_function "
                               "FROM process")) == ("i. A.", "Erika [red]Muster", "Kreisdirektorin")


def test_submission_matches_the_golden_file(demo_store, demo_db, tmp_path):
    sid = save_submission(demo_store, VORLAGE)
    add_consultation(demo_store, sid, "Kreistag", "14.12.2011", "information", "")
    _golden("submission-demo.md",
            export_document("submission", demo_db, Request(tmp_path, NOW, submission_id=sid))[
                0].read_text(encoding="utf-8"))
