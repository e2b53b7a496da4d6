"""Readings and the Sachstand: every Jahresziel of a year with its Ampel.

The latest reading per indicator (up to a Stichtag) is found by one SQL
aggregate query, not by loading 35,000 readings into Python; the rules
themselves are the pure functions of :mod:`steuerung.domain.attainment`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from ..domain.attainment import Assessment, RollUp, Target, assess, roll_up
from ..domain.dates import MAX_YEAR, MIN_YEAR, day_or_none, parse_date
from ..domain.errors import UserError
from ..domain.numbers import MAX_ABS, check_number, parse_number
from .indicator_links import SERVED
from .repo import Store


def parse_value(text: str | float | int, decimal: str | None = None) -> float:
    """A measured value through the one number parser (German first, bounds included)."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        return check_number(float(text))
    return parse_number(str(text), "", decimal)


def add_reading(store: Store, indicator_id: int, date_text: str, value_text: str,
                source: str = "", note: str = "") -> int:
    """Validate and store one reading (one logged action); returns its id."""
    if store.get("indicator", indicator_id) is None:
        raise UserError(f"Einen Indikator Nr. {indicator_id} gibt es nicht.")
    day = parse_date(date_text)
    value = parse_value(value_text)
    return store.insert("reading", {
        "indicator_id": indicator_id, "date": day.isoformat(), "value": value,
        "source": source.strip() or None, "note": note.strip() or None,
        "entered_at": store.now().isoformat(timespec="seconds")})


def correct_reading(store: Store, reading_id: int, date_text: str, value_text: str,
                    source: str = "", note: str = "") -> None:
    """Correct a wrong reading; the change log keeps the old value."""
    day, value = parse_date(date_text), parse_value(value_text)
    store.update("reading", reading_id, {"date": day.isoformat(), "value": value,
                                         "source": source.strip() or None,
                                         "note": note.strip() or None})


@dataclass(frozen=True)
class IndicatorStatus:
    id: int
    name: str
    unit: str | None
    last_value: float | None
    last_date: str | None
    assessment: Assessment


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
    deadline_text: str | None
    deadline: str | None
    indicators: list[IndicatorStatus] = field(default_factory=list)
    rollup: RollUp | None = None

    @property
    def light(self) -> str:
        return self.rollup.light

    def overdue(self, today: date) -> bool:
        """Frist passed and not reached (also when nothing was measured)."""
        if any(i.assessment.overdue for i in self.indicators):
            return True
        done = self.rollup is not None and (self.rollup.attainment or 0) >= 100
        deadline = day_or_none(self.deadline)
        return deadline is not None and deadline < today and not done

    @property
    def last_reading(self) -> tuple[float, str, str | None] | None:
        dated = [(i.last_date, i.last_value, i.unit) for i in self.indicators if i.last_date]
        if not dated:
            return None
        day, value, unit = max(dated, key=lambda d: d[0])
        return value, day, unit


def _day(iso: str | None) -> date | None:
    return day_or_none(iso)


def _number(value: object) -> float | None:
    """A stored number as the rules may use it; a value another program broke counts as none.

    ``steuerung check`` names such values; the Sachstand must still open.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        if math.isfinite(value) and abs(value) < MAX_ABS:
            return value
    return None


def sachstand(store: Store, year: int, today: date) -> list[GoalStatus]:
    """Every Jahresziel of ``year``, judged on ``today`` with readings up to ``today``."""
    goals: dict[int, GoalStatus] = {}
    for r in store.rows("""
            SELECT a.id, f.name, f.number, g.number, g.text, a.text, a.year, a.responsible,
                   a.deadline_text, a.deadline
            FROM annual_goal a JOIN guiding_goal g ON g.id = a.guiding_goal_id
            JOIN field f ON f.id = g.field_id
            WHERE a.year = ? ORDER BY f.position, g.position, a.position""", (year,)):
        goals[r[0]] = GoalStatus(*r)
    # Latest reading per indicator up to the Stichtag.  GROUP BY max(date) is about
    # 5× faster here than a row_number() window; of two readings on that day the
    # later entered (higher id) wins, because the dict keeps the last one.
    latest = {r[0]: (r[1], r[2]) for r in store.rows("""
            SELECT r.indicator_id, r.value, r.date FROM reading r
            JOIN (SELECT indicator_id, max(date) AS day FROM reading WHERE date <= ?
                  GROUP BY indicator_id) m
              ON m.indicator_id = r.indicator_id AND m.day = r.date
            ORDER BY r.id""", (today.isoformat(),)) if _number(r[1]) is not None}
    year_start = date(year, 1, 1)
    for r in store.rows(f"""
            SELECT i.id, s.annual_goal_id, i.name, i.unit, i.kind, i.baseline_value,
                   i.baseline_date, i.target_value, coalesce(i.deadline, a.deadline),
                   i.direction, i.green_from, i.yellow_from
            FROM ({SERVED}) s JOIN indicator i ON i.id = s.indicator_id
            JOIN annual_goal a ON a.id = s.annual_goal_id
            WHERE a.year = ? ORDER BY s.annual_goal_id, s.linked, s.position, i.id""", (year,)):
        # A Jahresziel without a Frist is due at the end of its year.
        target = Target(kind=r[4], baseline=_number(r[5]), baseline_date=_day(r[6]),
                        target=_number(r[7]), deadline=_day(r[8]) or date(year, 12, 31),
                        direction=r[9], green_from=_number(r[10]), yellow_from=_number(r[11]))
        value, day = latest.get(r[0], (None, None))
        goals[r[1]].indicators.append(IndicatorStatus(
            r[0], r[2], r[3], value, day, assess(target, value, today, year_start)))
    for goal in goals.values():
        goal.rollup = roll_up([i.assessment for i in goal.indicators])
    return list(goals.values())


def worst_first(rows: list[GoalStatus]) -> list[GoalStatus]:
    """Red, then yellow, grey, green; within a light the lowest attainment first."""
    from ..domain.attainment import SEVERITY

    return sorted(rows, key=lambda g: (-SEVERITY[g.light],
                                       math.inf if g.rollup.attainment is None
                                       else g.rollup.attainment))


def years(store: Store) -> list[int]:
    return [r[0] for r in store.rows("SELECT DISTINCT year FROM annual_goal WHERE typeof(year) = "
                                     "'integer' AND year BETWEEN ? AND ? ORDER BY year",
                                     (MIN_YEAR, MAX_YEAR))]


@dataclass(frozen=True)
class FieldRollUp:
    """A Handlungsfeld's attainment: mean of its Leitziele, each the mean of its Jahresziele."""

    field: str
    rollup: RollUp
    guiding: dict[int, RollUp]  # guiding goal number → its roll-up
    goal_lights: dict[str, int]  # how many Jahresziele are grün, gelb, rot, grau


def field_rollups(rows: list[GoalStatus]) -> dict[str, FieldRollUp]:
    by_field: dict[str, dict[int | None, list[GoalStatus]]] = {}
    for goal in rows:
        by_field.setdefault(goal.field, {}).setdefault(goal.guiding_number, []).append(goal)
    result = {}
    for name, guiding in by_field.items():
        per_guiding = {number: roll_up([g.rollup for g in goals])
                       for number, goals in guiding.items()}
        lights = roll_up([g.rollup for goals in guiding.values() for g in goals]).counts
        result[name] = FieldRollUp(name, roll_up(list(per_guiding.values())), per_guiding, lights)
    return result


def review_year(store: Store, today: date) -> int | None:
    """The year a review looks at: this year if it has Jahresziele, else the latest before."""
    known = years(store)
    earlier = [y for y in known if y <= today.year]
    return today.year if today.year in known else (earlier or known or [None])[-1]
