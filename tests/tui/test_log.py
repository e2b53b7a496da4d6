"""The Änderungsprotokoll screen: ``i`` anywhere, the selection's history, filters, live."""

from __future__ import annotations

from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.log.screen import LogScreen
from steuerung.tui.screens.help import HelpScreen
from steuerung.tui.screens.vote import VoteScreen
from tests.conftest import fixed_now
from tests.tui.helpers import shown
from tests.tui.test_goals import _keys, _type
from tests.tui.test_live import _until


def _lines(app) -> list[str]:
    return app.screen.query_one("#log-rows").plain_lines


async def test_i_on_a_topic_shows_its_history_signed_by_the_author(demo_db, paths):
    store = Store(open_db(demo_db), fixed_now, "Andrea Reckfort")
    app = make_app(store, paths, fixed_now, "Andrea Reckfort")
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "v", "c", "j")  # reopen the closed vote
        await _keys(pilot, "down", "plus", "plus")
        await _keys(pilot, "i")
        assert isinstance(app.screen, LogScreen)
        assert "Änderungsprotokoll – Thema „Arbeit“" in shown(app, "#log-title")
        assert _lines(app) == [
            "21.11.2026 10:00 · Andrea Reckfort · Punkt für „Arbeit“: +1",
            "21.11.2026 10:00 · Andrea Reckfort · Punkt für „Arbeit“: +1",
            "20.09.2010 00:00 · Beispieldaten · Thema „Arbeit“: Bestand übernommen"]
        await _keys(pilot, "a")  # the whole process
        assert "Punktabfrage „Themenprioritäten Integrationsworkshop“: Status: geschlossen → " \
               "offen" in " ".join(line.strip() for line in _lines(app))
        await _keys(pilot, "escape")
        assert isinstance(app.screen, VoteScreen) and app.screen.selected == 1


async def test_the_whole_log_from_the_overview_with_filter_day_and_drill_down(demo_db, paths):
    store = Store(open_db(demo_db), fixed_now, "Bernd Berger")
    store.update("field", 1, {"name": "Bildung [und] Schule"})
    store.update("topic", 2, {"name": "Arbeit und Beruf"})
    app = make_app(store, paths, fixed_now, "Bernd Berger")
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "i")
        assert "Änderungsprotokoll – ganzer Prozess" in shown(app, "#log-title")
        assert len(_lines(app)) == 3
        await _keys(pilot, "slash")
        await _type(pilot, "[und]", "enter")
        assert _lines(app) == ["21.11.2026 10:00 · Bernd Berger · Handlungsfeld „Bildung [und] "
                               "Schule“: Name: „Bildung“ → „Bildung [und] Schule“"]
        await _keys(pilot, "escape")  # the filter goes
        assert len(_lines(app)) == 3
        await _keys(pilot, "s")
        await _type(pilot, "01.01.2026", "enter")
        assert len(_lines(app)) == 2 and "seit 01.01.2026" in shown(app, "#log-title")
        await _keys(pilot, "home", "enter")  # the newest line: the topic's own history
        assert "Thema „Arbeit und Beruf“" in shown(app, "#log-title")
        assert len(_lines(app)) == 2  # its change and the Bestand
        await _keys(pilot, "escape")
        assert "ganzer Prozess" in shown(app, "#log-title")


async def test_the_log_follows_another_process(demo_db, paths):
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "i")
        other = Store(open_db(demo_db), fixed_now, "Zweites Fenster")
        other.insert("recommendation", {"position": 11, "text": "Mehr Sprachkurse"})
        other.close()
        await _until(pilot, lambda: "Zweites Fenster" in _lines(app)[0])
        assert _lines(app)[0].endswith("Handlungsempfehlung „Mehr Sprachkurse“: angelegt")


async def test_the_history_key_is_listed_in_help_and_free_everywhere(demo_db, paths):
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "i  Änderungsprotokoll" in " ".join(shown(app, "#help-keys").split("\n")) \
            or any(line.split()[:2] == ["i", "Änderungsprotokoll"]
                   for line in shown(app, "#help-keys").splitlines())


async def test_markup_typed_into_the_log_filters_is_text(demo_db, paths):
    app = make_app(Store(open_db(demo_db), fixed_now), paths, fixed_now)
    async with app.run_test(size=(80, 24)) as pilot:
        await _keys(pilot, "i", "s")
        await _type(pilot, "[/] 1.200", "enter")
        said = [n for n in app._notifications if "„[/] 1.200“ ist kein genaues Datum" in n.message]
        assert said and not said[0].markup  # drawn as text: "[/]" as markup would crash the toast
        await _keys(pilot, "slash")
        await _type(pilot, "[bold]x[/]", "enter")
        assert "Filter „[bold]x[/]“" in shown(app, "#log-title")
        assert _lines(app) == ["Keine Einträge für diese Auswahl."]
