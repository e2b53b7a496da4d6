"""Sachstand: every Jahresziel of a year with its Ampel, worst first.

The steering group's fifteen-minute review: filter, open a goal to see how
its figure was computed, enter readings there, freeze the review.
"""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from ... import labels as L
from ...domain.dates import format_date
from ...domain.errors import UserError
from ...store.reviews import freeze_review, frozen_rows, reviews
from ...store.status import sachstand, worst_first, years
from ..text import plain
from ..widgets.bars import Footer, Header
from ..widgets.status_table import StatusHead, StatusTable
from .base import Screen
from .dialogs import ChooseScreen, PromptScreen

LIGHT_CYCLE = [None, "red", "yellow", "grey", "no_indicator", "green"]


class SachstandScreen(Screen):
    BINDINGS = [
        Binding("enter", "detail", L.KEY_DETAIL),
        # Priority: else the scrolling container around a table taller than the window
        # (80×24, or the large process) takes ↑/↓ for itself and the cursor never moves.
        Binding("up", "cursor(-1)", L.KEY_CURSOR_UP, show=False, priority=True),
        Binding("down", "cursor(1)", L.KEY_CURSOR_DOWN, show=False, priority=True),
        Binding("f", "filter_field", L.KEY_FILTER_FIELD),
        Binding("a", "filter_light", L.KEY_FILTER_LIGHT),
        Binding("v", "filter_responsible", L.KEY_FILTER_RESPONSIBLE, show=False),
        Binding("x", "clear", L.KEY_FILTER_CLEAR, show=False),
        Binding("j", "year", L.KEY_YEAR, show=False),
        Binding("z", "freeze", L.KEY_FREEZE),
        Binding("r", "review", L.KEY_REVIEWS, show=False),
        Binding("l", "live", L.KEY_LIVE, show=False),
        Binding("escape", "app.show_overview", L.KEY_OVERVIEW),
    ]

    def __init__(self):
        super().__init__()
        self.year: int | None = None
        self.review: dict | None = None
        self.filters: dict[str, str] = {}
        self.selected = 0
        self.rows = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="sachstand-head", classes="section-title")
        yield StatusHead()
        with VerticalScroll():
            yield StatusTable(id="status")
        yield Static(L.SACHSTAND_HINT, classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        known = years(self.app.store)
        today = self.app.now().date()
        self.year = today.year if today.year in known or not known else known[-1]
        self.reload()
        self.query_one(StatusTable).focus()

    def on_status_table_head(self, message: StatusTable.Head) -> None:
        self.query_one(StatusHead).set_lines(message.lines)

    def on_screen_resume(self) -> None:
        if self.year is not None:
            self.reload()  # readings may have been entered in the detail

    @property
    def today(self):
        if self.review is not None:
            return date.fromisoformat(self.review["stichtag"])
        return self.app.now().date()

    def reload(self) -> None:
        if self.review is not None:
            _, all_rows = frozen_rows(self.app.store, self.review["id"])
        else:
            all_rows = sachstand(self.app.store, self.year, self.today)
        self.all_rows = worst_first(all_rows)
        self.redraw()

    def redraw(self) -> None:
        f = self.filters
        self.rows = [g for g in self.all_rows
                     if f.get("field", g.field) == g.field and f.get("light", g.light) == g.light
                     and f.get("responsible", g.responsible) == g.responsible]
        shown = ", ".join(L.LIGHTS.get(v, v) for v in f.values())
        head = L.SACHSTAND_HEAD.format(
            year=self.year, stichtag=format_date(self.today),
            goals=L.numbered(len(self.rows), L.TOTAL_WORDS["annual_goal"]),
            filters=(L.SACHSTAND_FILTER.format(what=shown) if shown else ""))
        if self.review is not None:
            head += L.SACHSTAND_FROZEN.format(label=self.review["label"])
        self.query_one("#sachstand-head", Static).update(plain(head))
        self.query_one(StatusTable).show(self.rows, self.selected, self.today)

    def action_cursor(self, step: int) -> None:
        if self.rows:
            self.selected = max(0, min(self.selected + step, len(self.rows) - 1))
            self.query_one(StatusTable).show(self.rows, self.selected, self.today)

    def action_detail(self) -> None:
        if self.rows:
            from .goal_detail import GoalDetailScreen

            frozen = self.review is not None
            self.app.push_screen(GoalDetailScreen(self.rows[self.selected], self.today, frozen))

    def _choose(self, key: str, title: str, values: list[str]) -> None:
        choices = [("", L.ALL)] + [(v, L.LIGHTS.get(v, v)) for v in values]

        def chosen(value: str | None) -> None:
            if value is None:
                return
            if value:
                self.filters[key] = value
            else:
                self.filters.pop(key, None)
            self.selected = 0
            self.redraw()

        self.app.push_screen(ChooseScreen(title, choices, self.filters.get(key, "")), chosen)

    def action_filter_field(self) -> None:
        self._choose("field", L.CHOOSE_FIELD, list(dict.fromkeys(g.field for g in self.all_rows)))

    def action_filter_responsible(self) -> None:
        people = sorted({g.responsible for g in self.all_rows if g.responsible})
        self._choose("responsible", L.CHOOSE_RESPONSIBLE, people)

    def action_filter_light(self) -> None:
        """Cycle: alle → rot → gelb → grau → ohne Indikator → grün → alle (one key in a meeting)."""
        current = LIGHT_CYCLE.index(self.filters.get("light"))
        following = LIGHT_CYCLE[(current + 1) % len(LIGHT_CYCLE)]
        if following is None:
            self.filters.pop("light", None)
        else:
            self.filters["light"] = following
        self.selected = 0
        self.redraw()

    def action_clear(self) -> None:
        self.filters.clear()
        self.redraw()

    def action_year(self) -> None:
        def chosen(value: str | None) -> None:
            if value:
                self.year, self.review, self.selected = int(value), None, 0
                self.reload()

        options = [(str(y), str(y)) for y in years(self.app.store)]
        self.app.push_screen(ChooseScreen(L.CHOOSE_YEAR, options, str(self.year)), chosen)

    def action_freeze(self) -> None:
        def answer(text: str | None) -> None:
            if text is None:
                return
            try:
                review_id = freeze_review(self.app.store, self.year, text)
            except UserError as error:
                self.notify(error.message, title=L.ERROR_TITLE, severity="error")
                return
            self.review = next(r for r in reviews(self.app.store) if r["id"] == review_id)
            self.notify(L.FREEZE_DONE.format(label=self.review["label"]))
            self.reload()

        self.app.push_screen(PromptScreen(L.FREEZE_PROMPT, format_date(self.app.now().date())),
                             answer)

    def action_review(self) -> None:
        known = reviews(self.app.store)

        def chosen(value: str | None) -> None:
            if value:
                self.review = next(r for r in known if str(r["id"]) == value)
                self.year, self.selected = self.review["year"], 0
                self.reload()

        options = [(str(r["id"]), f"{r['label']} ({r['year']})") for r in known]
        self.app.push_screen(ChooseScreen(L.CHOOSE_REVIEW, options), chosen)

    def action_live(self) -> None:
        self.review = None
        self.reload()

    # -- live file and change log ----------------------------------------------------------
    def reload_from_store(self) -> None:
        """Another process wrote (a reading imported): recompute, the cursor stays on its goal."""
        chosen = self.rows[self.selected].id if self.rows else None
        known = years(self.app.store)
        if known and self.year not in known:  # its last Jahresziel was deleted elsewhere
            self.year = known[-1]
        self.reload()
        ids = [g.id for g in self.rows]
        if chosen in ids and ids.index(chosen) != self.selected:
            self.selected = ids.index(chosen)
            self.query_one(StatusTable).show(self.rows, self.selected, self.today)

    def audit_target(self) -> tuple[str, int] | None:
        return ("annual_goal", self.rows[self.selected].id) if self.rows else None
