"""The TUI-wide error boundary, and what every app does with text (DESIGN §8).

Mixed into the apps (the main app and the Beamer) and, through
:mod:`.screens.base`, into every screen:

- A storage failure in any handler — a key's action, a form's submit, a
  dialog's answer, a timer — becomes a German message; the store has rolled
  the action back, and the app keeps running.  A busy file is waited for
  (up to ``busy_wait`` seconds, with a visible notice) and the action is
  then run again; a write-protected file switches the app to read-only.
- Anything else that escapes is a crash: the traceback goes to a log file,
  the app exits with a non-zero code and the CLI prints one German line.
- Messages and the title line are plain text: labels hold no markup, and a
  user's ``[/]`` in a title must not be read as such.

Textual has no public hook for an exception in a handler (its
``_handle_exception`` always ends the app), so the boundary wraps the two
places every handler is reached through: ``_dispatch_message`` of the app
and of each screen, and the callbacks given to ``push_screen``.  A handler
that does not fail pays one ``try`` (nothing on the dot-key path).
"""

from __future__ import annotations

import asyncio
import inspect
import sys
import tempfile
import time
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual import events
from textual.content import Content
from textual.css.query import NoMatches
from textual.notifications import Notification

from .. import labels as L
from ..domain.text import one_line, printable
from ..store.errors import STORAGE_FAILURES, FileBusy, FileReadOnly, storage_error

#: Seconds between two attempts while another program holds the write lock.
RETRY_EVERY = 0.2
#: A statement waits this long for the lock before the boundary takes over (and shows why).
PATIENCE_MS = 250
#: The exit code after a crash (1: ``check`` found damage, 2: a wrong input).
EXIT_CRASH = 3


def run(app, headless: bool = False) -> int:
    """Run ``app`` to its end; after a crash print its one German line and return ``EXIT_CRASH``."""
    app.run(headless=headless)
    if app.crash_message:
        print(app.crash_message, file=sys.stderr)
        return EXIT_CRASH
    return app.return_code or 0


class AppBoundary:
    """Mixed into an ``App`` before it (``class X(AppBoundary, App)``)."""

    #: Seconds a write waits for a busy file before it is given up.
    busy_wait: float = 5.0
    #: Where a crash's traceback is written (None: the system's temporary folder).
    crash_dir: Path | None = None
    #: After a crash: the German line and the log file (the CLI prints the line).
    crash_message: str | None = None
    crash_log: Path | None = None
    _busy_until: float | None = None
    _last_error: tuple[str, float] = ("", 0.0)

    # -- text --------------------------------------------------------------------------
    def notify(self, message: str, *, title: str = "", severity="information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every message is plain text, whatever a caller asks for."""
        super().notify(printable(str(message)), title=one_line(title), severity=severity,
                       timeout=timeout, markup=False)

    def format_title(self, title: str, sub_title: str) -> Content:
        # The sub-title is often a process's title: user text, shown without control characters.
        if not self.read_only:
            return super().format_title(one_line(title), one_line(sub_title))
        # The banner before the process's title: on a narrow screen the title is cut, not it.
        banner = Content.assemble(one_line(self.plain_title), "  ",
                                  (f" {L.READ_ONLY_BANNER} ", "bold reverse"))
        sub_title = one_line(sub_title)
        return Content.assemble(banner, (" — ", "dim"), (sub_title, "dim")) if sub_title else banner

    @property
    def plain_title(self) -> str:
        """The app's name, and the person at the keyboard when the app knows (issue 16)."""
        author = getattr(self, "author", None)
        return L.APP_TITLE_AUTHOR.format(author=author) if author else L.APP_TITLE

    @property
    def read_only(self) -> bool:
        store = getattr(self, "store", None)
        return bool(store is not None and store.readonly)

    def show_read_only(self) -> None:
        """Put the banner "schreibgeschützt" into the title line (or take it out)."""
        title = self.plain_title
        self.title = L.APP_TITLE_READ_ONLY.format(title=title) if self.read_only else title

    def action_help_quit(self) -> None:
        """Strg+C: Textual's English hint, said in German (Textual binds Strg+C to this action)."""
        from .screens.help import key_name

        keys = [key_name(key) for key, active in self.active_bindings.items()
                if active.binding.action in ("quit", "app.quit")]
        keys = sorted(dict.fromkeys(keys), key=len)  # the app's own "q" before Textual's Strg+Q
        self.notify(L.QUIT_HINT.format(keys=" oder ".join(keys) or "q"), title=L.QUIT_TITLE)

    # -- storage failures ----------------------------------------------------------------
    async def _dispatch_message(self, message) -> None:
        try:
            await super()._dispatch_message(message)
        except STORAGE_FAILURES as exc:
            # Keys are handled here: wait in place, so that keys typed meanwhile keep their order.
            await self.storage_failed(exc, lambda: super(AppBoundary, self)._dispatch_message(
                message), wait_here=True)

    def push_screen(self, screen, callback=None, wait_for_dismiss=False, **kwargs):
        # A dialog's answer usually writes: its callback gets the same protection.
        if callback is not None:
            callback = self._guarded(callback)
        return super().push_screen(screen, callback, wait_for_dismiss, **kwargs)

    def _guarded(self, callback: Callable) -> Callable[..., Awaitable[None]]:
        async def run(*args) -> None:
            async def once() -> None:
                result = callback(*args)
                if inspect.isawaitable(result):
                    await result

            try:
                await once()
            except STORAGE_FAILURES as exc:
                await self.storage_failed(exc, once)

        return run

    async def storage_failed(self, exc: BaseException, retry: Callable[[], Awaitable],
                             wait_here: bool = False) -> None:
        """Say what went wrong; for a busy file wait and ``retry`` until ``busy_wait`` is over.

        ``wait_here`` waits inside the failing handler (the app's own queue);
        otherwise the next attempt is scheduled by a timer, so that the screen
        whose queue failed keeps drawing (and shows the notice).
        """
        error = self._forget_transaction(exc)
        if isinstance(error, FileBusy) and self._may_wait():
            store = getattr(self, "store", None)
            path = store.path if store is not None else None
            file = L.STORE_FILE.format(path=path) if path else L.STORE_FILE_UNKNOWN
            self._notify_now(Notification(
                L.STORE_BUSY_WAIT.format(file=file, seconds=f"{self.busy_wait:g}"),
                L.STORE_BUSY_TITLE, "warning", max(self._busy_until - time.monotonic(), 1.0),
                markup=False))
            if wait_here:
                await self._wait_and_retry(retry)
            else:
                self.set_timer(RETRY_EVERY, lambda: self._wait_and_retry(retry))
            return
        self._tell(error)

    async def _wait_and_retry(self, retry: Callable[[], Awaitable]) -> None:
        while True:
            await asyncio.sleep(RETRY_EVERY)
            try:
                await retry()
            except STORAGE_FAILURES as exc:
                error = self._forget_transaction(exc)
                if isinstance(error, FileBusy) and time.monotonic() < (self._busy_until or 0):
                    continue
                self._tell(error)
                return
            self._busy_until = None
            self.notify(L.STORE_BUSY_DONE, timeout=3)
            return

    def _notify_now(self, notification: Notification) -> None:
        # notify() goes through the app's own queue, which is busy waiting right now:
        # hand the notice to the screen's toast rack directly (what the app does later).
        self._notifications.add(notification)
        try:
            rack = self.screen.query_one("#textual-toastrack")
        except NoMatches:
            return  # a screen without notifications (tests): the notice is kept all the same
        rack.call_later(rack.show, self._notifications)

    def _may_wait(self) -> bool:
        """Start a wait, or join the running one; just after one gave up, fail at once."""
        now = time.monotonic()
        if self._busy_until is None or now > self._busy_until + 2.0:
            self._busy_until = now + self.busy_wait
        return now < self._busy_until

    def _forget_transaction(self, exc: BaseException):
        """The German error for ``exc``; a transaction left open is rolled back."""
        store = getattr(self, "store", None)
        if store is None:
            return storage_error(exc)
        store.abandon()
        return store.error(exc)

    def say_storage_failure(self, exc: BaseException) -> None:
        """Say ``exc`` where no handler's boundary is (the live poller's reload); no retry."""
        self._tell(self._forget_transaction(exc))

    def _tell(self, error) -> None:
        if isinstance(error, FileReadOnly) and not self.read_only:
            self.store.readonly = True
            self.show_read_only()
        last, when = self._last_error
        if isinstance(error, FileBusy) and error.message == last and time.monotonic() - when < 2.0:
            return  # the same message for keys typed while waiting: once is enough
        self._last_error = (error.message, time.monotonic())
        self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=10)

    # -- crashes -------------------------------------------------------------------------
    def _handle_exception(self, error: Exception) -> None:
        """A crash: the traceback into a log file, one German line for the CLI, exit code 3.

        A storage failure gets here only from where no handler's boundary is:
        building a screen (``compose``) or a widget's own handler.  It is said
        like any other, and the app keeps running: what failed stays empty.
        """
        if isinstance(error, STORAGE_FAILURES) and not self._exit_renderables:
            self._tell(self._forget_transaction(error))
            return
        self.crash_log = write_crash_log(error, self.crash_dir)
        self.crash_message = L.CRASH.format(log=self.crash_log)
        super()._handle_exception(error)
        self._exit_renderables.clear()  # Textual's traceback: in the log, not on the terminal


class ScreenBoundary:
    """Mixed into every screen (see :mod:`.screens.base`)."""

    async def _dispatch_message(self, message) -> None:
        try:
            await super()._dispatch_message(message)
        except STORAGE_FAILURES as exc:
            async def again() -> None:
                # The first attempt may have stopped the message and prevented its default
                # (a key the screen takes itself, as the Punktabfrage's 1–9 and #); Textual
                # would then skip every handler: the retry must see it as new.
                message.prevent_default(False)
                message.stop(False)
                await super(ScreenBoundary, self)._dispatch_message(message)

            # A key waits in place, as in the app: keys typed meanwhile keep their order.
            await self.app.storage_failed(exc, again, wait_here=isinstance(message, events.Key))


def write_crash_log(error: BaseException, directory: Path | None = None) -> Path:
    """Write ``error``'s traceback to a new log file; in the temporary folder if need be."""
    text = "".join(traceback.format_exception(error))
    for folder in (directory, Path(tempfile.gettempdir())):
        if folder is None:
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", prefix="steuerung-absturz-",
                                                 suffix=".log", dir=folder, delete=False)
            with handle:
                handle.write(text)
            return Path(handle.name)
        except OSError:
            continue
    return Path(tempfile.gettempdir())
