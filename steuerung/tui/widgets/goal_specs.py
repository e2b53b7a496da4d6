"""What each kind's form holds: its rows, in order, and how stored values are shown."""

from __future__ import annotations

from datetime import date

from ... import labels as L
from ...domain.dates import format_date
from ...domain.goals import format_number

_DIRECTIONS = {"auto": L.DIRECTION_AUTO, **L.DIRECTIONS}

#: kind → rows (column, label, type); types: text, year, number, date (typed deadline),
#: isodate (stored ISO, shown German), or a dict of choices.  The last row submits.
SPECS: dict[str, list[tuple[str, str, object]]] = {
    "field": [("name", L.F_NAME, "text"), ("phase", L.F_PHASE, L.PHASES),
              ("description", L.F_DESCRIPTION, "text")],
    "guiding_goal": [("text", L.F_TEXT, "text")],
    "annual_goal": [("text", L.F_TEXT, "text"), ("year", L.F_YEAR, "year"),
                    ("responsible", L.F_RESPONSIBLE, "text"), ("deadline_text", L.F_DEADLINE, "date"),
                    ("effect", L.F_EFFECT, "text")],
    "indicator": [
        ("name", L.F_NAME, "text"), ("kind", L.F_KIND, L.INDICATOR_KINDS), ("unit", L.F_UNIT, "text"),
        ("definition", L.F_DEFINITION, "text"), ("data_source", L.F_SOURCE, "text"),
        ("periodicity", L.F_PERIODICITY, "text"), ("baseline_value", L.F_BASELINE, "number"),
        ("baseline_date", L.F_BASELINE_DATE, "isodate"), ("target_value", L.F_TARGET, "number"),
        ("deadline_text", L.F_DEADLINE, "date"), ("direction", L.F_DIRECTION, _DIRECTIONS),
        ("green_from", L.F_GREEN, "number"), ("yellow_from", L.F_YELLOW, "number"),
        ("note", L.F_NOTE, "text")],
    "measure": [("text", L.F_TEXT, "text"), ("responsible", L.F_RESPONSIBLE, "text"),
                ("partners", L.F_PARTNERS, "text"), ("resources", L.F_RESOURCES, "text"),
                ("status", L.F_STATUS, L.MEASURE_STATES), ("deadline_text", L.F_DEADLINE, "date")],
    "consideration": [("text", L.F_TEXT, "text")],
}


def as_text(kind: object, value: object) -> str:
    """A stored value as the form shows it (German numbers and dates)."""
    if value is None:
        return ""
    if kind == "number":
        return format_number(value)
    if kind == "isodate":
        try:
            return format_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return str(value)


def row_kind(kind: object) -> str:
    if isinstance(kind, dict):
        return "choice"
    return "date" if kind in ("date", "isodate") else str(kind)
