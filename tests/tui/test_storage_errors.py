"""Storage errors in the TUI become German messages; the app keeps running (issue 11, finding 2).

Real files and real SQLite errors: a second connection holding the write
lock (BEGIN IMMEDIATE), a connection switched to ``query_only`` and a file
made immutable behind the app's back, numbers beyond 64 bits, a crash.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest
from textual.screen import Screen

from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.tui import app as app_module
from steuerung.tui.app import SteuerungApp, make_app
from steuerung.tui.boundary import EXIT_CRASH, run
from steuerung.tui.screens.overview import OverviewScreen
from steuerung.tui.screens.vote import VoteScreen
from tests.conftest import fixed_now
from tests.tui.walk import screen_lines

BUSY = "wird gerade von einem anderen Programm beschrieben"


def _dots(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM dot").fetchone()[0]


def _messages(app, severity: str | None = None) -> list[str]:
    return [n.message for n in app._notifications if severity in (None, n.severity)]


@pytest.fixture
def app(demo_db, paths):
    store = Store(open_db(demo_db), fixed_now)
    yield make_app(store, paths, fixed_now)
    store.close()


@pytest.fixture
def other(demo_db):
    """Another program on the same file (an import, a second moderator)."""
    conn = sqlite3.connect(demo_db, isolation_level=None, check_same_thread=False)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


async def _open_vote(app, pilot) -> None:
    await pilot.press("v")
    await pilot.pause()
    assert isinstance(app.screen, VoteScreen)
    app.screen.session.set_closed(False)


async def test_a_busy_file_is_waited_for_with_a_visible_notice(app, other):
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _open_vote(app, pilot)
        before = _dots(other)
        other.execute("BEGIN IMMEDIATE")  # the other program writes, and writes …
        threading.Timer(1.0, other.execute, ("ROLLBACK",)).start()  # … for a second
        await pilot.press("1")  # handled once the file is free again
        await pilot.pause()
        assert any(BUSY in m for m in _messages(app, "warning"))
        assert "Bitte warten" in "\n".join(screen_lines(app))  # the notice is still up
        assert _dots(other) == before + 1  # the key was not lost
        assert app.screen.session.tallies[1] == 31
        assert any("Gespeichert" in m for m in _messages(app))
        assert _messages(app, "error") == []


async def test_a_file_that_stays_busy_says_so_and_writes_nothing(app, other):
    app.busy_wait = 1.0
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_vote(app, pilot)
        before = _dots(other)
        other.execute("BEGIN IMMEDIATE")
        await pilot.press("1")
        await pilot.pause(1.8)
        errors = _messages(app, "error")
        assert len(errors) == 1 and BUSY in errors[0] and "Nichts wurde gespeichert" in errors[0]
        other.execute("ROLLBACK")
        assert _dots(other) == before
        assert app.screen.session.tallies[1] == 30  # memory and file agree
        await pilot.press("1")  # the app is still there, and the next key works
        await pilot.pause()
        assert _dots(other) == before + 1


async def test_a_busy_file_while_a_form_is_saved(app, other):
    """The form's submit runs in the dialog's queue: waited for there, the form closes once saved."""
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Bericht")
        other.execute("BEGIN IMMEDIATE")
        await pilot.press("enter")
        await pilot.pause(0.5)
        # The form was answered while the file was busy: nothing yet, and a notice.
        assert any(BUSY in m for m in _messages(app, "warning"))
        other.execute("ROLLBACK")
        await pilot.pause(0.8)
        assert other.execute("SELECT count(*) FROM committee_task WHERE text = 'Bericht'"
                             ).fetchone()[0] == 1
        assert _messages(app, "error") == []


async def test_a_connection_made_read_only_behind_the_apps_back(app, other):
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_vote(app, pilot)
        before = _dots(other)
        app.store.conn.execute("PRAGMA query_only = ON")  # SQLite refuses every write now
        await pilot.press("1")
        await pilot.pause()
        errors = _messages(app, "error")
        assert len(errors) == 1 and "schreibgeschützt" in errors[0]
        assert "Nichts wurde gespeichert" in errors[0]
        assert "schreibgeschützt" in screen_lines(app)[0]  # the banner in the title line
        assert _dots(other) == before
        assert app.screen.session.tallies[1] == 30
        await pilot.press("2")  # refused at once now, with the same message
        await pilot.pause()
        assert _dots(other) == before
        await pilot.press("escape")  # the app keeps running: back to the Übersicht
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)


def _chattr() -> bool:
    return shutil.which("chattr") is not None


@pytest.mark.skipif(not _chattr(), reason="chattr is needed to make a file immutable")
async def test_a_file_made_immutable_behind_the_apps_back(app, demo_db, other):
    """What a medium turning read-only does: the next write fails in SQLite with an I/O error."""
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_vote(app, pilot)
        before = _dots(other)
        wal = demo_db.with_name(demo_db.name + "-wal")
        done = subprocess.run(["chattr", "+i", str(demo_db), str(wal)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"chattr +i not allowed here: {done.stderr!r}")
        try:
            await pilot.press("1")
            await pilot.pause()
            errors = _messages(app, "error")
            assert len(errors) == 1 and "Nichts wurde gespeichert" in errors[0]
            assert "Datenträger" in errors[0] or "schreibgeschützt" in errors[0]
            assert app.screen.session.tallies[1] == 30
        finally:
            subprocess.run(["chattr", "-i", str(demo_db), str(wal)], check=True)
        await pilot.press("1")  # writable again: the app goes on
        await pilot.pause()
        assert _dots(other) == before + 1


async def test_a_number_beyond_64_bits_is_refused_in_german(app, other):
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_vote(app, pilot)
        before = _dots(other)
        await pilot.press("enter")  # transcribe a count from the wall
        await pilot.pause()
        await pilot.press(*"99999999999999999999", "enter")
        await pilot.pause()
        # The tally dialog says it in German, inside the dialog, and stays open (issue 17).
        error = str(app.screen.query_one("#prompt-error").content)
        assert "ist zu groß" in error
        assert not any(word in error for word in ("Python", "int", "Overflow", "INTEGER"))
        assert _dots(other) == before
        await pilot.press("escape", "j")  # typed and not taken: asked, then closed
        await pilot.pause()
        assert isinstance(app.screen, VoteScreen)


async def test_a_tally_near_the_limit_opens_and_one_more_dot_is_refused(app, other):
    """A stored tally near 2**63 (another program wrote it): the vote opens, nothing crashes.

    The store reads tallies with ``total()`` (issue 11, part 2), so SQLite's
    sum does not overflow; one more dot is refused in German.
    """
    other.execute("INSERT INTO dot (vote_id, topic_id, delta) VALUES (1, 1, ?)", (2**63 - 1,))
    other.execute("UPDATE dot_vote SET state = 'open' WHERE id = 1")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, VoteScreen) and _messages(app, "error") == []
        await pilot.press("1")
        await pilot.pause()
        errors = _messages(app, "error")
        assert len(errors) == 1 and "mehr als 1.000.000 Punkte" in errors[0], errors
        assert not any(word in errors[0] for word in ("Python", "Overflow", "INTEGER"))
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("z")  # the app keeps running
        await pilot.pause()
        assert type(app.screen).__name__ == "GoalsScreen"


def test_an_overflow_in_sqlite_while_reading_is_a_german_message(demo_db):
    """SQLite's "integer overflow" (a sum beyond 64 bits) is said as "zu groß", not raised raw."""
    from steuerung.store.errors import ValueTooLarge

    store = Store(open_db(demo_db), fixed_now)
    try:
        with pytest.raises(ValueTooLarge, match="zu groß zum Speichern oder Zusammenzählen"):
            store.rows("SELECT sum(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)")
    finally:
        store.close()


class _Broken(Screen):
    def on_mount(self) -> None:
        raise RuntimeError("ein Programmfehler")


class _BrokenApp(SteuerungApp):
    CSS_PATH = str(Path(app_module.__file__).parent / "styles" / "app.tcss")

    def on_mount(self) -> None:
        self.push_screen(_Broken())


def test_a_crash_exits_non_zero_with_one_german_line_and_a_log(demo_db, paths, capsys):
    store = Store(open_db(demo_db), fixed_now)
    try:
        app = _BrokenApp(store, paths, fixed_now)
        assert run(app, headless=True) == EXIT_CRASH
    finally:
        store.close()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "unerwarteten Programmfehlers" in lines[0]
    log = app.crash_log
    assert str(log) in lines[0] and log.parent == paths.home / "logs"
    assert "RuntimeError: ein Programmfehler" in log.read_text(encoding="utf-8")


def test_every_screen_of_the_app_is_inside_the_error_boundary():
    """A new screen must derive from steuerung.tui.screens.base, or its handlers are unprotected."""
    from steuerung.tui.boundary import ScreenBoundary
    from tests.tui.test_user_text import _screens_of_the_app

    screens = _screens_of_the_app()
    assert len(screens) > 20
    assert sorted(cls.__name__ for cls in screens if not issubclass(cls, ScreenBoundary)) == []


async def test_ctrl_c_says_in_german_how_to_quit(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        notice = list(app._notifications)[-1]
        assert notice.title == "Beenden?"
        assert notice.message == "Strg+C beendet nicht; zum Beenden bitte q oder Strg+Q drücken."
        assert app.is_running


async def test_a_topic_number_typed_on_a_busy_file_lands_on_that_topic(app, other):
    """# 1 2 while another program writes: after the wait topic 12 gets the dot, not topic 2."""
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _open_vote(app, pilot)
        session = app.screen.session
        for n in range(len(session.topics) + 1, 13):
            session.add_topic(f"Thema {n}")
        app.screen.reload_from_store()
        await pilot.pause()
        twelve = session.topics[11].id
        other.execute("BEGIN IMMEDIATE")
        threading.Timer(1.0, other.execute, ("ROLLBACK",)).start()
        await pilot.press("number_sign", "1", "2")
        await pilot.pause(0.3)
        rows = other.execute("SELECT topic_id FROM dot ORDER BY id DESC LIMIT 1").fetchall()
        assert rows == [(twelve,)]
        assert _messages(app, "error") == []
