"""Sitzung: one meeting of a committee — header, attendance with the live quorum,
agenda with TOPs, sub-TOPs and the blocks inside them (Text, Abstimmung, Beschluss,
Ergebnis, Termine), tasks and Termine.

Four sections share one list (keys 1–4); ``n``, Enter, Entf and the moving
keys act on the section shown.  After every write the meeting is loaded
again (a few dozen rows) and the quorum line follows at once.  A closed
protocol is read-only: every editing key says so until ``c`` reopens it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from ... import labels as L
from ...domain.errors import UserError
from ...store import meetings as M
from ..text import clean
from ..widgets.bars import Footer, Header
from ..widgets.rows import RowList
from .base import Screen
from .dialogs import ChooseScreen
from .forms import Field, FormScreen
from .meeting_actions import MeetingEditing
from .meeting_blocks import MeetingBlocks
from .meeting_rows import SECTION_ROWS, header_text, quorum_text, sections_text

ATTENDANCE, AGENDA, TASKS, PLANS = range(4)
#: Which actions belong to which section (the others are hidden there).
SECTION_ACTIONS = {
    ATTENDANCE: {"present", "excused", "represented", "administration", "guest"},
    AGENDA: {"new_top", "sub_top", "text_block", "vote_block", "resolution", "result_block",
             "plan_for_top", "indent", "outdent"},
    TASKS: {"new_task", "done", "link"},
    PLANS: {"new_plan"},
}
_SECTIONAL = set().union(*SECTION_ACTIONS.values())


class MeetingScreen(MeetingEditing, MeetingBlocks, Screen):
    """The meeting as it happens: keys act on the selected row of the section shown."""

    BINDINGS = [
        *[Binding(str(n + 1), f"section({n})", L.KEY_SECTION, show=False) for n in range(4)],
        Binding("a", "present", L.KEY_PRESENT),
        Binding("e", "excused", L.KEY_EXCUSED),
        Binding("v", "represented", L.KEY_REPRESENTED),
        Binding("w", "administration", L.KEY_ADMINISTRATION, show=False),
        Binding("g", "guest", L.KEY_GUEST, show=False),
        Binding("n", "new_top", L.KEY_NEW_TOP),
        Binding("u", "sub_top", L.KEY_SUB_TOP),
        Binding("t", "text_block", L.KEY_TEXT_BLOCK, show=False),
        Binding("v", "vote_block", L.KEY_VOTE_BLOCK, show=False),
        Binding("b", "resolution", L.KEY_RESOLUTION),
        Binding("e", "result_block", L.KEY_RESULT_BLOCK, show=False),
        Binding("d", "plan_for_top", L.KEY_PLAN_FOR_TOP, show=False),
        Binding("greater_than_sign", "indent", L.KEY_INDENT, show=False, key_display=">"),
        Binding("less_than_sign", "outdent", L.KEY_OUTDENT, show=False, key_display="<"),
        Binding("n", "new_task", L.KEY_NEW_TASK),
        Binding("space", "done", L.KEY_DONE, key_display="Leertaste"),
        Binding("z", "link", L.KEY_LINK, show=False),
        Binding("n", "new_plan", L.KEY_NEW_PLAN),
        Binding("enter", "edit", L.KEY_EDIT_OPEN, show=False),
        Binding("shift+up", "move(-1)", L.KEY_MOVE_ROW_UP, show=False),
        Binding("shift+down", "move(1)", L.KEY_MOVE_ROW_DOWN, show=False),
        Binding("delete", "delete", L.KEY_DELETE, show=False, key_display="Entf"),
        Binding("k", "header", L.KEY_HEADER),
        Binding("c", "state", L.KEY_STATE),
        Binding("s", "switch_meeting", L.KEY_SWITCH_MEETING, show=False),
        Binding("escape", "back", L.KEY_BACK_COMMITTEES),
    ]

    def __init__(self, meeting_id: int, section: int = AGENDA):
        super().__init__()
        self.meeting_id = meeting_id
        self.section = section
        self.view: M.MeetingView | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="meeting-head")
        yield Static("", id="quorum")
        yield Static("", id="sections")
        yield RowList(id="meeting-rows")
        yield Static("", classes="hint", id="meeting-keys")
        yield Footer()

    def on_mount(self) -> None:
        self._sub_title = self.app.sub_title  # given back on Esc
        self.reload()
        self.query_one("#meeting-rows", RowList).focus()

    # -- drawing ---------------------------------------------------------------------------
    def reload(self, select=None) -> None:
        """Load the meeting again and redraw header, quorum line and the section shown."""
        self.view = view = M.load_meeting(self.app.store, self.meeting_id)
        self.app.sub_title = view.head.committee_name
        self.query_one("#meeting-head", Static).update(clean(header_text(view)))
        self.query_one("#quorum", Static).update(clean(quorum_text(view)))
        self.query_one("#sections", Static).update(sections_text(self.section))
        self.query_one("#meeting-keys", Static).update(L.MT_HINTS[self.section])
        self.query_one("#meeting-rows", RowList).show(SECTION_ROWS[self.section](view), select)
        self.refresh_bindings()

    def action_section(self, section: int) -> None:
        if section != self.section:
            self.section = section
            rows = self.query_one("#meeting-rows", RowList)
            rows.cursor = None
            self.reload()
            rows.action_edge(-1)

    @property
    def selected(self):
        return self.query_one("#meeting-rows", RowList).selected

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in _SECTIONAL and action not in SECTION_ACTIONS[self.section]:
            return False
        return True

    # -- writing ---------------------------------------------------------------------------
    def say(self, error: UserError) -> None:
        self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)

    def editable(self) -> bool:
        """True while the protocol is open; otherwise say why nothing can be changed."""
        try:
            M.check_editable(self.app.store, self.meeting_id)
        except UserError as error:
            self.say(error)
            return False
        return True

    def _try(self, write, select=None) -> bool:
        """Run one write; a refusal is shown in German and nothing changes on screen."""
        try:
            write()
        except UserError as error:
            self.say(error)
            return False
        self.reload(select)
        return True

    def after_form(self, select_kind: str | None = None):
        """A callback for a form: reload and select the new or changed row."""
        def done(result) -> None:
            if result:
                new = isinstance(result, int) and not isinstance(result, bool)
                key = (select_kind, result) if select_kind and new else None
                self.reload(key)
        return done

    # -- attendance ------------------------------------------------------------------------
    def _status(self, status: str) -> None:
        store, mid = self.app.store, self.meeting_id
        if member := self._row("member"):
            self._try(lambda: M.set_attendance(store, mid, member, status))
        elif other := self._row("other"):
            name = next(o.name for o in self.view.others if o.id == other)
            self._try(lambda: M.update_other(store, other, name, status))

    def action_present(self) -> None:
        self._status("present")

    def action_excused(self) -> None:
        self._status("excused")

    def action_represented(self) -> None:
        member = self._row("member")
        if member is None or not self.editable():
            return
        choices = M.deputy_choices(self.view, member)
        if not choices:
            self.notify(L.MT_NO_DEPUTIES, severity="warning", timeout=8)
            return
        name = next(m.name for m in self.view.members if m.membership_id == member)
        store, mid = self.app.store, self.meeting_id

        def chosen(key: str | None) -> None:
            if key:
                self._try(lambda: M.set_attendance(store, mid, member, "represented", int(key)))

        self.app.push_screen(ChooseScreen(L.MT_DEPUTY_CHOOSE.format(name=name), [
            (str(d.membership_id), d.name + (f" ({L.CM_DEPUTY_FOR.format(name=name)})"
                                             if d.deputy_of == member else ""))
            for d in choices]), chosen)

    def _other(self, kind: str) -> None:
        if not self.editable():
            return
        store, mid = self.app.store, self.meeting_id
        title = L.MT_OTHER_NEW.format(kind=L.ATTENDANCE_KINDS[kind])
        self.app.push_screen(FormScreen(title, [Field("name", L.CM_NAME)],
                                        lambda v: M.add_other(store, mid, kind, v["name"])),
                             self.after_form("other"))

    def action_administration(self) -> None:
        self._other("administration")

    def action_guest(self) -> None:
        self._other("guest")

    def action_back(self) -> None:
        self.app.sub_title = self._sub_title
        self.app.pop_screen()

    # -- live file and change log ----------------------------------------------------------
    def reload_from_store(self) -> None:
        """Another process wrote: the meeting again, quorum and the selected row kept."""
        try:
            self.reload()
        except UserError as error:  # the meeting was deleted in another window
            self.say(error)
            self.action_back()

    def audit_target(self) -> tuple[str, int]:
        key = self.selected
        table = {"member": "membership", "other": "attendance", "item": "agenda_item",
                 "block": "resolution", "plan": "plan_item"}
        return (table.get(key[0], key[0]), key[1]) if key else ("meeting", self.meeting_id)
