"""Pilot tests of issue 12: recording minutes as a clerk writes them, and the form comfort.

A meeting is recorded by keys — a Markdown list in a note, an Abstimmung
"mehrheitlich", Termine under a TOP, a free attendance line — and the
exported Protokoll (Markdown, HTML) and the Dokumente preview show all four.
"""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual import events
from textual.widgets import OptionList, TextArea
from textual.widgets._select import SelectOverlay

from steuerung.store.db import create_db
from steuerung.store.meetings import load_meeting
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.screens.dialogs import ConfirmScreen
from steuerung.tui.screens.export import ExportScreen
from steuerung.tui.screens.forms import FormScreen
from steuerung.tui.screens.meeting import MeetingScreen
from steuerung.tui.screens.overview import OverviewScreen
from steuerung.tui.screens.start import StartScreen
from tests.conftest import fixed_now
from tests.meeting_data import COMMITTEE, build_muenster

NOTE = ("Wichtige Fragestellungen dabei sind:\n\n- Wer kann erreicht werden?\n"
        "- Wie hoch ist der *technische* Aufwand?\n\n<b>fett</b> und [/] und 1.200")


@pytest.fixture
def store(paths):
    store = Store(create_db(paths.sessions / "muenster.db"), fixed_now)
    store.insert("process", {"title": "Migrationsleitbild Münster", "body": "Stadt Münster"})
    yield store
    store.close()


async def _keys(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def _type(pilot, *fields: str) -> None:
    """Each text, then Enter; long texts are pasted (a Pilot key press costs ~60 ms)."""
    for text in fields:
        if len(text) > 12:
            pilot.app.focused.post_message(events.Paste(text))
            await pilot.pause()
        else:
            await pilot.press(*text)
        await pilot.press("enter")
        await pilot.pause()


def _warnings(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "warning"]


def _preview(app) -> str:
    console = Console(file=io.StringIO(), width=100, record=True, color_system=None)
    console.print(app.screen.query_one("#preview").content)
    return console.export_text()


async def test_record_a_meeting_and_read_its_protokoll(store, paths):
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g", "n")
        await _type(pilot, COMMITTEE, "Koordinationskreis", "")
        # the name in the genitive follows the name, by rule
        assert app.screen.values()["genitive"] == \
            "des Koordinationskreises zur Umsetzung des Migrationsleitbildes"
        await _type(pilot, "")
        await _keys(pilot, "s")
        await _type(pilot, "03.05.2011", "14:00", "16:00", "ESG, Breul 43 in Münster", "",
                    "Herr Köhnke", "Doris Dužević, Angelika Sommer und Andrea Reckfort",
                    "24.05.2011", "s. Anwesenheitsliste", "")
        assert isinstance(app.screen, MeetingScreen)
        mid = app.screen.meeting_id
        # a TOP with a Markdown list in its note
        await _keys(pilot, "2", "n")
        await _type(pilot, "Informations- und Wissensmanagement")  # Enter in the title saves
        await _keys(pilot, "enter", "tab")  # edit it again: to the notes
        app.focused.insert(NOTE)  # as pasted (a posted Paste event arrives twice in a Pilot)
        await _keys(pilot, "ctrl+s")
        # an Abstimmung "mehrheitlich", in the seed's words
        await _keys(pilot, "v", "enter", "down", "enter")  # open the list, one down: mehrheitlich
        await _keys(pilot, "tab", "tab", "tab", "tab")  # past Ja, Nein, Enthaltung
        await _type(pilot, "Eine Abstimmung ergab, dass der Koordinationskreis den Newsletter "
                           "mehrheitlich befürwortet.")
        # two Termine under the TOP; the one before the meeting is warned about, not refused
        await _keys(pilot, "d")
        assert app.screen.values()["top"] == "1"
        await _type(pilot, "Sommer 2010", "1. Monitoringbericht", "")
        assert "liegt vor der Sitzung am 03.05.2011" in _warnings(app)[-1]
        await _keys(pilot, "d")
        await _type(pilot, "Herbst 2011", "Fachveranstaltung Personalentwicklung", "")
        assert isinstance(app.screen, MeetingScreen)
        lines = app.screen.query_one("#meeting-rows").plain_lines
        assert any("Abstimmung: Eine Abstimmung ergab" in line for line in lines)
        assert any("Termin: Sommer 2010: 1. Monitoringbericht" in line for line in lines)
        view = load_meeting(store, mid)
        (item,) = view.agenda
        assert (item.blocks[0].kind, item.blocks[0].vote) == ("vote", "majority")
        assert [p.date_text for p in item.plans] == ["Sommer 2010", "Herbst 2011"]
        assert view.head.attendance_note == "s. Anwesenheitsliste"
        # the Dokumente screen: the preview shows the list as a list, raw HTML as text
        await _keys(pilot, "escape", "escape", "d")
        assert isinstance(app.screen, ExportScreen)
        options = app.screen.query_one(OptionList)
        index = next(i for i in range(options.option_count)
                     if options.get_option_at_index(i).id == f"minutes:{mid}")
        options.highlighted = index
        await pilot.pause()
        preview = _preview(app)
        assert "• Wer kann erreicht werden?" in preview
        assert "<b>fett</b> und [/] und 1.200" in preview
        assert "Teilnehmende: s. Anwesenheitsliste" in preview
        await _keys(pilot, "h")
    md = next(paths.exports.glob("*.md")).read_text(encoding="utf-8")
    html = next(paths.exports.glob("*.html")).read_text(encoding="utf-8")
    assert md.startswith("**Entwurf**\n\n# Protokoll der Sitzung des Koordinationskreises zur "
                         "Umsetzung des Migrationsleitbildes vom 03. Mai 2011\n")
    assert "- Teilnehmende: s. Anwesenheitsliste" in md
    assert "- Datum des Protokolls: 24.05.2011" in md
    section = md[md.index("## TOP 1 "):md.index("\n\nSitzungsleitung:\n")]
    assert section.split("\n\n")[1:] == [
        "Wichtige Fragestellungen dabei sind:",
        "- Wer kann erreicht werden?\n- Wie hoch ist der *technische* Aufwand?",
        "\\<b>fett\\</b> und [/] und 1.200",
        "**Abstimmung:** Eine Abstimmung ergab, dass der Koordinationskreis den Newsletter "
        "mehrheitlich befürwortet.",
        "- Sommer 2010: 1. Monitoringbericht\n- Herbst 2011: Fachveranstaltung "
        "Personalentwicklung"]
    assert "<li>Wer kann erreicht werden?</li>" in html
    assert "<em>technische</em>" in html
    assert "&lt;b&gt;fett&lt;/b&gt;" in html and "<b>fett" not in html
    assert "<li>Sommer 2010: 1. Monitoringbericht</li>" in html


async def test_a_decision_while_not_quorate_is_warned_about_and_kept(store, paths):
    m = build_muenster(store)
    for name in ("Frau Adam", "Herr Demir"):
        from steuerung.store import meetings

        meetings.set_attendance(store, m.meeting, m.members[name], "excused")
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g", "enter", "end", "enter", "2", "b")
        app.focused.insert("Der Newsletter wird eingeführt.")
        await _keys(pilot, "tab", "tab", "2", "ctrl+s")
        assert isinstance(app.screen, MeetingScreen)
        assert "nicht beschlussfähig (2 von 5, erforderlich 3)" in _warnings(app)[-1]
        texts = [r[0] for r in store.rows("SELECT text FROM resolution WHERE kind = "
                                          "'resolution'")]
        assert "Der Newsletter wird eingeführt." in texts


async def test_ctrl_home_and_ctrl_end_in_the_notes(store, paths):
    m = build_muenster(store)
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g", "enter", "end", "enter", "2", "enter", "tab")
        area = app.focused
        assert isinstance(area, TextArea)
        area.insert("erste Zeile\nzweite Zeile\ndritte Zeile")
        await _keys(pilot, "ctrl+home", "A", "ctrl+end", "Z")
        assert area.text == "Aerste Zeile\nzweite Zeile\ndritte ZeileZ"
        await _keys(pilot, "ctrl+shift+home")
        assert area.selected_text == area.text
        await _keys(pilot, "ctrl+end", "ctrl+s")
        assert store.get("agenda_item", m.items["1"])["notes"].endswith("dritte ZeileZ")


async def test_escape_asks_before_discarding_a_changed_form(store, paths):
    m = build_muenster(store)
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g", "enter", "end", "enter", "2", "enter")
        await _keys(pilot, "escape")  # unchanged: closes at once
        assert isinstance(app.screen, MeetingScreen)
        await _keys(pilot, "enter", "end", "!", "escape")
        assert isinstance(app.screen, ConfirmScreen)
        await _keys(pilot, "n")  # no: back in the form, nothing lost
        assert isinstance(app.screen, FormScreen)
        assert app.screen.values()["title"] == "Begrüßung!"
        await _keys(pilot, "escape", "j")
        assert isinstance(app.screen, MeetingScreen)
        assert store.get("agenda_item", m.items["1"])["title"] == "Begrüßung"


async def test_the_genitive_follows_the_name_until_it_is_edited(store, paths):
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "g", "n")
        await _type(pilot, "Kreistag des Rhein-Kreises Neuss", "Kreistag", "")
        assert app.screen.values()["genitive"] == "des Kreistages des Rhein-Kreises Neuss"
        await _keys(pilot, "end", "backspace", "backspace", "backspace", "backspace", "backspace")
        await _keys(pilot, "shift+tab", "shift+tab", "shift+tab", "end", "x")
        assert app.screen.values()["genitive"] == "des Kreistages des Rhein-Kreises "
        await _keys(pilot, "ctrl+s")
        assert tuple(store.one("SELECT name, genitive FROM committee")) == (
            "Kreistag des Rhein-Kreises Neussx", "des Kreistages des Rhein-Kreises")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_ergebnis_list_stays_inside_its_dialog(store, paths, size):
    build_muenster(store)
    app = make_app(store, paths, fixed_now)
    async with app.run_test(size=size) as pilot:
        await _keys(pilot, "g", "enter", "end", "enter", "2", "b", "tab", "tab", "tab", "tab", "tab")
        assert app.focused.id == "f-result"
        await _keys(pilot, "enter")
        overlay = app.screen.query_one("#f-result").query_one(SelectOverlay)
        dialog = app.screen.query_one(".dialog").content_region
        assert overlay.display and overlay.region.height >= 3
        assert dialog.contains_region(overlay.region), (overlay.region, dialog)
        field = app.screen.query_one("#f-result").region
        assert not overlay.region.overlaps(field)
        await _keys(pilot, "up", "enter")
        assert app.screen.values()["result"] != "-"


async def test_the_start_page_offers_the_muenster_example(paths):
    app = make_app(None, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, StartScreen)
        options = app.screen.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        options.highlighted = ids.index("::demo:muenster")
        await _keys(pilot, "enter")
        assert isinstance(app.screen, OverviewScreen)
        assert (paths.sessions / "muenster.db").exists()
        assert app.store.one("SELECT name FROM committee")[0] == COMMITTEE
        await _keys(pilot, "p")  # back to the start page: both examples still offered
        assert isinstance(app.screen, StartScreen)


async def test_escape_asks_in_the_goals_form_too(demo_store, paths):
    from steuerung.tui.screens.goals import GoalsScreen

    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z", "n", "escape")  # a new Handlungsfeld, nothing typed: gone
        assert isinstance(app.screen, GoalsScreen) and app.screen.editing is None
        await _keys(pilot, "n", "W", "escape")
        assert isinstance(app.screen, ConfirmScreen)
        assert "verwerfen?" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "n")
        assert app.screen.editing is not None and app.screen.form.values()["name"] == "W"
        await _keys(pilot, "escape", "j")
        assert app.screen.editing is None
        assert demo_store.one("SELECT count(*) FROM field WHERE name = 'W'")[0] == 0
