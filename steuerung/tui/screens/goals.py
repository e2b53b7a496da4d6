"""Ziele: the goal tree on the left, the selected item's form on the right.

Handlungsfeld → Leitziel → Jahresziel → (Indikatoren, Maßnahmen, Hinweise).
The outline is read once per change (one query per table) and the tree
creates a branch's nodes only when it opens, so the large process opens
within its bar.  Writes go through :mod:`steuerung.store.goals`; a refused
form keeps what was typed and says in German what would be right.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Static, Tree

from ... import labels as L
from ...domain.errors import UserError
from ...store import goals
from ...store.goals import GoalModel, Key, MaintainQuestion
from ..quiet_gc import QuietCollector
from ..widgets.bars import Footer, Header
from ..widgets.filter_input import FilterInput
from ..widgets.form_fields import ChoiceInput
from ..widgets.goal_form import GoalForm
from ..widgets.goal_labels import describe
from ..widgets.goal_tree import GoalTree, group_key, split_group
from .base import Screen
from .dialogs import ConfirmScreen
from .goal_links import LINK, LinkActions
from .goals_actions import GoalActions

#: Lines the tree opens by itself: on arrival (fields and Leitziele, Jahresziele if they
#: fit) and for a filter (down to the matches while they fit; a broad filter shows the
#: upper levels, and opening a branch shows only its matches).
OPEN_BUDGET, FILTER_BUDGET = 100, 100

#: Actions that work on the tree; off while typing in the form or the filter.
_TREE_ACTIONS = {"new_sibling", "new_child", "new_hint", "edit", "delete", "move", "filter",
                 "year", "carry", "phase", "vision", "cycle", "link_indicator"}


@dataclass
class Edit:
    """What the form is editing: a stored item (``item_id``) or a new one under ``parent``."""

    kind: str
    item_id: int | None = None
    parent: Key | None = None
    after_id: int | None = None


class GoalsScreen(GoalActions, LinkActions, Screen):
    """Keyboard-first outliner of the goal system (less frequent keys in GoalActions)."""

    BINDINGS = [
        Binding("n", "new_sibling", L.KEY_NEW_SIBLING),
        Binding("u", "new_child", L.KEY_NEW_CHILD),
        Binding("e", "edit", L.KEY_EDIT),
        Binding("delete", "delete", L.KEY_DELETE, key_display="Entf"),
        Binding("slash,f", "filter", L.KEY_FILTER, key_display="/"),
        Binding("ctrl+s", "save", L.KEY_SAVE_FORM, key_display="Strg+S"),
        Binding("escape", "back", L.KEY_BACK, key_display="Esc"),
        Binding("shift+up", "move(-1)", L.KEY_MOVE_ITEM_UP, show=False),
        Binding("shift+down", "move(1)", L.KEY_MOVE_ITEM_DOWN, show=False),
        Binding("j", "year", L.KEY_YEAR, show=False),
        Binding("k", "carry", L.KEY_CARRY, show=False),
        Binding("p", "phase", L.KEY_PHASE, show=False),
        Binding("h", "new_hint", L.KEY_HINT_NEW, show=False),
        Binding("l", "vision", L.KEY_VISION, show=False),
        Binding("s", "cycle", L.KEY_CYCLE, show=False),
        Binding("z", "link_indicator", L.KEY_LINK_INDICATOR, show=False),
    ]

    def __init__(self, select: Key | None = None):
        super().__init__()
        self.select = select  # opened from the command palette: this item, revealed
        self.year: int | None = None
        self.filter_text = ""
        self.shown: set[Key] | None = None
        self.expanded: set[Key] | None = None
        self.editing: Edit | None = None
        self.reload_on_resume = False
        self.matches: set[Key] = set()
        self._form_key: Key | None = None  # what the form shows, while it is still current
        self._status_text = ""
        self.collector = QuietCollector()

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="goals-body"):
            with Vertical(id="goals-left"):
                with Horizontal(id="filter-row"):
                    yield FilterInput(self.apply_filter, placeholder=L.GOALS_FILTER_PLACEHOLDER,
                                      id="goal-filter")
                    yield Static("", id="filter-count")
                yield GoalTree(self._children, id="goal-tree")
            yield GoalForm(id="goal-form")
        yield Static("", id="goals-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#filter-row").display = False
        self.model = GoalModel(self.app.store)
        self.outline = self.query_one(GoalTree)
        self.form = self.query_one(GoalForm)
        self.rebuild(self.select)
        self.outline.focus()
        self.call_after_refresh(self._settle)

    def _settle(self) -> None:
        """After the first frame: the other form sections, and a quiet collector."""
        self.form.prepare()
        self.collector.start()
        self.set_interval(1.0, self.collector.tick)

    def on_unmount(self) -> None:
        self.collector.stop()

    def on_screen_resume(self) -> None:
        if self.reload_on_resume:  # back from Leitbild or Strategiezirkel
            self.reload_on_resume = False
            self.reload(self.outline.cursor_key)

    # -- the tree ------------------------------------------------------------------------
    def _children(self, key: Key | None) -> list:
        items = self.model.children_of(key, self.year)
        if self.shown is not None:
            items = [i for i in items if i.key in self.shown]
        return items

    def reload(self, select: Key | None = None) -> None:
        self.reload_model()
        self.rebuild(select)

    def reload_model(self) -> None:
        self.model.reload()
        self._form_key = None  # the stored values may have changed

    def rebuild(self, select: Key | None = None) -> None:
        tree = self.outline
        tree.highlight = self.filter_text
        if self.shown is not None:
            tree.rebuild(None, FILTER_BUDGET, 6, select)
        elif self.expanded is None:
            tree.rebuild(None, OPEN_BUDGET, 2, select)
            self.expanded = tree.expanded_keys()
        else:
            tree.rebuild(self.expanded, 0, 6, select)
        if select is not None and tree.cursor_key != select:
            tree.reveal(select, self.path(select))
        if self.editing is None:
            self.show_selected()
        else:  # a form being typed into is left alone (another window's change)
            self._status()

    def path(self, key: Key) -> list[Key]:
        """The tree nodes above ``key``, outermost first (group nodes included)."""
        group = split_group(key)
        if group:
            return [*self.path(group[1]), group[1]]
        item = self.model.item(key)
        if item is None or item.parent is None:
            return []
        above = [*reversed(self.model.ancestors(key))]
        if item.kind in ("indicator", "measure", "consideration"):
            above.append(group_key(item.kind, item.parent))
        return above

    def on_tree_node_expanded(self, event: Tree.NodeExpanded) -> None:
        if self.shown is None and self.expanded is not None and event.node.data:
            self.expanded.add(event.node.data)

    def on_tree_node_collapsed(self, event: Tree.NodeCollapsed) -> None:
        if self.shown is None and self.expanded is not None and event.node.data:
            self.expanded.discard(event.node.data)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        if self.editing is None:
            self.show_selected()

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        """Enter on a line without anything below it starts editing it."""
        if not event.node.allow_expand and event.node is self.outline.cursor_node:
            self.action_edit()

    # -- the form ------------------------------------------------------------------------
    def show_selected(self) -> None:
        key = self.outline.cursor_key
        self._status()
        if key is not None and key == self._form_key:
            return  # a filter keystroke that kept the selection: the form is current
        self._form_key = key
        if key is None:
            self.form.show_note(L.GOALS_TITLE, L.GOALS_EMPTY)
            return
        if key[0] == LINK:
            self.show_link(key)
            return
        group = split_group(key)
        if group:
            kind, parent = group
            self.form.show_note(L.GROUP_NAMES[kind], L.GOALS_GROUP_HINT.format(
                group=L.GROUP_NAMES[kind], parent=self.describe(parent)), L.GOALS_VIEW_HINT)
            return
        row = self.app.store.get(*key)
        if row is None:
            return
        text = row.get("description") if key[0] == "field" else row.get("text") or row.get("name")
        self.form.show(key[0], row, self.title_for(key), text or "", L.GOALS_VIEW_HINT)

    def describe(self, key: Key) -> str:
        return describe(self.model.item(key))

    def title_for(self, key: Key) -> str:
        return " · ".join(self.describe(k) for k in [key, *self.model.ancestors(key)])

    def _status(self) -> None:
        """The match count beside the filter; the year and the totals on the bottom line.

        Both are fixed-size lines: repainted without a layout pass, and the bottom
        line only when its text changes, so a filter keystroke repaints the left
        column alone.
        """
        if self.filter_text:
            shown = sum(1 for k in self.shown or () if k in self.matches)
            count = L.GOALS_FILTER_COUNT.format(n=shown)
        else:
            count = ""
        self.query_one("#filter-count", Static).update(count, layout=False)
        parts = [L.GOALS_YEAR_STATUS.format(year=self.year)] if self.year is not None else []
        parts += [f"{n} {L.TOTAL_WORDS[kind][n != 1]}" for kind, n in self.model.counts().items()]
        text = " · ".join(parts)
        if text != self._status_text:
            self._status_text = text
            self.query_one("#goals-status", Static).update(text, layout=False)

    def on_descendant_focus(self, event) -> None:
        widget = event.widget
        if self.form.owns(widget):
            if self.editing is None:
                key = self.outline.cursor_key
                if key is None or split_group(key) or key[0] == LINK:
                    self.outline.focus()
                    return
                self.editing = Edit(key[0], key[1])
                self.typed = self.form.values()  # Esc asks once this changes
                self.form.set_hint(L.GOALS_EDIT_HINT)
            self.refresh_bindings()
        elif widget is self.outline and self.editing is not None:
            self.discard()  # the mouse left the form: nothing half-typed is kept

    def action_edit(self) -> None:
        key = self.outline.cursor_key
        if key is not None and key[0] == LINK:
            self.go_home(key)
        elif key is not None and not split_group(key):
            self.form.focus_first()

    def begin_new(self, kind: str, parent: Key | None, after_id: int | None, defaults: dict) -> None:
        self.editing = Edit(kind, None, parent, after_id)
        self._form_key = None
        what = L.KIND_NAMES[kind]
        title = (L.GOALS_NEW_IN.format(kind=what, parent=self.title_for(parent)) if parent
                 else L.GOALS_NEW.format(kind=what))
        self.form.show(kind, defaults, title, hint=L.GOALS_EDIT_HINT)
        self.typed = self.form.values()
        self.form.focus_first()
        self.refresh_bindings()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "goal-filter":
            self.outline.focus()
        elif self.form.owns(event.input):
            self.action_save()

    def action_save(self, maintain: bool = False) -> None:
        edit = self.editing
        if edit is None:
            return
        try:
            item_id = goals.save(self.app.store, edit.kind, self.form.values(), item_id=edit.item_id,
                                 parent=edit.parent, after_id=edit.after_id, maintain=maintain)
        except MaintainQuestion as question:
            self.app.push_screen(ConfirmScreen(question.message), self._maintain_answer)
            return
        except UserError as error:
            self.say(error)
            return
        self.editing = None
        key = (edit.kind, item_id)
        self.reload_model()
        if self.shown is not None:
            self.shown.update([key, *self.path(key)])
        if self.expanded is not None:
            self.expanded.update(self.path(key))
        self.rebuild(key)
        self.outline.focus()
        self.refresh_bindings()
        self.notify(L.GOALS_SAVED.format(what=self.describe(key)), timeout=2)

    def _maintain_answer(self, yes: bool | None) -> None:
        if yes:
            self.action_save(maintain=True)
        else:
            self.notify(L.GOALS_MAINTAIN_NO, timeout=5)
            self.form.focus_first("target_value")

    @property
    def dirty(self) -> bool:
        """The form holds typed, unsaved input (the command palette asks before leaving)."""
        return self.editing is not None and self.form.values() != getattr(self, "typed", None)

    def discard(self) -> None:
        self.editing = None
        self._form_key = None
        self.show_selected()
        self.outline.focus()
        self.refresh_bindings()

    def say(self, error: UserError) -> None:
        self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "save":
            return self.editing is not None
        if action in _TREE_ACTIONS:
            typing = isinstance(self.focused, Input | ChoiceInput)
            return not typing and self.editing is None
        return True
