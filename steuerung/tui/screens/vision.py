"""Leitbild: its versions, the Markdown text in an editor and a rendered preview beside it.

Imported only when the screen opens (from the Ziele screen, key ``l``), so
neither ``TextArea`` nor the Markdown renderer is on the start path.  A
Leitbild is short; the preview is redrawn a moment after typing stops.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Markdown, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from ... import labels as L
from ...domain.errors import UserError
from ...domain.text import one_line, printable
from ...store.vision import Vision, delete_vision, save_vision, visions
from ..text import plain
from ..widgets.bars import Footer, Header
from ..widgets.form_fields import FormRow
from ..widgets.goal_specs import as_text
from ..widgets.notes_area import NotesArea
from .base import Screen
from .dialogs import ConfirmScreen

_META = (("label", L.F_LABEL, "text"), ("adopted_on", L.F_ADOPTED_ON, "exact"),
         ("adopted_by", L.F_ADOPTED_BY, "text"))


class VisionScreen(Screen):
    """Versions on the left; label, date and body of the chosen one on the right."""

    BINDINGS = [
        Binding("ctrl+s", "save", L.KEY_SAVE_FORM, key_display="Strg+S"),
        Binding("ctrl+n", "new", L.KEY_NEW_VERSION, key_display="Strg+N"),
        Binding("delete", "delete", L.KEY_DELETE_VERSION, key_display="Entf"),
        Binding("escape", "back", L.KEY_BACK, key_display="Esc"),
    ]

    def __init__(self):
        super().__init__()
        self.versions: list[Vision] = []
        self.current: Vision | None = None  # None: a new version not saved yet
        self.saved_values: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="vision-top"):
            with Vertical(id="vision-left"):
                yield Static(L.VISION_VERSIONS, classes="section-title")
                yield OptionList(id="vision-list")
            with Vertical(id="vision-meta"):
                yield Static("", id="vision-state", classes="section-title")
                for name, label, kind in _META:
                    yield FormRow(name, label, kind)
        with Horizontal(id="vision-body"):
            with Vertical(id="vision-edit"):
                yield Static(L.VISION_EDITOR, classes="section-title")
                yield NotesArea(id="vision-text", soft_wrap=True, tab_behavior="focus")
            with Vertical(id="vision-show"):
                yield Static(L.VISION_PREVIEW, classes="section-title")
                with VerticalScroll():
                    yield Markdown(id="vision-preview")
        yield Static(L.VISION_HINT, classes="hint", id="vision-hint")
        yield Footer()

    def on_resize(self) -> None:
        # 80×24 leaves the fields beside the list 41 columns: labels above them (app.tcss).
        self.set_class(self.size.width < 100, "-narrow")

    def on_mount(self) -> None:
        self.load()
        if self.versions:
            self.query_one(OptionList).focus()
        else:
            self.action_new()

    # -- loading and showing -------------------------------------------------------------
    def load(self, select: int | None = None) -> None:
        self.versions = visions(self.app.store)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(plain(self._line(v)), id=str(v.id)) for v in self.versions])
        if not self.versions:
            options.add_option(Option(L.VISION_NONE, disabled=True))
            return
        ids = [v.id for v in self.versions]
        index = ids.index(select) if select in ids else 0
        options.highlighted = index
        self.show(self.versions[index])

    @staticmethod
    def _line(v: Vision) -> str:
        date = as_text("isodate", v.adopted_on)
        parts = [v.label or L.VISION_TITLE, date or L.VISION_DRAFT, v.adopted_by or ""]
        line = " · ".join(p for p in parts if p)
        return f"{line} ({L.VISION_CURRENT})" if v.current else line

    def show(self, version: Vision | None, text: str = "") -> None:
        self.current = version
        # As the fields will hold them (without control characters): unchanged means not dirty.
        values = {"label": one_line(version.label) if version else L.VISION_NEW_LABEL.format(
                      year=self.app.now().year),
                  "adopted_on": as_text("isodate", version.adopted_on) if version else "",
                  "adopted_by": one_line(version.adopted_by if version else ""),
                  "text": printable(version.text if version else text)}
        for row in self.query(FormRow):
            row.set(values[row.field_name])
        editor = self.query_one(TextArea)
        editor.load_text(values["text"])
        editor.move_cursor(editor.document.end)  # a revision usually goes on at the end
        self.saved_values = self.values()  # as the fields hold it: untouched is not "unsaved"
        state = self._line(version) if version else L.VISION_NEW
        self.query_one("#vision-state", Static).update(plain(state))
        self.run_worker(self._preview(values["text"]), exclusive=True, group="preview")

    def values(self) -> dict[str, str]:
        found = {row.field_name: row.value for row in self.query(FormRow)}
        found["text"] = self.query_one(TextArea).text
        return found

    @property
    def dirty(self) -> bool:
        return self.values() != self.saved_values

    async def _preview(self, text: str) -> None:
        await self.query_one("#vision-preview", Markdown).update(printable(text))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        timer = getattr(self, "_preview_timer", None)
        if timer is not None:
            timer.stop()
        self._preview_timer = self.set_timer(0.3, lambda: self.run_worker(
            self._preview(self.query_one(TextArea).text), exclusive=True, group="preview"))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        chosen = next((v for v in self.versions if str(v.id) == event.option.id), None)
        if chosen is None or chosen is self.current:
            return
        if self.dirty:
            def answer(yes: bool | None) -> None:
                if yes:
                    self.show(chosen)
            self.app.push_screen(ConfirmScreen(L.VISION_UNSAVED), answer)
        else:
            self.show(chosen)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(TextArea).focus()

    # -- keys ----------------------------------------------------------------------------
    def action_new(self) -> None:
        """A new version starts from the text of the current one (or empty)."""
        base = next((v.text for v in self.versions if v.current), "")
        self.show(None, base)
        self.query(FormRow).first().query_one(Input).focus()

    def action_save(self) -> None:
        try:
            vision_id = save_vision(self.app.store, self.values(),
                                    self.current.id if self.current else None)
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)
            return
        self.load(vision_id)
        self.notify(L.GOALS_SAVED.format(what=self.values()["label"] or L.VISION_TITLE), timeout=2)

    def action_delete(self) -> None:
        if self.current is None or not isinstance(self.focused, OptionList):
            return
        version = self.current

        def answer(yes: bool | None) -> None:
            if yes:
                delete_vision(self.app.store, version.id)
                self.current = None
                self.load()
                if not self.versions:
                    self.action_new()

        self.app.push_screen(ConfirmScreen(L.VISION_DELETE.format(
            label=version.label or L.VISION_TITLE)), answer)

    # -- live file and change log ---------------------------------------------------------
    def reload_from_store(self) -> None:
        """Another process wrote: the list of versions follows; what is typed here stays."""
        if not self.dirty:
            self.load(self.current.id if self.current else None)
            return
        from ..live import refill

        self.versions = visions(self.app.store)
        with self.prevent(OptionList.OptionHighlighted):
            refill(self.query_one(OptionList),
                   [Option(plain(self._line(v)), id=str(v.id)) for v in self.versions])

    def audit_target(self) -> tuple[str, int] | None:
        return ("vision", self.current.id) if self.current else None

    def action_back(self) -> None:
        if not self.dirty:
            self.app.pop_screen()
            return
        self.app.push_screen(ConfirmScreen(L.VISION_UNSAVED),
                             lambda yes: yes and self.app.pop_screen())
