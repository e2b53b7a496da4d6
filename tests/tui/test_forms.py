"""The shared form dialog: fast typing, refusals that keep what was typed."""

from __future__ import annotations

from textual import events

from steuerung.tui.app import make_app
from steuerung.tui.screens.forms import FormScreen
from tests.conftest import fixed_now

_NAMED = {"enter", "ctrl+s"}


async def _burst(pilot, *keys: str) -> None:
    """Keys as a fast typist's terminal delivers them: all queued before any is handled.

    ``pilot.press`` waits after every key and so never shows the race.  (Keys
    bound inside an input, like Backspace, run only after bubbling up to the
    app and so race with printable keys by Textual's design; these tests
    keep to printable keys, Enter and Strg+S.)
    """
    for key in keys:
        for name in ([key] if key in _NAMED else list(key)):
            char = name if len(name) == 1 else None
            pilot.app.post_message(events.Key(name, char))
    await pilot.pause()
    await pilot.pause()


async def _seat_form(pilot) -> None:
    await pilot.press("g")
    await pilot.pause()
    await pilot.press("p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, FormScreen)


async def test_enter_moves_on_before_the_next_key_arrives(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await _burst(pilot, "03.05.2011", "enter", "14", "enter", "16", "enter", "ESG")
        values = app.screen.values()
        assert (values["date"], values["start"], values["end"], values["place"]) == (
            "03.05.2011", "14", "16", "ESG")


async def test_keys_typed_right_before_enter_in_the_last_field_are_saved(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _seat_form(pilot)
        await _burst(pilot, "Kreissportbund", "enter", "2", "enter")  # "2" replaces "1"
        assert not isinstance(app.screen, FormScreen)
        row = demo_store.one("SELECT actor, count FROM seat ORDER BY id DESC LIMIT 1")
        assert tuple(row) == ("Kreissportbund", 2)


async def test_keys_typed_right_before_ctrl_s_are_saved(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _seat_form(pilot)
        await _burst(pilot, "Religionsgemeinschaften", "ctrl+s")
        assert not isinstance(app.screen, FormScreen)
        row = demo_store.one("SELECT actor, count FROM seat ORDER BY id DESC LIMIT 1")
        assert tuple(row) == ("Religionsgemeinschaften", 1)


async def test_a_refused_form_stays_open_with_what_was_typed(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _seat_form(pilot)
        await pilot.press(*"Kreissportbund", "enter", "backspace", *"null", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.values() == {"actor": "Kreissportbund", "count": "null"}
        assert "„null“ ist keine Anzahl" in [n.message for n in app._notifications][-1]
        await pilot.press("backspace", "backspace", "backspace", "backspace", "2", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert demo_store.one("SELECT count FROM seat WHERE actor = 'Kreissportbund'")[0] == 2
