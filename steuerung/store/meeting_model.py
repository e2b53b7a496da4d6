"""What every meeting module shares: the read model of a meeting and the common checks.

``meetings`` (header, attendance), ``agenda`` (TOPs and their blocks),
``tasks`` (Aufgaben, Termine) and ``committees`` all build on this module
and on nothing of each other's but what flows downwards (committees →
meetings → agenda, tasks → here), so their imports cannot go round in a
circle again (DESIGN §6, habit 9; a test checks the import graph).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain import minutes as rules
from ..domain.committees import Quorum
from ..domain.dates import format_date, parse_date
from ..domain.errors import UserError
from .order import swap
from .repo import Store


@dataclass
class MeetingHead:
    id: int
    committee_id: int
    committee_name: str
    committee_kind: str | None
    committee_genitive: str | None  # as the clerk set it; None: by rule
    number: int | None
    title: str | None
    date: str | None
    start_time: str | None
    end_time: str | None
    place: str | None
    chair: str | None
    minute_taker: str | None
    state: str
    public: bool
    minutes_date: str | None = None
    attendance_note: str | None = None

    @property
    def closed(self) -> bool:
        return self.state == "closed"

    @property
    def statutory(self) -> bool:
        """Rat, Kreistag, Ausschuss …: the minutes are a Niederschrift."""
        return rules.is_statutory(self.committee_kind, self.committee_name)

    @property
    def genitive(self) -> str:
        """"des Koordinationskreises zur Umsetzung …", as set or by rule."""
        return self.committee_genitive or rules.genitive(self.committee_name)

    @property
    def minute_takers(self) -> list[str]:
        return rules.names(self.minute_taker)


@dataclass
class MemberAttendance:
    """One seated member (chair or member) and how they attended."""

    membership_id: int
    name: str
    organisation: str | None
    function: str | None
    role: str
    voting: bool
    seat_id: int | None
    seat_actor: str | None
    status: str | None  # None: not recorded yet
    represented_by: int | None
    deputy_name: str | None

    @property
    def counts(self) -> bool:
        """Present or represented, with a vote: counts toward quorum and votes."""
        return self.voting and self.status in ("present", "represented")


@dataclass
class Deputy:
    membership_id: int
    name: str
    deputy_of: int | None


@dataclass
class OtherAttendee:
    id: int
    kind: str  # administration | guest
    name: str
    status: str


@dataclass
class Block:
    """One block inside a TOP, in the clerk's order (stored in the ``resolution`` table).

    ``kind`` text: ``text`` is Markdown.  vote (Abstimmung): ``vote`` mode,
    counts, ``text`` the wording.  resolution (Beschluss): ``text`` the
    wording, optionally with its vote and result.  result (Ergebnis):
    ``result`` and/or ``text`` as a free paragraph.
    """

    id: int
    kind: str
    text: str | None
    vote: str | None
    yes: int | None
    no: int | None
    abstain: int | None
    result: str | None


@dataclass
class PlanItem:
    id: int
    date_text: str | None
    date: str | None
    what: str
    agenda_item_id: int | None = None
    agenda_number: str | None = None


@dataclass
class AgendaItem:
    id: int
    number: str
    title: str
    public: bool
    notes: str | None
    blocks: list[Block] = field(default_factory=list)
    plans: list[PlanItem] = field(default_factory=list)  # the Termine of this TOP

    @property
    def level(self) -> int:
        return 1 if "." in self.number else 0

    @property
    def resolutions(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "resolution"]


@dataclass
class Task:
    id: int
    meeting_id: int | None
    meeting_number: int | None
    agenda_number: str | None
    what: str
    who: str | None
    due_text: str | None
    status: str  # as the task stood in this meeting
    carried: bool  # from an earlier meeting of the committee
    done_later_in: str | None  # "der 2. Sitzung vom …": a later meeting in which it was done
    link: str | None  # "Jahresziel: …" / "Maßnahme: …"
    origin: str | None = None  # "der 1. Sitzung vom …" for a carried task


@dataclass
class MeetingView:
    head: MeetingHead
    seat_total: int
    members: list[MemberAttendance]
    deputies: list[Deputy]
    others: list[OtherAttendee]
    quorum: Quorum
    agenda: list[AgendaItem]
    tasks: list[Task]
    plans: list[PlanItem]

    @property
    def voters(self) -> int:
        """Voting members present or represented: the most votes a resolution can have."""
        return sum(1 for m in self.members if m.counts)

    @property
    def attendance_recorded(self) -> bool:
        """Attendance taken by name: only then can the quorum be judged."""
        return any(m.status for m in self.members)

    @property
    def not_quorate(self) -> bool:
        """Recorded attendance that does not make the committee quorate."""
        return self.attendance_recorded and not self.quorum.reached

    def item(self, item_id: int) -> AgendaItem:
        return next(i for i in self.agenda if i.id == item_id)


# -- shared checks ------------------------------------------------------------------------
def meeting_name(number: int | None, date: str | None) -> str:
    """"der 3. Sitzung vom 03.05.2011" — how messages refer to a meeting."""
    when = f" vom {format_date(parse_date(date))}" if date else ""
    return f"der {number}. Sitzung{when}" if number else f"der Sitzung{when}"


def check_editable(store: Store, meeting_id: int) -> dict:
    """The meeting row, or a refusal when its protocol is closed."""
    row = store.get("meeting", meeting_id)
    if row is None:
        raise UserError("Diese Sitzung gibt es nicht mehr.")
    if row["state"] == "closed":
        raise UserError(f"Das Protokoll {meeting_name(row['number'], row['date'])} ist "
                        "abgeschlossen und kann nicht geändert werden. Zum Ändern das "
                        "Protokoll ausdrücklich wieder öffnen.")
    return row


def present_voters(store: Store, meeting_id: int) -> int | None:
    """Voting members present or represented; None when attendance is only a free line.

    The same count as :attr:`MeetingView.voters`, without loading the meeting.
    """
    row = store.one("""
        SELECT count(a.id), mt.attendance_note FROM meeting mt
        LEFT JOIN attendance a ON a.meeting_id = mt.id AND a.kind = 'member'
        WHERE mt.id = ?""", (meeting_id,))
    if row[0] == 0 and (row[1] or "").strip():
        return None  # "s. Anwesenheitsliste": the counts cannot be checked against names
    return store.one("""
        SELECT count(*) FROM attendance a JOIN membership m ON m.id = a.membership_id
        JOIN meeting mt ON mt.id = a.meeting_id
        WHERE a.meeting_id = ? AND m.voting = 1 AND m.role IN ('chair', 'member')
          AND a.status IN ('present', 'represented')
          AND (m.start_date IS NULL OR m.start_date <= mt.date)
          AND (m.end_date IS NULL OR m.end_date >= mt.date)""", (meeting_id,))[0]


def move_row(store: Store, table: str, row_id: int, step: int, parent: str) -> bool:
    """Swap ``row_id`` with its neighbour among rows of the same parent; positions renumbered."""
    parent_id = store.one(f"SELECT {parent} FROM {table} WHERE id = ?", (row_id,))[0]
    ids = [r[0] for r in store.rows(f"SELECT id FROM {table} WHERE {parent} = ? "
                                    "ORDER BY position, id", (parent_id,))]
    return swap(store, table, ids, row_id, step)
