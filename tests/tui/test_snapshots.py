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


def test_goals_screen_of_the_demo(snap_compare, demo_store, paths):
    """Ziele: the tree down to the Jahresziele, the cursor on a Jahresziel with its deadline."""
    assert snap_compare(make_app(demo_store, paths, fixed_now), terminal_size=(120, 40),
                        press=["z", *["down"] * 19, "right"])
