"""SVG snapshots of the moderator's day (issue 17): the Punktabfrage and the Beamer.

A workshop of 14 topics and three persons with 5 dots each, cumulating off
(tests/tui/vote_data.py), at the sizes a moderator meets: the laptop's 80×24
and 120×40, the projector's 200×50.  Update: pytest --snapshot-update, after
looking at the new SVG.
"""

from __future__ import annotations

import pytest

from steuerung.store.db import create_db, open_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.beamer import make_beamer_app
from tests.conftest import fixed_now
from tests.tui.vote_data import build_workshop


@pytest.fixture
def workshop_db(paths):
    path = paths.sessions / "workshop.db"
    store = Store(create_db(path), fixed_now)
    build_workshop(store)
    store.close()
    return path


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_vote_screen_of_the_workshop(snap_compare, workshop_db, paths, size):
    store = Store(open_db(workshop_db), fixed_now)
    try:
        # t: Anna chosen (her remaining dots in the status line), then # 1 2: topic 12
        assert snap_compare(make_app(store, paths, fixed_now), terminal_size=size,
                            press=["v", "t", "home", "down", "enter", "number_sign", "1", "3"])
    finally:
        store.close()


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
def test_beamer_of_the_workshop(snap_compare, workshop_db, size):
    store = Store(open_db(workshop_db, readonly=True), fixed_now)
    try:
        assert snap_compare(make_beamer_app(store, None), terminal_size=size)
    finally:
        store.close()
