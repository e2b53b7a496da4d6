"""Committees: seat plan, tasks, persons and memberships (DESIGN §3, §4).

Field names follow OParl where they fit (Organization → committee, Person,
Membership with role, votingRight → ``voting``, startDate/endDate).  Every
function validates first and raises a German :class:`UserError` before
anything is written; a multi-row change is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import labels as L
from ..domain.committees import (
    SEATED_ROLES,
    check_period,
    check_seat_capacity,
    check_seat_reduction,
    overlaps,
    parse_quorum_rule,
    parse_seat_count,
    seat_total,
)
from ..domain.dates import format_date, parse_date
from ..domain.errors import UserError
from ..domain.minutes import genitive
from .meeting_model import move_row  # noqa: F401  (the Gremien screen moves rows with it)
from .meetings import delete_meeting
from .outline import forget
from .repo import Store

KIND_SUGGESTIONS = ("Steuerungsgruppe", "Koordinationskreis", "Kerngruppe", "Integrationskonferenz")


@dataclass
class Member:
    """A membership with its person, as the Gremien screen shows it."""

    id: int
    person_id: int
    name: str
    organisation: str | None
    function: str | None
    email: str | None
    role: str
    voting: bool
    seat_id: int | None
    deputy_of: int | None
    start_date: str | None
    end_date: str | None
    active: bool

    @property
    def seated(self) -> bool:
        return self.role in SEATED_ROLES

    def period(self) -> str:
        """"seit 01.01.2011", "bis 31.12.2010", "01.01.2010–31.12.2010" or ""."""
        start, end = _short(self.start_date), _short(self.end_date)
        if start and end:
            return f"{start}–{end}"
        if start:
            return f"seit {start}"
        return f"bis {end}" if end else ""


@dataclass
class Seat:
    id: int
    actor: str
    count: int
    members: list[Member] = field(default_factory=list)  # chair and members, active first
    deputies: list[Member] = field(default_factory=list)

    @property
    def occupied(self) -> int:
        return sum(1 for m in self.members if m.active)

    @property
    def vacant(self) -> int:
        return max(self.count - self.occupied, 0)


@dataclass
class MeetingItem:
    id: int
    number: int | None
    title: str | None
    date: str | None
    state: str


@dataclass
class Committee:
    id: int
    name: str
    kind: str | None
    quorum: str | None
    tasks: list[tuple[int, str]]
    seats: list[Seat]
    unseated: list[Member]  # members of a committee without (or outside) a seat plan
    meetings: list[MeetingItem]
    genitive_set: str | None = None  # the name in the genitive as the clerk set it

    @property
    def genitive(self) -> str:
        """"des Koordinationskreises …" for the title of its minutes: as set, else by rule."""
        return self.genitive_set or genitive(self.name)

    @property
    def total(self) -> int:
        return seat_total(s.count for s in self.seats)

    @property
    def vacant(self) -> int:
        return sum(s.vacant for s in self.seats)

    def members(self) -> list[Member]:
        return [m for s in self.seats for m in s.members + s.deputies] + self.unseated

    def member(self, membership_id: int) -> Member:
        return next(m for m in self.members() if m.id == membership_id)


def _short(iso: str | None) -> str:
    return format_date(parse_date(iso)) if iso else ""


def _today(store: Store) -> str:
    return store.now().date().isoformat()


def _optional_date(text: str | None, what: str) -> str | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return parse_date(text).isoformat()
    except UserError as error:
        raise UserError(f"{what}: {error.message}") from None


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


# -- reading ---------------------------------------------------------------------
def committee_list(store: Store) -> list[tuple[int, str, str | None]]:
    return [tuple(r) for r in store.rows(
        "SELECT id, name, kind FROM committee ORDER BY position, id")]


def load_committee(store: Store, committee_id: int) -> Committee:
    row = store.one("SELECT * FROM committee WHERE id = ?", (committee_id,))
    if row is None:
        raise UserError(f"Ein Gremium Nr. {committee_id} gibt es nicht.")
    today = _today(store)
    seats = [Seat(r["id"], r["actor"], r["count"]) for r in store.rows(
        "SELECT * FROM seat WHERE committee_id = ? ORDER BY position, id", (committee_id,))]
    by_seat = {s.id: s for s in seats}
    members = [Member(r["id"], r["person_id"], r["name"], r["organisation"], r["function"],
                      r["email"], r["role"], bool(r["voting"]), r["seat_id"], r["deputy_of"],
                      r["start_date"], r["end_date"],
                      (r["start_date"] or "") <= today <= (r["end_date"] or "9999"))
               for r in store.rows(
        "SELECT m.*, p.name, p.organisation, p.function, p.email FROM membership m "
        "JOIN person p ON p.id = m.person_id WHERE m.committee_id = ? "
        "ORDER BY m.role != 'chair', m.id", (committee_id,))]
    members.sort(key=lambda m: not m.active)  # stable: within each group chair first
    unseated = []
    for m in members:
        seat = by_seat.get(m.seat_id)
        if seat is None:
            unseated.append(m)
        elif m.seated:
            seat.members.append(m)
        else:
            seat.deputies.append(m)
    tasks = [(r[0], r[1]) for r in store.rows(
        "SELECT id, text FROM committee_task WHERE committee_id = ? ORDER BY position, id",
        (committee_id,))]
    meetings = [MeetingItem(*r) for r in store.rows(
        "SELECT id, number, title, date, state FROM meeting WHERE committee_id = ? "
        "ORDER BY date, id", (committee_id,))]
    return Committee(row["id"], row["name"], row["kind"], row["quorum"], tasks, seats,
                     unseated, meetings, row["genitive"])


def persons(store: Store) -> list[tuple[int, str]]:
    """(id, "Name (Organisation, Funktion)") for choosing a person."""
    result = []
    for r in store.rows("SELECT * FROM person ORDER BY name COLLATE NOCASE, id"):
        extra = ", ".join(x for x in (r["organisation"], r["function"]) if x)
        result.append((r["id"], f"{r['name']} ({extra})" if extra else r["name"]))
    return result


# -- committees --------------------------------------------------------------------
def save_committee(store: Store, committee_id: int | None, name: str, kind: str,
                   quorum: str, genitive_name: str = "") -> int:
    """Create (``committee_id`` None) or change a committee; returns its id.

    ``genitive_name`` ("des Kreistages …") is stored only when it differs from
    what the rule makes of the name, so a renamed committee follows the rule.
    """
    name = _clean(name)
    if not name:
        raise UserError("Bitte einen Namen für das Gremium eingeben, z. B. „Steuerungsgruppe "
                        "Integration“.")
    for other_id, other in store.rows("SELECT id, name FROM committee"):
        if other_id != committee_id and other.casefold() == name.casefold():
            raise UserError(f"Ein Gremium „{other}“ gibt es schon; bitte einen anderen Namen "
                            "wählen.")
    parse_quorum_rule(quorum)
    own = _clean(genitive_name)
    values = {"name": name, "kind": _clean(kind), "quorum": _clean(quorum),
              "genitive": own if own and own != genitive(name) else None}
    if committee_id is None:
        position = store.one("SELECT coalesce(max(position), 0) + 1 FROM committee")[0]
        return store.insert("committee", {**values, "position": position})
    store.update("committee", committee_id, values)
    return committee_id


def committee_contents(store: Store, committee_id: int) -> dict[str, int]:
    def count(sql: str) -> int:
        return store.one(sql, (committee_id,))[0]

    return {
        "seats": count("SELECT count(*) FROM seat WHERE committee_id = ?"),
        "members": count("SELECT count(*) FROM membership WHERE committee_id = ?"),
        "meetings": count("SELECT count(*) FROM meeting WHERE committee_id = ?"),
        "closed": count("SELECT count(*) FROM meeting WHERE committee_id = ? AND state = 'closed'"),
    }


def check_committee_deletable(store: Store, committee_id: int) -> None:
    closed = committee_contents(store, committee_id)["closed"]
    if closed:
        what = "ein abgeschlossenes Protokoll" if closed == 1 else \
            f"{closed} abgeschlossene Protokolle"
        raise UserError(f"Das Gremium hat {what}; es kann nicht gelöscht werden.")


def delete_committee(store: Store, committee_id: int) -> None:
    """Delete a committee with its seats, memberships and meetings (one action)."""
    check_committee_deletable(store, committee_id)
    with store.transaction():
        for (meeting_id,) in store.rows("SELECT id FROM meeting WHERE committee_id = ?",
                                        (committee_id,)):
            delete_meeting(store, meeting_id)
        for table in ("task", "plan_item"):
            for (row_id,) in store.rows(f"SELECT id FROM {table} WHERE committee_id = ?",
                                        (committee_id,)):
                store.delete(table, row_id)
        for (row_id,) in store.rows("SELECT id FROM membership WHERE committee_id = ? "
                                    "AND deputy_of IS NOT NULL", (committee_id,)):
            store.update("membership", row_id, {"deputy_of": None})  # logged, like every write
        for table in ("membership", "seat", "committee_task"):
            for (row_id,) in store.rows(f"SELECT id FROM {table} WHERE committee_id = ? "
                                        "ORDER BY id DESC", (committee_id,)):
                store.delete(table, row_id)
        forget(store, committee_id=committee_id)  # its parts in a document's outline
        store.delete("committee", committee_id)


# -- tasks of a committee (its remit, not meeting tasks) ----------------------------------
def add_committee_task(store: Store, committee_id: int, text: str) -> int:
    text = _clean(text)
    if not text:
        raise UserError("Bitte die Aufgabe des Gremiums eingeben, z. B. „Überprüfung der "
                        "Zielerreichung“.")
    position = store.one("SELECT coalesce(max(position), 0) + 1 FROM committee_task "
                         "WHERE committee_id = ?", (committee_id,))[0]
    return store.insert("committee_task", {"committee_id": committee_id, "text": text,
                                           "position": position})


def update_committee_task(store: Store, task_id: int, text: str) -> None:
    text = _clean(text)
    if not text:
        raise UserError("Eine Aufgabe ohne Text geht nicht; zum Entfernen bitte löschen (Entf).")
    store.update("committee_task", task_id, {"text": text})


def delete_committee_task(store: Store, task_id: int) -> None:
    store.delete("committee_task", task_id)


# -- seats ---------------------------------------------------------------------------
def _seat_occupied(store: Store, seat_id: int, start: str | None, end: str | None,
                   except_id: int | None = None) -> int:
    return sum(1 for r in store.rows(
        "SELECT id, start_date, end_date FROM membership WHERE seat_id = ? AND role IN "
        f"({', '.join('?' for _ in SEATED_ROLES)})", (seat_id, *SEATED_ROLES))
        if r[0] != except_id and overlaps(r[1], r[2], start, end))


def add_seat(store: Store, committee_id: int, actor: str, count: str) -> int:
    actor = _clean(actor)
    if not actor:
        raise UserError("Bitte den Akteur des Sitzes eingeben, z. B. „Bürgermeister der "
                        "kreisangehörigen Kommunen“.")
    number = parse_seat_count(count)
    position = store.one("SELECT coalesce(max(position), 0) + 1 FROM seat WHERE committee_id = ?",
                         (committee_id,))[0]
    return store.insert("seat", {"committee_id": committee_id, "actor": actor, "count": number,
                                 "position": position})


def update_seat(store: Store, seat_id: int, actor: str, count: str) -> None:
    actor = _clean(actor)
    if not actor:
        raise UserError("Ein Sitz braucht einen Akteur; bitte einen Namen eingeben.")
    number = parse_seat_count(count)
    check_seat_reduction(actor, number, _seat_occupied(store, seat_id, _today(store), None))
    store.update("seat", seat_id, {"actor": actor, "count": number})


def delete_seat(store: Store, seat_id: int) -> None:
    seat = store.get("seat", seat_id)
    used = store.one("SELECT count(*) FROM membership WHERE seat_id = ?", (seat_id,))[0]
    if used:
        raise UserError(f"Auf dem Sitz „{seat['actor']}“ sind noch {used} Mitgliedschaft(en) "
                        "eingetragen; bitte erst diese löschen.")
    store.delete("seat", seat_id)


# -- persons -------------------------------------------------------------------------
def save_person(store: Store, person_id: int | None, name: str, organisation: str = "",
                function: str = "", email: str = "") -> int:
    name, organisation, function = _clean(name), _clean(organisation), _clean(function)
    email = (email or "").strip() or None
    if not name:
        raise UserError("Bitte den Namen der Person eingeben, z. B. „Andrea Reckfort“.")
    if email and ("@" not in email or " " in email or email.startswith("@")
                  or "." not in email.split("@")[-1]):
        raise UserError(f"„{email}“ ist keine E-Mail-Adresse; bitte z. B. "
                        "„reckfort@stadt-muenster.de“ eingeben oder leer lassen.")
    for other_id, other, org in store.rows("SELECT id, name, organisation FROM person"):
        if (other_id != person_id and other.casefold() == name.casefold()
                and (org or "").casefold() == (organisation or "").casefold()):
            raise UserError(f"Die Person „{other}“{f' ({org})' if org else ''} gibt es schon; "
                            "bitte sie aus der Liste wählen.")
    values = {"name": name, "organisation": organisation, "function": function, "email": email}
    if person_id is None:
        return store.insert("person", values)
    store.update("person", person_id, values)
    return person_id


# -- memberships ---------------------------------------------------------------------
def _check_membership(store: Store, committee_id: int, person_id: int, role: str,
                      seat_id: int | None, deputy_of: int | None, start: str | None,
                      end: str | None, except_id: int | None) -> int | None:
    """Validate a membership; returns the seat it sits on (a deputy's is its member's)."""
    if role not in L.ROLES:
        raise ValueError(f"unknown role {role!r}")
    check_period(start, end)
    person = store.get("person", person_id)
    if person is None:
        raise UserError("Diese Person gibt es nicht (mehr); bitte eine aus der Liste wählen.")
    if deputy_of is not None:
        if role != "deputy":
            raise UserError("„Vertretung für“ gilt nur für eine Stellvertretung; bitte die "
                            "Rolle „Stellvertretung“ wählen.")
        member = store.get("membership", deputy_of)
        if member is None or member["committee_id"] != committee_id:
            raise UserError("Die vertretene Person ist nicht Mitglied dieses Gremiums; eine "
                            "Stellvertretung kann nur für ein Mitglied desselben Gremiums "
                            "eingetragen werden.")
        if member["role"] not in SEATED_ROLES:
            raise UserError("Eine Stellvertretung vertritt ein Mitglied, nicht eine andere "
                            "Stellvertretung.")
        seat_id = member["seat_id"]
    if seat_id is not None:
        seat = store.get("seat", seat_id)
        if seat is None or seat["committee_id"] != committee_id:
            raise UserError("Dieser Sitz gehört nicht zu diesem Gremium; bitte einen Sitz aus "
                            "seinem Sitzplan wählen.")
    elif role in SEATED_ROLES and store.one("SELECT 1 FROM seat WHERE committee_id = ?",
                                            (committee_id,)):
        raise UserError("Das Gremium hat einen Sitzplan; bitte den Sitz wählen, auf dem das "
                        "Mitglied sitzt.")
    for other in store.rows(
            "SELECT m.id, m.seat_id, m.start_date, m.end_date, s.actor FROM membership m "
            "LEFT JOIN seat s ON s.id = m.seat_id WHERE m.committee_id = ? AND m.person_id = ?",
            (committee_id, person_id)):
        if other["id"] == except_id or not overlaps(other["start_date"], other["end_date"],
                                                    start, end):
            continue
        if other["seat_id"] is not None and other["seat_id"] != seat_id:
            raise UserError(
                f"{person['name']} sitzt in diesem Gremium schon auf dem Sitz "
                f"„{other['actor']}“. Eine Person kann nur einen Sitz je Gremium haben; bitte "
                "erst die andere Mitgliedschaft beenden (Enddatum) oder eine andere Person "
                "wählen.")
        raise UserError(f"{person['name']} ist in diesem Gremium schon eingetragen; eine "
                        "Person kann nur eine Mitgliedschaft je Gremium haben.")
    if role in SEATED_ROLES and seat_id is not None:
        seat = store.get("seat", seat_id)
        check_seat_capacity(seat["actor"], seat["count"],
                            _seat_occupied(store, seat_id, start, end, except_id))
    return seat_id


def add_membership(store: Store, committee_id: int, person_id: int, role: str = "member",
                   seat_id: int | None = None, voting: bool = True,
                   deputy_of: int | None = None, start: str = "", end: str = "") -> int:
    start_date = _optional_date(start, "Beginn")
    end_date = _optional_date(end, "Ende")
    seat_id = _check_membership(store, committee_id, person_id, role, seat_id, deputy_of,
                                start_date, end_date, None)
    return store.insert("membership", {
        "committee_id": committee_id, "seat_id": seat_id, "person_id": person_id,
        "role": role, "voting": int(voting), "deputy_of": deputy_of,
        "start_date": start_date, "end_date": end_date})


def update_membership(store: Store, membership_id: int, role: str, voting: bool,
                      deputy_of: int | None, start: str, end: str,
                      seat_id: int | None = None) -> None:
    old = store.get("membership", membership_id)
    start_date = _optional_date(start, "Beginn")
    end_date = _optional_date(end, "Ende")
    seat_id = seat_id if seat_id is not None else old["seat_id"]
    if role != "deputy":
        deputy_of = None
    seat_id = _check_membership(store, old["committee_id"], old["person_id"], role, seat_id,
                                deputy_of, start_date, end_date, membership_id)
    with store.transaction():
        if old["role"] in SEATED_ROLES and role not in SEATED_ROLES:
            # Deputies of this member would represent a deputy: unlink them.
            for (other,) in store.rows("SELECT id FROM membership WHERE deputy_of = ?",
                                       (membership_id,)):
                store.update("membership", other, {"deputy_of": None})
        store.update("membership", membership_id, {
            "role": role, "voting": int(voting), "deputy_of": deputy_of, "seat_id": seat_id,
            "start_date": start_date, "end_date": end_date})


def membership_usage(store: Store, membership_id: int) -> dict[str, int]:
    return {
        "attendance": store.one("SELECT count(*) FROM attendance WHERE membership_id = ? "
                                "OR represented_by = ?", (membership_id, membership_id))[0],
        "deputies": store.one("SELECT count(*) FROM membership WHERE deputy_of = ?",
                              (membership_id,))[0],
        "closed": store.one(
            "SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
            "WHERE (a.membership_id = ? OR a.represented_by = ?) AND m.state = 'closed'",
            (membership_id, membership_id))[0],
    }


def check_membership_deletable(store: Store, membership_id: int) -> None:
    if membership_usage(store, membership_id)["closed"]:
        raise UserError("Diese Mitgliedschaft steht in abgeschlossenen Protokollen; sie kann "
                        "nicht gelöscht werden. Bitte stattdessen ein Enddatum setzen.")


def delete_membership(store: Store, membership_id: int) -> None:
    """Delete a membership with its attendance in open meetings; deputies stay, unlinked."""
    check_membership_deletable(store, membership_id)
    with store.transaction():
        for (row_id,) in store.rows("SELECT id FROM attendance WHERE membership_id = ? "
                                    "OR represented_by = ?", (membership_id, membership_id)):
            store.delete("attendance", row_id)
        for (row_id,) in store.rows("SELECT id FROM membership WHERE deputy_of = ?",
                                    (membership_id,)):
            store.update("membership", row_id, {"deputy_of": None})
        store.delete("membership", membership_id)
