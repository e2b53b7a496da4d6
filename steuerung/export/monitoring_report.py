"""Monitoringbericht (DESIGN §5): population first, then per Handlungsfeld and Kennzahl
the definition, source, a table years × groups with the gap (beyond Markdown with its
chart), the trend; the next report last.

Pure: data in, Markdown out.  The document's date is its Stichtag or its
latest data year, never the clock.  A share's gap and change are written in
Prozentpunkten, a count's in its unit (:mod:`steuerung.domain.monitoring`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import labels as L
from ..domain.dates import format_date
from ..domain.monitoring import (
    cycle_text,
    decimals_for,
    format_change,
    format_value,
    gap_series,
    gap_unit,
    share,
    trend,
)
from ..store.monitoring import Kennzahl
from ..store.monitoring_meta import Cycle, Figure
from .formats import Draw
from .html import figure_marker
from .markdown import escape_inline, heading, markdown_text, table
from .series_chart import caption, drawable


@dataclass(frozen=True)
class MonitoringData:
    process_title: str
    day: date
    day_label: str  # "Datenstand 2012" or "Stichtag: 30.06.2012"
    fields: list[tuple[int, int | None, str]]  # (id, number, name) of every Handlungsfeld
    kennzahlen: list[Kennzahl]
    population: list[Figure]
    cycle: Cycle | None
    charts: bool = False  # figure markers after each table (formats beyond Markdown)


@dataclass(frozen=True)
class ChartData:
    """What the per-Kennzahl chart shows: years on the x axis, one line per group."""

    title: str
    unit: str
    years: tuple[int, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (group, value per year)


def chart_data(k: Kennzahl) -> ChartData:
    """The data of the chart of one Kennzahl (drawn by :mod:`.series_chart`)."""
    years = tuple(k.years)
    return ChartData(k.name, (k.unit or "").strip(), years,
                     tuple((g.name, tuple(g.values[y].value if y in g.values else None
                                          for y in years)) for g in k.groups))


def chart_key(k: Kennzahl) -> str:
    return f"kennzahl-{k.id}"


def chart_blocks(k: Kennzahl, charts: bool = False) -> list[str]:
    """The place of the Kennzahl's chart after its table: a figure marker, with ``charts``.

    :func:`chart_figures` draws it (:mod:`.series_chart`: years × groups) in HTML,
    PDF, DOCX and ODT; the .md file has no charts, and a Kennzahl with values
    in fewer than two years none.
    """
    data = chart_data(k)
    if not charts or not drawable(data):
        return []
    return [figure_marker(chart_key(k), caption(data))]


def chart_figures(data: MonitoringData) -> dict[str, Draw]:
    """Figure key → draw(fmt) for every chart :func:`chart_blocks` places."""
    from .series_chart import series_chart

    figures = {}
    for k in data.kennzahlen:
        chart = chart_data(k)
        if k.years and drawable(chart):
            figures[chart_key(k)] = lambda fmt, chart=chart: series_chart(chart, fmt)
    return figures


def render_monitoring(data: MonitoringData) -> str:
    """Every Handlungsfeld is listed, one without Kennzahlen too (it says so)."""
    blocks = [heading(1, L.DOC_MONITORING_TITLE.format(process=data.process_title)),
              f"{escape_inline(data.day_label, line_start=True)}"]
    blocks += population_blocks(data.population)
    by_field: dict[int | None, list[Kennzahl]] = {}
    for k in data.kennzahlen:
        by_field.setdefault(k.field_id, []).append(k)
    sections = [(f"{L.DOC_FIELD} {number}: {name}" if number else f"{L.DOC_FIELD} {name}",
                 by_field.get(field_id, [])) for field_id, number, name in data.fields]
    if None in by_field:
        sections.append((L.MON_NO_FIELD.capitalize(), by_field[None]))
    for title, items in sections:
        blocks.append(heading(2, title))
        if not items:
            blocks.append(L.DOC_KENNZAHLEN_NONE)
        for k in items:
            blocks += kennzahl_blocks(k, data.charts)
    blocks.append(heading(2, L.DOC_NEXT_REPORT))
    blocks.append(cycle_lines(data.cycle, data.day))
    return "\n\n".join(blocks) + "\n"


def population_blocks(figures: list[Figure]) -> list[str]:
    if not figures:
        return []
    years = sorted({f.year for f in figures})
    base = {y: next(f for f in figures if f.year == y) for y in years}
    labels = list(dict.fromkeys(f.label for f in figures))
    cells = {(f.label, f.year): f for f in figures}

    def cell(label: str, year: int) -> str:
        f = cells.get((label, year))
        if f is None:
            return "–"
        text = format_value(f.value)
        part = share(f.value, base[year].value) if f is not base[year] else None
        return text + (f" ({L.MON_POP_SHARE.format(pct=format_value(part, 1))})"
                       if part is not None else "")

    blocks = [heading(2, L.DOC_POPULATION),
              table(["", *map(str, years)], [[label, *(cell(label, y) for y in years)]
                                             for label in labels],
                    [None, *["right"] * len(years)])]
    for year in years:
        rows = [f for f in figures if f.year == year]
        parts = [L.MON_POP_AS_OF.format(date=format_date(date.fromisoformat(f.as_of)))
                 for f in rows[:1] if f.as_of]
        if any(f.provisional for f in rows):
            parts.append(L.MON_POP_PROVISIONAL)
        sources = list(dict.fromkeys(f.source for f in rows if f.source))
        if sources:
            parts.append(f"{L.MON_SOURCE}: {'; '.join(sources)}")
        if parts:
            prefix = f"{year}: " if len(years) > 1 else ""
            blocks.append(escape_inline(prefix + ", ".join(parts) + ".", line_start=True))
        blocks += [markdown_text(f.note, level=2) for f in rows if f.note]
    return blocks


def kennzahl_blocks(k: Kennzahl, charts: bool = False) -> list[str]:
    blocks = [heading(3, k.name)]
    guiding = L.GOALS_GUIDING.format(number=k.guiding_number or "").strip()
    facts = [(L.MON_DEFINITION, k.definition), (L.MON_SOURCE, k.data_source),
             (L.MON_UNIT, k.unit), (L.MON_PERIODICITY, k.periodicity),
             (L.MON_LEVEL, L.label(L.LEVELS, k.level)), (guiding, k.guiding_text)]
    blocks.append("\n".join(f"- {label}: {escape_inline(value)}" for label, value in facts
                            if value))
    if k.note:
        blocks.append(markdown_text(k.note, level=3))
    if not k.years:
        blocks.append(L.DOC_NO_VALUES)
        return blocks
    blocks.append(value_table(k))
    blocks += chart_blocks(k, charts)
    lines = trend_lines(k)
    if lines:
        blocks.append(f"**{L.MON_TREND}**\n\n" + "\n".join(f"- {escape_inline(t)}" for t in lines))
    if k.has_examples:
        blocks.append(escape_inline(L.MON_EXAMPLE_NOTE, line_start=True))
    return blocks


def value_table(k: Kennzahl) -> str:
    """| Jahr | group … | Abstand … (unit) | with the Beispielwert mark."""
    unit = gap_unit(k.unit)
    places = decimals_for(v.value for g in k.groups for v in g.values.values())
    gaps = [gap_series(g.series(), ref.series()) for g, ref in k.pairs()]
    head = [L.MON_YEAR, *(g.name for g in k.groups),
            *(f"{name} ({unit})" if unit else name for name in k.gap_names())]
    rows = []
    for year in k.years:
        row = [str(year)]
        for g in k.groups:
            v = g.values.get(year)
            row.append("–" if v is None else format_value(v.value, places)
                       + (L.MON_EXAMPLE_MARK if v.example else ""))
        row += [format_change(s[year], places) if year in s else "–" for s in gaps]
        rows.append(row)
    return table(head, rows, ["right"] * len(head))


def trend_lines(k: Kennzahl) -> list[str]:
    """One line per group with values, then one per compared pair (the gap's trend)."""
    unit, change_unit = (k.unit or "").strip(), gap_unit(k.unit)
    places = decimals_for(v.value for g in k.groups for v in g.values.values())

    def figure(value: float, in_unit: str, signed: bool = False) -> str:
        text = format_change(value, places) if signed else format_value(value, places)
        if in_unit == L.MON_POINTS and abs(round(value, places)) == 1:
            in_unit = L.MON_POINT
        return f"{text} {in_unit}" if in_unit else text

    lines = []
    for g in k.groups:
        t = trend(g.series())
        if t is None:
            continue
        if t.direction == "single":
            lines.append(L.MON_TREND_SINGLE.format(group=g.name, last=figure(t.last, unit),
                                                   last_year=t.last_year))
            continue
        text = L.MON_TREND_LINE.format(
            group=g.name, first=figure(t.first, unit), first_year=t.first_year,
            last=figure(t.last, unit), last_year=t.last_year,
            change=figure(t.since_first, change_unit, True))
        if t.previous_year != t.first_year:
            text += L.MON_TREND_PREVIOUS.format(
                change=figure(t.since_previous, change_unit, True), year=t.previous_year)
        lines.append(f"{text} ({L.MON_DIRECTIONS[t.direction]})")
    for (g, ref), name in zip(k.pairs(), k.gap_names(), strict=True):
        t = trend(gap_series(g.series(), ref.series()))
        if t is None or t.direction == "single":
            continue
        lines.append(L.MON_GAP_LINE.format(
            gap=name, first=figure(t.first, change_unit, True), first_year=t.first_year,
            last=figure(t.last, change_unit, True), last_year=t.last_year,
            verdict=L.MON_GAP_DIRECTIONS[t.gap_direction]))
    return lines


def cycle_lines(cycle: Cycle | None, day: date) -> str:
    """The council's cycle, the last report and when the next is due (relative to ``day``)."""
    if cycle is None:
        return L.DOC_NO_CYCLE
    lines = [f"- {L.DOC_REPORT_CYCLE}: {escape_inline(cycle_text(cycle.every_min, cycle.every_max))}"
             + (f" ({escape_inline(cycle.basis)})" if cycle.basis else "")]
    if cycle.last_report is None:
        lines.append(f"- {L.MON_NO_LAST}")
        return "\n".join(lines)
    lines.append(f"- {L.DOC_LAST_REPORT}: {escape_inline(cycle.last_report_text or '')}")
    lines.append(f"- {L.DOC_NEXT_DUE}: {cycle.next_text(day)}")
    return "\n".join(lines)
