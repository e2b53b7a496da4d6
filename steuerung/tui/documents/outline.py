"""Gliederung: the moderator arranges the workshop documentation, part by part.

Left the outline — the document's title, then every generated part
(Themenprioritäten, Strategiezirkel, each Handlungsfeld, seat plan, tasks …)
and every Section in the order the document shows them; right a preview of
the chosen part alone (one part is quick to render, DESIGN §7).  Every key
is one logged write through :mod:`steuerung.store.outline`; reached from the
Dokumente screen with ``g``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rich.markdown import Markdown
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ... import labels as L
from ...domain.errors import UserError
from ...domain.text import printable
from ...store import outline
from ...store.outline import Part
from ..screens.base import Screen
from ..screens.dialogs import ConfirmScreen, PromptScreen
from ..text import clean, plain
from ..widgets.bars import Footer, Header

HEAD = "head"


class OutlineScreen(Screen):
    """The outline as a list; Enter edits, n adds a Section, Umschalt+↑↓ moves, Leertaste leaves out."""

    DEFAULT_CSS = """
    #outline-body { height: 1fr; }
    #outline { width: 1fr; height: 1fr; }
    #outline-preview-scroll { width: 1fr; height: 1fr; padding: 0 1; border-left: vkey $accent; }
    #outline-title, #outline-hint { padding: 0 1; }
    """
    BINDINGS = [
        Binding("enter", "edit", L.KEY_EDIT, show=False),
        Binding("e", "edit", L.KEY_EDIT, show=False),
        Binding("n", "new_section", L.KEY_NEW_SECTION),
        Binding("space", "toggle", L.KEY_INCLUDE, key_display="Leertaste"),
        Binding("delete", "delete", L.KEY_DELETE, key_display="Entf"),
        Binding("shift+up", "move(-1)", L.KEY_MOVE_PART_UP, show=False),
        Binding("shift+down", "move(1)", L.KEY_MOVE_PART_DOWN, show=False),
        Binding("t", "title", L.KEY_DOC_TITLE, show=False),
        Binding("escape", "back", L.KEY_BACK, key_display="Esc"),
    ]

    def __init__(self, select: str | None = None):
        super().__init__()
        self.select = select  # a part's key, e.g. "section:12" (from the command palette)
        self.parts: list[Part] = []
        self.data = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(L.OUTLINE_TITLE, classes="section-title", id="outline-title")
        with Horizontal(id="outline-body"):
            yield OptionList(id="outline")
            with VerticalScroll(id="outline-preview-scroll"):
                yield Static("", id="outline-preview")
        yield Static(L.OUTLINE_HINT, classes="hint", id="outline-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.load(self.select)
        self.query_one(OptionList).focus()

    # -- showing -------------------------------------------------------------------------
    def load(self, select: str | None = None) -> None:
        """Read the outline again and keep the cursor on ``select`` (a part's key).

        The document's data is read once; a change here only touches the outline,
        so only the outline is read again (replaying 5,000 dots per key would not do).
        """
        from ...export.commands import workshop_data

        store = self.app.store
        if self.data is None:
            self.data = workshop_data(store)
        else:
            self.data = replace(self.data, parts=outline.parts(store),
                                title=outline.document_title(store))
        self.parts = self.data.parts
        options = self.query_one(OptionList)
        current = self.key
        options.clear_options()
        # One line each: the list is half the screen; the preview shows the whole text.
        width = max(20, self.app.size.width // 2 - 6)
        lines = [clean(line) for line in (self._head_line(), *map(self._line, self.parts))]
        for line in lines:
            line.truncate(width, overflow="ellipsis")
        options.add_options([Option(line, id=key) for line, key
                             in zip(lines, [HEAD, *[p.key for p in self.parts]], strict=True)])
        keys = [HEAD, *[p.key for p in self.parts]]
        wanted = select or current
        options.highlighted = keys.index(wanted) if wanted in keys else 0
        self.preview()

    def _head_line(self) -> Text:
        title = self.data.title or f"{L.DOC_WORKSHOP}: {self.data.process_title}"
        return Text(L.OUTLINE_HEAD.format(title=title), style="bold")

    def _line(self, part: Part) -> Text:
        from ...export.workshop import render_part

        if part.is_section:
            name = part.title or snippet(part.text)
            line = Text("¶ ", style="bold")
            line.append(f"{L.OUTLINE_SECTION}: ", style="dim")
            line.append(name, style="" if part.title else "italic")
            return line
        notes = []
        if part.title is not None:
            notes.append(f"„{part.title}“" if part.title else L.OUTLINE_NO_HEADING)
        if not part.included:
            notes.append(L.OUTLINE_LEFT_OUT)
        elif not render_part(self.data, part):
            notes.append(L.OUTLINE_EMPTY)
        line = Text("☑ " if part.included else "☐ ", style="bold")
        line.append(part.default_title, style="" if part.included else "dim strike")
        if notes:
            line.append(f"  ({', '.join(notes)})", style="dim")
        return line

    @property
    def key(self) -> str | None:
        options = self.query_one(OptionList)
        index = options.highlighted
        return None if index is None else options.get_option_at_index(index).id

    @property
    def part(self) -> Part | None:
        return next((p for p in self.parts if p.key == self.key), None)

    def preview(self) -> None:
        from ...export.workshop import render_part

        widget = self.query_one("#outline-preview", Static)
        part = self.part
        if part is None:  # the document's title
            widget.update(plain(self.data.title or f"{L.DOC_WORKSHOP}: {self.data.process_title}",
                                style="bold underline"))
            return
        shown = render_part(self.data, part if part.included else _included(part))
        if not shown:
            widget.update(Text(L.OUTLINE_PREVIEW_EMPTY, style="italic"))
            return
        body = Markdown(printable("\n\n".join(shown)))
        if part.included:
            widget.update(body)
        else:
            from rich.console import Group

            widget.update(Group(Text(L.OUTLINE_PREVIEW_LEFT_OUT + "\n", style="bold"), body))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.preview()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_edit()

    # -- keys ------------------------------------------------------------------------------
    def _write(self, change, select: str | None = None) -> None:
        try:
            change()
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8,
                        markup=False)
        self.load(select)

    def action_edit(self) -> None:
        part = self.part
        if self.key == HEAD:
            self.action_title()
        elif part is not None and part.is_section:
            self._open_section(part)
        elif part is not None:
            def answer(value: str | None) -> None:
                if value is not None:
                    self._write(lambda: outline.set_heading(self.app.store, part.key, value))

            # Text, not a str: a name such as "[/]" is shown as typed, never read as markup.
            self.app.push_screen(PromptScreen(
                Text(L.OUTLINE_HEADING_PROMPT.format(part=part.default_title)), part.heading),
                answer)

    def action_title(self) -> None:
        default = f"{L.DOC_WORKSHOP}: {self.data.process_title}"

        def answer(value: str | None) -> None:
            if value is not None:
                self._write(lambda: outline.set_document_title(self.app.store, value), HEAD)

        self.app.push_screen(PromptScreen(Text(L.OUTLINE_TITLE_PROMPT.format(default=default)),
                                          self.data.title or ""), answer)

    def action_new_section(self) -> None:
        after = None if self.key == HEAD else self.key
        self._open_section(None, after)

    def _open_section(self, part: Part | None, after: str | None = None) -> None:
        from .section import SectionScreen

        def back(section_id: int | None) -> None:
            self.load(f"{outline.SECTION}:{section_id}" if section_id else None)

        self.app.push_screen(SectionScreen(part, after), back)

    def action_toggle(self) -> None:
        part = self.part
        if part is None or part.is_section:
            self.notify(L.E_SECTION_NOT_PART, timeout=5)
            return
        self._write(lambda: outline.set_included(self.app.store, part.key, not part.included))

    def action_move(self, step: int) -> None:
        part = self.part
        if part is not None:
            self._write(lambda: outline.move(self.app.store, part.key, step), part.key)

    def action_delete(self) -> None:
        part = self.part
        if part is None or not part.is_section:
            if part is not None:
                self.notify(L.E_PART_NOT_SECTION, timeout=5)
            return
        name = part.title or snippet(part.text)
        keys = [p.key for p in self.parts]
        index = keys.index(part.key)
        neighbour = keys[index + 1] if index + 1 < len(keys) else keys[index - 1] if index else HEAD

        def answer(yes: bool | None) -> None:
            if yes:
                self._write(lambda: outline.delete_section(self.app.store, part.row_id), neighbour)
                self.notify(L.SECTION_DELETED, timeout=3)

        self.app.push_screen(ConfirmScreen(Text(L.SECTION_DELETE.format(title=name))), answer)

    def action_back(self) -> None:
        self.dismiss(None)

    # -- live file and change log ----------------------------------------------------------
    def reload_from_store(self) -> None:
        """Another process wrote: the outline and the data behind its preview are read again,
        the cursor stays on the same part."""
        self.data = None
        self.load()

    def audit_target(self) -> tuple[str, int] | None:
        """The chosen part's row; a part not arranged yet: what it shows (Handlungsfeld,
        Gremium); the title: its row once a title was given."""
        part = self.part
        if self.key == HEAD:
            row_id = outline.head_id(self.app.store)
            return ("document_part", row_id) if row_id else None
        if part is None:
            return None
        if part.row_id is not None:
            return ("document_part", part.row_id)
        if part.field_id is not None:
            return ("field", part.field_id)
        if part.committee_id is not None:
            return ("committee", part.committee_id)
        return None


def snippet(text: str | None) -> str:
    """The first line of a Section without a title, without Markdown marks (the list shows it)."""
    first = next((line for line in (text or "").splitlines() if line.strip()), "")
    return re.sub(r"[*_#>`\\]|^\s*(?:[-+]|\d+[.)])\s+", "", first).strip()


def _included(part: Part) -> Part:
    return replace(part, included=True)
