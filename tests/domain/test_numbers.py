"""The one number parser and formatter (DESIGN §8), as tables and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from steuerung.domain.errors import UserError
from steuerung.domain.numbers import (
    KOMMA,
    MAX_ABS,
    PUNKT,
    decide_decimal,
    format_number,
    format_percent,
    parse_number,
    parse_optional,
    parse_whole,
)


@pytest.mark.parametrize("typed, value", [
    ("12,5", 12.5), ("1.200", 1200), ("1.234,5", 1234.5), ("1 200", 1200),
    ("1\u202f200", 1200), ("1\u00a0200", 1200), ("12.5", 12.5), ("1.2345", 1.2345),
    ("0.200", 0.2), ("1234.567", 1234.567), (".5", 0.5), (",5", 0.5), ("1.234.567", 1234567),
    ("1 234 567,25", 1234567.25), ("-3", -3), ("−1.234,5", -1234.5), ("+7", 7), ("- 4", -4),
    ("10 %", 10), ("  7 ", 7), ("0", 0), ("1,200", 1.2), ("999999999999", 999999999999)])
def test_numbers_as_germans_type_them(typed, value):
    assert parse_number(typed, "Wert") == value


@pytest.mark.parametrize("typed, message", [
    ("", "Wert: Bitte eine Zahl eingeben, z. B. 12,5"),
    ("   ", "Wert: Bitte eine Zahl eingeben"),
    ("1,234.5", "„1,234.5“ mischt Punkt und Komma"),
    ("abc", "„abc“ ist keine Zahl. Bitte eine Zahl eingeben, z. B. 12,5 oder 1.200"),
    ("12,", "ist keine Zahl"), ("1..2", "ist keine Zahl"), ("1.2.3", "ist keine Zahl"),
    ("12,5,3", "ist keine Zahl"), ("1 2", "ist keine Zahl"), ("1e5", "ist keine Zahl"),
    ("nan", "ist keine Zahl"), ("inf", "ist keine Zahl"), ("²", "ist keine Zahl"),
    ("٣", "ist keine Zahl"), ("-", "ist keine Zahl"), ("1.2,5", "ist keine Zahl"),
    ("1000000000000", "ist zu groß"), ("-1.000.000.000.000", "ist zu groß"),
    ("9" * 400, "ist zu groß")])
def test_what_is_no_number_is_refused_in_german(typed, message):
    with pytest.raises(UserError) as info:
        parse_number(typed, "Wert")
    assert message in info.value.message


def test_empty_means_none_where_a_value_is_optional():
    assert parse_optional("  ", "Zielwert") is None and parse_optional(None) is None
    assert parse_optional("1.200") == 1200


@pytest.mark.parametrize("typed, decimal, value", [
    ("1.200", KOMMA, 1200), ("1.200", PUNKT, 1.2), ("12.5", PUNKT, 12.5), ("12,5", KOMMA, 12.5),
    ("1 200", PUNKT, 1200), ("7", PUNKT, 7)])
def test_a_files_decimal_sign_decides_the_ambiguous_values(typed, decimal, value):
    assert parse_number(typed, decimal=decimal) == value


@pytest.mark.parametrize("typed, decimal", [("12.5", KOMMA), ("12,5", PUNKT), ("1.234,5", PUNKT)])
def test_a_value_against_the_files_decimal_sign_is_refused(typed, decimal):
    with pytest.raises(UserError, match="in dieser Datei ist aber"):
        parse_number(typed, decimal=decimal)


@pytest.mark.parametrize("values, given, decided", [
    (["1.200", "12,5"], None, KOMMA), (["1.200", "12.5"], None, PUNKT),
    (["7", "8"], None, KOMMA), (["1.234.567", "1.200"], None, KOMMA),
    (["1.200"], PUNKT, PUNKT), (["1.200", "abc"], KOMMA, KOMMA), ([], None, KOMMA)])
def test_the_decimal_sign_is_decided_once_per_file(values, given, decided):
    assert decide_decimal(enumerate(values, start=2), given) == decided


@pytest.mark.parametrize("values, given, message", [
    (["5", "1.200"], None, "Zeile 3: „1.200“ kann 1.200 (Tausenderpunkt) oder 1,2 (Dezimalpunkt)"),
    (["12,5", "3", "12.5"], None, "Zeile 2 hat ein Dezimalkomma, Zeile 4 einen Dezimalpunkt"),
    (["12,5"], PUNKT, "Zeile 2: „12,5“ hat ein Dezimalkomma"),
    (["3", "12.5"], KOMMA, "Zeile 3: „12.5“ hat einen Dezimalpunkt")])
def test_files_whose_decimal_sign_stays_open_or_contradicts_are_refused(values, given, message):
    with pytest.raises(UserError) as info:
        decide_decimal(enumerate(values, start=2), given)
    assert message in info.value.message


@pytest.mark.parametrize("typed, value", [("30", 30), ("1.200", 1200), ("1 000 000", 1000000),
                                          ("+5", 5), ("-4", -4), ("12,0", 12)])
def test_whole_numbers(typed, value):
    assert parse_whole(typed) == value


@pytest.mark.parametrize("typed, message", [
    ("3,5", "„3,5“ ist keine ganze Zahl"), ("abc", "„abc“ ist keine ganze Zahl"),
    ("", "Bitte eine ganze Zahl eingeben"), ("9223372036854775807", "ist zu groß"),
    ("1" * 20, "„11111111111111111111“ ist zu groß. Möglich sind ganze Zahlen bis 1.000.000"),
    ("-1", "„-1“ ist zu klein")])
def test_whole_numbers_refused(typed, message):
    with pytest.raises(UserError) as info:
        parse_whole(typed, minimum=0 if typed == "-1" else None, maximum=1_000_000)
    assert message in info.value.message


@pytest.mark.parametrize("value, shown", [
    (10000, "10.000"), (10000.0, "10.000"), (12.5, "12,5"), (1234.5, "1.234,5"), (0, "0"),
    (-2.25, "−2,25"), (-0.0, "0"), (1200, "1.200"), (999, "999"), (0.1, "0,1"),
    (1e-7, "0,0000001"), (None, ""), (math.inf, "∞"), (math.nan, "–"),
    (2**70, "1.180.591.620.717.411.303.424")])
def test_numbers_are_shown_the_german_way(value, shown):
    assert format_number(value) == shown


@pytest.mark.parametrize("value, decimals, group, shown", [
    (1 / 3, 2, True, "0,33"), (12345.678, 1, True, "12.345,7"), (1200, None, False, "1200"),
    (1234.5, None, False, "1234,5")])
def test_rounded_and_ungrouped_output(value, decimals, group, shown):
    assert format_number(value, decimals, group=group) == shown


@pytest.mark.parametrize("value, shown", [(33.3, "33 %"), (12345, "12.345 %"), (-20, "−20 %"),
                                          (None, "–"), (math.inf, "–")])
def test_percent(value, shown):
    assert format_percent(value) == shown


finite = st.floats(min_value=-MAX_ABS, max_value=MAX_ABS, allow_nan=False,
                   allow_infinity=False).filter(lambda x: abs(x) < MAX_ABS)


@given(finite)
def test_what_is_shown_reads_back_to_the_same_value(value):
    assert parse_number(format_number(value)) == value


@given(st.integers(-(10**12) + 1, 10**12 - 1))
def test_whole_numbers_read_back(value):
    assert parse_whole(format_number(value)) == value
    assert parse_number(format_number(value, group=False)) == value


@pytest.mark.parametrize("parse, typed, message", [
    ("seats", "100.001", "„100.001“ ist zu groß. Möglich sind ganze Zahlen bis 100.000"),
    ("seats", "1" * 20, "ist zu groß"), ("votes", "1" * 20, "Ja: „11111111111111111111“ ist zu groß"),
    ("votes", "²", "Ja: „²“ ist keine Zahl"), ("seats", "²", "„²“ ist keine Anzahl"),
    ("year", "²²²²", "bitte ein vierstelliges Jahr"), ("year", "2101", "bitte ein vierstelliges Jahr")])
def test_counts_and_years_stay_sensible(parse, typed, message):
    from steuerung.domain.committees import parse_count, parse_seat_count
    from steuerung.domain.goals import parse_year

    function = {"seats": parse_seat_count, "votes": lambda t: parse_count(t, "Ja"),
                "year": parse_year}[parse]
    with pytest.raises(UserError) as info:
        function(typed)
    assert message in info.value.message


def test_counts_as_germans_type_them():
    from steuerung.domain.committees import parse_count, parse_seat_count

    assert parse_seat_count("1.000") == 1000 and parse_count("12", "Ja") == 12


def test_thousands_of_digits_are_too_big_not_a_crash():
    with pytest.raises(UserError, match="ist zu groß"):
        parse_whole("9" * 5000, maximum=1_000_000)
    with pytest.raises(UserError, match="ist zu groß"):
        parse_number("9" * 5000)
