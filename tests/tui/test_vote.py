"""Pilot tests of the Punktabfrage screen on a real SQLite file."""

from __future__ import annotations

import pytest

from steuerung.store.db import create_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.screens.overview import OverviewScreen
from steuerung.tui.screens.vote import VoteScreen
from tests.conftest import fixed_now

NEUSS = [("Bildung", 30), ("Arbeit", 17), ("Sprache", 15), ("Partizipation", 15),
         ("Interkulturelle Öffnung", 14), ("Willkommenskultur", 14)]


@pytest.fixture
def empty_store(paths):
    path = paths.sessions / "leer.db"
    store = Store(create_db(path), fixed_now)
    store.insert("process", {"title": "Workshop Test"})
    yield store
    store.close()


def _ranking_text(app) -> list[str]:
    return [line.rstrip() for line in app.screen.query_one("#ranking").plain_lines]


def _errors(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


def _tallies(store, vote_id) -> dict[str, int]:
    return dict(store.rows("SELECT t.name, coalesce(sum(d.delta), 0) FROM topic t "
                           "LEFT JOIN dot d ON d.topic_id = t.id WHERE t.vote_id = ? "
                           "GROUP BY t.id ORDER BY t.position", (vote_id,)))


async def _keys(pilot, *keys: str) -> None:
    """Press keys; pause after each, as a person does after a key that opens a screen."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def _new_vote(pilot, title="Themenprioritäten", dates="20.09.2010, 05.11.2010", budget=""):
    await _keys(pilot, "v", "n")
    await pilot.press(*title, "enter", *dates, "enter", "tab", *budget, "enter")
    await pilot.pause()


async def test_transcribe_the_neuss_result_by_keys(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _new_vote(pilot)
        assert isinstance(app.screen, VoteScreen)
        for name, _ in NEUSS:  # the input stays ready for the next card
            await pilot.press(*name, "enter")
        await pilot.press("escape")
        for index, (_, points) in enumerate(NEUSS):
            await _keys(pilot, str(index + 1), "minus", "enter")
            await pilot.press(*str(points), "enter")
        await pilot.pause()
        vote_id = app.screen.vote_id
        assert _tallies(empty_store, vote_id) == dict(NEUSS)
        lines = _ranking_text(app)
        assert [line.split("█")[0].strip() for line in lines] == [
            "1. Bildung", "2. Arbeit", "3. Sprache", "3. Partizipation",
            "4. Interkulturelle Öffnung", "4. Willkommenskultur"]
        assert [line.rsplit("█", 1)[1].strip() for line in lines] == [
            "30", "17", "15 punktgleich", "15 punktgleich", "14 punktgleich", "14 punktgleich"]
        assert lines[0].count("█") > lines[1].count("█") > lines[2].count("█")
        assert "105 Punkte" in str(app.screen.query_one("#vote-status").content)


async def test_digit_keys_add_one_dot_and_undo_redo(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _new_vote(pilot)
        await pilot.press(*"Bildung", "enter", *"Arbeit", "enter", "escape")
        await pilot.press("1", "1", "2", "1")
        vote_id = app.screen.vote_id
        assert _tallies(empty_store, vote_id) == {"Bildung": 3, "Arbeit": 1}
        await pilot.press("ctrl+z", "ctrl+z")
        assert _tallies(empty_store, vote_id) == {"Bildung": 2, "Arbeit": 0}
        await pilot.press("ctrl+y")
        assert _tallies(empty_store, vote_id) == {"Bildung": 2, "Arbeit": 1}
        deltas = [r[0] for r in empty_store.rows("SELECT delta FROM dot ORDER BY id")]
        assert deltas == [1, 1, 1, 1, -1, -1, 1]  # undo appends, never deletes
        assert _ranking_text(app)[0].startswith(" 1. Bildung")


async def test_budget_is_enforced_per_person(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _new_vote(pilot, budget="2")
        await pilot.press(*"A", "enter", *"B", "enter", *"C", "enter", "escape")
        await _keys(pilot, "t", "end", "enter")  # the last entry adds a new person
        await pilot.press(*"Anna Schmidt", "enter")
        await pilot.pause()
        await pilot.press("1", "2", "3")
        await pilot.pause()
        assert "Anna Schmidt hat keine Punkte mehr übrig" in _errors(app)[-1]
        assert _tallies(empty_store, app.screen.vote_id) == {"A": 1, "B": 1, "C": 0}
        assert "Anna Schmidt hat noch 0 von 2" in str(
            app.screen.query_one("#vote-status").content)


async def test_closed_vote_refuses_dots(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v", "1")
        assert "geschlossen" in _errors(app)[-1]
        status = app.screen.query_one("#vote-status").content
        assert str(status).startswith(" geschlossen  105 Punkte")  # marked, first in the line
        assert demo_store.one("SELECT sum(delta) FROM dot")[0] == 105
        await _keys(pilot, "c", "j", "1")  # reopen after a confirmation, then a dot lands
        assert demo_store.one("SELECT sum(delta) FROM dot")[0] == 106
        assert demo_store.one("SELECT state FROM dot_vote")[0] == "open"


@pytest.mark.parametrize("typed, message", [
    ("3,5", "„3,5“ ist keine ganze Zahl"), ("abc", "„abc“ ist keine ganze Zahl"),
    ("-4", "0 oder mehr"), ("", "Bitte eine ganze Zahl eingeben, z. B. 30."),
    ("1.000.001", "„1.000.001“ ist zu groß. Möglich sind ganze Zahlen bis 1.000.000.")])
async def test_bad_tally_stays_in_the_dialog_and_writes_nothing(empty_store, paths, typed,
                                                                message):
    """The tally dialog keeps the input and says in German, inside the dialog, what is wrong."""
    from textual.widgets import Input

    from steuerung.tui.screens.dialogs import PromptScreen

    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _new_vote(pilot)
        await pilot.press(*"Bildung", "enter")
        await _keys(pilot, "escape", "enter")
        await pilot.press(*typed, "enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one("#answer", Input).value == typed
        error = app.screen.query_one("#prompt-error")
        assert error.display and message in str(error.content)
        assert "„“" not in str(error.content)
        assert empty_store.one("SELECT count(*) FROM dot")[0] == 0
        # corrected in place: German thousands dots are read, the dialog closes
        await pilot.press(*["backspace"] * len(typed), *"10.000", "enter")
        await pilot.pause()
        assert isinstance(app.screen, VoteScreen)
        assert empty_store.one("SELECT sum(delta) FROM dot")[0] == 10_000
        assert "10.000" in "\n".join(app.screen.query_one("#topics").plain_lines)


async def test_delete_topic_with_dots_names_them(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _new_vote(pilot)
        await pilot.press(*"Bildung", "enter", *"Arbeit", "enter", "escape", "2", "2", "2")
        await _keys(pilot, "delete")
        assert "„Arbeit“ mit seinen 3 Punkten löschen" in str(
            app.screen.query_one("#question").content)
        await _keys(pilot, "n")
        assert empty_store.one("SELECT count(*) FROM topic")[0] == 2
        await _keys(pilot, "delete", "j")
        assert [r[0] for r in empty_store.rows("SELECT name FROM topic")] == ["Bildung"]
        logged = empty_store.rows("SELECT table_name FROM change_log WHERE action = 'delete'")
        assert sorted(r[0] for r in logged) == ["dot", "dot", "dot", "topic"]


async def test_topics_become_fields(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _new_vote(pilot)
        await pilot.press(*"Bildung", "enter", *"Arbeit", "enter", *"Sport", "enter", "escape")
        await _keys(pilot, "1", "space", "2", "space", "h", "j")
        await pilot.pause()
        fields = [r[0] for r in empty_store.rows("SELECT name FROM field ORDER BY position")]
        assert fields == ["Bildung", "Arbeit"]
        linked = empty_store.rows("SELECT t.name, f.name FROM topic t JOIN field f "
                                  "ON f.id = t.field_id ORDER BY t.position")
        assert [tuple(r) for r in linked] == [("Bildung", "Bildung"), ("Arbeit", "Arbeit")]
        assert "→ Handlungsfeld" in "\n".join(app.screen.query_one("#topics").plain_lines)
        await _keys(pilot, "escape")
        assert isinstance(app.screen, OverviewScreen)


async def test_escape_in_the_input_returns_to_the_list(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _new_vote(pilot)
        await pilot.press(*"Bildung", "enter", "1")  # typing: "1" is text, not a dot
        assert empty_store.one("SELECT count(*) FROM dot")[0] == 0
        await _keys(pilot, "backspace", "escape", "1")
        assert empty_store.one("SELECT count(*) FROM dot")[0] == 1
        assert isinstance(app.screen, VoteScreen)


async def test_b_switches_to_the_beamer_layout(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v", "c", "j", "b")
        from steuerung.tui.screens.beamer_screen import BeamerScreen

        assert isinstance(app.screen, BeamerScreen)
        await _keys(pilot, "4")  # Partizipation: 16, now alone in third place
        text = "\n".join(app.screen.query_one("#beamer").plain_lines())
        assert "3. Partizipation  16" in text
        await _keys(pilot, "b")
        assert isinstance(app.screen, VoteScreen)
        assert "16" in "\n".join(app.screen.query_one("#topics").plain_lines)


async def test_export_from_the_screen_asks_before_overwriting(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v", "e")
        files = list(paths.exports.glob("*.md"))
        assert [f.name for f in files] == ["2011-04-05-themenprioritaeten-integrationsworkshop.md"]
        assert "| 3. | Partizipation | 15 |" in files[0].read_text(encoding="utf-8")
        files[0].write_text("vom Menschen geändert", encoding="utf-8")
        await _keys(pilot, "e")
        assert "gibt es schon. Überschreiben?" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "n")
        assert files[0].read_text(encoding="utf-8") == "vom Menschen geändert"
        await _keys(pilot, "e", "j")
        assert "| 1. | Bildung | 30 |" in files[0].read_text(encoding="utf-8")
