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
from .status import GoalStatus, IndicatorStatus, sachstand


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
    rows = sachstand(store, year, stichtag)
    label = label.strip() or f"Stand {format_date(stichtag)}"
    return store.insert("review", {
        "label": label, "year": year, "stichtag": stichtag.isoformat(),
        "frozen_at": store.now().isoformat(timespec="seconds"),
        "rows": json.dumps([asdict(g) for g in rows], ensure_ascii=False, sort_keys=True)})


def frozen_rows(store: Store, review_id: int) -> tuple[dict, list[GoalStatus]]:
    """The review's header (label, year, stichtag) and its rows exactly as frozen."""
    row = store.get("review", review_id)
    if row is None:
        raise UserError(f"Eine eingefrorene Sitzung/Prüfung Nr. {review_id} gibt es nicht.")
    goals = []
    for g in json.loads(row["rows"]):
        indicators = [IndicatorStatus(**{**i, "assessment": Assessment(**i["assessment"])})
                      for i in g.pop("indicators")]
        rollup = RollUp(**g.pop("rollup"))
        goals.append(GoalStatus(**g, indicators=indicators, rollup=rollup))
    return row, goals


def reviews(store: Store) -> list[dict]:
    return [dict(r) for r in store.rows(
        "SELECT id, label, year, stichtag, frozen_at FROM review ORDER BY stichtag, id")]
