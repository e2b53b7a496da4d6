"""Status notes and frozen reviews ("Stand 31.03.2011").

A frozen review stores the computed Sachstand as JSON: later reports read
that, so they reproduce exactly what the steering group saw, even after new
readings arrive or a reading is corrected.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from ..domain.attainment import Assessment, RollUp
from ..domain.dates import format_date, parse_date
from ..domain.errors import UserError
from .repo import Store
from .status import GoalStatus, IndicatorStatus, MeasureStatus, TaskStatus, sachstand


def add_status_note(store: Store, annual_goal_id: int, text: str, day: date,
                    review_id: int | None = None) -> int:
    text = text.strip()
    if not text:
        raise UserError("Bitte einen Text für den Sachstand eingeben, z. B. „Konzept liegt vor, "
                        "Abstimmung mit der IHK im Mai“.")
    return store.insert("status_note", {"annual_goal_id": annual_goal_id, "date": day.isoformat(),
                                        "text": text, "review_id": review_id})


def freeze_review(store: Store, year: int, stichtag_text: str, label: str = "") -> int:
    """Compute the Sachstand of ``year`` on the Stichtag and keep it unchanged."""
    stichtag = parse_date(stichtag_text)
    label = label.strip() or f"Stand {format_date(stichtag)}"
    return store.insert("review", {
        "label": label, "year": year, "stichtag": stichtag.isoformat(),
        "frozen_at": store.now().isoformat(timespec="seconds"),
        "rows": frozen_json(store, year, stichtag)})


def frozen_json(store: Store, year: int, stichtag: date) -> str:
    """The Sachstand of ``year`` on ``stichtag`` as a review keeps it (canonical JSON)."""
    return json.dumps([asdict(g) for g in sachstand(store, year, stichtag)], ensure_ascii=False,
                      sort_keys=True)


def frozen_rows(store: Store, review_id: int) -> tuple[dict, list[GoalStatus]]:
    """The review's header (label, year, stichtag) and its rows exactly as frozen."""
    row = store.get("review", review_id)
    if row is None:
        raise UserError(f"Eine eingefrorene Sitzung/Prüfung Nr. {review_id} gibt es nicht.")
    return row, _goals(row["rows"])


def _goals(text: str) -> list[GoalStatus]:
    """The frozen rows; reviews frozen by older versions lack the later fields (defaults apply)."""
    goals = []
    for g in json.loads(text):
        indicators = [IndicatorStatus(**{**i, "assessment": Assessment(**i["assessment"])})
                      for i in g.pop("indicators")]
        rollup = RollUp(**g.pop("rollup"))
        measures = [MeasureStatus(**m) for m in g.pop("measures", [])]
        tasks = [TaskStatus(**t) for t in g.pop("tasks", [])]
        goals.append(GoalStatus(**g, indicators=indicators, rollup=rollup, measures=measures,
                                tasks=tasks))
    return goals


def previous_review(store: Store, year: int, stichtag: date) -> dict | None:
    """The latest review of ``year`` frozen for a Stichtag before ``stichtag`` (the one to compare with)."""
    row = store.one("SELECT * FROM review WHERE year = ? AND stichtag < ? ORDER BY stichtag DESC, "
                    "id DESC LIMIT 1", (year, stichtag.isoformat()))
    return None if row is None else dict(row)


def review_goals(review: dict) -> list[GoalStatus]:
    return _goals(review["rows"])


def reviews(store: Store) -> list[dict]:
    return [dict(r) for r in store.rows(
        "SELECT id, label, year, stichtag, frozen_at FROM review ORDER BY stichtag, id")]
