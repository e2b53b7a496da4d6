"""Pilot tests of the Sachstand: enter a reading and see the Ampel change."""

from __future__ import annotations

from datetime import datetime

from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.screens.goal_detail import GoalDetailScreen
from steuerung.tui.screens.sachstand import SachstandScreen


def sept() -> datetime:
    return datetime(2011, 9, 30, 10, 0)


async def _keys(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


def _table(app) -> list[str]:
    return app.screen.query_one("#status").plain_lines


async def test_sachstand_lists_worst_first_with_light_words(demo_db, paths):
    app = make_app(Store(open_db(demo_db), sept), paths, sept)
    async with app.run_test(size=(140, 40)) as pilot:
        await _keys(pilot, "s")
        assert isinstance(app.screen, SachstandScreen)
        lines = _table(app)
        assert lines[0].split()[:3] == ["Ampel", "Erreichung", "Soll"]
        # overdue first: the open milestone of 30.06.2011, no Soll (reached or not)
        assert lines[1].split()[:4] == ["rot", "0", "%", "–"]
        assert "Informationsaufbereitung" in lines[1] and "⚠ 30.06.2011" in lines[1]
        assert "offen (30.06.2011)" in lines[1]
        # "je 10 % der Mitarbeiter …" counts for both Fortbildung Jahresziele
        assert [line.split()[:4] for line in lines[2:4]] == [["rot", "30", "%", "74"]] * 2
        assert "Fortbildung (Weiterbildung)" in lines[2] and "Ende 2011" in lines[2]
        assert "Fortbildung in interkultureller" in lines[3]
        assert [line.split()[0] for line in lines[6:]] == ["grau"] * 7 + ["o."] * 5 + ["grün"]
        assert "o. Ind." in lines[13] and "Ende 2011" in lines[13]
        assert "erreicht (01.08.2011)" in lines[18]
        assert len(lines) == 19  # head + 18 Jahresziele


async def test_entering_a_reading_turns_the_light_green(demo_db, paths):
    store = Store(open_db(demo_db), sept)
    app = make_app(store, paths, sept)
    async with app.run_test(size=(140, 40)) as pilot:
        await _keys(pilot, "s", "down", "down", "down", "down", "enter")
        assert isinstance(app.screen, GoalDetailScreen)
        assert app.screen.goal.text.startswith("Öffentlichkeitsarbeit")
        await _keys(pilot, "m")
        await pilot.press("enter", *"8", "enter", *"Integrationsbüro", "enter", "enter")
        await _keys(pilot)
        head = str(app.screen.query_one("#goal-head").content)
        assert head.startswith(" grün ")
        indicators = str(app.screen.query_one("#indicators").content)
        assert ("(8 − 0) / (10 − 0) = 80 %; Soll heute 74 %; 80 % sind 107 % des Solls "
                "(gelb ab 80 %, grün ab 95 %) → grün") in indicators
        assert "Ausgangswert 0 · Zielwert 10 Infoveranstaltungen · Frist Ende 2011 · zuletzt " \
               "8 Infoveranstaltungen (30.09.2011)" in indicators
        assert store.one("SELECT value, date, source FROM reading ORDER BY id DESC")[:] == (
            8.0, "2011-09-30", "Integrationsbüro")
        await _keys(pilot, "escape")
        assert not any(line.startswith(" rot      40") for line in _table(app))
        assert any("80 %" in line and line.split()[0] == "grün" for line in _table(app))


async def test_bad_reading_keeps_the_form_and_writes_nothing(demo_db, paths):
    store = Store(open_db(demo_db), sept)
    app = make_app(store, paths, sept)
    async with app.run_test(size=(140, 40)) as pilot:
        await _keys(pilot, "s", "down", "down", "down", "down", "enter", "m")
        await pilot.press("enter", *"viele", "enter", "enter", "enter")
        await _keys(pilot)
        assert any("„viele“ ist keine Zahl" in n.message for n in app._notifications)
        assert type(app.screen).__name__ == "ReadingForm"
        assert store.one("SELECT count(*) FROM reading")[0] == 10


async def test_filter_by_light_and_freeze(demo_db, paths):
    store = Store(open_db(demo_db), sept)
    app = make_app(store, paths, sept)
    async with app.run_test(size=(140, 40)) as pilot:
        await _keys(pilot, "s", "a")  # alle → rot
        assert [line.split()[0] for line in _table(app)[1:]] == ["rot"] * 5
        await _keys(pilot, "a", "a", "a")  # → gelb → grau → ohne Indikator
        assert [line.split()[:3] for line in _table(app)[1:]] == [["o.", "Ind.", "–"]] * 5
        await _keys(pilot, "x", "z")
        await pilot.press("enter")
        await _keys(pilot)
        assert store.one("SELECT label, stichtag FROM review ORDER BY id DESC")[:] == (
            "Stand 30.09.2011", "2011-09-30")
        assert "eingefroren: Stand 30.09.2011" in str(
            app.screen.query_one("#sachstand-head").content)
