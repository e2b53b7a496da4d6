"""The newcomer's tour (issue 17): untouched Leitbild, Gremien list first, an empty Punktabfrage,
colour schemes remembered per user, and the start path without the palette."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from textual.widgets import Input, OptionList

from steuerung import settings
from steuerung.paths import Paths, resolve
from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.beamer import make_beamer_app
from steuerung.tui.palette import Palette
from tests.conftest import fixed_now
from tests.tui.test_goals import _keys, _type


@pytest.fixture
def empty_store(paths):
    """A process with nothing in it yet."""
    from steuerung.store.db import create_db

    store = Store(create_db(paths.sessions / "leer.db"), fixed_now)
    store.insert("process", {"title": "Leer"})
    yield store
    store.close()


# -- Leitbild, Gremien, Punktabfrage --------------------------------------------------------------
async def test_esc_on_an_untouched_new_leitbild_does_not_ask(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z", "l")
        assert type(app.screen).__name__ == "VisionScreen"
        await _keys(pilot, "escape")
        assert type(app.screen).__name__ == "GoalsScreen"
        await _keys(pilot, "l")
        await _type(pilot, "x")
        await _keys(pilot, "escape")
        assert type(app.screen).__name__ == "ConfirmScreen"  # typed: it still asks


async def test_esc_on_an_untouched_stored_leitbild_does_not_ask(demo_store, paths):
    demo_store.insert("vision", {"label": "Leitbild 2008", "adopted_on": "2008-02-12",
                                 "adopted_by": "Rat", "text": "Vielfalt\r\nals Chance\n"})
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z", "l", "escape")
        assert type(app.screen).__name__ == "GoalsScreen"


async def test_gremien_start_in_the_list_and_enter_goes_into_the_committee(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g")
        assert app.screen.focused.id == "committee-list"
        await _keys(pilot, "down")
        assert "Kreistag" in app.screen.committee.name
        await _keys(pilot, "enter")
        assert app.screen.focused.id == "committee-rows"


async def test_typing_in_an_empty_process_starts_a_vote_with_what_was_typed(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v")
        assert "einfach lostippen" in "\n".join(app.screen.query_one("#topics").plain_lines)
        await _type(pilot, "Workshop")
        assert type(app.screen).__name__ == "NewVoteScreen"
        assert app.screen.query_one("#title", Input).value == "Workshop"
        await _keys(pilot, "enter", "enter", "tab", "enter")  # Termine, Kumulieren, Punkte: as they are
        await pilot.pause(0.1)
        assert [r[0] for r in empty_store.rows("SELECT title FROM dot_vote")] == ["Workshop"]
        assert app.screen.focused.id == "topic-input"
        await _type(pilot, "Bildung", "enter")
        assert [r[0] for r in empty_store.rows("SELECT name FROM topic")] == ["Bildung"]


async def test_enter_in_the_topic_field_without_a_vote_asks_for_the_vote_first(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v")
        app.screen.query_one("#topic-input", Input).focus()
        await _type(pilot, "Sprache", "enter")
        assert type(app.screen).__name__ == "NewVoteScreen"
        await _type(pilot, "Workshop", "enter", "enter", "tab", "enter")
        await pilot.pause(0.1)
        assert app.screen.query_one("#topic-input", Input).value == "Sprache"  # nothing lost
        await _keys(pilot, "enter")
        assert [r[0] for r in empty_store.rows("SELECT name FROM topic")] == ["Sprache"]


async def test_n_and_q_keep_their_meaning_in_an_empty_punktabfrage(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v", "n")
        assert app.screen.query_one("#title", Input).value == ""
        await _keys(pilot, "escape", "q")
        await pilot.pause(0.1)
        assert app.return_code == 0


# -- colour schemes ----------------------------------------------------------------------------
@pytest.fixture
def settings_paths(tmp_path) -> Paths:
    return Paths(tmp_path / "home", tmp_path / "konfig" / "einstellungen.json")


async def test_f2_steps_through_the_schemes_and_remembers_the_choice(demo_store, settings_paths):
    file = settings_paths.settings
    app = make_app(demo_store, settings_paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.theme == "textual-dark"
        assert not file.exists()  # nothing written until chosen
        await _keys(pilot, "f2")
        assert app.theme == "textual-light"
        assert json.loads(file.read_text(encoding="utf-8")) == {"theme": "textual-light"}
        await _keys(pilot, "f2")
        assert app.theme == "steuerung-kontrast"
        assert app.current_theme.background == "#000000"
        await _keys(pilot, "f2")
        assert app.theme == "textual-dark"
    again = make_app(demo_store, settings_paths, fixed_now)
    assert again.theme == "textual-dark"


async def test_the_palette_chooses_a_scheme_and_the_next_start_and_the_beamer_use_it(
        demo_store, demo_db, settings_paths):
    app = make_app(demo_store, settings_paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "ctrl+p")
        assert isinstance(app.screen, Palette)
        app.screen.query_one("Input").value = "kontrast"
        await pilot.pause(0.3)
        await _keys(pilot, "enter")
        await pilot.pause(0.1)
        assert app.theme == "steuerung-kontrast"
    assert make_app(demo_store, settings_paths, fixed_now).theme == "steuerung-kontrast"
    reader = Store(open_db(demo_db, readonly=True), fixed_now)
    try:
        beamer = make_beamer_app(reader, None, settings=settings_paths.settings)
        assert beamer.theme == "steuerung-kontrast"
        async with beamer.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.3)
            view = beamer.screen.query_one("BeamerView")
            assert view.styles.background.hex == "#000000"
            red, green, blue = view.get_component_rich_style("beamer-view--bar").color.triplet
            assert red > 240 and green > 240 and blue < 20  # the contrast scheme's yellow
    finally:
        reader.close()


async def test_the_beamer_follows_a_light_scheme(demo_db, settings_paths):
    settings.save(settings_paths.settings, theme="textual-light")
    reader = Store(open_db(demo_db, readonly=True), fixed_now)
    try:
        beamer = make_beamer_app(reader, None, settings=settings_paths.settings)
        async with beamer.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.3)
            view = beamer.screen.query_one("BeamerView")
            assert view.styles.background == beamer.current_theme.to_color_system().background
    finally:
        reader.close()


@pytest.mark.parametrize("content", ["{kaputt", "[1, 2]", '{"theme": 7}', '{"theme": "rosa"}',
                                     "\udcff"])
def test_a_broken_settings_file_gives_the_default(demo_store, settings_paths, content):
    file = settings_paths.settings
    file.parent.mkdir(parents=True)
    file.write_bytes(content.encode("utf-8", "surrogateescape"))
    assert make_app(demo_store, settings_paths, fixed_now).theme == "textual-dark"


async def test_a_settings_file_that_cannot_be_written_is_said_the_scheme_still_changes(
        demo_store, tmp_path):
    blocked = tmp_path / "datei"
    blocked.write_text("keine Verzeichnis", encoding="utf-8")
    app = make_app(demo_store, Paths(tmp_path / "home", blocked / "einstellungen.json"), fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "f2")
        assert app.theme == "textual-light"
        assert any("nicht gemerkt" in str(n.message) for n in app._notifications)


def test_the_settings_file_comes_from_the_environment_or_the_users_config_directory(tmp_path):
    assert resolve(tmp_path).settings is None  # only the screens ask for it
    chosen = resolve(tmp_path, {"STEUERUNG_CONFIG": str(tmp_path / "k")}, with_settings=True)
    assert chosen.settings == tmp_path / "k" / "einstellungen.json"
    default = resolve(tmp_path, {}, with_settings=True).settings
    assert default.parts[-2:] == ("steuerung", "einstellungen.json")


def test_nothing_is_written_on_import(tmp_path):
    code = ("import importlib, pkgutil, steuerung\n"
            "for info in pkgutil.walk_packages(steuerung.__path__, 'steuerung.'):\n"
            "    if info.name != 'steuerung.__main__': importlib.import_module(info.name)\n"
            "from steuerung.paths import resolve; resolve(with_settings=True)\n")
    env = {"STEUERUNG_CONFIG": str(tmp_path / "konfig"), "HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=tmp_path)
    assert list(tmp_path.iterdir()) == []


# -- the start path ----------------------------------------------------------------------------
def test_the_palette_is_not_on_the_start_path():
    code = ("import sys\n"
            "import steuerung.tui.app, steuerung.tui.screens.overview\n"
            "print(sorted(m for m in sys.modules if m.startswith(('steuerung.tui.palette', "
            "'steuerung.store.search'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_collector_waits_for_the_first_frame():
    code = ("import gc\n"
            "from steuerung.tui import startup\n"
            "startup.release_collector(); print(gc.isenabled(), gc.get_freeze_count() == 0)\n"
            "startup.hold_collector(); print(gc.isenabled())\n"
            "startup.release_collector(); print(gc.isenabled(), gc.get_freeze_count() > 0)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "False", "True", "True"]


async def test_the_app_lets_the_collector_go_after_its_first_frame(demo_store, paths):
    import gc

    from steuerung.tui import startup

    startup.hold_collector()
    try:
        app = make_app(demo_store, paths, fixed_now)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.1)
            assert gc.isenabled()
    finally:
        startup.release_collector()
        gc.enable()
        gc.unfreeze()


async def test_the_committee_list_is_an_option_list(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g")
        assert isinstance(app.screen.focused, OptionList)
