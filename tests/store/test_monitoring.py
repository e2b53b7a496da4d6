"""Kennzahlen, values, population, cycle and Masterplan on a real SQLite file (reopened)."""

from __future__ import annotations

import json

import pytest

from steuerung.domain.errors import UserError
from steuerung.store import masterplan as P
from steuerung.store import monitoring as M
from steuerung.store import monitoring_meta as X
from steuerung.store.db import create_db, open_db
from steuerung.store.interchange import dump, load
from steuerung.store.repo import Store
from tests.conftest import fixed_now


@pytest.fixture
def path(tmp_path):
    return tmp_path / "m.db"


@pytest.fixture
def store(path):
    s = Store(create_db(path), fixed_now)
    yield s
    s.close()


def reopen(path) -> Store:
    return Store(open_db(path), fixed_now)


def build(store: Store) -> int:
    """One field, one Leitziel, one Kennzahl with the default groups and two years."""
    field = store.insert("field", {"number": 1, "name": "Bildung", "phase": "analysis",
                                   "position": 1})
    goal = store.insert("guiding_goal", {"field_id": field, "number": 1, "text": "Kita für alle",
                                         "position": 1})
    kid = M.save_indicator(store, None, {"name": "Betreuungsquote U3", "field_id": str(field),
                                         "guiding_goal_id": str(goal), "unit": "%",
                                         "level": "Kommune"})
    mit, ohne, alle = [g.id for g in M.kennzahl(store, kid).groups]
    M.save_year(store, kid, "2011", {mit: "12,5", ohne: "30", alle: "22,1"}, "Kita-Statistik")
    M.save_year(store, kid, "2012", {mit: "14", ohne: "31", alle: ""}, "", "", True)
    return kid


def test_a_new_kennzahl_gets_its_groups_and_values_survive_reopening(store, path):
    kid = build(store)
    store.close()
    again = reopen(path)
    k = M.kennzahl(again, kid)
    assert (k.field_name, k.guiding_number, k.guiding_text, k.level) == \
        ("Bildung", 1, "Kita für alle", "local")
    assert [g.name for g in k.groups] == ["mit Migrationsvorgeschichte",
                                          "ohne Migrationsvorgeschichte", "insgesamt"]
    mit, ohne, alle = k.groups
    assert mit.reference_id == ohne.id and ohne.reference_id is None
    assert mit.series() == {2011: 12.5, 2012: 14.0}
    assert alle.series() == {2011: 22.1}
    assert mit.values[2011].source == "Kita-Statistik" and not mit.values[2011].example
    assert mit.values[2012].example
    assert [(g.name, r.name) for g, r in k.pairs()] == [
        ("mit Migrationsvorgeschichte", "ohne Migrationsvorgeschichte")]
    assert k.gap_names() == ["Abstand mit − ohne"]
    again.close()


@pytest.mark.parametrize("text, value", [("1.200", 1200.0), ("12,5", 12.5), ("1.234,5", 1234.5),
                                         ("12.5", 12.5), ("20 %", 20.0), ("", None)])
def test_figures_are_read_the_german_way(text, value):
    assert M.read_value(text) == value


@pytest.mark.parametrize("text", ["abc", "1,234.5", "1e13"])
def test_unreadable_figures_are_refused(text):
    with pytest.raises(UserError):
        M.read_value(text)


def test_a_bad_figure_writes_nothing(store):
    kid = build(store)
    mit, ohne, _ = [g.id for g in M.kennzahl(store, kid).groups]
    before = dump(store.conn)
    with pytest.raises(UserError, match="keine Zahl"):
        M.save_year(store, kid, "2013", {mit: "15", ohne: "viel"})
    with pytest.raises(UserError, match="vierstelliges Jahr"):
        M.save_year(store, kid, "13", {mit: "15"})
    with pytest.raises(UserError, match="schon Werte"):
        M.save_year(store, kid, "2011", {mit: "15"})
    with pytest.raises(UserError, match="mindestens einen Wert"):
        M.save_year(store, kid, "2013", {mit: "", ohne: " "})
    assert dump(store.conn) == before


def test_editing_a_year_under_another_year_moves_it_and_none_keeps_sources(store):
    kid = build(store)
    mit, ohne, alle = [g.id for g in M.kennzahl(store, kid).groups]
    M.save_year(store, kid, "2010", {mit: "12,5", ohne: "", alle: "22,1"}, None, None,
                old_year=2011)
    k = M.kennzahl(store, kid)
    assert k.years == [2010, 2012]
    assert k.group(mit).values[2010].source == "Kita-Statistik"
    assert 2010 not in k.group(ohne).values  # emptied in the form: removed


def test_groups_are_unique_per_kennzahl_and_deleting_one_cuts_its_comparisons(store):
    kid = build(store)
    mit, ohne, _ = [g.id for g in M.kennzahl(store, kid).groups]
    with pytest.raises(UserError, match="gibt es bei dieser Kennzahl schon"):
        M.save_group(store, kid, None, "Insgesamt", "")
    with pytest.raises(UserError, match="mit sich selbst"):
        M.save_group(store, kid, mit, "mit Migrationsvorgeschichte", str(mit))
    M.delete_group(store, ohne)
    k = M.kennzahl(store, kid)
    assert [g.name for g in k.groups] == ["mit Migrationsvorgeschichte", "insgesamt"]
    assert k.group(mit).reference_id is None
    assert store.one("SELECT count(*) FROM monitoring_value WHERE group_id = ?", (ohne,))[0] == 0


def test_deleting_a_kennzahl_takes_groups_and_values_in_one_step(store):
    kid = build(store)
    assert M.indicator_contents(store, kid) == "3 Vergleichsgruppen und 5 Werte"
    M.delete_indicator(store, kid)
    for table in ("monitoring_indicator", "monitoring_group", "monitoring_value"):
        assert store.one(f"SELECT count(*) FROM {table}")[0] == 0


def test_a_leitziel_of_another_field_is_refused(store):
    build(store)
    other = store.insert("field", {"number": 2, "name": "Arbeit", "phase": "goals", "position": 2})
    with pytest.raises(UserError, match="anderen Handlungsfeld"):
        M.save_indicator(store, None, {"name": "X", "field_id": str(other),
                                       "guiding_goal_id": "1"})


def test_deleting_the_field_keeps_the_kennzahl_without_its_links(store):
    from steuerung.store import goals

    kid = build(store)
    plan = goals.delete(store, "field", 1)
    assert plan.kennzahlen == [kid]
    k = M.kennzahl(store, kid)
    assert (k.field_id, k.guiding_goal_id, len(k.years)) == (None, None, 2)


def test_kennzahlen_move_within_their_field(store):
    first = build(store)
    second = M.save_indicator(store, None, {"name": "Zweite", "field_id": "1", "groups": "none"})
    assert [k.id for k in M.kennzahlen(store)] == [first, second]
    assert M.move_indicator(store, second, -1)
    assert [k.id for k in M.kennzahlen(store)] == [second, first]
    assert not M.move_indicator(store, second, -1)


def test_population_and_cycle(store, path):
    X.save_figure(store, None, {"year": "2012", "label": "Wohnberechtigte Bevölkerung",
                                "value": "281.050", "as_of": "29.02.2012", "provisional": True})
    X.save_figure(store, None, {"year": "2012", "label": "insgesamt mit MV", "value": "57.764"})
    with pytest.raises(UserError, match="Bezeichnung"):
        X.save_figure(store, None, {"year": "2012", "label": " ", "value": "1"})
    X.save_cycle(store, "2–3", "2012", "Ratsbeschluss")
    store.close()
    again = reopen(path)
    figures = X.population(again)
    assert [(f.label, f.value, f.as_of, f.provisional) for f in figures] == [
        ("Wohnberechtigte Bevölkerung", 281050.0, "2012-02-29", True),
        ("insgesamt mit MV", 57764.0, None, False)]
    c = X.cycle(again)
    assert (c.every_min, c.every_max, c.last_report_text, c.last_report.isoformat()) == \
        (2, 3, "2012", "2012-12-31")
    from datetime import date

    assert c.next_text(date(2013, 1, 1)) == "31.12.2014 bis 31.12.2015"
    assert c.next_text(date(2016, 1, 1)).endswith("überfällig")
    X.save_cycle(again, "2", "", "")
    assert X.cycle(again).next is None
    assert again.one("SELECT count(*) FROM report_cycle")[0] == 1
    again.close()


def test_document_day_is_the_stichtag_else_the_latest_data_year(store):
    with pytest.raises(UserError, match="--stichtag"):
        X.document_day(store, None)
    build(store)
    assert X.document_day(store, None)[1] == "Datenstand 2012"
    day, label = X.document_day(store, "30.06.2013")
    assert (day.isoformat(), label) == ("2013-06-30", "Stichtag: 30.06.2013")


def test_masterplan_steps_in_order(store, path):
    a = P.save_step(store, None, {"title": "Ziele identifizieren", "due": "Ende 2010"})
    c = P.save_step(store, None, {"title": "Controlling", "status": "erledigt"})
    b = P.save_step(store, None, {"title": "Ziele gewichten"}, after=a)
    assert [s.title for s in P.steps(store)] == ["Ziele identifizieren", "Ziele gewichten",
                                                 "Controlling"]
    first = P.steps(store)[0]
    assert (first.due_text, first.due, first.status) == ("Ende 2010", "2010-12-31", "open")
    assert P.move_step(store, c, -1)
    assert [s.id for s in P.steps(store)] == [a, c, b]
    assert P.next_status(store, a) == "in_progress"
    with pytest.raises(UserError, match="Datum"):
        P.save_step(store, a, {"title": "X", "due": "irgendwann"})
    with pytest.raises(UserError, match="benennen"):
        P.save_step(store, None, {"title": ""})
    P.delete_step(store, c)
    store.close()
    again = reopen(path)
    assert [(s.number, s.title, s.status) for s in P.steps(again)] == [
        (1, "Ziele identifizieren", "in_progress"), (2, "Ziele gewichten", "open")]
    assert P.summary_line(again) == ("Masterplan: 2 Schritte · 1 in Arbeit · 1 offen · "
                                     "als Nächstes: 1. Ziele identifizieren")
    again.close()


def test_dump_and_load_round_trip_every_new_table(store, tmp_path):
    build(store)
    X.save_figure(store, None, {"year": "2012", "label": "Bevölkerung", "value": "281.050",
                                "as_of": "29.02.2012", "provisional": True, "note": "vorläufig"})
    X.save_cycle(store, "2–3", "2012", "Ratsbeschluss")
    P.save_step(store, None, {"title": "Bestandsaufnahme", "responsible": "Uni",
                              "due": "Herbst 2011", "status": "done", "result": "Studie"})
    text = dump(store.conn)
    tables = json.loads(text)["tables"]
    for table, n in [("monitoring_indicator", 1), ("monitoring_group", 3),
                     ("monitoring_value", 5), ("population", 1), ("report_cycle", 1),
                     ("plan_step", 1)]:
        assert len(tables[table]) == n, table
    target = tmp_path / "copy.db"
    load(text, target)
    copy = reopen(target)
    assert dump(copy.conn) == text
    assert M.kennzahl(copy, 1).group(1).values[2012].example
    copy.close()
