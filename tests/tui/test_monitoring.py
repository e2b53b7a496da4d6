"""Pilot tests of the Monitoring and Masterplan screens: keys in, storage and screen checked."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from steuerung.store import masterplan as P
from steuerung.store import monitoring as M
from steuerung.store.db import open_db
from steuerung.store.interchange import load
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.monitoring.masterplan import MasterplanScreen
from steuerung.tui.monitoring.screen import MonitoringScreen
from tests.conftest import ROOT, fixed_now
from tests.tui.helpers import shown


@pytest.fixture
def muenster_store(tmp_path):
    path = tmp_path / "muenster.db"
    load((ROOT / "sessions" / "muenster.json").read_text(encoding="utf-8"), path)
    store = Store(open_db(path), fixed_now)
    yield store
    store.close()


async def _keys(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def _type(pilot, text: str) -> None:
    await pilot.press(*text)
    await pilot.pause()


def _select(app, name: str) -> None:
    listing = app.screen.query_one(OptionList)
    ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
    kid = next(k.id for k in app.screen.items.values() if k.name == name)
    listing.highlighted = ids.index(f"k:{kid}")


async def test_the_muenster_kennzahlen_with_gap_and_trend(muenster_store, paths):
    app = make_app(muenster_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        assert "Masterplan: 9 Schritte" in shown(app, "#cycle")
        await _keys(pilot, "m")
        assert isinstance(app.screen, MonitoringScreen)
        assert "überfällig" in shown(app, "#mon-head")  # 2026: the 2014/15 report is late
        _select(app, "Tagesbetreuung (Kinder von 3 – 6 Jahren)")
        await pilot.pause()
        detail = shown(app, "#mon-detail")
        assert "Leitziel 1: Kindertagesstätten und Schulen" in detail
        assert "−6,0" in detail and "kleiner" in detail
        assert "± seit 2008" in detail and "▁" in detail  # the trend row with its sparkline
        await _keys(pilot, "up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up",
                    "up", "up", "home")
        assert "281.050" in shown(app, "#mon-detail")
        assert "ca. 20,6 %" in shown(app, "#mon-detail")


async def test_a_kennzahl_from_scratch_by_keyboard(demo_store, paths):
    """Seed 003: start with one Handlungsfeld — Kennzahl, values of two years, a group."""
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "m")
        assert "Noch keine Kennzahl" in shown(app, "#mon-detail")
        await _keys(pilot, "n")
        await _type(pilot, "Betreuungsquote [/] U3")
        await _keys(pilot, "ctrl+s")
        k = M.kennzahlen(demo_store)[0]
        assert (k.name, k.field_name, k.unit) == ("Betreuungsquote [/] U3", "Bildung", "%")
        assert "Betreuungsquote [/] U3" in shown(app, "#mon-detail")
        await _keys(pilot, "w")  # no year yet: the form opens at once
        await _type(pilot, "2011")
        await _keys(pilot, "enter")
        await _type(pilot, "12,5")
        await _keys(pilot, "enter")
        await _type(pilot, "1.200")
        await _keys(pilot, "ctrl+s")
        k = M.kennzahlen(demo_store)[0]
        assert k.groups[0].series() == {2011: 12.5}
        assert k.groups[1].series() == {2011: 1200.0}
        assert "−1.187,5" in shown(app, "#mon-detail")
        await _keys(pilot, "w", "enter")  # "Neues Jahr …": the year after the latest
        assert app.screen.query_one("#f-year").value == "2012"
        await _keys(pilot, "enter")
        await _type(pilot, "viel")
        await _keys(pilot, "ctrl+s")
        assert len(M.kennzahlen(demo_store)[0].years) == 1  # refused, form still open
        await _keys(pilot, "escape")  # the form was changed: Esc asks first
        assert "nicht gespeichert" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "j", "g", "enter")
        await _type(pilot, "Frauen")
        await _keys(pilot, "ctrl+s")
        assert [g.name for g in M.kennzahlen(demo_store)[0].groups][-1] == "Frauen"
        await _keys(pilot, "delete", "down", "enter")  # Werte 2011
        assert "Alle Werte 2011" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "j")
        assert M.kennzahlen(demo_store)[0].years == []


async def test_masterplan_add_move_status_delete(muenster_store, paths):
    app = make_app(muenster_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "m", "p")
        assert isinstance(app.screen, MasterplanScreen)
        lines = app.screen.query_one("#plan-rows").plain_lines
        assert lines[0].startswith("1. Bestandsaufnahme in der Verwaltung")
        assert lines[0].endswith("erledigt")
        await _keys(pilot, "n")
        await _type(pilot, "Integrationsbericht [b]")
        await _keys(pilot, "enter", "enter")
        await _type(pilot, "Herbst 2013")
        await _keys(pilot, "ctrl+s")
        steps = P.steps(muenster_store)
        assert (steps[1].title, steps[1].due_text, steps[1].due) == \
            ("Integrationsbericht [b]", "Herbst 2013", "2013-11-30")
        await _keys(pilot, "shift+up", "space")
        steps = P.steps(muenster_store)
        assert (steps[0].title, steps[0].status) == ("Integrationsbericht [b]", "in_progress")
        await _keys(pilot, "delete", "j")
        assert len(P.steps(muenster_store)) == 9
        await _keys(pilot, "escape")
        assert isinstance(app.screen, MonitoringScreen)


async def test_documents_screen_lists_both_kinds(muenster_store, paths):
    app = make_app(muenster_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "d")
        ids = [key for key, _, _ in app.screen.choices]
        assert {"monitoring", "masterplan"} <= set(ids)


async def test_an_imported_value_shows_in_the_screen_and_the_report(tmp_path, paths, capsys):
    from steuerung.cli import main
    from steuerung.store.db import create_db
    from tests.store.test_monitoring import build

    path = tmp_path / "m.db"
    store = Store(create_db(path), fixed_now)
    build(store)
    store.close()
    csv = tmp_path / "werte.csv"
    csv.write_text("kennzahl;gruppe;jahr;wert;quelle\nBetreuungsquote U3;insgesamt;2013;"
                   "4.321,5;Amt\n", encoding="utf-8")
    assert main(["import-monitoring", str(path), str(csv)]) == 0
    out = tmp_path / "exp"
    assert main(["export", "monitoring", str(path), "--out", str(out)]) == 0
    assert "| 2013 | – | – | 4.321,5 | – |" in next(out.iterdir()).read_text(encoding="utf-8")
    store = Store(open_db(path), fixed_now)
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "m")
        assert "4.321,5" in shown(app, "#mon-detail")
    store.close()
