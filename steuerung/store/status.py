"""Readings and the Sachstand: every Jahresziel of a year with its Ampel.

The latest reading per indicator (up to a Stichtag) is found by one SQL
aggregate query, not by loading 35,000 readings into Python; the rules
themselves are the pure functions of :mod:`steuerung.domain.attainment`.
"""

from __future__ import annotations

import math
from datetime import date

from .. import labels as L
from ..domain.attainment import Target, assess, assess_goal, decisive_deadline
from ..domain.dates import MAX_YEAR, MIN_YEAR, day_or_none, parse_date, show_day
from ..domain.errors import UserError
from ..domain.numbers import MAX_ABS, check_number, parse_number
from ..domain.sachstand import (  # noqa: F401  (re-exported: the store's readers import them here)
    FieldRollUp,
    GoalStatus,
    IndicatorStatus,
    MeasureStatus,
    TaskStatus,
    field_rollups,
    worst_first,
)
from .indicator_links import SERVED
from .repo import Store


def parse_value(text: str | float | int, decimal: str | None = None) -> float:
    """A measured value through the one number parser (German first, bounds included)."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        return check_number(float(text))
    return parse_number(str(text), "", decimal)


_MILESTONE_WORDS = {"1": 1.0, "0": 0.0, "ja": 1.0, "nein": 0.0, L.MILESTONE_REACHED: 1.0,
                    L.MILESTONE_OPEN: 0.0}


def reading_value(indicator: dict, text: str | float | int) -> float:
    """A reading's value for this indicator: a milestone is reached (1) or open (0), nothing else."""
    if indicator["kind"] != "milestone" or indicator["target_value"] is not None:
        return parse_value(text)
    word = str(text).strip().casefold()
    if word in _MILESTONE_WORDS:
        return _MILESTONE_WORDS[word]
    try:
        value = parse_value(text)
    except UserError:
        value = None
    if value not in (0.0, 1.0):
        raise UserError(L.E_MILESTONE_READING.format(value=str(text).strip()))
    return value


def add_reading(store: Store, indicator_id: int, date_text: str, value_text: str,
                source: str = "", note: str = "") -> int:
    """Validate and store one reading (one logged action); returns its id."""
    indicator = store.get("indicator", indicator_id)
    if indicator is None:
        raise UserError(f"Einen Indikator Nr. {indicator_id} gibt es nicht.")
    day = parse_date(date_text)
    value = reading_value(indicator, value_text)
    return store.insert("reading", {
        "indicator_id": indicator_id, "date": day.isoformat(), "value": value,
        "source": source.strip() or None, "note": note.strip() or None,
        "entered_at": store.now().isoformat(timespec="seconds")})


def correct_reading(store: Store, reading_id: int, date_text: str, value_text: str,
                    source: str = "", note: str = "") -> None:
    """Correct a wrong reading; the change log keeps the old value."""
    reading = store.get("reading", reading_id)
    if reading is None:
        raise UserError(L.E_GONE)
    day = parse_date(date_text)
    value = reading_value(store.get("indicator", reading["indicator_id"]), value_text)
    store.update("reading", reading_id, {"date": day.isoformat(), "value": value,
                                         "source": source.strip() or None,
                                         "note": note.strip() or None})


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
    """Every Jahresziel of ``year``, judged on ``today`` with readings up to ``today``.

    Each goal carries its Maßnahmen and its open tasks too, so that a frozen
    review keeps them as they stood.
    """
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
                   i.baseline_date, i.target_value, i.deadline_text, i.deadline,
                   i.direction, i.green_from, i.yellow_from
            FROM ({SERVED}) s JOIN indicator i ON i.id = s.indicator_id
            JOIN annual_goal a ON a.id = s.annual_goal_id
            WHERE a.year = ? ORDER BY s.annual_goal_id, s.linked, s.position, i.id""", (year,)):
        # A linked indicator is judged under each Jahresziel it serves, by that goal's deadline.
        goal = goals[r[1]]
        due = decisive_deadline(year, goal.deadline_text, _day(goal.deadline), r[8], _day(r[9]))
        baseline, target_value = _number(r[5]), _number(r[7])
        target = Target(kind=r[4], baseline=baseline, baseline_date=_day(r[6]),
                        target=target_value, deadline=due.day, direction=r[10],
                        green_from=_number(r[11]), yellow_from=_number(r[12]))
        value, day = latest.get(r[0], (None, None))
        goal.indicators.append(IndicatorStatus(
            r[0], r[2], r[3], value, day, assess(target, value, today, year_start),
            kind=r[4], baseline=baseline, target=target_value, direction=r[10],
            deadline_text=due.text, deadline=due.day.isoformat()))
    for goal in goals.values():
        own = decisive_deadline(year, goal.deadline_text, _day(goal.deadline))
        goal.rollup = assess_goal([i.assessment for i in goal.indicators], own.day, today)
        if goal.indicators:
            # Several indicators: the first deadline still open decides for the goal as a whole.
            open_ = [i for i in goal.indicators if (i.assessment.attainment or 0) < 100]
            first = min(open_ or goal.indicators, key=lambda i: i.deadline)
            goal.due_text, goal.due = first.deadline_text, first.deadline
        else:
            goal.due_text, goal.due = own.text, own.day.isoformat()
    _details(store, goals)
    return list(goals.values())


def _details(store: Store, goals: dict[int, GoalStatus]) -> None:
    """Maßnahmen with their status and the open tasks (of the goal or of one of its Maßnahmen)."""
    if not goals:
        return
    ids = ",".join(str(i) for i in goals)  # integers from the database, not user text
    for r in store.rows(f"""
            SELECT annual_goal_id, text, status, responsible, deadline_text FROM measure
            WHERE annual_goal_id IN ({ids}) ORDER BY annual_goal_id, position, id"""):
        goals[r[0]].measures.append(MeasureStatus(r[1], r[2], r[3], r[4]))
    for r in store.rows(f"""
            SELECT coalesce(t.annual_goal_id, m.annual_goal_id), t.what, t.who, t.due_text, t.due
            FROM task t LEFT JOIN measure m ON m.id = t.measure_id
            WHERE t.status = 'open'
              AND coalesce(t.annual_goal_id, m.annual_goal_id) IN ({ids})
            ORDER BY coalesce(t.due, '9999'), t.id"""):
        due = r[3] or show_day(r[4]) or None
        goals[r[0]].tasks.append(TaskStatus(r[1], r[2], due))


def years(store: Store) -> list[int]:
    return [r[0] for r in store.rows("SELECT DISTINCT year FROM annual_goal WHERE typeof(year) = "
                                     "'integer' AND year BETWEEN ? AND ? ORDER BY year",
                                     (MIN_YEAR, MAX_YEAR))]


def review_year(store: Store, today: date) -> int | None:
    """The year a review looks at: this year if it has Jahresziele, else the latest before."""
    known = years(store)
    earlier = [y for y in known if y <= today.year]
    return today.year if today.year in known else (earlier or known or [None])[-1]
