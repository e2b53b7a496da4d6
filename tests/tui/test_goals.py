"""Pilot tests of the Ziele screen: keys only, then the stored rows and the screen."""

from __future__ import annotations

import pytest
from textual import events
from textual.keys import _character_to_key

from steuerung.store.db import create_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.screens.goals import GoalsScreen
from steuerung.tui.screens.overview import OverviewScreen
from tests.conftest import fixed_now

# "Handlungsfeld Sprache" as in seed 004 (Rhein-Kreis Neuss), copied literally.
SPRACHE = [
    ("Jeder Zuwanderer lernt Deutsch.", []),
    ("Die Erstsprachen werden gefördert.", [
        ("Erfassung der Maßnahmen zur Förderung der Erstsprachen",
         ["Datenmaterial über die Erfassungen"], []),
        ("Öffentlichkeitsarbeit/Bekanntmachung der Maßnahmen",
         ["Im gesamten Kreisgebiet werden bis Ende 2011 mindestens 10 Infoveranstaltungen in "
          "Vereinen,... durchgeführt"], []),
    ]),
    ("Auch für Flüchtlinge wird die Möglichkeit zum Erwerb der deutschen Sprache geschaffen.", [
        ("Erfassung der Maßnahmen zum Erwerb der deutschen Sprache", [], []),
        ("Öffentlichkeitsarbeit/Bekanntmachung der Maßnahmen", [], []),
        ("Einrichtung niederschwelliger Kurse für bestimmte Zielgruppen",
         ["im gesamten Kreisgebiet werden mindestens drei niederschwellige Kurse angeboten"], []),
        ("Möglichkeit für Flüchtlinge schaffen, an den Integrationskursen teilzunehmen",
         ["Anzahl der Flüchtlinge steigt in den Integrationskursen"],
         ["Die Kommunen werden durch Anträge der Integrationsräte dazu bewegt, Gelder in den "
          "Haushalt einzuplanen (Ablauf: Integrationsrat, Sozialausschuss, Stadtrat) → Budget! "
          "(600 – 1.200 € + Fahrtkosten + Material pro Teilnehmer)",
          "Integrationskursträger und Flüchtlingsberatungsstellen kooperieren"]),
        ("Kinderbetreuung für Teilnehmer an den Integrationskursen sichern",
         ["Anzahl der Mütter mit U 3- Kindern steigt in den Integrationskursen"], []),
    ]),
]


@pytest.fixture
def empty_store(paths):
    store = Store(create_db(paths.sessions / "leer.db"), fixed_now)
    store.insert("process", {"title": "Integration im Rhein-Kreis Neuss"})
    yield store
    store.close()


def _send(pilot, key: str) -> None:
    """Hand one key event to the driver, as the terminal would."""
    char = key if len(key) == 1 else (" " if key == "space" else None)
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    event = events.Key(key, char)
    event.set_sender(pilot.app)
    pilot.app._driver.send_message(event)


async def _keys(pilot, *keys: str) -> None:
    """Press keys one by one, letting the app settle after each (screens and dialogs open).

    ``pilot.pause`` waits for the screen's queue and for idle — all that
    ``pilot.press`` waits for, without its extra ≈ 60 ms per key.
    """
    for key in keys:
        _send(pilot, key)
        await pilot.pause()


async def _type(pilot, text: str, *then: str) -> None:
    """Type ``text`` as key events through the driver, like a fast typist.

    ``pilot.press`` waits for idle after every key (≈ 60 ms each); the long
    seed texts are sent as the same events in one go, then the app settles
    until the text has arrived in the focused field.
    """
    app = pilot.app
    for char in text:
        _send(pilot, char)
    for _ in range(50):
        await pilot.pause()
        focused = app.screen.focused
        typed = getattr(focused, "value", None)
        typed = getattr(focused, "text", None) if typed is None else typed
        if not isinstance(typed, str) or typed.endswith(text.rstrip()):
            break
    await _keys(pilot, *then)


def _errors(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


def _tree_lines(app) -> list[str]:
    tree = app.screen.outline
    return [tree.get_node_at_line(i).label.plain for i in range(tree.last_line + 1)]


def _stored_outline(store) -> list:
    """The Sprache outline as stored, in the shape of SPRACHE."""
    outline = []
    for gid, number, text in store.rows("SELECT id, number, text FROM guiding_goal ORDER BY position"):
        assert number == len(outline) + 1
        annual = []
        for aid, atext in store.rows("SELECT id, text FROM annual_goal WHERE guiding_goal_id = ? "
                                     "ORDER BY position", (gid,)):
            indicators = [r[0] for r in store.rows(
                "SELECT name FROM indicator WHERE annual_goal_id = ? ORDER BY position", (aid,))]
            measures = [r[0] for r in store.rows(
                "SELECT text FROM measure WHERE annual_goal_id = ? ORDER BY position", (aid,))]
            annual.append((atext, indicators, measures))
        outline.append((text, annual))
    return outline


async def _new_annual(pilot, text: str, year: str = "", deadline: str = "") -> None:
    """The Jahresziel form is open: text, year, responsible, deadline, effect (the last saves)."""
    await _type(pilot, text, "enter")
    if year:
        await pilot.press(*year)  # the year field selects its default: typing replaces it
    await _keys(pilot, "enter", "enter")
    await _type(pilot, deadline, "enter", "enter")


async def _new_leaf(pilot, kind_index: int, text: str) -> None:
    """On a Jahresziel: u, pick Indikator (0) or Maßnahme (1), type, save with Strg+S."""
    await _keys(pilot, "u", *["down"] * kind_index, "enter")
    await _type(pilot, text, "ctrl+s")


async def test_build_handlungsfeld_sprache_by_keys(empty_store, paths):
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        assert isinstance(app.screen, GoalsScreen)
        await _keys(pilot, "n")
        await _type(pilot, "Sprache", "enter", "right", "enter", "enter")  # name, phase → Ziele
        await _keys(pilot, "u")
        await _type(pilot, SPRACHE[0][0], "enter")
        for text, _ in SPRACHE[1:]:
            await _keys(pilot, "n")
            await _type(pilot, text, "enter")
        # Leitziel 2: two Jahresziele with one indicator each
        await _keys(pilot, "up", "u")
        (first, [ind1], _), (second, [ind2], _) = SPRACHE[1][1]
        await _new_annual(pilot, first, year="2011")
        await _keys(pilot, "u", "enter")
        await _type(pilot, ind1, "enter", "right", "ctrl+s")  # kind: Meilenstein
        await _keys(pilot, "shift+left", "shift+left", "n")
        await _new_annual(pilot, second, deadline="Ende 2011")
        await _keys(pilot, "u", "enter")
        await _type(pilot, ind2, "enter", "enter")
        await _type(pilot, "Infoveranstaltungen", *["enter"] * 4)
        await _type(pilot, "0", "enter")
        await _type(pilot, "01.01.2011", "enter")
        await _type(pilot, "10", "enter")
        await _type(pilot, "Ende 2011", "ctrl+s")
        # Leitziel 3: five Jahresziele, three indicators, two measures
        await _keys(pilot, "shift+left", "shift+left", "shift+left", "left", "down", "u")
        for index, (text, indicators, measures) in enumerate(SPRACHE[2][1]):
            if index:
                await _keys(pilot, "n")
            await _new_annual(pilot, text)
            for name in indicators:
                await _new_leaf(pilot, 0, name)
                await _keys(pilot, "shift+left", "shift+left")
            for number, measure in enumerate(measures):
                if number == 0:
                    await _new_leaf(pilot, 1, measure)
                else:
                    await _keys(pilot, "n")
                    await _type(pilot, measure, "ctrl+s")
            if measures:
                await _keys(pilot, "shift+left", "shift+left")
        assert not _errors(app)
        lines = _tree_lines(app)
        assert any(line.startswith("Leitziel 3: Auch für Flüchtlinge") for line in lines)
        assert "2011 Kinderbetreuung für Teilnehmer an den Integrationskursen sichern" in lines
        assert "Leitziel 2: Die Erstsprachen werden gefördert." in lines  # collapsed on the way
        assert _stored_outline(empty_store) == [(text, annual) for text, annual in SPRACHE]
        field = empty_store.one("SELECT number, name, phase FROM field")
        assert tuple(field) == (1, "Sprache", "goals")
        assert {r[0] for r in empty_store.rows("SELECT year FROM annual_goal")} == {2011}
        indicator = dict(empty_store.one("SELECT * FROM indicator WHERE unit = 'Infoveranstaltungen'"))
        assert (indicator["kind"], indicator["baseline_value"], indicator["baseline_date"],
                indicator["target_value"], indicator["deadline_text"], indicator["deadline"],
                indicator["direction"]) == ("quantitative", 0, "2011-01-01", 10, "Ende 2011",
                                            "2011-12-31", "up")
        kinds = [r[0] for r in empty_store.rows("SELECT kind FROM indicator ORDER BY id")]
        assert kinds[0] == "milestone" and kinds[1:] == ["quantitative"] * 4
        assert empty_store.one("SELECT deadline FROM annual_goal WHERE deadline_text = 'Ende 2011'")[0] \
            == "2011-12-31"


async def test_z_opens_the_goals_and_escape_returns(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        lines = _tree_lines(app)
        assert lines[0] == "1 Bildung · Ziele"
        assert "Leitziel 2: Die Erstsprachen werden gefördert." in lines
        assert "12 Leitziele · 18 Jahresziele · 12 Indikatoren" in str(
            app.screen.query_one("#goals-status").content)
        await _keys(pilot, "escape")
        assert isinstance(app.screen, OverviewScreen)


async def _goto(pilot, key) -> None:
    """Walk the cursor up or down (by keys) until it stands on ``key``."""
    tree = pilot.app.screen.outline
    for _ in range(200):
        if tree.cursor_key == key:
            return
        await _keys(pilot, "up" if tree.nodes[key].line < tree.cursor_line else "down")
    raise AssertionError(f"{key} not reached")


def _question(app) -> str:
    return str(app.screen.query_one("#question").content)


def _log_count(store) -> int:
    return store.one("SELECT count(*) FROM change_log")[0]


async def test_move_renumbers_and_the_tree_follows(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("guiding_goal", 9))
        await _keys(pilot, "shift+up")
        rows = demo_store.rows("SELECT number, text FROM guiding_goal WHERE field_id = 3 "
                               "ORDER BY position")
        assert [(r[0], r[1][:16]) for r in rows] == [
            (1, "Jeder Zuwanderer"), (2, "Auch für Flüchtl"), (3, "Die Erstsprachen")]
        lines = _tree_lines(app)
        assert "Leitziel 3: Die Erstsprachen werden gefördert." in lines
        assert app.screen.outline.cursor_key == ("guiding_goal", 9)  # the cursor moved along
        await _keys(pilot, "shift+up", "shift+up")  # at the top: nothing happens
        assert demo_store.get("guiding_goal", 9)["number"] == 1
        await _keys(pilot, "shift+down")
        assert demo_store.get("guiding_goal", 9)["number"] == 2


async def test_delete_names_what_goes_with_it_and_removes_it_all(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("guiding_goal", 8))
        await _keys(pilot, "delete")
        question = _question(app)
        assert ("Löschen: Leitziel 2 mit 2 Jahreszielen, 2 Indikatoren, 2 Messwerten, "
                "1 Statusnotiz?") in question
        assert "„Die Erstsprachen werden gefördert.“" in question
        await _keys(pilot, "n")
        assert demo_store.one("SELECT count(*) FROM annual_goal WHERE guiding_goal_id = 8")[0] == 2
        log = _log_count(demo_store)
        await _keys(pilot, "delete", "j")
        for sql in ("SELECT count(*) FROM guiding_goal WHERE id = 8",
                    "SELECT count(*) FROM annual_goal WHERE id IN (8, 9)",
                    "SELECT count(*) FROM indicator WHERE id IN (5, 6)",
                    "SELECT count(*) FROM reading WHERE indicator_id = 6"):
            assert demo_store.one(sql)[0] == 0, sql
        deleted = demo_store.rows("SELECT table_name, row_id FROM change_log WHERE id > ? AND "
                                  "action = 'delete' ORDER BY id", (log,))
        assert [tuple(r) for r in deleted] == [("reading", 1), ("reading", 7), ("indicator", 5),
                                               ("indicator", 6), ("status_note", 2),
                                               ("annual_goal", 8), ("annual_goal", 9),
                                               ("guiding_goal", 8)]
        assert len({r[0] for r in demo_store.rows("SELECT at FROM change_log WHERE id > ?",
                                                  (log,))}) == 1
        assert demo_store.get("guiding_goal", 9)["number"] == 2  # Leitziel 3 became 2
        lines = _tree_lines(app)
        assert not any("Erstsprachen" in line for line in lines)
        assert "Leitziel 2: Auch für Flüchtlinge wird die Möglichkeit zum Erwerb der deutschen " \
               "Sprache geschaffen." in lines
        assert "Gelöscht: Leitziel 2 mit 2 Jahreszielen" in list(app._notifications)[-1].message


async def test_carry_over_into_the_next_year_and_filter_by_year(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("annual_goal", 9))
        await _keys(pilot, "k")
        assert "mit 1 Indikator ins Jahr 2012 übernehmen? Messwerte bleiben im Jahr 2011" in \
            _question(app)
        await _keys(pilot, "j")
        new = demo_store.one("SELECT id, year, deadline_text FROM annual_goal ORDER BY id DESC")
        assert tuple(new)[1:] == (2012, "Ende 2012")
        assert demo_store.one("SELECT count(*) FROM indicator WHERE annual_goal_id = ?",
                              (new[0],))[0] == 1
        assert demo_store.one("SELECT count(*) FROM reading")[0] == 10  # readings stay behind
        assert app.screen.outline.cursor_key == ("annual_goal", new[0])
        await _keys(pilot, "j", "end", "enter")  # the year list: alle Jahre, 2011, 2012
        lines = _tree_lines(app)
        assert "2012 Öffentlichkeitsarbeit/Bekanntmachung der Maßnahmen · bis Ende 2012" in lines
        assert not any(line.startswith("2011 ") for line in lines)
        assert "Jahresziele 2012" in str(app.screen.query_one("#goals-status").content)
        await _keys(pilot, "k", "j")  # carrying 2012 on again is fine, the same twice is not
        await _goto(pilot, ("annual_goal", new[0]))
        await _keys(pilot, "k", "j")
        assert "gibt es für 2013 unter diesem Leitziel schon" in _errors(app)[-1]


def _marked(node) -> list[str]:
    label = node.label
    return [label.plain[sp.start:sp.end] for sp in label.spans if "reverse" in str(sp.style)]


async def test_typing_on_keeps_the_lines_and_moves_the_highlight(demo_store, paths):
    """Same lines, new labels: the nodes stay, their labels are replaced in place."""
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z", "slash")
        await _type(pilot, "erstspr")
        tree = app.screen.outline
        lines, nodes = _tree_lines(app), dict(tree.nodes)
        assert _marked(nodes[("guiding_goal", 8)]) == ["Erstspr"]
        await _type(pilot, "achen")
        assert _tree_lines(app) == lines
        assert tree.nodes == nodes  # the very same nodes: not rebuilt
        assert _marked(tree.nodes[("guiding_goal", 8)]) == ["Erstsprachen"]
        assert _marked(tree.nodes[("annual_goal", 8)]) == ["Erstsprachen"]
        await _type(pilot, " werden")  # fewer matches: the lines change, the tree is rebuilt
        assert tree.nodes.keys() == {("field", 3), ("guiding_goal", 8)}
        assert _marked(tree.nodes[("guiding_goal", 8)]) == ["Erstsprachen werden"]


async def test_text_filter_shows_matches_with_their_path(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z", "slash")
        await _type(pilot, "ERSTSPRACHEN")
        assert _tree_lines(app) == ["3 Sprache · Ziele",
                                    "Leitziel 2: Die Erstsprachen werden gefördert.",
                                    "2011 Erfassung der Maßnahmen zur Förderung der Erstsprachen"]
        assert str(app.screen.query_one("#filter-count").content) == "2 Treffer"
        assert _marked(app.screen.outline.nodes[("guiding_goal", 8)]) == ["Erstsprachen"]
        await _keys(pilot, "enter", "down")  # Enter: back to the tree, the filter stays
        assert app.screen.outline.cursor_key == ("guiding_goal", 8)
        await _keys(pilot, "escape")
        assert len(_tree_lines(app)) > 30
        assert isinstance(app.screen, GoalsScreen)


@pytest.mark.parametrize("kind_keys, typed, message", [
    (["u"], ["enter"], "Bitte den Text des Leitziels eingeben"),
    (["n"], ["ctrl+s"], "Bitte einen Namen für das Handlungsfeld eingeben"),
])
async def test_empty_text_is_refused_and_nothing_written(demo_store, paths, kind_keys, typed,
                                                         message):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        log = _log_count(demo_store)
        await _keys(pilot, *kind_keys, *typed)
        assert message in _errors(app)[-1]
        assert _log_count(demo_store) == log
        assert app.screen.editing is not None  # the form stays open for a correction
        await _keys(pilot, "escape")
        assert app.screen.editing is None and isinstance(app.screen, GoalsScreen)


async def test_unreadable_deadline_is_refused_with_an_example(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("annual_goal", 8))
        await _keys(pilot, "e", "enter", "enter", "enter")
        await _type(pilot, "irgendwann")
        assert "⚠ nicht lesbar" in str(app.screen.query_one("#form-annual_goal .form-preview").content)
        await _keys(pilot, "ctrl+s")  # Enter would go on to "Wirkung der Maßnahmen"
        assert "Frist: „irgendwann“ ist kein lesbares Datum. Möglich sind z. B. 30.06.2011" in \
            _errors(app)[-1]
        assert demo_store.get("annual_goal", 8)["deadline_text"] is None
        await _keys(pilot, *["backspace"] * 10)
        await _type(pilot, "Herbst 2011")
        assert "→ 30.11.2011" in str(app.screen.query_one("#form-annual_goal .form-preview").content)
        await _keys(pilot, "enter", "enter")  # on to the effect, left empty; Enter there saves
        row = demo_store.get("annual_goal", 8)
        assert (row["deadline_text"], row["deadline"]) == ("Herbst 2011", "2011-11-30")
        assert "2011 Erfassung der Maßnahmen zur Förderung der Erstsprachen · bis Herbst 2011" in \
            _tree_lines(app)


async def test_indicator_deadline_before_baseline_and_the_maintain_question(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("annual_goal", 9))
        await _keys(pilot, "u", "enter")  # a new indicator
        await _type(pilot, "Zahl der Vereine mit Angeboten", *["enter"] * 6)
        await _type(pilot, "12", "enter")
        await _type(pilot, "31.12.2011", "enter")
        await _type(pilot, "12", "enter")
        await _type(pilot, "Juni 2011", "ctrl+s")
        assert "Die Frist 30.06.2011 liegt vor dem Stichtag des Ausgangswerts 31.12.2011" in \
            _errors(app)[-1]
        assert demo_store.one("SELECT count(*) FROM indicator")[0] == 12
        await _keys(pilot, *["backspace"] * 9)  # correct the deadline
        await _type(pilot, "Ende 2012", "ctrl+s")
        assert "„halten“ gemeint" in _question(app)
        await _keys(pilot, "n")
        assert demo_store.one("SELECT count(*) FROM indicator")[0] == 12
        assert app.screen.focused.id == "f-target_value"
        await _keys(pilot, "ctrl+s", "j")
        row = demo_store.one("SELECT * FROM indicator ORDER BY id DESC")
        assert (row["name"], row["baseline_value"], row["target_value"], row["direction"],
                row["deadline"]) == ("Zahl der Vereine mit Angeboten", 12, 12, "maintain",
                                     "2012-12-31")


async def test_phase_key_and_enter_on_a_leaf_edits(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("guiding_goal", 7))
        await _keys(pilot, "p")
        assert demo_store.get("field", 3)["phase"] == "analysis"
        assert "3 Sprache · Ist-Analyse" in _tree_lines(app)
        await _keys(pilot, "enter")  # Leitziel 1 has nothing below: Enter edits it
        assert app.screen.focused.id == "f-text"
        await _type(pilot, " Und Englisch.", "enter")
        assert demo_store.get("guiding_goal", 7)["text"] == "Jeder Zuwanderer lernt Deutsch. Und Englisch."
