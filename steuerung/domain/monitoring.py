"""Pure rules of the Integrationsmonitoring: gap, trend, the next report, German figures.

The **gap** (Abstand) compares a Vergleichsgruppe with its reference group in
the same year (``mit Migrationsvorgeschichte`` − ``ohne``).  Its unit follows
the Kennzahl's unit: a share (a unit containing "%" or the word "Prozent") is
compared in **Prozentpunkten** — 20 % against 35 % is 15 Prozentpunkte, not
"15 %" — and so is the change of a share over the years; anything else (a
count of "Kinder", "Jahre") is compared in its own unit.

The **trend** of a series of yearly values is its change since the first and
since the previous available year; a gap series is "kleiner" or "größer" by
its absolute size, so a gap that closes from −16 to −8 is improving whatever
its sign.

The **next report** follows the council's cycle ("alle 2–3 Jahre"): it is
due between ``last + min`` and ``last + max`` years.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .. import labels as L
from .errors import UserError
from .numbers import format_number

#: Units whose values are shares; compared and changed in Prozentpunkten.
_SHARE_WORDS = ("%", "prozent", "v. h.", "vh")
#: The largest value a Kennzahl or a population figure may take (DESIGN §8 bounds).
LIMIT = 1e12
_CYCLE = re.compile(r"^(\d{1,2})(?:\s*(?:-|–|—|bis)\s*(\d{1,2}))?$")
MINUS = "\u2212"


def is_share(unit: str | None) -> bool:
    """"%", "in %", "Prozent", "v. H." → True: the Kennzahl is a share."""
    text = (unit or "").strip().casefold()
    return any(word in text for word in _SHARE_WORDS)


def gap_unit(unit: str | None) -> str:
    """The unit a gap or a change is measured in: Prozentpunkte for shares, else the unit."""
    return L.MON_POINTS if is_share(unit) else (unit or "").strip()


def gap(value: float | None, reference: float | None) -> float | None:
    """``value − reference``; None when one of them is missing."""
    if value is None or reference is None:
        return None
    return value - reference


def gap_series(values: Mapping[int, float], reference: Mapping[int, float]) -> dict[int, float]:
    """The gap in every year both groups have a value, by year."""
    return {year: values[year] - reference[year] for year in sorted(values) if year in reference}


@dataclass(frozen=True)
class Trend:
    """How a yearly series moved: first, previous and last available year."""

    first_year: int
    first: float
    last_year: int
    last: float
    previous_year: int | None = None
    previous: float | None = None

    @property
    def since_first(self) -> float:
        return self.last - self.first

    @property
    def since_previous(self) -> float | None:
        return None if self.previous is None else self.last - self.previous

    @property
    def direction(self) -> str:
        """"up", "down" or "flat" from the first to the last year; "single" for one year."""
        if self.last_year == self.first_year:
            return "single"
        change = self.since_first
        return "up" if change > 0 else "down" if change < 0 else "flat"

    @property
    def gap_direction(self) -> str:
        """For a gap series: "closing", "widening" or "flat" by absolute size; "single"."""
        if self.last_year == self.first_year:
            return "single"
        before, after = abs(self.first), abs(self.last)
        return "closing" if after < before else "widening" if after > before else "flat"


def trend(series: Mapping[int, float]) -> Trend | None:
    """The trend of ``{year: value}``; None without any value."""
    years = sorted(series)
    if not years:
        return None
    first, last = years[0], years[-1]
    previous = years[-2] if len(years) > 1 else None
    return Trend(first, series[first], last, series[last], previous,
                 None if previous is None else series[previous])


# -- the council's reporting cycle ----------------------------------------------------------
def parse_cycle(text: str) -> tuple[int, int]:
    """"2" → (2, 2); "2–3", "2-3", "2 bis 3" → (2, 3); 1 to 10 years."""
    match = _CYCLE.match(" ".join(text.split()).casefold())
    if not match:
        raise UserError(L.MON_E_CYCLE.format(text=text.strip()))
    low = int(match.group(1))
    high = int(match.group(2) or low)
    if not 1 <= low <= high <= 10:
        raise UserError(L.MON_E_CYCLE.format(text=text.strip()))
    return low, high


def cycle_text(every_min: int, every_max: int) -> str:
    """(2, 3) → "alle 2–3 Jahre"; (1, 1) → "jährlich"."""
    if every_min == every_max:
        return L.MON_YEARLY if every_min == 1 else L.MON_EVERY.format(n=every_min)
    return L.MON_EVERY.format(n=f"{every_min}–{every_max}")


def add_years(day: datetime.date, years: int) -> datetime.date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class NextReport:
    earliest: datetime.date
    latest: datetime.date

    def state(self, today: datetime.date) -> str:
        """"ahead" before the window, "due" inside it, "overdue" after it."""
        if today < self.earliest:
            return "ahead"
        return "due" if today <= self.latest else "overdue"


def next_report(last: datetime.date, every_min: int, every_max: int) -> NextReport:
    return NextReport(add_years(last, every_min), add_years(last, every_max))


# -- figures as Germans read them -----------------------------------------------------------
def check_value(value: float) -> float:
    """A figure within the bounds of DESIGN §8 (finite, |x| < 10¹²)."""
    if not math.isfinite(value) or abs(value) >= LIMIT:
        raise UserError(L.MON_E_BOUNDS.format(value=value))
    return value


def format_value(value: float | None, decimals: int | None = None) -> str:
    """281050 → "281.050", 17.25 → "17,25", 8.0 → "8"; None → "–".

    Without ``decimals``: :func:`numbers.format_number` with at most two places.
    With ``decimals`` the places are fixed ("17,20"), so that the figures of a
    table column line up — the one thing the shared formatter does not do.
    """
    if value is None:
        return "–"
    if decimals is None:
        return format_number(value, 2)
    text = f"{abs(value):,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return (MINUS if value < 0 and text.strip("0,.") else "") + text


def decimals_for(values) -> int:
    """The decimal places a column of figures needs (0, 1 or 2), so a table lines up."""
    places = 0
    for value in values:
        if value is None:
            continue
        rounded = round(value, 2)
        if rounded != round(value, 1):
            return 2
        if rounded != int(rounded):
            places = 1
    return places


def format_change(value: float, decimals: int | None = None) -> str:
    """A change with its sign: "+3", "−2,5", "±0"."""
    if round(value, 2) == 0:
        return "±0"
    return ("+" if value > 0 else "") + format_value(value, decimals)


def share(value: float, base: float) -> float | None:
    """``value`` as a percentage of ``base`` (None for a base of 0)."""
    return None if not base else 100 * value / base


def gap_label(group: str, reference: str) -> str:
    """The short name of a gap: the words both names share are said once.

    "mit Migrationsvorgeschichte" / "ohne Migrationsvorgeschichte" → "mit − ohne";
    "Mütter mit MV" / "Mütter ohne MV" → "Mütter mit − ohne"; "Frauen" / "Männer" →
    "Frauen − Männer".
    """
    a, b = group.split(), reference.split()
    head = 0
    while head < min(len(a), len(b)) - 1 and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head - 1 and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    rest_a, rest_b = a[head:len(a) - tail], b[head:len(b) - tail]
    return " ".join([*a[:head], " ".join(rest_a), MINUS, " ".join(rest_b)])
