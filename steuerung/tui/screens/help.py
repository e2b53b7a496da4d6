"""Help: every binding of the screen underneath and of the app, in German."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from ... import labels as L


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


def _key(binding: Binding) -> str:
    return binding.key_display or binding.key.replace("ctrl+", "Strg+")


class HelpScreen(ModalScreen):
    """Lists the keys of ``screen`` and of the app; Esc or ? closes it."""

    BINDINGS = [
        Binding("escape", "dismiss", L.KEY_BACK),
        Binding("question_mark", "dismiss", L.KEY_BACK, key_display="?"),
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
            for binding in bindings_of(node):
                if binding.description:
                    table.add_row(_key(binding), binding.description)
            table.add_row("", "")
        with VerticalScroll(id="help"):
            yield Static(L.HELP_TITLE, classes="section-title")
            yield Static(table, id="help-keys")
            yield Static(L.HELP_HINT, classes="hint")
