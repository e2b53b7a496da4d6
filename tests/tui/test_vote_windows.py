"""Two moderator windows on one vote, by keys: undo asks before taking another's dot."""

from __future__ import annotations

from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.store.votes import VoteSession
from steuerung.tui.app import make_app
from steuerung.tui.screens.dialogs import ConfirmScreen
from tests.conftest import fixed_now
from tests.tui.test_goals import _keys
from tests.tui.test_live import _until


def _tally(store, name: str) -> int:
    return store.one("SELECT coalesce(sum(d.delta), 0) FROM dot d JOIN topic t ON t.id = "
                     "d.topic_id WHERE t.name = ?", (name,))[0]


def _notes(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_undo_of_a_dot_from_elsewhere_asks_first(demo_db, paths):
    other = VoteSession(Store(open_db(demo_db), fixed_now, "Bernd"), 1)
    other.set_closed(False)
    store = Store(open_db(demo_db), fixed_now, "Anna")
    app = make_app(store, paths, fixed_now, "Anna")
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v", "2")  # Anna: +1 for Arbeit
        other.add_dots(other.topics[0].id)  # Bernd: +1 for Bildung, in his window
        await _until(pilot, lambda: _tally(store, "Bildung") == 31
                     and app.screen.session.tallies[1] == 31)
        await _keys(pilot, "ctrl+z")  # Anna's own dot: no question
        assert _tally(store, "Arbeit") == 17 and _tally(store, "Bildung") == 31
        assert "Rückgängig: +1 bei „Arbeit“ (ohne Person, Pinnwand)" in _notes(app)
        await _keys(pilot, "ctrl+z")  # next: a step from the file, not from this window
        assert isinstance(app.screen, ConfirmScreen)
        assert "nicht aus diesem Fenster" in app.screen.question
        await _keys(pilot, "n")
        assert _tally(store, "Bildung") == 31  # Bernd's dot stays
    other.store.close()


async def test_a_deleted_topic_comes_back_with_ctrl_z(demo_db, paths):
    store = Store(open_db(demo_db), fixed_now)
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v", "c", "j", "down", "down", "delete")
        assert isinstance(app.screen, ConfirmScreen)
        await _keys(pilot, "j")
        assert _tally(store, "Sprache") == 0
        assert any("Strg+Z holt es" in n for n in _notes(app))
        await _keys(pilot, "ctrl+z")
        assert _tally(store, "Sprache") == 15
        assert [t.name for t in app.screen.session.topics][2] == "Sprache"
        assert app.screen.selected == 2
        await _keys(pilot, "ctrl+y")
        assert "Sprache" not in [t.name for t in app.screen.session.topics]
