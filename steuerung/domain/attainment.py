"""Zielerreichung and Ampel (DESIGN §4), as pure functions.

Quantitative: ``(current − baseline) / (target − baseline)`` with the latest
reading — it works for rising and for falling targets and never divides by
the target (which may be 0).  A goal is judged against what should be done
by today ("Soll heute": the share of time elapsed between the baseline date,
or the start of the goal's year, and the deadline), not only against 100 %.
"No reading yet" is its own state (grau), never 0 %.

Every result carries the German explanation of how it was computed, e.g.
"(12 − 8) / (20 − 8) = 33 %; Soll heute 50 %; → gelb".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import labels as L
from .numbers import format_number, format_percent

GREEN, YELLOW, RED, GREY = "green", "yellow", "red", "grey"
#: Worst first.  Missing data ranks above green: a goal with an unmeasured
#: indicator must not look finished.
SEVERITY = {RED: 3, YELLOW: 2, GREY: 1, GREEN: 0}
DEFAULT_GREEN_FROM = 95.0  # percent of "Soll heute"
DEFAULT_YELLOW_FROM = 80.0


@dataclass(frozen=True)
class Target:
    """What an indicator aims at (the rows of table ``indicator``)."""

    kind: str = "quantitative"  # or "milestone"
    baseline: float | None = None
    baseline_date: date | None = None
    target: float | None = None
    deadline: date | None = None
    direction: str | None = None  # None = derived; "maintain" = keep the baseline
    green_from: float | None = None
    yellow_from: float | None = None


@dataclass(frozen=True)
class Assessment:
    light: str
    attainment: float | None  # percent; None = keine Daten / not computable
    expected: float | None  # percent "Soll heute"
    overdue: bool
    wrong_direction: bool
    explanation: str


def num(value: float) -> str:
    """A value in an explanation: German, at most two decimals (12.5 → "12,5")."""
    return format_number(value, 2)


#: 33.3 → "33 %" (the one formatter of :mod:`.numbers`).
pct = format_percent


def expected_share(start: date | None, deadline: date | None, today: date) -> float | None:
    """Percent of the time between ``start`` and ``deadline`` that has passed by ``today``."""
    if start is None or deadline is None:
        return None
    if deadline <= start:
        return 100.0 if today >= deadline else 0.0
    share = (today - start).days / (deadline - start).days
    return 100.0 * min(max(share, 0.0), 1.0)


def assess(target: Target, current: float | None, today: date,
           year_start: date | None = None) -> Assessment:
    """The Ampel of one indicator, given its latest reading (``None``: none yet)."""
    start = target.baseline_date or year_start
    expected = expected_share(start, target.deadline, today)
    overdue_date = target.deadline is not None and today > target.deadline
    if current is None:
        return Assessment(GREY, None, expected, False, False, L.ATT_NO_DATA)
    attainment, formula = _attainment(target, current)
    if attainment is None:
        return Assessment(GREY, None, expected, False, False, formula)
    wrong = attainment < 0
    overdue = overdue_date and attainment < 100
    green_from = target.green_from if target.green_from is not None else DEFAULT_GREEN_FROM
    yellow_from = target.yellow_from if target.yellow_from is not None else DEFAULT_YELLOW_FROM
    soll = 100.0 if expected is None else expected
    if wrong or overdue:
        light = RED
    elif target.kind == "milestone" and attainment < 100:
        # Cannot be half reached: open until its deadline, then red (above).
        light = YELLOW
    elif attainment >= 100 or attainment >= soll * green_from / 100:
        light = GREEN
    elif attainment >= soll * yellow_from / 100:
        light = YELLOW
    else:
        light = RED
    parts = [formula]
    parts.append(L.ATT_EXPECTED.format(pct=pct(expected)) if expected is not None
                 else L.ATT_NO_DEADLINE)
    if wrong:
        parts.append(L.ATT_WRONG_DIRECTION)
    if target.kind == "milestone" and attainment < 100 and not overdue:
        parts.append(L.ATT_MILESTONE_OPEN)
    if overdue:
        parts.append(L.ATT_OVERDUE.format(date=target.deadline.strftime("%d.%m.%Y")))
    explanation = "; ".join(parts) + f"; → {L.LIGHTS[light]}"
    return Assessment(light, attainment, expected, overdue, wrong, explanation)


def _attainment(t: Target, current: float) -> tuple[float | None, str]:
    """Percent attained and the formula as the user should read it."""
    if t.kind == "milestone":
        reached = current >= 1
        return (100.0 if reached else 0.0), (L.ATT_REACHED if reached else L.ATT_NOT_REACHED)
    if t.target is None or t.baseline is None:
        return None, L.ATT_NO_TARGET
    if t.direction == "maintain" or t.target == t.baseline:
        holds = current >= t.baseline
        return (100.0 if holds else 0.0), L.ATT_MAINTAIN.format(
            current=num(current), baseline=num(t.baseline),
            verdict=L.ATT_HOLDS if holds else L.ATT_NOT_HELD)
    value = 100.0 * (current - t.baseline) / (t.target - t.baseline)
    formula = (f"({num(current)} − {num(t.baseline)}) / ({num(t.target)} − {num(t.baseline)})"
               f" = {pct(value)}")
    return value, formula


@dataclass(frozen=True)
class RollUp:
    """Mean attainment of the parts that have data, and the worst light."""

    light: str
    attainment: float | None
    counts: dict[str, int]

    @property
    def explanation(self) -> str:
        return L.ATT_ROLLUP.format(
            parts=L.numbered(sum(self.counts.values()), L.ATT_PARTS),
            mean="–" if self.attainment is None else pct(self.attainment),
            light=L.LIGHTS[self.light])


def roll_up(parts: list[Assessment | RollUp]) -> RollUp:
    """Jahresziel from indicators, Leitziel from Jahresziele, Handlungsfeld likewise."""
    counts = {GREEN: 0, YELLOW: 0, RED: 0, GREY: 0}
    values = []
    for part in parts:
        counts[part.light] += 1
        if part.attainment is not None:
            values.append(part.attainment)
    if not parts:
        return RollUp(GREY, None, counts)
    light = max((p.light for p in parts), key=SEVERITY.__getitem__)
    mean = sum(values) / len(values) if values else None
    return RollUp(light, mean, counts)
