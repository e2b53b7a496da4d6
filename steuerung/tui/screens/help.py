"""Help: every binding of the screen underneath and of the app, in German."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from ... import labels as L
from ..keys import key_name, shown_key
from .base import ModalScreen

__all__ = ["HelpScreen", "bindings_of", "help_rows", "key_name"]


def bindings_of(node) -> list[Binding]:
    """The bindings steuerung's own classes declare for ``node``.

    Textual's base classes bring English bindings (focus, copy); they are
    left out here because their German meaning is covered by the hint line.
    """
    found: list[Binding] = []
    for cls in reversed(type(node).__mro__):
        if not cls.__module__.startswith("steuerung."):
            continue
        for item in cls.__dict__.get("BINDINGS", []):
            found.append(item if isinstance(item, Binding) else Binding(*item))
    return found


def help_rows(bindings: list[Binding]) -> list[tuple[str, str]]:
    """(keys, description) rows; bindings with one description share a row ("1–9")."""
    rows: dict[str, list[str]] = {}
    for binding in bindings:
        if binding.description:
            rows.setdefault(binding.description, []).append(shown_key(binding))
    result = []
    for description, keys in rows.items():
        if len(keys) > 2 and all(k.isdigit() for k in keys):
            keys = [f"{keys[0]}–{keys[-1]}"]
        result.append((" / ".join(keys), description))
    return result


class HelpScreen(ModalScreen):
    """Lists the keys of ``screen`` and of the app; Esc, ? or F1 closes it."""

    BINDINGS = [
        Binding("escape", "dismiss", L.KEY_BACK),
        Binding("question_mark", "dismiss", L.KEY_BACK),
    ]

    def __init__(self, screen: Screen):
        super().__init__()
        self._target = screen

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, pad_edge=False)
        table.add_column(style="bold", min_width=10)
        table.add_column()
        for title, node in ((L.HELP_SCREEN_KEYS, self._target), (L.HELP_APP_KEYS, self.app)):
            table.add_row(f"[u]{title}[/u]", "")
            for keys, description in help_rows(bindings_of(node)):
                table.add_row(keys, description)
            table.add_row("", "")
        with VerticalScroll(id="help"):
            yield Static(L.HELP_TITLE, classes="section-title")
            yield Static(table, id="help-keys")
            yield Static(L.HELP_HINT, classes="hint")
