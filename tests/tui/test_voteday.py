"""Pilot tests of the moderator's day (issue 17 part B): each finding of the workshop walk."""

from __future__ import annotations

import re

import pytest
from textual import events

from steuerung.store.db import create_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.screens.vote import VoteScreen
from tests.conftest import fixed_now


@pytest.fixture
def empty_store(paths):
    path = paths.sessions / "leer.db"
    store = Store(create_db(path), fixed_now)
    store.insert("process", {"title": "Workshop Test"})
    yield store
    store.close()


async def _keys(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


@pytest.mark.parametrize("keys, cumulate, shown", [
    (["enter"], 1, "ja"),  # Enter on the box moves on and leaves it as it is
    (["space", "enter"], 0, "nein"),
    (["space", "space", "enter"], 1, "ja"),
])
async def test_enter_on_cumulate_moves_on_space_toggles(empty_store, paths, keys, cumulate,
                                                        shown):
    from steuerung.tui.screens.new_vote import NewVoteScreen, YesNoBox

    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "v", "n")
        await pilot.press(*"Workshop", "enter", *"20.09.2010", "enter")
        await pilot.pause()
        box = app.screen.query_one("#cumulate", YesNoBox)
        assert app.screen.focused is box
        for key in keys[:-1]:
            await _keys(pilot, key)
        assert isinstance(app.screen, NewVoteScreen)
        assert str(box.label) == shown  # on and off told apart by words
        assert box.render().plain.strip().startswith("▐X▌" if cumulate else "▐ ▌")
        await _keys(pilot, keys[-1])
        assert app.screen.focused is app.screen.query_one("#budget")
        assert box.value == bool(cumulate)
        await pilot.press(*"3", "enter")
        await pilot.pause()
        assert isinstance(app.screen, VoteScreen)
        row = empty_store.one("SELECT cumulate, dots_per_person FROM dot_vote")
        assert tuple(row) == (cumulate, 3)


@pytest.fixture
def workshop(paths):
    """14 topics, three persons with 5 dots each, cumulating off; no dots yet."""
    from tests.tui.vote_data import build_workshop

    store = Store(create_db(paths.sessions / "workshop.db"), fixed_now)
    build_workshop(store, dots=False)
    yield store
    store.close()


def _tallies(store) -> dict[int, int]:
    return dict(store.rows("SELECT t.position, coalesce(sum(d.delta), 0) FROM topic t "
                           "LEFT JOIN dot d ON d.topic_id = t.id GROUP BY t.id"))


def _topic_lines(app) -> list[str]:
    return app.screen.query_one("#topics").plain_lines


@pytest.mark.parametrize("keys, topic", [
    (["number_sign", "1", "2"], 12),  # at once: no topic 12x exists
    (["number_sign", "1", "enter"], 1),  # 1 alone waits (10–14 begin with 1): Enter
    (["number_sign", "7"], 7),
    (["number_sign", "1", "backspace", "1", "4"], 14),
    (["5"], 5),  # 1–9 as ever: at once
])
async def test_every_topic_has_a_quick_key(workshop, paths, keys, topic):
    app = make_app(workshop, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "v")
        await _keys(pilot, *keys)
        tallies = _tallies(workshop)
        assert tallies[topic] == 1 and sum(tallies.values()) == 1
        line = _topic_lines(app)[topic - 1]
        assert line.startswith(f"▶ {topic:>2} ")  # the number shown is the key; ▶ the cursor
        assert line.rstrip().endswith(" 1")
        assert "#12 Punkt für Thema 12" in str(app.screen.query_one("#vote-keys").content)


async def test_a_quick_key_without_topic_says_so_and_esc_leaves(workshop, paths):
    app = make_app(workshop, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "v", "number_sign", "1", "5")
        assert "Ein Thema 15 gibt es nicht (1–14)." in str(
            app.screen.query_one("#vote-keys").content)
        await _keys(pilot, "escape")
        assert app.screen.jump is None and isinstance(app.screen, VoteScreen)
        assert sum(_tallies(workshop).values()) == 0


async def test_undo_names_the_person_and_u_takes_back_only_theirs(workshop, paths):
    from steuerung.tui.screens.dialogs import ChooseScreen

    app = make_app(workshop, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v")

        async def person(index: int) -> None:
            await _keys(pilot, "t")
            assert isinstance(app.screen, ChooseScreen)
            await _keys(pilot, "home", *["down"] * index, "enter")

        await person(1)  # Anna Schmidt
        await _keys(pilot, "1", "2")
        await person(2)  # Bernd Yılmaz
        await _keys(pilot, "3")
        await person(1)  # Anna again: u takes back her last dot, not Bernd's later one
        await _keys(pilot, "u")
        notes = [n.message for n in app._notifications]
        assert "Rückgängig: +1 von Anna Schmidt bei „Arbeit“" in notes
        assert {k: v for k, v in _tallies(workshop).items() if v} == {1: 1, 3: 1}
        await _keys(pilot, "ctrl+z")  # the window's last step is Bernd's
        notes = [n.message for n in app._notifications]
        assert "Rückgängig: +1 von Bernd Yılmaz bei „Sprache“" in notes
        assert {k: v for k, v in _tallies(workshop).items() if v} == {1: 1}
        await person(0)  # ohne Person (Pinnwand): nothing of its own to take back
        await _keys(pilot, "u")
        assert ("Von der Pinnwand (ohne Person) gibt es in diesem Fenster nichts rückgängig zu "
                "machen.") in [n.message for n in app._notifications]
        assert {k: v for k, v in _tallies(workshop).items() if v} == {1: 1}
        status = str(app.screen.query_one("#vote-status").content)
        assert "Pinnwand: ohne Person, ohne Budget" in status and "Kumulieren aus" in status
        # u is offered: in the footer and in the help (F1)
        from steuerung.tui.widgets.bars import Footer

        assert "u Rückgängig (Person)" in app.screen.query_one(Footer).render().plain


async def test_undo_after_u_is_not_undone_twice_after_a_restart(workshop, paths):
    """A dot taken back from further down the stack leaves the replayed stack too."""
    from steuerung.store.votes import VoteSession

    session = VoteSession(workshop, 1)
    anna, bernd = list(session.participants)[:2]
    topics = [t.id for t in session.topics]
    session.participant_id = anna
    session.add_dots(topics[0])
    session.participant_id = bernd
    session.add_dots(topics[1])
    session.undo(person=anna)
    again = VoteSession(workshop, 1)  # as after a restart: replayed from the file
    assert [s.topic_id for s in again.done] == [topics[1]]
    again.undo(foreign=True)
    again.undo(foreign=True)  # nothing left: Anna's dot is not taken back a second time
    assert sum(_tallies(workshop).values()) == 0
    assert workshop.one("SELECT count(*) FROM dot")[0] == 4  # two dots, two reverts


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_long_name_keeps_the_points_column(workshop, paths, size):
    long_name = "Sehr langer Thementitel " * 9  # 216 characters
    workshop.update("topic", 2, {"name": long_name.strip()})
    app = make_app(workshop, paths, fixed_now)
    async with app.run_test(size=size) as pilot:
        await _keys(pilot, "v", "2", "2", "1")
        topics = app.screen.query_one("#topics")
        width = topics.content_size.width
        lines = _topic_lines(app)
        assert all(len(line) <= width for line in lines[:14])
        ends = {len(line.rstrip()) for line in lines[:14]}
        assert len(ends) == 1  # every tally ends in one column
        assert "…" in lines[1] and lines[1].rstrip().endswith(" 2")
        ranking = app.screen.query_one("#ranking")
        for line in ranking.plain_lines:
            assert len(line) <= ranking.content_size.width
        assert ranking.plain_lines[0].startswith(" 1. Sehr langer") and "█ 2" in \
            ranking.plain_lines[0]


async def test_status_line_is_not_covered_by_messages(workshop, paths):
    app = make_app(workshop, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "v", "t", "down", "enter", "1", "1")  # cumulating off: refused
        assert any("Kumulieren" in n.message for n in app._notifications)
        await pilot.pause()
        status = app.screen.query_one("#vote-status").region
        for toast in app.screen.query("Toast"):
            assert not toast.region.overlaps(status)
        assert "Anna Schmidt hat noch 4 von 5" in str(
            app.screen.query_one("#vote-status").content)
        assert "1 Punkt · 3 Personen" in str(app.screen.query_one("#vote-status").content)


def _beamer(store):
    from steuerung.tui.beamer import make_beamer_app

    return make_beamer_app(store, None)


@pytest.mark.parametrize("size, big", [((80, 24), 1), ((120, 40), 8), ((200, 50), 13)])
async def test_the_beamer_uses_the_space(paths, size, big):
    """Large figures (Digits) for the leading topics, rows that fill the window, a banner."""
    from textual.widgets import Digits

    from steuerung.store.db import open_db
    from steuerung.store.votes import VoteSession
    from tests.tui.vote_data import build_workshop

    path = paths.sessions / "workshop.db"
    writer = Store(create_db(path), fixed_now)
    build_workshop(writer)
    VoteSession(writer, 1).set_closed(True)
    reader = Store(open_db(path, readonly=True), fixed_now)
    try:
        app = _beamer(reader)
        async with app.run_test(size=size) as pilot:
            await pilot.pause(0.3)
            view = app.query_one("BeamerView")
            assert view.big == big
            figures = [d.value for d in app.query(Digits) if d.display and d.region.area]
            assert figures[:2] == ["3", "3"][:big]  # Bildung and Frühkindliche Bildung: 3 each
            lines = view.plain_lines()
            assert lines[0] == "Punktabfrage geschlossen – keine weiteren Punkte"
            assert sum(1 for line in lines if re.match(r"\d+\. ", line)) == 14  # every topic
            banner = app.query_one("#beamer-banner")
            assert banner.display and banner.region.width == view.content_region.width
            rows = [r for r in view.query("BigRow") if r.display]
            bottom = max(r.region.bottom for r in rows)
            if size == (200, 50):  # large rows down to the last lines: no empty half screen
                assert bottom >= view.content_region.bottom - 4
            for part in view.query("*"):
                if part.display and part.region.area:
                    assert view.region.contains_region(part.region), part
    finally:
        reader.close()
        writer.close()


async def test_the_in_app_beamer_says_how_to_leave(workshop, paths):
    from steuerung.tui.screens.beamer_screen import BeamerScreen

    app = make_app(workshop, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "v", "b")
        assert isinstance(app.screen, BeamerScreen)
        leave = app.screen.query_one("#beamer-leave")
        assert "b oder Esc: zurück zur Eingabe" in str(leave.content)
        assert leave.region.bottom == 24
        await _keys(pilot, "1")  # a dot given on the Beamer layout shows at once
        assert "1. Bildung  1" in app.screen.query_one("BeamerView").plain_lines()
        await _keys(pilot, "escape")
        assert isinstance(app.screen, VoteScreen)


async def test_the_vote_keys_are_in_the_help_and_the_footer(workshop, paths):
    from steuerung.tui.screens.help import HelpScreen
    from steuerung.tui.widgets.bars import Footer
    from tests.tui.helpers import shown

    app = make_app(workshop, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "v")
        footer = app.screen.query_one(Footer).render().plain
        # at 80 columns the most important keys, in this order, and F1 at the right
        assert footer.index("# Thema Nr.") < footer.index("+ +1") < footer.index(
            "Strg+Z Rückgängig") < footer.index("t Person")
        assert footer.rstrip().endswith("F1 Hilfe") and len(footer) <= 80
        await _keys(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        keys = shown(app, "#help-keys")
        for key, meaning in [("e", "Exportieren"), ("t", "Person"), ("n", "Neue Punktabfrage"),
                             ("r", "Umbenennen"), ("c", "Schließen/Öffnen"),
                             ("w", "Punktabfrage wechseln"), ("u", "Rückgängig (Person)"),
                             ("#", "Thema Nr.")]:
            assert re.search(rf"(^|\s){re.escape(key)}\s+{re.escape(meaning)}", keys, re.M), key


async def test_quick_keys_and_topics_typed_in_one_burst(empty_store, paths):
    """Keys that arrive together (a paste, a remote terminal) keep their order and letters."""
    app = make_app(empty_store, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "v")
        await pilot.press(*"Themenprioritäten")  # "n" is a key here, yet part of the title
        await pilot.pause()
        assert app.screen.query_one("#title").value == "Themenprioritäten"
        await pilot.press("enter", "enter", "enter", "enter")
        await pilot.pause()
        keys = []
        for n in range(1, 15):
            keys += [*f"Thema {n}", "enter"]
        await pilot.press(*keys, "escape")  # one burst: 14 topics, none glued together
        await pilot.pause()
        names = [r[0] for r in empty_store.rows("SELECT name FROM topic ORDER BY position")]
        assert names == [f"Thema {n}" for n in range(1, 15)]
        await pilot.press("number_sign", "1", "3", "number_sign", "1", "4", "5")
        await pilot.pause()
        assert {k: v for k, v in _tallies(empty_store).items() if v} == {13: 1, 14: 1, 5: 1}
        # As a terminal delivers a burst: every key posted before the first is handled.
        for key, char in [("3", "3"), ("number_sign", "#"), ("1", "1"), ("2", "2"), ("2", "2")]:
            app.post_message(events.Key(key, char))
        await pilot.pause(0.3)
        last = [r[0] for r in empty_store.rows(
            "SELECT t.position FROM dot d JOIN topic t ON t.id = d.topic_id ORDER BY d.id DESC "
            "LIMIT 3")]
        assert last == [2, 12, 3]


async def test_the_palette_offers_the_vote_keys(workshop, paths):
    """e, t, n, r, c, w, u and # are reachable by their German names in the palette (Strg+P)."""
    from textual.command import CommandInput, CommandList

    app = make_app(workshop, paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "v", "ctrl+p")

        async def hits(text: str) -> list[str]:
            app.screen.query_one(CommandInput).value = text
            for _ in range(60):
                await pilot.pause(0.05)
                if not app.screen.workers:
                    break
            return [str(getattr(o.prompt, "renderable", o.prompt))
                    for o in app.screen.query_one(CommandList).options]

        for word in ["Exportieren", "Person", "Neue Punktabfrage", "Umbenennen",
                     "Schließen/Öffnen", "Punktabfrage wechseln", "Rückgängig (Person)",
                     "Thema Nr."]:
            assert any(hit.startswith(word) for hit in await hits(word)), word
        await hits("Thema Nr.")
        await _keys(pilot, "enter", "1", "2")  # chosen in the palette: # and then the digits
        assert _tallies(workshop)[12] == 1
