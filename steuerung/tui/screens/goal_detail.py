"""One Jahresziel in detail: how its figure was computed, readings, notes.

Readings are entered and corrected here; the Ampel is recomputed at once.
A frozen review is shown read-only, exactly as it was reviewed.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from ... import labels as L
from ...domain.attainment import MAINTAIN, num
from ...domain.dates import day_or_none, format_date, show_day
from ...domain.errors import UserError
from ...domain.numbers import format_number
from ...store.reviews import add_status_note
from ...store.status import GoalStatus, IndicatorStatus, add_reading, correct_reading, sachstand
from ..text import clean, plain
from ..widgets.bars import Footer, Header
from ..widgets.status_table import LIGHT_STYLES
from .base import Screen
from .dialogs import ChooseScreen, PromptScreen
from .reading_form import ReadingForm


def _value(reading: dict) -> str:
    """A reading as its indicator reads it: a milestone is "erreicht" or "offen"."""
    if reading["kind"] == "milestone" and reading["target_value"] is None:
        return L.MILESTONE_REACHED if reading["value"] >= 1 else L.MILESTONE_OPEN
    return format_number(reading["value"])  # exact: the correction form saves what it shows


def _figures(i: IndicatorStatus) -> str:
    """"Ausgangswert 0 · Zielwert 10 Infoveranstaltungen · Frist Ende 2011 · zuletzt 7 (31.12.2011)"."""
    if i.is_milestone:
        parts = [L.INDICATOR_KINDS["milestone"]]
    else:
        unit = f" {i.unit}" if i.unit else ""
        parts = [f"{L.F_BASELINE} {'–' if i.baseline is None else num(i.baseline)}",
                 f"{L.F_TARGET} {'–' if i.target is None else num(i.target)}{unit}"
                 + (f" ({L.DIRECTIONS[i.direction]})" if i.direction in MAINTAIN else "")]
    parts += [f"{L.COL_DEADLINE} {i.deadline_text or '–'}", f"{L.DETAIL_LAST} {i.last_text}"]
    return " · ".join(parts)


class GoalDetailScreen(Screen):
    BINDINGS = [
        Binding("m", "reading", L.KEY_READING),
        Binding("k", "correct", L.KEY_CORRECT),
        Binding("n", "note", L.KEY_NOTE),
        Binding("escape", "app.pop_screen", L.KEY_BACK),
    ]

    def __init__(self, goal: GoalStatus, today: date, frozen: bool = False):
        super().__init__()
        self.goal, self.today, self.frozen = goal, today, frozen

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        return not (self.frozen and action in {"reading", "correct", "note"})

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail"):
            yield Static("", id="goal-head")
            yield Static(L.DETAIL_INDICATORS, classes="section-title")
            yield Static("", id="indicators")
            yield Static(L.DETAIL_READINGS, classes="section-title")
            trends = Vertical(id="trends")
            trends.styles.height = "auto"
            yield trends
            yield Static("", id="readings")
            yield Static(L.DETAIL_NOTES, classes="section-title")
            yield Static("", id="notes")
        yield Static(L.DETAIL_HINT, classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.redraw()

    def refresh_goal(self) -> None:
        rows = sachstand(self.app.store, self.goal.year, self.today)
        goal = next((g for g in rows if g.id == self.goal.id), None)
        if goal is None:  # deleted in another window
            self.notify(L.ROW_GONE.format(what=L.OBJECT_NAMES["annual_goal"]), severity="warning")
            self.app.pop_screen()
            return
        self.goal = goal
        self.redraw()

    def reload_from_store(self) -> None:
        """Another process wrote: the figures, readings and notes again (a frozen review stays)."""
        if self.frozen:
            self.redraw()
        else:
            self.refresh_goal()

    def audit_target(self) -> tuple[str, int]:
        return ("annual_goal", self.goal.id)

    def redraw(self) -> None:
        g = self.goal
        head = Text()
        head.append(f" {L.LIGHTS[g.light]} ", style=LIGHT_STYLES[g.light])
        head.append(f"  {g.field} · {L.DOC_GUIDING} {g.guiding_number or ''}: {g.guiding}\n",
                    style="dim")
        head.append(g.text, style="bold")
        head.append("\n" + L.DETAIL_FACTS.format(
            attained=g.attainment_text, soll=g.expected_text, due=g.deadline_shown,
            overdue=f" {L.OVERDUE_MARK}" if g.overdue(self.today) else "",
            responsible=g.responsible or "–"))
        head.append(f"\n{g.explanation}")
        self.query_one("#goal-head", Static).update(clean(head))
        body = Text()
        for i in g.indicators:
            body.append(f" {L.LIGHTS[i.assessment.light]} ", style=LIGHT_STYLES[i.assessment.light])
            body.append(f" {i.name}\n", style="bold")
            body.append("   " + _figures(i) + "\n", style="dim")
            body.append(f"   {i.assessment.explanation}\n")
        self.query_one("#indicators", Static).update(
            clean(body) or Text(L.DETAIL_NO_INDICATOR, style="dim"))
        readings = self._readings()
        self._show_trends(readings)
        lines = [f"{show_day(r['date'])}  {_value(r)}"
                 f"{'  ' + r['source'] if r['source'] else ''}"
                 f"{'  (' + r['note'] + ')' if r['note'] else ''}  – {r['name']}"
                 for r in readings]
        self.query_one("#readings", Static).update(plain("\n".join(lines) or L.DETAIL_NO_READINGS))
        notes = self.app.store.rows("SELECT date, text FROM status_note WHERE annual_goal_id = ? "
                                    "ORDER BY date, id", (g.id,))
        self.query_one("#notes", Static).update(plain(
            "\n".join(f"{show_day(n[0])}: {n[1]}" for n in notes) or L.DETAIL_NO_NOTES))

    def _readings(self) -> list[dict]:
        ids = [i.id for i in self.goal.indicators]
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        return [dict(r) for r in self.app.store.rows(
            f"SELECT r.id, r.date, r.value, r.source, r.note, i.name, i.kind, i.target_value, "
            f"r.indicator_id FROM reading r "
            f"JOIN indicator i ON i.id = r.indicator_id WHERE r.indicator_id IN ({marks}) "
            f"AND r.date <= ? AND typeof(r.value) IN ('integer', 'real') "
            f"ORDER BY r.date, r.id", (*ids, self.today.isoformat()))]

    def _show_trends(self, readings: list[dict]) -> None:
        """One plot per quantitative indicator with readings (textual-plotext, loaded here)."""
        box = self.query_one("#trends", Vertical)
        box.remove_children()
        if not readings:
            return
        from ..widgets.trend_plot import TrendPlot

        ids = [i.id for i in self.goal.indicators]
        marks = ",".join("?" for _ in ids)
        plots = []
        for row in self.app.store.rows(
                f"SELECT id, name, unit, baseline_value, baseline_date, target_value FROM indicator "
                f"WHERE id IN ({marks}) AND kind = 'quantitative' ORDER BY position, id", ids):
            # A day another program broke is left out of the plot (``check`` names it).
            points = [(day, r["value"]) for r in readings if r["indicator_id"] == row["id"]
                      and (day := day_or_none(r["date"])) is not None]
            baseline, target = (v if isinstance(v, int | float) else None
                                for v in (row["baseline_value"], row["target_value"]))
            start = day_or_none(row["baseline_date"])
            if points and baseline is not None and start and start < points[0][0]:
                points.insert(0, (start, baseline))  # as the report's chart does
            if points:
                plots.append(TrendPlot(row["name"], row["unit"], points, baseline, target))
        box.mount_all(plots)

    def _pick_indicator(self, then) -> None:
        indicators = self.goal.indicators
        if len(indicators) == 1:
            then(indicators[0])
        elif indicators:
            choices = [(str(i.id), i.name) for i in indicators]
            self.app.push_screen(
                ChooseScreen(L.CHOOSE_INDICATOR, choices),
                lambda key: key and then(next(i for i in indicators if str(i.id) == key)))

    def action_reading(self) -> None:
        def form(indicator) -> None:
            def save(day: str, value: str, source: str, note: str) -> None:
                add_reading(self.app.store, indicator.id, day, value, source, note)

            self.app.push_screen(
                ReadingForm(L.READING_FORM.format(indicator=indicator.name)
                            + (L.READING_MILESTONE if indicator.is_milestone else ""), save,
                            (format_date(self.today), "", "", "")),
                lambda saved: saved and self.refresh_goal())

        self._pick_indicator(form)

    def action_correct(self) -> None:
        readings = self._readings()
        if not readings:
            return
        choices = [(str(r["id"]), f"{show_day(r['date'])}  "
                    f"{_value(r)} – {r['name']}") for r in readings]

        def chosen(key: str | None) -> None:
            if not key:
                return
            r = next(r for r in readings if str(r["id"]) == key)

            def save(day: str, value: str, source: str, note: str) -> None:
                correct_reading(self.app.store, r["id"], day, value, source, note)

            values = (show_day(r["date"]), _value(r),
                      r["source"] or "", r["note"] or "")
            self.app.push_screen(ReadingForm(L.READING_CORRECT.format(indicator=r["name"]),
                                             save, values),
                                 lambda saved: saved and self.refresh_goal())

        self.app.push_screen(ChooseScreen(L.CHOOSE_READING, choices), chosen)

    def action_note(self) -> None:
        today = self.app.now().date()

        def answer(text: str | None) -> None:
            if text is None:
                return
            try:
                add_status_note(self.app.store, self.goal.id, text, today)
            except UserError as error:
                self.notify(error.message, title=L.ERROR_TITLE, severity="error")
                return
            self.redraw()

        self.app.push_screen(PromptScreen(L.NOTE_PROMPT.format(goal=self.goal.text[:40],
                                                               date=format_date(today))), answer)
