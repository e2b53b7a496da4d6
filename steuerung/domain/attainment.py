"""Zielerreichung and Ampel (DESIGN §4 with the "Decisions of turn 2"), as pure functions.

Quantitative: ``(current − baseline) / (target − baseline)`` with the latest
reading — it works for rising and for falling targets and never divides by
the target (which may be 0).  A goal is judged against what should be done
by the day of the review ("Soll heute": the share of time elapsed between
the baseline date, or the start of the goal's year, and the deadline), not
only against 100 %.

The decisions of turn 2, each a row of the table tests:

- deadline passed and no reading → rot ("Frist verstrichen, keine Daten");
- a Jahresziel without any indicator is its own state, "ohne Indikator"
  (rot once its deadline has passed: nothing shows that it was reached);
- a milestone is reached or open — no partial credit, no Soll; anything
  counted is quantitative from 0;
- halten (mindestens) holds while value ≥ baseline, halten (höchstens)
  while value ≤ baseline;
- the explanation states every step, the share of Soll and the thresholds
  in force: "(12 − 8) / (20 − 8) = 33 %; Soll heute 50 %; 33 % sind 66 % des
  Solls (gelb ab 80 %, grün ab 95 %) → rot";
- the deadline that decides is the indicator's, else the Jahresziel's, else
  the end of the year (:func:`decisive_deadline`) — one text everywhere.

Percentages are shown rounded DOWN: "100 %" then always means reached, and a
share shown as "79 %" is always below a threshold of 80 %.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date

from .. import labels as L
from .dates import format_date, show_day
from .numbers import format_number, format_percent

GREEN, YELLOW, RED, GREY, NO_INDICATOR = "green", "yellow", "red", "grey", "no_indicator"
#: Worst first.  Missing data ranks above green: a goal with an unmeasured
#: indicator must not look finished; a goal nobody can measure ranks just above green.
SEVERITY = {RED: 4, YELLOW: 3, GREY: 2, NO_INDICATOR: 1, GREEN: 0}
DEFAULT_GREEN_FROM = 95.0  # percent of "Soll heute"
DEFAULT_YELLOW_FROM = 80.0
MAINTAIN_MIN, MAINTAIN_MAX = "maintain", "maintain_max"
MAINTAIN = (MAINTAIN_MIN, MAINTAIN_MAX)


@dataclass(frozen=True)
class Target:
    """What an indicator aims at (the rows of table ``indicator``)."""

    kind: str = "quantitative"  # or "milestone"
    baseline: float | None = None
    baseline_date: date | None = None
    target: float | None = None
    deadline: date | None = None
    direction: str | None = None  # None/"up"/"down" derived; "maintain"/"maintain_max" = halten
    green_from: float | None = None
    yellow_from: float | None = None


@dataclass(frozen=True)
class Assessment:
    light: str
    attainment: float | None  # percent; None = keine Daten / not computable
    expected: float | None  # percent "Soll heute"; None for milestones and halten
    overdue: bool
    wrong_direction: bool
    explanation: str
    share: float | None = None  # attainment in percent of the Soll


def num(value: float) -> str:
    """A value in an explanation: German, at most two decimals (12.5 → "12,5", 1200 → "1.200")."""
    return format_number(value, 2)


def floor_pct(value: float, decimals: int = 0) -> float:
    """Rounded down; the tiny epsilon keeps 69.99999999 (float noise) at 70."""
    factor = 10 ** decimals
    return math.floor(value * factor + 1e-7) / factor


def pct(value: float | None) -> str:
    """A percentage rounded down: 99,6 → "99 %" (never "100 %" for an unmet goal, DESIGN §4).

    Rounded here, written by the one formatter of :mod:`.numbers`.
    """
    if value is None or not math.isfinite(value):
        return format_percent(value)
    return format_percent(floor_pct(value))


def _pct_exact(value: float) -> str:
    """A threshold as set: 80 → "80 %", 82,5 → "82,5 %"."""
    return f"{num(value)} %"


def expected_share(start: date | None, deadline: date | None, today: date) -> float | None:
    """Percent of the time between ``start`` and ``deadline`` that has passed by ``today``."""
    if start is None or deadline is None:
        return None
    if deadline <= start:
        return 100.0 if today >= deadline else 0.0
    share = (today - start).days / (deadline - start).days
    return 100.0 * min(max(share, 0.0), 1.0)


@dataclass(frozen=True)
class Due:
    """The deadline that decides, as the user reads it and as a day."""

    text: str
    day: date


def decisive_deadline(year: int, goal_text: str | None = None, goal_day: date | None = None,
                      indicator_text: str | None = None,
                      indicator_day: date | None = None) -> Due:
    """The indicator's deadline, else the Jahresziel's, else the end of the year.

    The text is the one typed ("Dezember 2011"); a stored day without a text
    reads "30.06.2011"; the default reads "Ende 2011".
    """
    for text, day in ((indicator_text, indicator_day), (goal_text, goal_day)):
        if day is not None:
            return Due(text or format_date(day), day)
    return Due(L.YEAR_END.format(year=year), date(year, 12, 31))


def assess(target: Target, current: float | None, today: date,
           year_start: date | None = None) -> Assessment:
    """The Ampel of one indicator, given its latest reading (``None``: none yet)."""
    if target.kind == "milestone" and target.target is not None:
        # Refused on entry; older data may still hold one.  Counted from 0, never a false grün.
        target = replace(target, kind="quantitative", baseline=target.baseline or 0.0)
        prefix = [L.ATT_MILESTONE_COUNTED]
    else:
        prefix = []
    passed = target.deadline is not None and today > target.deadline
    due = format_date(target.deadline) if target.deadline else ""
    all_or_nothing = (target.kind == "milestone" or target.direction in MAINTAIN
                      or (target.target is not None and target.target == target.baseline))
    start = target.baseline_date or year_start
    # Milestones and halten are reached or not: a time share ("Soll") means nothing for them.
    expected = None if all_or_nothing else expected_share(start, target.deadline, today)
    if current is None:
        if passed:
            return Assessment(RED, None, expected, True, False, _join(
                [*prefix, L.ATT_OVERDUE_NO_DATA.format(date=due)], RED))
        return Assessment(GREY, None, expected, False, False, _join([*prefix, L.ATT_NO_DATA], GREY))
    attainment, formula = _attainment(target, current)
    parts = [*prefix, formula]
    if attainment is None:
        if passed:
            parts.append(L.ATT_OVERDUE_UNKNOWN.format(date=due))
            return Assessment(RED, None, expected, True, False, _join(parts, RED))
        return Assessment(GREY, None, expected, False, False, _join(parts, GREY))
    reached = attainment >= 100
    overdue = passed and not reached
    if all_or_nothing:
        # Reached/held or not: no partial credit, so no Soll and no thresholds.
        if reached:
            light = GREEN
        elif overdue:
            light = RED
            parts.append(L.ATT_OVERDUE.format(date=due))
        elif target.kind == "milestone":
            light = YELLOW
            parts.append(L.ATT_MILESTONE_OPEN.format(date=due) if due else L.ATT_MILESTONE_OPEN_ANY)
        else:
            light = RED
        return Assessment(light, attainment, None, overdue, False, _join(parts, light))
    soll = 100.0 if expected is None else expected
    parts.append(L.ATT_EXPECTED.format(pct=pct(expected)) if expected is not None
                 else L.ATT_NO_DEADLINE)
    wrong = attainment < 0
    share = None
    if reached:
        light = GREEN
        parts.append(L.ATT_REACHED_TARGET)
    elif wrong or overdue:
        light = RED
        if wrong:
            parts.append(L.ATT_WRONG_DIRECTION)
        if overdue:
            parts.append(L.ATT_OVERDUE.format(date=due))
    elif soll <= 0:
        light = GREEN
        parts.append(L.ATT_NOTHING_DUE)
    else:
        green_from = DEFAULT_GREEN_FROM if target.green_from is None else target.green_from
        yellow_from = DEFAULT_YELLOW_FROM if target.yellow_from is None else target.yellow_from
        share = 100.0 * attainment / soll
        light = GREEN if share >= green_from else YELLOW if share >= yellow_from else RED
        parts.append(_share_text(attainment, share, green_from, yellow_from,
                                 own=target.green_from is not None or target.yellow_from is not None))
    return Assessment(light, attainment, expected, overdue, wrong, _join(parts, light), share)


def _join(parts: list[str], light: str) -> str:
    return "; ".join(parts) + f" → {L.LIGHTS[light]}"


def _share_text(attainment: float, share: float, green_from: float, yellow_from: float,
                own: bool) -> str:
    # One decimal only where a threshold has one, so the shown share is never
    # on the wrong side of the threshold it is compared with.
    decimals = 0 if float(green_from).is_integer() and float(yellow_from).is_integer() else 1
    shown = floor_pct(share, decimals)
    thresholds = L.ATT_THRESHOLDS.format(yellow=_pct_exact(yellow_from), green=_pct_exact(green_from))
    if own:
        thresholds += L.ATT_THRESHOLDS_OWN
    return L.ATT_SHARE.format(attained=pct(attainment), share=_pct_exact(shown),
                              thresholds=thresholds)


def _attainment(t: Target, current: float) -> tuple[float | None, str]:
    """Percent attained and the formula as the user should read it."""
    if t.kind == "milestone":
        reached = current >= 1
        return (100.0 if reached else 0.0), (L.ATT_REACHED if reached else L.ATT_NOT_REACHED)
    if t.target is None or t.baseline is None:
        return None, L.ATT_NO_TARGET
    if t.direction in MAINTAIN or t.target == t.baseline:
        at_most = t.direction == MAINTAIN_MAX
        holds = current <= t.baseline if at_most else current >= t.baseline
        return (100.0 if holds else 0.0), L.ATT_MAINTAIN.format(
            how=L.DIRECTIONS[MAINTAIN_MAX if at_most else MAINTAIN_MIN],
            current=num(current), baseline=num(t.baseline),
            verdict=L.ATT_HOLDS if holds else L.ATT_NOT_HELD)
    value = 100.0 * (current - t.baseline) / (t.target - t.baseline)
    formula = (f"({num(current)} − {num(t.baseline)}) / ({num(t.target)} − {num(t.baseline)})"
               f" = {pct(value)}")
    return value, formula


@dataclass(frozen=True)
class RollUp:
    """Mean attainment of the parts that have one, the worst light, and how many were measured."""

    light: str
    attainment: float | None
    counts: dict[str, int]
    measured: int | None = None  # parts with an attainment; None in reviews frozen before issue 14
    overdue: bool = False
    deadline: str | None = None  # for a Jahresziel without indicators: its decisive day (ISO)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def explanation(self) -> str:
        """"Mittel aus 3 Teilen: 45 %; schlechteste Ampel → rot"; a Jahresziel without indicators says so."""
        if self.total == 0 and (self.light == NO_INDICATOR or self.deadline):
            return self.without_indicator()
        return self.describe(L.ATT_PARTS)

    def describe(self, words: tuple[str, str]) -> str:
        """"Mittel aus 2 Indikatoren: 45 %; …" — and says when not all parts were measured.

        ``words`` names the parts (singular, plural), as :func:`labels.numbered` takes them.
        """
        mean = "–" if self.attainment is None else pct(self.attainment)
        parts = L.numbered(self.total, words)
        if self.measured and self.measured < self.total:  # "nur aus 0 von 2" would say nothing
            return L.ATT_ROLLUP_PART.format(measured=self.measured, parts=parts, mean=mean,
                                            light=L.LIGHTS[self.light])
        return L.ATT_ROLLUP.format(parts=parts, mean=mean, light=L.LIGHTS[self.light])

    def without_indicator(self) -> str:
        """A Jahresziel nobody can measure: "ohne Indikator", and rot once its deadline passed."""
        if self.overdue and self.deadline:
            return L.ATT_NO_INDICATOR_OVERDUE.format(date=show_day(self.deadline))
        return L.ATT_NO_INDICATOR


def roll_up(parts: list[Assessment | RollUp]) -> RollUp:
    """Leitziel from Jahresziele, Handlungsfeld from Leitziele: mean of the measured, worst light."""
    counts = {light: 0 for light in SEVERITY}
    values = []
    for part in parts:
        counts[part.light] += 1
        if part.attainment is not None:
            values.append(part.attainment)
    if not parts:
        return RollUp(GREY, None, counts, 0)
    light = max((p.light for p in parts), key=SEVERITY.__getitem__)
    mean = sum(values) / len(values) if values else None
    return RollUp(light, mean, counts, len(values), any(p.overdue for p in parts))


def assess_goal(indicators: list[Assessment], due: date, today: date) -> RollUp:
    """A Jahresziel from its indicators; without any, "ohne Indikator" — rot once ``due`` has passed."""
    if indicators:
        return roll_up(indicators)
    passed = today > due
    return RollUp(RED if passed else NO_INDICATOR, None, {light: 0 for light in SEVERITY}, 0,
                  passed, due.isoformat())
