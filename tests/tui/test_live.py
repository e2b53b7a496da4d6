"""Live files: every screen follows another process's writes, keeping cursor and typed input."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime

import pytest
from textual.screen import ModalScreen, Screen

import steuerung.tui
from steuerung.domain.errors import UserError
from steuerung.store.db import open_db
from steuerung.store.interchange import load
from steuerung.store.repo import Store
from steuerung.store.votes import VoteSession
from steuerung.tui.app import make_app
from steuerung.tui.screens.sachstand import SachstandScreen
from steuerung.tui.screens.vote import VoteScreen
from tests.conftest import DEMO_JSON, fixed_now
from tests.tui.test_goals import _goto, _keys, _type


def sept() -> datetime:
    return datetime(2011, 9, 30, 10, 0)


async def _until(pilot, condition, seconds: float = 3.0) -> float:
    """Let the app run until ``condition()`` holds; returns how long it took."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > seconds:
            raise AssertionError("the screen did not follow in time")
        await pilot.pause(0.05)
    return time.monotonic() - start


def _screens():
    for info in pkgutil.walk_packages(steuerung.tui.__path__, "steuerung.tui."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if (inspect.isclass(obj) and issubclass(obj, Screen) and obj.__module__ == module.__name__
                    and not issubclass(obj, ModalScreen)):
                yield obj


@pytest.mark.parametrize("cls", list(_screens()), ids=lambda c: c.__name__)
def test_every_screen_follows_the_file_and_names_its_object(cls):
    """A new screen must say how it reloads (DESIGN §8 "Live files") and what ``i`` shows."""
    if cls.__name__ == "StartScreen":  # no process open: nothing to follow
        return
    if cls.__module__.endswith(".screens.base"):  # the error boundary's bases, never shown
        return
    assert callable(getattr(cls, "reload_from_store", None)), cls.__name__
    if not getattr(cls, "is_change_log", False):
        assert callable(getattr(cls, "audit_target", None)), cls.__name__


async def test_a_reading_imported_by_another_process_appears_on_the_sachstand(demo_db, paths,
                                                                              tmp_path):
    app = make_app(Store(open_db(demo_db), sept), paths, sept)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SachstandScreen)
        await pilot.press("down", "down")
        chosen = app.screen.rows[app.screen.selected].id
        # A counted indicator: a milestone's reading reads "erreicht", not its value.
        indicator = next(i for row in app.screen.rows for i in row.indicators
                         if i.kind == "quantitative")
        assert "4.321" not in "\n".join(app.screen.query_one("#status").plain_lines)
        csv = tmp_path / "werte.csv"
        csv.write_text(f"indikator;datum;wert;quelle;notiz\n{indicator.id};15.09.2011;4321;"
                       "Amt für Statistik;\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "steuerung", "--benutzer", "Statistikamt",
                               "import-readings", str(demo_db), str(csv)],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        took = await _until(pilot, lambda: any(
            "4321" in line or "4.321" in line
            for line in app.screen.query_one("#status").plain_lines))
        assert took < 1.5  # 0.5 s on a quiet machine; the suite shares two cores
        assert app.screen.rows[app.screen.selected].id == chosen  # the cursor stayed


async def test_a_form_being_typed_keeps_its_text_while_the_tree_follows(demo_db, paths):
    other = Store(open_db(demo_db), fixed_now, "Bernd")
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("field", 2))
        await _keys(pilot, "e")
        await _type(pilot, " und mehr")
        other.update("field", 1, {"name": "Bildung und Erziehung"})
        await _until(pilot, lambda: any(
            "Bildung und Erziehung" in str(node.label)
            for node in app.screen.outline.nodes.values()))
        typed = app.screen.form.values()
        assert any(str(v).endswith(" und mehr") for v in typed.values())
        assert app.screen.outline.cursor_key == ("field", 2)
        assert app.screen.editing is not None
    other.close()


async def test_the_vote_screen_follows_dots_from_another_window(demo_db, paths):
    other_store = Store(open_db(demo_db), fixed_now, "Bernd")
    other = VoteSession(other_store, 1)
    other.set_closed(False)
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, VoteScreen)
        await pilot.press("down", "down")
        screen.query_one("#topic-input").value = "Wohn"  # typed, not yet entered
        before = screen.session.total
        other.add_dots(other.topics[5].id, 3)
        await _until(pilot, lambda: screen.session.total == before + 3)
        assert screen.selected == 2 and screen.query_one("#topic-input").value == "Wohn"
        other.set_closed(True)
        await _until(pilot, lambda: screen.session.closed)
        await pilot.press("1")  # refused: closed in the other window
        await pilot.pause()
        assert screen.session.total == before + 3
    other_store.close()


async def test_a_replaced_file_is_noticed_and_nothing_is_written_into_it(demo_db, paths):
    store = Store(open_db(demo_db), fixed_now)
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        # A crude replacement, as a file manager or a backup tool would do it (``load``
        # itself refuses an open file): the old file is gone, a new one in its place.
        demo_db.rename(demo_db.with_suffix(".alt"))
        load(DEMO_JSON.read_text(encoding="utf-8"), demo_db)
        await _until(pilot, lambda: any("ersetzt" in n.message for n in app._notifications))
        with pytest.raises(UserError, match="ersetzt oder gelöscht"):
            store.insert("field", {"name": "Verloren", "phase": "goals"})
    fresh = open_db(demo_db)
    assert fresh.execute("SELECT count(*) FROM field WHERE name = 'Verloren'").fetchone()[0] == 0
    fresh.close()


async def test_a_storage_error_while_following_is_said_in_german_and_the_app_goes_on(demo_db,
                                                                                     paths):
    """Another program breaks the file under the shown screen: the reload's storage error goes
    through the error boundary (one German message), the app keeps running and follows again."""
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, VoteScreen)
        before = screen.session.total
        _raw(demo_db, "ALTER TABLE dot RENAME TO dot_woanders")
        await _until(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1 and errors[0].startswith(f"Die Datei „{demo_db}“ meldet einen "
                                                         "Fehler (Fehlercode SQLITE_ERROR)")
        assert app.is_running and app.screen is screen
        _raw(demo_db, "ALTER TABLE dot_woanders RENAME TO dot")
        other_store = Store(open_db(demo_db), fixed_now, "Bernd")
        other = VoteSession(other_store, 1)
        other.set_closed(False)
        other.add_dots(other.topics[0].id, 2)
        other_store.close()
        await _until(pilot, lambda: screen.session.total == before + 2)
        assert len([n for n in app._notifications if n.severity == "error"]) == 1


def _raw(path, sql: str) -> None:
    """A change behind the app's back, as plain sqlite3 would make it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(sql)
    conn.close()


async def test_the_header_names_the_author_also_when_read_only(demo_db, paths):
    app = make_app(Store(open_db(demo_db, readonly=True), fixed_now, "Andrea [/] Reckfort"),
                   paths, fixed_now, "Andrea [/] Reckfort")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        header = str(app.screen.query_one("HeaderTitle").render())
        assert "steuerung · Andrea [/] Reckfort   schreibgeschützt " in header


async def test_the_header_names_the_author(demo_db, paths):
    app = make_app(Store(open_db(demo_db), fixed_now, "Andrea [/] Reckfort"), paths, fixed_now,
                   "Andrea [/] Reckfort")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        header = app.screen.query_one("HeaderTitle")
        assert "steuerung · Andrea [/] Reckfort" in str(header.render())


async def test_idle_app_does_no_work_between_ticks(demo_db, paths):
    """One cheap look per tick and no reload while nothing changes."""
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    reloads = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        screen.reload_from_store = lambda: reloads.append(1)
        await asyncio.sleep(1.0)
        await pilot.pause()
        assert reloads == []
        other = Store(open_db(demo_db), fixed_now)
        other.insert("recommendation", {"position": 11, "text": "Mehr Sprachkurse"})
        other.close()
        await _until(pilot, lambda: reloads)
        await asyncio.sleep(0.6)
        assert reloads == [1]


# -- the screens of issues 13, 14 and 18 follow the file too -----------------------------------
async def test_the_monitoring_follows_a_value_entered_in_another_window(tmp_path, paths):
    from steuerung.tui.monitoring.screen import MonitoringScreen
    from tests.conftest import ROOT
    from tests.tui.helpers import shown

    path = tmp_path / "muenster.db"
    load((ROOT / "sessions" / "muenster.json").read_text(encoding="utf-8"), path)
    other = Store(open_db(path), fixed_now, "Statistikamt")
    app = make_app(Store(open_db(path), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "m")
        screen = app.screen
        assert isinstance(screen, MonitoringScreen)
        kennzahl = screen.kennzahl
        value = other.one("SELECT v.id FROM monitoring_value v JOIN monitoring_group g "
                          "ON g.id = v.group_id WHERE g.indicator_id = ? ORDER BY v.year DESC "
                          "LIMIT 1", (kennzahl.id,))[0]
        other.update("monitoring_value", value, {"value": 1234.5})
        other.update("monitoring_indicator", kennzahl.id, {"name": "Kennzahl [neu]"})
        await _until(pilot, lambda: "1.234,5" in shown(app, "#mon-detail"))
        assert screen.kennzahl.id == kennzahl.id  # the same Kennzahl stays selected
        assert "Kennzahl [neu]" in str(screen.query_one("#kennzahl-list").get_option(
            f"k:{kennzahl.id}").prompt)
        await _keys(pilot, "i")  # its history: the values of its groups included
        lines = " ".join(app.screen.query_one("#log-rows").plain_lines)
        assert "Statistikamt · Kennzahl „Kennzahl [neu]“: Name:" in lines
        assert "Statistikamt · Monitoringwert „Kennzahl [neu]“" in lines and "→ 1.234,5" in lines
    other.close()


async def test_the_masterplan_follows_and_keeps_its_step(tmp_path, paths):
    from steuerung.tui.monitoring.masterplan import MasterplanScreen
    from tests.conftest import ROOT

    path = tmp_path / "muenster.db"
    load((ROOT / "sessions" / "muenster.json").read_text(encoding="utf-8"), path)
    other = Store(open_db(path), fixed_now, "Bernd")
    app = make_app(Store(open_db(path), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "m", "p", "down", "down")
        screen = app.screen
        assert isinstance(screen, MasterplanScreen)
        chosen = screen.step.id
        other.update("plan_step", chosen, {"title": "Umbenannt im anderen Fenster"})
        await _until(pilot, lambda: screen.step.title == "Umbenannt im anderen Fenster")
        assert screen.step.id == chosen
        assert any("Umbenannt im anderen Fenster" in line
                   for line in screen.query_one("#plan-rows").plain_lines)
        assert screen.audit_target() == ("plan_step", chosen)
    other.close()


async def test_a_section_being_typed_keeps_its_text(demo_db, paths):
    from textual.widgets import TextArea

    from steuerung.store import outline
    from steuerung.tui.documents.section import SectionScreen

    other = Store(open_db(demo_db), fixed_now, "Bernd")
    section = next(p for p in outline.parts(other) if p.is_section and p.title)
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(SectionScreen(section))
        await pilot.pause()
        screen = app.screen
        outline.save_section(other, section.row_id, "Neu von Bernd", section.text)
        await _until(pilot, lambda: screen.values()[0] == "Neu von Bernd")  # untouched: follows
        await _keys(pilot, "ctrl+end")
        await _type(pilot, " 1.200 [/]")
        outline.save_section(other, section.row_id, "Noch einmal", "Anderer Text")
        await asyncio.sleep(0.6)
        await pilot.pause()
        assert screen.values()[1].endswith(" 1.200 [/]")  # typed here: never overwritten
        assert screen.query_one(TextArea).text != "Anderer Text"
        assert screen.audit_target() == ("document_part", section.row_id)
    other.close()


async def test_the_vorlage_form_follows_until_something_is_typed(demo_db, paths):
    from textual.widgets import Input

    from steuerung.tui.screens.submission_form import SubmissionForm

    other = Store(open_db(demo_db), fixed_now, "Bernd")
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "o", "enter")
        screen = app.screen
        assert isinstance(screen, SubmissionForm)
        other.update("submission", 1, {"clerk": "Frau Neu", "budget_amount": 1200.5})
        await _until(pilot, lambda: screen.query_one("#clerk", Input).value == "Frau Neu")
        assert screen.query_one("#budget_amount", Input).value == "1.200,5"
        assert screen.values() == screen.saved_values  # nothing to ask on Esc
        await _keys(pilot, "end")
        await _type(pilot, " [/]")  # typed into the Vorlagen-Nr.
        other.update("submission", 1, {"clerk": "Herr Später"})
        await asyncio.sleep(0.6)
        await pilot.pause()
        assert screen.query_one("#number", Input).value.endswith(" [/]")
        assert screen.query_one("#clerk", Input).value == "Frau Neu"
        assert screen.audit_target() == ("submission", 1)
    other.close()


async def test_a_change_before_the_first_look_is_still_followed(demo_db, paths):
    """The poller takes the file's version when the app starts, not at its first tick."""
    from tests.tui.helpers import shown

    other = Store(open_db(demo_db), fixed_now, "Bernd")
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        other.insert("recommendation", {"position": 11, "text": "Gleich nach dem Start"})
        await _until(pilot, lambda: "Gleich nach dem Start" in shown(app, "#recommendations"))
    other.close()


async def test_a_tick_while_the_app_closes_does_nothing(demo_db, paths):
    """The last screen is gone before the timer stops: a tick then must not raise (it did)."""
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test() as pilot:
        await pilot.pause()
        stack = list(app._screen_stack)
        app._screen_stack.clear()  # as in App._shut_down, before the timers end
        try:
            Store(open_db(demo_db), fixed_now).insert(
                "reading", {"indicator_id": 1, "date": "2011-09-30", "value": 5})
            app.live.tick()
        finally:
            app._screen_stack.extend(stack)
