"""A file whose values another program broke (issue 11, findings 5 and 6).

Written with plain ``sqlite3``: a 30 February, unknown codes, a broken vote
date, a text where a number belongs, a tally of 9223372036854775807.  ``check``
must name each with table, row and column; every read path must still work.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from steuerung.cli import main
from steuerung.export.commands import Request, export_document
from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.tui.app import make_app
from steuerung.tui.screens.goal_detail import GoalDetailScreen
from steuerung.tui.screens.goals import GoalsScreen
from steuerung.tui.screens.sachstand import SachstandScreen
from steuerung.tui.screens.vote import VoteScreen

BREAKAGE = [
    ("UPDATE annual_goal SET deadline = '2011-02-30' WHERE id = 6",
     "Tabelle annual_goal, Zeile Nr. 6, Spalte deadline: „2011-02-30“: diesen Tag gibt es nicht."),
    ("UPDATE indicator SET kind = 'xyz' WHERE id = 6", "Tabelle indicator, Zeile Nr. 6, Spalte kind"),
    ("UPDATE indicator SET direction = 'sideways' WHERE id = 7",
     "Spalte direction: „sideways“ ist kein bekannter Wert"),
    ("UPDATE indicator SET target_value = 1e300 WHERE id = 12", "Spalte target_value: „1 · 10^300“"),
    ("UPDATE dot_vote SET dates = 'kaputt'", "Tabelle dot_vote, Zeile Nr. 1, Spalte dates"),
    ("UPDATE reading SET value = 'abc' WHERE id = 2",
     "Tabelle reading, Zeile Nr. 2, Spalte value: eine Zahl erwartet"),
    ("INSERT INTO dot (vote_id, topic_id, delta) VALUES (1, 1, 9223372036854775807)",
     "Tabelle topic, Zeile Nr. 1: die Punkte ergeben zusammen 9.223.372.036.854.775.8"),
    ("UPDATE document_part SET part = 'kaputt' WHERE id = 3",
     "Tabelle document_part, Zeile Nr. 3, Spalte part"),
    ("UPDATE annual_goal SET deadline_text = 'Ende 2012' WHERE id = 9",
     "Spalte deadline_text: „Ende 2012“ ergibt den 31.12.2012, gespeichert ist aber deadline = "
     "31.12.2011"),
    # the Vorlage of issue 14
    ("UPDATE submission SET parts = 'composition,kaputt' WHERE id = 1",
     "Tabelle submission, Zeile Nr. 1, Spalte parts: Einen erzeugten Teil „kaputt“ gibt es nicht"),
    ("UPDATE submission SET stichtag = '2011-02-30' WHERE id = 1",
     "Tabelle submission, Zeile Nr. 1, Spalte stichtag: „2011-02-30“: diesen Tag gibt es nicht."),
    ("UPDATE submission SET budget_amount = -5 WHERE id = 1",
     "Tabelle submission, Zeile Nr. 1, Spalte budget_amount: Betrag: „−5“ geht nicht"),
    ("UPDATE submission SET financial_effects = 2, budget_year = 20120 WHERE id = 1",
     "Tabelle submission, Zeile Nr. 1, Spalte financial_effects"),
    # the change log of issue 16: a Bestand is a known action of the whole file
    ("UPDATE change_log SET action = 'kaputt' WHERE id = 1",
     "Tabelle change_log, Zeile Nr. 1, Spalte action: „kaputt“ ist kein bekannter Wert"),
    ("UPDATE change_log SET hash = 'xyz' WHERE id = 1",  # the chain's finding, not a model's
     "Änderungsprotokoll: Eintrag Nr. 1 wurde außerhalb der Anwendung verändert"),
    ("UPDATE change_log SET table_name = 'field' WHERE id = 1",
     "Tabelle change_log, Zeile Nr. 1, Spalte table_name: Ein Bestand"),
    ("UPDATE change_log SET table_name = 'nirgends' WHERE id = 1",
     "Tabelle change_log, Zeile Nr. 1, Spalte table_name: „nirgends“ ist keine Tabelle"),
]


def _break(path, statements) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()


@pytest.mark.parametrize("sql, problem", BREAKAGE)
def test_check_names_a_meaning_error_instead_of_in_ordnung(demo_db, capsys, sql, problem):
    _break(demo_db, [sql])
    assert main(["check", str(demo_db)]) == 1
    out = capsys.readouterr().out
    assert problem in out and "in Ordnung" not in out


def test_wrong_values_are_not_called_damage_and_are_counted_in_german(demo_db, capsys):
    """A meaning error: the file is readable, so "fehlerhafte Werte", never "beschädigt"."""
    _break(demo_db, [BREAKAGE[0][0]])
    assert main(["check", str(demo_db)]) == 1
    out = capsys.readouterr().out
    assert f"{demo_db}: fehlerhafte Werte (1 Problem);" in out
    assert "beschädigt" not in out and "Problem(e)" not in out
    _break(demo_db, [BREAKAGE[1][0]])
    assert main(["check", str(demo_db)]) == 1
    assert f"{demo_db}: fehlerhafte Werte (2 Probleme);" in capsys.readouterr().out


@pytest.mark.parametrize(("limit", "more"), [(1, "… und 1 weiteres Problem."),
                                             (0, "… und 2 weitere Probleme.")])
def test_problems_beyond_the_limit_are_counted_in_the_right_number(demo_db, limit, more):
    from steuerung.store.db import open_read_only
    from steuerung.store.process import meaning_problems

    _break(demo_db, [BREAKAGE[0][0], BREAKAGE[1][0]])
    conn = open_read_only(demo_db)
    try:
        listed, total = meaning_problems(conn, limit=limit)
    finally:
        conn.close()
    assert total == 2 and len(listed) == limit + 1 and listed[-1] == more


def test_the_healthy_demo_passes_check(demo_db, capsys):
    assert main(["check", str(demo_db)]) == 0
    assert "in Ordnung" in capsys.readouterr().out


def test_the_codes_and_fields_of_issue_14_are_accepted(demo_db, capsys):
    # Written through the app: check also compares every row with the change log (issue 16).
    store = Store(open_db(demo_db), lambda: datetime(2011, 12, 1, 9, 0))
    store.update("indicator", 7, {"direction": "maintain_max"})
    store.update("submission", 1, {"financial_effects": 1, "budget_year": 2012,
                                   "budget_amount": 12500.5, "parts": "",
                                   "stichtag": "2011-12-31"})
    store.close()
    assert main(["check", str(demo_db)]) == 0
    assert "in Ordnung" in capsys.readouterr().out


@pytest.fixture
def broken(demo_db):
    _break(demo_db, [sql for sql, _ in BREAKAGE] + ["UPDATE dot_vote SET state = 'open'"])
    return demo_db


def sept() -> datetime:
    return datetime(2011, 9, 30, 10, 0)


def test_documents_and_status_still_come_out(broken, tmp_path, capsys):
    assert main(["status", str(broken), "--stichtag", "30.09.2011"]) == 0
    assert "Sachstand 2011" in capsys.readouterr().out
    for kind in ("priorities", "workshop", "status", "submission", "minutes"):
        request = Request(tmp_path / kind, sept(), stichtag="30.09.2011")
        written = export_document(kind, broken, request)
        # A Vorlage opens with the Kommune's name above its title.
        assert written and "\n# " in "\n" + written[0].read_text(encoding="utf-8")


async def test_overview_sachstand_goals_and_vote_open_on_a_broken_file(broken, paths):
    app = make_app(Store(open_db(broken), sept), paths, sept)
    async with app.run_test(size=(120, 40)) as pilot:
        for key in ("s", "enter"):
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, GoalDetailScreen)
        for key in ("escape", "escape", "z"):
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
        for key in ("down", "right", "down", "escape", "escape", "v"):
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, VoteScreen)
        assert app.screen.session.tallies[1] > 1_000_000
        await pilot.press("1")  # one more dot would leave the bounds: refused in German
        await pilot.pause()
        assert any("mehr als 1.000.000 Punkte" in n.message for n in app._notifications)
        assert not isinstance(app.screen, SachstandScreen)


MONITORING_BREAKAGE = [
    ("UPDATE monitoring_value SET year = 3000 WHERE id = 1",
     "Tabelle monitoring_value, Zeile Nr. 1, Spalte year"),
    ("UPDATE monitoring_indicator SET level = 'galaktisch' WHERE id = 1",
     "Tabelle monitoring_indicator, Zeile Nr. 1, Spalte level"),
    ("UPDATE plan_step SET due_text = 'Ende 2012' WHERE id = 1",
     "Tabelle plan_step, Zeile Nr. 1, Spalte due_text"),
    ("UPDATE population SET as_of = '2012-02-30' WHERE id = 1",
     "Tabelle population, Zeile Nr. 1, Spalte as_of"),
]


@pytest.mark.parametrize("sql, problem", MONITORING_BREAKAGE)
def test_check_names_meaning_errors_in_the_monitoring_tables(tmp_path, capsys, sql, problem):
    path = tmp_path / "m.db"
    assert main(["demo", str(path), "--beispiel", "muenster"]) == 0
    _break(path, [sql])
    assert main(["check", str(path)]) == 1
    assert problem in capsys.readouterr().out
