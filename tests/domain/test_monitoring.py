"""Pure rules of the monitoring: gap, trend, reporting cycle, German figures — as tables."""

from __future__ import annotations

from datetime import date

import pytest

from steuerung.domain.errors import UserError
from steuerung.domain.monitoring import (
    add_years,
    check_value,
    cycle_text,
    decimals_for,
    format_change,
    format_value,
    gap,
    gap_label,
    gap_series,
    gap_unit,
    is_share,
    next_report,
    parse_cycle,
    trend,
)


@pytest.mark.parametrize("unit, share, unit_of_gap", [
    ("%", True, "Prozentpunkte"),
    ("in %", True, "Prozentpunkte"),
    ("Prozent", True, "Prozentpunkte"),
    ("v. H.", True, "Prozentpunkte"),
    ("Kinder", False, "Kinder"),
    (" Jahre ", False, "Jahre"),
    ("", False, ""),
    (None, False, ""),
])
def test_a_share_is_compared_in_prozentpunkten_a_count_in_its_unit(unit, share, unit_of_gap):
    assert is_share(unit) is share
    assert gap_unit(unit) == unit_of_gap


@pytest.mark.parametrize("value, reference, expected", [
    (20.0, 35.0, -15.0),   # 20 % against 35 %: 15 Prozentpunkte behind
    (91.0, 97.0, -6.0),
    (720.0, 1705.0, -985.0),
    (35.0, 20.0, 15.0),
    (None, 20.0, None),
    (20.0, None, None),
])
def test_gap_is_group_minus_reference(value, reference, expected):
    assert gap(value, reference) == expected


def test_gap_series_only_in_years_both_groups_have():
    assert gap_series({2008: 9, 2009: 12, 2010: 15}, {2009: 24, 2010: 28, 2011: 33}) == \
        {2009: -12, 2010: -13}


@pytest.mark.parametrize("series, direction, since_first, since_previous, previous_year", [
    ({2008: 9, 2009: 12, 2012: 21}, "up", 12, 9, 2009),
    ({2008: 41, 2012: 34}, "down", -7, -7, 2008),
    ({2010: 5, 2011: 5}, "flat", 0, 0, 2010),
    ({2012: 5}, "single", 0, None, None),
    ({2012: 1, 2008: 3, 2010: 2}, "down", -2, -1, 2010),  # order of the mapping does not matter
])
def test_trend(series, direction, since_first, since_previous, previous_year):
    t = trend(series)
    assert t.direction == direction
    assert t.since_first == since_first
    assert t.since_previous == since_previous
    assert t.previous_year == previous_year


@pytest.mark.parametrize("gaps, verdict", [
    ({2008: -11, 2012: -6}, "closing"),
    ({2008: -11, 2012: -16}, "widening"),
    ({2008: 4, 2012: -2}, "closing"),   # by size, whatever the sign
    ({2008: -3, 2012: 3}, "flat"),
    ({2012: -3}, "single"),
])
def test_a_gap_closes_or_widens_by_its_size(gaps, verdict):
    assert trend(gaps).gap_direction == verdict


def test_no_values_no_trend():
    assert trend({}) is None


@pytest.mark.parametrize("text, expected", [
    ("2", (2, 2)), ("2–3", (2, 3)), ("2-3", (2, 3)), ("2 bis 3", (2, 3)), (" 1 ", (1, 1)),
])
def test_cycle_as_typed(text, expected):
    assert parse_cycle(text) == expected


@pytest.mark.parametrize("text", ["", "zwei", "3-2", "0", "11", "2–3–4"])
def test_unreadable_cycle_is_refused_in_german(text):
    with pytest.raises(UserError, match="Berichtsturnus"):
        parse_cycle(text)


@pytest.mark.parametrize("low, high, text", [
    (1, 1, "jährlich"), (2, 2, "alle 2 Jahre"), (2, 3, "alle 2–3 Jahre")])
def test_cycle_text(low, high, text):
    assert cycle_text(low, high) == text


@pytest.mark.parametrize("last, low, high, earliest, latest", [
    (date(2012, 12, 31), 2, 3, date(2014, 12, 31), date(2015, 12, 31)),
    (date(2012, 2, 29), 1, 1, date(2013, 2, 28), date(2013, 2, 28)),  # leap day
    (date(2012, 6, 30), 2, 2, date(2014, 6, 30), date(2014, 6, 30)),
])
def test_next_report_window(last, low, high, earliest, latest):
    due = next_report(last, low, high)
    assert (due.earliest, due.latest) == (earliest, latest)


@pytest.mark.parametrize("today, state", [
    (date(2014, 12, 30), "ahead"), (date(2014, 12, 31), "due"), (date(2015, 12, 31), "due"),
    (date(2016, 1, 1), "overdue")])
def test_next_report_state(today, state):
    assert next_report(date(2012, 12, 31), 2, 3).state(today) == state


def test_add_years_keeps_the_day():
    assert add_years(date(2011, 3, 1), 3) == date(2014, 3, 1)


@pytest.mark.parametrize("value, decimals, text", [
    (281050, None, "281.050"), (48303.0, None, "48.303"), (17.19, 1, "17,2"), (20.553, 1, "20,6"),
    (12.5, None, "12,5"), (8.0, None, "8"), (8.0, 1, "8,0"), (-3.456, None, "−3,46"),
    (1234567.5, None, "1.234.567,5"), (-0.001, None, "0"), (None, None, "–"),
])
def test_german_figures(value, decimals, text):
    assert format_value(value, decimals) == text


@pytest.mark.parametrize("value, text", [(3, "+3"), (-2.5, "−2,5"), (0.001, "±0"), (-1180, "−1.180")])
def test_changes_carry_their_sign(value, text):
    assert format_change(value) == text


@pytest.mark.parametrize("values, places", [
    ([1, 2, 3], 0), ([1, 2.5], 1), ([9.8, 10.0], 1), ([1.25, 3], 2), ([None, 4], 0)])
def test_one_column_one_number_of_places(values, places):
    assert decimals_for(values) == places


@pytest.mark.parametrize("group, reference, label", [
    ("mit Migrationsvorgeschichte", "ohne Migrationsvorgeschichte", "mit − ohne"),
    ("Mütter mit Migrationsvorgeschichte", "Mütter ohne Migrationsvorgeschichte",
     "Mütter mit − ohne"),
    ("Frauen", "Männer", "Frauen − Männer"),
    ("Deutsche", "Ausländer insgesamt", "Deutsche − Ausländer insgesamt"),
])
def test_the_short_name_of_a_gap_says_shared_words_once(group, reference, label):
    assert gap_label(group, reference) == label


@pytest.mark.parametrize("value", [1e12, -1e12, float("inf"), float("nan")])
def test_figures_beyond_the_bounds_are_refused(value):
    with pytest.raises(UserError, match="außerhalb"):
        check_value(value)
