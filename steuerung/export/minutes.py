"""Protokoll (Ergebnisprotokoll) of a meeting, after the Münster seed and NRW practice.

Header, Teilnehmende (with "in Vertretung für"), Verwaltung, Gäste,
Entschuldigt, Tagesordnung, one section per TOP with its notes and
resolutions (Beschluss, Abstimmung, Ergebnis), Aufgaben, Termine, and the
signature line.  The public version leaves non-public TOPs out and says so.
"""

from __future__ import annotations

from datetime import date, datetime

from .. import labels as L
from ..domain.dates import format_date
from ..domain.numbers import format_number
from ..store.meetings import AgendaItem, MeetingView
from .markdown import escape_inline, heading, table
from .submission import paragraphs


def minutes_title(view: MeetingView) -> str:
    h = view.head
    if h.number:
        return L.DOC_MINUTES_TITLE.format(n=h.number, committee=h.committee_name)
    when = format_date(date.fromisoformat(h.date)) if h.date else ""
    return L.DOC_MINUTES_TITLE_DATE.format(committee=h.committee_name, date=when).strip()


def _person(name: str, organisation: str | None, function: str | None) -> str:
    extra = ", ".join(x for x in (organisation, function) if x)
    return f"{name} ({extra})" if extra else name


def _vote(r) -> str:
    if r.result == "adopted_unanimously":
        return L.DOC_UNANIMOUS
    if r.yes is None and r.no is None and r.abstain is None:
        return ""
    return L.DOC_VOTE_COUNTS.format(yes=format_number(r.yes or 0), no=format_number(r.no or 0),
                                  abstain=format_number(r.abstain or 0))


def render_minutes(view: MeetingView, now: datetime, *, public: bool = False) -> str:
    h = view.head
    items = [i for i in view.agenda if not public or (h.public and i.public)]
    left_out = len(view.agenda) - len(items)
    blocks = [heading(1, minutes_title(view))]
    if h.title:
        blocks.append(escape_inline(h.title))
    when = format_date(date.fromisoformat(h.date)) if h.date else "–"
    times = "–".join(t for t in (h.start_time, h.end_time) if t)
    facts = [f"{L.DOC_SUB_DATE}: {when}" + (f", {times} Uhr" if times else ""),
             f"{L.DOC_PLACE}: {escape_inline(h.place or '–')}",
             f"{L.DOC_CHAIR}: {escape_inline(h.chair or '–')}",
             f"{L.DOC_MINUTE_TAKER}: {escape_inline(h.minute_taker or '–')}"]
    recorded = any(m.status for m in view.members)
    if recorded:  # without an attendance list there is nothing to judge the quorum by
        facts.append(L.DOC_QUORUM.format(
            present=view.quorum.present, seats=view.quorum.voting_seats,
            required=view.quorum.required,
            verdict=L.DOC_QUORATE if view.quorum.reached else L.DOC_NOT_QUORATE))
    if public:
        facts.append(L.DOC_PUBLIC_VERSION.format(n=left_out))
    blocks.append("\n".join(f"- {f}" for f in facts))
    blocks.extend(_attendance(view))
    blocks.append(heading(2, L.DOC_AGENDA))
    # A numbered list as in the seed: "1. Begrüßung", sub-items "2.a …" beneath their TOP.
    blocks.append("\n".join(f"   - {i.number} {escape_inline(i.title)}" if i.level
                            else f"{i.number}. {escape_inline(i.title)}" for i in items) or "–")
    for item in items:
        blocks.extend(_item(item))
    numbers = {i.number for i in items}
    tasks = [t for t in view.tasks if not public or t.agenda_number in numbers
             or t.agenda_number is None]
    if tasks:
        blocks.append(heading(2, L.DOC_TASKS))
        blocks.append(table(
            [L.DOC_NR, "TOP", L.DOC_WHAT, L.DOC_WHO, L.DOC_DUE, L.COL_STATE],
            [[n, t.agenda_number or "–", t.what, t.who or "–", t.due_text or "–",
              L.label(L.TASK_STATES, t.status) + (L.DOC_DONE_LATER.format(n=t.done_later_in)
                                                  if t.done_later_in else "")
              + (L.DOC_CARRIED.format(n=t.meeting_number) if t.carried and t.meeting_number
                 else "")]
             for n, t in enumerate(tasks, 1)]))
    if view.plans:
        blocks.append(heading(2, L.DOC_PLANS))
        blocks.append("\n".join(f"- {escape_inline(p.date_text or '–')}: {escape_inline(p.what)}"
                                for p in view.plans))
    blocks.append(f"{L.DOC_FOR_MINUTES}: {escape_inline(h.minute_taker or '–')} · "
                  f"{L.DOC_CHAIR}: {escape_inline(h.chair or '–')}")
    blocks.append(f"{L.DOC_AS_OF}: {format_date(now.date())}")
    return "\n\n".join(blocks) + "\n"


def _attendance(view: MeetingView) -> list[str]:
    present, represented, excused = [], [], []
    for m in view.members:
        who = _person(m.name, m.organisation, m.function)
        if m.status == "present":
            present.append(who + ("" if m.voting else f" – {L.DOC_NO_VOTE_RIGHT}"))
        elif m.status == "represented":
            represented.append(L.DOC_REPRESENTING.format(deputy=m.deputy_name or "–", member=m.name))
        elif m.status == "excused":
            excused.append(who)
    blocks = [heading(2, L.DOC_ATTENDEES)]
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
    if len(blocks) == 1:
        blocks.append(L.DOC_NOT_RECORDED)
    return blocks


def _item(item: AgendaItem) -> list[str]:
    title = f"{L.DOC_TOP} {item.number} {item.title}" if not item.level else \
        f"{item.number} {item.title}"
    blocks = [heading(3 if item.level else 2, title)]
    if (item.notes or "").strip():
        blocks.append(paragraphs(item.notes))
    for r in item.resolutions:
        lines = []
        if (r.text or "").strip():
            lines.append(f"**{L.DOC_RESOLUTION}:** {escape_inline(r.text.strip())}")
        vote = _vote(r)
        if vote:
            lines.append(f"**{L.DOC_VOTE}:** {vote}")
        if r.result:
            lines.append(f"**{L.DOC_RESULT}:** {L.label(L.RESULTS, r.result)}")
        if lines:
            blocks.append("  \n".join(lines))
    return blocks
