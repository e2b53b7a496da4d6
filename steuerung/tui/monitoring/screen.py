"""Monitoring: Kennzahlen by Handlungsfeld, their values over the years, the population.

Left the list — "Bevölkerung" first, then every Handlungsfeld with its
Kennzahlen; right the selected entry: facts, a table years × Vergleichsgruppen
with the gap (in Prozentpunkten for shares), the trend with a sparkline per
group.  The head line says when the next report is due.  The Masterplan
(``p``) opens on top; Esc comes back here.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ... import labels as L
from ...domain.errors import UserError
from ...store.monitoring import Kennzahl, kennzahlen
from ...store.monitoring_meta import cycle, population
from ..screens.base import Screen
from ..text import plain
from ..widgets.bars import Footer, Header
from .actions import MonitoringEditing
from .view import cycle_line, kennzahl_view, population_view

POPULATION = "population"


class MonitoringScreen(MonitoringEditing, Screen):
    """Keys act on the entry selected in the list."""

    DEFAULT_CSS = """
    #mon-head { padding: 0 1; background: $boost; height: auto; }
    #mon-body { height: 1fr; }
    #kennzahl-list { width: 34%; max-width: 38; height: 1fr; text-wrap: nowrap;
                     text-overflow: ellipsis; }
    #kennzahl-list > .option-list--option-disabled { color: $accent; text-style: bold; }
    #mon-detail-scroll { width: 1fr; height: 1fr; padding: 0 1; border-left: vkey $accent; }
    #mon-keys { padding: 0 1; }
    """
    BINDINGS = [
        Binding("n", "new_indicator", L.KEY_NEW_INDICATOR),
        Binding("w", "values", L.KEY_YEAR_VALUES),
        Binding("g", "group", L.KEY_NEW_GROUP),
        Binding("e", "edit", L.KEY_EDIT, show=False),
        Binding("t", "cycle", L.KEY_REPORT_CYCLE, show=False),
        Binding("b", "population", L.KEY_POPULATION, show=False),
        Binding("p", "masterplan", L.KEY_MASTERPLAN),
        Binding("shift+up", "move(-1)", L.KEY_MOVE_ROW_UP, show=False),
        Binding("shift+down", "move(1)", L.KEY_MOVE_ROW_DOWN, show=False),
        Binding("delete", "delete", L.KEY_DELETE, show=False, key_display="Entf"),
        Binding("escape", "app.show_overview", L.KEY_OVERVIEW),
    ]

    def __init__(self, select: str | None = None) -> None:
        super().__init__()
        self.selected: str | None = select  # POPULATION or "k:<id>"
        self.items: dict[int, Kennzahl] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="mon-head")
        with Horizontal(id="mon-body"):
            yield OptionList(id="kennzahl-list")
            with VerticalScroll(id="mon-detail-scroll"):
                yield Static("", id="mon-detail")
        yield Static(L.MON_HINT, classes="hint", id="mon-keys")
        yield Footer()

    def on_mount(self) -> None:
        self.app.sub_title = L.MON_TITLE
        self.reload()
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        self.app.sub_title = L.MON_TITLE

    # -- loading ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read everything again (one query per table) and redraw list, head and detail."""
        store = self.app.store
        self.items = {k.id: k for k in kennzahlen(store)}
        self.figures = population(store)
        self.query_one("#mon-head", Static).update(cycle_line(cycle(store),
                                                              self.app.now().date()))
        options = [Option(Text(L.MON_POPULATION), id=POPULATION)]
        fields = store.rows("SELECT id, number, name FROM field ORDER BY position, id")
        by_field: dict[int | None, list[Kennzahl]] = {}
        for k in self.items.values():
            by_field.setdefault(k.field_id, []).append(k)
        sections = [(f"{f['number'] or ''} {f['name']}".strip(), by_field.get(f["id"], []))
                    for f in fields]
        if None in by_field:
            sections.append((L.MON_NO_FIELD, by_field[None]))
        for n, (title, members) in enumerate(sections):
            options.append(Option(plain(title), id=f"f:{n}", disabled=True))
            options += [Option(plain(f"  {k.name}"), id=f"k:{k.id}") for k in members]
        listing = self.query_one(OptionList)
        listing.clear_options()
        listing.add_options(options)
        ids = [o.id for o in options]
        wanted = select or self.selected
        if wanted not in ids:
            wanted = next((i for i in ids if i.startswith("k:")), POPULATION)
        listing.highlighted = ids.index(wanted)
        self.show(wanted)

    def show(self, key: str) -> None:
        self.selected = key
        detail = self.query_one("#mon-detail", Static)
        if key == POPULATION:
            view = population_view(self.figures)
            detail.update(view if self.items or self.figures else
                          Group(Text(L.MON_NONE, style="bold"), Text(""), view))
        elif self.kennzahl is not None:
            detail.update(kennzahl_view(self.kennzahl))
        else:
            detail.update(Text(L.MON_NONE, style="italic"))
        self.refresh_bindings()

    @property
    def kennzahl(self) -> Kennzahl | None:
        if self.selected and self.selected.startswith("k:"):
            return self.items.get(int(self.selected[2:]))
        return None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id != self.selected:
            self.show(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_edit()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ("group", "move") and self.kennzahl is None:
            return False
        return True

    def say(self, error: UserError) -> None:
        self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)

    def reload_from_store(self) -> None:
        """Another process wrote: list, head and detail again, the same entry selected."""
        self.reload()

    def audit_target(self) -> tuple[str, int] | None:
        """The selected Kennzahl with its groups and values; on "Bevölkerung": the process."""
        k = self.kennzahl
        return ("monitoring_indicator", k.id) if k is not None else None

    def action_masterplan(self) -> None:
        from .masterplan import MasterplanScreen

        self.app.push_screen(MasterplanScreen())
