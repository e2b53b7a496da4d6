"""The keys of the Sitzung screen, as a mixin: agenda, tasks, the selected row, header, state.

The blocks inside a TOP and the Termine are in :mod:`.meeting_blocks`.

Forms validate through the store while open (a refusal keeps what was
typed); deleting asks first.  Every key that would change a closed
protocol says so before a form opens.
"""

from __future__ import annotations

from ... import labels as L
from ...store import agenda as A
from ...store import meetings as M
from ...store import tasks as T
from .dialogs import ChooseScreen, ConfirmScreen
from .forms import Field, FormScreen
from .meeting_forms import form_from, meeting_fields


class MeetingEditing:
    """Mixed into MeetingScreen; uses ``view``, ``selected``, ``editable``, ``_try``."""

    def _row(self, *kinds: str):
        kind, key = self.selected or (None, None)
        return key if kind in kinds else None

    # -- agenda ----------------------------------------------------------------------------
    def _item_form(self, item_id: int | None, under: int | None = None) -> None:
        if not self.editable():
            return
        store, mid = self.app.store, self.meeting_id
        item = self.view.item(item_id) if item_id else None
        fields = [Field("title", L.MT_TOP_TITLE, item.title if item else ""),
                  Field("notes", L.MT_TOP_NOTES, (item.notes or "") if item else "", "area"),
                  Field("public", L.MT_TOP_PUBLIC, item.public if item else True, "check")]
        if item:
            title = L.MT_TOP_EDIT.format(number=item.number)
        elif under:
            top = self.view.item(under)
            top = next(i for i in reversed(self.view.agenda[:self.view.agenda.index(top) + 1])
                       if i.level == 0)
            title = L.MT_SUB_NEW.format(number=top.number)
        else:
            title = L.MT_TOP_NEW

        def submit(v: dict):
            if item:
                return A.update_item(store, item.id, v["title"], v["public"], v["notes"])
            return A.add_item(store, mid, v["title"], v["public"], v["notes"], under)

        self.app.push_screen(FormScreen(title, fields, submit, hint=L.FORM_HINT_AREA),
                             self.after_form("item"))

    def action_new_top(self) -> None:
        self._item_form(None)

    def action_sub_top(self) -> None:
        item = self._item_of_selection()
        if item is None:
            if self.view.agenda:
                item = self.view.agenda[-1].id
            else:
                return self.action_new_top()
        self._item_form(None, under=item)

    def action_indent(self) -> None:
        if (item := self._row("item")) and self.editable():
            self._try(lambda: A.set_level(self.app.store, item, 1), ("item", item))

    def action_outdent(self) -> None:
        if (item := self._row("item")) and self.editable():
            self._try(lambda: A.set_level(self.app.store, item, 0), ("item", item))

    # -- tasks and Termine --------------------------------------------------------------------
    def _task_form(self, task_id: int | None) -> None:
        if not self.editable():
            return
        store, mid = self.app.store, self.meeting_id
        task = next((t for t in self.view.tasks if t.id == task_id), None)
        if task and not self._try(lambda: T.check_own_task(store, mid, task.id)):
            return  # carried over from an earlier meeting: changed only there
        fields = [Field("what", L.MT_TASK_WHAT, task.what if task else ""),
                  Field("who", L.MT_TASK_WHO_FIELD, (task.who or "") if task else ""),
                  Field("due", L.MT_TASK_DUE_FIELD, (task.due_text or "") if task else ""),
                  Field("top", L.MT_TASK_TOP_FIELD, (task.agenda_number or "") if task else "")]

        def submit(v: dict):
            if task:
                return T.update_task(store, mid, task.id, v["what"], v["who"], v["due"], v["top"])
            return T.add_task(store, mid, v["what"], v["who"], v["due"], v["top"])

        self.app.push_screen(FormScreen(L.MT_TASK_EDIT if task else L.MT_TASK_NEW, fields,
                                        submit), self.after_form("task"))

    def action_new_task(self) -> None:
        self._task_form(None)

    def action_done(self) -> None:
        if task_id := self._row("task"):
            task = next(t for t in self.view.tasks if t.id == task_id)
            self._try(lambda: T.set_done(self.app.store, self.meeting_id, task_id,
                                         task.status == "open"))

    def action_link(self) -> None:
        task_id = self._row("task")
        if task_id is None or not self.editable():
            return
        store, mid = self.app.store, self.meeting_id

        def chosen(key: str | None) -> None:
            if key is None:
                return
            kind, _, row_id = key.partition(":")
            goal = int(row_id) if kind == "goal" else None
            measure = int(row_id) if kind == "measure" else None
            self._try(lambda: T.link_task(store, mid, task_id, goal, measure))

        choices = [("none", L.MT_LINK_NONE), *T.link_choices(store)]
        self.app.push_screen(ChooseScreen(L.MT_LINK_CHOOSE, choices), chosen)

    # -- the selected row -------------------------------------------------------------------
    def action_edit(self) -> None:
        kind, key = self.selected or (None, None)
        if kind == "item":
            self._item_form(key)
        elif kind == "block":
            self.block_form("", key)
        elif kind == "task":
            self._task_form(key)
        elif kind == "plan":
            self.plan_form(key)
        elif kind == "other" and self.editable():
            other = next(o for o in self.view.others if o.id == key)
            store = self.app.store
            self.app.push_screen(FormScreen(L.MT_OTHER_EDIT, [Field("name", L.CM_NAME,
                                                                    other.name)],
                                            lambda v: M.update_other(store, key, v["name"],
                                                                     other.status)),
                                 self.after_form())

    def action_move(self, step: int) -> None:
        kind, key = self.selected or (None, None)
        if kind not in ("item", "block", "plan") or not self.editable():
            return
        move = {"item": A.move, "block": A.move_block, "plan": T.move_plan}[kind]
        self._try(lambda: move(self.app.store, key, step), (kind, key))

    def action_delete(self) -> None:
        kind, key = self.selected or (None, None)
        if kind is None or not self.editable():
            return
        store, mid, view = self.app.store, self.meeting_id, self.view
        if kind == "member":
            self._try(lambda: M.set_attendance(store, mid, key, None))
            return
        if kind == "item":
            item = view.item(key)
            counts = {kind: sum(1 for b in item.blocks if b.kind == kind)
                      for kind in ("text", "vote", "resolution", "result")}
            extra = (L.MT_DELETE_TOP_EXTRA.format(contents=L.contents(counts))
                     if item.blocks else "")
            question = L.MT_DELETE_TOP.format(number=item.number, title=item.title, extra=extra)
            write = lambda: A.delete_item(store, key)  # noqa: E731
        elif kind == "block":
            question = L.MT_DELETE_BLOCK.format(
                kind=L.BLOCK_KINDS[self._block(key).kind],
                number=view.item(self._item_of_selection()).number)
            write = lambda: A.delete_block(store, key)  # noqa: E731
        elif kind == "task":
            task = next(t for t in view.tasks if t.id == key)
            question = L.MT_DELETE_TASK.format(what=task.what)
            write = lambda: T.delete_task(store, mid, key)  # noqa: E731
        elif kind == "plan":
            plan = next(p for p in view.plans if p.id == key)
            question = L.MT_DELETE_PLAN.format(date=plan.date_text, what=plan.what)
            write = lambda: T.delete_plan(store, key)  # noqa: E731
        else:
            other = next(o for o in view.others if o.id == key)
            question = L.MT_DELETE_OTHER.format(name=other.name)
            write = lambda: M.delete_attendance(store, key)  # noqa: E731
        self.app.push_screen(ConfirmScreen(question), lambda yes: yes and self._try(write))

    # -- the meeting itself --------------------------------------------------------------------
    def action_header(self) -> None:
        if not self.editable():
            return
        store, mid = self.app.store, self.meeting_id
        fields = meeting_fields(M.meeting_form(self.view.head))
        self.app.push_screen(FormScreen(L.MT_HEADER_EDIT, fields,
                                        lambda v: M.update_meeting(store, mid, form_from(v))),
                             self.after_form())

    def action_state(self) -> None:
        head = self.view.head
        new = M.next_state(head.state)
        name = M.meeting_name(head.number, head.date)

        def write() -> None:
            M.set_state(self.app.store, self.meeting_id, new)

        if head.state == "planned":
            self._try(write)
            return
        question = (L.MT_REOPEN if head.closed else L.MT_CLOSE).format(name=name)
        self.app.push_screen(ConfirmScreen(question), lambda yes: yes and self._try(write))

    def action_switch_meeting(self) -> None:
        choices = [(str(i), label) for i, label in
                   M.committee_meetings(self.app.store, self.view.head.committee_id)]

        def chosen(key: str | None) -> None:
            if key:
                self.meeting_id = int(key)
                self.reload()

        self.app.push_screen(ChooseScreen(L.MT_CHOOSE_MEETING, choices, str(self.meeting_id)),
                             chosen)
