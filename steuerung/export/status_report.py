"""Sachstandsbericht (DESIGN §5) for the Steuerungsgruppe.

Opens with the Ampel summary table (and a place for its chart), then
"Veränderungen seit der Prüfung vom …" against the previous frozen review,
the Handlungsfelder, what is overdue, and per Handlungsfeld → Leitziel →
Jahresziel: Ampel, attainment, Soll, deadline, responsible, each indicator
with Ausgangswert, Zielwert and latest value, the calculation (and a place
for the indicators' trend charts), the status note, the Maßnahmen and the
open tasks.  A legend defines Soll and the thresholds.  Built from live
figures or from a frozen review, which it then reproduces exactly; the
document's date is its Stichtag.  Ampel always as a word, never as colour
alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from .. import labels as L
from ..domain.attainment import MAINTAIN, num, pct
from ..domain.dates import format_date, show_day
from ..domain.sachstand import (
    Change,
    FieldRollUp,
    GoalStatus,
    IndicatorStatus,
    changes,
    field_rollups,
    light_counts,
)
from .markdown import escape_inline, heading, markdown_text, table


@dataclass(frozen=True)
class PreviousReview:
    label: str
    stichtag: date
    goals: list[GoalStatus]


@dataclass(frozen=True)
class StatusData:
    process_title: str
    year: int
    stichtag: date
    goals: list[GoalStatus]  # worst first
    notes: dict[int, tuple[str, str]]  # annual goal id → latest (date, text) up to the Stichtag
    review_label: str | None = None  # set when the report reproduces a frozen review
    frozen_on: date | None = None
    previous: PreviousReview | None = None
    #: The chart of the Ampel summary, a Markdown block placed right after the summary
    #: table (:mod:`.status_charts` fills it); None leaves the place empty.
    chart: str | None = None
    #: Annual goal id → a Markdown block (its indicators' trend charts) placed after the
    #: goal's indicators; :mod:`.status_charts` fills it, the .md file has none.
    trends: Mapping[int, str] = field(default_factory=dict)
    #: Each Jahresziel's indicators as list items (all the table's facts and the calculation)
    #: instead of a table each: the lighter layout of a long report's PDF (:data:`LINES_FROM`).
    indicator_lines: bool = False


#: From this many Jahresziele on, the PDF lists each goal's indicators instead of a table each:
#: WeasyPrint lays a table out cell by cell, and 288 of them (the large test process) take it
#: twice as long as the same facts as lines (DESIGN §7: a PDF within 5 s).
LINES_FROM = 60


def render_status(data: StatusData) -> str:
    blocks = [heading(1, L.DOC_STATUS_TITLE.format(year=data.year, process=data.process_title))]
    head = f"{L.DOC_STICHTAG}: {format_date(data.stichtag)}"
    if data.review_label:
        head += " · " + L.DOC_FROZEN_REVIEW.format(
            label=escape_inline(data.review_label),
            on=format_date(data.frozen_on) if data.frozen_on else "–")
    blocks.append(head)
    counts = light_counts(data.goals)
    blocks.append(table([L.COL_LIGHT, L.COL_ANNUAL],
                        [*([L.LIGHTS[k], n] for k, n in counts.items()),
                         [L.DOC_TOTAL_SEATS, len(data.goals)]], [None, "right"]))
    if data.chart:
        blocks.append(data.chart)
    blocks.extend(_changes(data))
    rollups = field_rollups(data.goals)
    blocks.extend(_fields(data, rollups))
    for field_name, rollup in rollups.items():
        blocks.extend(_field(data, field_name, rollup))
    blocks.append(heading(2, L.DOC_LEGEND))
    blocks.append("\n".join(f"- {line}" for line in L.DOC_STATUS_LEGEND))
    return "\n\n".join(blocks) + "\n"


def _changes(data: StatusData) -> list[str]:
    previous = data.previous
    if previous is None:
        return [heading(2, L.DOC_CHANGES_NONE_TITLE), L.DOC_CHANGES_NONE.format(year=data.year)]
    before, now = format_date(previous.stichtag), format_date(data.stichtag)
    blocks = [heading(2, L.DOC_CHANGES.format(date=before))]
    old, new = light_counts(previous.goals), light_counts(data.goals)
    blocks.append(L.DOC_CHANGES_LIGHTS.format(before=before, now=now, counts=", ".join(
        f"{L.LIGHTS[k]} {old[k]} → {new[k]}" for k in L.LIGHTS)))
    moved = changes(previous.goals, data.goals)
    if moved:
        span = f" ({before} → {now})"
        blocks.append(table(
            [L.COL_ANNUAL_GOAL, L.COL_FIELD, L.COL_LIGHT + span, L.COL_ATTAINMENT + span, L.DOC_TREND],
            [_change_row(c) for c in moved]))
    unchanged = len(data.goals) - len(moved)
    if unchanged:
        blocks.append(L.DOC_UNCHANGED.format(n=unchanged, goals=L.COL_ANNUAL_GOAL if unchanged == 1
                                             else L.COL_ANNUAL))
    return blocks


def _change_row(c: Change) -> list[str]:
    light_before = L.LIGHTS[c.light_before] if c.light_before else "–"
    before = "–" if c.attainment_before is None else pct(c.attainment_before)
    return [c.goal.text, c.goal.field, f"{light_before} → {L.LIGHTS[c.goal.light]}",
            f"{before} → {c.goal.attainment_text}", c.trend]


def _fields(data: StatusData, rollups: dict[str, FieldRollUp]) -> list[str]:
    blocks = [heading(2, L.DOC_FIELDS),
              table([L.DOC_FIELD, L.COL_ATTAINMENT, *L.LIGHTS.values()],
                    [[name, r.attainment_text, *(r.goal_lights[k] for k in L.LIGHTS)]
                     for name, r in rollups.items()],
                    [None, None, *["right"] * len(L.LIGHTS)])]
    overdue = [g for g in data.goals if g.overdue()]
    if overdue:
        blocks.append(heading(2, L.DOC_OVERDUE))
        blocks.append("\n".join(
            f"- {escape_inline(g.text)} ({escape_inline(g.field)}, {L.DOC_DEADLINE_SHORT} "
            f"{escape_inline(g.deadline_shown)}, {L.LIGHTS[g.light]})" for g in overdue))
    return blocks


def _field(data: StatusData, field_name: str, rollup: FieldRollUp) -> list[str]:
    blocks = [heading(2, f"{L.DOC_FIELD} {field_name}"),
              f"{L.COL_ATTAINMENT}: {rollup.attainment_text} · "
              f"{L.DOC_WORST}: {L.LIGHTS[rollup.rollup.light]}"]
    goals = [g for g in data.goals if g.field == field_name]
    for number in sorted(dict.fromkeys(g.guiding_number for g in goals), key=lambda n: n or 0):
        in_guiding = sorted((g for g in goals if g.guiding_number == number),
                            key=lambda g: not g.overdue())
        blocks.append(heading(3, f"{L.DOC_GUIDING} {number or ''}: {in_guiding[0].guiding}"))
        for goal in in_guiding:
            blocks.extend(_goal(goal, data.notes.get(goal.id), data.trends.get(goal.id),
                                data.indicator_lines))
    return blocks


def _goal(g: GoalStatus, note: tuple[str, str] | None, trends: str | None,
          lines: bool = False) -> list[str]:
    overdue = f" {L.OVERDUE_MARK}" if g.overdue() else ""
    blocks = [heading(4, g.text),
              f"**{L.COL_LIGHT}: {L.LIGHTS[g.light]}** · {L.COL_ATTAINMENT} {g.attainment_text} · "
              f"{L.COL_EXPECTED} {g.expected_text} · {L.COL_DEADLINE} "
              f"{escape_inline(g.deadline_shown)}{overdue} · {L.COL_RESPONSIBLE}: "
              f"{escape_inline(g.responsible or '–')}"]
    if g.indicators and lines:
        blocks.append(_indicator_lines(g))
    elif g.indicators:
        blocks.append(table(
            [L.DOC_INDICATOR, L.F_BASELINE, L.F_TARGET, L.F_UNIT, L.DOC_LAST_VALUE, L.DOC_ON,
             L.COL_DEADLINE, L.COL_LIGHT],
            [_indicator_row(i) for i in g.indicators]))
        blocks.append("\n".join(
            f"- {L.DOC_CALCULATION}" + (f" ({escape_inline(i.name)})" if len(g.indicators) > 1
                                        else "") + f": {escape_inline(i.assessment.explanation)}"
            for i in g.indicators))
    else:
        blocks.append(escape_inline(g.explanation))
    if trends:
        blocks.append(trends)
    if note is not None:
        blocks.append(f"**{L.DOC_NOTE_OF.format(date=show_day(note[0]))}**")
        blocks.append(markdown_text(note[1], level=4))
    if g.measures:
        blocks.append(f"**{L.DOC_MEASURES}:**")
        blocks.append("\n".join(f"- {escape_inline(m.text)} – {L.label(L.MEASURE_STATES, m.status)}"
                                + _extra(m.responsible, m.deadline_text) for m in g.measures))
    if g.tasks:
        blocks.append(f"**{L.DOC_OPEN_TASKS}:**")
        blocks.append("\n".join(f"- {escape_inline(t.what)}" + _extra(t.who, t.due_text)
                                for t in g.tasks))
    return blocks


def _extra(who: str | None, due: str | None) -> str:
    parts = [f"{L.DOC_RESPONSIBLE_INLINE}: {escape_inline(who)}" if who else "",
             f"{L.DOC_UNTIL} {escape_inline(due)}" if due else ""]
    parts = [p for p in parts if p]
    return f" ({', '.join(parts)})" if parts else ""


def _indicator_lines(g: GoalStatus) -> str:
    """One list item per indicator: the facts of its table row, then its calculation."""
    heads = (L.F_BASELINE, L.F_TARGET, L.F_UNIT, L.DOC_LAST_VALUE, L.DOC_ON, L.COL_DEADLINE)
    items = []
    for i in g.indicators:
        name, *values, light = _indicator_row(i)
        facts = " · ".join(f"{head} {escape_inline(value)}"
                           for head, value in zip(heads, values, strict=True))
        items.append(f"- **{escape_inline(name)}** – {L.COL_LIGHT} {light}: {facts}\\\n"
                     f"  {L.DOC_CALCULATION}: {escape_inline(i.assessment.explanation)}")
    return "\n".join(items)


def _indicator_row(i: IndicatorStatus) -> list[str]:
    if i.is_milestone:
        baseline, target, unit = "–", L.MILESTONE_REACHED, L.INDICATOR_KINDS["milestone"]
    else:
        baseline = "–" if i.baseline is None else num(i.baseline)
        target = "–" if i.target is None else num(i.target)
        if i.direction in MAINTAIN:
            target += f" ({L.DIRECTIONS[i.direction]})"
        unit = i.unit or "–"
    if i.last_date is None:
        last = "–"
    else:  # the unit has its own column
        last = i.value_text(i.last_value) if i.is_milestone else num(i.last_value)
    on = show_day(i.last_date, "–")
    return [i.name, baseline, target, unit, last, on, i.deadline_text or "–",
            L.LIGHTS[i.assessment.light]]
