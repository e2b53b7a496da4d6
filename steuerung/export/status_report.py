"""Sachstandsbericht (DESIGN §5): per Handlungsfeld → Leitziel → Jahresziel, overdue first.

Built from live figures or from a frozen review, which it then reproduces
exactly.  Ampel always as a word, never as colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from .. import labels as L
from ..domain.attainment import pct
from ..domain.dates import format_date
from ..store.status import GoalStatus, field_rollups
from .charts import Trend, lights_chart, trend_caption, trend_chart
from .html import figure_marker
from .markdown import escape_inline, heading, table


@dataclass(frozen=True)
class StatusData:
    process_title: str
    year: int
    stichtag: date
    goals: list[GoalStatus]
    notes: dict[int, tuple[str, str]]  # annual goal id → latest (date, text)
    review_label: str | None = None
    # Charts (issue 15): with ``charts`` the report carries figure markers, drawn
    # in HTML, PDF, DOCX and ODT; ``trends`` maps an indicator id to its readings.
    charts: bool = False
    trends: Mapping[int, Trend] = field(default_factory=dict)


def _last(goal: GoalStatus) -> str:
    last = goal.last_reading
    if last is None:
        return "–"
    unit = f" {last[2]}" if last[2] else ""
    return f"{last[0]:g}".replace(".", ",") + unit + f" ({format_date(date.fromisoformat(last[1]))})"


def _deadline(goal: GoalStatus) -> str:
    if goal.deadline_text:
        return goal.deadline_text
    if goal.deadline:
        return format_date(date.fromisoformat(goal.deadline))
    return L.YEAR_END.format(year=goal.year)


def _expected(goal: GoalStatus) -> str:
    values = [i.assessment.expected for i in goal.indicators if i.assessment.expected is not None]
    return pct(max(values)) if values else "–"


def _attained(value: float | None) -> str:
    return "–" if value is None else pct(value)


def render_status(data: StatusData, now: datetime) -> str:
    blocks = [heading(1, L.DOC_STATUS_TITLE.format(year=data.year, process=data.process_title))]
    facts = [f"{L.DOC_STICHTAG}: {format_date(data.stichtag)}"]
    if data.review_label:
        facts.append(f"{L.DOC_REVIEW}: {escape_inline(data.review_label)}")
    facts.append(L.DOC_STATUS_RULE)
    if data.charts and data.trends:  # chart hook (issue 15): how to read the trends
        facts.append(L.CHART_LEGEND)
        if len(data.trends) > MAX_TRENDS:
            facts.append(L.CHART_TRENDS_CAPPED.format(n=MAX_TRENDS, total=len(data.trends)))
    blocks.append("\n".join(f"- {f}" for f in facts))
    rollups = field_rollups(data.goals)
    blocks.append(heading(2, L.DOC_OVERVIEW))
    blocks.append(table(
        [L.DOC_FIELD, L.COL_ATTAINMENT, *L.LIGHTS.values()],
        [[name, _attained(r.rollup.attainment), *(r.goal_lights[k] for k in L.LIGHTS)]
         for name, r in rollups.items()],
        [None, "right", "right", "right", "right", "right"]))
    # --- chart hook (issue 15): the Ampel chart after the overview ---
    if data.charts and rollups:
        blocks.append(figure_marker("ampel", L.CHART_LIGHTS))
    overdue = [g for g in data.goals if g.overdue(data.stichtag)]
    if overdue:
        blocks.append(heading(2, L.DOC_OVERDUE))
        blocks.append("\n".join(
            f"- {escape_inline(g.text)} ({escape_inline(g.field)}, {L.DOC_DEADLINE_SHORT} "
            f"{escape_inline(_deadline(g))}, {L.LIGHTS[g.light]})" for g in overdue))
    for field_name, rollup in rollups.items():
        blocks.append(heading(2, f"{L.DOC_FIELD} {field_name}"))
        blocks.append(f"{L.COL_ATTAINMENT}: {_attained(rollup.rollup.attainment)} · "
                      f"{L.DOC_WORST}: {L.LIGHTS[rollup.rollup.light]}")
        goals = [g for g in data.goals if g.field == field_name]
        for number in dict.fromkeys(g.guiding_number for g in goals):
            in_guiding = sorted((g for g in goals if g.guiding_number == number),
                                key=lambda g: not g.overdue(data.stichtag))
            blocks.append(heading(3, f"{L.DOC_GUIDING} {number or ''}: {in_guiding[0].guiding}"))
            blocks.append(table(
                [L.COL_ANNUAL_GOAL, L.COL_LIGHT, L.COL_ATTAINMENT, L.COL_EXPECTED,
                 L.COL_LAST_READING, L.COL_DEADLINE, L.COL_RESPONSIBLE, L.DOC_NOTE],
                [[g.text, L.LIGHTS[g.light], _attained(g.rollup.attainment), _expected(g),
                  _last(g), _deadline(g) + (f" {L.OVERDUE_MARK}" if g.overdue(data.stichtag)
                                            else ""),
                  g.responsible or "–", _note(data.notes.get(g.id))] for g in in_guiding],
                [None, None, "right", "right", None, None, None, None]))
            # --- chart hook (issue 15): the trends of this Leitziel's indicators ---
            blocks.extend(_trend_markers(data, in_guiding))
    blocks.append(f"{L.DOC_AS_OF}: {format_date(now.date())}")
    return "\n\n".join(blocks) + "\n"


# A report draws at most this many trends (eight rows of three): each costs its share of the 5 s a PDF
# may take (DESIGN §7), and 864 of them (the large test process) would add
# 120 pages nobody reads.  The worst Jahresziele come first, as in the report.
MAX_TRENDS = 24


def _shown_trends(data: StatusData) -> set[int]:
    ids = [i.id for g in data.goals for i in g.indicators if i.id in data.trends]
    return set(ids[:MAX_TRENDS])


def _trend_markers(data: StatusData, goals: list[GoalStatus]) -> list[str]:
    if not data.charts:
        return []
    shown = _shown_trends(data)
    markers = [figure_marker(f"trend-{i.id}", trend_caption(data.trends[i.id]))
               for g in goals for i in g.indicators if i.id in shown]
    return [heading(4, L.CHART_TRENDS), *markers] if markers else []


def status_figures(data: StatusData) -> dict:
    """The drawing of every figure marker in the report: key → draw(fmt)."""
    if not data.charts:
        return {}
    rollups = field_rollups(data.goals)
    rows = [(name, r.goal_lights) for name, r in rollups.items()]
    figures = {"ampel": lambda fmt: lights_chart(rows, fmt)}
    for indicator_id in _shown_trends(data):
        trend = data.trends[indicator_id]
        figures[f"trend-{indicator_id}"] = lambda fmt, trend=trend: trend_chart(trend, fmt)
    return figures


def _note(note: tuple[str, str] | None) -> str:
    if note is None:
        return "–"
    return f"{format_date(date.fromisoformat(note[0]))}: {note[1]}"
