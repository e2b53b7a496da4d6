"""argparse in German: its own messages, translated where argparse looks them up.

argparse reads every message it shows through gettext (``argparse._`` and
``argparse.ngettext``, bound to :mod:`gettext` at import).  Python ships no
German catalogue for them, so :func:`german` hands argparse this one for as
long as the command line is built and parsed — argparse itself is not
re-implemented, and a message missing here stays readable (English).  A test
checks that every message a user can provoke in the running Python has an
entry.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

#: argparse's msgids (Python 3.11 – 3.13) → German; ``%(…)s`` keys stay as argparse fills them.
MESSAGES = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "optional arguments": "Optionen",
    "show this help message and exit": "diese Hilfe anzeigen und beenden",
    "show program's version number and exit": "Versionsnummer anzeigen und beenden",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "„%(value)s“ ist kein gültiger Wert (%(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "„%(value)s“ gibt es nicht; möglich sind: %(choices)s",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "„%(value)s“ gibt es nicht – vielleicht %(closest)r? Möglich sind: %(choices)s",
    "the following arguments are required: %s": "fehlende Angaben: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "expected one argument": "hier fehlt der Wert",
    "expected at most one argument": "höchstens ein Wert ist möglich",
    "expected at least one argument": "mindestens ein Wert ist nötig",
    "ambiguous option: %(option)s could match %(matches)s":
        "„%(option)s“ ist mehrdeutig, möglich sind: %(matches)s",
    "one of the arguments %s is required": "eine dieser Angaben ist nötig: %s",
    "not allowed with argument %s": "geht nicht zusammen mit %s",
    "ignored explicit argument %r": "%r ist hier als Wert nicht möglich",
    "unexpected option string: %s": "unerwartete Option: %s",
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ lässt sich nicht öffnen: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "„%(parser_name)s“ gibt es nicht; möglich sind: %(choices)s",
}
#: (singular, plural) → (Singular, Plural).
PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("%s Wert erwartet", "%s Werte erwartet"),
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    german = PLURALS.get((singular, plural))
    if german is None:
        return singular if n == 1 else plural
    return german[0] if n == 1 else german[1]


@contextmanager
def german() -> Iterator[None]:
    """argparse speaks German inside the block (building the parser, parsing, help)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
