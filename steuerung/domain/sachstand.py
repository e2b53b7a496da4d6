"""The Sachstand as data: Jahresziele with their indicators, and the texts every view shows.

The TUI table, ``steuerung status``, the Sachstandsbericht and the Vorlage
all read a goal's light, attainment, Soll, last reading and deadline through
the properties here, so the four can never disagree ("Frist –" in one and
"Ende 2011" in another).  Frozen reviews store these dataclasses as JSON;
every field added later has a default, so older reviews still load.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from .. import labels as L
from .attainment import (
    SEVERITY,
    Assessment,
    RollUp,
    floor_pct,
    num,
    pct,
    roll_up,
)
from .dates import show_day


def _day(iso: str | None) -> str:
    """A stored day the German way; a value another program broke is shown as it is."""
    return show_day(iso, "–")


@dataclass(frozen=True)
class IndicatorStatus:
    id: int
    name: str
    unit: str | None
    last_value: float | None
    last_date: str | None
    assessment: Assessment
    kind: str = "quantitative"
    baseline: float | None = None
    target: float | None = None
    direction: str | None = None
    deadline_text: str | None = None  # the deadline that decides, as the user reads it
    deadline: str | None = None  # … and as an ISO day

    def value_text(self, value: float | None) -> str:
        """A value as the reader expects it: "7 Infoveranstaltungen", "erreicht", "–"."""
        if value is None:
            return "–"
        if self.kind == "milestone" and self.target is None:
            return L.MILESTONE_REACHED if value >= 1 else L.MILESTONE_OPEN
        return num(value) + (f" {self.unit}" if self.unit else "")

    @property
    def last_text(self) -> str:
        """"7 Infoveranstaltungen (31.12.2011)", "erreicht (01.08.2011)", or "–"."""
        if self.last_date is None:
            return "–"
        return f"{self.value_text(self.last_value)} ({_day(self.last_date)})"

    @property
    def is_milestone(self) -> bool:
        return self.kind == "milestone" and self.target is None


@dataclass(frozen=True)
class MeasureStatus:
    text: str
    status: str
    responsible: str | None = None
    deadline_text: str | None = None


@dataclass(frozen=True)
class TaskStatus:
    """An open task linked to the Jahresziel or to one of its Maßnahmen."""

    what: str
    who: str | None = None
    due_text: str | None = None


@dataclass
class GoalStatus:
    """One line of the Sachstand: a Jahresziel with its indicators."""

    id: int
    field: str
    field_number: int | None
    guiding_number: int | None
    guiding: str
    text: str
    year: int
    responsible: str | None
    deadline_text: str | None  # the Jahresziel's own, as typed
    deadline: str | None
    indicators: list[IndicatorStatus] = field(default_factory=list)
    rollup: RollUp | None = None
    due_text: str | None = None  # the deadline that decides for the goal as a whole
    due: str | None = None
    measures: list[MeasureStatus] = field(default_factory=list)
    tasks: list[TaskStatus] = field(default_factory=list)

    @property
    def light(self) -> str:
        return self.rollup.light

    def overdue(self, today: date | None = None) -> bool:
        """Frist passed and not reached — also when nothing was measured or nothing can be."""
        return self.rollup.overdue or any(i.assessment.overdue for i in self.indicators)

    @property
    def deadline_shown(self) -> str:
        """The deadline that decides; reviews frozen before it was stored fall back to the goal's."""
        if self.due_text:
            return self.due_text
        if self.deadline_text or self.deadline:
            return self.deadline_text or _day(self.deadline)
        return L.YEAR_END.format(year=self.year)

    @property
    def attainment_text(self) -> str:
        return "–" if self.rollup.attainment is None else pct(self.rollup.attainment)

    @property
    def expected(self) -> float | None:
        values = [i.assessment.expected for i in self.indicators
                  if i.assessment.expected is not None]
        return max(values) if values else None

    @property
    def expected_text(self) -> str:
        return "–" if self.expected is None else pct(self.expected)

    @property
    def last_reading(self) -> tuple[float, str, str | None] | None:
        dated = [(i.last_date, i.last_value, i.unit) for i in self.indicators if i.last_date]
        if not dated:
            return None
        day, value, unit = max(dated, key=lambda d: d[0])
        return value, day, unit

    @property
    def last_text(self) -> str:
        """The newest reading among the indicators, as its indicator reads it."""
        dated = [i for i in self.indicators if i.last_date]
        if not dated:
            return "–"
        return max(dated, key=lambda i: i.last_date).last_text

    @property
    def explanation(self) -> str:
        """"Mittel aus 2 Indikatoren: …", or why a goal without any indicator has its light."""
        if self.rollup.total == 0:
            return self.rollup.without_indicator()
        return self.rollup.describe(L.ATT_INDICATORS)


def worst_first(rows: list[GoalStatus]) -> list[GoalStatus]:
    """Rot, then gelb, grau, ohne Indikator, grün; overdue first; then the lowest attainment."""
    return sorted(rows, key=lambda g: (-SEVERITY[g.light], not g.overdue(),
                                       math.inf if g.rollup.attainment is None
                                       else g.rollup.attainment))


def light_counts(rows: list[GoalStatus]) -> dict[str, int]:
    """How many Jahresziele have each light, in the order of :data:`labels.LIGHTS`."""
    counts = dict.fromkeys(L.LIGHTS, 0)
    for goal in rows:
        counts[goal.light] += 1
    return counts


@dataclass(frozen=True)
class FieldRollUp:
    """A Handlungsfeld's attainment: mean of its Leitziele, each the mean of its measured Jahresziele."""

    field: str
    rollup: RollUp
    guiding: dict[int, RollUp]  # guiding goal number → its roll-up
    goal_lights: dict[str, int]  # how many Jahresziele are grün, gelb, rot, grau, ohne Indikator
    measured: int = 0  # Jahresziele with an attainment
    total: int = 0

    @property
    def attainment_text(self) -> str:
        """"30 %", "30 % (nur 1 von 4 Jahreszielen gemessen)" or "–"."""
        if self.rollup.attainment is None:
            return "–"
        text = pct(self.rollup.attainment)
        if self.measured < self.total:
            text += " " + L.ROLLUP_MEASURED_ONLY.format(measured=self.measured, n=self.total)
        return text


def field_rollups(rows: list[GoalStatus]) -> dict[str, FieldRollUp]:
    by_field: dict[str, dict[int | None, list[GoalStatus]]] = {}
    for goal in rows:
        by_field.setdefault(goal.field, {}).setdefault(goal.guiding_number, []).append(goal)
    result = {}
    for name, guiding in by_field.items():
        per_guiding = {number: roll_up([g.rollup for g in goals])
                       for number, goals in guiding.items()}
        goals = [g for in_guiding in guiding.values() for g in in_guiding]
        lights = light_counts(goals)
        measured = sum(1 for g in goals if g.rollup.attainment is not None)
        result[name] = FieldRollUp(name, roll_up(list(per_guiding.values())), per_guiding, lights,
                                   measured, len(goals))
    return result


@dataclass(frozen=True)
class Change:
    """A Jahresziel between the previous review and now."""

    goal: GoalStatus
    light_before: str | None  # None: not in the previous review
    attainment_before: float | None

    @property
    def trend(self) -> str:
        before, now = self.attainment_before, self.goal.rollup.attainment
        if self.light_before is None:
            return L.TREND_NEW
        if now is None:
            return L.TREND_NONE if before is None else L.TREND_NO_LONGER
        if before is None:
            return L.TREND_FIRST
        diff = floor_pct(now) - floor_pct(before)
        return L.TREND_UP if diff > 0 else L.TREND_DOWN if diff < 0 else L.TREND_SAME

    @property
    def light_changed(self) -> bool:
        return self.light_before != self.goal.light


def changes(previous: list[GoalStatus], current: list[GoalStatus]) -> list[Change]:
    """Every Jahresziel whose Ampel or attainment moved since ``previous``, worst first."""
    before = {g.id: g for g in previous}
    result = []
    for goal in worst_first(current):
        old = before.get(goal.id)
        change = Change(goal, old.light if old else None, old.rollup.attainment if old else None)
        moved = (old is None or change.light_changed
                 or change.trend not in (L.TREND_SAME, L.TREND_NONE))
        if moved:
            result.append(change)
    return result

