"""Gremien: the committees of the process with seat plan, members, deputies and meetings.

Left the list of committees, right the selected committee: its seat plan
(actor, seats, occupied, vacant, total), the members on each seat with
their deputies, vacant places, the committee's tasks and its meetings.
Enter on a meeting opens the Sitzung screen on top; Esc comes back here.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ... import labels as L
from ...domain.errors import UserError
from ...domain.text import one_line
from ...store.committees import Committee, committee_list, load_committee
from ..text import plain
from ..widgets.bars import Footer, Header
from ..widgets.rows import RowList
from .base import Screen
from .committee_actions import CommitteeEditing
from .committee_rows import committee_rows, rule_text

#: Actions that need a committee to act on.
_NEEDS_COMMITTEE = {"edit_committee", "seat", "member", "deputy", "person", "committee_task",
                    "new_meeting", "edit", "delete", "move"}


class CommitteesScreen(CommitteeEditing, Screen):
    """Seat plan and members of one committee at a time; keys act on the selected row."""

    BINDINGS = [
        Binding("enter", "edit", L.KEY_EDIT_OPEN, show=False),
        Binding("p", "seat", L.KEY_SEAT),
        Binding("m", "member", L.KEY_MEMBER),
        Binding("v", "deputy", L.KEY_DEPUTY),
        Binding("e", "person", L.KEY_EDIT_PERSON, show=False),
        Binding("a", "committee_task", L.KEY_COMMITTEE_TASK, show=False),
        Binding("s", "new_meeting", L.KEY_NEW_MEETING),
        Binding("n", "new_committee", L.KEY_NEW_COMMITTEE, show=False),
        Binding("g", "edit_committee", L.KEY_EDIT_COMMITTEE, show=False),
        Binding("shift+up", "move(-1)", L.KEY_MOVE_ROW_UP, show=False),
        Binding("shift+down", "move(1)", L.KEY_MOVE_ROW_DOWN, show=False),
        Binding("delete", "delete", L.KEY_DELETE, show=False, key_display="Entf"),
        Binding("escape", "back", L.KEY_OVERVIEW),
    ]

    def __init__(self, committee_id: int | None = None):
        super().__init__()
        self.committee_id = committee_id
        self.committee: Committee | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="committees-body"):
            with Vertical(id="committees-left"):
                yield Static(L.COMMITTEES_TITLE, classes="section-title")
                yield OptionList(id="committee-list")
            with Vertical(id="committees-right"):
                yield Static("", id="committee-head")
                yield RowList(id="committee-rows")
        yield Static(L.CM_HINT, classes="hint", id="committee-keys")
        yield Footer()

    def on_mount(self) -> None:
        self.reload_list()
        self.query_one("#committee-list", OptionList).focus()  # first choose the committee

    def on_screen_resume(self) -> None:
        self.reload_list()  # a meeting may have been added, renamed or deleted

    # -- loading -------------------------------------------------------------------------
    def reload_list(self, select: int | None = None) -> None:
        items = committee_list(self.app.store)
        ids = [i for i, _, _ in items]
        wanted = select or self.committee_id
        self.committee_id = wanted if wanted in ids else (ids[0] if ids else None)
        options = self.query_one("#committee-list", OptionList)
        options.clear_options()
        options.add_options([Option(plain(f"{name}\n  {kind}" if kind else name), id=str(cid))
                             for cid, name, kind in items])
        if self.committee_id is not None:
            options.highlighted = ids.index(self.committee_id)
        self.refresh_committee()

    def refresh_committee(self, select=None) -> None:
        rows = self.query_one("#committee-rows", RowList)
        head = self.query_one("#committee-head", Static)
        if self.committee_id is None:
            self.committee = None
            head.update(Text(L.COMMITTEES_NONE, style="italic"))
            rows.show([])
            return
        self.committee = c = load_committee(self.app.store, self.committee_id)
        text = plain(c.name, style="bold")
        if c.kind:
            text.append(f" · {one_line(c.kind)}")
        text.append(f"\n{one_line(rule_text(c))}", style="dim")
        head.update(text)
        rows.show(committee_rows(c), select)
        if select is not None:  # a row just written: the cursor is on it, the keys act on it
            rows.focus()
        self.refresh_bindings()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        committee_id = int(event.option.id)
        if committee_id != self.committee_id:
            self.committee_id = committee_id
            self.refresh_committee()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#committee-rows", RowList).focus()

    # -- helpers -------------------------------------------------------------------------
    @property
    def selected(self):
        """The key of the selected row, or ("committee", id) while the list has focus."""
        if isinstance(self.focused, OptionList):
            return ("committee", self.committee_id) if self.committee_id else None
        return self.query_one("#committee-rows", RowList).selected

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in _NEEDS_COMMITTEE and self.committee is None:
            return False
        return True

    def say(self, error: UserError) -> None:
        self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)

    def _try(self, write, select=None) -> bool:
        """Run one write; a refusal is shown in German and nothing is redrawn."""
        try:
            write()
        except UserError as error:
            self.say(error)
            return False
        self.refresh_committee(select)
        return True

    def action_back(self) -> None:
        self.app.action_show_overview()

    def action_open_meeting(self, meeting_id: int) -> None:
        from .meeting import MeetingScreen

        self.app.push_screen(MeetingScreen(meeting_id))

    # -- live file and change log ----------------------------------------------------------
    def reload_from_store(self) -> None:
        """Another process wrote: list and committee again, the same rows selected."""
        self.reload_list()

    def audit_target(self) -> tuple[str, int] | None:
        key = self.selected
        if key is None:
            return ("committee", self.committee_id) if self.committee_id else None
        table = {"member": "membership", "vacant": "seat", "task": "committee_task"}
        return (table.get(key[0], key[0]), key[1])
