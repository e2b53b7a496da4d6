"""The Textual application: holds the store, switches between screens.

Built only through :func:`make_app`, which the CLI and the tests share; the
store, the paths and the clock come in from outside.  Keys that work
everywhere, even in a text field: F1 Hilfe, Strg+P Befehle (the command
palette, :mod:`.palette`), F2 Farbschema, Strg+Q Beenden.
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
from .keys import shown_key


def _commands():
    """The palette's providers, imported when it first opens (not on the start path)."""
    from .palette.providers import CommandsProvider

    return CommandsProvider


def _objects():
    from .palette.providers import ObjectsProvider

    return ObjectsProvider


class SteuerungApp(App):
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
    ]

    def __init__(self, store: Store | None, paths: Paths, now: Clock):
        super().__init__()
        self.store = store
        self.paths = paths
        self.now = now
        from .themes import install

        install(self, paths.settings)

    def on_mount(self) -> None:
        if self.store is None:
            self.action_show_start()
        else:
            self.action_show_overview()
        self.call_after_refresh(startup.release_collector)

    def get_key_display(self, binding: Binding) -> str:
        return shown_key(binding)

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

    def action_show_outline(self, select: str | None = None) -> None:
        """The Gliederung, over the Dokumente as when reached with g there."""
        from .screens.export import ExportScreen

        self._show(ExportScreen()).action_outline(select)

    def action_show_submissions(self, select: int | None = None) -> None:
        from .screens.submissions import SubmissionsScreen

        self._show(SubmissionsScreen(select))

    def action_show_votes(self, vote_id: int | None = None) -> None:
        from .screens.vote import VoteScreen

        self._show(VoteScreen(vote_id))

    def action_show_committees(self, committee_id: int | None = None) -> None:
        from .screens.committees import CommitteesScreen

        self._show(CommitteesScreen(committee_id))

    def action_show_monitoring(self, select: str | None = None) -> None:
        from .monitoring.screen import MonitoringScreen

        self._show(MonitoringScreen(select))

    def action_show_masterplan(self, select: int | None = None) -> None:
        """The Masterplan, over the Monitoring as when reached with p there."""
        from .monitoring.masterplan import MasterplanScreen

        self.action_show_monitoring()
        self.push_screen(MasterplanScreen(select))

    def action_show_goals(self, select: tuple[str, int] | None = None):
        from .screens.goals import GoalsScreen

        return self._show(GoalsScreen(select))

    def action_show_vision(self) -> None:
        """The Leitbild, over the Ziele as when reached with l there."""
        self.action_show_goals().action_vision()

    def action_show_cycle(self) -> None:
        from .screens.cycle import CycleScreen

        self.action_show_goals().reload_on_resume = True  # the phases shown in the tree
        self.push_screen(CycleScreen())

    def _show(self, screen):
        # The default screen stays at the bottom of the stack; one area on top
        # (a Sitzung pushed over the Gremien goes with them).
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        return screen

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
        self.store = Store(conn, self.now)
        self.action_show_overview()
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

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "command_palette":  # not over a dialog: it would be left half-answered
            return not isinstance(self.screen, ModalScreen)
        return True

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()


def make_app(store: Store | None, paths: Paths, now: Clock) -> SteuerungApp:
    return SteuerungApp(store, paths, now)
