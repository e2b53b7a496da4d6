"""DESIGN §6.7: every binding of ours has a German description."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from textual.binding import Binding

import steuerung.tui
from steuerung.tui.screens.help import bindings_of


def _classes_with_bindings():
    for info in pkgutil.walk_packages(steuerung.tui.__path__, "steuerung.tui."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if isinstance(obj, type) and obj.__module__ == module.__name__ and "BINDINGS" in vars(obj):
                yield obj


CLASSES = list(_classes_with_bindings())


def test_classes_found():
    names = {cls.__name__ for cls in CLASSES}
    assert {"SteuerungApp", "OverviewScreen", "StartScreen", "HelpScreen"} <= names


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_binding_has_a_description(cls):
    for item in cls.BINDINGS:
        binding = item if isinstance(item, Binding) else Binding(*item)
        assert binding.description.strip(), f"{cls.__name__}: {binding.key} ohne Beschreibung"


def test_help_collects_only_our_bindings():
    from steuerung.tui.screens.overview import OverviewScreen

    keys = [b.key for b in bindings_of(OverviewScreen())]
    assert {"z", "v", "s", "g", "p"} <= set(keys)
    assert not {"tab", "shift+tab", "ctrl+q", "ctrl+c"} & set(keys)  # Textual's, English


@pytest.mark.parametrize("key, name", [
    ("ctrl+z", "Strg+Z"), ("shift+up", "Umschalt+↑"), ("escape", "Esc"), ("enter", "Enter"),
    ("delete", "Entf"), ("space", "Leertaste"), ("b,escape", "b"), ("q", "q")])
def test_german_key_names(key, name):
    from steuerung.tui.screens.help import key_name

    assert key_name(key) == name


def test_help_rows_merge_digit_keys():
    from steuerung.tui.screens.help import help_rows
    from steuerung.tui.screens.vote import VoteScreen

    rows = dict((d, k) for k, d in help_rows(bindings_of(VoteScreen())))
    assert rows["Punkt"] == "1–9"
    assert rows["Auswahl nach oben"] == "↑"
    assert rows["Thema nach oben schieben"] == "Umschalt+↑"
    assert rows["Rückgängig"] == "Strg+Z"
