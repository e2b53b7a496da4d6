"""Änderungsprotokoll: who changed what, when — the whole process or one object.

Opened with ``i`` from any screen: with the object selected there (its own
history, a topic with its dots, an indicator with its readings), else the
whole process.  Newest first, a page at a time; ``/`` filters by text
(object, author, values), ``s`` from a day on, ``a`` switches between the
object and the whole process, Enter on a line shows that object's history.
Follows other processes like every screen (``reload_from_store``).
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static

from ... import labels as L
from ...domain.dates import format_date, parse_date
from ...domain.errors import UserError
from ...store.changes import ChangeLog, Line
from ..screens.base import Screen
from ..screens.dialogs import PromptScreen
from ..text import clean, plain
from ..widgets.bars import Footer, Header
from ..widgets.rows import Row, RowList

PAGE = 200
MORE = "::more"


class LogScreen(Screen):
    is_change_log = True  # the app's history key does not open a log over a log

    BINDINGS = [
        Binding("enter", "open", L.KEY_LOG_OPEN),
        Binding("slash,f", "filter", L.KEY_LOG_FILTER, key_display="/"),
        Binding("s", "since", L.KEY_LOG_SINCE),
        Binding("a", "whole", L.KEY_LOG_WHOLE),
        Binding("escape", "back", L.KEY_BACK, key_display="Esc"),
    ]

    def __init__(self, target: tuple[str, int] | None = None):
        super().__init__()
        self.target = target
        self.whole = target is None
        self.text = ""
        self.since: date | None = None
        self.limit = PAGE

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="log-title", classes="section-title")
        yield Input(placeholder=L.LOG_FILTER_PLACEHOLDER, id="log-filter")
        yield RowList(id="log-rows")
        yield Static(L.LOG_HINT, classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#log-filter").display = False
        self.reload_from_store()
        self.query_one(RowList).focus()

    # -- showing -------------------------------------------------------------------------
    def reload_from_store(self) -> None:
        """Read the log again (new entries appear on top; the cursor stays on its entry)."""
        log = ChangeLog(self.app.store)
        target = None if self.whole else self.target
        lines = log.lines(target=target, text=self.text, since=self.since, limit=self.limit + 1)
        rows = [Row(line.entry.id, _text(line), hang=len(line.when) + 3)
                for line in lines[:self.limit]]
        if len(lines) > self.limit:
            rows.append(Row(MORE, Text(L.LOG_MORE_ROW, style="italic")))
        if not rows:
            rows = [Row(None, Text(L.LOG_NONE_MATCH if self.text or self.since else L.LOG_EMPTY,
                                   style="italic"))]
        self.query_one(RowList).show(rows)
        what = L.LOG_WHOLE if target is None else log.namer.name(*target)
        parts = [f"{L.KEY_HISTORY} – {what}"]
        if self.text:
            parts.append(L.LOG_FILTERED.format(text=self.text))
        if self.since:
            parts.append(L.LOG_SINCE.format(date=format_date(self.since)))
        self.query_one("#log-title", Static).update(plain(" · ".join(parts)))

    # -- keys ----------------------------------------------------------------------------
    def action_open(self) -> None:
        key = self.query_one(RowList).selected
        if key == MORE:
            self.limit += PAGE
            self.reload_from_store()
            return
        if key is None:
            return
        row = self.app.store.one("SELECT table_name, row_id FROM change_log WHERE id = ?", (key,))
        if row is not None and row["row_id"] is not None:
            self.app.push_screen(LogScreen((row["table_name"], row["row_id"])))

    def action_filter(self) -> None:
        field = self.query_one("#log-filter", Input)
        field.display = True
        field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.text = event.value.strip()
        self.limit = PAGE
        self.reload_from_store()
        self.query_one(RowList).focus()

    def action_since(self) -> None:
        def answer(text: str | None) -> None:
            if text is None:
                return
            try:
                self.since = parse_date(text) if text.strip() else None
            except UserError as error:
                self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8,
                            markup=False)  # the message quotes what was typed
                return
            self.limit = PAGE
            self.reload_from_store()

        current = format_date(self.since) if self.since else ""
        self.app.push_screen(PromptScreen(L.LOG_SINCE_PROMPT, current), answer)

    def action_whole(self) -> None:
        if self.target is not None:
            self.whole = not self.whole
            self.limit = PAGE
            self.reload_from_store()

    def action_back(self) -> None:
        field = self.query_one("#log-filter", Input)
        if field.has_focus or self.text:
            self.text = ""
            field.value = ""
            field.display = False
            self.reload_from_store()
            self.query_one(RowList).focus()
            return
        self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if isinstance(self.focused, Input) and action in {"open", "filter", "since", "whole"}:
            return False
        if action == "whole":
            return self.target is not None
        return True


def _text(line: Line) -> Text:
    """"12.03.2011 14:02 · Andrea Reckfort · Messwert „…“: 5 → 7" — user text stays text."""
    change = f"{line.what}: {line.detail}" if line.what else line.detail
    return clean(Text.assemble((line.when, "dim"), " · ", (line.author, "bold"), " · ", change))
