"""The Textual application: holds the store, switches between screens.

Built only through :func:`make_app`, which the CLI and the tests share; the
store, the paths, the clock and the author come in from outside.  One
:class:`~.live.LiveFile` poller keeps the shown screen current with other
processes on the same file.  Keys that work everywhere, even in a text
field: F1 Hilfe, Strg+P Befehle (the command palette, :mod:`.palette`),
F2 Farbschema, Strg+Q Beenden.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.screen import ModalScreen

from .. import labels as L
from ..domain.errors import UserError
from ..paths import Paths
from ..store.repo import Clock, Store
from . import startup
from .areas import Areas
from .boundary import PATIENCE_MS, AppBoundary
from .keys import shown_key
from .themes import install


def _commands():
    """The palette's providers, imported when it first opens (not on the start path)."""
    from .palette.providers import CommandsProvider

    return CommandsProvider


def _objects():
    from .palette.providers import ObjectsProvider

    return ObjectsProvider


class SteuerungApp(Areas, AppBoundary, App):
    """Opens a process on its Übersicht, or the start page without one."""

    CSS_PATH = "styles/app.tcss"
    TITLE = L.APP_TITLE
    COMMANDS = {_commands, _objects}
    BINDINGS = [
        Binding("q", "quit", L.KEY_QUIT),
        Binding("f1", "help", L.KEY_HELP, priority=True),
        Binding("question_mark", "help", L.KEY_HELP, show=False),
        Binding("ctrl+p", "command_palette", L.KEY_PALETTE, priority=True),
        Binding("f2", "theme", L.KEY_THEME, show=False, priority=True),
        Binding("ctrl+q", "quit", L.KEY_QUIT, show=False, priority=True),
        Binding("i", "history", L.KEY_HISTORY, show=False),
    ]

    def __init__(self, store: Store | None, paths: Paths, now: Clock, author: str | None = None):
        super().__init__()
        self.store = store
        self.paths = paths
        self.now = now
        self.author = author
        self.crash_dir = paths.home / "logs"
        install(self, paths.settings)  # the user's colour scheme
        if author:
            self.title = self.plain_title

    def on_mount(self) -> None:
        from .live import LiveFile

        self.live = LiveFile(self)
        self.live.start()
        if self.store is None:
            self.action_show_start()
        else:
            self._opened()
            self.action_show_overview()
        self.call_after_refresh(startup.release_collector)

    def _opened(self) -> None:
        """A busy file is waited for with a notice (the boundary), a read-only one says so."""
        self.store.patience(PATIENCE_MS)
        self.show_read_only()
        if self.store.readonly:
            self.notify(L.READ_ONLY_OPENED.format(path=self.store.path), severity="warning",
                        timeout=10)

    def get_key_display(self, binding: Binding) -> str:
        return shown_key(binding)

    def open_process(self, path: Path) -> bool:
        """Open ``path`` as the current process; on failure say why and keep the old one."""
        from ..store.db import open_db

        try:
            conn = open_db(path)
        except UserError as exc:
            self.notify(exc.message, title=L.ERROR_TITLE, severity="error", timeout=10)
            return False
        if self.store is not None:
            self.store.close()
        self.store = Store(conn, self.now, *([self.author] if self.author else []))
        live = getattr(self, "live", None)
        if live is not None:
            live.watch(self.store)
        self._opened()
        self.action_show_overview()
        return True

    def action_history(self) -> None:
        """The Änderungsprotokoll: of the object selected on this screen, else of the process."""
        from .log.screen import LogScreen

        target = getattr(self.screen, "audit_target", None)
        self.push_screen(LogScreen(target() if target else None))

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "history":  # not over a dialog, nor over the log itself
            return (self.store is not None and not isinstance(self.screen, ModalScreen)
                    and not getattr(self.screen, "is_change_log", False))
        if action == "command_palette":  # not over a dialog: it would be left half-answered
            return not isinstance(self.screen, ModalScreen)
        return True

    def action_help(self) -> None:
        """F1 (also in a text field) or ?: the keys of this screen; again closes the help."""
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
        else:
            self.push_screen(HelpScreen(self.screen))

    def action_command_palette(self) -> None:
        from .palette import Palette

        if not Palette.is_open(self):
            self.push_screen(Palette())

    def action_theme(self, name: str | None = None) -> None:
        """F2 steps through the colour schemes; the palette names one."""
        from .themes import choose, following

        choose(self, name or following(self.theme))

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()


def make_app(store: Store | None, paths: Paths, now: Clock,
             author: str | None = None) -> SteuerungApp:
    """The app; ``author`` is shown in the header and signs every change of a process it opens."""
    return SteuerungApp(store, paths, now, author)
