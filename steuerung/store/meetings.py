"""Meetings of a committee: header, state, attendance and the live quorum.

A meeting is loaded as one read model (:class:`MeetingView`) with its
attendance, agenda, resolutions, tasks and Termine — a few dozen rows, so
the screen simply reloads it after each write.  Every write checks first
that the protocol is not closed: a closed protocol is read-only until it is
explicitly reopened, and the reopening stands in the change log.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import labels as L
from ..domain.bounds import MAX_COUNT
from ..domain.committees import (
    check_times,
    parse_quorum_rule,
    parse_time,
    quorum,
    seat_total,
    voting_seats,
)
from ..domain.dates import format_date, parse_date
from ..domain.errors import UserError
from ..domain.minutes import check_minutes_date
from ..domain.numbers import NotANumber, parse_whole
from .agenda import load_agenda
from .meeting_model import (  # noqa: F401  (the read model is imported from here, too)
    AgendaItem,
    Block,
    Deputy,
    MeetingHead,
    MeetingView,
    MemberAttendance,
    OtherAttendee,
    PlanItem,
    Task,
    check_editable,
    meeting_name,
)
from .repo import Store
from .tasks import load_plans, load_tasks

#: Attendance rows that are not memberships: administration and guests.
OTHER_KINDS = ("administration", "guest")


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
    minutes_date: str = ""
    attendance_note: str = ""


def _text(value: str) -> str | None:
    value = " ".join(value.split())
    return value or None


def _header_values(store: Store, committee_id: int, form: MeetingForm,
                   meeting_id: int | None) -> dict:
    if not form.date.strip():
        raise UserError("Bitte das Datum der Sitzung eingeben, z. B. 03.05.2011.")
    day = parse_date(form.date)
    start = parse_time(form.start)
    end = parse_time(form.end)
    check_times(start, end)
    minutes_day = None
    if form.minutes_date.strip():
        try:
            minutes_day = parse_date(form.minutes_date)
        except UserError as error:
            raise UserError(f"Datum des Protokolls: {error.message}") from None
        check_minutes_date(minutes_day, day)
    number = None  # no number is invented: a meeting without one stays without one
    number_text = form.number.strip().rstrip(".")
    if number_text:
        try:
            number = parse_whole(number_text, L.NUM_MEETING, maximum=MAX_COUNT)
        except NotANumber:
            number = 0
        if number < 1:
            raise UserError(f"„{number_text}“ ist keine Sitzungsnummer; bitte eine ganze Zahl "
                            "ab 1 eingeben oder leer lassen.")
        clash = store.one("SELECT id FROM meeting WHERE committee_id = ? AND number = ? "
                          "AND id IS NOT ?", (committee_id, number, meeting_id))
        if clash:
            raise UserError(f"Eine {number}. Sitzung hat dieses Gremium schon; bitte eine andere "
                            "Nummer wählen oder leer lassen.")
    return {"number": number, "title": _text(form.title), "date": day.isoformat(),
            "start_time": start, "end_time": end, "place": _text(form.place),
            "chair": _text(form.chair), "minute_taker": _text(form.minute_taker),
            "public": int(form.public),
            "minutes_date": minutes_day.isoformat() if minutes_day else None,
            "attendance_note": _text(form.attendance_note)}


def create_meeting(store: Store, committee_id: int, form: MeetingForm) -> int:
    values = _header_values(store, committee_id, form, None)
    return store.insert("meeting", {"committee_id": committee_id, "state": "planned", **values})


def update_meeting(store: Store, meeting_id: int, form: MeetingForm) -> None:
    row = check_editable(store, meeting_id)
    store.update("meeting", meeting_id, _header_values(store, row["committee_id"], form,
                                                      meeting_id))


def _day(iso: str | None) -> str:
    return format_date(parse_date(iso)) if iso else ""


def meeting_form(head: MeetingHead) -> MeetingForm:
    """The stored header as the form shows it for editing."""
    return MeetingForm(date=_day(head.date), start=head.start_time or "",
                       end=head.end_time or "", place=head.place or "", title=head.title or "",
                       chair=head.chair or "", minute_taker=head.minute_taker or "",
                       public=head.public, number=str(head.number or ""),
                       minutes_date=_day(head.minutes_date),
                       attendance_note=head.attendance_note or "")


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
                ("plan_item", "SELECT id FROM plan_item WHERE meeting_id = ?"),
                ("agenda_item", "SELECT id FROM agenda_item WHERE meeting_id = ?"),
                ("attendance", "SELECT id FROM attendance WHERE meeting_id = ?")):
            for (row_id,) in store.rows(sql, (meeting_id,)):
                store.delete(table, row_id)
        store.delete("meeting", meeting_id)


def meeting_contents(store: Store, meeting_id: int) -> dict[str, int]:
    def count(sql: str) -> int:
        return store.one(sql, (meeting_id,))[0]

    return {"agenda": count("SELECT count(*) FROM agenda_item WHERE meeting_id = ?"),
            "resolutions": count("SELECT count(*) FROM resolution r JOIN agenda_item a ON "
                                 "a.id = r.agenda_item_id WHERE a.meeting_id = ? "
                                 "AND r.kind = 'resolution'"),
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
    row = store.one("SELECT m.*, c.name AS committee_name, c.kind AS committee_kind, "
                    "c.genitive AS committee_genitive, c.quorum AS rule FROM meeting m "
                    "JOIN committee c ON c.id = m.committee_id WHERE m.id = ?", (meeting_id,))
    if row is None:
        raise UserError(f"Eine Sitzung Nr. {meeting_id} gibt es nicht.")
    head = MeetingHead(row["id"], row["committee_id"], row["committee_name"],
                       row["committee_kind"], row["committee_genitive"], row["number"],
                       row["title"], row["date"], row["start_time"], row["end_time"],
                       row["place"], row["chair"], row["minute_taker"], row["state"],
                       bool(row["public"]), row["minutes_date"], row["attendance_note"])
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
    plans = load_plans(store, meeting_id)
    agenda = load_agenda(store, meeting_id)
    for item in agenda:
        item.plans = [p for p in plans if p.agenda_item_id == item.id]
    return MeetingView(head, total, members, deputies, others,
                       quorum(seats, present, parse_quorum_rule(row["rule"])),
                       agenda, load_tasks(store, head), plans)


def committee_meetings(store: Store, committee_id: int) -> list[tuple[int, str]]:
    """(id, "3. Sitzung · 03.05.2011 · durchgeführt") for choosing a meeting."""
    result = []
    for r in store.rows("SELECT id, number, title, date, state FROM meeting WHERE "
                        "committee_id = ? ORDER BY date, id", (committee_id,)):
        parts = [f"{r['number']}. Sitzung" if r["number"] else "Sitzung"]
        if r["date"]:
            parts.append(format_date(parse_date(r["date"])))
        if r["title"]:
            parts.append(r["title"])
        parts.append(L.label(L.MEETING_STATES, r["state"]))
        result.append((r["id"], " · ".join(parts)))
    return result

