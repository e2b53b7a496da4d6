"""Key names as the user reads them, one style everywhere: "Strg+S", "Esc", "Umschalt+↑", "F1".

The footer, the help screen, the command palette and the hints all print keys
through :func:`key_name` (the app's ``get_key_display`` uses it too), so a
binding's key string ("ctrl+s") never reaches the screen as Textual writes it
("^s").  :func:`key_style` is the rule a test holds every shown key name to.
"""

from __future__ import annotations

import re
from functools import cache

from textual.keys import format_key

_MODIFIERS = {"ctrl": "Strg", "shift": "Umschalt", "alt": "Alt"}
_NAMED = {"enter": "Enter", "escape": "Esc", "tab": "Tab", "space": "Leertaste",
          "delete": "Entf", "backspace": "Rücktaste", "insert": "Einfg", "home": "Pos1",
          "end": "Ende", "pageup": "Bild↑", "pagedown": "Bild↓", "up": "↑", "down": "↓",
          "left": "←", "right": "→", "minus": "−", "question_mark": "?"}

_NAMES = r"Enter|Esc|Tab|Leertaste|Entf|Rücktaste|Einfg|Pos1|Ende|Bild↑|Bild↓|F\d{1,2}"
#: A lone key is a named key, a small letter, a digit or a sign ("q", "?", "↑");
#: after modifiers a letter is a capital ("Strg+S", "Strg+Umschalt+Pos1").
_KEY = (rf"(?:(?:Strg\+|Umschalt\+|Alt\+)+(?:{_NAMES}|[A-Z0-9]|[^\sA-Za-z0-9+/–⏎⌫])"
        rf"|{_NAMES}|[a-z0-9]|[^\sA-Za-z0-9+/–⏎⌫])")
#: What a shown key name may be: a key, alternatives ("b/Esc", "Umschalt+↑/↓", "Strg+Z/Y"
#: for Strg+Y) or a range ("1–9"); "/" and "+" are keys of their own.
_STYLE = rf"[/+]|{_KEY}(?:[/–](?:{_KEY}|[A-Z]))*"
#: Spellings of the other styles, found in texts a user reads (labels, README).
_FOREIGN = (
    r"\^[A-Za-z]\b|\b(?:[Cc]trl|CTRL|[Ss]hift|ESC|esc|[Ee]scape|[Bb]ackspace|PgUp|PgDn|"
    r"[Pp]g[Uu]p|[Pp]g[Dd]own)\b|Strg[-+][a-z]\b|Umschalt-|Strg-")


@cache
def key_style() -> re.Pattern:
    """The one style (compiled when first asked: only the tests ask, not the start path)."""
    return re.compile(_STYLE)


@cache
def foreign_spelling() -> re.Pattern:
    return re.compile(_FOREIGN)


def key_name(key: str) -> str:
    """German key names as printed on German keyboards: "ctrl+z" → "Strg+Z".

    Of a list of keys ("slash,f") the first is named; a lone letter stays as it
    is typed ("q"), after a modifier it is a capital ("Strg+S").
    """
    *mods, last = key.split(",")[0].strip().split("+")
    if last in _NAMED:
        name = _NAMED[last]
    elif re.fullmatch(r"f\d{1,2}", last):
        name = last.upper()
    elif len(last) == 1 and last.isupper() and not mods:
        return f"Umschalt+{last}"  # Textual's name for Umschalt+P is "P"
    elif len(last) == 1:
        name = last.upper() if mods else last
    else:
        name = format_key(last)  # "slash" → "/", "greater_than_sign" → ">"
    return "+".join([*(_MODIFIERS.get(m, m.capitalize()) for m in mods), name])


def shown_key(binding) -> str:
    """What the footer and the help print for ``binding``: its own display, else its name."""
    return binding.key_display or key_name(binding.key)
