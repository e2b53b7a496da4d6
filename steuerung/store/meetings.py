"""Meetings of a committee: header, state, attendance and the live quorum.

A meeting is loaded as one read model (:class:`MeetingView`) with its
attendance, agenda, resolutions, tasks and Termine — a few dozen rows, so
the screen simply reloads it after each write.  Every write checks first
that the protocol is not closed: a closed protocol is read-only until it is
explicitly reopened, and the reopening stands in the change log.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import labels as L
from ..domain.committees import (
    Quorum,
    check_times,
    parse_quorum_rule,
    parse_time,
    quorum,
    seat_total,
    voting_seats,
)
from ..domain.dates import format_date, parse_date
from ..domain.errors import UserError
from .repo import Store

#: Attendance rows that are not memberships: administration and guests.
OTHER_KINDS = ("administration", "guest")


@dataclass
class MeetingHead:
    id: int
    committee_id: int
    committee_name: str
    committee_kind: str | None
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

    @property
    def closed(self) -> bool:
        return self.state == "closed"


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
class Resolution:
    id: int
    text: str | None
    yes: int | None
    no: int | None
    abstain: int | None
    result: str | None


@dataclass
class AgendaItem:
    id: int
    number: str
    title: str
    public: bool
    notes: str | None
    resolutions: list[Resolution] = field(default_factory=list)

    @property
    def level(self) -> int:
        return 1 if "." in self.number else 0


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
    done_later_in: int | None  # number of a later meeting in which it was done
    link: str | None  # "Jahresziel: …" / "Maßnahme: …"


@dataclass
class PlanItem:
    id: int
    date_text: str | None
    date: str | None
    what: str


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

    def item(self, item_id: int) -> AgendaItem:
        return next(i for i in self.agenda if i.id == item_id)


# -- naming ----------------------------------------------------------------------------
def meeting_name(number: int | None, date: str | None) -> str:
    """"der 3. Sitzung (03.05.2011)" — how messages refer to a meeting."""
    when = f" ({format_date(parse_date(date))})" if date else ""
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


# -- header ----------------------------------------------------------------------------
@dataclass
class MeetingForm:
    """The header as typed; validated by :func:`create_meeting` / :func:`update_meeting`."""

    date: str
    start: str = ""
    end: str = ""
    place: str = ""
    title: str = ""
    chair: str = ""
    minute_taker: str = ""
    public: bool = True
    number: str = ""


def _text(value: str) -> str | None:
    value = " ".join(value.split())
    return value or None


def _header_values(store: Store, committee_id: int, form: MeetingForm,
                   meeting_id: int | None) -> dict:
    if not form.date.strip():
        raise UserError("Bitte das Datum der Sitzung eingeben, z. B. 03.05.2011.")
    day = parse_date(form.date).isoformat()
    start = parse_time(form.start)
    end = parse_time(form.end)
    check_times(start, end)
    number_text = form.number.strip()
    if number_text:
        if not number_text.isdigit() or int(number_text) < 1:
            raise UserError(f"„{number_text}“ ist keine Sitzungsnummer; bitte eine ganze Zahl "
                            "ab 1 eingeben oder leer lassen (dann die nächste freie).")
        number = int(number_text)
        clash = store.one("SELECT id FROM meeting WHERE committee_id = ? AND number = ? "
                          "AND id IS NOT ?", (committee_id, number, meeting_id))
        if clash:
            raise UserError(f"Eine {number}. Sitzung hat dieses Gremium schon; bitte eine andere "
                            "Nummer wählen oder leer lassen.")
    elif meeting_id is not None:
        number = store.get("meeting", meeting_id)["number"]
    else:
        number = store.one("SELECT coalesce(max(number), 0) + 1 FROM meeting "
                           "WHERE committee_id = ?", (committee_id,))[0]
    return {"number": number, "title": _text(form.title), "date": day, "start_time": start,
            "end_time": end, "place": _text(form.place), "chair": _text(form.chair),
            "minute_taker": _text(form.minute_taker), "public": int(form.public)}


def create_meeting(store: Store, committee_id: int, form: MeetingForm) -> int:
    values = _header_values(store, committee_id, form, None)
    return store.insert("meeting", {"committee_id": committee_id, "state": "planned", **values})


def update_meeting(store: Store, meeting_id: int, form: MeetingForm) -> None:
    row = check_editable(store, meeting_id)
    store.update("meeting", meeting_id, _header_values(store, row["committee_id"], form,
                                                      meeting_id))


def meeting_form(head: MeetingHead) -> MeetingForm:
    """The stored header as the form shows it for editing."""
    return MeetingForm(date=format_date(parse_date(head.date)) if head.date else "",
                       start=head.start_time or "", end=head.end_time or "",
                       place=head.place or "", title=head.title or "", chair=head.chair or "",
                       minute_taker=head.minute_taker or "", public=head.public,
                       number=str(head.number or ""))


# -- state -----------------------------------------------------------------------------
def set_state(store: Store, meeting_id: int, state: str) -> None:
    """geplant ↔ durchgeführt → Protokoll abgeschlossen; closing and reopening are logged."""
    row = store.get("meeting", meeting_id)
    old = row["state"]
    if state not in L.MEETING_STATES:
        raise ValueError(f"unknown state {state!r}")
    if old == "closed" and state == "planned":
        raise UserError("Ein abgeschlossenes Protokoll wird wieder geöffnet, indem die Sitzung "
                        "wieder als durchgeführt gilt; „geplant“ geht von hier nicht.")
    if old == "planned" and state == "closed":
        raise UserError("Eine geplante Sitzung hat noch kein Protokoll; bitte sie zuerst als "
                        "durchgeführt markieren.")
    store.update("meeting", meeting_id, {"state": state})


def next_state(state: str) -> str:
    """The state the one key moves to: geplant → durchgeführt → abgeschlossen → wieder offen."""
    return {"planned": "held", "held": "closed", "closed": "held"}[state]


def delete_meeting(store: Store, meeting_id: int) -> None:
    """Delete a meeting with its attendance, agenda, resolutions, tasks and Termine."""
    check_editable(store, meeting_id)
    with store.transaction():
        for (row_id,) in store.rows("SELECT id FROM task WHERE done_meeting_id = ?",
                                    (meeting_id,)):
            store.update("task", row_id, {"done_meeting_id": None})  # logged, like every write
        for table, sql in (
                ("resolution", "SELECT r.id FROM resolution r JOIN agenda_item a "
                               "ON a.id = r.agenda_item_id WHERE a.meeting_id = ?"),
                ("task", "SELECT id FROM task WHERE meeting_id = ?"),
                ("agenda_item", "SELECT id FROM agenda_item WHERE meeting_id = ?"),
                ("attendance", "SELECT id FROM attendance WHERE meeting_id = ?"),
                ("plan_item", "SELECT id FROM plan_item WHERE meeting_id = ?")):
            for (row_id,) in store.rows(sql, (meeting_id,)):
                store.delete(table, row_id)
        store.delete("meeting", meeting_id)


def meeting_contents(store: Store, meeting_id: int) -> dict[str, int]:
    def count(sql: str) -> int:
        return store.one(sql, (meeting_id,))[0]

    return {"agenda": count("SELECT count(*) FROM agenda_item WHERE meeting_id = ?"),
            "resolutions": count("SELECT count(*) FROM resolution r JOIN agenda_item a ON "
                                 "a.id = r.agenda_item_id WHERE a.meeting_id = ?"),
            "tasks": count("SELECT count(*) FROM task WHERE meeting_id = ?"),
            "plans": count("SELECT count(*) FROM plan_item WHERE meeting_id = ?"),
            "attendance": count("SELECT count(*) FROM attendance WHERE meeting_id = ?")}


# -- attendance ------------------------------------------------------------------------
def _member_row(store: Store, meeting: dict, membership_id: int) -> dict:
    member = store.get("membership", membership_id)
    if member is None or member["committee_id"] != meeting["committee_id"]:
        raise UserError("Diese Person ist nicht Mitglied dieses Gremiums.")
    day = meeting["date"] or ""
    if not (member["start_date"] or "") <= day <= (member["end_date"] or "9999"):
        name = store.get("person", member["person_id"])["name"]
        raise UserError(f"{name} war am Tag der Sitzung nicht Mitglied dieses Gremiums "
                        "(Beginn oder Ende der Mitgliedschaft prüfen).")
    return member


def set_attendance(store: Store, meeting_id: int, membership_id: int, status: str | None,
                   represented_by: int | None = None) -> None:
    """anwesend / entschuldigt / vertreten durch a deputy; None removes the entry."""
    meeting = check_editable(store, meeting_id)
    member = _member_row(store, meeting, membership_id)
    if status is not None and status not in L.ATTENDANCE:
        raise ValueError(f"unknown attendance {status!r}")
    if status == "represented":
        _check_deputy(store, meeting, member, represented_by)
    else:
        represented_by = None
    existing = store.one("SELECT id FROM attendance WHERE meeting_id = ? AND membership_id = ?",
                         (meeting_id, membership_id))
    if status is None:
        if existing:
            store.delete("attendance", existing[0])
        return
    values = {"status": status, "represented_by": represented_by}
    if existing:
        store.update("attendance", existing[0], values)
    else:
        store.insert("attendance", {"meeting_id": meeting_id, "membership_id": membership_id,
                                    "person_id": member["person_id"], "kind": "member",
                                    **values})


def _check_deputy(store: Store, meeting: dict, member: dict, deputy_id: int | None) -> None:
    deputy = store.get("membership", deputy_id) if deputy_id is not None else None
    if deputy is None:
        raise UserError("Bitte wählen, wer vertritt.")
    name = store.get("person", deputy["person_id"])["name"]
    if deputy["committee_id"] != meeting["committee_id"]:
        raise UserError(f"{name} ist nicht Mitglied dieses Gremiums und kann hier nicht "
                        "vertreten. Bitte erst im Gremium als Stellvertretung eintragen.")
    if deputy["role"] != "deputy":
        raise UserError(f"{name} ist selbst Mitglied mit eigener Stimme; vertreten kann nur "
                        "eine Stellvertretung.")
    day = meeting["date"] or ""
    if not (deputy["start_date"] or "") <= day <= (deputy["end_date"] or "9999"):
        raise UserError(f"Die Stellvertretung von {name} gilt am Tag der Sitzung nicht.")
    busy = store.one("SELECT p.name FROM attendance a JOIN membership m ON m.id = "
                     "a.membership_id JOIN person p ON p.id = m.person_id WHERE "
                     "a.meeting_id = ? AND a.represented_by = ? AND a.membership_id != ?",
                     (meeting["id"], deputy_id, member["id"]))
    if busy:
        raise UserError(f"{name} vertritt in dieser Sitzung schon {busy[0]}; eine "
                        "Stellvertretung hat nur eine Stimme.")


def add_other(store: Store, meeting_id: int, kind: str, name: str,
              status: str = "present") -> int:
    """Administration or a guest, by name (they do not vote)."""
    check_editable(store, meeting_id)
    if kind not in OTHER_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    name = _text(name)
    if not name:
        raise UserError("Bitte einen Namen eingeben, z. B. „Frau Vogel (KGST Köln)“.")
    return store.insert("attendance", {"meeting_id": meeting_id, "name": name, "kind": kind,
                                       "status": status})


def update_other(store: Store, attendance_id: int, name: str, status: str) -> None:
    row = store.get("attendance", attendance_id)
    check_editable(store, row["meeting_id"])
    name = _text(name)
    if not name:
        raise UserError("Ein Name ist nötig; zum Entfernen bitte löschen (Entf).")
    store.update("attendance", attendance_id, {"name": name, "status": status})


def delete_attendance(store: Store, attendance_id: int) -> None:
    row = store.get("attendance", attendance_id)
    check_editable(store, row["meeting_id"])
    store.delete("attendance", attendance_id)


def deputy_choices(view: MeetingView, membership_id: int) -> list[Deputy]:
    """Deputies who could stand in for a member: that member's own first, busy ones left out."""
    busy = {m.represented_by for m in view.members
            if m.represented_by and m.membership_id != membership_id}
    free = [d for d in view.deputies if d.membership_id not in busy]
    return sorted(free, key=lambda d: d.deputy_of != membership_id)


# -- loading ---------------------------------------------------------------------------
def load_meeting(store: Store, meeting_id: int) -> MeetingView:
    from .agenda import load_agenda
    from .tasks import load_plans, load_tasks

    row = store.one("SELECT m.*, c.name AS committee_name, c.kind AS committee_kind, "
                    "c.quorum AS rule FROM meeting m JOIN committee c ON c.id = m.committee_id "
                    "WHERE m.id = ?", (meeting_id,))
    if row is None:
        raise UserError(f"Eine Sitzung Nr. {meeting_id} gibt es nicht.")
    head = MeetingHead(row["id"], row["committee_id"], row["committee_name"],
                       row["committee_kind"], row["number"], row["title"], row["date"],
                       row["start_time"], row["end_time"], row["place"], row["chair"],
                       row["minute_taker"], row["state"], bool(row["public"]))
    day = row["date"] or store.now().date().isoformat()
    active = ("(m.start_date IS NULL OR m.start_date <= :day) AND "
              "(m.end_date IS NULL OR m.end_date >= :day)")
    params = {"meeting": meeting_id, "committee": head.committee_id, "day": day}
    members = [MemberAttendance(*r) for r in store.rows(f"""
        SELECT m.id, p.name, p.organisation, p.function, m.role, m.voting, m.seat_id, s.actor,
               a.status, a.represented_by, dp.name
        FROM membership m JOIN person p ON p.id = m.person_id
        LEFT JOIN seat s ON s.id = m.seat_id
        LEFT JOIN attendance a ON a.membership_id = m.id AND a.meeting_id = :meeting
        LEFT JOIN membership dm ON dm.id = a.represented_by
        LEFT JOIN person dp ON dp.id = dm.person_id
        WHERE m.committee_id = :committee AND m.role IN ('chair', 'member') AND {active}
        ORDER BY coalesce(s.position, 1e9), s.id, m.role != 'chair', m.id""", params)]
    for m in members:
        m.voting = bool(m.voting)
    deputies = [Deputy(*r) for r in store.rows(f"""
        SELECT m.id, p.name, m.deputy_of FROM membership m JOIN person p ON p.id = m.person_id
        WHERE m.committee_id = :committee AND m.role = 'deputy' AND {active}
        ORDER BY m.id""", params)]
    others = [OtherAttendee(*r) for r in store.rows(
        "SELECT id, kind, name, status FROM attendance WHERE meeting_id = ? AND kind != 'member' "
        "ORDER BY kind = 'guest', id", (meeting_id,))]
    total = seat_total(r[0] for r in store.rows("SELECT count FROM seat WHERE committee_id = ?",
                                                (head.committee_id,)))
    advisory = sum(1 for m in members if not m.voting and m.seat_id is not None)
    seats = voting_seats(total, advisory, sum(1 for m in members if m.voting))
    present = sum(1 for m in members if m.counts)
    return MeetingView(head, total, members, deputies, others,
                       quorum(seats, present, parse_quorum_rule(row["rule"])),
                       load_agenda(store, meeting_id), load_tasks(store, head),
                       load_plans(store, meeting_id))


def committee_meetings(store: Store, committee_id: int) -> list[tuple[int, str]]:
    """(id, "3. Sitzung · 03.05.2011 · durchgeführt") for choosing a meeting."""
    result = []
    for r in store.rows("SELECT id, number, title, date, state FROM meeting WHERE "
                        "committee_id = ? ORDER BY coalesce(number, 0), id", (committee_id,)):
        parts = [f"{r['number']}. Sitzung" if r["number"] else "Sitzung"]
        if r["date"]:
            parts.append(format_date(parse_date(r["date"])))
        if r["title"]:
            parts.append(r["title"])
        parts.append(L.label(L.MEETING_STATES, r["state"]))
        result.append((r["id"], " · ".join(parts)))
    return result

