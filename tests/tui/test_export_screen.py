"""Pilot tests of the Dokumente screen: choose, preview, write, ask before overwriting."""

from __future__ import annotations

from steuerung.tui.app import make_app
from steuerung.tui.screens.export import ExportScreen
from tests.conftest import fixed_now


async def _keys(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


def _preview(app) -> str:
    import io

    from rich.console import Console

    console = Console(file=io.StringIO(), width=100, record=True, color_system=None)
    console.print(app.screen.query_one("#preview").content)
    return console.export_text()


async def test_preview_and_write_the_workshop_documentation(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "d")
        assert isinstance(app.screen, ExportScreen)
        assert "Rangfolge" in _preview(app)  # the first document: Themenprioritäten
        await _keys(pilot, "down")
        preview = _preview(app)
        assert "Informationen zum vorläufigen Ergebnis des bisherigen" in preview
        assert "Landrat oder Allgemeiner Vertreter" in preview
        await _keys(pilot, "h")
        written = sorted(p.name for p in paths.exports.iterdir())
        # dated by the workshop's last day, not by the clock
        assert written == ["2011-04-05-workshop-dokumentation-integration-im-rhein-kreis-neuss.html",
                           "2011-04-05-workshop-dokumentation-integration-im-rhein-kreis-neuss.md"]
        md = paths.exports / written[1]
        md.write_text("geändert", encoding="utf-8")
        await _keys(pilot, "w")
        assert "gibt es schon. Überschreiben?" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "n")
        assert md.read_text(encoding="utf-8") == "geändert"
        await _keys(pilot, "w", "j")
        assert md.read_text(encoding="utf-8").startswith("# Informationen zum vorläufigen")


async def test_choose_formats_with_1_to_5_and_write_them_together(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "d", "down")
        line = str(app.screen.query_one("#formats").content)
        assert "1☑ Markdown" in line and "3☐ PDF" in line
        await _keys(pilot, "1", "3", "4", "5")  # Markdown off; PDF, DOCX, ODT on
        line = str(app.screen.query_one("#formats").content)
        assert "1☐ Markdown" in line and "3☑ PDF" in line and "5☑ ODT" in line
        await _keys(pilot, "w")
        await app.workers.wait_for_complete()
        await _keys(pilot)
        stem = "2011-04-05-workshop-dokumentation-integration-im-rhein-kreis-neuss"
        assert sorted(p.name for p in paths.exports.iterdir()) == [
            f"{stem}.docx", f"{stem}.odt", f"{stem}.pdf"]
        await _keys(pilot, "3", "4", "5", "w")  # nothing chosen: said, nothing written
        assert len(list(paths.exports.iterdir())) == 3
        assert app.export_formats == ()


async def test_a_folder_name_with_markup_is_shown_as_text(demo_db, tmp_path):
    from steuerung.paths import Paths
    from steuerung.store.db import open_db
    from steuerung.store.repo import Store

    paths = Paths(tmp_path / "Ablage [/] [bold]")
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "d", "h")
        written = [n for n in app._notifications if "Ablage [/] [bold]" in n.message]
        assert written and not written[0].markup  # shown as text, never parsed as markup
        assert len(list(paths.exports.iterdir())) == 2
