"""The attainment table of cases (DESIGN §4 "Attainment and Ampel")."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from steuerung.domain.attainment import (
    GREEN,
    GREY,
    RED,
    YELLOW,
    Target,
    assess,
    expected_share,
    roll_up,
)

Y0, MID, END = date(2011, 1, 1), date(2011, 7, 2), date(2011, 12, 31)  # MID ≈ 50 % of the year
RISE = Target(baseline=8, baseline_date=Y0, target=20, deadline=END)
FALL = Target(baseline=12.0, baseline_date=Y0, target=6.0, deadline=END)  # e.g. a jobless rate
KEEP = Target(baseline=70, baseline_date=Y0, target=70, deadline=END)
MILESTONE = Target(kind="milestone", baseline_date=Y0, deadline=END)
COUNT = Target(baseline=0, baseline_date=Y0, target=10, deadline=END)  # "mindestens 10 …"


@pytest.mark.parametrize("target, current, today, light, attainment", [
    # rising: Soll heute 50 % → green from 47.5 %, yellow from 40 %
    (RISE, 20, MID, GREEN, 100), (RISE, 24, MID, GREEN, 133.33),
    (RISE, 14, MID, GREEN, 50), (RISE, 13.8, MID, GREEN, 48.33),
    (RISE, 13, MID, YELLOW, 41.67), (RISE, 12, MID, RED, 33.33),
    (RISE, 8, MID, RED, 0), (RISE, 7, MID, RED, -8.33),  # wrong direction
    (RISE, 8, Y0, GREEN, 0),  # day one: nothing is expected yet
    # falling target: fewer is better
    (FALL, 9, MID, GREEN, 50), (FALL, 10, MID, RED, 33.33), (FALL, 6, MID, GREEN, 100),
    (FALL, 13, MID, RED, -16.67),
    # deadline passed unmet → red, however close; met → green
    (RISE, 19, date(2012, 1, 15), RED, 91.67), (RISE, 20, date(2012, 1, 15), GREEN, 100),
    # maintain (target = baseline)
    (KEEP, 70, MID, GREEN, 100), (KEEP, 75, MID, GREEN, 100), (KEEP, 69, MID, RED, 0),
    # milestone: reached (1) or not (0); open (yellow) until its deadline, then red
    (MILESTONE, 1, MID, GREEN, 100), (MILESTONE, 0, date(2011, 2, 1), YELLOW, 0),
    (MILESTONE, 0, MID, YELLOW, 0), (MILESTONE, 0, date(2012, 1, 2), RED, 0),
    # count-type milestone: quantitative from 0
    (COUNT, 4, MID, YELLOW, 40), (COUNT, 5, MID, GREEN, 50), (COUNT, 10, END, GREEN, 100),
])
def test_attainment_table(target, current, today, light, attainment):
    result = assess(target, current, today)
    assert result.light == light
    assert result.attainment == pytest.approx(attainment, abs=0.01)


def test_no_reading_is_grey_not_zero():
    result = assess(RISE, None, MID)
    assert (result.light, result.attainment) == (GREY, None)
    assert "keine Daten" in result.explanation


def test_missing_target_is_grey_and_says_why():
    result = assess(Target(baseline=3, baseline_date=Y0), 5, MID)
    assert result.light == GREY and "kein Ausgangs- oder Zielwert" in result.explanation


def test_explanation_shows_the_computation():
    assert assess(RISE, 12, MID).explanation == (
        "(12 − 8) / (20 − 8) = 33 %; Soll heute 50 %; → rot")
    assert assess(FALL, 10.5, MID).explanation == (
        "(10,5 − 12) / (6 − 12) = 25 %; Soll heute 50 %; → rot")
    overdue = assess(RISE, 19, date(2012, 1, 15)).explanation
    assert "Frist 31.12.2011 verstrichen" in overdue and overdue.endswith("→ rot")
    assert "falsche Richtung" in assess(RISE, 7, MID).explanation


def test_thresholds_per_indicator_override_the_defaults():
    strict = Target(baseline=8, baseline_date=Y0, target=20, deadline=END,
                    green_from=100, yellow_from=60)
    assert assess(strict, 13.8, MID).light == YELLOW  # 48 % of a 50 % Soll: not green now
    assert assess(strict, 12, MID).light == YELLOW  # 33 % ≥ 60 % of 50 %
    assert assess(strict, 11, MID).light == RED


def test_year_start_is_used_without_a_baseline_date():
    t = Target(baseline=0, target=10, deadline=END)
    assert assess(t, 5, MID, year_start=Y0).expected == pytest.approx(50, abs=0.5)
    assert assess(t, 5, MID).expected is None  # no start: judged against 100 %
    assert assess(t, 5, MID).light == RED


@pytest.mark.parametrize("start, deadline, today, share", [
    (Y0, END, Y0, 0), (Y0, END, END, 100), (Y0, END, date(2013, 1, 1), 100),
    (Y0, END, date(2010, 6, 1), 0), (END, END, END, 100), (None, END, MID, None)])
def test_expected_share(start, deadline, today, share):
    result = expected_share(start, deadline, today)
    assert result == (None if share is None else pytest.approx(share))


def test_roll_up_mean_and_worst_light():
    parts = [assess(RISE, 20, MID), assess(RISE, 13, MID), assess(RISE, None, MID)]
    result = roll_up(parts)
    assert result.light == YELLOW
    assert result.attainment == pytest.approx((100 + 41.67) / 2, abs=0.01)
    assert result.counts == {GREEN: 1, YELLOW: 1, RED: 0, GREY: 1}
    assert roll_up([assess(RISE, 20, MID), assess(RISE, None, MID)]).light == GREY
    assert roll_up([]).light == GREY and roll_up([]).attainment is None
    nested = roll_up([result, roll_up([assess(RISE, 7, MID)])])
    assert nested.light == RED


@given(st.floats(min_value=8, max_value=30), st.floats(min_value=0, max_value=22))
def test_monotone_in_the_current_value_for_a_rising_target(low, step):
    a = assess(RISE, low, MID)
    b = assess(RISE, low + step, MID)
    assert b.attainment >= a.attainment
    order = {RED: 0, YELLOW: 1, GREEN: 2}
    assert order[b.light] >= order[a.light]
