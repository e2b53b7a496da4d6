"""The Beamer: a read-only second process that follows the moderator's writes."""

from __future__ import annotations

import re
import sqlite3
import time

import pytest
from textual.app import App

from steuerung.cli import main
from steuerung.domain.errors import UserError
from steuerung.domain.voting import RankedTopic
from steuerung.store.db import create_db, open_db
from steuerung.store.repo import Store
from steuerung.store.votes import VoteSession, create_vote
from steuerung.tui.beamer import make_beamer_app, run_beamer
from steuerung.tui.screens.help import HelpScreen
from steuerung.tui.widgets.beamer_view import BeamerView
from tests.conftest import fixed_now
from tests.tui.helpers import shown


def beamer_text(app) -> str:
    """What the BeamerView shows, as plain text (its large figures as plain numbers)."""
    return "\n".join(app.query_one(BeamerView).plain_lines())


def ranking_lines(app) -> list[str]:
    """The drawn lines without bars and extra blanks: "3. Sprache 15 punktgleich"."""
    lines = (" ".join(re.sub("█+", " ", line).split()) for line in beamer_text(app).splitlines())
    return [line for line in lines if re.match(r"\d+\. ", line)]


@pytest.fixture
def reader(demo_db):
    store = Store(open_db(demo_db, readonly=True), fixed_now)
    yield store
    store.close()


@pytest.fixture
def writer(demo_db):
    """The moderator's process: a second, writable connection to the same file."""
    store = Store(open_db(demo_db), fixed_now)
    yield store
    store.close()


def _topic(store: Store, name: str) -> int:
    return store.one("SELECT id FROM topic WHERE name = ?", (name,))[0]


async def test_demo_ranking_with_ties(reader):
    app = make_beamer_app(reader, None)
    async with app.run_test(size=(120, 40)):
        assert ranking_lines(app) == [
            "1. Bildung 30", "2. Arbeit 17", "3. Sprache 15 punktgleich",
            "3. Partizipation 15 punktgleich", "4. Interkulturelle Öffnung 14 punktgleich",
            "4. Willkommenskultur 14 punktgleich"]
        banner, title, subtitle = beamer_text(app).splitlines()[:3]
        assert banner == "Punktabfrage geschlossen – keine weiteren Punkte"  # a banner
        assert "Themenprioritäten Integrationsworkshop" in title
        assert "20.09.2010, 05.11.2010, 06.11.2010, 05.04.2011" in subtitle
        assert "105 Punkte" in subtitle and "Teilnehmende nicht erfasst" in subtitle
        assert app.query_one("#beamer-banner").display


async def test_a_dot_from_the_moderator_appears_within_half_a_second(reader, writer):
    session = VoteSession(writer, 1)
    session.set_closed(False)
    app = make_beamer_app(reader, 1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "geschlossen" not in beamer_text(app).splitlines()[0]
        session.add_dots(_topic(writer, "Partizipation"))
        await pilot.pause(0.5)
        lines = ranking_lines(app)
        assert lines[2:4] == ["3. Partizipation 16", "4. Sprache 15"]
        assert "106 Punkte" in beamer_text(app)

        session.set_tally(_topic(writer, "Arbeit"), "30")
        await pilot.pause(0.5)
        assert ranking_lines(app)[:2] == ["1. Bildung 30 punktgleich", "1. Arbeit 30 punktgleich"]

        session.set_closed(True)
        await pilot.pause(0.5)
        assert "geschlossen" in beamer_text(app).splitlines()[0]
        assert app.query_one("#beamer-banner").display


async def test_reloads_only_when_the_file_changed(reader, writer, monkeypatch):
    app = make_beamer_app(reader, 1, poll=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        calls = []
        monkeypatch.setattr(app, "_load", lambda: calls.append(time.monotonic()))
        await pilot.pause(0.3)
        assert calls == []  # several polls, nothing committed, nothing reloaded
        writer.update("process", 1, {"title": "Neu"})
        await pilot.pause(0.3)
        assert len(calls) == 1


async def test_follows_a_new_vote_without_topics(reader, writer):
    app = make_beamer_app(reader, None)
    async with app.run_test(size=(120, 40)) as pilot:
        create_vote(writer, "Zweite Runde", "06.11.2010", "", True)
        await pilot.pause(0.5)
        text = beamer_text(app)
        assert text.startswith("Zweite Runde")
        assert "Noch keine Themen – die Moderation legt sie an." in text
        VoteSession(writer, 2).add_topic("Wohnen")
        await pilot.pause(0.5)
        assert ranking_lines(app) == ["1. Wohnen 0"]


async def test_a_fixed_vote_stays_when_another_is_created(reader, writer):
    app = make_beamer_app(reader, 1)
    async with app.run_test(size=(120, 40)) as pilot:
        create_vote(writer, "Zweite Runde", "", "", True)
        await pilot.pause(0.5)
        assert beamer_text(app).splitlines()[1] == "Themenprioritäten Integrationsworkshop"


def test_the_beamer_connection_cannot_write(reader):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.conn.execute("UPDATE dot_vote SET state = 'open'")


async def test_the_file_is_not_modified_by_the_beamer(demo_db):
    before = demo_db.read_bytes()
    store = Store(open_db(demo_db, readonly=True), fixed_now)
    app = make_beamer_app(store, None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        await pilot.press("question_mark", "escape", "q")
    store.close()
    assert demo_db.read_bytes() == before


async def test_help_and_quit(reader):
    app = make_beamer_app(reader, None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = shown(app, "#help-keys")
        assert "Beenden" in keys and "Hilfe" in keys
        await pilot.press("escape", "q")
    assert app.return_code == 0


def test_unknown_vote_number_is_refused(demo_db):
    with pytest.raises(UserError, match="Nr. 99 gibt es .* nicht. Vorhandene Nummern: 1"):
        run_beamer(demo_db, 99)


def test_a_file_without_votes_is_refused(tmp_path):
    path = tmp_path / "leer.db"
    create_db(path).close()
    with pytest.raises(UserError, match="noch keine Punktabfrage"):
        run_beamer(path, None)


def test_cli_exit_code_2_with_a_german_message(demo_db, capsys):
    assert main(["beamer", str(demo_db), "--vote", "99"]) == 2
    assert "Fehler: Eine Punktabfrage Nr. 99" in capsys.readouterr().err


class _ViewApp(App):
    def compose(self):
        yield BeamerView()


RANKING = [RankedTopic(1, 1, "Bildung", 30, False), RankedTopic(2, 2, "Arbeit", 17, False),
           RankedTopic(3, 3, "Sprache", 15, True), RankedTopic(3, 4, "Partizipation", 15, True),
           RankedTopic(4, 5, "Interkulturelle Öffnung", 14, True),
           RankedTopic(4, 6, "Willkommenskultur", 14, True)]


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 12), (40, 10)])
async def test_view_fits_its_size(size):
    app = _ViewApp()
    async with app.run_test(size=size) as pilot:
        view = app.query_one(BeamerView)
        view.show("Titel", "20.09.2010  ·  105 Punkte  ·  Teilnehmende nicht erfasst",
                  RANKING, closed=True)
        await pilot.pause()
        assert len(ranking_lines(app)) == 6
        for part in view.query("*"):  # nothing drawn outside the view
            if part.display and part.region.area:
                assert view.region.contains_region(part.region), part
        listing = view.query_one("#beamer-list")
        if listing.display:
            lines = [line.plain for line in listing.render().split()]
            assert len(lines) <= listing.size.height
            assert all(len(line.rstrip()) <= listing.size.width for line in lines)


async def test_view_with_many_topics_says_how_many_are_not_shown():
    app = _ViewApp()
    async with app.run_test(size=(80, 10)) as pilot:
        many = [RankedTopic(i, i, f"Thema {i}", 20 - i, False) for i in range(1, 20)]
        app.query_one(BeamerView).show("Titel", "", many, closed=False)
        await pilot.pause()
        text = beamer_text(app)
        assert "weitere Themen" in text
        assert len(text.splitlines()) <= app.query_one(BeamerView).size.height


def test_snapshot_of_the_demo(snap_compare, demo_db):
    store = Store(open_db(demo_db, readonly=True), fixed_now)
    try:
        assert snap_compare(make_beamer_app(store, None), terminal_size=(120, 40))
    finally:
        store.close()
