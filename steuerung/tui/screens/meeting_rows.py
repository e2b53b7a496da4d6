"""What the Sitzung screen shows, built from a :class:`~steuerung.store.meetings.MeetingView`.

Row keys: ("member", membership id), ("other", attendance id), ("item", TOP
id), ("block", id) for a Text, Abstimmung, Beschluss or Ergebnis inside a
TOP, ("task", id), ("plan", id) — a Termin shows under its TOP as well.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text

from ... import labels as L
from ...domain.dates import format_date
from ...domain.minutes import counts_text, join_names
from ...store.meetings import Block, MeetingView
from ..widgets.rows import Row

_HEAD = "bold"
_DIM = "dim"
NOTES_LINES = 3  # the screen shows the start of a TOP's notes; Enter shows all
PREVIEW_CHARS = 200


def _day(iso: str | None) -> str:
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    return f"{L.WEEKDAYS[day.weekday()]}, {format_date(day)}"


def header_text(view: MeetingView) -> Text:
    """The meeting's head (Rich ``Text``: names stay literal; the screen drops control characters)."""
    h = view.head
    number = L.MT_NUMBERED.format(number=h.number) if h.number else L.MT_UNNUMBERED
    text = Text(f"{h.committee_name} · {number}", style="bold")
    if h.title:
        text.append(f" · {h.title}", style="bold")
    when = [_day(h.date)]
    if h.start_time and h.end_time:
        when.append(L.MT_TIME.format(start=h.start_time, end=h.end_time))
    elif h.start_time:
        when.append(L.MT_FROM.format(start=h.start_time))
    if h.place:
        when.append(h.place)
    text.append("\n" + " · ".join(w for w in when if w))
    who = [L.MT_STATE_DONE.format(state=L.label(L.MEETING_STATES, h.state)),
           L.MT_PUBLIC[h.public]]
    if h.chair:
        who.append(L.MT_LEAD.format(name=h.chair))
    if h.minute_takers:
        who.append(L.MT_MINUTES.format(name=join_names(h.minute_takers)))
    if h.minutes_date:
        who.append(L.MT_PROTOKOLL_OF.format(date=format_date(date.fromisoformat(h.minutes_date))))
    text.append("\n" + " · ".join(who), style=_DIM)
    if h.closed:
        text.append("\n" + L.MT_READ_ONLY, style="bold")
    return text


def quorum_text(view: MeetingView) -> Text:
    q = view.quorum
    if view.head.attendance_note and not view.attendance_recorded:
        return Text(L.MT_QUORUM_FREE.format(note=view.head.attendance_note), style="italic")
    if q.voting_seats == 0:
        return Text(L.MT_QUORUM_NONE, style="italic")
    template = L.MT_QUORUM_YES if q.reached else L.MT_QUORUM_NO
    line = template.format(present=q.present, seats=q.voting_seats, rule=q.rule,
                           required=q.required)
    if q.rule.startswith("mindestens") and q.rule.split()[-1].isdigit():
        line = line.replace(f"{q.rule}, also {q.required}", q.rule)
    return Text(line, style="bold green" if q.reached else "bold red")


def sections_text(current: int) -> Text:
    text = Text()
    for index, name in enumerate(L.MT_SECTIONS):
        text.append(f" {index + 1} {name} ", style="reverse bold" if index == current else "")
        text.append("  ")
    return text


def attendance_rows(view: MeetingView) -> list[Row]:
    rows = []
    if view.head.attendance_note:
        rows += [Row(None, Text(L.MT_ATTENDANCE_LINE.format(note=view.head.attendance_note),
                                style="bold")), Row(None, Text())]
    rows.append(Row(None, Text(L.MT_MEMBERS, style=_HEAD)))
    if not view.members:
        rows.append(Row(None, Text("  " + L.MT_NO_MEMBERS, style=_DIM)))
    seat = object()
    for m in view.members:
        if m.seat_actor != seat and m.seat_actor:
            rows.append(Row(None, Text(" " + m.seat_actor, style=_DIM), hang=1))
        seat = m.seat_actor
        extra = ", ".join(x for x in (m.organisation, m.function) if x)
        text = Text("   " + m.name + (f" ({extra})" if extra else ""))
        notes = [L.ROLES["chair"]] if m.role == "chair" else []
        if not m.voting:
            notes.append(L.CM_NO_VOTE)
        if notes:
            text.append(" · " + " · ".join(notes), style=_DIM)
        if m.status == "represented":
            status = Text(L.MT_REPRESENTED.format(name=m.deputy_name), style="bold")
        elif m.status:
            status = Text(L.ATTENDANCE[m.status], style="bold" if m.status == "present" else "")
        else:
            status = Text(L.MT_NOT_RECORDED, style=_DIM)
        rows.append(Row(("member", m.membership_id), text, hang=5, right=status))
    for kind, title in (("administration", L.MT_ADMINISTRATION), ("guest", L.MT_GUESTS)):
        rows.append(Row(None, Text()))
        rows.append(Row(None, Text(title, style=_HEAD)))
        others = [o for o in view.others if o.kind == kind]
        if not others:
            rows.append(Row(None, Text("   " + L.MT_NONE, style=_DIM)))
        for o in others:
            rows.append(Row(("other", o.id), Text("   " + o.name), hang=5,
                            right=Text(L.label(L.ATTENDANCE, o.status))))
    return rows


def votes_text(b: Block) -> str:
    """"Abstimmung: einstimmig · Ergebnis: angenommen" — the short line under a Beschluss."""
    parts = []
    counts = counts_text(b.yes, b.no, b.abstain)
    if b.vote in ("unanimous", "majority"):
        parts.append(L.MT_VOTES.format(vote=L.VOTE_MODES[b.vote]
                                       + (f" ({counts})" if counts else "")))
    elif counts:
        parts.append(L.MT_VOTES.format(vote=counts))
    if b.result:
        parts.append(L.MT_RESULT.format(result=L.label(L.RESULTS, b.result)))
    return " · ".join(parts)


def _block_body(b: Block) -> tuple[str, str]:
    """The first line after the kind's name, and a second, dim line (or "")."""
    text = (b.text or "").strip()
    if b.kind == "resolution":
        return text or "–", votes_text(b)
    if b.kind == "vote":
        counts = counts_text(b.yes, b.no, b.abstain)
        mode = L.VOTE_MODES.get(b.vote or "", "") if b.vote != "wording" else ""
        head = " · ".join(x for x in (mode, counts) if x)
        return (text, head) if text else (head or "–", "")
    if b.kind == "result":
        label = L.label(L.RESULTS, b.result) if b.result else ""
        return label or text, text if label else ""
    return text, ""


def _preview(text: str) -> str:
    """The start of a long text: its first lines, at most about two screen lines."""
    lines = [line for line in text.splitlines() if line.strip()]
    shown = "\n".join(lines[:NOTES_LINES])
    if len(shown) > PREVIEW_CHARS:
        return shown[:PREVIEW_CHARS].rsplit(" ", 1)[0] + " …"
    return shown + (" …" if len(lines) > NOTES_LINES else "")


def agenda_rows(view: MeetingView) -> list[Row]:
    if not view.agenda:
        return [Row(None, Text(L.MT_NO_AGENDA, style="italic"))]
    rows = []
    for item in view.agenda:
        indent = 4 if item.level else 0
        label = f"{item.number}" if item.level else f"TOP {item.number}"
        head = f"{' ' * indent}{label:<{6 if item.level else 8}}"
        text = Text(head) + Text(item.title, style="" if item.level else "bold")
        if item.notes:
            text.append("\n" + _preview(item.notes), style=_DIM)
        right = None if item.public else Text(L.MT_NOT_PUBLIC, style="italic")
        rows.append(Row(("item", item.id), text, hang=len(head), right=right))
        pad = " " * (len(head) + 2)
        for b in item.blocks:
            name = L.MT_BLOCK_ROW.format(kind=L.BLOCK_KINDS.get(b.kind, b.kind))
            first, second = _block_body(b)
            body = Text(pad) + Text(name, style="bold") + Text(_preview(first))
            if second:
                body.append("\n" + _preview(second), style="italic")
            rows.append(Row(("block", b.id), body, hang=len(pad) + len(name)))
        for p in item.plans:
            body = Text(pad) + Text(L.MT_PLAN_ROW, style="bold") + Text(
                f"{p.date_text or '–'}: {p.what}")
            rows.append(Row(("plan", p.id), body, hang=len(pad) + len(L.MT_PLAN_ROW)))
    return rows


def task_rows(view: MeetingView) -> list[Row]:
    if not view.tasks:
        return [Row(None, Text(L.MT_NO_TASKS, style="italic"))]
    rows = []
    for n, t in enumerate(view.tasks, 1):
        text = Text(f"{n:>3}. ") + Text(t.what, style="bold" if t.status == "open" else "")
        notes = []
        if t.who:
            notes.append(L.MT_TASK_WHO.format(who=t.who))
        if t.due_text:
            notes.append(L.MT_TASK_DUE.format(due=t.due_text))
        if t.agenda_number:
            notes.append(L.MT_TASK_TOP.format(number=t.agenda_number))
        if t.carried and t.origin:
            notes.append(L.MT_TASK_FROM.format(meeting=t.origin))
        if t.link:
            notes.append(t.link)
        if notes:
            text.append("\n" + " · ".join(notes), style=_DIM)
        status = Text(L.label(L.TASK_STATES, t.status),
                      style="bold" if t.status == "open" else "green")
        if t.done_later_in:
            status.append(f" ({L.MT_TASK_DONE_LATER.format(meeting=t.done_later_in)})",
                          style=_DIM)
        rows.append(Row(("task", t.id), text, hang=5, right=status))
    return rows


def plan_rows(view: MeetingView) -> list[Row]:
    if not view.plans:
        return [Row(None, Text(L.MT_NO_PLANS, style="italic"))]
    width = max(len(p.date_text or "") for p in view.plans) + 2
    rows = []
    for p in view.plans:
        head = f"{(p.date_text or '') + ':':<{width}}"
        day = format_date(date.fromisoformat(p.date)) if p.date else ""
        where = L.MT_TASK_TOP.format(number=p.agenda_number) if p.agenda_number else ""
        right = Text(" · ".join(x for x in (where, day) if x), style=_DIM)
        rows.append(Row(("plan", p.id), Text(head) + Text(p.what), hang=width, right=right))
    return rows


SECTION_ROWS = (attendance_rows, agenda_rows, task_rows, plan_rows)
