"""The attainment table of cases (DESIGN §4 "Attainment and Ampel" and its "Decisions of turn 2")."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from steuerung import labels as L
from steuerung.domain.attainment import (
    GREEN,
    GREY,
    NO_INDICATOR,
    RED,
    YELLOW,
    Target,
    assess,
    assess_goal,
    decisive_deadline,
    expected_share,
    num,
    pct,
    roll_up,
)

Y0, MID, END = date(2011, 1, 1), date(2011, 7, 2), date(2011, 12, 31)  # MID = 50 % of the year
LATE = date(2012, 1, 15)
RISE = Target(baseline=8, baseline_date=Y0, target=20, deadline=END)
FALL = Target(baseline=12.0, baseline_date=Y0, target=6.0, deadline=END)  # e.g. a jobless rate
KEEP = Target(baseline=70, baseline_date=Y0, target=70, deadline=END)  # halten, derived
AT_LEAST = Target(baseline=5, baseline_date=Y0, target=5, deadline=END, direction="maintain")
AT_MOST = Target(baseline=5, baseline_date=Y0, target=5, deadline=END, direction="maintain_max")
MILESTONE = Target(kind="milestone", baseline_date=Y0, deadline=END)
COUNT = Target(baseline=0, baseline_date=Y0, target=10, deadline=END)  # "mindestens 10 …"
OLD_MILESTONE = Target(kind="milestone", target=10, baseline_date=Y0, deadline=END)  # refused today
NO_VALUES = Target(deadline=END)


@pytest.mark.parametrize("target, current, today, light, attainment", [
    # rising: Soll heute 50 % → grün from 47,5 %, gelb from 40 %
    (RISE, 20, MID, GREEN, 100), (RISE, 24, MID, GREEN, 133.33),
    (RISE, 14, MID, GREEN, 50), (RISE, 13.8, MID, GREEN, 48.33),
    (RISE, 13, MID, YELLOW, 41.67), (RISE, 12, MID, RED, 33.33),
    (RISE, 8, MID, RED, 0), (RISE, 7, MID, RED, -8.33),  # wrong direction
    (RISE, 8, Y0, GREEN, 0),  # day one: nothing is expected yet
    # falling target: fewer is better
    (FALL, 9, MID, GREEN, 50), (FALL, 10, MID, RED, 33.33), (FALL, 6, MID, GREEN, 100),
    (FALL, 13, MID, RED, -16.67),
    # deadline passed unmet → rot, however close; met → grün
    (RISE, 19, LATE, RED, 91.67), (RISE, 20, LATE, GREEN, 100),
    # halten: derived from target = baseline means "mindestens"
    (KEEP, 70, MID, GREEN, 100), (KEEP, 75, MID, GREEN, 100), (KEEP, 69, MID, RED, 0),
    (AT_LEAST, 7, MID, GREEN, 100), (AT_LEAST, 4, MID, RED, 0),
    # halten (höchstens): 7 does not hold 5
    (AT_MOST, 5, MID, GREEN, 100), (AT_MOST, 4, MID, GREEN, 100), (AT_MOST, 7, MID, RED, 0),
    (AT_MOST, 5, LATE, GREEN, 100), (AT_MOST, 6, LATE, RED, 0),
    # milestone: reached (1) or open (0); gelb until its deadline, then rot
    (MILESTONE, 1, MID, GREEN, 100), (MILESTONE, 0, date(2011, 2, 1), YELLOW, 0),
    (MILESTONE, 0, MID, YELLOW, 0), (MILESTONE, 0, END, YELLOW, 0), (MILESTONE, 0, LATE, RED, 0),
    (MILESTONE, 1, LATE, GREEN, 100),
    # counted ("mindestens 10 Infoveranstaltungen"): quantitative from 0
    (COUNT, 4, MID, YELLOW, 40), (COUNT, 5, MID, GREEN, 50), (COUNT, 10, END, GREEN, 100),
    (COUNT, 9, END, YELLOW, 90), (COUNT, 7, END, RED, 70),
    # a milestone with a target value (older data) is counted, never a false grün "4 von 10"
    (OLD_MILESTONE, 4, MID, YELLOW, 40), (OLD_MILESTONE, 4, LATE, RED, 40),
    (OLD_MILESTONE, 10, MID, GREEN, 100),
])
def test_attainment_table(target, current, today, light, attainment):
    result = assess(target, current, today)
    assert result.light == light
    assert result.attainment == pytest.approx(attainment, abs=0.01)


@pytest.mark.parametrize("target, current, today, light, overdue, says", [
    # no reading: grau while the deadline runs, rot once it has passed — never grau then
    (RISE, None, MID, GREY, False, "keine Daten: noch kein Messwert → grau"),
    (RISE, None, END, GREY, False, "keine Daten"),  # the deadline day itself still counts
    (RISE, None, LATE, RED, True, "Frist 31.12.2011 verstrichen, keine Daten → rot"),
    (MILESTONE, None, LATE, RED, True, "Frist 31.12.2011 verstrichen, keine Daten → rot"),
    # a reading but no baseline or target: not computable, the same rule at the deadline
    (NO_VALUES, 5, MID, GREY, False, "kein Ausgangs- oder Zielwert: nicht berechenbar → grau"),
    (NO_VALUES, 5, LATE, RED, True, "Frist 31.12.2011 verstrichen, Zielerreichung nicht nachgewiesen"),
])
def test_missing_data_before_and_after_the_deadline(target, current, today, light, overdue, says):
    result = assess(target, current, today)
    assert (result.light, result.attainment, result.overdue) == (light, None, overdue)
    assert says in result.explanation


@pytest.mark.parametrize("target, current, today, explanation", [
    (RISE, 12, MID, "(12 − 8) / (20 − 8) = 33 %; Soll heute 50 %; 33 % sind 66 % des Solls "
                    "(gelb ab 80 %, grün ab 95 %) → rot"),
    (RISE, 13, MID, "(13 − 8) / (20 − 8) = 41 %; Soll heute 50 %; 41 % sind 83 % des Solls "
                    "(gelb ab 80 %, grün ab 95 %) → gelb"),
    (FALL, 10.5, MID, "(10,5 − 12) / (6 − 12) = 25 %; Soll heute 50 %; 25 % sind 50 % des Solls "
                      "(gelb ab 80 %, grün ab 95 %) → rot"),
    (RISE, 20, MID, "(20 − 8) / (20 − 8) = 100 %; Soll heute 50 %; Ziel erreicht → grün"),
    (RISE, 7, MID, "(7 − 8) / (20 − 8) = −9 %; Soll heute 50 %; Entwicklung in die falsche "
                   "Richtung → rot"),
    (RISE, 19, LATE, "(19 − 8) / (20 − 8) = 91 %; Soll heute 100 %; Frist 31.12.2011 verstrichen, "
                     "Ziel nicht erreicht → rot"),
    (RISE, 8, Y0, "(8 − 8) / (20 − 8) = 0 %; Soll heute 0 %; noch nichts fällig → grün"),
    (AT_MOST, 7, MID, "halten (höchstens): 7 gegenüber Ausgangswert 5 – nicht gehalten = 0 % → rot"),
    (AT_LEAST, 7, MID, "halten (mindestens): 7 gegenüber Ausgangswert 5 – gehalten = 100 % → grün"),
    (MILESTONE, 0, MID, "Meilenstein offen = 0 %; Meilenstein offen, Frist läuft bis 31.12.2011 → gelb"),
    (MILESTONE, 0, LATE, "Meilenstein offen = 0 %; Frist 31.12.2011 verstrichen, Ziel nicht "
                         "erreicht → rot"),
    (MILESTONE, 1, MID, "Meilenstein erreicht = 100 % → grün"),
    (OLD_MILESTONE, 4, MID, "Meilenstein mit Zielwert: als Anzahl ab 0 gerechnet; (4 − 0) / (10 − 0) "
                            "= 40 %; Soll heute 50 %; 40 % sind 80 % des Solls (gelb ab 80 %, grün "
                            "ab 95 %) → gelb"),
    (Target(baseline=0, target=10), 5, MID, "(5 − 0) / (10 − 0) = 50 %; ohne Frist: Soll 100 %; "
                                            "50 % sind 50 % des Solls (gelb ab 80 %, grün ab 95 %) → rot"),
])
def test_explanation_states_every_step(target, current, today, explanation):
    assert assess(target, current, today).explanation == explanation


def test_thresholds_per_indicator_override_the_defaults_and_say_so():
    strict = Target(baseline=8, baseline_date=Y0, target=20, deadline=END,
                    green_from=100, yellow_from=60)
    assert assess(strict, 13.8, MID).light == YELLOW  # 48 % of a 50 % Soll: not grün now
    assert assess(strict, 12, MID).light == YELLOW  # 33 % ≥ 60 % of 50 %
    assert assess(strict, 11, MID).light == RED
    assert assess(strict, 12, MID).explanation.endswith(
        "33 % sind 66 % des Solls (gelb ab 60 %, grün ab 100 %, für diesen Indikator festgelegt) → gelb")


def test_a_shown_share_is_never_on_the_wrong_side_of_its_threshold():
    odd = Target(baseline=0, baseline_date=Y0, target=100, deadline=END, yellow_from=82.5)
    result = assess(odd, 41.2, MID)  # 82,4 % of the Soll: below 82,5
    assert result.light == RED and "41 % sind 82,4 % des Solls (gelb ab 82,5 %" in result.explanation


def test_year_start_is_used_without_a_baseline_date():
    t = Target(baseline=0, target=10, deadline=END)
    assert assess(t, 5, MID, year_start=Y0).expected == pytest.approx(50, abs=0.5)
    assert assess(t, 5, MID).expected is None  # no start: judged against 100 %
    assert assess(t, 5, MID).light == RED


def test_milestones_and_halten_have_no_soll():
    assert assess(MILESTONE, 0, MID).expected is None
    assert assess(AT_MOST, 5, MID).expected is None
    assert assess(RISE, 14, MID).share == pytest.approx(100)


@pytest.mark.parametrize("start, deadline, today, share", [
    (Y0, END, Y0, 0), (Y0, END, END, 100), (Y0, END, date(2013, 1, 1), 100),
    (Y0, END, date(2010, 6, 1), 0), (END, END, END, 100), (None, END, MID, None)])
def test_expected_share(start, deadline, today, share):
    result = expected_share(start, deadline, today)
    assert result == (None if share is None else pytest.approx(share))


@pytest.mark.parametrize("goal, indicator, text, day", [
    ((None, None), (None, None), "Ende 2011", date(2011, 12, 31)),
    (("Dezember 2011", date(2011, 12, 31)), (None, None), "Dezember 2011", date(2011, 12, 31)),
    (("Dezember 2011", date(2011, 12, 31)), ("30.06.2011", date(2011, 6, 30)), "30.06.2011",
     date(2011, 6, 30)),
    ((None, None), ("Herbst 2011", date(2011, 11, 30)), "Herbst 2011", date(2011, 11, 30)),
    ((None, date(2011, 9, 30)), (None, None), "30.09.2011", date(2011, 9, 30)),  # no text stored
])
def test_the_deadline_that_decides(goal, indicator, text, day):
    due = decisive_deadline(2011, *goal, *indicator)
    assert (due.text, due.day) == (text, day)


@pytest.mark.parametrize("today, light, overdue, says", [
    (MID, NO_INDICATOR, False, "ohne Indikator: für dieses Jahresziel ist noch kein Indikator festgelegt"),
    (END, NO_INDICATOR, False, "ohne Indikator"),
    (LATE, RED, True, "ohne Indikator; Frist 31.12.2011 verstrichen, Zielerreichung nicht "
                      "nachgewiesen → rot"),
])
def test_a_goal_without_indicators_is_its_own_state(today, light, overdue, says):
    goal = assess_goal([], END, today)
    assert (goal.light, goal.attainment, goal.overdue) == (light, None, overdue)
    assert goal.explanation == says or goal.explanation.startswith(says)


def test_twin_goals_with_and_without_an_indicator_fall_due_alike():
    """At a late Stichtag both are overdue: the rule does not depend on having an indicator."""
    with_indicator = assess_goal([assess(Target(baseline=0, baseline_date=Y0, target=10,
                                                deadline=END), 3, LATE)], END, LATE)
    without = assess_goal([], END, LATE)
    assert with_indicator.overdue and without.overdue
    assert with_indicator.light == without.light == RED


def test_roll_up_mean_of_the_measured_and_worst_light():
    parts = [assess(RISE, 20, MID), assess(RISE, 13, MID), assess(RISE, None, MID)]
    result = roll_up(parts)
    assert result.light == YELLOW
    assert result.attainment == pytest.approx((100 + 41.67) / 2, abs=0.01)
    assert (result.measured, result.total) == (2, 3)
    assert result.counts[GREEN] == result.counts[YELLOW] == result.counts[GREY] == 1
    assert result.describe(L.ATT_INDICATORS) == (
        "Mittel nur aus 2 von 3 Indikatoren (die übrigen ohne Messwert): 70 %; "
        "schlechteste Ampel → gelb")
    assert result.explanation.startswith("Mittel nur aus 2 von 3 Teilen")
    assert roll_up(parts[:1]).describe(L.ATT_INDICATORS) == (
        "Mittel aus 1 Indikator: 100 %; schlechteste Ampel → grün")
    assert roll_up(parts[2:]).describe(L.ATT_INDICATORS) == (
        "Mittel aus 1 Indikator: –; schlechteste Ampel → grau")
    assert roll_up([assess(RISE, 20, MID), assess(RISE, None, MID)]).light == GREY
    assert roll_up([]).light == GREY and roll_up([]).attainment is None
    nested = roll_up([result, roll_up([assess(RISE, 7, MID)])])
    assert nested.light == RED


@pytest.mark.parametrize("lights, worst", [
    ([GREEN, NO_INDICATOR], NO_INDICATOR), ([NO_INDICATOR, GREY], GREY), ([GREY, YELLOW], YELLOW),
    ([YELLOW, RED, GREEN], RED), ([GREEN, GREEN], GREEN)])
def test_worst_light_order(lights, worst):
    goals = {GREEN: assess(RISE, 20, MID), YELLOW: assess(RISE, 13, MID), RED: assess(RISE, 7, MID),
             GREY: assess(RISE, None, MID), NO_INDICATOR: assess_goal([], END, MID)}
    assert roll_up([goals[light] for light in lights]).light == worst


@pytest.mark.parametrize("value, text", [(12, "12"), (12.5, "12,5"), (1200, "1.200"),
                                         (1234.5, "1.234,5"), (-3, "−3"), (0.25, "0,25")])
def test_german_numbers(value, text):
    assert num(value) == text


@pytest.mark.parametrize("value, text", [(99.6, "99 %"), (100, "100 %"), (70.00000000001, "70 %"),
                                         (69.99999999999, "70 %"), (-8.33, "−9 %"), (0, "0 %")])
def test_percentages_round_down(value, text):
    assert pct(value) == text


@given(st.floats(min_value=8, max_value=30), st.floats(min_value=0, max_value=22))
def test_monotone_in_the_current_value_for_a_rising_target(low, step):
    a = assess(RISE, low, MID)
    b = assess(RISE, low + step, MID)
    assert b.attainment >= a.attainment
    order = {RED: 0, YELLOW: 1, GREEN: 2}
    assert order[b.light] >= order[a.light]
