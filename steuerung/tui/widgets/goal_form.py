"""The form beside the goal tree: one section per kind, each mounted once and shown as needed.

The section a screen opens with is mounted at once, the others right after
the first frame (:meth:`GoalForm.prepare`): ≈ 30 rows of inputs would cost
the Ziele screen a third of its opening time.  Once mounted, focus moves are
synchronous: after ``n`` the first field takes the next key at once.  The
form shows values and hands back what was typed; the screen validates and
writes through the store.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from ... import labels as L
from ...domain.errors import UserError
from ...domain.goals import derive_direction, parse_number
from ..text import plain
from .form_fields import FormRow
from .goal_specs import SPECS, as_text, row_kind

#: Below this width the form stacks each label above its field (see app.tcss, ``-narrow``).
NARROW = 48


class GoalForm(VerticalScroll):
    """Title, the item's full text, and the rows of the shown kind."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.kind: str | None = None
        self._sections: dict[str, Vertical] = {}
        self._row_lists: dict[str, list[FormRow]] = {}  # known before they are mounted

    def on_resize(self) -> None:
        # Narrow (80×24 leaves 36 columns): each label stands above its field, so the value
        # gets the whole width instead of the 8 characters left beside a 22-column label.
        self.set_class(self.size.width < NARROW, "-narrow")

    def compose(self) -> ComposeResult:
        yield Static("", id="form-title", classes="section-title")
        yield Static("", id="form-text")
        yield Static("", id="form-hint", classes="hint")

    def _section(self, kind: str) -> Vertical:
        """The rows of ``kind``; mounted now if they are not yet."""
        section = self._sections.get(kind)
        if section is None:
            spec = SPECS[kind]
            rows = [FormRow(name, label, row_kind(kind_), choices=kind_ if isinstance(kind_, dict) else None,
                            last=i == len(spec) - 1) for i, (name, label, kind_) in enumerate(spec)]
            self._row_lists[kind] = rows
            section = Vertical(*rows, id=f"form-{kind}", classes="form-section")
            section.display = False
            self._sections[kind] = section
            self.mount(section, before="#form-hint")
        return section

    def prepare(self) -> None:
        """Mount the sections not yet needed (called after the screen's first frame)."""
        for kind in SPECS:
            self._section(kind)

    def show(self, kind: str, row: dict | None, title: str, text: str = "", hint: str = "") -> None:
        """Show ``kind``'s rows filled from ``row`` (a stored row, or defaults for a new item)."""
        self.kind = kind
        self._section(kind)
        for other, section in self._sections.items():
            section.display = other == kind
        row = row or {}
        for name, _, kind_ in SPECS[kind]:
            value = row.get(name)
            if name == "direction" and value is None:
                value = "auto"
            self._row(name).set(as_text(kind_, value))
        self._texts(title, text, hint)
        self._direction()
        if self._row(SPECS[kind][0][0]).editor is None:  # just mounted: once the rows exist
            self.call_after_refresh(self._direction)

    def on_input_changed(self, event) -> None:
        if self.kind == "indicator" and event.input.id in ("f-baseline_value", "f-target_value"):
            self._direction()

    def _direction(self) -> None:
        """Beside "automatisch": the direction baseline → target gives (or nothing)."""
        if self.kind != "indicator":
            return
        try:
            derived = derive_direction(parse_number(self._row("baseline_value").value, ""),
                                       parse_number(self._row("target_value").value, ""))
        except UserError:
            derived = None
        self._row("direction").note(f"→ {L.DIRECTIONS[derived]}" if derived else "")

    def show_note(self, title: str, text: str = "", hint: str = "") -> None:
        """No rows: a group node or an empty tree."""
        self.kind = None
        for section in self._sections.values():
            section.display = False
        self._texts(title, text, hint)

    def _texts(self, title: str, text: str, hint: str) -> None:
        self.query_one("#form-title", Static).update(plain(title))
        self.query_one("#form-text", Static).update(plain(text))
        self.query_one("#form-text").display = bool(text)
        self.query_one("#form-hint", Static).update(hint)

    def set_hint(self, hint: str) -> None:
        self.query_one("#form-hint", Static).update(hint)

    def _rows(self) -> list[FormRow]:
        if self.kind is None:
            return []
        self._section(self.kind)
        return self._row_lists[self.kind]

    def _row(self, name: str) -> FormRow:
        return next(r for r in self._rows() if r.field_name == name)

    def values(self) -> dict[str, str]:
        return {r.field_name: r.value for r in self._rows()}

    def focus_first(self, name: str | None = None) -> bool:
        """Focus the first row (or row ``name``) now, so the next key lands in it.

        A section mounted only a moment ago gets the focus once its rows exist.
        """
        if self.kind is None:
            return False
        row = self._row(name) if name else self._rows()[0]
        editor = row.editor
        if editor is None:
            self.call_after_refresh(self.focus_first, name)
        else:
            self.screen.set_focus(editor)
        return True

    def owns(self, widget) -> bool:
        return widget is not None and (widget is self or self in widget.ancestors)
