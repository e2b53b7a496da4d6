"""The charts of the Sachstandsbericht (issue 15): the Ampel chart and the indicators' trends.

Fills the two places :mod:`.status_report` keeps for them with figure
markers (:func:`.html.figure_marker`): ``StatusData.chart`` after the Ampel
summary (the stacked bars per Handlungsfeld, then how to read the trends)
and ``StatusData.trends`` after each Jahresziel's indicators.  Returns the
report's Markdown with the markers and what draws each figure.  Only the
formats beyond Markdown ask for this (it reads every reading); the .md file
stays without charts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .. import labels as L
from ..domain.sachstand import field_rollups
from .charts import Trend, lights_chart, trend_caption, trend_chart
from .formats import Draw
from .html import figure_marker
from .status_report import StatusData, render_status

# A report draws at most this many trends (eight rows of three): each costs its share of the 5 s
# a PDF may take (DESIGN §7), and 864 of them (the large test process) would add 120 pages
# nobody reads.  Those of the worst Jahresziele come first, as in the report.
MAX_TRENDS = 24


def shown_trends(data: StatusData, trends: Mapping[int, Trend]) -> tuple[list[int], int]:
    """The indicator ids drawn (worst Jahresziele first) and how many in the report have readings."""
    ids = list(dict.fromkeys(i.id for g in data.goals for i in g.indicators if i.id in trends))
    return ids[:MAX_TRENDS], len(ids)


def charted_status(data: StatusData, trends: Mapping[int, Trend]) -> tuple[str, dict[str, Draw]]:
    """The report with its charts: (Markdown with figure markers, figure key → draw(fmt))."""
    shown, total = shown_trends(data, trends)
    rows = [(name, r.goal_lights) for name, r in field_rollups(data.goals).items()]
    blocks, figures = [], {}
    if rows:
        blocks.append(figure_marker("ampel", L.CHART_LIGHTS))
        figures["ampel"] = lambda fmt: lights_chart(rows, fmt)
    if shown:
        blocks.append(L.CHART_LEGEND)
        if total > len(shown):
            blocks.append(L.CHART_TRENDS_CAPPED.format(n=len(shown), total=total))
    per_goal = {}
    for goal in data.goals:
        keys = [i.id for i in goal.indicators if i.id in shown]
        if keys:
            per_goal[goal.id] = "\n\n".join(
                figure_marker(f"trend-{i}", trend_caption(trends[i])) for i in keys)
    for indicator_id in shown:
        trend = trends[indicator_id]
        figures[f"trend-{indicator_id}"] = lambda fmt, trend=trend: trend_chart(trend, fmt)
    charted = replace(data, chart="\n\n".join(blocks) or None, trends=per_goal)
    return render_status(charted), figures
