"""Pilot tests of the command palette: screens, keys and every object kind, opened where it lives."""

from __future__ import annotations

import pytest
from textual.command import CommandInput, CommandList

from steuerung.store import search
from steuerung.tui.app import make_app
from steuerung.tui.palette import Palette
from tests.conftest import fixed_now
from tests.tui.test_goals import _keys, _type


async def _open(pilot) -> Palette:
    await _keys(pilot, "ctrl+p")
    assert isinstance(pilot.app.screen, Palette)
    return pilot.app.screen


async def _results(pilot, settle: float = 0.05) -> list[str]:
    """The labels in the palette's list once its search has finished (without where they live)."""
    palette = pilot.app.screen
    for _ in range(60):
        await pilot.pause(settle)
        if not palette.workers:  # the search worker is done
            break
    options = palette.query_one(CommandList).options
    return [_plain(option.prompt).split("  · ")[0] for option in options]


def _plain(prompt) -> str:
    """An option's text; the "Keine Treffer" line is centred (a Rich Align)."""
    return str(getattr(prompt, "renderable", prompt))


async def _search(pilot, text: str) -> list[str]:
    """Put ``text`` into the palette's field at once (as a paste would) and wait for the hits."""
    pilot.app.screen.query_one(CommandInput).value = text
    return await _results(pilot)


def _cursor(app):
    return app.screen.query_one("#goal-tree").cursor_key


async def test_a_few_letters_of_a_goal_and_enter_open_it_in_the_ziele(demo_store, paths):
    goal = demo_store.one("SELECT id FROM annual_goal WHERE text LIKE 'Erfassung der Maßnahmen "
                          "zur Förderung der Erstsprachen%'")[0]
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        assert type(app.screen).__name__ == "OverviewScreen"
        await _open(pilot)
        assert app.screen.query_one(CommandInput).placeholder.startswith("Seite, Befehl oder")
        await _type(pilot, "erstspr förd")
        lines = await _results(pilot)
        assert lines[0].startswith("Jahresziel 2011: Erfassung der Maßnahmen zur Förderung der "
                                   "Erstsprachen")
        await _keys(pilot, "enter")
        await pilot.pause(0.2)
        assert type(app.screen).__name__ == "GoalsScreen"
        assert _cursor(app) == ("annual_goal", goal)
        assert str(app.screen.query_one("#form-title").content) == (
            "Jahresziel 2011 · Leitziel 2 · Handlungsfeld 3 Sprache")


@pytest.fixture
def every_kind(demo_store):
    """The Neuss demo plus the kinds it lacks: Kennzahlen, Masterplan steps, a Vorlage."""
    from steuerung.store.masterplan import save_step
    from steuerung.store.submissions import save_submission

    for n, name in enumerate(("Einbürgerungsquote", "Anteil an Kitas"), 1):
        demo_store.insert("monitoring_indicator", {"name": name, "position": n})
    for title in ("Leitbild beschließen", "Monitoring aufbauen"):
        save_step(demo_store, None, {"title": title, "status": "open"})
    save_submission(demo_store, {"subject": "Sachstand Integrationskonzept", "number": "0815/2011",
                                 "date": "30.09.2011"})
    return demo_store


def _selected(app, kind: str):
    """What the screen shows selected, as (screen class name, id)."""
    screen = app.screen
    name = type(screen).__name__
    if kind in ("field", "guiding_goal", "annual_goal", "indicator", "measure"):
        return name, screen.query_one("#goal-tree").cursor_key[1]
    if kind == "committee":
        return name, screen.committee_id
    if kind == "meeting":
        return name, screen.meeting_id
    if kind == "dot_vote":
        return name, screen.vote_id
    if kind == "kennzahl":
        return name, int(screen.selected[2:])
    if kind == "plan_step":
        return name, screen.step.id
    options = screen.query_one("#submissions" if kind == "submission" else "#outline")
    key = options.get_option_at_index(options.highlighted).id
    return name, int(key.split(":")[-1])


SCREENS = {"field": "GoalsScreen", "guiding_goal": "GoalsScreen", "annual_goal": "GoalsScreen",
           "indicator": "GoalsScreen", "measure": "GoalsScreen", "committee": "CommitteesScreen",
           "meeting": "MeetingScreen", "submission": "SubmissionsScreen", "dot_vote": "VoteScreen",
           "kennzahl": "MonitoringScreen", "plan_step": "MasterplanScreen",
           "section": "OutlineScreen"}


@pytest.mark.parametrize("kind", list(SCREENS))
async def test_every_kind_opens_where_it_lives_selected(every_kind, paths, kind):
    index = search.build_index(every_kind)
    labels = [e.label for e in index]
    # the last object of the kind whose text is its own (the first is often the default)
    entry = [e for e in index if e.kind == kind and labels.count(e.label) == 1][-1]
    app = make_app(every_kind, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        lines = await _search(pilot, entry.label)
        assert lines[0] == entry.label
        await _keys(pilot, "enter")
        await pilot.pause(0.2)
        assert _selected(app, kind) == (SCREENS[kind], entry.id)
        if kind == "meeting":  # the Sitzung lies over its Gremien, as when opened there
            assert type(app.screen_stack[-2]).__name__ == "CommitteesScreen"
            await _keys(pilot, "escape")
            assert type(app.screen).__name__ == "CommitteesScreen"


@pytest.mark.parametrize("typed, screen", [
    ("sachst", "SachstandScreen"), ("Gremien", "CommitteesScreen"), ("leitbild", "VisionScreen"),
    ("zirkel", "CycleScreen"), ("masterplan", "MasterplanScreen"), ("gliederung", "OutlineScreen"),
    ("monitoring", "MonitoringScreen"), ("vorlagen", "SubmissionsScreen"),
    ("dokumente", "ExportScreen"), ("punktabfrage", "VoteScreen")])
async def test_every_screen_by_its_german_name(demo_store, paths, typed, screen):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        await _search(pilot, typed)
        await _keys(pilot, "enter")
        await pilot.pause(0.2)
        assert type(app.screen).__name__ == screen


async def test_the_keys_of_the_screen_by_their_description(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _open(pilot)
        lines = await _results(pilot)  # nothing typed: screens, this screen's keys, commands
        assert lines[:2] == ["Übersicht", "Punktabfrage"]
        assert {"Neu daneben", "Filter", "Hilfe", "Farbschema: hell", "Beenden"} <= set(lines)
        assert "Punkt" not in lines  # the dot keys belong to the Punktabfrage
        await _search(pilot, "filter")
        await _keys(pilot, "enter")
        await pilot.pause(0.1)
        assert app.screen.focused.id == "goal-filter"


async def test_no_match_says_so_in_german(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        assert await _search(pilot, "xyzzy") == []
        await pilot.pause(0.7)  # Textual waits a moment before it says so
        assert await _results(pilot) == ["Keine Treffer"]


async def test_user_text_shows_as_typed_never_as_markup(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        # written after the Übersicht is drawn: only the palette shows them here
        demo_store.insert("field", {"number": 5, "name": "[bold]Wohnen[/] \\[x]", "position": 5})
        demo_store.insert("committee", {"name": "Beirat [/]", "kind": "[red]Beirat", "position": 3})
        await _open(pilot)
        assert await _search(pilot, "wohnen") == ["Handlungsfeld 5 [bold]Wohnen[/] \\[x]"]
        await _search(pilot, "beirat")
        option = app.screen.query_one(CommandList).get_option_at_index(0)
        assert str(option.prompt) == "Gremium: Beirat [/]  · [red]Beirat"


async def test_leaving_unsaved_input_asks_first(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z", "l")  # Leitbild: a new version, typed into
        await _type(pilot, "Leitbild 2012")
        await _open(pilot)
        await _search(pilot, "sachstand")
        await _keys(pilot, "enter")
        await pilot.pause(0.1)
        assert type(app.screen).__name__ == "ConfirmScreen"
        await _keys(pilot, "n")
        assert type(app.screen).__name__ == "VisionScreen"  # nothing lost
        await _open(pilot)
        await _search(pilot, "sachstand")
        await _keys(pilot, "enter")
        await pilot.pause(0.1)
        await _keys(pilot, "j")
        assert type(app.screen).__name__ == "SachstandScreen"


async def test_not_over_a_dialog_but_from_a_text_field_and_the_header(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z", "slash")  # the filter field has focus
        await _open(pilot)
        await _keys(pilot, "escape")
        await _keys(pilot, "escape", "escape", "v", "n")  # the dialog of a new vote
        await _keys(pilot, "ctrl+p")
        assert type(app.screen).__name__ == "NewVoteScreen"
        await _keys(pilot, "escape", "escape")
        await pilot.click("HeaderIcon")
        await pilot.pause(0.1)
        assert isinstance(app.screen, Palette)


async def test_a_deleted_object_is_named_not_opened(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        await _search(pilot, "Handlungsfeld 4 Interkulturelle")
        demo_store.conn.execute("PRAGMA foreign_keys = OFF")
        demo_store.conn.execute("DELETE FROM field WHERE number = 4")
        await _keys(pilot, "enter")
        await pilot.pause(0.1)
        assert type(app.screen).__name__ == "OverviewScreen"
        assert any("gibt es nicht mehr" in str(n.message) for n in app._notifications)


async def test_on_the_start_page_the_palette_offers_what_works_without_a_process(paths):
    app = make_app(None, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        assert type(app.screen).__name__ == "StartScreen"
        await _open(pilot)
        lines = await _results(pilot)
        assert "Ziele" not in lines and "Übersicht" not in lines
        assert {"Hilfe", "Beenden", "Farbschema: hell"} <= set(lines)
        assert await _search(pilot, "jahresziel") == []  # no process, no objects
