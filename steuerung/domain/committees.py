"""Pure rules for committees and their meetings (DESIGN §4 "Committees").

Seat plan totals and capacity, Beschlussfähigkeit (quorum), reading a vote
count, TOP numbering (1, 2, 2.a, 2.b …) and the times of a meeting (the
rules of votes and results are in :mod:`steuerung.domain.minutes`).  No
SQLite here: the store loads the numbers, these functions decide, and a
refusal is a German :class:`UserError`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from .. import labels as L
from .bounds import MAX_COUNT
from .errors import UserError
from .numbers import NotANumber, parse_whole

#: Roles that occupy a place on a seat; a deputy (``deputy``) stands in for one of them.
SEATED_ROLES = ("chair", "member")

#: Result codes a resolution row may carry (labels.RESULTS holds the German words); new
#: entries choose from :data:`steuerung.domain.minutes.RESULT_CHOICES`, "adopted_unanimously"
#: is read from older files (see :func:`steuerung.domain.minutes.normalise_vote`).
RESULT_CODES = ("adopted", "rejected", "adopted_unanimously", "noted", "postponed", "referred")


# -- seat plan ---------------------------------------------------------------------
def seat_total(counts: Iterable[int]) -> int:
    """The size of a committee by its seat plan (Neuss: 25)."""
    return sum(counts)


def parse_seat_count(text: str) -> int:
    """"8" → 8; a seat has at least one place and at most :data:`~.bounds.MAX_COUNT`."""
    value = text.strip()
    try:
        count = parse_whole(value, L.NUM_SEATS, maximum=MAX_COUNT, example="8")
    except NotANumber:
        count = -1
    if count < 0:
        raise UserError(f"„{value}“ ist keine Anzahl. Bitte die Zahl der Sitze als ganze Zahl "
                        "eingeben, z. B. 8.")
    if count < 1:
        raise UserError("Ein Sitz hat mindestens einen Platz; bitte 1 oder mehr eingeben.")
    return count


def check_seat_capacity(actor: str, count: int, occupied: int) -> None:
    """Refuse one more member on a seat whose places are all taken."""
    if occupied >= count:
        places = "einen Platz" if count == 1 else f"{count} Plätze"
        raise UserError(
            f"Der Sitz „{actor}“ hat {places}, und alle sind besetzt. Bitte erst eine "
            "Mitgliedschaft beenden oder im Sitzplan die Zahl der Sitze erhöhen; "
            "eine Stellvertretung wird als Stellvertretung eingetragen.")


def check_seat_reduction(actor: str, new_count: int, occupied: int) -> None:
    """A seat cannot shrink below the members who sit on it."""
    if new_count < occupied:
        raise UserError(
            f"Auf dem Sitz „{actor}“ sitzen {occupied} Mitglieder; er kann nicht auf "
            f"{new_count} verkleinert werden. Bitte erst Mitgliedschaften beenden.")


# -- quorum ------------------------------------------------------------------------
@dataclass(frozen=True)
class QuorumRule:
    """How many voting seats must be present or represented.

    ``share`` with ``strict``: more than that share ("mehr als die Hälfte");
    ``share`` without: at least that share ("2/3"); ``minimum``: at least that
    many people ("mindestens 10").
    """

    share: Fraction | None = Fraction(1, 2)
    strict: bool = True
    minimum: int | None = None

    def required(self, voting_seats: int) -> int:
        """The smallest number present or represented that makes the committee quorate."""
        if self.minimum is not None:
            return self.minimum
        exact = voting_seats * self.share
        needed = math.floor(exact) + 1 if self.strict else math.ceil(exact)
        return max(needed, 1)

    def describe(self) -> str:
        if self.minimum is not None:
            return f"mindestens {self.minimum}"
        if self.share == Fraction(1, 2):
            return "mehr als die Hälfte" if self.strict else "mindestens die Hälfte"
        share = f"{self.share.numerator}/{self.share.denominator}"
        return f"mehr als {share}" if self.strict else f"mindestens {share}"


DEFAULT_RULE = QuorumRule()
QUORUM_EXAMPLES = "leer (mehr als die Hälfte), „2/3“, „mehr als 1/3“, „50 %“ oder „mindestens 10“"
_RULE = re.compile(r"^(mindestens|mind\.|mehr als|über)?\s*(\d+)\s*(?:/\s*(\d+)|(%))?$")


def parse_quorum_rule(text: str | None) -> QuorumRule:
    """Read the rule a committee sets for its quorum; empty means the default."""
    stripped = " ".join((text or "").split())
    if not stripped:
        return DEFAULT_RULE
    match = _RULE.match(stripped.lower().replace("prozent", "%"))
    if not match:
        raise UserError(f"„{stripped}“ ist keine lesbare Regel für die Beschlussfähigkeit. "
                        f"Möglich sind z. B. {QUORUM_EXAMPLES}.")
    prefix, number, denominator, percent = match.groups()
    strict = prefix in ("mehr als", "über")
    value = int(number)
    if denominator is None and percent is None:
        if value < 1:
            raise UserError("Eine Mindestzahl für die Beschlussfähigkeit muss 1 oder mehr sein.")
        return QuorumRule(share=None, minimum=value + 1 if strict else value)
    share = Fraction(value, 100) if percent else _fraction(value, int(denominator), stripped)
    if not 0 < share <= 1 or (strict and share == 1):
        raise UserError(f"„{stripped}“: Der Anteil muss größer als 0 und höchstens alle Sitze "
                        "sein, z. B. 1/2, 2/3 oder 50 %.")
    return QuorumRule(share=share, strict=strict)


def _fraction(numerator: int, denominator: int, text: str) -> Fraction:
    if denominator == 0:
        raise UserError(f"„{text}“: durch 0 geht nicht; bitte z. B. 2/3 schreiben.")
    return Fraction(numerator, denominator)


@dataclass(frozen=True)
class Quorum:
    voting_seats: int
    present: int  # voting members present or represented by a deputy
    required: int
    rule: str

    @property
    def reached(self) -> bool:
        return self.voting_seats > 0 and self.present >= self.required


def quorum(voting_seats: int, present_or_represented: int,
           rule: QuorumRule = DEFAULT_RULE) -> Quorum:
    return Quorum(voting_seats, present_or_represented, rule.required(voting_seats),
                  rule.describe())


def voting_seats(seat_plan_total: int, seated_without_vote: int, voting_members: int) -> int:
    """The voting seats a quorum is measured against.

    With a seat plan: its total (vacant seats count, as the statutory size of
    a council does) minus the seats held by advisory members without a vote.
    Without a seat plan: the voting members themselves.
    """
    if seat_plan_total:
        return max(seat_plan_total - seated_without_vote, 0)
    return voting_members


# -- votes and results -------------------------------------------------------------
def parse_count(text: str, what: str) -> int | None:
    """A vote count as typed; empty means "not counted"."""
    value = text.strip()
    if not value:
        return None
    try:
        count = parse_whole(value, what, maximum=MAX_COUNT, example="12")
    except NotANumber:
        count = None
    if count is None or count < 0:
        raise UserError(f"{what}: „{value}“ ist keine Zahl. Bitte eine ganze Zahl ab 0 eingeben "
                        "oder das Feld leer lassen.")
    return count


# -- agenda numbering ----------------------------------------------------------------
def level_of(number: str | None) -> int:
    """"2" → 0 (TOP), "2.a" → 1 (Unterpunkt)."""
    return 1 if number and "." in number else 0


def _letters(index: int) -> str:
    """0 → a, 25 → z, 26 → aa (a committee with 27 sub-items still gets numbers)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def renumber(levels: list[int]) -> list[str]:
    """Numbers for agenda items in order: 1, 2, 2.a, 2.b, 3 …

    A sub-item before any TOP becomes a TOP itself, so every number is valid.
    """
    numbers: list[str] = []
    top, sub = 0, 0
    for level in levels:
        if level == 0 or top == 0:
            top, sub = top + 1, 0
            numbers.append(str(top))
        else:
            numbers.append(f"{top}.{_letters(sub)}")
            sub += 1
    return numbers


def effective_levels(levels: list[int]) -> list[int]:
    """The levels ``renumber`` will actually give (a leading sub-item is a TOP)."""
    return [level_of(n) for n in renumber(levels)]


def _block(levels: list[int], index: int) -> tuple[int, int]:
    """The rows that move together: a TOP with its sub-items, or one sub-item."""
    end = index + 1
    if levels[index] == 0:
        while end < len(levels) and levels[end] == 1:
            end += 1
    return index, end


def move_item(levels: list[int], index: int, step: int) -> list[int] | None:
    """New order (a permutation of indexes) after moving item ``index`` up (-1) or down (+1).

    A TOP moves with its sub-items past the neighbouring TOP; a sub-item moves
    one row, and so may pass into the neighbouring TOP.  None when it is at
    the edge already.
    """
    levels = effective_levels(levels)
    order = list(range(len(levels)))
    start, end = _block(levels, index)
    if levels[index] == 1:
        other = index + step
        if not 0 <= other < len(levels) or (other == 0 and step < 0):
            return None  # above the first TOP there is nothing to belong to
        order[index], order[other] = order[other], order[index]
        return order
    if step < 0:
        if start == 0:
            return None
        prev = start - 1
        while levels[prev] == 1:
            prev -= 1
        return order[:prev] + order[start:end] + order[prev:start] + order[end:]
    if end >= len(levels):
        return None
    _, next_end = _block(levels, end)
    return order[:start] + order[end:next_end] + order[start:end] + order[next_end:]


# -- meeting times -----------------------------------------------------------------
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr)?$")


def parse_time(text: str) -> str | None:
    """"14", "14:00", "14.00 Uhr" → "14:00"; empty → None."""
    value = " ".join(text.split())
    if not value:
        return None
    match = _TIME.match(value.lower())
    if not match:
        raise UserError(f"„{value}“ ist keine Uhrzeit. Bitte z. B. 14:00 oder 9.30 eingeben.")
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        raise UserError(f"„{value}“ gibt es nicht; Uhrzeiten gehen von 00:00 bis 23:59.")
    return f"{hours:02d}:{minutes:02d}"


def check_times(start: str | None, end: str | None) -> None:
    """A meeting ends after it begins ("HH:MM" strings compare in time order)."""
    if start and end and end <= start:
        raise UserError(f"Die Sitzung kann nicht um {end} Uhr enden, wenn sie um {start} Uhr "
                        "beginnt. Bitte ein Ende nach dem Beginn eingeben.")


# -- membership periods ------------------------------------------------------------
def overlaps(a_start: str | None, a_end: str | None, b_start: str | None,
             b_end: str | None) -> bool:
    """Do two periods (ISO dates, None = open) share a day?"""
    return (a_start or "") <= (b_end or "9999") and (b_start or "") <= (a_end or "9999")


def active_on(start: str | None, end: str | None, day: str) -> bool:
    return (start or "") <= day <= (end or "9999")


def check_period(start: str | None, end: str | None) -> None:
    if start and end and end < start:
        raise UserError("Eine Mitgliedschaft kann nicht enden, bevor sie beginnt; "
                        "bitte das Ende nach dem Beginn angeben.")
