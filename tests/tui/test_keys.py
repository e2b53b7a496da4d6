"""One style for key names (issue 17) and the keys that work everywhere: F1, Strg+Q, Strg+P."""

from __future__ import annotations

import re

import pytest
from textual.binding import Binding
from textual.widgets import Input, TextArea

import steuerung.labels as L
from steuerung.tui.app import make_app
from steuerung.tui.keys import foreign_spelling, key_name, key_style, shown_key
from steuerung.tui.screens.help import HelpScreen
from tests.conftest import ROOT, fixed_now
from tests.tui.helpers import shown
from tests.tui.test_bindings import CLASSES
from tests.tui.test_goals import _keys, _type


@pytest.mark.parametrize("key, name", [
    ("ctrl+s", "Strg+S"), ("ctrl+shift+home", "Strg+Umschalt+Pos1"), ("shift+down", "Umschalt+↓"),
    ("escape", "Esc"), ("f1", "F1"), ("pageup", "Bild↑"), ("backspace", "Rücktaste"),
    ("slash,f", "/"), ("P", "Umschalt+P"), ("question_mark", "?"), ("minus", "−"),
    ("greater_than_sign", ">"), ("tab", "Tab"), ("home", "Pos1"), ("delete", "Entf")])
def test_key_names(key, name):
    assert key_name(key) == name
    assert key_style().fullmatch(name)


@pytest.mark.parametrize("shown", ["^s", "esc", "ctrl+s", "Strg+s", "Strg-S", "del", "⏎", "pgup",
                                   "Shift+↑", "Ctrl+Z", "Escape", "space"])
def test_the_other_styles_are_refused(shown):
    assert not key_style().fullmatch(shown)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_binding_shows_its_key_in_the_one_style(cls):
    for item in cls.BINDINGS:
        binding = item if isinstance(item, Binding) else Binding(*item)
        for one in Binding.make_bindings([binding]):
            assert key_style().fullmatch(shown_key(one)), f"{cls.__name__}: {shown_key(one)!r}"


def test_the_app_names_keys_so_for_textual_too(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    assert app.get_key_display(Binding("ctrl+s", "save", "Speichern")) == "Strg+S"
    assert app.get_key_display(Binding("escape", "back", "Zurück")) == "Esc"


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _texts(item)


def test_labels_name_keys_in_the_one_style():
    found = [(name, text) for name, value in vars(L).items() if name.isupper()
             for text in _texts(value) if foreign_spelling().search(text)]
    assert found == []


def test_the_readme_names_keys_in_the_one_style():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert foreign_spelling().findall(text) == []
    usage = text.split("\n## Befehle")[0]  # the key tables of "Bedienung"
    first_cells = [line.split("|")[1] for line in usage.splitlines() if line.startswith("| `")]
    keys = [key for cell in first_cells for key in re.findall(r"`([^`]+)`", cell)]
    assert {"F1", "Strg+P", "Strg+Q", "Esc", "Umschalt+↑/↓"} <= set(keys)
    assert [key for key in keys if not key_style().fullmatch(key)] == []


def _footer(app) -> str:
    return str(app.screen.query_one("Footer").render())


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@pytest.mark.parametrize("keys", [[], ["v"], ["z"], ["s"], ["d"], ["g"], ["m"], ["z", "l"]])
async def test_every_footer_says_f1_hilfe_even_when_narrow(demo_store, paths, keys, size):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=size) as pilot:
        await _keys(pilot, *keys)
        line = _footer(app)
        assert line.rstrip().endswith("F1 Hilfe")
        assert len(line) == size[0]
        assert not foreign_spelling().search(line)
        if not keys and size == (120, 40):
            assert "q Beenden  Strg+P Befehle" in line


async def test_a_click_on_a_key_of_the_footer_presses_it(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        line = _footer(app)
        await pilot.click("Footer", offset=(line.index("Ziele") + 1, 0))
        await pilot.pause(0.1)
        assert type(app.screen).__name__ == "GoalsScreen"


async def test_f1_opens_the_help_from_a_text_field_where_q_and_question_mark_are_typed(
        demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z", "slash")
        assert isinstance(app.screen.focused, Input)
        await _type(pilot, "q?")
        assert app.screen.focused.value == "q?"
        assert "q Beenden" not in _footer(app)  # q types here
        await _keys(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        keys = shown(app, "#help-keys")
        assert "F1 / ?" in keys
        await _keys(pilot, "f1")  # F1 again closes it
        assert type(app.screen).__name__ == "GoalsScreen"
        assert app.screen.focused.value == "q?"


async def test_f1_in_an_editor_and_in_a_dialog(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z", "l", "tab", "tab", "tab")
        assert isinstance(app.screen.focused, TextArea)
        await _keys(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        assert "Neue Fassung" in shown(app, "#help-keys")
        await _keys(pilot, "escape", "escape", "escape", "escape", "v", "n")
        assert type(app.screen).__name__ == "NewVoteScreen"
        await _keys(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("keys", [["z", "slash"], ["z", "l", "tab", "tab", "tab"], ["v", "n"],
                                  ["ctrl+p"], ["f1"]])
async def test_ctrl_q_quits_from_anywhere(demo_store, paths, keys):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, *keys)
        assert app.return_code is None
        await _keys(pilot, "ctrl+q")
        await pilot.pause(0.1)
        assert app.return_code == 0


async def test_q_still_quits_outside_text_fields(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g")
        assert app.return_code is None
        await _keys(pilot, "q")
        await pilot.pause(0.1)
        assert app.return_code == 0


def test_the_help_hint_names_f1():
    assert "F1" in L.HELP_HINT
