"""Pure rules of the goal system: years, choices, phases, directions, carry-over.

Nothing here touches a database; the store validates with these functions
before it writes, and the tests check them as tables.
"""

from __future__ import annotations

import re

from .. import labels as L
from .dates import Deadline, parse_deadline
from .errors import UserError
from .numbers import format_number as format_number  # re-exported for the goal forms
from .numbers import parse_optional

_YEAR = re.compile(r"\b(19\d\d|20\d\d|2100)\b")

#: The one number parser and formatter live in :mod:`.numbers`; these names stay
#: for the callers of the goal system ("" → None, 12.5 → "12,5").
parse_number = parse_optional


def parse_year(text: str) -> int:
    raw = text.strip()
    if not (re.fullmatch(r"[0-9]{4}", raw) and 1900 <= int(raw) <= 2100):
        raise UserError(L.E_YEAR.format(text=raw))
    return int(raw)


def required(text: str | None, message: str) -> str:
    """The stripped text, or the German refusal ``message`` (which names an example)."""
    value = (text or "").strip()
    if not value:
        raise UserError(message)
    return value


def optional(text: str | None) -> str | None:
    value = (text or "").strip()
    return value or None


def choice(text: str | None, table: dict[str, str], what: str, default: str | None = None) -> str:
    """A code of ``table``; the German word is accepted as well as the code."""
    raw = (text or "").strip()
    if not raw and default is not None:
        return default
    for code, word in table.items():
        if raw.casefold() in (code.casefold(), word.casefold()):
            return code
    raise UserError(L.E_CHOICE.format(what=what, text=raw, choices=", ".join(table.values())))


def next_phase(phase: str | None, step: int = 1) -> str:
    """The next phase of the Strategiezirkel; after Evaluation comes Leitbild again."""
    phases = list(L.PHASES)
    index = phases.index(phase) if phase in phases else -step
    return phases[(index + step) % len(phases)]


def derive_direction(baseline: float | None, target: float | None) -> str | None:
    """"up" / "down" from baseline → target; equal values mean "maintain"."""
    if baseline is None or target is None:
        return None
    if target > baseline:
        return "up"
    if target < baseline:
        return "down"
    return "maintain"


def next_year_deadline(text: str | None) -> Deadline | None:
    """The same deadline one year later ("Ende 2011" → "Ende 2012"), for carry-over.

    Every four-digit year in the text moves on by one; a text without a year,
    or one that no longer names a real day (29.02.), gives None.
    """
    if not text or not _YEAR.search(text):
        return None
    shifted = _YEAR.sub(lambda m: str(int(m.group(1)) + 1), text)
    try:
        return parse_deadline(shifted)
    except UserError:
        return None


def count_phrase(counts: dict[str, int]) -> str:
    """{"annual_goal": 2, "indicator": 3} → "2 Jahreszielen, 3 Indikatoren" (order of COUNT_WORDS)."""
    parts = []
    for kind, (one, many) in L.COUNT_WORDS.items():
        n = counts.get(kind, 0)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)
