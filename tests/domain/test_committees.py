"""Pure committee rules: seat plan, quorum, votes, TOP numbering, times."""

from fractions import Fraction

import pytest

from steuerung.domain.committees import (
    QuorumRule,
    check_period,
    check_seat_capacity,
    check_seat_reduction,
    check_times,
    level_of,
    move_item,
    overlaps,
    parse_count,
    parse_quorum_rule,
    parse_seat_count,
    parse_time,
    quorum,
    renumber,
    seat_total,
    voting_seats,
)
from steuerung.domain.errors import UserError

NEUSS_COUNTS = [1, 8, 5, 1, 4, 2, 1, 1, 1, 1]


# -- seat plan ---------------------------------------------------------------------
@pytest.mark.parametrize("counts, total", [(NEUSS_COUNTS, 25), ([], 0), ([3], 3), ([2, 2], 4)])
def test_seat_total(counts, total):
    assert seat_total(counts) == total


@pytest.mark.parametrize("text, count", [("8", 8), (" 1 ", 1), ("25", 25)])
def test_seat_count_is_read(text, count):
    assert parse_seat_count(text) == count


@pytest.mark.parametrize("text, message", [
    ("0", "mindestens einen Platz"), ("", "keine Anzahl"), ("acht", "„acht“ ist keine Anzahl"),
    ("-2", "keine Anzahl"), ("2,5", "keine Anzahl")])
def test_seat_count_refused(text, message):
    with pytest.raises(UserError, match=message):
        parse_seat_count(text)


@pytest.mark.parametrize("count, occupied, ok", [
    (8, 0, True), (8, 7, True), (8, 8, False), (1, 1, False), (1, 0, True), (2, 3, False)])
def test_seat_capacity(count, occupied, ok):
    if ok:
        check_seat_capacity("Bürgermeister", count, occupied)
    else:
        with pytest.raises(UserError, match="Der Sitz „Bürgermeister“ hat .* alle sind besetzt"):
            check_seat_capacity("Bürgermeister", count, occupied)


@pytest.mark.parametrize("new, occupied, ok", [(5, 5, True), (4, 5, False), (9, 0, True)])
def test_seat_cannot_shrink_below_its_members(new, occupied, ok):
    if ok:
        check_seat_reduction("Fraktionen", new, occupied)
    else:
        with pytest.raises(UserError, match="nicht auf 4 verkleinert"):
            check_seat_reduction("Fraktionen", new, occupied)


# -- quorum ------------------------------------------------------------------------
@pytest.mark.parametrize("seats, present, required, reached", [
    (25, 13, 13, True),   # more than half of 25 is 13
    (25, 12, 13, False),
    (24, 12, 13, False),  # exactly half is not more than half
    (24, 13, 13, True),
    (1, 1, 1, True),
    (0, 0, 1, False),     # no voting seats: never quorate
    (5, 3, 3, True),
])
def test_default_quorum_more_than_half(seats, present, required, reached):
    q = quorum(seats, present)
    assert (q.required, q.reached) == (required, reached)
    assert q.rule == "mehr als die Hälfte"


@pytest.mark.parametrize("text, seats, required, described", [
    ("", 25, 13, "mehr als die Hälfte"),
    ("2/3", 25, 17, "mindestens 2/3"),
    ("mindestens 2/3", 24, 16, "mindestens 2/3"),
    ("mehr als 1/3", 24, 9, "mehr als 1/3"),
    ("50 %", 25, 13, "mindestens die Hälfte"),
    ("50 %", 24, 12, "mindestens die Hälfte"),
    ("mehr als 50 Prozent", 24, 13, "mehr als die Hälfte"),
    ("mindestens 10", 25, 10, "mindestens 10"),
    ("10", 40, 10, "mindestens 10"),
    ("mehr als 10", 40, 11, "mindestens 11"),
    ("  Mindestens   7 ", 9, 7, "mindestens 7"),
])
def test_committee_sets_another_rule(text, seats, required, described):
    rule = parse_quorum_rule(text)
    assert rule.required(seats) == required
    assert rule.describe() == described


@pytest.mark.parametrize("text, message", [
    ("die Hälfte", "keine lesbare Regel"), ("3/0", "durch 0"), ("0", "1 oder mehr"),
    ("4/3", "höchstens alle Sitze"), ("mehr als 100 %", "höchstens alle Sitze"),
    ("0 %", "größer als 0")])
def test_unreadable_rules_are_refused(text, message):
    with pytest.raises(UserError, match=message):
        parse_quorum_rule(text)


def test_rule_shares_are_exact_fractions():
    assert parse_quorum_rule("2/3") == QuorumRule(share=Fraction(2, 3), strict=False)


@pytest.mark.parametrize("plan, advisory, members, seats", [
    (25, 0, 3, 25),   # vacant seats count: the plan is the statutory size
    (25, 2, 20, 23),  # advisory members on a seat do not vote
    (0, 0, 7, 7),     # no seat plan: the voting members themselves
    (0, 1, 0, 0),
])
def test_voting_seats(plan, advisory, members, seats):
    assert voting_seats(plan, advisory, members) == seats


# -- vote counts (the rules of votes and results: tests/domain/test_minutes.py) ----------
@pytest.mark.parametrize("text, value", [("", None), (" 12 ", 12), ("0", 0)])
def test_counts_are_read(text, value):
    assert parse_count(text, "Ja") == value


@pytest.mark.parametrize("text", ["zwölf", "-1", "1.5"])
def test_unreadable_counts_are_refused(text):
    with pytest.raises(UserError, match="Nein: .* ist keine Zahl"):
        parse_count(text, "Nein")


# -- TOP numbers ---------------------------------------------------------------------
@pytest.mark.parametrize("levels, numbers", [
    ([], []),
    ([0, 0, 1, 1, 0], ["1", "2", "2.a", "2.b", "3"]),
    ([0, 0, 1, 1, 0, 1, 1, 0, 0], ["1", "2", "2.a", "2.b", "3", "3.a", "3.b", "4", "5"]),
    ([1, 1, 0], ["1", "1.a", "2"]),  # a leading sub-item becomes TOP 1
    ([0] + [1] * 27, ["1"] + [f"1.{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + ["1.aa"]),
])
def test_renumber(levels, numbers):
    assert renumber(levels) == numbers


@pytest.mark.parametrize("number, level", [("1", 0), ("2.a", 1), ("12", 0), (None, 0)])
def test_level_of(number, level):
    assert level_of(number) == level


SEED = [0, 0, 1, 1, 0, 1, 1, 0, 0]  # 1, 2, 2.a, 2.b, 3, 3.a, 3.b, 4, 5 (seed 000)


@pytest.mark.parametrize("levels, index, step, order, numbers", [
    # TOP 3 with its sub-items moves up past TOP 2 and its sub-items
    (SEED, 4, -1, [0, 4, 5, 6, 1, 2, 3, 7, 8],
     ["1", "2", "2.a", "2.b", "3", "3.a", "3.b", "4", "5"]),
    # TOP 2 with 2.a and 2.b moves down past TOP 3 with its sub-items
    (SEED, 1, 1, [0, 4, 5, 6, 1, 2, 3, 7, 8], None),
    # 2.b up: swaps with 2.a
    (SEED, 3, -1, [0, 1, 3, 2, 4, 5, 6, 7, 8], None),
    # 2.a up past its TOP: becomes the last sub-item of TOP 1
    (SEED, 2, -1, [0, 2, 1, 3, 4, 5, 6, 7, 8],
     ["1", "1.a", "2", "2.a", "3", "3.a", "3.b", "4", "5"]),
    # 2.b down past TOP 3: becomes 3.a
    (SEED, 3, 1, [0, 1, 2, 4, 3, 5, 6, 7, 8],
     ["1", "2", "2.a", "3", "3.a", "3.b", "3.c", "4", "5"]),
    # TOP 4 down past TOP 5
    (SEED, 7, 1, [0, 1, 2, 3, 4, 5, 6, 8, 7], None),
])
def test_move_item(levels, index, step, order, numbers):
    assert move_item(levels, index, step) == order
    if numbers is not None:
        assert renumber([levels[i] for i in order]) == numbers


@pytest.mark.parametrize("levels, index, step", [
    (SEED, 0, -1),  # the first TOP cannot move up
    (SEED, 8, 1),   # the last TOP cannot move down
    ([0, 1], 1, -1),  # a sub-item cannot move above the first TOP
    ([0, 1], 1, 1),
    ([0, 1, 1], 0, 1),  # a TOP with its sub-items is the last block
])
def test_move_at_the_edge_does_nothing(levels, index, step):
    assert move_item(levels, index, step) is None


# -- times and periods ---------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("14:00", "14:00"), ("14", "14:00"), ("9.30", "09:30"), ("16:00 Uhr", "16:00"),
    ("", None), (" 8 Uhr ", "08:00")])
def test_times_are_read(text, value):
    assert parse_time(text) == value


@pytest.mark.parametrize("text, message", [
    ("24:00", "gibt es nicht"), ("14:60", "gibt es nicht"), ("nachmittags", "keine Uhrzeit"),
    ("14:0", "keine Uhrzeit")])
def test_unreadable_times_are_refused(text, message):
    with pytest.raises(UserError, match=message):
        parse_time(text)


@pytest.mark.parametrize("start, end, ok", [
    ("14:00", "16:00", True), ("16:00", "14:00", False), ("14:00", "14:00", False),
    (None, "14:00", True), ("14:00", None, True), ("09:30", "10:00", True)])
def test_meeting_ends_after_it_begins(start, end, ok):
    if ok:
        check_times(start, end)
    else:
        with pytest.raises(UserError, match="Ende nach dem Beginn"):
            check_times(start, end)


@pytest.mark.parametrize("a, b, result", [
    ((None, None), ("2011-01-01", None), True),
    (("2010-01-01", "2010-12-31"), ("2011-01-01", None), False),
    (("2010-01-01", "2011-01-01"), ("2011-01-01", None), True),
    ((None, "2010-06-30"), ("2010-07-01", "2010-12-31"), False)])
def test_periods_overlap(a, b, result):
    assert overlaps(*a, *b) is result
    assert overlaps(*b, *a) is result


def test_period_must_not_end_before_it_begins():
    check_period("2011-01-01", "2011-01-01")
    with pytest.raises(UserError, match="nicht enden, bevor sie beginnt"):
        check_period("2011-02-01", "2011-01-31")
