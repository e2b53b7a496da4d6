"""The Ziele screen's structural keys, as a mixin: new, delete, move, filter, year, carry-over, phase.

Everything that could lose data asks first and names what goes with it;
every write is one transaction in :mod:`steuerung.store.goals`.
"""

from __future__ import annotations

from textual.widgets import Input

from ... import labels as L
from ...domain.errors import UserError
from ...domain.goals import count_phrase
from ...store import goals
from ..widgets.goal_tree import split_group
from .dialogs import ChooseScreen, ConfirmScreen


class GoalActions:
    """Mixed into GoalsScreen; uses its ``outline``, ``model``, ``form`` and ``begin_new``."""

    matches: set = frozenset()

    # -- new items -----------------------------------------------------------------------
    def _defaults(self, kind: str, parent, year: int | None = None) -> dict:
        if kind == "annual_goal":
            if year is None:
                year = self.year or goals.default_year(self.app.store, parent[1], self.app.now().year)
            return {"year": year}
        return {"phase": "vision"} if kind == "field" else {}

    def action_new_sibling(self) -> None:
        key = self.outline.cursor_key
        if key is None or key[0] == "field":
            self.begin_new("field", None, key[1] if key else None, self._defaults("field", None))
            return
        group = split_group(key)
        if group:
            self.begin_new(group[0], group[1], None, {})
            return
        item = self.model.item(key)
        self.begin_new(item.kind, item.parent, item.id,
                       self._defaults(item.kind, item.parent, item.year))

    def action_new_child(self) -> None:
        key = self.outline.cursor_key
        if key is None:
            self.action_new_sibling()
            return
        group = split_group(key)
        if group:
            self.begin_new(group[0], group[1], None, {})
        elif key[0] == "field":
            self.begin_new("guiding_goal", key, None, {})
        elif key[0] == "guiding_goal":
            self.begin_new("annual_goal", key, None, self._defaults("annual_goal", key))
        elif key[0] == "annual_goal":
            choices = [(kind, L.KIND_NAMES[kind]) for kind in ("indicator", "measure", "consideration")]

            def chosen(kind: str | None) -> None:
                if kind:
                    self.begin_new(kind, key, None, {})

            self.app.push_screen(ChooseScreen(L.GOALS_CHILD_CHOOSE, choices), chosen)
        else:
            self.notify(L.GOALS_NOTHING_BELOW.format(kind=L.KIND_NAMES[key[0]]), timeout=4)

    def action_new_hint(self) -> None:
        """A Hinweis under the Jahresziel of the selection, else under its Handlungsfeld."""
        key = self.outline.cursor_key
        if key is None:
            return
        line = [key, *reversed(self.path(key))]
        owner = next((k for k in line if k[0] == "annual_goal"), None)
        owner = owner or next((k for k in line if k[0] == "field"), None)
        if owner is not None:
            self.begin_new("consideration", owner, None, {})

    # -- delete, move --------------------------------------------------------------------
    def _item_key(self):
        key = self.outline.cursor_key
        return None if key is None or split_group(key) else key

    def action_delete(self) -> None:
        key = self._item_key()
        if key is None:
            return
        if key[0] == "indicator_link":  # the indicator stays; this Jahresziel stops counting it
            self.unlink(key)
            return
        try:
            plan = goals.delete_plan(self.app.store, *key)
        except UserError as error:
            self.say(error)
            return
        lines = [L.GOALS_DELETE.format(what=plan.description)]
        if plan.text:
            lines.append(L.GOALS_DELETE_TEXT.format(text=plan.text))
        if plan.tasks:
            lines.append(L.GOALS_UNLINK_TASKS.format(n=len(plan.tasks)))
        if plan.topics:
            lines.append(L.GOALS_UNLINK_TOPICS.format(n=len(plan.topics)))
        if plan.kennzahlen:
            lines.append(L.MON_UNLINK_KENNZAHLEN.format(n=len(plan.kennzahlen)))
        if any(plan.counts().values()):
            lines.append(L.GOALS_DELETE_ALL)
        node = self.outline.cursor_node
        neighbours = [n.data for n in (node.next_sibling, node.previous_sibling, node.parent)
                      if n is not None and n.data is not None]

        def answer(yes: bool | None) -> None:
            if not yes:
                return
            try:
                goals.delete(self.app.store, *key)
            except UserError as error:
                self.say(error)
                return
            self.reload()
            for other in neighbours:
                if self.outline.reveal(other):
                    break
            self.show_selected()
            self.notify(L.GOALS_DELETED.format(what=plan.description), timeout=4)

        self.app.push_screen(ConfirmScreen("\n".join(lines)), answer)

    def action_move(self, step: int) -> None:
        key = self._item_key()
        if key is None or key[0] == "indicator_link":
            return
        try:
            moved = goals.move(self.app.store, key[0], key[1], step)
        except UserError as error:
            self.say(error)
            return
        if moved:
            self.reload(key)

    # -- filters ---------------------------------------------------------------------------
    def action_filter(self) -> None:
        self.query_one("#filter-row").display = True
        self.query_one("#goal-filter", Input).focus()

    def apply_filter(self, text: str) -> None:
        """Called by the filter input itself, synchronously, on every change."""
        self.collector.typed()
        if text.strip() == self.filter_text:
            return
        self.filter_text = text.strip()
        if self.filter_text:
            self.matches = goals.search(self.app.store, self.filter_text)
            self.shown = self.model.visible(self.matches, self.year)
        else:
            self.matches, self.shown = frozenset(), None
        self.rebuild(self.outline.cursor_key)

    def clear_filter(self) -> None:
        self.query_one("#goal-filter", Input).value = ""  # the input applies the empty filter
        self.query_one("#filter-row").display = False
        self.outline.focus()

    def action_year(self) -> None:
        choices = [("", L.GOALS_YEAR_ALL), *[(str(y), str(y)) for y in self.model.years()]]

        def chosen(value: str | None) -> None:
            if value is None:
                return
            self.year = int(value) if value else None
            if self.filter_text:
                self.shown = self.model.visible(self.matches, self.year)
            self.rebuild(self.outline.cursor_key)

        self.app.push_screen(ChooseScreen(L.GOALS_YEAR_CHOOSE, choices,
                                          str(self.year) if self.year else ""), chosen)

    # -- carry-over, phase -------------------------------------------------------------------
    def action_carry(self) -> None:
        key = self._item_key()
        if key is None or key[0] != "annual_goal":
            self.notify(L.GOALS_CARRY_ONLY, timeout=4)
            return
        item = self.model.item(key)
        counts = goals.carry_plan(self.app.store, key[1])
        question = L.GOALS_CARRY.format(text=item.text, items=count_phrase(counts) or "–",
                                        year=item.year + 1, old=item.year)

        def answer(yes: bool | None) -> None:
            if not yes:
                return
            try:
                new_id = goals.carry_over(self.app.store, key[1])
            except UserError as error:
                self.say(error)
                return
            new_key = ("annual_goal", new_id)
            self.reload(key if self.year is not None else new_key)
            self.notify(L.GOALS_CARRY_DONE.format(year=item.year + 1, text=item.text), timeout=4)

        self.app.push_screen(ConfirmScreen(question), answer)

    def action_phase(self) -> None:
        key = self.outline.cursor_key
        if key is None:
            return
        field = next((k for k in [key, *self.path(key)] if k[0] == "field"), None)
        if field is None:
            return
        try:
            phase = goals.cycle_phase(self.app.store, field[1])
        except UserError as error:
            self.say(error)
            return
        self.reload(key)
        self.notify(L.GOALS_PHASE_DONE.format(field=self.describe(field),
                                              phase=L.label(L.PHASES, phase)), timeout=3)

    # -- other screens ---------------------------------------------------------------------
    def action_vision(self) -> None:
        from .vision import VisionScreen

        self.reload_on_resume = True
        self.app.push_screen(VisionScreen())

    def action_cycle(self) -> None:
        """The Strategiezirkel, with the field of the selection chosen."""
        from .cycle import CycleScreen

        key = self.outline.cursor_key
        field = next((k for k in [key, *self.path(key)] if k[0] == "field"), None) if key else None
        self.reload_on_resume = True
        self.app.push_screen(CycleScreen(field[1] if field else None))

    # -- live file and change log ---------------------------------------------------------
    def reload_from_store(self) -> None:
        """Another process wrote: the tree follows, the cursor stays; a form being typed
        into keeps every character (it is not redrawn while ``editing``)."""
        key = self.outline.cursor_key
        self.reload_model()
        if self.filter_text:
            self.matches = goals.search(self.app.store, self.filter_text)
            self.shown = self.model.visible(self.matches, self.year)
        self.rebuild(key)

    def audit_target(self) -> tuple[str, int] | None:
        key = self.outline.cursor_key
        return None if key is None or split_group(key) else key

    def discard_asking(self) -> None:
        """Esc while editing: drop an untouched form at once, ask before losing typed input."""
        if self.form.values() == getattr(self, "typed", None):
            self.discard()
            return
        edit = self.editing
        what = (self.describe((edit.kind, edit.item_id)) if edit.item_id
                else L.KIND_NAMES[edit.kind])
        self.app.push_screen(ConfirmScreen(L.GOALS_DISCARD.format(what=what)),
                             lambda yes: yes and self.discard())

    def action_back(self) -> None:
        """Esc: leave the filter, else drop the edit, else clear the filter, else Übersicht."""
        if self.focused is self.query_one("#goal-filter"):
            self.clear_filter()
        elif self.editing is not None:
            self.discard_asking()
        elif self.filter_text:
            self.clear_filter()
        else:
            self.app.action_show_overview()
