"""Read queries that build the read models of :mod:`steuerung.domain.model`.

Counts and sums are done by SQL aggregates, not by loading rows into Python:
the large synthetic process has 5,000 dots and 35,000 readings.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.model import CommitteeSummary, FieldSummary, Overview, VisionInfo, VoteSummary
from .repo import Store
from .status import FieldRollUp, field_rollups, review_year, sachstand


def overview(store: Store, today: date) -> Overview:
    process = store.one("SELECT title, body FROM process ORDER BY id LIMIT 1")
    vision = store.one("SELECT label, adopted_on, adopted_by, text FROM vision "
                       "ORDER BY adopted_on DESC, id DESC LIMIT 1")
    fields = [FieldSummary(*row) for row in store.rows("""
        SELECT f.number, f.name, f.phase,
          (SELECT count(*) FROM guiding_goal g WHERE g.field_id = f.id),
          (SELECT count(*) FROM annual_goal a JOIN guiding_goal g ON a.guiding_goal_id = g.id
             WHERE g.field_id = f.id),
          (SELECT count(*) FROM indicator i JOIN annual_goal a ON i.annual_goal_id = a.id
             JOIN guiding_goal g ON a.guiding_goal_id = g.id WHERE g.field_id = f.id)
        FROM field f ORDER BY f.position, f.id""")]
    votes = [VoteSummary(r[0], r[1], tuple(d for d in (r[2] or "").split(",") if d), r[3],
                         r[4], r[5])
             for r in store.rows("""
        SELECT v.id, v.title, v.dates, v.state,
          (SELECT count(*) FROM topic t WHERE t.vote_id = v.id),
          (SELECT CAST(total(delta) AS INTEGER) FROM dot d WHERE d.vote_id = v.id)
        FROM dot_vote v ORDER BY v.position, v.id""")]
    committees = [CommitteeSummary(*row) for row in store.rows("""
        SELECT c.id, c.name, c.kind,
          (SELECT CAST(total(count) AS INTEGER) FROM seat s WHERE s.committee_id = c.id),
          (SELECT count(*) FROM membership m WHERE m.committee_id = c.id),
          (SELECT count(*) FROM meeting m WHERE m.committee_id = c.id)
        FROM committee c ORDER BY c.position, c.id""")]
    year = review_year(store, today)
    if year is not None:
        rollups = field_rollups(sachstand(store, year, today))
        fields = [_with_rollup(f, rollups.get(f.name)) for f in fields]
    recommendations = [r[0] for r in store.rows(
        "SELECT text FROM recommendation ORDER BY position, id")]
    return Overview(
        title=process["title"] if process else "(ohne Titel)",
        body=process["body"] if process else None,
        vision=VisionInfo(*vision) if vision else None,
        fields=fields, votes=votes, committees=committees, recommendations=recommendations,
        review_year=year)


def _with_rollup(summary: FieldSummary, rollup: FieldRollUp | None) -> FieldSummary:
    if rollup is None:
        return summary
    counts = tuple((light, n) for light, n in rollup.goal_lights.items() if n)
    guiding = tuple((number, r.attainment) for number, r in rollup.guiding.items())
    return replace(summary, attainment=rollup.rollup.attainment, light=rollup.rollup.light,
                   lights=counts, guiding=guiding, measured=rollup.measured,
                   total=rollup.total)
