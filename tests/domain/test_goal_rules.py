"""Pure rules of the goal system, as tables."""

from __future__ import annotations

import datetime

import pytest

from steuerung.domain import goals as rules
from steuerung.domain.errors import UserError
from steuerung.domain.goal_forms import MaintainQuestion, clean


@pytest.mark.parametrize("typed, value", [
    ("12,5", 12.5), ("12.5", 12.5), ("1.200", 1200.0), ("1.234,5", 1234.5), ("10 %", 10.0),
    ("-3", -3.0), ("0", 0.0), (",5", 0.5), ("  7 ", 7.0), ("", None), ("   ", None),
    ("1 200", 1200.0)])
def test_numbers_as_germans_type_them(typed, value):
    assert rules.parse_number(typed, "Zielwert") == value


@pytest.mark.parametrize("typed", ["abc", "12,5,3", "1..2", "zehn", "12a", "1.2.3,4,5"])
def test_what_is_not_a_number_is_refused_in_german(typed):
    with pytest.raises(UserError, match="ist keine Zahl. Bitte eine Zahl eingeben, z. B. 12,5"):
        rules.parse_number(typed, "Zielwert")


@pytest.mark.parametrize("value, shown", [(10.0, "10"), (12.5, "12,5"), (None, ""), (0.0, "0"),
                                          (1234.5, "1.234,5"), (-2.25, "−2,25")])
def test_numbers_are_shown_with_a_decimal_comma(value, shown):
    assert rules.format_number(value) == shown


@pytest.mark.parametrize("typed, ok", [("2011", 2011), (" 2012 ", 2012), ("11", None),
                                       ("20111", None), ("", None), ("zwei", None), ("1899", None)])
def test_years(typed, ok):
    if ok is None:
        with pytest.raises(UserError, match="vierstelliges Jahr"):
            rules.parse_year(typed)
    else:
        assert rules.parse_year(typed) == ok


@pytest.mark.parametrize("phase, step, after", [
    ("vision", 1, "goals"), ("goals", 1, "analysis"), ("analysis", 1, "measures"),
    ("measures", 1, "evaluation"), ("evaluation", 1, "vision"), ("vision", -1, "evaluation"),
    (None, 1, "vision"), ("unbekannt", 1, "vision")])
def test_the_cycle_goes_round(phase, step, after):
    assert rules.next_phase(phase, step) == after


@pytest.mark.parametrize("baseline, target, direction", [
    (0, 10, "up"), (10, 0, "down"), (5, 5, "maintain"), (None, 5, None), (5, None, None)])
def test_direction_follows_baseline_to_target(baseline, target, direction):
    assert rules.derive_direction(baseline, target) == direction


@pytest.mark.parametrize("text, shifted, day", [
    ("Ende 2011", "Ende 2012", datetime.date(2012, 12, 31)),
    ("30.06.2011", "30.06.2012", datetime.date(2012, 6, 30)),
    ("Dezember 2011", "Dezember 2012", datetime.date(2012, 12, 31)),
    ("Winter 2011", "Winter 2012", datetime.date(2013, 2, 28)),
    ("3. Quartal 2012", "3. Quartal 2013", datetime.date(2013, 9, 30))])
def test_carry_over_moves_deadlines_on_by_a_year(text, shifted, day):
    deadline = rules.next_year_deadline(text)
    assert (deadline.text, deadline.date) == (shifted, day)


@pytest.mark.parametrize("text", [None, "", "bald", "29.02.2012"])
def test_deadlines_that_cannot_move_are_dropped(text):
    assert rules.next_year_deadline(text) is None


@pytest.mark.parametrize("counts, phrase", [
    ({"annual_goal": 2, "indicator": 3}, "2 Jahreszielen, 3 Indikatoren"),
    ({"annual_goal": 1, "indicator": 1}, "1 Jahresziel, 1 Indikator"),
    ({"reading": 40, "indicator": 1}, "1 Indikator, 40 Messwerten"),
    ({"guiding_goal": 3, "measure": 2, "consideration": 13},
     "3 Leitzielen, 2 Maßnahmen, 13 Hinweisen"),
    ({}, "")])
def test_what_goes_with_it_in_words(counts, phrase):
    assert rules.count_phrase(counts) == phrase


# -- form validation -------------------------------------------------------------------------
INDICATOR = {"name": "Kurse", "kind": "quantitativ", "baseline_value": "0",
             "baseline_date": "01.01.2011", "target_value": "3", "deadline_text": "Ende 2011"}


def test_indicator_form_becomes_columns():
    row = clean("indicator", {**INDICATOR, "unit": "Kurse", "green_from": "95", "yellow_from": "80"})
    assert row["kind"] == "quantitative"
    assert (row["baseline_value"], row["target_value"]) == (0.0, 3.0)
    assert (row["baseline_date"], row["deadline"], row["deadline_text"]) == (
        "2011-01-01", "2011-12-31", "Ende 2011")
    assert row["direction"] == "up"
    assert (row["green_from"], row["yellow_from"]) == (95.0, 80.0)


@pytest.mark.parametrize("kind, values, message", [
    ("field", {"name": "  "}, "Bitte einen Namen für das Handlungsfeld eingeben"),
    ("guiding_goal", {"text": ""}, "Bitte den Text des Leitziels"),
    ("annual_goal", {"text": "", "year": "2011"}, "Bitte den Text des Jahresziels"),
    ("annual_goal", {"text": "x", "year": "11"}, "bitte ein vierstelliges Jahr"),
    ("annual_goal", {"text": "x", "year": "2011", "deadline_text": "irgendwann"},
     "Frist: „irgendwann“ ist kein lesbares Datum. Möglich sind z. B. 30.06.2011"),
    ("annual_goal", {"text": "x", "year": "2011", "deadline_text": "31.02.2011"},
     "Frist: Den 31.02.2011 gibt es nicht"),
    ("indicator", {"name": ""}, "Bitte einen Namen für den Indikator"),
    ("indicator", {**INDICATOR, "target_value": "drei"}, "Zielwert: „drei“ ist keine Zahl"),
    ("indicator", {**INDICATOR, "deadline_text": "Juni 2010"},
     "Die Frist 30.06.2010 liegt vor dem Stichtag des Ausgangswerts 01.01.2011"),
    ("indicator", {**INDICATOR, "direction": "fallend"}, "Richtung „fallend“, aber der Zielwert 3"),
    ("indicator", {**INDICATOR, "target_value": "-1", "direction": "steigend"},
     "Richtung „steigend“, aber der Zielwert −1"),
    ("indicator", {**INDICATOR, "direction": "halten (mindestens)"}, "Richtung „halten“ heißt"),
    ("indicator", {**INDICATOR, "kind": "Schätzung"}, "Art: „Schätzung“ gibt es nicht"),
    ("indicator", {**INDICATOR, "green_from": "80", "yellow_from": "90"},
     "„gelb ab“ (90 %) muss unter „grün ab“ (80 %) liegen"),
    ("indicator", {**INDICATOR, "green_from": "120"}, "120 % geht nicht"),
    ("measure", {"text": ""}, "Bitte den Text der Maßnahme"),
    ("measure", {"text": "x", "status": "fertig"}, "Status: „fertig“ gibt es nicht. Möglich ist: "
                                                   "geplant, in Umsetzung"),
    ("consideration", {"text": " "}, "Bitte den Text des Hinweises"),
])
def test_bad_forms_are_refused_with_what_would_be_right(kind, values, message):
    with pytest.raises(UserError) as caught:
        clean(kind, values)
    assert message in caught.value.message


def test_target_equal_to_baseline_asks_for_maintain():
    values = {**INDICATOR, "baseline_value": "5", "target_value": "5,0"}
    with pytest.raises(MaintainQuestion, match="„halten“ gemeint"):
        clean("indicator", values)
    assert clean("indicator", values, maintain=True)["direction"] == "maintain"
    assert clean("indicator", {**values, "direction": "halten (mindestens)"})["direction"] == "maintain"
    assert clean("indicator", {**values, "direction": "halten (höchstens)"})["direction"] == "maintain_max"
    with pytest.raises(UserError, match="Zielwert gleich Ausgangswert"):
        clean("indicator", {**values, "target_value": "4", "direction": "halten (höchstens)"})


@pytest.mark.parametrize("values", [
    {"baseline_value": "0"}, {"target_value": "10"}, {"baseline_value": "0", "target_value": "10"}])
def test_a_milestone_has_no_baseline_or_target(values):
    """DESIGN §4, turn 2: "mindestens 10 …" is counted, i.e. quantitative from 0."""
    with pytest.raises(UserError) as caught:
        clean("indicator", {"name": "10 Infoveranstaltungen", "kind": "Meilenstein", **values})
    assert "quantitativ" in caught.value.message and "Ausgangswert 0" in caught.value.message


def test_milestone_without_values_needs_no_direction():
    row = clean("indicator", {"name": "RAA ist installiert", "kind": "Meilenstein"})
    assert (row["kind"], row["direction"], row["baseline_value"]) == ("milestone", None, None)
