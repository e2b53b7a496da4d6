"""The Textual application: holds the store, switches between screens.

Built only through :func:`make_app`, which the CLI and the tests share; the
store, the paths, the clock and the author come in from outside.  One
:class:`~.live.LiveFile` poller keeps the shown screen current with other
processes on the same file.
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
from .boundary import PATIENCE_MS, AppBoundary


class SteuerungApp(AppBoundary, App):
    """Opens a process on its Übersicht, or the start page without one."""

    CSS_PATH = "styles/app.tcss"
    TITLE = L.APP_TITLE
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("q", "quit", L.KEY_QUIT),
        Binding("question_mark", "help", L.KEY_HELP, key_display="?"),
        Binding("i", "history", L.KEY_HISTORY, show=False),
    ]

    def __init__(self, store: Store | None, paths: Paths, now: Clock, author: str | None = None):
        super().__init__()
        self.store = store
        self.paths = paths
        self.now = now
        self.author = author
        self.crash_dir = paths.home / "logs"
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

    def _opened(self) -> None:
        """A busy file is waited for with a notice (the boundary), a read-only one says so."""
        self.store.patience(PATIENCE_MS)
        self.show_read_only()
        if self.store.readonly:
            self.notify(L.READ_ONLY_OPENED.format(path=self.store.path), severity="warning",
                        timeout=10)

    def action_show_start(self) -> None:
        from .screens.start import StartScreen

        self._show(StartScreen())

    def action_show_overview(self) -> None:
        from .screens.overview import OverviewScreen

        self.sub_title = ""
        self._show(OverviewScreen())

    def action_show_sachstand(self) -> None:
        from .screens.sachstand import SachstandScreen

        self._show(SachstandScreen())

    def action_show_documents(self) -> None:
        from .screens.export import ExportScreen

        self._show(ExportScreen())

    def action_show_submissions(self) -> None:
        from .screens.submissions import SubmissionsScreen

        self._show(SubmissionsScreen())

    def action_show_votes(self) -> None:
        from .screens.vote import VoteScreen

        self._show(VoteScreen())

    def action_show_committees(self) -> None:
        from .screens.committees import CommitteesScreen

        self._show(CommitteesScreen())

    def action_show_monitoring(self) -> None:
        from .monitoring.screen import MonitoringScreen

        self._show(MonitoringScreen())

    def action_show_goals(self) -> None:
        from .screens.goals import GoalsScreen

        self._show(GoalsScreen())

    def _show(self, screen) -> None:
        # The default screen stays at the bottom of the stack; one area on top
        # (a Sitzung pushed over the Gremien goes with them).
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

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
        return True

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()


def make_app(store: Store | None, paths: Paths, now: Clock,
             author: str | None = None) -> SteuerungApp:
    """The app; ``author`` is shown in the header and signs every change of a process it opens."""
    return SteuerungApp(store, paths, now, author)
