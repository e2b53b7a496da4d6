"""The bounds every number of a process stays within (DESIGN §8), in one place.

Forms, dialogs, the CSV import, ``load`` and ``check`` all refuse with these
functions, so a value is refused the same way on every path — and no number
ever reaches SQLite that could overflow a later sum.
"""

from __future__ import annotations

from .. import labels as L
from .dates import MAX_YEAR, MIN_YEAR
from .errors import UserError
from .numbers import MAX_ABS, check_number, format_number, parse_whole

#: A topic's tally (and one entry of it) stays within 0 … 1.000.000 dots.
MAX_TALLY = 1_000_000
#: Seats of a committee, votes Ja / Nein / Enthaltung, dots per person, numbers of rows.
MAX_COUNT = 100_000
#: SQLite's INTEGER; nothing larger can be stored at all.
MAX_INT64 = 2**63 - 1

__all__ = ["MAX_ABS", "MAX_COUNT", "MAX_INT64", "MAX_TALLY", "MAX_YEAR", "MIN_YEAR",
           "check_count", "check_number", "check_tally", "check_year", "parse_count",
           "parse_tally"]


def parse_tally(text: str) -> int:
    """A tally typed from the wall: a whole number up to 1.000.000 (the sign is checked later)."""
    return parse_whole(text, L.NUM_TALLY, maximum=MAX_TALLY)


def check_tally(tally_now: int, delta: int, topic: str) -> None:
    """Refuse a change that would lift a topic's tally above 1.000.000.

    Taking dots away is always allowed: it leads back into bounds even from a
    file that somehow holds a larger tally.
    """
    if delta > 0 and tally_now + delta > MAX_TALLY:
        raise UserError(L.E_TALLY_MAX.format(topic=topic, tally=format_number(tally_now + delta),
                                             max=format_number(MAX_TALLY)))
    if abs(delta) > MAX_INT64:
        raise UserError(L.E_TALLY_STEP.format(delta=format_number(abs(delta)),
                                              max=format_number(MAX_TALLY)))


def parse_count(text: str, what: str, *, minimum: int = 0) -> int:
    """A count (seats, votes, dots per person): a whole number ``minimum`` … 100.000."""
    return parse_whole(text, what, minimum=minimum, maximum=MAX_COUNT, example="8")


def check_count(value: int, what: str, *, minimum: int = 0) -> int:
    if not minimum <= value <= MAX_COUNT:
        raise UserError(L.E_COUNT_RANGE.format(what=what, value=format_number(value),
                                               min=format_number(minimum),
                                               max=format_number(MAX_COUNT)))
    return value


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(L.E_YEAR_RANGE.format(year=year, min=MIN_YEAR, max=MAX_YEAR))
    return year
