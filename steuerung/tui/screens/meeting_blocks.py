"""The blocks inside a TOP, as a mixin of the Sitzung screen: Text, Abstimmung, Beschluss,
Ergebnis and the TOP's Termine, in the clerk's order.

``t`` / ``v`` / ``b`` / ``e`` add a block at the end of the selected TOP (or
of the TOP the selected block belongs to), ``d`` a Termin under it.  After a
save the screen warns — it does not refuse — when a decision is recorded
while the attendance says the committee is not quorate, and when a Termin
lies before the meeting (DESIGN §5).
"""

from __future__ import annotations

from datetime import date

from ... import labels as L
from ...domain.dates import format_date
from ...domain.minutes import plan_before_meeting
from ...store import tasks as T
from .forms import Field, FormScreen
from .meeting_forms import block_fields, save_block


class MeetingBlocks:
    """Mixed into MeetingScreen; uses ``view``, ``selected``, ``editable``, ``reload``."""

    def _item_of_selection(self) -> int | None:
        """The TOP of the selected row: a TOP itself, or the TOP a block or Termin is under."""
        kind, key = self.selected or (None, None)
        if kind == "item":
            return key
        for item in self.view.agenda:
            if kind == "block" and any(b.id == key for b in item.blocks):
                return item.id
            if kind == "plan" and any(p.id == key for p in item.plans):
                return item.id
        return None

    def _block(self, block_id: int):
        return next(b for i in self.view.agenda for b in i.blocks if b.id == block_id)

    def block_form(self, kind: str, block_id: int | None = None) -> None:
        item_id = self._item_of_selection()
        if item_id is None:
            self.notify(L.MT_CHOOSE_TOP, severity="warning", timeout=5)
            return
        if not self.editable():
            return
        item = self.view.item(item_id)
        block = self._block(block_id) if block_id else None
        kind = block.kind if block else kind
        store = self.app.store
        words = L.BLOCK_KINDS[kind]
        title = (L.MT_BLOCK_EDIT if block else L.MT_BLOCK_NEW).format(kind=words,
                                                                      number=item.number)
        note = L.MT_RES_VOTERS.format(n=self.view.voters) if kind in ("vote", "resolution") \
            and self.view.attendance_recorded else ""

        def done(result) -> None:
            if not result:
                return
            self.reload(("block", result) if isinstance(result, int)
                        and not isinstance(result, bool) else None)
            if kind in ("vote", "resolution") and self.view.not_quorate:
                q = self.view.quorum
                self.notify(L.MT_WARN_NOT_QUORATE.format(present=q.present, seats=q.voting_seats,
                                                         required=q.required),
                            severity="warning", timeout=10)

        self.app.push_screen(FormScreen(title, block_fields(kind, block),
                                        lambda v: save_block(store, kind, item_id, block, v),
                                        note=note, hint=L.FORM_HINT_TEXT), done)

    def action_text_block(self) -> None:
        self.block_form("text")

    def action_vote_block(self) -> None:
        self.block_form("vote")

    def action_resolution(self) -> None:
        self.block_form("resolution")

    def action_result_block(self) -> None:
        self.block_form("result")

    # -- Termine (under a TOP, or in the Termine section) ------------------------------------------
    def plan_form(self, plan_id: int | None, top: str = "") -> None:
        if not self.editable():
            return
        store, mid = self.app.store, self.meeting_id
        plan = next((p for p in self.view.plans if p.id == plan_id), None)
        fields = [Field("date", L.MT_PLAN_DATE, (plan.date_text or "") if plan else ""),
                  Field("what", L.MT_PLAN_WHAT, plan.what if plan else ""),
                  Field("top", L.MT_PLAN_TOP_FIELD, (plan.agenda_number or "") if plan else top)]

        def submit(v: dict):
            if plan:
                return T.update_plan(store, plan.id, v["date"], v["what"], v["top"])
            return T.add_plan(store, mid, v["date"], v["what"], v["top"])

        def done(result) -> None:
            if not result:
                return
            key = plan.id if plan else result
            self.reload(("plan", key))
            saved = next((p for p in self.view.plans if p.id == key), None)
            if saved and plan_before_meeting(saved.date, self.view.head.date):
                self.notify(L.MT_WARN_PLAN_BEFORE.format(
                    date=saved.date_text, day=format_date(date.fromisoformat(saved.date)),
                    meeting=format_date(date.fromisoformat(self.view.head.date))),
                    severity="warning", timeout=10)

        self.app.push_screen(FormScreen(L.MT_PLAN_EDIT if plan else L.MT_PLAN_NEW, fields,
                                        submit), done)

    def action_plan_for_top(self) -> None:
        item_id = self._item_of_selection()
        if item_id is None:
            self.notify(L.MT_CHOOSE_TOP, severity="warning", timeout=5)
            return
        self.plan_form(None, self.view.item(item_id).number)

    def action_new_plan(self) -> None:
        self.plan_form(None)
