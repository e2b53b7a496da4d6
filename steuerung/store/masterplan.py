"""The Masterplan: ordered steps of the whole process — who, by when, status, result.

A step's number is its position.  The due date is kept as typed ("Ende
2010", "Herbst 2011") with the last day of that period beside it, as every
deadline is (DESIGN §4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import labels as L
from ..domain import goals as rules
from ..domain.dates import format_date, parse_deadline
from ..domain.errors import UserError
from .monitoring import count
from .order import swap
from .repo import Store


@dataclass(frozen=True)
class Step:
    id: int
    number: int
    title: str
    responsible: str | None
    due_text: str | None
    due: str | None
    status: str
    result: str | None

    @property
    def due_shown(self) -> str:
        """The due date as typed, else the resolved day, else "–"."""
        if self.due_text:
            return self.due_text
        return format_date(date.fromisoformat(self.due)) if self.due else "–"


def steps(store: Store) -> list[Step]:
    return [Step(r["id"], n, r["title"], r["responsible"], r["due_text"], r["due"], r["status"],
                 r["result"])
            for n, r in enumerate(store.rows("SELECT * FROM plan_step ORDER BY position, id"), 1)]


def save_step(store: Store, step_id: int | None, values: dict, *, after: int | None = None) -> int:
    """Create (after the step ``after``, else at the end) or change a step."""
    title = rules.required(values.get("title"), L.PLAN_E_TITLE)
    due_text = (values.get("due") or "").strip()
    due = parse_deadline(due_text) if due_text else None
    row = {"title": title, "responsible": rules.optional(values.get("responsible")),
           "due_text": due.text if due else None, "due": due.date.isoformat() if due else None,
           "status": rules.choice(values.get("status"), L.PLAN_STATES, L.PLAN_F_STATUS, "open"),
           "result": rules.optional(values.get("result"))}
    if step_id is not None:
        if store.get("plan_step", step_id) is None:
            raise UserError(L.E_GONE)
        store.update("plan_step", step_id, row)
        return step_id
    ids = [s.id for s in steps(store)]
    index = ids.index(after) + 1 if after in ids else len(ids)
    with store.transaction():
        new_id = store.insert("plan_step", {**row, "position": index + 1})
        ids.insert(index, new_id)
        _renumber(store, ids)
    return new_id


def _renumber(store: Store, ids: list[int]) -> None:
    for position, step_id in enumerate(ids, 1):
        store.update("plan_step", step_id, {"position": position})


def move_step(store: Store, step_id: int, move: int) -> bool:
    return swap(store, "plan_step", [s.id for s in steps(store)], step_id, move)


def next_status(store: Store, step_id: int) -> str:
    """offen → in Arbeit → erledigt → zurückgestellt → offen; returns the new status."""
    row = store.get("plan_step", step_id)
    if row is None:
        raise UserError(L.E_GONE)
    codes = list(L.PLAN_STATES)
    status = codes[(codes.index(row["status"]) + 1) % len(codes)] if row["status"] in codes \
        else codes[0]
    store.update("plan_step", step_id, {"status": status})
    return status


def delete_step(store: Store, step_id: int) -> None:
    with store.transaction():
        store.delete("plan_step", step_id)
        _renumber(store, [s.id for s in steps(store)])


def summary(plan: list[Step]) -> str:
    """"9 Schritte · 1 erledigt · 1 in Arbeit · 7 offen · als Nächstes: 2. …"."""
    order = ("done", "in_progress", "open", "deferred")  # what is achieved first
    counts = {code: sum(1 for s in plan if s.status == code) for code in order}
    states = " · ".join(f"{n} {L.PLAN_STATES[code]}" for code, n in counts.items() if n)
    line = f"{count(len(plan), L.PLAN_STEP_WORDS)} · {states}"
    upcoming = next((s for s in plan if s.status in ("open", "in_progress")), None)
    if upcoming is not None:
        line += L.PLAN_LINE_NEXT.format(n=upcoming.number, title=upcoming.title)
    return line


def summary_line(store: Store) -> str | None:
    """"Masterplan: 9 Schritte · …" — one short line for the Übersicht; None without steps."""
    plan = steps(store)
    return L.PLAN_LINE.format(summary=summary(plan)) if plan else None
