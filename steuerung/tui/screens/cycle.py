"""Strategiezirkel: the five phases drawn as a cycle, with the Handlungsfelder in each.

↑ ↓ choose a field; one key moves it on (``p``), back (``Umschalt+P``) or
straight to a phase (``1``–``5``).  Every change is one logged write.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, VerticalScroll
from textual.widgets import Static

from ... import labels as L
from ...domain.errors import UserError
from ...domain.text import one_line
from ...store import goals
from ..widgets.bars import Footer, Header
from ..widgets.cycle import cycle_drawing
from .base import Screen


class CycleScreen(Screen):
    """Reached from the Ziele screen with ``s``; Esc goes back there."""

    BINDINGS = [
        Binding("up", "choose(-1)", L.KEY_CURSOR_UP, show=False),
        Binding("down", "choose(1)", L.KEY_CURSOR_DOWN, show=False),
        Binding("p,space", "step(1)", L.KEY_PHASE),
        Binding("P,shift+p", "step(-1)", L.KEY_PHASE_BACK, key_display="Umschalt+P"),
        *[Binding(str(n), f"set_phase({n})", L.KEY_SET_PHASE, show=n == 1, key_display="1–5")
          for n in range(1, 6)],
        Binding("escape", "back", L.KEY_BACK, key_display="Esc"),
    ]

    def __init__(self, field_id: int | None = None):
        super().__init__()
        self.selected = field_id
        self.fields: list[goals.Item] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(L.CYCLE_TITLE, classes="section-title", id="cycle-title")
        with VerticalScroll(id="cycle-body"):
            with Center():
                yield Static("", id="cycle-drawing")
        yield Static("", id="cycle-selected")
        yield Static(L.CYCLE_HINT, classes="hint", id="cycle-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        self.fields = goals.fields(self.app.store)
        ids = [f.id for f in self.fields]
        if self.selected not in ids:
            self.selected = ids[0] if ids else None
        self.draw()

    def draw(self) -> None:
        drawing = self.query_one("#cycle-drawing", Static)
        if not self.fields:
            drawing.update(L.CYCLE_NO_FIELDS)
            self.query_one("#cycle-selected", Static).update("")
            return
        drawing.update(cycle_drawing(
            [(f.id, f"{f.number or ''} {f.text}".strip(), f.detail) for f in self.fields], self.selected))
        field = self._field()
        self.query_one("#cycle-selected", Static).update(Text.assemble(
            (one_line(f"{L.GOALS_FIELD.format(number=field.number or '')} {field.text}"), "bold"),
            f" · {L.F_PHASE} {L.label(L.PHASES, field.detail)}"))

    def _field(self) -> goals.Item | None:
        return next((f for f in self.fields if f.id == self.selected), None)

    def action_choose(self, step: int) -> None:
        if self.fields:
            ids = [f.id for f in self.fields]
            self.selected = ids[max(0, min(ids.index(self.selected) + step, len(ids) - 1))]
            self.draw()

    def action_step(self, step: int) -> None:
        if self.selected is not None:
            self._write(lambda: goals.cycle_phase(self.app.store, self.selected, step))

    def action_set_phase(self, number: int) -> None:
        if self.selected is not None:
            code = list(L.PHASES)[number - 1]
            self._write(lambda: goals.set_phase(self.app.store, self.selected, code))

    def _write(self, change) -> None:
        try:
            change()
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=6)
        self.load()

    def action_back(self) -> None:
        self.app.pop_screen()

    def reload_from_store(self) -> None:
        """Another process moved a field: the drawing follows, the same field stays chosen."""
        self.load()

    def audit_target(self) -> tuple[str, int] | None:
        return ("field", self.selected) if self.selected is not None else None
