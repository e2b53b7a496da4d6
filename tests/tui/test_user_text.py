"""User text is data, never markup (DESIGN §8; issue 11, finding 1).

Every free-text field of the model gets ``[/] [bold]x [Entwurf]
[link=https://x]y[/link] \\x1b[31m``; then every screen and dialog of the app
is opened and rendered, and ``steuerung status`` runs.  Nothing may crash,
the brackets must show literally where the screen shows the field, and no
control character may reach the terminal.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from textual.screen import Screen

import steuerung.tui
from steuerung.cli import main
from steuerung.paths import Paths
from steuerung.tui.app import make_app
from tests.conftest import fixed_now
from tests.tui.hostile import HOSTILE, SHOWN, SHOWN_START, build_full_process, hostile_copy, poison
from tests.tui.walk import Walk, walk_everything

#: A file name that is markup too (no "/" in a file name): the start page lists it.
FILE_NAME = "[Entwurf] [bold]x.db"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

#: What each stop of the walk must show literally (a field shown there, or its start).
EXPECTED = {
    "Startseite": "[Entwurf] [bold]x",
    "Übersicht": SHOWN,
    "Befehle": SHOWN_START,
    "Punktabfrage": SHOWN,
    "Schritt aus einem anderen Fenster": SHOWN_START,
    "Änderungsprotokoll": SHOWN_START,
    "Änderungsprotokoll gefiltert": "Filter „[/]“",
    "Änderungsprotokoll: ganzer Prozess": SHOWN_START,
    "Änderungsprotokoll: ein Eintrag": SHOWN_START,
    "Thema löschen": SHOWN,
    "Teilnehmende wählen": SHOWN,
    "Punktabfrage schließen": SHOWN,
    "Handlungsfelder anlegen": SHOWN,
    "Punktabfrage wählen": SHOWN,
    "Beamer-Ansicht": SHOWN_START,
    "Ziele: guiding_goal": SHOWN,
    "Ziele: annual_goal": SHOWN,
    "Jahresziel übernehmen": SHOWN_START,
    "Jahresziel löschen": SHOWN,
    "Jahresziel bearbeiten": SHOWN,
    "Filter": SHOWN_START,
    "Leitbild": SHOWN,
    "Leitbild löschen": SHOWN,
    "Strategiezirkel": SHOWN_START,
    "Sachstand": SHOWN_START,
    "Filter Handlungsfeld": SHOWN,
    "Filter verantwortlich": SHOWN,
    "Einzelheiten": SHOWN,
    "Messwert erfassen": SHOWN,
    "Messwert wählen": SHOWN,
    "Sachstandsnotiz": SHOWN_START,
    "eingefrorene Prüfung wählen": SHOWN,
    "eingefrorene Prüfung": SHOWN,
    "eingefrorene Einzelheiten": SHOWN,
    "Dokumente": SHOWN,
    "Gliederung": SHOWN_START,
    "Gliederung: Abschnitt": SHOWN_START,
    "Titel des Dokuments": SHOWN,
    "Abschnitt": SHOWN,
    "Abschnitt löschen": SHOWN,
    "Monitoring": SHOWN,
    "Kennzahl bearbeiten": SHOWN,
    "Vergleichsgruppe wählen": SHOWN,
    "Berichtsturnus": SHOWN,
    "Monitoring: was löschen": SHOWN_START,
    "Monitoring: Bevölkerung": SHOWN,
    "Bevölkerung wählen": SHOWN_START,
    "Masterplan": SHOWN,
    "Schritt bearbeiten": SHOWN,
    "Schritt löschen": SHOWN,
    "Unterschrift": SHOWN,
    "Vorlagen": SHOWN,
    "Vorlage löschen": SHOWN,
    "Vorlage": SHOWN,
    "Gremien": SHOWN,
    "Gremium bearbeiten": SHOWN,
    "Gremium löschen": SHOWN,
    "Sitz bearbeiten": SHOWN,
    "Mitglied eintragen": SHOWN,
    "Sitz löschen": SHOWN,
    "Mitgliedschaft bearbeiten": SHOWN,
    "Person bearbeiten": SHOWN,
    "Mitglied löschen": SHOWN,
    "Aufgabe des Gremiums": SHOWN,
    "Gremium Münster": SHOWN,
    "Sitzung": SHOWN,
    "vertreten durch": SHOWN,
    "Gast bearbeiten": SHOWN,
    "Gast löschen": SHOWN,
    "Tagesordnung": SHOWN,
    "TOP bearbeiten": SHOWN,
    "Beschluss": SHOWN_START,
    "Block bearbeiten": SHOWN,
    "Block löschen": SHOWN_START,
    "TOP löschen": SHOWN,
    "Aufgaben": SHOWN,
    "Aufgabe bearbeiten": SHOWN,
    "mit Jahresziel verknüpfen": SHOWN_START,
    "Aufgabe löschen": SHOWN,
    "Termine": SHOWN,
    "Termin bearbeiten": SHOWN,
    "Termin löschen": SHOWN,
}


@pytest.fixture(scope="module")
def full_process(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("full") / "voll.db"
    build_full_process(path)
    return path


@pytest.fixture
def hostile_home(full_process, tmp_path) -> Paths:
    paths = Paths(tmp_path / "home")
    db = hostile_copy(full_process, paths.sessions / FILE_NAME)
    poison(db, lambda table, column, row_id, old: f"{HOSTILE} {old or ''}".rstrip())
    return paths


def _screens_of_the_app() -> set[type[Screen]]:
    for info in pkgutil.walk_packages(steuerung.tui.__path__, "steuerung.tui."):
        importlib.import_module(info.name)
    found = set()
    for module_name, module in list(importlib.sys.modules.items()):
        if not module_name.startswith("steuerung.tui"):
            continue
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__.startswith("steuerung.tui"):
                found.add(cls)
    return found


def check_literal(where: str, text: str) -> None:
    assert not CONTROL.search(text), f"{where}: a control character reaches the terminal"
    expected = EXPECTED.get(where)
    if expected:
        assert expected in text, f"{where}: {expected!r} is not shown literally\n{text}"


async def test_hostile_text_shows_literally_on_every_screen(hostile_home):
    app = make_app(None, hostile_home, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        walk = Walk(pilot, check_literal)
        await walk_everything(walk)
    # Bases that are never shown themselves.
    abstract = {cls for cls in _screens_of_the_app()
                if cls.__name__ in ("SaveForm", "GuardedModal")
                or cls.__module__.endswith(".screens.base")}
    missing = _screens_of_the_app() - walk.seen - abstract
    assert {cls.__name__ for cls in missing} == set()


def test_status_shows_hostile_text_literally(hostile_home, capsys):
    db = hostile_home.sessions / FILE_NAME
    assert main(["status", str(db), "--stichtag", "31.12.2011"]) == 0
    out = capsys.readouterr().out
    assert SHOWN_START in out
    assert not CONTROL.search(out)


def test_log_shows_hostile_text_and_authors_literally(hostile_home, capsys):
    """steuerung log: values and the author's name as typed, no control character (issue 16)."""
    db = hostile_home.sessions / FILE_NAME
    assert main(["log", str(db), "--objekt", "[/]"]) == 0
    out = capsys.readouterr().out
    assert f"· {SHOWN} ·" in out  # the author poison() signed with
    assert SHOWN_START in out.split(" · ", 3)[3]
    assert not CONTROL.search(out)


def test_status_in_a_terminal_shows_hostile_text_literally(hostile_home):
    """The Rich table ``steuerung status`` prints to a terminal: cells are text, not markup."""
    import io
    from datetime import date

    from rich.console import Console

    from steuerung.status_text import status_table
    from steuerung.store.db import open_db
    from steuerung.store.repo import Store
    from steuerung.store.status import sachstand, worst_first

    store = Store(open_db(hostile_home.sessions / FILE_NAME, readonly=True), fixed_now)
    try:
        rows = worst_first(sachstand(store, 2011, date(2011, 12, 31)))
    finally:
        store.close()
    console = Console(file=io.StringIO(), width=600, color_system=None)
    console.print(status_table(rows, date(2011, 12, 31), f"Sachstand {HOSTILE}"))
    out = console.file.getvalue()
    assert f"Sachstand {SHOWN}" in out and SHOWN_START in out.split("\n", 3)[3]
    assert not CONTROL.search(out)


async def test_the_beamer_shows_hostile_text_literally(hostile_home):
    from steuerung.store.db import open_db
    from steuerung.store.repo import Store
    from steuerung.tui.beamer import make_beamer_app
    from tests.tui.walk import screen_lines

    store = Store(open_db(hostile_home.sessions / FILE_NAME, readonly=True), fixed_now)
    try:
        app = make_beamer_app(store, None)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            for where in ("Beamer", "Hilfe des Beamers"):
                text = "\n".join(screen_lines(app))
                assert not CONTROL.search(text), where
                assert SHOWN_START in text or where != "Beamer", text
                await pilot.press("question_mark")
                await pilot.pause()
    finally:
        store.close()


def test_labels_hold_no_markup():
    """plain(L.X.format(name=user)) is only safe because no label is markup itself."""
    from rich.text import Text
    from textual.content import Content

    from steuerung import labels as L

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict | list | tuple):
            for item in (value.values() if isinstance(value, dict) else value):
                yield from strings(item)

    for name, value in vars(L).items():
        for text in strings(value):
            assert Text.from_markup(text).plain == text, name
            assert Content.from_markup(text).plain == text, name
