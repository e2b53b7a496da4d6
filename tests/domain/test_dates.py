"""Tests for German deadline parsing: every supported form and every refusal."""

import datetime

import pytest

from steuerung.domain.dates import Deadline, format_date, parse_date, parse_deadline
from steuerung.domain.errors import UserError

D = datetime.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exact days
        ("30.06.2011", D(2011, 6, 30)),
        ("30.6.2011", D(2011, 6, 30)),
        ("1.1.2012", D(2012, 1, 1)),
        ("2011-06-30", D(2011, 6, 30)),
        ("29.02.2012", D(2012, 2, 29)),
        ("2012-02-29", D(2012, 2, 29)),
        ("30. 06. 2011", D(2011, 6, 30)),
        # month names, case-insensitive, abbreviated
        ("Juni 2011", D(2011, 6, 30)),
        ("Dezember 2011", D(2011, 12, 31)),
        ("januar 2011", D(2011, 1, 31)),
        ("Jan. 2011", D(2011, 1, 31)),
        ("Februar 2011", D(2011, 2, 28)),
        ("Februar 2012", D(2012, 2, 29)),
        ("Februar 2000", D(2000, 2, 29)),
        ("Februar 1900", D(1900, 2, 28)),
        ("März 2011", D(2011, 3, 31)),
        ("Maerz 2011", D(2011, 3, 31)),
        ("MÄRZ 2011", D(2011, 3, 31)),
        ("April 2011", D(2011, 4, 30)),
        ("Mai 2011", D(2011, 5, 31)),
        ("Juli 2011", D(2011, 7, 31)),
        ("August 2011", D(2011, 8, 31)),
        ("September 2011", D(2011, 9, 30)),
        ("Sept. 2011", D(2011, 9, 30)),
        ("Okt. 2011", D(2011, 10, 31)),
        ("Oktober 2011", D(2011, 10, 31)),
        ("November 2011", D(2011, 11, 30)),
        ("Dez. 2011", D(2011, 12, 31)),
        # year, end, middle
        ("2011", D(2011, 12, 31)),
        ("Ende 2011", D(2011, 12, 31)),
        ("Mitte 2012", D(2012, 6, 30)),
        # meteorological seasons
        ("Frühling 2011", D(2011, 5, 31)),
        ("Frühjahr 2011", D(2011, 5, 31)),
        ("Sommer 2011", D(2011, 8, 31)),
        ("Herbst 2011", D(2011, 11, 30)),
        ("Winter 2011", D(2012, 2, 29)),  # winter 2011 ends in leap year 2012
        ("Winter 2012", D(2013, 2, 28)),
        ("winter 2010", D(2011, 2, 28)),
        # quarters
        ("1. Quartal 2012", D(2012, 3, 31)),
        ("2. Quartal 2012", D(2012, 6, 30)),
        ("3. Quartal 2012", D(2012, 9, 30)),
        ("4. Quartal 2012", D(2012, 12, 31)),
        ("3. Quartal in 2012", D(2012, 9, 30)),
        ("3.Quartal 2012", D(2012, 9, 30)),
        ("Q3 2012", D(2012, 9, 30)),
        ("q1 2012", D(2012, 3, 31)),
        ("III. Quartal 2012", D(2012, 9, 30)),
        ("IV. Quartal 2012", D(2012, 12, 31)),
        # halves
        ("1. Halbjahr 2012", D(2012, 6, 30)),
        ("2. Halbjahr 2012", D(2012, 12, 31)),
        # ignored prefixes
        ("bis Ende 2011", D(2011, 12, 31)),
        ("bis Dezember 2011", D(2011, 12, 31)),
        ("bis 30.06.2011", D(2011, 6, 30)),
        ("bis zum 30.06.2011", D(2011, 6, 30)),
        ("Bis zum 3. Quartal 2012", D(2012, 9, 30)),
        ("bis Ende Juni 2011", D(2011, 6, 30)),
        # whitespace tolerance
        ("  Juni   2011  ", D(2011, 6, 30)),
        ("\tEnde\n2011 ", D(2011, 12, 31)),
    ],
)
def test_parse_deadline_forms(text, expected):
    assert parse_deadline(text).date == expected


def test_deadline_keeps_text_as_typed():
    deadline = parse_deadline("  bis Ende   Juni 2011 ")
    assert deadline == Deadline(text="bis Ende   Juni 2011", date=D(2011, 6, 30))


def test_deadline_is_frozen():
    deadline = parse_deadline("Juni 2011")
    with pytest.raises(AttributeError):
        deadline.text = "Juli 2011"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "must_contain"),
    [
        ("abc", "„abc“ ist kein lesbares Datum"),
        (
            "Sankt Nimmerlein",
            "„Sankt Nimmerlein“ ist kein lesbares Datum. Möglich sind z. B. 30.06.2011",
        ),
        ("31.02.2011", "Den 31.02.2011 gibt es nicht"),
        ("29.02.2011", "Den 29.02.2011 gibt es nicht"),
        ("31.04.2011", "Den 31.04.2011 gibt es nicht"),
        ("2011-02-30", "Den 2011-02-30 gibt es nicht"),
        ("01.13.2011", "Den 01.13.2011 gibt es nicht"),
        ("13. Quartal 2012", "„13. Quartal 2012“"),
        ("Q5 2012", "„Q5 2012“"),
        ("3. Halbjahr 2012", "„3. Halbjahr 2012“"),
        ("Ende 20111", "„Ende 20111“"),
        ("Juni 11", "„Juni 11“"),
        ("30.06.11", "„30.06.11“"),
        ("Ende 1899", "„Ende 1899“"),
        ("2101", "„2101“"),
        ("Anfang 2011", "„Anfang 2011“"),
        ("Ende", "„Ende“"),
        ("Juno 2011", "„Juno 2011“"),
    ],
)
def test_parse_deadline_refusals(text, must_contain):
    with pytest.raises(UserError) as caught:
        parse_deadline(text)
    assert must_contain in caught.value.message
    assert str(caught.value) == caught.value.message


def test_refusal_message_full_wording():
    with pytest.raises(UserError) as caught:
        parse_deadline("Sankt Nimmerlein")
    assert caught.value.message == (
        "„Sankt Nimmerlein“ ist kein lesbares Datum. Möglich sind z. B. 30.06.2011, Juni 2011, "
        "Ende 2011, Herbst 2011, 3. Quartal 2012, Mitte 2012 oder 2011-06-30."
    )


def test_invalid_day_says_how_many_days_the_month_has():
    with pytest.raises(UserError) as caught:
        parse_deadline("31.02.2011")
    assert (
        caught.value.message == "Den 31.02.2011 gibt es nicht – der Februar 2011 hat nur 28 Tage."
    )


@pytest.mark.parametrize(
    ("text", "must_contain"),
    [
        ("13. Quartal 2012", "nur 4 Quartale"),
        ("3. Halbjahr 2012", "nur 2 Halbjahre"),
        ("Ende 20111", "vierstellig"),
        ("Ende 1899", "zwischen 1900 und 2100"),
    ],
)
def test_refusals_say_what_would_be_right(text, must_contain):
    with pytest.raises(UserError) as caught:
        parse_deadline(text)
    assert must_contain in caught.value.message


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_is_refused(text):
    with pytest.raises(UserError) as caught:
        parse_deadline(text)
    assert caught.value.message.startswith("Bitte ein Datum eingeben, z. B. 30.06.2011")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30.06.2011", D(2011, 6, 30)),
        ("30.6.2011", D(2011, 6, 30)),
        ("2011-06-30", D(2011, 6, 30)),
        (" 29.02.2012 ", D(2012, 2, 29)),
    ],
)
def test_parse_date_exact_days(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "must_contain"),
    [
        ("Juni 2011", "„Juni 2011“ ist kein genaues Datum"),
        ("2011", "„2011“ ist kein genaues Datum"),
        ("bis 30.06.2011", "„bis 30.06.2011“ ist kein genaues Datum"),
        ("31.02.2011", "Den 31.02.2011 gibt es nicht"),
        ("29.02.2011", "Den 29.02.2011 gibt es nicht"),
        ("30.06.11", "vierstellig"),
        ("", "Bitte ein Datum eingeben"),
    ],
)
def test_parse_date_refusals(text, must_contain):
    with pytest.raises(UserError) as caught:
        parse_date(text)
    assert must_contain in caught.value.message


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2011, 6, 30), "30.06.2011"),
        (D(2012, 1, 1), "01.01.2012"),
        (D(2012, 2, 29), "29.02.2012"),
    ],
)
def test_format_date(day, expected):
    assert format_date(day) == expected


def test_format_and_parse_round_trip():
    day = D(2011, 9, 5)
    assert parse_date(format_date(day)) == day
