"""The goal system's store on real SQLite files (the Neuss demo and empty processes)."""

from __future__ import annotations

import pytest

from steuerung.domain.errors import UserError
from steuerung.store import goals
from steuerung.store.db import create_db, open_db
from steuerung.store.goals import GoalModel, MaintainQuestion
from steuerung.store.repo import Store
from steuerung.store.vision import delete_vision, save_vision, visions
from tests.conftest import fixed_now


@pytest.fixture
def empty_store(tmp_path):
    store = Store(create_db(tmp_path / "leer.db"), fixed_now)
    store.insert("process", {"title": "Test"})
    yield store
    store.close()


def _id(store, sql, *args):
    return store.one(sql, args)[0]


def _log_count(store):
    return store.one("SELECT count(*) FROM change_log")[0]


def _numbers(store, field_name):
    return [tuple(r) for r in store.rows(
        "SELECT g.number, g.position, g.text FROM guiding_goal g JOIN field f ON f.id = g.field_id "
        "WHERE f.name = ? ORDER BY g.position", (field_name,))]


# -- reading -----------------------------------------------------------------------------------
def test_the_outline_loads_with_one_query_per_table(demo_store):
    statements = []
    demo_store.conn.set_trace_callback(statements.append)
    model = GoalModel(demo_store)
    demo_store.conn.set_trace_callback(None)
    assert len(statements) == 7  # six tables and the links of shared indicators
    assert not any("reading" in s for s in statements)  # 35,000 readings in the large process
    sprache = next(i for i in model.children_of(None) if i.text == "Sprache")
    guiding = model.children_of(sprache.key)
    assert [(g.number, g.text) for g in guiding] == [
        (1, "Jeder Zuwanderer lernt Deutsch."), (2, "Die Erstsprachen werden gefördert."),
        (3, "Auch für Flüchtlinge wird die Möglichkeit zum Erwerb der deutschen Sprache geschaffen.")]
    annual = model.children_of(guiding[1].key)
    assert [a.text for a in annual] == ["Erfassung der Maßnahmen zur Förderung der Erstsprachen",
                                        "Öffentlichkeitsarbeit/Bekanntmachung der Maßnahmen"]
    assert [i.text for i in model.children_of(annual[0].key)] == ["Datenmaterial über die Erfassungen"]
    assert model.ancestors(annual[0].key) == [guiding[1].key, sprache.key]
    assert model.years() == [2011]


@pytest.mark.parametrize("text, expected", [
    ("ÖFFENTLICHKEITSARBEIT", {("annual_goal", 9), ("annual_goal", 11)}),
    ("erstsprachen", {("guiding_goal", 8), ("annual_goal", 8)}),
    ("amt für statistik", {("consideration", 2)}),
    ("Jobcenter", {("measure", 4)}),
    ("U 3", {("indicator", 9)}),
    ("gibt es nicht", set()),
    ("   ", set()),
])
def test_search_finds_text_in_every_kind_ignoring_case(demo_store, text, expected):
    assert goals.search(demo_store, text) == expected


def test_visible_keeps_ancestors_and_honours_the_year(demo_store):
    model = GoalModel(demo_store)
    shown = model.visible(goals.search(demo_store, "Erstsprachen"))
    assert shown == {("guiding_goal", 8), ("annual_goal", 8), ("field", 3)}
    assert model.visible(goals.search(demo_store, "Erstsprachen"), year=2012) == {
        ("guiding_goal", 8), ("field", 3)}


# -- inserting and numbering -----------------------------------------------------------------
@pytest.mark.parametrize("kind, parent, values", [
    ("guiding_goal", ("field", 3), {"text": "Neues Leitziel"}),
    ("annual_goal", ("guiding_goal", 9), {"text": "Neues Jahresziel", "year": "2011"}),
    ("indicator", ("annual_goal", 12), {"name": "Neuer Indikator"}),
    ("measure", ("annual_goal", 15), {"text": "Neue Maßnahme"}),
    ("consideration", ("annual_goal", 3), {"text": "Neuer Hinweis"}),
    ("consideration", ("field", 3), {"text": "Hinweis zum Handlungsfeld"}),
])
def test_new_child_goes_last_and_new_sibling_right_after(demo_store, kind, parent, values):
    model = GoalModel(demo_store)
    before = [i.id for i in model.children_of(parent) if i.kind == kind]
    last = goals.save(demo_store, kind, values, parent=parent)
    first = goals.save(demo_store, kind, values, parent=parent,
                       after_id=before[0] if before else None)
    model.reload()
    after = [i.id for i in model.children_of(parent) if i.kind == kind]
    expected = [*before[:1], first, *before[1:], last] if before else [last, first]
    assert after == expected
    positions = [model.items[(kind, i)].position for i in after]
    assert positions == list(range(1, len(after) + 1))


def test_new_guiding_goal_after_the_first_renumbers_the_rest(demo_store):
    goals.save(demo_store, "guiding_goal", {"text": "Sprachkurse sind erreichbar."},
               parent=("field", 3), after_id=7)
    assert [n for n, _, _ in _numbers(demo_store, "Sprache")] == [1, 2, 3, 4]
    assert _numbers(demo_store, "Sprache")[1][2] == "Sprachkurse sind erreichbar."
    assert _numbers(demo_store, "Sprache")[3][2].startswith("Auch für Flüchtlinge")


def test_new_fields_are_numbered(empty_store):
    a = goals.save(empty_store, "field", {"name": "Bildung"})
    goals.save(empty_store, "field", {"name": "Sprache"})
    goals.save(empty_store, "field", {"name": "Arbeit"}, after_id=a)
    rows = empty_store.rows("SELECT number, name, phase FROM field ORDER BY position")
    assert [tuple(r) for r in rows] == [(1, "Bildung", "vision"), (2, "Arbeit", "vision"),
                                        (3, "Sprache", "vision")]


def test_edit_keeps_the_typed_deadline_and_stores_the_date(demo_store):
    goals.save(demo_store, "annual_goal", {"text": "Erfassung", "year": "2011",
                                           "deadline_text": "Herbst 2011"}, item_id=8)
    row = demo_store.get("annual_goal", 8)
    assert (row["text"], row["deadline_text"], row["deadline"]) == ("Erfassung", "Herbst 2011",
                                                                    "2011-11-30")


@pytest.mark.parametrize("kind, values, item_id", [
    ("guiding_goal", {"text": "  "}, 7),
    ("annual_goal", {"text": "x", "year": "2011", "deadline_text": "demnächst"}, 8),
    ("indicator", {"name": "x", "baseline_value": "0", "baseline_date": "01.01.2011",
                   "target_value": "10", "deadline_text": "Dezember 2010"}, 6),
    ("indicator", {"name": "x", "target_value": "viele"}, 6),
    ("measure", {"text": ""}, 14),
])
def test_refused_forms_write_nothing(demo_store, kind, values, item_id):
    before = (demo_store.get(kind, item_id), _log_count(demo_store))
    with pytest.raises(UserError):
        goals.save(demo_store, kind, values, item_id=item_id)
    with pytest.raises(UserError):
        goals.save(demo_store, kind, values, parent=("annual_goal", 9) if kind != "guiding_goal"
                   else ("field", 3))
    assert (demo_store.get(kind, item_id), _log_count(demo_store)) == before


def test_equal_target_asks_then_saves_maintain(demo_store):
    values = {"name": "Quote", "baseline_value": "12", "target_value": "12"}
    with pytest.raises(MaintainQuestion):
        goals.save(demo_store, "indicator", values, item_id=2)
    assert demo_store.get("indicator", 2)["target_value"] is None
    goals.save(demo_store, "indicator", values, item_id=2, maintain=True)
    row = demo_store.get("indicator", 2)
    assert (row["baseline_value"], row["target_value"], row["direction"]) == (12, 12, "maintain")


# -- moving ------------------------------------------------------------------------------------
def test_move_up_renumbers_in_one_transaction(demo_store):
    log = _log_count(demo_store)
    assert goals.move(demo_store, "guiding_goal", 9, -1)
    assert [(n, t[:20]) for n, _, t in _numbers(demo_store, "Sprache")] == [
        (1, "Jeder Zuwanderer ler"), (2, "Auch für Flüchtlinge"), (3, "Die Erstsprachen wer")]
    changed = demo_store.rows("SELECT table_name, row_id, at FROM change_log WHERE id > ?", (log,))
    assert sorted((r[0], r[1]) for r in changed) == [("guiding_goal", 8), ("guiding_goal", 9)]


@pytest.mark.parametrize("kind, item_id, step", [
    ("guiding_goal", 7, -1), ("guiding_goal", 9, 1), ("field", 1, -1), ("field", 4, 1),
    ("annual_goal", 10, -1), ("indicator", 6, 1)])
def test_move_at_the_end_does_nothing(demo_store, kind, item_id, step):
    log = _log_count(demo_store)
    assert not goals.move(demo_store, kind, item_id, step)
    assert _log_count(demo_store) == log


def test_annual_goals_move_among_their_own_year(demo_store):
    later = goals.carry_over(demo_store, 10)  # 2012 copy, last under Leitziel 9
    assert not goals.move(demo_store, "annual_goal", later, -1)  # no other 2012 goal above
    assert goals.move(demo_store, "annual_goal", 14, -1)
    order = [r[0] for r in demo_store.rows(
        "SELECT id FROM annual_goal WHERE guiding_goal_id = 9 ORDER BY position")]
    assert order == [10, 11, 12, 14, 13, later]


def test_fields_renumber_when_moved(demo_store):
    goals.move(demo_store, "field", 3, -1)
    rows = demo_store.rows("SELECT number, name FROM field ORDER BY position")
    assert [tuple(r) for r in rows][:3] == [(1, "Bildung"), (2, "Sprache"), (3, "Arbeit")]


# -- deleting ----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind, item_id, description", [
    ("guiding_goal", 8, "Leitziel 2 mit 2 Jahreszielen, 2 Indikatoren, 2 Messwerten, 1 Statusnotiz"),
    ("guiding_goal", 7, "Leitziel 1"),
    ("guiding_goal", 9, "Leitziel 3 mit 5 Jahreszielen, 3 Indikatoren, 2 Messwerten, 2 Maßnahmen"),
    ("field", 3, "Handlungsfeld 3 Sprache mit 3 Leitzielen, 7 Jahreszielen, 5 Indikatoren, "
                 "4 Messwerten, 2 Maßnahmen, 1 Statusnotiz"),
    ("annual_goal", 3, "Jahresziel 2011 mit 1 Indikator, 1 Maßnahme, 13 Hinweisen"),
    ("indicator", 6, "Indikator mit 2 Messwerten"),
    ("measure", 14, "Maßnahme"),
])
def test_delete_says_what_goes_with_it(demo_store, kind, item_id, description):
    assert goals.delete_plan(demo_store, kind, item_id).description == description


def test_delete_removes_everything_below_in_one_transaction(demo_store):
    log = _log_count(demo_store)
    plan = goals.delete(demo_store, "guiding_goal", 8)
    assert plan.text == "Die Erstsprachen werden gefördert."
    for table, sql in [("guiding_goal", "id = 8"), ("annual_goal", "guiding_goal_id = 8"),
                       ("indicator", "annual_goal_id IN (8, 9)"), ("reading", "indicator_id = 6")]:
        assert demo_store.one(f"SELECT count(*) FROM {table} WHERE {sql}")[0] == 0, table
    deleted = demo_store.rows("SELECT table_name, count(*) FROM change_log WHERE id > ? "
                              "AND action = 'delete' GROUP BY table_name", (log,))
    assert dict(deleted) == {"guiding_goal": 1, "annual_goal": 2, "indicator": 2, "reading": 2,
                             "status_note": 1}
    assert [n for n, _, _ in _numbers(demo_store, "Sprache")] == [1, 2]  # Leitziel 3 became 2
    assert demo_store.one("PRAGMA foreign_key_check") is None


def test_a_failing_delete_leaves_everything(demo_store, monkeypatch):
    log = _log_count(demo_store)
    calls = []
    original = demo_store.delete

    def delete_then_fail(table, row_id):
        calls.append(table)
        if len(calls) == 4:
            raise OSError("Strom weg")
        original(table, row_id)

    monkeypatch.setattr(demo_store, "delete", delete_then_fail)
    with pytest.raises(OSError):
        goals.delete(demo_store, "guiding_goal", 8)
    assert demo_store.one("SELECT count(*) FROM annual_goal WHERE guiding_goal_id = 8")[0] == 2
    assert demo_store.one("SELECT count(*) FROM reading")[0] == 10
    assert _log_count(demo_store) == log


def test_delete_cuts_links_of_tasks_and_topics_but_keeps_them(demo_store):
    task = demo_store.insert("task", {"what": "Bericht", "status": "open", "annual_goal_id": 9,
                                      "measure_id": None})
    demo_store.update("topic", _id(demo_store, "SELECT id FROM topic WHERE name = 'Sprache'"),
                      {"field_id": 3})
    plan = goals.delete(demo_store, "field", 3)
    assert (plan.tasks, len(plan.topics)) == ([task], 1)
    assert demo_store.get("task", task)["annual_goal_id"] is None
    assert demo_store.one("SELECT field_id FROM topic WHERE name = 'Sprache'")[0] is None
    assert [r[0] for r in demo_store.rows("SELECT number FROM field ORDER BY position")] == [1, 2, 3]


# -- carry-over --------------------------------------------------------------------------------
def test_carry_over_copies_indicators_and_measures_but_not_readings(demo_store):
    new = goals.carry_over(demo_store, 9)
    row = demo_store.get("annual_goal", new)
    assert (row["year"], row["text"], row["deadline_text"], row["deadline"]) == (
        2012, "Öffentlichkeitsarbeit/Bekanntmachung der Maßnahmen", "Ende 2012", "2012-12-31")
    old_ind = demo_store.get("indicator", 6)
    new_ind = dict(demo_store.one("SELECT * FROM indicator WHERE annual_goal_id = ?", (new,)))
    for column in ("name", "kind", "unit", "baseline_value", "baseline_date", "target_value"):
        assert new_ind[column] == old_ind[column]
    assert (new_ind["deadline_text"], new_ind["deadline"]) == ("Ende 2012", "2012-12-31")
    assert demo_store.one("SELECT count(*) FROM reading WHERE indicator_id = ?",
                          (new_ind["id"],))[0] == 0
    assert demo_store.one("SELECT count(*) FROM reading WHERE indicator_id = 6")[0] == 2
    measures = goals.carry_over(demo_store, 13)
    assert [r[0] for r in demo_store.rows("SELECT text FROM measure WHERE annual_goal_id = ? "
                                          "ORDER BY position", (measures,))] == [
        r[0] for r in demo_store.rows("SELECT text FROM measure WHERE annual_goal_id = 13 "
                                      "ORDER BY position")]


def test_carry_over_twice_is_refused(demo_store):
    goals.carry_over(demo_store, 9)
    log = _log_count(demo_store)
    with pytest.raises(UserError, match="gibt es für 2012 unter diesem Leitziel schon"):
        goals.carry_over(demo_store, 9)
    assert _log_count(demo_store) == log


# -- phase, default year -------------------------------------------------------------------------
def test_phase_cycles_and_is_logged(demo_store):
    assert goals.cycle_phase(demo_store, 3) == "analysis"
    assert goals.cycle_phase(demo_store, 3, -1) == "goals"
    goals.set_phase(demo_store, 3, "Evaluation")
    assert demo_store.get("field", 3)["phase"] == "evaluation"
    assert goals.cycle_phase(demo_store, 3) == "vision"
    with pytest.raises(UserError, match="Phase: „Planung“ gibt es nicht"):
        goals.set_phase(demo_store, 3, "Planung")


def test_default_year(demo_store, empty_store):
    assert goals.default_year(demo_store, 7, 2026) == 2011  # the process's latest year
    goals.carry_over(demo_store, 9)
    assert goals.default_year(demo_store, 8, 2026) == 2012
    assert goals.default_year(empty_store, None, 2026) == 2026


# -- Leitbild ----------------------------------------------------------------------------------
def test_vision_versions_current_is_the_latest_adopted(empty_store):
    first = save_vision(empty_store, {"label": "Leitbild 2008", "adopted_on": "12.02.2008",
                                      "adopted_by": "Rat", "text": "# Vielfalt\nMünster lebt sie."})
    draft = save_vision(empty_store, {"label": "Entwurf 2013", "text": "Neu"})
    second = save_vision(empty_store, {"label": "Leitbild 2012", "adopted_on": "2012-03-01",
                                       "adopted_by": "Rat", "text": "Zweite Fassung"})
    found = visions(empty_store)
    assert [(v.id, v.current) for v in found] == [(second, True), (first, False), (draft, False)]
    save_vision(empty_store, {"label": "Leitbild 2012", "adopted_on": "01.03.2012",
                              "adopted_by": "Rat der Stadt", "text": "Zweite Fassung"}, second)
    assert empty_store.get("vision", second)["adopted_by"] == "Rat der Stadt"
    delete_vision(empty_store, second)
    assert [v.id for v in visions(empty_store) if v.current] == [first]


@pytest.mark.parametrize("values, message", [
    ({"text": "  "}, "Bitte den Text des Leitbilds eingeben"),
    ({"text": "x", "adopted_on": "31.02.2012"}, "beschlossen am: Den 31.02.2012 gibt es nicht"),
    ({"text": "x", "adopted_on": "Juni 2012"}, "kein genaues Datum"),
])
def test_bad_vision_is_refused(empty_store, values, message):
    log = _log_count(empty_store)
    with pytest.raises(UserError, match=message):
        save_vision(empty_store, values)
    assert _log_count(empty_store) == log


def test_written_goals_survive_reopening(tmp_path):
    path = tmp_path / "p.db"
    store = Store(create_db(path), fixed_now)
    field = goals.save(store, "field", {"name": "Sprache", "phase": "Ziele"})
    goals.save(store, "guiding_goal", {"text": "Jeder Zuwanderer lernt Deutsch."},
               parent=("field", field))
    store.close()
    again = Store(open_db(path), fixed_now)
    model = GoalModel(again)
    assert [i.text for i in model.children_of(("field", field))] == ["Jeder Zuwanderer lernt Deutsch."]
    assert model.items[("field", field)].detail == "goals"
    again.close()


def test_search_follows_own_writes_and_other_processes(demo_db, demo_store):
    assert goals.search(demo_store, "Sprachpaten") == set()
    new = goals.save(demo_store, "measure", {"text": "Sprachpaten gewinnen"}, parent=("annual_goal", 12))
    assert goals.search(demo_store, "sprachpaten") == {("measure", new)}
    goals.save(demo_store, "measure", {"text": "Lesepaten gewinnen"}, item_id=new)
    assert goals.search(demo_store, "sprachpaten") == set()
    other = Store(open_db(demo_db), fixed_now)  # e.g. a second window on the same file
    try:
        goals.save(other, "consideration", {"text": "Sprachpaten aus Vereinen"},
                   parent=("annual_goal", 12))
    finally:
        other.close()
    assert [k for k, _ in goals.search(demo_store, "SPRACHPATEN")] == ["consideration"]
    tables = [r[0] for r in demo_store.rows("SELECT name FROM sqlite_master")]
    assert "goal_search" not in tables  # never written to the file


def test_deleting_takes_the_links_of_shared_indicators_along(demo_store):
    """A Jahresziel served by another's indicator loses only the link; the indicator stays."""
    betreuung = _id(demo_store, "SELECT id FROM annual_goal WHERE text LIKE 'Kinderbetreuung%'")
    plan = goals.delete(demo_store, "annual_goal", betreuung)
    assert plan.rows["indicator_link"] == [1] and plan.rows["indicator"] == []
    assert demo_store.get("indicator", 9) is not None
    goals.delete(demo_store, "indicator", 12)  # "je 10 %", also serving the other Fortbildung
    assert demo_store.one("SELECT count(*) FROM indicator_link")[0] == 0
    model = GoalModel(demo_store)
    assert model.counts()["indicator"] == 11


def test_a_shared_indicator_shows_under_each_jahresziel(demo_store):
    model = GoalModel(demo_store)
    fremdsprachen = _id(demo_store, "SELECT id FROM annual_goal WHERE text LIKE 'Fortbildung (%'")
    (shown,) = model.children_of(("annual_goal", fremdsprachen))
    assert (shown.kind, shown.id, shown.key) == ("indicator", 12, ("indicator_link", 2))
    assert model.counts()["indicator"] == 12  # counted once, at home
