"""Live files: one poller per app keeps the screen shown current with other processes.

Every ``INTERVAL`` seconds the app asks its own connection for ``PRAGMA
data_version`` (a few microseconds; it changes only when another connection
has committed) and whether its file was replaced.  When another process
has written, the active screen's ``reload_from_store()`` runs — each screen
reloads its data keeping cursor, selection and unsaved form input.  A
screen further down the stack reloads when it is shown again.  A storage
failure while reloading is said in German through the app's error boundary
(a busy file is tried again on the next tick); the app keeps running.  One timer
for the whole app, no thread, no busy loop: idle CPU stays well under 1 %.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App, ScreenStackError

from .. import labels as L
from ..domain.errors import UserError
from ..store.errors import STORAGE_FAILURES, FileBusy

if TYPE_CHECKING:  # the option list is not on the start path (DESIGN §7: first screen fast)
    from textual.widgets import OptionList
    from textual.widgets.option_list import Option

#: A screen's generation that is never current: its reload is tried again on the next tick.
_AGAIN = -1
#: Seconds between two looks; a change shows within this plus one reload (DESIGN §7: 0.5 s).
INTERVAL = 0.2


class LiveFile:
    """The poller; ``generation`` counts the changes seen from other processes."""

    def __init__(self, app: App, interval: float = INTERVAL):
        self.app = app
        self.interval = interval
        self.generation = 0
        self._store = None
        self._version: int | None = None
        self._warned = False

    def start(self) -> None:
        if self.app.store is not None:
            self.watch(self.app.store)
        self.app.set_interval(self.interval, self.tick, name="live-file")

    def watch(self, store) -> None:
        """Follow ``store`` from now on: its version is taken at once, so a change another
        process makes before the first tick is still seen as a change (the screen just
        shown read the file before it)."""
        self._store, self._warned = store, False
        try:
            self._version = store.data_version()
        except STORAGE_FAILURES:
            self._version = None

    def tick(self) -> None:
        store = self.app.store
        if store is None:
            return
        if store is not self._store:  # a process opened without watch(): start afresh
            self.watch(store)
        if store.replaced():
            self._say_replaced(store.path)
            return
        try:
            version = store.data_version()
        except STORAGE_FAILURES:
            return  # busy or gone for a moment: look again on the next tick
        bumped = self._version is not None and version != self._version
        self._version = version
        if bumped:
            self.generation += 1
        try:
            screen = self.app.screen
        except ScreenStackError:  # the app is closing: its last screen is already gone
            return
        self.follow(screen, bumped)

    def follow(self, screen, bumped: bool) -> None:
        """Reload ``screen`` if it has not seen the latest generation of changes."""
        reload = getattr(screen, "reload_from_store", None)
        if reload is None:
            return
        seen = getattr(screen, "_live_generation", None)
        screen._live_generation = self.generation
        if seen is None and not bumped:
            return  # a screen new since the last look read the file when it opened
        if seen == self.generation:
            return
        try:
            reload()
        except FileBusy:
            screen._live_generation = _AGAIN  # another program writes right now: on the next tick
        except STORAGE_FAILURES as error:
            # Outside every handler's boundary (a timer): said in German like any storage
            # failure, the app keeps running and the screen keeps what it showed.
            self.app.say_storage_failure(error)
        except UserError as error:
            self.app.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)

    def _say_replaced(self, path) -> None:
        if not self._warned:
            self._warned = True
            self.app.notify(L.FILE_REPLACED.format(path=path), title=L.FILE_REPLACED_TITLE,
                            severity="error", timeout=30, markup=False)


def refill(options: OptionList, items: list[Option]) -> None:
    """New options, the highlight kept on the same id (or the same place) when possible."""
    current = options.highlighted
    keep = options.get_option_at_index(current).id if current is not None else None
    options.clear_options()
    options.add_options(items)
    ids = [o.id for o in items]
    if keep in ids:
        options.highlighted = ids.index(keep)
    elif items and current is not None:
        options.highlighted = min(current, len(items) - 1)
