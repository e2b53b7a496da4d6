"""Read the data the documents need: the goal system and the committees, as plain dicts.

One query per table, grouped in Python by parent id — cheap even for the
large process, and it keeps the export modules pure (data → str).
"""

from __future__ import annotations

from collections import defaultdict

from .indicator_links import SERVED
from .repo import Store


def _by(rows, key: str) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(dict(row))
    return grouped


def goal_system(store: Store, year: int | None = None) -> list[dict]:
    """Fields with their Leitziele, Jahresziele (of ``year`` or all), indicators, measures, Hinweise.

    A Jahresziel's indicators are its own, then those it shares with another
    Jahresziel (``linked`` = 1); ``annual_goal_id`` stays the indicator's home.
    """
    year_filter = "" if year is None else " WHERE year = ?"
    params = () if year is None else (year,)
    annual = _by(store.rows(f"SELECT * FROM annual_goal{year_filter} ORDER BY position, id",
                            params), "guiding_goal_id")
    indicators = _by(store.rows(f"""
        SELECT i.*, s.annual_goal_id AS served_goal_id, s.linked FROM ({SERVED}) s
        JOIN indicator i ON i.id = s.indicator_id
        ORDER BY s.linked, s.position, i.id"""), "served_goal_id")
    measures = _by(store.rows("SELECT * FROM measure ORDER BY position, id"), "annual_goal_id")
    hints = store.rows("SELECT * FROM consideration ORDER BY position, id")
    goal_hints = _by([h for h in hints if h["annual_goal_id"] is not None], "annual_goal_id")
    field_hints = _by([h for h in hints if h["annual_goal_id"] is None and h["field_id"]],
                      "field_id")
    guiding = _by(store.rows("SELECT * FROM guiding_goal ORDER BY position, id"), "field_id")
    fields = []
    for f in store.rows("SELECT * FROM field ORDER BY position, id"):
        field = dict(f)
        field["hints"] = field_hints.get(f["id"], [])
        field["guiding"] = []
        for g in guiding.get(f["id"], []):
            g["annual"] = []
            for a in annual.get(g["id"], []):
                a["indicators"] = indicators.get(a["id"], [])
                a["measures"] = measures.get(a["id"], [])
                a["hints"] = goal_hints.get(a["id"], [])
                g["annual"].append(a)
            field["guiding"].append(g)
        fields.append(field)
    return fields


def committees(store: Store) -> list[dict]:
    seats = _by(store.rows("SELECT * FROM seat ORDER BY position, id"), "committee_id")
    tasks = _by(store.rows("SELECT * FROM committee_task ORDER BY position, id"), "committee_id")
    result = []
    for c in store.rows("SELECT * FROM committee ORDER BY position, id"):
        committee = dict(c)
        committee["seats"] = seats.get(c["id"], [])
        committee["tasks"] = tasks.get(c["id"], [])
        result.append(committee)
    return result


def resolutions(store: Store) -> list[dict]:
    """Every resolution with its meeting and committee, oldest first."""
    return [dict(r) for r in store.rows("""
        SELECT c.name AS committee, m.date, m.public AS meeting_public, a.public AS item_public,
               a.number, a.title, r.text, r.vote, r.yes, r.no, r.abstain, r.result
        FROM resolution r JOIN agenda_item a ON a.id = r.agenda_item_id
        JOIN meeting m ON m.id = a.meeting_id JOIN committee c ON c.id = m.committee_id
        WHERE r.kind = 'resolution'
        ORDER BY m.date, m.id, a.position, r.position""")]


def indicator_readings(store: Store, year: int, until: str) -> dict[int, dict]:
    """Quantitative indicators of ``year`` with their readings up to ``until`` (ISO date).

    indicator id → {name, unit, baseline, baseline_date, target, points: [(ISO date, value), …]};
    only indicators with at least one reading (for the trend charts, issue 15).
    """
    result: dict[int, dict] = {}
    for r in store.rows("""
            SELECT i.id, i.name, i.unit, i.baseline_value, i.target_value, r.date, r.value,
                   i.baseline_date
            FROM indicator i JOIN annual_goal a ON a.id = i.annual_goal_id
            JOIN reading r ON r.indicator_id = i.id
            WHERE a.year = ? AND i.kind = 'quantitative' AND r.date <= ?
            ORDER BY i.id, r.date, r.id""", (year, until)):
        entry = result.setdefault(r[0], {"name": r[1], "unit": r[2], "baseline": r[3],
                                         "baseline_date": r[7], "target": r[4], "points": []})
        entry["points"].append((r[5], r[6]))
    return result
