"""The rows of the Gremien screen, built from a :class:`~steuerung.store.committees.Committee`.

Row keys say what a key press acts on: ("seat", id), ("member", membership
id), ("vacant", seat id), ("task", id), ("meeting", id).
"""

from __future__ import annotations

from rich.text import Text

from ... import labels as L
from ...domain.committees import parse_quorum_rule
from ...domain.dates import format_date, parse_date
from ...domain.errors import UserError
from ...store.committees import Committee, Member
from ..widgets.rows import Row

_HEAD = "bold"
_DIM = "dim"


def _counts(*values: object) -> Text:
    return Text(f"{values[0]!s:>5} {values[1]!s:>8} {values[2]!s:>5}")


def _person(m: Member) -> str:
    extra = ", ".join(x for x in (m.organisation, m.function) if x)
    return f"{m.name} ({extra})" if extra else m.name


def member_text(m: Member, deputy_for: str | None = None) -> Text:
    text = Text()
    if m.role == "deputy":
        label = L.CM_DEPUTY_FOR.format(name=deputy_for) if deputy_for else L.CM_DEPUTY
        text.append(f"↳ {label}: ", style=_DIM)
    text.append(_person(m), style="" if m.active else _DIM)
    notes = []
    if m.role == "chair":
        notes.append(L.ROLES["chair"])
    if not m.voting:
        notes.append(L.CM_NO_VOTE)
    if m.period():
        notes.append(m.period())
    if not m.active:
        notes.append(L.CM_ENDED)
    if m.email:
        notes.append(m.email)
    if notes:
        text.append(" · " + " · ".join(notes), style=_DIM)
    return text


def rule_text(c: Committee) -> str:
    try:
        rule = parse_quorum_rule(c.quorum)
    except UserError:
        return c.quorum or ""
    template = L.CM_RULE_MINIMUM if rule.minimum is not None else L.CM_RULE
    return template.format(rule=rule.describe())


def committee_rows(c: Committee) -> list[Row]:
    rows: list[Row] = []
    names = {m.id: m.name for m in c.members()}

    def members(items: list[Member], indent: int) -> None:
        for m in items:
            depth = indent + (2 if m.role == "deputy" else 0)
            rows.append(Row(("member", m.id), Text(" " * depth) + member_text(
                m, names.get(m.deputy_of)), hang=depth + 2))

    def with_deputies(seated: list[Member], deputies: list[Member]) -> None:
        """Each member followed by their deputies; general deputies last."""
        for m in seated:
            members([m], 3)
            members([d for d in deputies if d.deputy_of == m.id], 3)
        ids = {m.id for m in seated}
        members([d for d in deputies if d.deputy_of not in ids], 3)

    columns = Text(_counts(L.CM_SEATS, L.CM_OCCUPIED, L.CM_VACANT).plain, style=_HEAD)
    rows.append(Row(None, Text(L.CM_SEAT_PLAN, style=_HEAD), right=columns if c.seats else None))
    if not c.seats:
        rows.append(Row(None, Text(L.CM_NO_SEATS, style=_DIM)))
    for seat in c.seats:
        rows.append(Row(("seat", seat.id), Text(" " + seat.actor), hang=1,
                        right=_counts(seat.count, seat.occupied, seat.vacant)))
        with_deputies(seat.members, seat.deputies)
        if seat.vacant:
            template = L.CM_VACANT_ROW if seat.vacant == 1 else L.CM_VACANT_ROWS
            rows.append(Row(("vacant", seat.id), Text("   " + template.format(n=seat.vacant),
                                                      style="italic")))
    if c.seats:
        rows.append(Row(None, Text(" " + L.CM_TOTAL, style=_HEAD), right=Text(
            _counts(c.total, c.total - c.vacant, c.vacant).plain, style=_HEAD)))
    if c.unseated or not c.seats:
        rows.append(Row(None, Text()))
        rows.append(Row(None, Text(L.CM_MEMBERS_NO_SEAT if c.seats else L.CM_MEMBERS,
                                   style=_HEAD)))
        if not c.unseated:
            rows.append(Row(None, Text("   " + L.CM_NO_MEMBERS, style=_DIM)))
        with_deputies([m for m in c.unseated if m.role != "deputy"],
                      [m for m in c.unseated if m.role == "deputy"])
    rows.append(Row(None, Text()))
    rows.append(Row(None, Text(L.CM_TASKS, style=_HEAD)))
    if not c.tasks:
        rows.append(Row(None, Text("   " + L.CM_NO_TASKS, style=_DIM)))
    for n, (task_id, text) in enumerate(c.tasks, 1):
        rows.append(Row(("task", task_id), Text(f"{n:>3}. {text}"), hang=5))
    rows.append(Row(None, Text()))
    rows.append(Row(None, Text(L.CM_MEETINGS, style=_HEAD)))
    if not c.meetings:
        rows.append(Row(None, Text("   " + L.CM_NO_MEETINGS, style=_DIM)))
    for m in c.meetings:
        parts = [L.MT_NUMBERED.format(number=m.number) if m.number else L.MT_UNNUMBERED]
        if m.date:
            parts.append(format_date(parse_date(m.date)))
        if m.title:
            parts.append(m.title)
        rows.append(Row(("meeting", m.id), Text("   " + " · ".join(parts)), hang=5,
                        right=Text(L.label(L.MEETING_STATES, m.state), style=_DIM)))
    return rows
