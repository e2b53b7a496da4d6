"""User text on its way to a screen or a terminal: control characters dropped (DESIGN §8).

A name typed, imported or loaded may hold an escape sequence (``\\x1b[31m``)
or another control character; written to a terminal it would recolour or
move the picture.  What is shown keeps every visible character — brackets,
emoji, right-to-left script — and loses only the C0 and C1 control
characters (a tab becomes a space, a line break stays in multi-line text).
"""

from __future__ import annotations

_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]

#: Multi-line text (notes, Leitbild): line breaks stay, Unicode line separators become one.
_MULTI = {code: None for code in _CONTROLS} | {0x09: " ", 0x0A: "\n", 0x2028: "\n", 0x2029: "\n"}
#: One-line text (names, a form field): every line break becomes a space.
_SINGLE = _MULTI | {0x0A: " ", 0x2028: " ", 0x2029: " "}


def printable(text: str | None) -> str:
    """``text`` as it may be shown: without control characters, line breaks kept."""
    return text.translate(_MULTI) if text else ""


def one_line(text: str | None) -> str:
    """``text`` for a one-line field: without control characters, line breaks as spaces."""
    return text.translate(_SINGLE) if text else ""
