"""Protokoll or Niederschrift of a meeting (DESIGN §5), after seed 000 and NRW practice.

A statutory body (Rat, Kreistag, Ausschuss …) gets a "Niederschrift über die
… Sitzung des Kreistages …", a working body a "Protokoll der Sitzung des
Koordinationskreises … vom 03. Mai 2011".  Then the head (date and times,
place, chair, minute-takers, date of the minutes, attendance or the free
line "s. Anwesenheitsliste", Beschlussfähigkeit), the Tagesordnung, the TOPs
— split into Öffentlicher / Nichtöffentlicher Teil when a TOP is not public
— with their notes and blocks in the clerk's order, the Aufgaben, the
Termine that belong to no TOP, and two signature blocks.  "Entwurf" stands
on top until the minutes are closed; no date but the meeting's own appears.
"""

from __future__ import annotations

from datetime import date

from .. import labels as L
from ..domain.dates import format_date, format_long_date
from ..domain.minutes import join_names, public_note
from ..store.meeting_model import AgendaItem, MeetingView, PlanItem
from .markdown import escape_inline, heading, markdown_text, table
from .minutes_blocks import render_block

_SIGNATURE_LINE = "\\_" * 30


def minutes_title(view: MeetingView) -> str:
    h = view.head
    template = L.DOC_NIEDERSCHRIFT_TITLE if h.statutory else L.DOC_PROTOKOLL_TITLE
    when = format_long_date(date.fromisoformat(h.date)) if h.date else ""
    title = template.format(nth=f"{h.number}. " if h.number else "", committee=h.genitive,
                            date=when)
    return title if when else title.removesuffix(" vom ")


def kind_word(view: MeetingView) -> str:
    """The file name's kind: ``niederschrift`` or ``protokoll``."""
    return L.DOC_NIEDERSCHRIFT_FILE if view.head.statutory else L.DOC_MINUTES_FILE


def _is_public(view: MeetingView, item: AgendaItem) -> bool:
    """A sub-item of a non-public TOP is not public either."""
    if not view.head.public or not item.public:
        return False
    if item.level:
        index = view.agenda.index(item)
        top = next(i for i in reversed(view.agenda[:index]) if i.level == 0)
        return top.public
    return True


def render_minutes(view: MeetingView, *, public: bool = False) -> str:
    h = view.head
    open_items = [i for i in view.agenda if _is_public(view, i)]
    closed_items = [i for i in view.agenda if not _is_public(view, i)]
    blocks = [] if h.closed else [f"**{L.DOC_DRAFT}**"]
    blocks.append(heading(1, minutes_title(view)))
    if h.title:
        blocks.append(escape_inline(h.title, line_start=True))
    named = view.attendance_recorded or bool(view.others)
    note = public_note([(i.number, bool(i.level)) for i in closed_items], h.public) \
        if public else None
    blocks.append("\n".join(f"- {fact}" for fact in _facts(view, named)))
    if note:
        blocks.append(f"*{note}*")
    if named:
        blocks.extend(_attendance(view))
    split = h.public and bool(closed_items) and not public
    if split:  # GO NRW: the public part first, then the non-public one
        parts = [(name, items) for name, items in ((L.DOC_PUBLIC_PART, open_items),
                                                   (L.DOC_PRIVATE_PART, closed_items)) if items]
    else:
        parts = [("", open_items if public else view.agenda)]
    blocks.append(heading(2, L.DOC_AGENDA))
    for name, items in parts:
        if split:
            blocks.append(f"**{name}**")
        blocks.append(_agenda_list(items) or L.DOC_NO_ITEMS)
    level = 3 if split else 2
    for name, items in parts:
        if split:
            blocks.append(heading(2, name))
        for item in items:
            blocks.extend(_item(view, item, level))
    numbers = {i.number for i in (open_items if public else view.agenda)}
    tasks = [t for t in view.tasks if not public or t.agenda_number in numbers
             or t.agenda_number is None]
    if tasks:
        blocks.append(heading(2, L.DOC_TASKS))
        blocks.append(table(
            [L.DOC_NR, L.DOC_TOP, L.DOC_WHAT, L.DOC_WHO, L.DOC_DUE, L.COL_STATE],
            [[n, t.agenda_number or "–", t.what, t.who or "–", t.due_text or "–",
              L.label(L.TASK_STATES, t.status)
              + (L.DOC_DONE_IN.format(meeting=t.done_later_in) if t.done_later_in else "")
              + (L.DOC_CARRIED_FROM.format(meeting=t.origin) if t.carried and t.origin else "")]
             for n, t in enumerate(tasks, 1)]))
    loose = [p for p in view.plans if p.agenda_item_id is None]
    if loose:
        blocks.append(heading(2, L.DOC_PLANS))
        blocks.append(_plans(loose))
    blocks.extend(_signatures(view))
    return "\n\n".join(blocks) + "\n"


def _facts(view: MeetingView, named: bool) -> list[str]:
    h = view.head
    facts = []
    if h.date:
        when = format_date(date.fromisoformat(h.date))
        if h.start_time and h.end_time:
            when += ", " + L.DOC_TIMES.format(start=h.start_time, end=h.end_time)
        elif h.start_time:
            when += ", " + L.DOC_FROM.format(start=h.start_time)
        facts.append(f"{L.DOC_WHEN}: {when}")
    if h.place:
        facts.append(f"{L.DOC_PLACE}: {escape_inline(h.place)}")
    if h.chair:
        facts.append(f"{L.DOC_CHAIR}: {escape_inline(h.chair)}")
    if h.minute_takers:
        label = L.DOC_CLERK if h.statutory else L.DOC_MINUTE_TAKER
        facts.append(f"{label}: {escape_inline(join_names(h.minute_takers))}")
    if h.minutes_date:
        label = L.DOC_NIEDERSCHRIFT_DATE if h.statutory else L.DOC_MINUTES_DATE
        facts.append(f"{label}: {format_date(date.fromisoformat(h.minutes_date))}")
    if h.statutory or not h.public:
        facts.append(f"{L.DOC_SESSION}: {L.DOC_SESSION_PUBLIC[h.public]}")
    if not named:
        facts.append(f"{L.DOC_ATTENDEES}: "
                     f"{escape_inline(h.attendance_note or L.DOC_NOT_RECORDED)}")
    if view.attendance_recorded:  # without names there is nothing to judge the quorum by
        q = view.quorum
        facts.append(L.DOC_QUORUM.format(
            present=q.present, seats=q.voting_seats, required=q.required,
            verdict=L.DOC_QUORATE if q.reached else L.DOC_NOT_QUORATE))
    return facts


def _person(name: str, organisation: str | None, function: str | None) -> str:
    extra = ", ".join(x for x in (organisation, function) if x)
    return f"{name} ({extra})" if extra else name


def _attendance(view: MeetingView) -> list[str]:
    present, represented, excused = [], [], []
    for m in view.members:
        who = _person(m.name, m.organisation, m.function)
        if m.status == "present":
            present.append(who + ("" if m.voting else f" – {L.DOC_NO_VOTE_RIGHT}"))
        elif m.status == "represented":
            represented.append(L.DOC_REPRESENTING.format(deputy=m.deputy_name or "–",
                                                         member=m.name))
        elif m.status == "excused":
            excused.append(who)
    blocks = [heading(2, L.DOC_ATTENDEES)]
    if view.head.attendance_note:
        blocks.append(escape_inline(view.head.attendance_note, line_start=True))
    lists = [(L.DOC_VOTING_PRESENT, present + represented),
             (L.MT_ADMINISTRATION, [o.name for o in view.others
                                    if o.kind == "administration" and o.status == "present"]),
             (L.MT_GUESTS, [o.name for o in view.others
                            if o.kind == "guest" and o.status == "present"]),
             (L.DOC_EXCUSED, excused + [o.name for o in view.others if o.status == "excused"])]
    for title, names in lists:
        if names:
            blocks.append(f"**{title}:**")
            blocks.append("\n".join(f"- {escape_inline(n)}" for n in names))
    return blocks


def _item_title(item: AgendaItem) -> str:
    return f"{item.number} {item.title}" if item.level else \
        f"{L.DOC_TOP} {item.number} {item.title}"


def _agenda_list(items: list[AgendaItem]) -> str:
    """TOPs as a list, sub-items beneath their TOP (a numbered Markdown list would renumber)."""
    lines, top = [], None
    for item in items:
        nested = bool(item.level) and item.number.split(".")[0] == top
        lines.append(f"{'  ' if nested else ''}- {escape_inline(_item_title(item))}")
        top = top if item.level else item.number
    return "\n".join(lines)


def _plans(plans: list[PlanItem]) -> str:
    return "\n".join(f"- {escape_inline(p.date_text or '–')}: {escape_inline(p.what)}"
                     for p in plans)


def _item(view: MeetingView, item: AgendaItem, level: int) -> list[str]:
    own = level + (1 if item.level else 0)
    blocks = [heading(own, _item_title(item))]
    if (item.notes or "").strip():
        blocks.append(markdown_text(item.notes, level=own))
    for block in item.blocks:
        blocks.extend(render_block(block, own, view))
    if item.plans:
        blocks.append(_plans(item.plans))
    return blocks


def _signatures(view: MeetingView) -> list[str]:
    """Two blocks to sign: Sitzungsleitung, and Protokoll (Schriftführung) with all its names."""
    h = view.head
    second = L.DOC_CLERK if h.statutory else L.DOC_FOR_MINUTES
    result = []
    for label, name in ((L.DOC_CHAIR, h.chair or ""), (second, join_names(h.minute_takers))):
        result.append(f"{label}:")
        result.append(_SIGNATURE_LINE + ("  \n" + escape_inline(name) if name else ""))
    return result
