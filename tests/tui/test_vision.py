"""Pilot tests of the Leitbild screen: versions, Markdown editor with preview, the Übersicht."""

from __future__ import annotations

from textual.widgets import Markdown, OptionList, TextArea

from steuerung.tui.app import make_app
from steuerung.tui.screens.goals import GoalsScreen
from steuerung.tui.screens.overview import OverviewScreen
from steuerung.tui.screens.vision import VisionScreen
from tests.conftest import fixed_now
from tests.tui.helpers import shown
from tests.tui.test_goals import _errors, _keys, _type


async def _open(pilot):
    await _keys(pilot, "z", "l")
    assert isinstance(pilot.app.screen, VisionScreen)


async def test_first_version_by_keys_with_preview_and_on_the_overview(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        assert app.screen.focused.id == "f-label"  # no version yet: a new one is open
        await _keys(pilot, *["backspace"] * 4)
        await _type(pilot, "2012", "enter")
        await _type(pilot, "12.03.2012")
        assert "→ 12.03.2012" in str(app.screen.query_one("#vision-meta .form-preview").content)
        await _keys(pilot, "enter")
        await _type(pilot, "Kreistag", "enter")
        assert isinstance(app.screen.focused, TextArea)
        await _type(pilot, "# Vielfalt gestalten")
        await _keys(pilot, "enter", "enter")
        await _type(pilot, "Der Rhein-Kreis Neuss **begrüßt** Zuwanderung.")
        await pilot.pause(0.5)  # the preview follows when typing pauses
        preview = app.screen.query_one("#vision-preview", Markdown)
        assert preview.source.startswith("# Vielfalt gestalten")
        assert [b.__class__.__name__ for b in preview.children][:2] == ["MarkdownH1", "MarkdownParagraph"]
        await _keys(pilot, "ctrl+s")
        row = dict(demo_store.one("SELECT * FROM vision"))
        assert (row["label"], row["adopted_on"], row["adopted_by"]) == ("Leitbild 2012", "2012-03-12",
                                                                        "Kreistag")
        assert row["text"] == "# Vielfalt gestalten\n\nDer Rhein-Kreis Neuss **begrüßt** Zuwanderung."
        options = app.screen.query_one(OptionList)
        assert "Leitbild 2012 · 12.03.2012 · Kreistag (aktuell)" in str(
            options.get_option_at_index(0).prompt)
        await _keys(pilot, "escape")
        assert isinstance(app.screen, GoalsScreen)
        await _keys(pilot, "escape")
        assert isinstance(app.screen, OverviewScreen)
        vision = shown(app, "#vision")
        assert "Leitbild 2012 · beschlossen am 12.03.2012 von Kreistag" in vision
        assert "Der Rhein-Kreis Neuss **begrüßt** Zuwanderung." in vision


async def test_new_version_starts_from_the_current_and_becomes_current(demo_store, paths):
    demo_store.insert("vision", {"label": "Leitbild 2008", "adopted_on": "2008-02-12",
                                 "adopted_by": "Rat", "text": "Alte Fassung"})
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        assert app.screen.query_one(TextArea).text == "Alte Fassung"
        await _keys(pilot, "ctrl+n")
        assert app.screen.query_one(TextArea).text == "Alte Fassung"  # revised, not retyped
        await _keys(pilot, "enter")
        await _type(pilot, "01.07.2013", "enter", "enter")
        await _type(pilot, " – überarbeitet", "ctrl+s")
        rows = demo_store.rows("SELECT label, adopted_on, text FROM vision ORDER BY id")
        assert [tuple(r) for r in rows] == [
            ("Leitbild 2008", "2008-02-12", "Alte Fassung"),
            ("Leitbild 2026", "2013-07-01", "Alte Fassung – überarbeitet")]
        first = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert first.startswith("Leitbild 2026 · 01.07.2013") and first.endswith("(aktuell)")


async def test_bad_date_and_empty_text_write_nothing(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        await _keys(pilot, "ctrl+s")
        assert "Bitte den Text des Leitbilds eingeben" in _errors(app)[-1]
        await _keys(pilot, "enter")
        await _type(pilot, "31.02.2012")
        assert "⚠ nicht lesbar" in str(app.screen.query_one("#vision-meta .form-preview").content)
        await _keys(pilot, "enter", "enter")
        await _type(pilot, "Text", "ctrl+s")
        assert "beschlossen am: Den 31.02.2012 gibt es nicht" in _errors(app)[-1]
        assert demo_store.one("SELECT count(*) FROM vision")[0] == 0
        await _keys(pilot, "escape")  # unsaved: asks first
        assert "nicht gespeichert. Verwerfen?" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "j")
        assert isinstance(app.screen, GoalsScreen)


async def test_delete_a_version_asks_first(demo_store, paths):
    demo_store.insert("vision", {"label": "Leitbild 2008", "adopted_on": "2008-02-12", "text": "A"})
    demo_store.insert("vision", {"label": "Leitbild 2012", "adopted_on": "2012-02-12", "text": "B"})
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        await _keys(pilot, "delete")
        assert "Fassung „Leitbild 2012“ löschen?" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "j")
        assert [r[0] for r in demo_store.rows("SELECT label FROM vision")] == ["Leitbild 2008"]
        assert app.screen.query_one(TextArea).text == "A"


def test_overview_and_goals_do_not_import_the_markdown_renderer(tmp_path):
    """DESIGN §7: markdown-it and Textual's Markdown/TextArea load only with the Leitbild screen."""
    import subprocess
    import sys

    from tests.conftest import DEMO_JSON, ROOT

    code = f"""
import asyncio, sys
from datetime import datetime
from pathlib import Path
from steuerung.paths import Paths
from steuerung.store.db import open_db
from steuerung.store.interchange import load
from steuerung.store.repo import Store
from steuerung.tui.app import make_app

db = Path({str(tmp_path / "demo.db")!r})
load(Path({str(DEMO_JSON)!r}).read_text(encoding="utf-8"), db)

async def main():
    app = make_app(Store(open_db(db), datetime.now), Paths(db.parent), datetime.now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("z")
        await pilot.pause()
        print(type(app.screen).__name__)
        print(sorted(m for m in sys.modules if m.startswith("markdown_it")
                     or m in ("textual.widgets._markdown", "textual.widgets._text_area")))

asyncio.run(main())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.split("\n")[:2] == ["GoalsScreen", "[]"]
