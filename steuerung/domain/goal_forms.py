"""Form values as typed → database columns, or a German refusal (pure, no database).

Every screen of the goal system hands its form to :func:`clean` (through the
store), so the rules of DESIGN §3/§4 hold the same everywhere: empty text is
refused, dates are read the German way, a target equal to the baseline asks
whether "halten" is meant, a deadline before the baseline date is refused.
"""

from __future__ import annotations

from datetime import date

from .. import labels as L
from . import goals as rules
from .attainment import MAINTAIN
from .dates import format_date, parse_date, parse_deadline
from .errors import UserError


class MaintainQuestion(UserError):
    """Target equals baseline: the screen asks whether "halten" is meant."""


def _deadline(values: dict, what: str = L.F_DEADLINE) -> dict:
    text = (values.get("deadline_text") or "").strip()
    if not text:
        return {"deadline_text": None, "deadline": None}
    try:
        deadline = parse_deadline(text)
    except UserError as error:
        raise UserError(L.E_DEADLINE.format(what=what, message=error.message)) from None
    return {"deadline_text": deadline.text, "deadline": deadline.date.isoformat()}


def _day(text: str | None, what: str) -> str | None:
    """An exact day, or the last day of a named period ("Ende 2010"); None if empty."""
    raw = (text or "").strip()
    if not raw:
        return None
    try:
        return parse_date(raw).isoformat()
    except UserError:
        pass
    try:
        return parse_deadline(raw).date.isoformat()
    except UserError as error:
        raise UserError(L.E_DEADLINE.format(what=what, message=error.message)) from None


def _clean_field(v: dict) -> dict:
    return {"name": rules.required(v.get("name"), L.E_EMPTY_FIELD),
            "description": rules.optional(v.get("description")),
            "phase": rules.choice(v.get("phase"), L.PHASES, L.F_PHASE, default="vision")}


def _clean_guiding(v: dict) -> dict:
    return {"text": rules.required(v.get("text"), L.E_EMPTY_GUIDING)}


def _clean_annual(v: dict) -> dict:
    return {"text": rules.required(v.get("text"), L.E_EMPTY_ANNUAL),
            "year": rules.parse_year(v.get("year") or ""),
            "responsible": rules.optional(v.get("responsible")),
            "effect": rules.optional(v.get("effect")), **_deadline(v)}


def _clean_indicator(v: dict, maintain: bool) -> dict:
    row = {"name": rules.required(v.get("name"), L.E_EMPTY_INDICATOR),
           "kind": rules.choice(v.get("kind"), L.INDICATOR_KINDS, L.F_KIND, default="quantitative")}
    for key in ("unit", "definition", "data_source", "periodicity", "note"):
        row[key] = rules.optional(v.get(key))
    baseline = rules.parse_number(v.get("baseline_value") or "", L.F_BASELINE)
    target = rules.parse_number(v.get("target_value") or "", L.F_TARGET)
    if row["kind"] == "milestone" and (baseline is not None or target is not None):
        # DESIGN §4, turn 2: a milestone is reached or open; a count is quantitative from 0.
        raise UserError(L.E_MILESTONE_VALUES)
    row.update(baseline_value=baseline, target_value=target,
               baseline_date=_day(v.get("baseline_date"), L.F_BASELINE_DATE), **_deadline(v))
    if row["deadline"] and row["baseline_date"] and row["deadline"] < row["baseline_date"]:
        raise UserError(L.E_DEADLINE_BEFORE_BASELINE.format(
            deadline=format_date(date.fromisoformat(row["deadline"])),
            baseline=format_date(date.fromisoformat(row["baseline_date"])),
            year=row["baseline_date"][:4]))
    row["direction"] = _direction(v.get("direction"), baseline, target, maintain)
    green = _percent(v.get("green_from"), L.F_GREEN)
    yellow = _percent(v.get("yellow_from"), L.F_YELLOW)
    if green is not None and yellow is not None and yellow >= green:
        raise UserError(L.E_THRESHOLDS.format(yellow=rules.format_number(yellow),
                                              green=rules.format_number(green)))
    row.update(green_from=green, yellow_from=yellow)
    return row


def _direction(text: str | None, baseline: float | None, target: float | None,
               maintain: bool) -> str | None:
    raw = (text or "").strip()
    chosen = None if raw in ("", "auto", L.DIRECTION_AUTO) else rules.choice(
        raw, L.DIRECTIONS, L.F_DIRECTION)
    derived = rules.derive_direction(baseline, target)
    if derived == "maintain" and chosen not in MAINTAIN and not maintain:
        raise MaintainQuestion(L.GOALS_MAINTAIN_QUESTION.format(
            value=rules.format_number(baseline)))
    if chosen is None or derived is None:
        return chosen if chosen is not None else derived
    shown = {"baseline": rules.format_number(baseline), "target": rules.format_number(target)}
    if chosen == "up" and derived == "down":
        raise UserError(L.E_DIRECTION_UP.format(**shown))
    if chosen == "down" and derived == "up":
        raise UserError(L.E_DIRECTION_DOWN.format(**shown))
    if chosen in MAINTAIN and derived != "maintain":
        raise UserError(L.E_DIRECTION_MAINTAIN)
    return chosen


def _percent(text: str | None, what: str) -> float | None:
    value = rules.parse_number(text or "", what)
    if value is not None and not 0 <= value <= 100:
        raise UserError(L.E_THRESHOLD_RANGE.format(what=what, value=rules.format_number(value)))
    return value


def _clean_measure(v: dict) -> dict:
    row = {"text": rules.required(v.get("text"), L.E_EMPTY_MEASURE),
           "status": rules.choice(v.get("status"), L.MEASURE_STATES, L.F_STATUS, default="planned")}
    for key in ("responsible", "partners", "resources"):
        row[key] = rules.optional(v.get(key))
    return {**row, **_deadline(v)}


def _clean_consideration(v: dict) -> dict:
    return {"text": rules.required(v.get("text"), L.E_EMPTY_CONSIDERATION)}


def clean(kind: str, values: dict, *, maintain: bool = False) -> dict:
    """Form values → database columns, or a German :class:`UserError`."""
    if kind == "indicator":
        return _clean_indicator(values, maintain)
    return {"field": _clean_field, "guiding_goal": _clean_guiding, "annual_goal": _clean_annual,
            "measure": _clean_measure, "consideration": _clean_consideration}[kind](values)
