"""SVG snapshots guard the look of the main screens (update: pytest --snapshot-update)."""

from __future__ import annotations

from steuerung.tui.app import make_app
from tests.conftest import fixed_now


def test_overview_of_the_demo(snap_compare, demo_store, paths):
    assert snap_compare(make_app(demo_store, paths, fixed_now), terminal_size=(120, 40))


def test_help_screen(snap_compare, demo_store, paths):
    assert snap_compare(make_app(demo_store, paths, fixed_now), terminal_size=(120, 40),
                        press=["question_mark"])


def test_vote_screen_with_the_neuss_result(snap_compare, demo_store, paths):
    assert snap_compare(make_app(demo_store, paths, fixed_now), terminal_size=(120, 40),
                        press=["v", "_"])


def test_sachstand_of_the_demo(snap_compare, demo_db, paths):
    from datetime import datetime

    from steuerung.store.db import open_db
    from steuerung.store.repo import Store

    def sept():
        return datetime(2011, 9, 30, 10, 0)

    app = make_app(Store(open_db(demo_db), sept), paths, sept)
    assert snap_compare(app, terminal_size=(120, 40), press=["s", "_"])
def test_committees_screen_with_the_neuss_seat_plan(snap_compare, demo_store, paths):
    assert snap_compare(make_app(demo_store, paths, fixed_now), terminal_size=(120, 40),
                        press=["g", "_"])


def test_meeting_screen_shaped_like_seed_000(snap_compare, paths):
    from steuerung.store.db import create_db
    from steuerung.store.repo import Store
    from tests.meeting_data import build_muenster

    store = Store(create_db(paths.sessions / "muenster.db"), fixed_now)
    build_muenster(store)
    assert snap_compare(make_app(store, paths, fixed_now), terminal_size=(120, 40),
                        press=["g", "enter", "end", "enter", "_"])
def test_goals_screen_of_the_demo(snap_compare, demo_store, paths):
    """Ziele: the tree down to the Jahresziele, the cursor on a Jahresziel with its deadline."""
    assert snap_compare(make_app(demo_store, paths, fixed_now), terminal_size=(120, 40),
                        press=["z", *["down"] * 19, "right"])
