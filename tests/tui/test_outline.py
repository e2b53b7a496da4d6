"""Pilot tests of the Gliederung: add, edit, move, leave out and delete, and the export follows."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, TextArea

from steuerung.export.commands import Request, export_document
from steuerung.tui.app import make_app
from steuerung.tui.documents.outline import OutlineScreen
from steuerung.tui.documents.section import SectionScreen
from steuerung.tui.screens.export import ExportScreen
from tests.conftest import NOW, fixed_now
from tests.tui.helpers import shown
from tests.tui.test_goals import _errors, _keys, _type


def _export(db: Path, out: Path) -> str:
    (path,) = export_document("workshop", db, Request(out, NOW, force=True))
    return path.read_text(encoding="utf-8")


def _lines(app) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def _to(pilot, start: str) -> None:
    """Put the cursor on the line that starts with ``start``."""
    options = pilot.app.screen.query_one(OptionList)
    options.highlighted = next(i for i, line in enumerate(_lines(pilot.app))
                               if line.startswith(start))
    await pilot.pause()


async def test_add_move_and_delete_a_section_and_the_export_follows(demo_store, demo_db, paths,
                                                                    tmp_path):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "d", "g")
        assert isinstance(app.screen, OutlineScreen)
        first = _lines(app)[:3]
        assert first[0].startswith("Titel: Informationen zum vorläufigen") and first[0][-1] == "…"
        assert first[1].startswith("¶ Abschnitt: Es handelt sich im Folgenden")
        assert first[2] == "☑ Leitbild  (ohne Inhalt)"  # no Leitbild yet: nothing is written
        await _to(pilot, "☑ Handlungsfeld Sprache")
        await _keys(pilot, "n")
        assert isinstance(app.screen, SectionScreen)
        assert app.screen.focused is app.screen.query_one("#section-title", Input)
        await _type(pilot, "Zwischenstand [/] 1.200", "enter")
        assert isinstance(app.screen.focused, TextArea)
        await _type(pilot, "Noch *offen*:")
        await _keys(pilot, "enter", "enter")
        await _type(pilot, "- Sprachkurse")
        await _keys(pilot, "ctrl+s", "escape")
        assert isinstance(app.screen, OutlineScreen)
        assert app.screen.key.startswith("section:")  # the new Section is chosen
        assert "Zwischenstand [/] 1.200" in shown(app, "#outline-preview")
        text = _export(demo_db, tmp_path / "a")
        assert text.index("## Handlungsfeld Sprache") < text.index("## Zwischenstand \\[/\\] 1.200")
        assert text.index("## Zwischenstand") < text.index("## Handlungsfeld Interkulturelle")
        assert "Noch *offen*:\n\n- Sprachkurse" in text

        await _keys(pilot, "shift+up", "shift+up")
        assert "Zwischenstand" in _lines(app)[9]  # above Arbeit now, still chosen
        text = _export(demo_db, tmp_path / "b")
        assert text.index("## Zwischenstand") < text.index("## Handlungsfeld Arbeit")

        await _keys(pilot, "delete")
        assert "Zwischenstand [/] 1.200" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "j")
        assert isinstance(app.screen, OutlineScreen)
        assert not any("Zwischenstand" in line for line in _lines(app))
        assert "Zwischenstand" not in _export(demo_db, tmp_path / "c")
        assert _errors(app) == []


async def test_leave_out_retitle_and_the_documents_preview_follows(demo_store, demo_db, paths,
                                                                   tmp_path):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "d", "g")
        await _to(pilot, "☐ Phasen der Handlungsfelder")
        assert "Ausgelassen" in shown(app, "#outline-preview")
        await _keys(pilot, "space")
        assert "☑ Phasen der Handlungsfelder" in _lines(app)
        await _to(pilot, "☑ Handlungsempfehlungen")
        await _keys(pilot, "enter")
        field = app.screen.query_one(Input)
        assert field.value == "10 Handlungsempfehlungen für die kommunale Integrationspolitik"
        field.value = ""
        await _keys(pilot, "enter")  # empty: the list goes on without a heading
        await _to(pilot, "¶ Abschnitt: Raus")
        await _keys(pilot, "space")  # a Section cannot be left out: it says how else
        assert "Abschnitt" in list(app._notifications)[-1].message
        text = _export(demo_db, tmp_path / "a")
        assert "| Bildung | Ziele |" in text
        assert "10 Handlungsempfehlungen" not in text and "1. Strategie und Konzept" in text
        await _keys(pilot, "escape")
        assert isinstance(app.screen, ExportScreen)
        preview = shown(app, "#preview")
        assert "Phasen der Handlungsfelder" in preview and "Informationen zum" in preview
        assert _errors(app) == []
