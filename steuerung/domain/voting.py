"""Dot voting ("Punktabfrage"): tally, dense ranking and the rules for a dot.

DESIGN rule: topics are ordered by tally, highest first; topics with the
same tally keep the order in which they were entered (so nobody can say the
tool reshuffled a tie), and ranks are dense: 1, 2, 3, 3, 4, 4.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from steuerung import labels as L
from steuerung.domain.errors import UserError
from steuerung.domain.numbers import format_number


@dataclass(frozen=True)
class RankedTopic:
    """One line of the result table."""

    rank: int  # dense rank: 1, 2, 3, 3, 4, 4
    topic_id: int
    name: str
    tally: int
    tied: bool  # True when another topic has the same tally ("punktgleich")


def tally(dots: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Sum (topic_id, delta) events per topic.

    Dots are stored as +1/-1 events rather than counters so that taking a dot
    back is an ordinary event and the history stays reconstructable.
    """
    sums: dict[int, int] = {}
    for topic_id, delta in dots:
        sums[topic_id] = sums.get(topic_id, 0) + delta
    return sums


def rank_topics(
    topics: Sequence[tuple[int, str, int]], tallies: Mapping[int, int]
) -> list[RankedTopic]:
    """Rank (topic_id, name, position) by tally; ties keep entry order.

    A topic missing from ``tallies`` simply has no dots yet, i.e. 0.
    """
    # Python's sort is stable, but the input may come in any order, so the
    # entry order (position, then id as a last resort) is part of the key.
    ordered = sorted(topics, key=lambda t: (-tallies.get(t[0], 0), t[2], t[0]))
    counts: dict[int, int] = {}
    for topic_id, _name, _position in ordered:
        value = tallies.get(topic_id, 0)
        counts[value] = counts.get(value, 0) + 1

    result: list[RankedTopic] = []
    rank = 0
    previous: int | None = None
    for topic_id, name, _position in ordered:
        value = tallies.get(topic_id, 0)
        if value != previous:  # dense: the next distinct tally is the next rank
            rank += 1
            previous = value
        result.append(RankedTopic(rank, topic_id, name, value, counts[value] > 1))
    return result


def suggest_dots_per_person(topic_count: int) -> int:
    """About a third of the topics, rounded half up, at least 1.

    The usual moderation rule of thumb: enough dots to express priorities,
    few enough that people have to choose.
    """
    # floor(n/3 + 1/2) in integer arithmetic, avoiding float rounding quirks.
    return max(1, (2 * topic_count + 3) // 6)


def _points(n: int) -> str:
    return "1 Punkt" if n == 1 else f"{n} Punkte"


def points(n: int) -> str:
    """"1 Punkt", "0 Punkte", "1.200 Punkte" (German number, singular and plural)."""
    return f"{format_number(n)} {L.POINT_WORDS[n != 1]}"


def persons(n: int) -> str:
    """"1 Person", "3 Personen": the people whose dots are counted one by one."""
    return f"{n} {L.PERSON_WORDS[n != 1]}"


def check_dot(
    *,
    tally_now: int,
    delta: int,
    closed: bool,
    budget: int | None,
    used_by_participant: int | None,
    participant_name: str | None,
    on_this_topic_by_participant: int | None,
    cumulate: bool,
    topic_name: str,
) -> None:
    """Refuse a dot change that breaks the rules; return None when it is fine.

    ``participant_name`` is None when dots are entered anonymously (e.g.
    counted off a pin board); then only the per-topic rules apply.
    ``budget`` None means "no limit per person".
    """
    if closed:
        raise UserError("Die Punktabfrage ist geschlossen – bitte erst wieder öffnen.")
    if delta == 0:
        raise UserError(
            "Eine Änderung um 0 Punkte ändert nichts – bitte Punkte geben oder wegnehmen."
        )
    if tally_now + delta < 0:
        have = "keine Punkte" if tally_now <= 0 else f"nur {_points(tally_now)}"
        raise UserError(f"„{topic_name}“ hat {have}; weniger als 0 geht nicht.")
    if participant_name is None:
        return

    on_topic = on_this_topic_by_participant or 0
    if delta < 0 and on_this_topic_by_participant is not None and on_topic + delta < 0:
        # Taking back more than one gave would silently move someone else's dot.
        given = "keinen Punkt" if on_topic == 0 else f"nur {_points(on_topic)}"
        raise UserError(
            f"{participant_name} hat „{topic_name}“ {given} gegeben; "
            "mehr kann nicht weggenommen werden."
        )
    if delta > 0 and budget is not None:
        left = max(budget - (used_by_participant or 0), 0)
        if delta > left:
            total = "1 Punkt" if budget == 1 else f"{budget} Punkten"
            if left == 0:
                raise UserError(
                    f"{participant_name} hat keine Punkte mehr übrig "
                    f"({_points(budget)} pro Person)."
                )
            raise UserError(f"{participant_name} hat nur noch {left} von {total}.")
    if delta > 0 and not cumulate:
        if on_topic > 0:
            raise UserError(
                "Kumulieren ist in dieser Punktabfrage nicht erlaubt: "
                f"{participant_name} hat „{topic_name}“ schon einen Punkt gegeben."
            )
        if delta > 1:
            raise UserError(
                "Kumulieren ist in dieser Punktabfrage nicht erlaubt: "
                f"{participant_name} kann „{topic_name}“ nur einen Punkt geben."
            )
