"""Vorlage: store validation, the NRW shape, the generated Begründung, and the editor."""

from __future__ import annotations

from datetime import datetime

import pytest

from steuerung.cli import main
from steuerung.domain.errors import UserError
from steuerung.export.commands import Request, export_document
from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.store.submissions import add_consultation, delete_submission, save_submission
from steuerung.tui.app import make_app
from tests.conftest import fixed_now
from tests.export import headings, table_rows

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
    path = export_document("submission", demo_db, Request(tmp_path, NOW))[0]
    text = path.read_text(encoding="utf-8")
    assert path.name == "2011-11-15-vorlage-2011-123-integrationskonzept-sachstand-2011.md"
    assert text.startswith("Vorlagen-Nr. 2011/123 · Vorlagenart: Berichtsvorlage · "
                           "Datum: 15.11.2011 · federführend: Sozialamt (50) · öffentlich")
    h = headings(text)
    assert [t for tag, t in h if tag in {"h1", "h2"}] == [
        "Integrationskonzept: Sachstand 2011", "Beratungsfolge", "Beschlussvorschlag",
        "Begründung / Sachdarstellung", "Finanzielle Auswirkungen", "Anlagen"]
    assert [t for tag, t in h if tag == "h3"] == [
        "Themenprioritäten Integrationsworkshop", "Leitziele und Jahresziele",
        "Stand der Zielerreichung 2011", "Zusammensetzung: Steuerungsgruppe Integration"]
    rows = table_rows(text)
    assert ["Sozial- und Gesundheitsausschuss", "24.11.2011", "Vorberatung", ""] in rows
    assert ["gesamt", "25"] in rows
    assert "(Frist: Ende 2011)" in text
    assert text.index("Stand der Zielerreichung") < text.index("Die Steuerungsgruppe hat am")
    assert "1. Workshop-Dokumentation\n2. Sachstandsbericht 2011" in text


@pytest.mark.parametrize("change, message", [
    ({"subject": "  "}, "Betreff"), ({"date": "31.02.2011"}, "31.02.2011"),
    ({"kind": "gesetz"}, "Vorlagenart")])
def test_bad_submission_writes_nothing(demo_store, change, message):
    with pytest.raises(UserError, match=message):
        save_submission(demo_store, {**VORLAGE, **change})
    assert demo_store.one("SELECT count(*) FROM submission")[0] == 0


def test_consultation_needs_a_committee_and_delete_takes_it_along(demo_store):
    sid = save_submission(demo_store, VORLAGE)
    with pytest.raises(UserError, match="Gremium"):
        add_consultation(demo_store, sid, " ", "", "decision")
    add_consultation(demo_store, sid, "Kreistag", "", "decision")
    delete_submission(demo_store, sid)
    assert demo_store.one("SELECT count(*) FROM consultation")[0] == 0
    deleted = demo_store.rows("SELECT table_name FROM change_log WHERE action = 'delete'")
    assert sorted(r[0] for r in deleted) == ["consultation", "submission"]


def test_cli_without_a_submission_says_so(demo_db, tmp_path, capsys):
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
                          *"Jahresziele 2011")
        await _keys(pilot, "ctrl+s")
        row = store.one("SELECT number, date, lead_office, subject, kind FROM submission")
        assert tuple(row) == ("2011/7", "2011-11-15", "Amt 50", "Jahresziele 2011", "resolution")
        await _keys(pilot, "ctrl+b")
        await pilot.press(*"Kreistag", "enter", *"14.12.2011", "enter")
        await _keys(pilot)
        assert tuple(store.one("SELECT committee, date, role FROM consultation")) == (
            "Kreistag", "2011-12-14", "preliminary")
        assert "Kreistag · 14.12.2011 · Vorberatung" in str(
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


def test_submission_matches_the_golden_file(demo_store, demo_db, tmp_path):
    from tests.export.test_documents import _golden

    sid = save_submission(demo_store, VORLAGE)
    add_consultation(demo_store, sid, "Kreistag", "14.12.2011", "information", "")
    _golden("submission-demo.md",
            export_document("submission", demo_db, Request(tmp_path, NOW))[0].read_text(
                encoding="utf-8"))
