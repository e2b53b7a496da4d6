"""Pure rules of the Protokoll / Niederschrift: titles, genitive, votes, results, warnings."""

from datetime import date

import pytest

from steuerung.domain.dates import format_long_date
from steuerung.domain.errors import UserError
from steuerung.domain.minutes import (
    check_minutes_date,
    check_result,
    check_vote,
    counts_text,
    decision_words,
    genitive,
    is_statutory,
    join_names,
    names,
    normalise_vote,
    plan_before_meeting,
    public_note,
    result_from_counts,
)


# -- Niederschrift or Protokoll, and the committee in the genitive ----------------------------
@pytest.mark.parametrize("kind, name, statutory", [
    ("Kreistag", "Kreistag des Rhein-Kreises Neuss", True),
    ("Rat", "Rat der Stadt Münster", True),
    ("Ausschuss", "Ausschuss für Schule und Weiterbildung", True),
    (None, "Sozial- und Gesundheitsausschuss", True),
    ("Integrationsrat", "Integrationsrat der Stadt Münster", True),
    ("Beirat", "Seniorenbeirat", True),
    ("Bezirksvertretung", "Bezirksvertretung Mitte", True),
    ("Koordinationskreis", "Koordinationskreis zur Umsetzung des Migrationsleitbildes", False),
    ("Steuerungsgruppe", "Steuerungsgruppe Integration", False),
    ("Kerngruppe", "Kerngruppe Münster–Almelo", False),
    ("Integrationskonferenz", "Integrationskonferenz", False),
    ("Arbeitsgruppe", "AG Prozesssteuerung", False),
    (None, "", False),
])
def test_statutory_bodies_write_a_niederschrift(kind, name, statutory):
    assert is_statutory(kind, name) is statutory


@pytest.mark.parametrize("name, expected", [
    ("Kreistag des Rhein-Kreises Neuss", "des Kreistages des Rhein-Kreises Neuss"),
    ("Koordinationskreis zur Umsetzung des Migrationsleitbildes",
     "des Koordinationskreises zur Umsetzung des Migrationsleitbildes"),
    ("Steuerungsgruppe Integration", "der Steuerungsgruppe Integration"),
    ("Rat der Stadt Münster", "des Rates der Stadt Münster"),
    ("Integrationsrat", "des Integrationsrates"),
    ("Ausschuss für Schule und Weiterbildung", "des Ausschusses für Schule und Weiterbildung"),
    ("Sozial- und Gesundheitsausschuss", "des Sozial- und Gesundheitsausschusses"),
    ("Integrationskonferenz", "der Integrationskonferenz"),
    ("Bezirksvertretung Mitte", "der Bezirksvertretung Mitte"),
    ("Runder Tisch Integration", "des Runden Tisches Integration"),
    ("Forum Migration", "des Forums Migration"),
    ("AG Bildung", "der AG Bildung"),
    ("AK Wohnen", "des AK Wohnen"),
    ("Netzwerk", "des Netzwerks"),
    ("", ""),
])
def test_the_committee_in_the_genitive(name, expected):
    assert genitive(name) == expected


@pytest.mark.parametrize("day, text", [
    (date(2011, 5, 3), "03. Mai 2011"), (date(2010, 12, 8), "08. Dezember 2010"),
    (date(2012, 3, 31), "31. März 2012")])
def test_the_long_date_of_a_title(day, text):
    assert format_long_date(day) == text


# -- minute-takers ------------------------------------------------------------------------
@pytest.mark.parametrize("text, people", [
    ("Doris Dužević, Angelika Sommer und Andrea Reckfort",
     ["Doris Dužević", "Angelika Sommer", "Andrea Reckfort"]),
    ("Doris Dužević; Angelika Sommer", ["Doris Dužević", "Angelika Sommer"]),
    ("Doris Dužević\nAngelika Sommer", ["Doris Dužević", "Angelika Sommer"]),
    ("Herr Köhnke", ["Herr Köhnke"]),
    ("", []), (None, []), (" , ", []),
])
def test_minute_takers_are_a_list_of_names(text, people):
    assert names(text) == people


@pytest.mark.parametrize("people, text", [
    ([], ""), (["A"], "A"), (["A", "B"], "A und B"), (["A", "B", "C"], "A, B und C")])
def test_names_are_joined_as_german_prose(people, text):
    assert join_names(people) == text


# -- votes and results --------------------------------------------------------------------
@pytest.mark.parametrize("yes, no, abstain, text", [
    (3, 0, 1, "3 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung"),
    (1, 1, 2, "1 Ja-Stimme, 1 Nein-Stimme, 2 Enthaltungen"),
    (12, None, None, "12 Ja-Stimmen"),
    (None, None, None, ""),
])
def test_counts_in_words_with_singular_and_plural(yes, no, abstain, text):
    assert counts_text(yes, no, abstain) == text


@pytest.mark.parametrize("mode, yes, no, abstain, wording, voters, stored", [
    ("unanimous", None, None, None, None, 0, "unanimous"),
    ("majority", None, None, None, None, 0, "majority"),
    ("majority", None, None, None, "… mehrheitlich befürwortet.", None, "majority"),
    (None, 3, 0, 1, None, 4, "counts"),        # counts typed without a mode
    ("counts", 12, 1, 2, None, 15, "counts"),
    ("wording", None, None, None, "Eine Abstimmung ergab …", 0, "wording"),
    ("unanimous", 12, 0, 2, None, 14, "unanimous"),  # einstimmig bei zwei Enthaltungen
    ("counts", 30, 5, 2, None, None, "counts"),  # free attendance line: counts unchecked
    (None, None, None, None, None, 0, None),
])
def test_votes_that_are_accepted(mode, yes, no, abstain, wording, voters, stored):
    assert check_vote(mode, yes, no, abstain, wording, voters) == stored


@pytest.mark.parametrize("mode, yes, no, abstain, wording, voters, message", [
    ("counts", None, None, None, None, 5, "Bitte die Stimmen eintragen"),
    ("wording", None, None, None, "  ", 5, "Wortlaut der Abstimmung"),
    ("unanimous", 9, 1, 0, None, 10, "„einstimmig“ geht nicht bei 1 Nein-Stimme;"),
    ("counts", 12, 1, 2, None, 14, "^15 Stimmen .* aber es sind nur 14 stimmberechtigte"),
    ("counts", 1, None, None, None, 0, "ist kein stimmberechtigtes Mitglied"),
    ("counts", 2, None, None, None, 1, "ist nur 1 stimmberechtigtes Mitglied"),
    ("counts", -1, None, None, None, 5, "nicht negativ"),
])
def test_votes_that_are_refused(mode, yes, no, abstain, wording, voters, message):
    with pytest.raises(UserError, match=message):
        check_vote(mode, yes, no, abstain, wording, voters)


@pytest.mark.parametrize("result, mode, yes, no, message", [
    ("adopted", "counts", 3, 3, "Mit 3 Ja-Stimmen und 3 Nein-Stimmen ist ein Beschluss nicht"),
    ("adopted", "counts", 1, 2, "Mit 1 Ja-Stimme und 2 Nein-Stimmen"),
])
def test_results_the_counts_contradict(result, mode, yes, no, message):
    with pytest.raises(UserError, match=message):
        check_result(result, mode, yes, no)


@pytest.mark.parametrize("result, mode, yes, no", [
    ("rejected", "counts", 5, 3),  # a qualified majority may be missed with more Ja than Nein
    ("adopted", "counts", 5, 3), ("noted", None, None, None), ("referred", None, None, None),
    ("rejected", "unanimous", None, None),  # einstimmig abgelehnt
    (None, "majority", None, None)])
def test_results_that_fit(result, mode, yes, no):
    check_result(result, mode, yes, no)


@pytest.mark.parametrize("mode, yes, no, result", [
    ("counts", 12, 0, "adopted"), ("counts", 3, 3, "rejected"), ("counts", 1, 5, "rejected"),
    ("unanimous", None, None, None), ("majority", None, None, None), (None, None, None, None)])
def test_result_from_counts_assumes_nothing_else(mode, yes, no, result):
    assert result_from_counts(mode, yes, no) == result


@pytest.mark.parametrize("vote, result, normal, words", [
    (None, "adopted_unanimously", ("unanimous", "adopted"), "einstimmig angenommen"),
    ("unanimous", "adopted", ("unanimous", "adopted"), "einstimmig angenommen"),
    ("majority", None, ("majority", None), "mehrheitlich"),
    ("counts", "rejected", ("counts", "rejected"), "abgelehnt"),
    (None, "noted", (None, "noted"), "zur Kenntnis genommen"),
    (None, None, (None, None), ""),
])
def test_older_results_and_decisions_in_words(vote, result, normal, words):
    assert normalise_vote(vote, result) == normal
    assert decision_words(vote, result) == words


# -- warnings and the public version --------------------------------------------------------
@pytest.mark.parametrize("plan, meeting, before", [
    ("2010-08-31", "2011-05-03", True), ("2011-05-03", "2011-05-03", False),
    ("2011-11-30", "2011-05-03", False), (None, "2011-05-03", False)])
def test_a_termin_before_the_meeting_is_noticed(plan, meeting, before):
    assert plan_before_meeting(plan, meeting) is before


@pytest.mark.parametrize("left_out, public, note", [
    ([], True, "Öffentliche Fassung"),
    ([("3", False)], True,
     "Öffentliche Fassung: Der nichtöffentliche Tagesordnungspunkt 3 ist nicht enthalten."),
    ([("3", False), ("3.a", True), ("3.b", True)], True,
     "Öffentliche Fassung: Der nichtöffentliche Tagesordnungspunkt 3 ist nicht enthalten."),
    ([("2.b", True), ("4", False)], True,
     "Öffentliche Fassung: Die nichtöffentlichen Tagesordnungspunkte 2.b und 4 sind nicht "
     "enthalten."),
    ([("1", False)], False, "Öffentliche Fassung: Die Sitzung war nichtöffentlich; die "
                            "Tagesordnungspunkte sind nicht enthalten."),
])
def test_the_public_version_says_what_it_leaves_out_in_correct_german(left_out, public, note):
    assert public_note(left_out, public) == note
    assert " 0 " not in note and "(e)" not in note and "(r)" not in note


def test_minutes_are_not_written_before_the_meeting():
    check_minutes_date(date(2011, 5, 24), date(2011, 5, 3))
    check_minutes_date(None, date(2011, 5, 3))
    with pytest.raises(UserError, match="nicht vor der Sitzung"):
        check_minutes_date(date(2011, 5, 2), date(2011, 5, 3))
