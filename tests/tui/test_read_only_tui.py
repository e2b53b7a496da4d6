"""A write-protected file in the TUI: banner, reading works, every write says why (issue 11).

And the Beamer, a read-only process: it creates no side files, and still
follows a moderator who starts writing after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from steuerung.paths import Paths
from steuerung.store.db import open_db
from steuerung.store.interchange import load
from steuerung.store.repo import Store
from steuerung.store.votes import VoteSession
from steuerung.tui.app import make_app
from steuerung.tui.beamer import make_beamer_app
from steuerung.tui.screens.overview import OverviewScreen
from tests.conftest import DEMO_JSON, fixed_now
from tests.readonly import snapshot, write_protected
from tests.tui.test_beamer import ranking_lines
from tests.tui.walk import screen_lines

READ_ONLY = "schreibgeschützt"


@pytest.fixture
def home(tmp_path) -> Paths:
    paths = Paths(tmp_path / "home")
    load(DEMO_JSON.read_text(encoding="utf-8"), paths.demo_db)
    return paths


def _errors(app) -> dict[str, str]:
    """The error notifications still shown, by identity (an old one expires after 10 s)."""
    return {n.identity: n.message for n in app._notifications if n.severity == "error"}


async def _refused(app, pilot, *keys: str) -> None:
    """Press ``keys``; the write they end in is refused with the read-only message."""
    before = _errors(app)
    await pilot.press(*keys)
    await pilot.pause()
    new = [message for key, message in _errors(app).items() if key not in before]
    assert len(new) == 1, (keys, new)
    assert READ_ONLY in new[0] and "Nichts wurde gespeichert" in new[0]


async def test_a_write_protected_file_opens_read_only_and_every_kind_of_write_says_why(home):
    sessions = home.sessions
    before = snapshot(sessions)
    with write_protected(home.demo_db, sessions):
        app = make_app(None, home, fixed_now)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("enter")  # the demo on the start page
            await pilot.pause()
            assert isinstance(app.screen, OverviewScreen)
            assert READ_ONLY in screen_lines(app)[0]  # the banner
            assert any(READ_ONLY in n.message for n in app._notifications)
            assert "Integration im Rhein-Kreis Neuss" in "\n".join(screen_lines(app))
            # A dialog's answer, and a line typed into the entry field.
            await pilot.press("v")
            await _refused(app, pilot, "c", "j")
            await _refused(app, pilot, "a", *"Wohnen", "enter")
            await pilot.press("escape", "escape")
            # A form's submit (the dialog's queue): the form stays open with what was typed.
            await pilot.press("g")
            await _refused(app, pilot, "a", *"Bericht", "enter")
            assert "Bericht" in "\n".join(screen_lines(app))
            await pilot.press("escape", "j", "escape")  # Esc on a changed form asks (issue 12)
            # A key's own action (the app's queue), the goal form, the Sachstand's freeze.
            await pilot.press("z")
            await _refused(app, pilot, "p")
            await _refused(app, pilot, "e", "enter", "enter", "enter")
            await pilot.press("escape", "escape", "s")
            await _refused(app, pilot, "z", "enter")
            # Reading goes on: every area opens.
            for key, area in (("escape", "OverviewScreen"), ("d", "ExportScreen")):
                await pilot.press(key)
                await pilot.pause()
                assert type(app.screen).__name__ == area
            # The screens of issues 13 and 18: a key in the Gliederung, forms in the
            # Monitoring and the Masterplan.
            await _refused(app, pilot, "g", "down", "down", "space")
            await pilot.press("escape", "escape", "m")
            await _refused(app, pilot, "n", *"Quote", "ctrl+s")
            await pilot.press("escape", "j", "p")
            await _refused(app, pilot, "n", *"Bericht", "ctrl+s")
            assert type(app.screen).__name__ == "FormScreen"  # open, with what was typed
    assert snapshot(sessions) == before  # not a byte written, no side file


async def test_the_beamer_creates_no_side_files_and_follows_a_later_writer(tmp_path):
    folder = tmp_path / "workshop"
    db = folder / "neuss.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), db)
    reader = Store(open_db(db, readonly=True, follow=True), fixed_now)
    app = make_beamer_app(reader, 1, poll=0.05)
    writer = None
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.2)
            assert sorted(p.name for p in folder.iterdir()) == ["neuss.db"]
            writer = Store(open_db(db), fixed_now)  # the moderator starts now
            session = VoteSession(writer, 1)
            session.set_closed(False)
            session.add_dots(session.topics[1].id)  # Arbeit: 18
            await pilot.pause(0.5)
            assert ranking_lines(app)[1] == "2. Arbeit 18"
    finally:
        reader.close()
        if writer is not None:
            writer.close()  # the last one to close tidies up, as SQLite does
    assert sorted(p.name for p in folder.iterdir()) == ["neuss.db"]


def test_the_beamer_on_a_write_protected_medium(tmp_path):
    folder = tmp_path / "stick"
    db = folder / "neuss.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), db)
    with write_protected(db, folder):
        store = Store(open_db(db, readonly=True, follow=True), fixed_now)
        try:
            assert store.one("SELECT count(*) FROM dot")[0] > 0
        finally:
            store.close()
    assert sorted(p.name for p in Path(folder).iterdir()) == ["neuss.db"]
