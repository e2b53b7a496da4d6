"""What the Monitoring screen shows, as Rich renderables built from the read model.

Render-only: a Kennzahl becomes its facts, a table years × groups with the
gap columns, and a trend table with one sparkline per group and per gap.
User text always enters as ``Text`` (never markup), without control
characters (:func:`~steuerung.tui.text.plain`).  The sparkline is
Textual's own renderable (one bar per year), drawn in one neutral colour: a
high bar is not "bad" for a Betreuungsquote.
"""

from __future__ import annotations

from datetime import date

from rich.color import Color
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ... import labels as L
from ...domain.dates import format_date
from ...domain.monitoring import (
    decimals_for,
    format_change,
    format_value,
    gap_series,
    gap_unit,
    share,
    trend,
)
from ...domain.text import printable
from ...store.monitoring import Kennzahl
from ...store.monitoring_meta import Cycle, Figure
from ..text import plain

_ACCENT = "bold #ffa62b"
_BAR = Color.parse("#4ea8de")


def cycle_line(cycle: Cycle | None, today: date) -> Text:
    """"Bericht alle 2–3 Jahre (Ratsbeschluss) · letzter Bericht 2012 · nächster … fällig"."""
    from ...domain.monitoring import cycle_text

    if cycle is None:
        return Text(L.MON_CYCLE_NONE, style="dim")
    text = Text(L.MON_CYCLE_LINE.format(every=cycle_text(cycle.every_min, cycle.every_max)))
    if cycle.basis:
        text.append(printable(f" ({cycle.basis})"))
    if cycle.last_report is None:
        text.append(f" · {L.MON_NO_LAST}")
        return text
    text.append(" · " + printable(L.MON_LAST_REPORT.format(date=cycle.last_report_text or "")))
    late = cycle.next.state(today) == "overdue"
    text.append(" · " + L.MON_NEXT_DUE.format(when=cycle.next_text(today)),
                style="bold red" if late else "bold")
    return text


def _table(*columns: str, right: int = 1, names: int = 12) -> Table:
    """Figures right-aligned; the first column holds names."""
    table = Table(box=None, pad_edge=False, header_style="bold", padding=(0, 1), expand=False)
    for n, column in enumerate(columns):
        table.add_column(plain(column), justify="right" if n >= right else "left",
                         min_width=names if n == 0 else None, overflow="fold")
    return table


def kennzahl_view(k: Kennzahl) -> RenderableType:
    parts: list[RenderableType] = [plain(k.name, style="bold")]
    facts = [(L.MON_DEFINITION, k.definition), (L.MON_SOURCE, k.data_source),
             (L.MON_UNIT, k.unit), (L.MON_PERIODICITY, k.periodicity),
             (L.MON_LEVEL, L.label(L.LEVELS, k.level)),
             (L.GOALS_GUIDING.format(number=k.guiding_number or "").strip(), k.guiding_text),
             (L.MON_F_NOTE, k.note)]
    for label, value in facts:
        if value:
            line = Text(f"{label}: ", style="dim")
            line.append(printable(value))
            parts.append(line)
    parts.append(Text(""))
    if not k.groups:
        parts.append(Text(L.MON_NO_GROUPS, style="italic"))
        return Group(*parts)
    if not k.years:
        parts.append(Text(L.MON_NO_VALUES, style="italic"))
    else:
        parts.append(values_table(k))
        if k.has_examples:
            parts.append(Text(L.MON_EXAMPLE_NOTE, style="dim"))
    parts += [Text(""), Text(L.MON_GROUPS, style=_ACCENT)]
    for g in k.groups:
        line = plain(f"  {g.name}")
        ref = k.group(g.reference_id) if g.reference_id else None
        if ref is not None:
            line.append(printable(" · " + L.MON_COMPARED.format(name=ref.name)), style="dim")
        parts.append(line)
    return Group(*parts)


def values_table(k: Kennzahl) -> Table:
    """Years × groups and gaps; below, per column, its trend: sparkline, change, direction.

    A column is as wide as its longest figure (figures never wrap); the
    headers wrap by words.  Changes are in the column's unit — Prozentpunkte
    for a share.
    """
    from textual.renderables.sparkline import Sparkline

    unit = gap_unit(k.unit)
    places = decimals_for(v.value for g in k.groups for v in g.values.values())
    names = [f"{name} ({L.MON_POINTS_SHORT if unit == L.MON_POINTS else unit})" if unit
             else name for name in k.gap_names()]
    columns: list[tuple[str, dict[int, str], dict[int, float], bool]] = []
    for g in k.groups:
        cells = {y: format_value(v.value, places) + (L.MON_EXAMPLE_MARK if v.example else "")
                 for y, v in g.values.items()}
        columns.append((g.name, cells, g.series(), False))
    for (g, ref), name in zip(k.pairs(), names, strict=True):
        series = gap_series(g.series(), ref.series())
        columns.append((name, {y: format_change(v, places) for y, v in series.items()},
                        series, True))
    trends = [trend(series) for _, _, series, _ in columns]
    first = min((t.first_year for t in trends if t), default=None)
    previous = max((t.previous_year for t in trends if t and t.previous_year), default=None)
    rows: list[tuple[str, list[RenderableType]]] = [
        (str(year), [Text(cells.get(year, "–"), style="bold" if gap else "")
                     for _, cells, _, gap in columns]) for year in k.years]
    rows.append((L.MON_TREND, [Sparkline(list(series.values()), width=len(series),
                                         min_color=_BAR, max_color=_BAR) if len(series) > 1
                               else Text("") for _, _, series, _ in columns]))
    since = ((first, lambda t: (t.since_first, t.first_year)),
             (previous, lambda t: (t.since_previous, t.previous_year)))
    for label, pick in since:
        if label is None or label == k.years[-1] or (label == first and pick is since[1][1]):
            continue
        rows.append((L.MON_SINCE_YEAR.format(year=label),
                     [Text(_since(t, pick, label, places)) for t in trends]))
    rows.append((L.MON_DIRECTION, [Text(_direction(t, gap), style="dim")
                                   for t, (_, _, _, gap) in zip(trends, columns, strict=True)]))
    table = _table(L.MON_YEAR, *(name for name, *_ in columns), right=1, names=9)
    for n, (_, cells, _, _) in enumerate(columns, 1):
        widths = [len(c) for c in cells.values()] + [len(L.MON_DIRECTIONS["down"]), 8]
        table.columns[n].min_width = max(widths)
    for n, (label, cells) in enumerate(rows):
        table.add_row(Text(label, style="dim" if n >= len(k.years) else ""), *cells)
    return table


def _since(t, pick, label: int, places: int) -> str:
    """A change in a trend row; the series' own start year in brackets where it differs."""
    if t is None or t.first_year == t.last_year:
        return ""
    change, year = pick(t)
    if change is None:
        return ""
    text = format_change(change, places)
    return text if year == label else f"{text} ({year})"


def _direction(t, gap: bool) -> str:
    if t is None:
        return ""
    return L.MON_GAP_WORDS[t.gap_direction] if gap else L.MON_DIRECTIONS[t.direction]


def population_view(figures: list[Figure]) -> RenderableType:
    if not figures:
        return Text(L.MON_POP_NONE, style="italic")
    parts: list[RenderableType] = [Text(L.MON_POPULATION, style="bold")]
    for year in sorted({f.year for f in figures}):
        rows = [f for f in figures if f.year == year]
        head = Text(str(year), style=_ACCENT)
        if rows[0].as_of:
            head.append(" · " + L.MON_POP_AS_OF.format(
                date=format_date(date.fromisoformat(rows[0].as_of))), style="dim")
        if any(f.provisional for f in rows):
            head.append(" · " + L.MON_POP_PROVISIONAL, style="dim")
        table = _table("", L.MON_POP_COUNT, L.MON_POP_SHARE_HEAD, right=1, names=30)
        for f in rows:
            part = share(f.value, rows[0].value) if f is not rows[0] else None
            table.add_row(plain(f.label), Text(format_value(f.value)),
                          Text(L.MON_POP_SHARE.format(pct=format_value(part, 1))
                               if part is not None else ""))
        parts += [Text(""), head, table]
        for f in rows:
            if f.note:
                parts.append(plain(f.note, style="dim"))
    return Group(*parts)
