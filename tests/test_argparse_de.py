"""argparse speaks German (issue 11, finding 8): every message a user can provoke."""

from __future__ import annotations

import argparse
import ast
import inspect

import pytest

from steuerung.argparse_de import MESSAGES, PLURALS
from steuerung.cli import main

ENGLISH = ("invalid", "required", "usage", "unrecognized", "choose from", "argument", "expected",
           "error:", "show this help")


@pytest.mark.parametrize(("argv", "german"), [
    (["status", "x.db", "--year", "abc"], "Fehler: --year: „abc“ ist keine ganze Zahl"),
    (["export", "workshop", "x.db", "--meeting", "zwei"], "„zwei“ ist keine ganze Zahl"),
    (["status"], "Fehler: fehlende Angaben: DATEI.db"),
    (["load"], "Fehler: fehlende Angaben: DATEI.json, DATEI.db"),
    (["status", "x.db", "zu", "viel"], "Fehler: unbekannte Angaben: zu viel"),
    (["oeffnen"], "Fehler: BEFEHL: „oeffnen“ gibt es nicht; möglich sind: 'open'"),
    (["export", "bericht", "x.db"], "Fehler: ART: „bericht“ gibt es nicht; möglich sind:"),
    (["status", "x.db", "--year"], "Fehler: --year: hier fehlt der Wert"),
    (["export", "workshop", "x.db", "--s", "1"], "„--s“ ist mehrdeutig, möglich sind: --stichtag"),
])
def test_wrong_command_lines_are_refused_in_german(argv, german, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert german in err
    assert err.startswith("Aufruf: steuerung")
    assert not [word for word in ENGLISH if word in err.lower()], err


@pytest.mark.parametrize("argv", [["--help"], ["status", "--help"], ["export", "-h"]])
def test_help_is_german_throughout(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: steuerung")
    assert "Optionen:" in out and "diese Hilfe anzeigen und beenden" in out
    assert not [word for word in ("usage", "options:", "positional arguments", "show this")
                if word in out], out


def test_argparse_is_itself_again_after_the_command_line(capsys):
    with pytest.raises(SystemExit):
        main(["status", "--help"])
    assert argparse._("usage: ") == "usage: "  # German only while steuerung parses


#: argparse's messages that only a programming error can show (never a user).
DEVELOPER_ONLY = {
    ".__call__() not defined", "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional", "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r", "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments", "conflicting subparser: %s",
    "conflicting subparser alias: %s", 'argument "-" with mode %r',
    "conflicting option string: %s", "conflicting option strings: %s",
    "%(prog)s: error: %(message)s\n",  # replaced by steuerung's own error()
}


def _argparse_messages() -> set[str]:
    """Every string literal argparse passes to _() or ngettext() in this Python."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("_", "ngettext"):
            found.update(a.value for a in node.args[:2]
                         if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return found


def test_every_message_a_user_can_see_has_a_german_entry():
    plurals = {english for pair in PLURALS for english in pair}
    missing = _argparse_messages() - set(MESSAGES) - DEVELOPER_ONLY - plurals
    assert sorted(missing) == []
