"""Vorlage (Beschluss- or Berichtsvorlage), NRW style (DESIGN §5).

The Begründung is generated from the data — Leitbild excerpt,
Themenprioritäten, Leitziele and Jahresziele per Handlungsfeld with
indicators and deadlines, Stand der Zielerreichung, Zusammensetzung der
Steuerungsgruppe — and followed by the Vorlage's own free text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .. import labels as L
from ..domain.attainment import pct
from ..domain.dates import format_date
from ..domain.numbers import format_number
from ..store.status import FieldRollUp
from .markdown import escape_inline, heading, table
from .priorities import PrioritiesData, document_title, render_ranking


@dataclass(frozen=True)
class SubmissionData:
    submission: dict
    consultations: list[dict]
    vision: dict | None
    votes: list[PrioritiesData]
    fields: list[dict]
    rollups: dict[str, FieldRollUp]
    review_year: int | None
    committees: list[dict]


def paragraphs(text: str | None) -> str:
    """User text kept as paragraphs, every line escaped (no headings, no HTML)."""
    lines = (text or "").strip().splitlines()
    return "\n".join(escape_inline(line.rstrip(), line_start=True) for line in lines)


def _day(iso: str | None) -> str:
    return format_date(date.fromisoformat(iso)) if iso else "–"


def render_submission(data: SubmissionData, now: datetime) -> str:
    s = data.submission
    head = [f"{L.DOC_SUB_NUMBER} {escape_inline(s['number'] or '–')}",
            f"{L.DOC_SUB_KIND}: {L.label(L.SUBMISSION_KINDS, s['kind'])}",
            f"{L.DOC_SUB_DATE}: {_day(s['date'])}",
            f"{L.DOC_SUB_LEAD}: {escape_inline(s['lead_office'] or '–')}",
            L.DOC_SUB_PUBLIC[1 if s["public"] else 0]]
    blocks = [" · ".join(head), heading(1, s["subject"])]
    blocks.append(heading(2, L.DOC_CONSULTATION))
    rows = [[c["committee"], _day(c["date"]), L.label(L.CONSULTATION_ROLES, c["role"]),
             c["result"] or ""] for c in data.consultations]
    blocks.append(table([L.DOC_COMMITTEE, L.DOC_DATE, L.DOC_RESPONSIBILITY, L.DOC_RESULT], rows)
                  if rows else L.DOC_NONE.capitalize() + ".")
    blocks.append(heading(2, L.DOC_PROPOSAL))
    blocks.append(paragraphs(s["proposal"]) or "–")
    blocks.append(heading(2, L.DOC_REASONING))
    blocks.extend(_reasoning(data))
    if (s["reasoning"] or "").strip():
        blocks.append(paragraphs(s["reasoning"]))
    blocks.append(heading(2, L.DOC_FINANCIAL))
    blocks.append(paragraphs(s["financial"]) or L.DOC_NONE.capitalize() + ".")
    blocks.append(heading(2, L.DOC_ATTACHMENTS))
    attachments = [a for a in (s["attachments"] or "").splitlines() if a.strip()]
    blocks.append("\n".join(f"{i}. {escape_inline(a.strip())}" for i, a in
                            enumerate(attachments, 1)) or L.DOC_NONE.capitalize() + ".")
    blocks.append(f"{L.DOC_AS_OF}: {format_date(now.date())}")
    return "\n\n".join(blocks) + "\n"


def _reasoning(data: SubmissionData) -> list[str]:
    blocks = []
    v = data.vision
    if v and (v["text"] or "").strip():
        blocks.append(heading(3, L.DOC_VISION_OF.format(label=v["label"] or "–")))
        excerpt = v["text"].strip().split("\n\n")[0]  # the first paragraph
        blocks.append(paragraphs(excerpt))
    for vote in data.votes:
        blocks.append(heading(3, document_title(vote.title)))
        blocks.extend(render_ranking(vote))
    blocks.append(heading(3, L.DOC_GOALS))
    for f in data.fields:
        lines = []
        for g in f["guiding"]:
            lines.append(f"- {L.DOC_GUIDING} {g['number'] or ''}: {escape_inline(g['text'])}")
            for a in g["annual"]:
                lines.append(f"  - {L.COL_ANNUAL_GOAL} {a['year'] or ''}: {escape_inline(a['text'])}")
                for i in a["indicators"]:
                    deadline = i["deadline_text"] or _day(i["deadline"])
                    lines.append(f"    - {L.COL_INDICATORS[:-2]}: {escape_inline(i['name'])}"
                                 + (f" ({L.COL_DEADLINE}: {escape_inline(deadline)})"
                                    if deadline != "–" else ""))
        if lines:
            blocks.append(f"**{L.DOC_FIELD} {escape_inline(f['name'])}**")
            blocks.append("\n".join(lines))
    if data.rollups:
        blocks.append(heading(3, f"{L.DOC_ATTAINMENT} {data.review_year}"))
        blocks.append(table([L.DOC_FIELD, L.COL_ATTAINMENT, *L.LIGHTS.values()],
                            [[name, "–" if r.rollup.attainment is None else pct(r.rollup.attainment),
                              *(r.goal_lights[k] for k in L.LIGHTS)]
                             for name, r in data.rollups.items()],
                            [None, "right", "right", "right", "right", "right"]))
    for c in data.committees:
        if c["seats"]:
            blocks.append(heading(3, L.DOC_COMPOSITION_OF.format(name=c["name"])))
            rows = [[s["actor"], format_number(s["count"])] for s in c["seats"]]
            rows.append([L.DOC_TOTAL_SEATS, format_number(sum(s["count"] for s in c["seats"]))])
            blocks.append(table([L.DOC_ACTORS, L.DOC_PERSONS], rows, [None, "right"]))
    return blocks
