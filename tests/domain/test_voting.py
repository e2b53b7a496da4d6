"""Tests for dot tally, dense ranking and the rules for a single dot."""

import pytest

from steuerung.domain.errors import UserError
from steuerung.domain.voting import (
    RankedTopic,
    check_dot,
    rank_topics,
    suggest_dots_per_person,
    tally,
)

NEUSS_TOPICS = [
    (1, "Bildung", 1),
    (2, "Arbeit", 2),
    (3, "Sprache", 3),
    (4, "Partizipation", 4),
    (5, "Interkulturelle Öffnung", 5),
    (6, "Willkommenskultur", 6),
]
NEUSS_TALLIES = {1: 30, 2: 17, 3: 15, 4: 15, 5: 14, 6: 14}


def test_neuss_table():
    assert rank_topics(NEUSS_TOPICS, NEUSS_TALLIES) == [
        RankedTopic(1, 1, "Bildung", 30, False),
        RankedTopic(2, 2, "Arbeit", 17, False),
        RankedTopic(3, 3, "Sprache", 15, True),
        RankedTopic(3, 4, "Partizipation", 15, True),
        RankedTopic(4, 5, "Interkulturelle Öffnung", 14, True),
        RankedTopic(4, 6, "Willkommenskultur", 14, True),
    ]


def test_neuss_input_order_does_not_matter():
    assert rank_topics(list(reversed(NEUSS_TOPICS)), NEUSS_TALLIES) == rank_topics(
        NEUSS_TOPICS, NEUSS_TALLIES
    )


def test_tie_follows_entry_order_not_id():
    # Partizipation entered before Sprache -> it comes first among the 15s.
    topics = [
        (1, "Bildung", 1),
        (2, "Arbeit", 2),
        (4, "Partizipation", 3),
        (3, "Sprache", 4),
        (5, "Interkulturelle Öffnung", 5),
        (6, "Willkommenskultur", 6),
    ]
    names = [r.name for r in rank_topics(topics, NEUSS_TALLIES)]
    assert names[2:4] == ["Partizipation", "Sprache"]


def test_tie_with_equal_position_falls_back_to_id():
    topics = [(9, "Neun", 1), (3, "Drei", 1)]
    assert [r.topic_id for r in rank_topics(topics, {3: 2, 9: 2})] == [3, 9]


def test_dense_ranks_with_several_tie_groups():
    topics = [(i, f"T{i}", i) for i in range(1, 8)]
    tallies = {1: 5, 2: 5, 3: 4, 4: 3, 5: 3, 6: 3, 7: 1}
    result = rank_topics(topics, tallies)
    assert [(r.rank, r.topic_id, r.tied) for r in result] == [
        (1, 1, True),
        (1, 2, True),
        (2, 3, False),
        (3, 4, True),
        (3, 5, True),
        (3, 6, True),
        (4, 7, False),
    ]


def test_zero_and_missing_tallies():
    topics = [(1, "A", 1), (2, "B", 2), (3, "C", 3), (4, "D", 4)]
    result = rank_topics(topics, {2: 3, 3: 0})
    assert [(r.rank, r.name, r.tally, r.tied) for r in result] == [
        (1, "B", 3, False),
        (2, "A", 0, True),
        (2, "C", 0, True),
        (2, "D", 0, True),
    ]


def test_all_missing_is_one_tie():
    result = rank_topics([(1, "A", 1), (2, "B", 2)], {})
    assert [(r.rank, r.tally, r.tied) for r in result] == [(1, 0, True), (1, 0, True)]


def test_single_topic_is_not_tied():
    assert rank_topics([(7, "Allein", 1)], {7: 4}) == [RankedTopic(1, 7, "Allein", 4, False)]


def test_empty_topics():
    assert rank_topics([], {1: 3}) == []


def test_tallies_for_unknown_topics_are_ignored():
    result = rank_topics([(1, "A", 1)], {1: 1, 99: 50})
    assert result == [RankedTopic(1, 1, "A", 1, False)]


def test_tally_sums_plus_and_minus_events():
    events = [(1, 1), (2, 1), (1, 1), (1, -1), (3, 1), (3, -1), (2, 2)]
    assert tally(events) == {1: 1, 2: 3, 3: 0}


def test_tally_empty():
    assert tally([]) == {}


def test_tally_accepts_generator():
    assert tally((t, 1) for t in [5, 5, 6]) == {5: 2, 6: 1}


@pytest.mark.parametrize(
    ("topic_count", "expected"),
    [
        (0, 1),
        (1, 1),
        (2, 1),
        (3, 1),
        (4, 1),
        (5, 2),
        (6, 2),
        (7, 2),
        (8, 3),
        (9, 3),
        (40, 13),
        (-3, 1),
    ],
)
def test_suggest_dots_per_person(topic_count, expected):
    assert suggest_dots_per_person(topic_count) == expected


# --- check_dot -------------------------------------------------------------

BASE = {
    "tally_now": 3,
    "delta": 1,
    "closed": False,
    "budget": 3,
    "used_by_participant": 0,
    "participant_name": "Anna Schmidt",
    "on_this_topic_by_participant": 0,
    "cumulate": False,
    "topic_name": "Bildung",
}


@pytest.mark.parametrize(
    ("changes", "expected_message"),
    [
        ({"closed": True}, "Die Punktabfrage ist geschlossen – bitte erst wieder öffnen."),
        (
            {"closed": True, "participant_name": None},
            "Die Punktabfrage ist geschlossen – bitte erst wieder öffnen.",
        ),
        (
            {"delta": 0},
            "Eine Änderung um 0 Punkte ändert nichts – bitte Punkte geben oder wegnehmen.",
        ),
        (
            {"delta": -4, "participant_name": None},
            "„Bildung“ hat nur 3 Punkte; weniger als 0 geht nicht.",
        ),
        (
            {"tally_now": 1, "delta": -2, "participant_name": None},
            "„Bildung“ hat nur 1 Punkt; weniger als 0 geht nicht.",
        ),
        (
            {"tally_now": 0, "delta": -1, "participant_name": None},
            "„Bildung“ hat keine Punkte; weniger als 0 geht nicht.",
        ),
        (
            {"used_by_participant": 2, "delta": 2, "cumulate": True},
            "Anna Schmidt hat nur noch 1 von 3 Punkten.",
        ),
        (
            {"used_by_participant": 3},
            "Anna Schmidt hat keine Punkte mehr übrig (3 Punkte pro Person).",
        ),
        (
            {"budget": 1, "used_by_participant": 1},
            "Anna Schmidt hat keine Punkte mehr übrig (1 Punkt pro Person).",
        ),
        (
            {"on_this_topic_by_participant": 1},
            "Kumulieren ist in dieser Punktabfrage nicht erlaubt: "
            "Anna Schmidt hat „Bildung“ schon einen Punkt gegeben.",
        ),
        (
            {"delta": 2},
            "Kumulieren ist in dieser Punktabfrage nicht erlaubt: "
            "Anna Schmidt kann „Bildung“ nur einen Punkt geben.",
        ),
        (
            {"delta": -1, "on_this_topic_by_participant": 0},
            "Anna Schmidt hat „Bildung“ keinen Punkt gegeben; mehr kann nicht weggenommen werden.",
        ),
        (
            {"delta": -3, "on_this_topic_by_participant": 2, "cumulate": True},
            "Anna Schmidt hat „Bildung“ nur 2 Punkte gegeben; mehr kann nicht weggenommen werden.",
        ),
    ],
)
def test_check_dot_refusals(changes, expected_message):
    with pytest.raises(UserError) as caught:
        check_dot(**{**BASE, **changes})
    assert caught.value.message == expected_message


@pytest.mark.parametrize(
    "changes",
    [
        {},  # first dot within budget
        {"used_by_participant": 2},  # last dot of the budget
        {"budget": None, "used_by_participant": 50},  # no limit per person
        {"used_by_participant": None},  # unknown usage counts as none
        {"cumulate": True, "on_this_topic_by_participant": 2},  # cumulating allowed
        {"cumulate": True, "delta": 3},
        {"delta": -1, "on_this_topic_by_participant": 1},  # take one's own dot back
        {
            "delta": -1,
            "on_this_topic_by_participant": 1,
            "used_by_participant": 3,
        },  # even at full budget
        {"delta": -3, "tally_now": 3, "participant_name": None},  # down to exactly 0
        # anonymous entry (e.g. counted from the pin board): no budget/cumulate rules
        {
            "participant_name": None,
            "delta": 5,
            "used_by_participant": 3,
            "on_this_topic_by_participant": 1,
        },
        {"delta": -1, "on_this_topic_by_participant": None},  # own count unknown: not checked
    ],
)
def test_check_dot_allowed(changes):
    assert check_dot(**{**BASE, **changes}) is None


def test_check_dot_closed_is_checked_first():
    with pytest.raises(UserError) as caught:
        check_dot(**{**BASE, "closed": True, "delta": 0, "used_by_participant": 3})
    assert "geschlossen" in caught.value.message


def test_check_dot_requires_keywords():
    with pytest.raises(TypeError):
        check_dot(3, 1, False, 3, 0, "Anna Schmidt", 0, False, "Bildung")  # type: ignore[misc]
