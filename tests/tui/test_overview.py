"""Pilot tests: the app on the real demo file, asserting on screen and storage."""

from __future__ import annotations

from textual.widgets import OptionList

from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.screens.help import HelpScreen
from steuerung.tui.screens.overview import OverviewScreen
from steuerung.tui.screens.start import StartScreen
from tests.conftest import fixed_now
from tests.tui.helpers import shown as _text


async def test_demo_opens_on_the_overview(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)):
        assert isinstance(app.screen, OverviewScreen)
        assert "Integration im Rhein-Kreis Neuss" in _text(app, "#process-title")
        assert "noch nicht beschlossen" in _text(app, "#vision")
        fields = _text(app, "#fields")
        for name in ("Bildung", "Arbeit", "Sprache", "Interkulturelle Öffnung"):
            assert name in fields
        assert "Themenprioritäten Integrationsworkshop" in _text(app, "#votes")
        assert "Steuerungsgruppe Integration" in _text(app, "#committees")
        assert "25" in _text(app, "#committees")
        assert "Erfolg messen: Evaluation und Controlling" in _text(app, "#recommendations")


async def test_counts_follow_the_data(demo_store, paths):
    """The Übersicht reads the file: a new Leitziel shows up in its count."""
    field_id = demo_store.one("SELECT id FROM field WHERE name = 'Sprache'")[0]
    demo_store.insert("guiding_goal", {"field_id": field_id, "number": 4, "text": "Neu"})
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)):
        line = next(line for line in _text(app, "#fields").splitlines() if "Sprache" in line)
        assert line.split()[3:6] == ["4", "7", "5"]


async def test_help_lists_every_binding_in_german(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = _text(app, "#help-keys")
        for description in ("Prozesse", "Beenden", "Hilfe"):
            assert description in keys
        await pilot.press("escape")
        assert isinstance(app.screen, OverviewScreen)


async def test_q_quits(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q")
    assert app.return_code == 0


async def test_start_screen_loads_the_demo(paths):
    app = make_app(None, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, StartScreen)
        assert not paths.demo_db.exists()
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        assert paths.demo_db.exists()
        assert app.store.one("SELECT sum(count) FROM seat")[0] == 25
        await pilot.press("p")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert str(options.get_option_at_index(0).prompt) == "rhein-kreis-neuss"


async def test_new_process_by_keys(paths):
    app = make_app(None, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.press(*"Integration in Münster")
        await pilot.press("enter", *"Stadt Münster", "enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        assert "Integration in Münster" in _text(app, "#process-title")
    path = paths.sessions / "integration-in-muenster.db"
    store = Store(open_db(path), fixed_now)
    assert tuple(store.one("SELECT title, body, created FROM process")) == (
        "Integration in Münster", "Stadt Münster", "2026-11-21")


async def test_new_process_without_title_is_refused(paths):
    app = make_app(None, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n", "enter", "enter", *"leer", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, OverviewScreen)
        assert any("Titel" in n.message for n in app._notifications)
    assert not (paths.sessions / "leer.db").exists()


async def test_foreign_file_in_sessions_is_refused_on_screen(paths):
    paths.sessions.mkdir(parents=True)
    other = paths.sessions / "fremd.db"
    other.write_text("kein SQLite", encoding="utf-8")
    app = make_app(None, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert any("keine steuerung-Datenbank" in n.message for n in app._notifications)
    assert other.read_text(encoding="utf-8") == "kein SQLite"


async def test_new_process_refuses_an_existing_file_name(demo_db, paths):
    before = demo_db.read_bytes()
    app = make_app(None, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n", *"Rhein Kreis Neuss", "enter", "enter")
        app.screen.query_one("#file").value = "rhein-kreis-neuss"
        await pilot.press("enter")
        await pilot.pause()
        assert any("gibt es in sessions/ schon" in n.message for n in app._notifications)
    assert demo_db.read_bytes() == before


async def test_overview_rolls_up_attainment_per_field(demo_db, paths):
    from datetime import datetime

    def sept():
        return datetime(2011, 9, 30, 10, 0)

    app = make_app(Store(open_db(demo_db), sept), paths, sept)
    async with app.run_test(size=(160, 40)):
        fields = _text(app, "#fields", width=156)
        assert "Stand 2011" in fields
        lines = fields.splitlines()
        at = next(i for i, line in enumerate(lines) if "Sprache" in line)
        assert "36 %" in lines[at] and "2 rot · 3 grau · 2 ohne Indikator" in lines[at]
        # Leitziel 1 has no Jahresziel for 2011; only 2 of the 7 Jahresziele are measured
        assert "LZ 2: 40 % · LZ 3: 33 %" in lines[at + 1] and "2/7 gemessen" in lines[at + 1]
        bildung = next(line for line in fields.splitlines() if "Bildung" in line)
        assert "1 grau · 3 ohne Indikator" in bildung and "%" not in bildung
