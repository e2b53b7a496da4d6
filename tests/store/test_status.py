"""Readings, Sachstand, CSV import and frozen reviews on the real demo file."""

from __future__ import annotations

import json
import re
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
    # rot, overdue first, then the lowest attainment; "ohne Indikator" between grau and grün.
    # "je 10 % der Mitarbeiter …" counts for both Fortbildung Jahresziele (30 % each).
    assert [(g.light, round(g.rollup.attainment), g.text.split()[0]) for g in rows[:5]] == [
        ("red", 0, "Informationsaufbereitung"), ("red", 30, "Fortbildung"),
        ("red", 30, "Fortbildung"), ("red", 33, "Einrichtung"),
        ("red", 40, "Öffentlichkeitsarbeit/Bekanntmachung")]
    assert rows[0].overdue() and not any(g.overdue() for g in rows[1:])
    public = _goal(rows, "Öffentlichkeitsarbeit")
    assert public.indicators[0].assessment.explanation == (
        "(4 − 0) / (10 − 0) = 40 %; Soll heute 74 %; 40 % sind 53 % des Solls "
        "(gelb ab 80 %, grün ab 95 %) → rot")
    assert [g.light for g in rows[5:]] == ["grey"] * 7 + ["no_indicator"] * 5 + ["green"]
    assert rows[-1].last_text == "erreicht (01.08.2011)"  # a milestone, never "1 (01.08.2011)"


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
    note = add_status_note(demo_store, goal.id, "Vier Vereine besucht", SEPT)
    assert demo_store.get("status_note", note)["text"] == "Vier Vereine besucht"


def test_csv_import_good_file_with_decimal_comma(demo_store):
    text = ("indikator;datum;wert;quelle;notiz\n"
            "6;30.09.2011;7;Integrationsbüro;\n"
            "je 10 % der Mitarbeiter mit Publikumskontakt werden geschult;30.09.2011;5,5;Amt 11;\n")
    planned = plan(demo_store, text)
    assert [p.value for p in planned.readings] == [7, 5.5] and planned.decimal == "komma"
    assert import_readings(demo_store, planned) == 2
    assert demo_store.one("SELECT count(*) FROM reading")[0] == 12


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
    assert demo_store.one("SELECT count(*) FROM reading")[0] == 10


def test_cli_import_and_status(demo_db, tmp_path, capsys):
    csv_file = tmp_path / "werte.csv"
    csv_file.write_text("indikator;datum;wert\n6;30.09.2011;8\n", encoding="utf-8")
    assert main(["import-readings", str(demo_db), str(csv_file), "--dry-run"]) == 0
    assert "Probelauf" in capsys.readouterr().out
    assert main(["import-readings", str(demo_db), str(csv_file)]) == 0
    assert "1 Messwert(e) übernommen." in capsys.readouterr().out
    assert main(["status", str(demo_db), "--stichtag", "30.09.2011"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Sachstand 2011 – Stichtag 30.09.2011\n18 Jahresziele: 2 grün, ")
    assert "1. rot – Informationsaufbereitung" in out
    assert "2. rot – Fortbildung (Weiterbildung) von Mitarbeitern in Fremdsprachen" in out
    assert "3. rot – Fortbildung in interkultureller Kompetenz" in out
    assert "   Erreichung 30 % · Soll 74 % · Frist Ende 2011\n" in out
    assert "grün – Öffentlichkeitsarbeit/Bekanntmachung der Maßnahmen" in out  # 8 of 10
    assert "Frist 30.06.2011 (überfällig)" in out


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


def test_status_piped_is_plain_text_for_a_mail(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["status", str(demo_db), "--stichtag", "31.12.2011"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Sachstand 2011 – Stichtag 31.12.2011"
    assert " ".join(lines[1:3]).startswith(
        "18 Jahresziele: 2 grün, 2 gelb, 2 rot, 7 grau, 5 ohne Indikator")
    assert max(len(line) for line in lines) <= 60
    assert not any(line != line.rstrip() for line in lines)
    assert not set(out) & set("│┃━─┏┗╇\x1b")
    assert "offen (31.12.2011)" in out and "erreicht (01.08.2011)" in out
    assert "Letzter Messwert: 9 % (31.12.2011)" in out


def test_status_in_a_terminal_is_a_table(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["status", str(demo_db), "--stichtag", "31.12.2011"]) == 0
    out = re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out)  # colours on, as in a terminal
    assert "┃ Handlungsfeld" in out and "ohne Indikator" in out
    assert "18 Jahresziele: 2 grün" in out


def test_frozen_review_in_the_cli_as_frozen(demo_db, capsys):
    assert main(["status", str(demo_db), "--review", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Sachstand 2011 – Stand 30.06.2011 (Beispiel) (eingefroren am 05.07.2011)")
    assert "18 Jahresziele: 2 gelb, 3 rot, 8 grau, 5 ohne Indikator" in out


@pytest.mark.parametrize("text, value", [("1", 1), ("0", 0), ("erreicht", 1), ("offen", 0),
                                         ("Ja", 1), ("nein", 0)])
def test_a_milestone_reading_is_reached_or_open(demo_store, text, value):
    reading = add_reading(demo_store, 4, "30.09.2011", text)
    assert demo_store.get("reading", reading)["value"] == value


@pytest.mark.parametrize("text", ["4", "0,5", "viele"])
def test_a_milestone_reading_is_not_a_count(demo_store, text):
    with pytest.raises(UserError, match="Meilenstein ist erreicht .1. oder offen .0."):
        add_reading(demo_store, 4, "30.09.2011", text)
    with pytest.raises(UserError, match="quantitativ"):
        correct_reading(demo_store, 5, "01.08.2011", text)
    assert demo_store.one("SELECT count(*) FROM reading")[0] == 10


def test_the_fortbildung_twins_fall_due_alike_at_a_late_stichtag(demo_store):
    """One has an indicator, the other none: after the year both are overdue and rot."""
    from steuerung.store.indicator_links import unlink

    rows = sachstand(demo_store, 2011, date(2012, 1, 15))
    twins = [_goal(rows, "Fortbildung in interkultureller"), _goal(rows, "Fortbildung (Weiterbildung)")]
    # In the demo one indicator serves both: alike by construction.
    assert [(g.light, g.overdue(), g.deadline_shown, g.rollup.attainment) for g in twins] == [
        ("red", True, "Ende 2011", 90), ("red", True, "Ende 2011", 90)]
    (link,) = demo_store.rows("SELECT l.id FROM indicator_link l JOIN annual_goal a "
                              "ON a.id = l.annual_goal_id WHERE a.text LIKE 'Fortbildung (%'")
    unlink(demo_store, link[0])
    rows = sachstand(demo_store, 2011, date(2012, 1, 15))
    twins = [_goal(rows, "Fortbildung in interkultureller"), _goal(rows, "Fortbildung (Weiterbildung)")]
    assert [(g.light, g.overdue(), g.deadline_shown) for g in twins] == [
        ("red", True, "Ende 2011"), ("red", True, "Ende 2011")]
    assert twins[1].explanation == ("ohne Indikator; Frist 31.12.2011 verstrichen, "
                                    "Zielerreichung nicht nachgewiesen → rot")
    before = _goal(sachstand(demo_store, 2011, SEPT), "Fortbildung (Weiterbildung)")
    assert (before.light, before.overdue(), before.explanation) == (
        "no_indicator", False, "ohne Indikator: für dieses Jahresziel ist noch kein Indikator "
                               "festgelegt")


def test_a_review_frozen_by_an_older_version_still_reads_and_reports(demo_db, tmp_path):
    """Rows frozen before issue 14 lack the deciding deadline, Maßnahmen, tasks, share …"""
    from datetime import datetime

    from steuerung.export.commands import Request, export_document
    from steuerung.store.db import open_db
    from steuerung.store.repo import Store

    old = [{"id": 9, "field": "Sprache", "field_number": 3, "guiding_number": 2,
            "guiding": "Die Erstsprachen werden gefördert.",
            "text": "Öffentlichkeitsarbeit/Bekanntmachung der Maßnahmen", "year": 2011,
            "responsible": None, "deadline_text": "Ende 2011", "deadline": "2011-12-31",
            "indicators": [{"id": 6, "name": "10 Infoveranstaltungen", "unit": "Infoveranstaltungen",
                            "last_value": 4.0, "last_date": "2011-06-30",
                            "assessment": {"light": "red", "attainment": 40.0, "expected": 75.0,
                                           "overdue": False, "wrong_direction": False,
                                           "explanation": "(4 − 0) / (10 − 0) = 40 %; → rot"}}],
            "rollup": {"light": "red", "attainment": 40.0,
                       "counts": {"green": 0, "yellow": 0, "red": 1, "grey": 0}}}]
    store = Store(open_db(demo_db), lambda: datetime(2011, 10, 1))
    review = store.insert("review", {"label": "Alt", "year": 2011, "stichtag": "2011-09-30",
                                     "frozen_at": "2011-10-01T09:00:00", "rows": json.dumps(old)})
    _, goals = frozen_rows(store, review)
    assert (goals[0].deadline_shown, goals[0].last_text, goals[0].explanation) == (
        "Ende 2011", "4 Infoveranstaltungen (30.06.2011)",
        "Mittel aus 1 Indikator: 40 %; schlechteste Ampel → rot")
    store.close()
    text = export_document("status", demo_db, Request(tmp_path, datetime(2026, 1, 1),
                                                      review_id=review))[0].read_text("utf-8")
    assert "## Veränderungen seit der Prüfung vom 30.06.2011" in text
    assert "| rot | 1 |" in text and "| gesamt | 1 |" in text


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
