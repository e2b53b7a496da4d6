"""Pilot tests of the moderator's day (issue 17 part B): each finding of the workshop walk."""

from __future__ import annotations

import pytest

from steuerung.store.db import create_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.screens.vote import VoteScreen
from tests.conftest import fixed_now


@pytest.fixture
def empty_store(paths):
    path = paths.sessions / "leer.db"
    store = Store(create_db(path), fixed_now)
    store.insert("process", {"title": "Workshop Test"})
    yield store
    store.close()


async def _keys(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


@pytest.mark.parametrize("keys, cumulate, shown", [
    (["enter"], 1, "ja"),  # Enter on the box moves on and leaves it as it is
    (["space", "enter"], 0, "nein"),
    (["space", "space", "enter"], 1, "ja"),
])
async def test_enter_on_cumulate_moves_on_space_toggles(empty_store, paths, keys, cumulate,
                                                        shown):
    from steuerung.tui.screens.new_vote import NewVoteScreen, YesNoBox

    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "v", "n")
        await pilot.press(*"Workshop", "enter", *"20.09.2010", "enter")
        await pilot.pause()
        box = app.screen.query_one("#cumulate", YesNoBox)
        assert app.screen.focused is box
        for key in keys[:-1]:
            await _keys(pilot, key)
        assert isinstance(app.screen, NewVoteScreen)
        assert str(box.label) == shown  # on and off told apart by words
        assert box.render().plain.strip().startswith("▐X▌" if cumulate else "▐ ▌")
        await _keys(pilot, keys[-1])
        assert app.screen.focused is app.screen.query_one("#budget")
        assert box.value == bool(cumulate)
        await pilot.press(*"3", "enter")
        await pilot.pause()
        assert isinstance(app.screen, VoteScreen)
        row = empty_store.one("SELECT cumulate, dots_per_person FROM dot_vote")
        assert tuple(row) == (cumulate, 3)
