"""SVG snapshots of the main screens at 80×24 (issue 17, part B).

The same screens as tests/tui/test_snapshots.py at 120×40, in the smallest
window the app supports.  Update with ``pytest --snapshot-update`` only
after looking at the new SVG.  (The Punktabfrage at 80×24 belongs to the
vote's own snapshots.)
"""

from __future__ import annotations

from datetime import datetime

from steuerung.store.db import create_db, open_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from tests.conftest import fixed_now
from tests.meeting_data import build_muenster

SIZE = (80, 24)


def test_overview_at_80_by_24(snap_compare, demo_store, paths):
    assert snap_compare(make_app(demo_store, paths, fixed_now), terminal_size=SIZE)


def test_goals_at_80_by_24(snap_compare, demo_store, paths):
    """The cursor on a Jahresziel: the form beside the tree, labels above the fields."""
    assert snap_compare(make_app(demo_store, paths, fixed_now), terminal_size=SIZE,
                        press=["z", *["down"] * 19, "right"])


def test_sachstand_at_80_by_24(snap_compare, demo_db, paths):
    """Two lines per Jahresziel: Frist and Verantwortlich stay on screen."""
    def sept():
        return datetime(2011, 9, 30, 10, 0)

    app = make_app(Store(open_db(demo_db), sept), paths, sept)
    assert snap_compare(app, terminal_size=SIZE, press=["s", "_"])


def _muenster(paths) -> Store:
    store = Store(create_db(paths.sessions / "muenster.db"), fixed_now)
    build_muenster(store)
    return store


def test_meeting_at_80_by_24(snap_compare, paths):
    assert snap_compare(make_app(_muenster(paths), paths, fixed_now), terminal_size=SIZE,
                        press=["g", "enter", "end", "enter", "_"])


def test_meeting_header_dialog_at_80_by_24(snap_compare, paths):
    """Kopfdaten der Sitzung: taller than the window, it opens at its title and scrolls."""
    assert snap_compare(make_app(_muenster(paths), paths, fixed_now), terminal_size=SIZE,
                        press=["g", "enter", "end", "enter", "k"])  # no "_": it would be typed
