"""Pilot test: an indicator that serves several Jahresziele, in the goal tree (issue 13)."""

from __future__ import annotations

from steuerung.tui.app import make_app
from tests.conftest import fixed_now
from tests.tui.helpers import shown
from tests.tui.test_goals import _errors, _goto, _keys, _question


def _links(store) -> list[tuple[int, int]]:
    return [tuple(r) for r in store.rows("SELECT indicator_id, annual_goal_id FROM indicator_link "
                                         "ORDER BY id")]


async def test_link_show_follow_and_unlink_an_indicator(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        screen = app.screen
        screen.outline.reveal(("indicator_link", 2), screen.path(("indicator_link", 2)))
        await pilot.pause()
        assert screen.outline.cursor_node.label.plain == (
            "◇ je 10 % der Mitarbeiter mit Publikumskontakt werden geschult · zugeordnet")
        assert "gehört zum Jahresziel „Fortbildung in interkultureller Kompetenz“" in \
            " ".join(shown(app, "#form-text").split())
        await _keys(pilot, "enter")  # to the indicator at home, where it is edited
        assert screen.outline.cursor_key == ("indicator", 12)

        await _keys(pilot, "z")  # serve one more Jahresziel
        assert "zählt auch für welches Jahresziel" in str(app.screen.query_one(".section-title")
                                                          .content)
        await _keys(pilot, "enter")  # the first offered: Bildung, Leitziel 2
        assert _links(demo_store) == [(9, 14), (12, 17), (12, 1)]
        assert screen.outline.cursor_key == ("indicator_link", 3)

        await _keys(pilot, "delete")
        assert "zählt dann nicht mehr für dieses Jahresziel" in _question(app)
        await _keys(pilot, "j")
        assert _links(demo_store) == [(9, 14), (12, 17)]
        assert demo_store.get("indicator", 12) is not None
        await _goto(pilot, ("annual_goal", 1))
        assert screen.outline.cursor_key == ("annual_goal", 1)
        assert _errors(app) == []


async def test_the_effect_of_the_measures_in_the_jahresziel_form(demo_store, paths):
    from tests.tui.test_goals import _type

    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("annual_goal", 1))
        await _keys(pilot, "e", "enter", "enter", "enter", "enter")  # text, year, resp., Frist
        await _type(pilot, "[/] Durch die Infoveranstaltungen 1.200 Eltern erreichen", "enter")
        assert _errors(app) == []
        assert demo_store.get("annual_goal", 1)["effect"] == (
            "[/] Durch die Infoveranstaltungen 1.200 Eltern erreichen")
