"""The Beamer: a second, read-only process that shows a live dot vote large.

The moderator's process writes dots into the same SQLite file (WAL).  This
app never writes: it asks its own read-only connection for
``PRAGMA data_version`` every ``poll`` seconds (a timer, no thread, no busy
loop) and reloads the vote only when another connection has committed.
Started on a file nobody is writing, it reads it immutable (creating no
side files) and opens it anew once a writer appears or the file changes.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding

from .. import labels as L
from ..domain.errors import UserError
from ..domain.voting import persons, points
from ..store.db import file_state, open_db
from ..store.errors import StorageError
from ..store.repo import Store
from ..store.votes import VoteSession, newest_vote
from .boundary import AppBoundary, run
from .keys import shown_key
from .widgets.bars import Footer
from .widgets.beamer_view import BeamerView


def subtitle(session: VoteSession) -> str:
    """Dates · total dots · persons, for the header line ("1 Punkt", "3 Personen")."""
    people = len(session.participants)
    parts = [session.dates_text(), points(session.total),
             persons(people) if people else L.BEAMER_NO_PARTICIPANTS]
    return "  ·  ".join(p for p in parts if p)


class BeamerApp(AppBoundary, App):
    """Follows one vote (or, with ``vote_id`` None, whichever vote is newest)."""

    CSS_PATH = "styles/app.tcss"
    TITLE = f"{L.APP_TITLE} – {L.BEAMER_TITLE}"
    ENABLE_COMMAND_PALETTE = False
    CSS = "Screen:dark { background: #000000; }"
    BINDINGS = [
        Binding("q", "quit", L.KEY_QUIT),
        Binding("f1", "help", L.KEY_HELP, priority=True),
        Binding("question_mark", "help", L.KEY_HELP, show=False),
        Binding("ctrl+q", "quit", L.KEY_QUIT, show=False, priority=True),
    ]

    def __init__(self, store: Store, vote_id: int | None, poll: float = 0.2,
                 settings: Path | None = None):
        super().__init__()
        from .themes import install

        install(self, settings)  # the moderator's colour scheme, e.g. the high-contrast one
        self.store = store
        self.vote_id = vote_id
        self.poll = poll
        self.session: VoteSession | None = None
        self._data_version: int | None = None

    def compose(self) -> ComposeResult:
        yield BeamerView(id="beamer")
        yield Footer()

    def on_mount(self) -> None:
        self.check_for_changes()
        self.set_interval(self.poll, self.check_for_changes)

    def check_for_changes(self) -> None:
        """Reload when another connection has committed since the last look."""
        try:
            self._reopen_if_written()
            # Read before loading: a commit in between changes it again, so it is not missed.
            version = self.store.one("PRAGMA data_version")[0]
            if version != self._data_version:
                self._data_version = version
                self._load()
        except (sqlite3.Error, UserError, StorageError):
            self._data_version = None  # keep the picture; try again on the next tick

    def _reopen_if_written(self) -> None:
        """An immutable connection sees no later writes: open anew once the file changes."""
        conn = self.store.conn
        if not getattr(conn, "immutable", False) or conn.path is None:
            return
        state = file_state(conn.path)
        if state == conn.state:
            return
        new = open_db(conn.path, readonly=True, follow=True)
        self.store.conn = new  # the vote session keeps its store, now on the new connection
        conn.close()
        # Only a -wal appeared (a writer opened the file): nothing to reload yet.
        unchanged = state[:2] == conn.state[:2] and state[2] <= 0
        self._data_version = new.execute("PRAGMA data_version").fetchone()[0] if unchanged else None

    def _load(self) -> None:
        view = self.query_one(BeamerView)
        vote_id = self.vote_id if self.vote_id is not None else newest_vote(self.store)
        if vote_id is None:
            self.session = None
            view.show(L.BEAMER_TITLE, "", [], False, hint=L.BEAMER_NO_VOTE_YET)
            return
        try:
            if self.session is not None and self.session.vote_id == vote_id:
                self.session.refresh()
            else:
                self.session = VoteSession(self.store, vote_id)
        except UserError:
            self.session = None
            view.show(L.BEAMER_TITLE, "", [], False,
                      hint=L.BEAMER_VOTE_GONE.format(vote=vote_id))
            return
        session = self.session
        view.show(session.title, subtitle(session), session.ranking(), session.closed)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
        else:
            self.push_screen(HelpScreen(self.screen))

    def get_key_display(self, binding: Binding) -> str:
        return shown_key(binding)


def make_beamer_app(store: Store, vote_id: int | None, poll: float = 0.2,
                    settings: Path | None = None) -> BeamerApp:
    return BeamerApp(store, vote_id, poll, settings)


def check_vote(store: Store, vote_id: int | None, db: Path) -> None:
    """Refuse, in German, a file without votes or a vote number that does not exist."""
    numbers = [row[0] for row in store.rows("SELECT id FROM dot_vote ORDER BY position, id")]
    if not numbers:
        raise UserError(L.BEAMER_NO_VOTE.format(path=db))
    if vote_id is not None and vote_id not in numbers:
        raise UserError(L.BEAMER_VOTE_MISSING.format(
            vote=vote_id, path=db, numbers=", ".join(map(str, numbers))))


def run_beamer(db: Path, vote_id: int | None, settings: Path | None = None) -> int:
    """Open ``db`` read-only and show the vote until q; UserError for a wrong file or number.

    ``settings`` is the user's settings file: the Beamer starts in their colour scheme.
    """
    store = Store(open_db(db, readonly=True, follow=True), datetime.now)
    try:
        check_vote(store, vote_id, db)
        return run(make_beamer_app(store, vote_id, settings=settings))
    finally:
        store.close()
