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
