"""Readings, Sachstand, CSV import and frozen reviews on the real demo file."""

from __future__ import annotations

from datetime import date

import pytest

from steuerung.cli import main
from steuerung.domain.errors import UserError
from steuerung.store.csv_import import import_readings, plan
from steuerung.store.reviews import add_status_note, freeze_review, frozen_rows
from steuerung.store.status import add_reading, correct_reading, parse_value, sachstand, worst_first

SEPT = date(2011, 9, 30)
TEN_EVENTS = "Im gesamten Kreisgebiet werden bis Ende 2011 mindestens 10 Infoveranstaltungen"


def _goal(rows, text):
    return next(g for g in rows if g.text.startswith(text))


def _indicator_id(store, prefix):
    return store.one("SELECT id FROM indicator WHERE name LIKE ?", (prefix + "%",))[0]


@pytest.mark.parametrize("text, value", [
    ("12", 12), ("12,5", 12.5), ("1.234,5", 1234.5), ("12.5", 12.5), (" -3 ", -3), (7, 7)])
def test_parse_value(text, value):
    assert parse_value(text) == value


@pytest.mark.parametrize("text", ["abc", "", "12,5,3", "nan", "inf"])
def test_parse_value_refuses(text):
    with pytest.raises(UserError):
        parse_value(text)


def test_demo_sachstand_worst_first(demo_store):
    rows = worst_first(sachstand(demo_store, 2011, SEPT))
    assert len(rows) == 18
    # "je 10 % der Mitarbeiter …" counts for both Fortbildung Jahresziele (30 % each).
    assert [(g.light, round(g.rollup.attainment), g.text.split()[0]) for g in rows[:3]] == [
        ("red", 30, "Fortbildung"), ("red", 30, "Fortbildung"),
        ("red", 40, "Öffentlichkeitsarbeit/Bekanntmachung")]
    public = _goal(rows, "Öffentlichkeitsarbeit")
    assert public.indicators[0].assessment.explanation == (
        "(4 − 0) / (10 − 0) = 40 %; Soll heute 75 %; → rot")
    assert {g.light for g in rows[3:]} == {"grey"}


def test_a_new_reading_changes_the_light(demo_store):
    ind = _indicator_id(demo_store, TEN_EVENTS)
    add_reading(demo_store, ind, "30.09.2011", "8", "Integrationsbüro")
    goal = _goal(sachstand(demo_store, 2011, SEPT), "Öffentlichkeitsarbeit")
    assert (goal.light, goal.rollup.attainment) == ("green", 80)
    assert goal.last_reading == (8, "2011-09-30", "Infoveranstaltungen")


def test_stichtag_ignores_later_readings(demo_store):
    ind = _indicator_id(demo_store, TEN_EVENTS)
    add_reading(demo_store, ind, "15.10.2011", "9")
    goal = _goal(sachstand(demo_store, 2011, SEPT), "Öffentlichkeitsarbeit")
    assert goal.rollup.attainment == 40


@pytest.mark.parametrize("day, value, message", [
    ("31.02.2011", "3", "gibt es nicht"), ("Herbst 2011", "3", "kein genaues Datum"),
    ("30.09.2011", "drei", "keine Zahl")])
def test_bad_reading_writes_nothing(demo_store, day, value, message):
    count = demo_store.one("SELECT count(*) FROM reading")[0]
    with pytest.raises(UserError, match=message):
        add_reading(demo_store, 6, day, value)
    assert demo_store.one("SELECT count(*) FROM reading")[0] == count


def test_correction_keeps_the_old_value_in_the_log(demo_store):
    correct_reading(demo_store, 1, "30.06.2011", "5", "Integrationsbüro", "korrigiert")
    assert demo_store.one("SELECT value FROM reading WHERE id = 1")[0] == 5
    old = demo_store.one("SELECT old, new FROM change_log WHERE table_name = 'reading' "
                         "AND action = 'update'")
    assert '"value": 4.0' in old["old"] and '"value": 5.0' in old["new"]


def test_frozen_review_keeps_the_old_figures(demo_store):
    review = freeze_review(demo_store, 2011, "30.09.2011")
    add_reading(demo_store, _indicator_id(demo_store, TEN_EVENTS), "29.09.2011", "10")
    live = _goal(sachstand(demo_store, 2011, SEPT), "Öffentlichkeitsarbeit")
    header, frozen = frozen_rows(demo_store, review)
    kept = _goal(frozen, "Öffentlichkeitsarbeit")
    assert (live.light, kept.light) == ("green", "red")
    assert kept.rollup.attainment == 40 and header["label"] == "Stand 30.09.2011"


def test_status_note(demo_store):
    goal = _goal(sachstand(demo_store, 2011, SEPT), "Öffentlichkeitsarbeit")
    with pytest.raises(UserError, match="Text"):
        add_status_note(demo_store, goal.id, "  ", SEPT)
    add_status_note(demo_store, goal.id, "Vier Vereine besucht", SEPT)
    assert demo_store.one("SELECT text FROM status_note")[0] == "Vier Vereine besucht"


def test_csv_import_good_file_with_decimal_comma(demo_store):
    text = ("indikator;datum;wert;quelle;notiz\n"
            "6;30.09.2011;7;Integrationsbüro;\n"
            "je 10 % der Mitarbeiter mit Publikumskontakt werden geschult;30.09.2011;5,5;Amt 11;\n")
    planned = plan(demo_store, text)
    assert [p.value for p in planned.readings] == [7, 5.5] and planned.decimal == "komma"
    assert import_readings(demo_store, planned) == 2
    assert demo_store.one("SELECT count(*) FROM reading")[0] == 4


def test_csv_import_comma_separated_with_quoted_decimal(demo_store):
    planned = plan(demo_store, 'indikator,datum,wert\n12,2011-09-30,"6,5"\n')
    assert planned.readings[0].value == 6.5 and planned.readings[0].date == "2011-09-30"


def test_csv_import_bad_file_imports_nothing_and_names_every_line(demo_store):
    text = ("indikator;datum;wert\n6;30.09.2011;7\n99;30.09.2011;1\n"
            "6;31.02.2011;2\n6;01.10.2011;zwei\n")
    with pytest.raises(UserError) as info:
        plan(demo_store, text)
    message = info.value.message
    assert message.startswith("Nichts importiert – 3 fehlerhafte Zeile(n)")
    assert "Zeile 3: einen Indikator Nr. 99" in message
    assert "Zeile 4: Den 31.02.2011 gibt es nicht" in message
    assert "Zeile 5: „zwei“ ist keine Zahl" in message
    assert demo_store.one("SELECT count(*) FROM reading")[0] == 2


def test_cli_import_and_status(demo_db, tmp_path, capsys):
    csv_file = tmp_path / "werte.csv"
    csv_file.write_text("indikator;datum;wert\n6;30.09.2011;8\n", encoding="utf-8")
    assert main(["import-readings", str(demo_db), str(csv_file), "--dry-run"]) == 0
    assert "Probelauf" in capsys.readouterr().out
    assert main(["import-readings", str(demo_db), str(csv_file)]) == 0
    assert "1 Messwert(e) übernommen." in capsys.readouterr().out
    assert main(["status", str(demo_db), "--stichtag", "30.09.2011"]) == 0
    out = capsys.readouterr().out
    assert "Sachstand 2011 – Stichtag 30.09.2011" in out
    lines = [line for line in out.splitlines() if "│" in line and ("rot" in line or "grün" in line)]
    assert "Interkulturelle Öffnung" in lines[0] and "30 %" in lines[0]
    assert any("80 %" in line and "grün" in line for line in lines)


def test_cli_bad_csv_exit_2(demo_db, tmp_path, capsys):
    csv_file = tmp_path / "werte.csv"
    csv_file.write_text("indikator;wert\n6;8\n", encoding="utf-8")
    assert main(["import-readings", str(demo_db), str(csv_file)]) == 2
    assert "die Spalte(n) datum fehlen" in capsys.readouterr().err


def test_cli_status_unknown_year(demo_db, capsys):
    assert main(["status", str(demo_db), "--year", "2030"]) == 2
    assert "Für 2030 gibt es keine Jahresziele. Vorhanden: 2011." in capsys.readouterr().err


def test_of_two_readings_on_one_day_the_later_entered_counts(demo_store):
    ind = _indicator_id(demo_store, TEN_EVENTS)
    add_reading(demo_store, ind, "30.09.2011", "9")
    add_reading(demo_store, ind, "30.09.2011", "8")  # a second delivery the same day
    goal = _goal(sachstand(demo_store, 2011, SEPT), "Öffentlichkeitsarbeit")
    assert goal.rollup.attainment == 80


def test_an_indicator_counts_for_every_jahresziel_it_serves(demo_store):
    """The query that collects a Jahresziel's indicators takes its own and the linked ones."""
    from steuerung.store.indicator_links import candidates, link, unlink

    def served(text):
        return [i.name for i in _goal(sachstand(demo_store, 2011, SEPT), text).indicators]

    kurse, betreuung = "Einrichtung niederschwelliger", "Kinderbetreuung"
    assert served(kurse) == ["Anzahl der Mütter mit U 3- Kindern steigt in den Integrationskursen",
                             "im gesamten Kreisgebiet werden mindestens drei niederschwellige Kurse "
                             "angeboten"]
    assert served(betreuung) == ["Anzahl der Mütter mit U 3- Kindern steigt in den "
                                 "Integrationskursen"]
    ten = _indicator_id(demo_store, TEN_EVENTS)
    goal = demo_store.one("SELECT id FROM annual_goal WHERE text LIKE 'Kinderbetreuung%'")[0]
    assert goal in dict(candidates(demo_store, ten))
    link_id = link(demo_store, ten, goal)
    assert served(betreuung)[-1].startswith(TEN_EVENTS)  # linked ones after the goal's own
    assert _goal(sachstand(demo_store, 2011, SEPT), betreuung).rollup.attainment == 40
    assert goal not in dict(candidates(demo_store, ten))
    with pytest.raises(UserError, match="zählt für dieses Jahresziel schon"):
        link(demo_store, ten, goal)
    own = demo_store.get("indicator", ten)["annual_goal_id"]
    with pytest.raises(UserError, match="zählt für dieses Jahresziel schon"):
        link(demo_store, ten, own)
    unlink(demo_store, link_id)
    assert len(served(betreuung)) == 1
    assert demo_store.get("indicator", ten) is not None  # the indicator itself stays
