"""Masterplan: the ordered steps of the whole process — add, edit, move, delete.

One row per step: number and title, on the right its status; below who,
by when and the result.  The numbers follow the order at once.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from ... import labels as L
from ...domain.errors import UserError
from ...store import masterplan as P
from ..screens.base import Screen
from ..screens.dialogs import ConfirmScreen
from ..screens.forms import Field, FormScreen
from ..widgets.bars import Footer, Header
from ..widgets.rows import Row, RowList

_STATUS_STYLE = {"open": "", "in_progress": "bold yellow", "done": "bold green",
                 "deferred": "dim"}


def step_rows(steps: list[P.Step]) -> list[Row]:
    if not steps:
        return [Row(None, Text(L.PLAN_NONE, style="italic"))]
    rows = []
    for s in steps:
        number = f"{s.number}. "
        text = Text(number, style="bold")
        text.append(s.title, style="bold")
        details = [x for x in (s.responsible, L.PLAN_DUE.format(due=s.due_shown)
                               if s.due_text or s.due else None,
                               L.PLAN_RESULT.format(result=s.result) if s.result else None) if x]
        if details:
            text.append("\n" + " · ".join(details), style="dim")
        rows.append(Row(s.id, text, hang=len(number),
                        right=Text(L.label(L.PLAN_STATES, s.status),
                                   style=_STATUS_STYLE.get(s.status, ""))))
    return rows


class MasterplanScreen(Screen):
    BINDINGS = [
        Binding("n", "new", L.KEY_NEW_STEP),
        Binding("enter,e", "edit", L.KEY_EDIT),
        Binding("space", "status", L.KEY_STEP_STATUS),
        Binding("shift+up", "move(-1)", L.KEY_MOVE_ROW_UP, show=False),
        Binding("shift+down", "move(1)", L.KEY_MOVE_ROW_DOWN, show=False),
        Binding("delete", "delete", L.KEY_DELETE, show=False, key_display="Entf"),
        Binding("escape", "back", L.KEY_BACK),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(L.PLAN_TITLE, classes="section-title", id="plan-title")
        yield RowList(id="plan-rows")
        yield Static(L.PLAN_HINT, classes="hint", id="plan-keys")
        yield Footer()

    def __init__(self, select: int | None = None):
        super().__init__()
        self.select = select  # the step shown first (from the command palette)

    def on_mount(self) -> None:
        self.app.sub_title = L.PLAN_TITLE
        self.reload(self.select)
        self.query_one(RowList).focus()

    def reload(self, select: int | None = None) -> None:
        self.steps = P.steps(self.app.store)
        self.query_one(RowList).show(step_rows(self.steps), select)

    @property
    def step(self) -> P.Step | None:
        key = self.query_one(RowList).selected
        return next((s for s in self.steps if s.id == key), None)

    def _form(self, step: P.Step | None) -> None:
        after = self.step.id if self.step else None
        fields = [Field("title", L.PLAN_F_TITLE, step.title if step else ""),
                  Field("responsible", L.PLAN_F_RESPONSIBLE, (step.responsible or "") if step
                        else ""),
                  Field("due", L.PLAN_F_DUE, (step.due_text or "") if step else ""),
                  Field("result", L.PLAN_F_RESULT, (step.result or "") if step else ""),
                  Field("status", L.PLAN_F_STATUS, step.status if step else "open", "choice",
                        tuple((word, code) for code, word in L.PLAN_STATES.items()))]

        def submit(v: dict) -> int:
            return P.save_step(self.app.store, step.id if step else None, v, after=after)

        title = L.PLAN_EDIT.format(n=step.number) if step else L.PLAN_NEW
        self.app.push_screen(FormScreen(title, fields, submit),
                             lambda result: result and self.reload(result))

    def action_new(self) -> None:
        self._form(None)

    def action_edit(self) -> None:
        if self.step is not None:
            self._form(self.step)

    def action_status(self) -> None:
        step = self.step
        if step is None:
            return
        status = P.next_status(self.app.store, step.id)
        self.reload(step.id)
        self.notify(L.PLAN_STATUS_DONE.format(n=step.number, status=L.PLAN_STATES[status]))

    def action_move(self, move: int) -> None:
        step = self.step
        if step is not None and P.move_step(self.app.store, step.id, move):
            self.reload(step.id)

    def action_delete(self) -> None:
        step = self.step
        if step is None:
            return

        def answer(yes: bool) -> None:
            if yes:
                try:
                    P.delete_step(self.app.store, step.id)
                except UserError as error:
                    self.notify(error.message, title=L.ERROR_TITLE, severity="error")
                self.reload()

        self.app.push_screen(ConfirmScreen(Text(L.PLAN_DELETE.format(n=step.number,
                                                                     title=step.title))), answer)

    def action_back(self) -> None:
        self.app.pop_screen()

    def reload_from_store(self) -> None:
        """Another process wrote: the steps again, the cursor on the same step."""
        self.reload()

    def audit_target(self) -> tuple[str, int] | None:
        return ("plan_step", self.step.id) if self.step is not None else None
