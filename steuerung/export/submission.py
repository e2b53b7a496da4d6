"""Vorlage (Beschluss- or Berichtsvorlage, Mitteilung) in the NRW shape (DESIGN §5).

Head as a small table (Vorlagen-Nr. · Vorlagenart · Datum · federführend ·
Sachbearbeitung · öffentlich), "**Betreff:** …", the Beratungsfolge, the
Beschlussvorschlag (a Beschlussvorlage only; a Berichtsvorlage carries "Der
Bericht wird zur Kenntnis genommen." or the clerk's own sentence, a Mitteilung
none), the Sachdarstellung — the clerk's own text FIRST, then the generated
parts the clerk chose, with the data as of the Vorlage's Stichtag (default:
its date) — Finanzielle Auswirkungen, Anlagen and the process's signature
line.  The Vorlage's own date is the document's date; no machine date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import labels as L
from ..domain.attainment import decisive_deadline, num
from ..domain.dates import day_or_none, format_date, show_day
from ..domain.numbers import format_number
from ..domain.sachstand import GoalStatus, field_rollups, light_counts
from ..store.submissions import parts_of
from .markdown import escape_inline, heading, markdown_text, table
from .priorities import PrioritiesData, document_title, render_ranking


@dataclass(frozen=True)
class SubmissionData:
    submission: dict
    consultations: list[dict]
    process: dict  # body and signature line
    stichtag: date | None  # the data's day: the Vorlage's Stichtag, else its date
    vision: dict | None
    votes: list[PrioritiesData]
    goals_year: int | None
    fields: list[dict]  # the goal system of ``goals_year``
    status_year: int | None  # the year whose Jahresziele had begun by the Stichtag
    status: list[GoalStatus]
    committees: list[dict]


def _day(iso: str | None) -> str:
    return show_day(iso, "–")


def render_submission(data: SubmissionData) -> str:
    s = data.submission
    kind = L.label(L.SUBMISSION_KINDS, s["kind"])
    blocks = ([escape_inline(data.process["body"], line_start=True)]
              if data.process.get("body") else [])
    blocks.append(heading(1, kind))
    blocks.append(table(
        [L.DOC_SUB_NUMBER, L.DOC_SUB_KIND, L.DOC_SUB_DATE, L.DOC_SUB_LEAD, L.DOC_SUB_CLERK,
         L.DOC_SUB_PUBLIC_COL],
        [[s["number"] or "–", kind, _day(s["date"]), s["lead_office"] or "–", s.get("clerk") or "–",
          L.DOC_YES_NO[1 if s["public"] else 0]]]))
    blocks.append(f"**{L.DOC_SUBJECT}:** {escape_inline(s['subject'])}")
    blocks.append(heading(2, L.DOC_CONSULTATION))
    rows = [[c["committee"], _day(c["date"]), L.label(L.CONSULTATION_ROLES, c["role"]),
             c["result"] or ""] for c in data.consultations]
    blocks.append(table([L.DOC_COMMITTEE, L.DOC_DATE, L.DOC_RESPONSIBILITY, L.DOC_RESULT], rows)
                  if rows else L.DOC_NONE.capitalize() + ".")
    blocks.extend(_proposal(s))
    blocks.append(heading(2, L.DOC_REASONING))
    own = markdown_text(s["reasoning"], level=2)
    chosen = parts_of(s)
    if own:
        blocks.append(own)
    elif not chosen:
        blocks.append(L.DOC_NO_REASONING)
    blocks.extend(_generated(data, chosen))
    blocks.extend(_financial(s))
    blocks.append(heading(2, L.DOC_ATTACHMENTS))
    attachments = [a for a in (s["attachments"] or "").splitlines() if a.strip()]
    blocks.append("\n".join(f"{i}. {escape_inline(a.strip())}" for i, a in
                            enumerate(attachments, 1)) or L.DOC_NONE.capitalize() + ".")
    blocks.extend(_signature(data.process))
    return "\n\n".join(blocks) + "\n"


def submission_head(s: dict) -> str:
    """The running head of a printed Vorlage, from its head table and Betreff.

    "Beschlussvorlage · Vorlagen-Nr. 123/2010 · Steuerungsgruppe Integration";
    without a number "Beschlussvorlage · Steuerungsgruppe Integration".
    """
    number = (s["number"] or "").strip()
    return " · ".join(part for part in (
        L.label(L.SUBMISSION_KINDS, s["kind"]), f"{L.DOC_SUB_NUMBER} {number}" if number else "",
        (s["subject"] or "").strip()) if part)


def _proposal(s: dict) -> list[str]:
    text = markdown_text(s["proposal"], level=2)
    if s["kind"] == "resolution":
        return [heading(2, L.DOC_PROPOSAL), text or f"*{L.DOC_NO_PROPOSAL}*"]
    if s["kind"] == "report":
        return [heading(2, L.DOC_NOTED), text or L.DOC_REPORT_NOTED]
    return []


def _generated(data: SubmissionData, chosen: tuple[str, ...]) -> list[str]:
    blocks: list[str] = []
    if "vision" in chosen and data.vision and (data.vision["text"] or "").strip():
        blocks.append(heading(3, L.DOC_VISION_OF.format(label=data.vision["label"] or "–")))
        blocks.append(markdown_text(data.vision["text"].strip().split("\n\n")[0], level=3))
    if "priorities" in chosen:
        for vote in data.votes:
            blocks.append(heading(3, document_title(vote.title)))
            blocks.extend(render_ranking(vote))
    if "goals" in chosen and data.fields:
        blocks.append(heading(3, L.DOC_GOALS_OF.format(year=data.goals_year)))
        blocks.extend(_goals(data))
    if "attainment" in chosen:
        blocks.extend(_attainment(data))
    if "composition" in chosen:
        for c in data.committees:
            if c["seats"]:
                blocks.append(heading(3, L.DOC_COMPOSITION_OF.format(name=c["name"])))
                rows = [[s["actor"], format_number(s["count"])] for s in c["seats"]]
                rows.append([L.DOC_TOTAL_SEATS,
                             format_number(sum(s["count"] for s in c["seats"]))])
                blocks.append(table([L.DOC_ACTORS, L.DOC_PERSONS], rows, [None, "right"]))
    return blocks


def _goals(data: SubmissionData) -> list[str]:
    """Per Handlungsfeld the Leitziele, their Jahresziele and indicators with the deciding Frist."""
    blocks = []
    for f in data.fields:
        lines = []
        for g in f["guiding"]:
            lines.append(f"- {L.DOC_GUIDING} {g['number'] or ''}: {escape_inline(g['text'])}")
            for a in g["annual"]:
                own = decisive_deadline(a["year"] or data.goals_year, a["deadline_text"],
                                        _iso(a["deadline"]))
                lines.append(f"  - {escape_inline(a['text'])} ({L.COL_DEADLINE}: "
                             f"{escape_inline(own.text)})")
                for i in a["indicators"]:
                    due = decisive_deadline(a["year"] or data.goals_year, a["deadline_text"],
                                            _iso(a["deadline"]), i["deadline_text"],
                                            _iso(i["deadline"]))
                    lines.append(f"    - {L.DOC_INDICATOR}: {escape_inline(i['name'])}"
                                 + (f" ({L.COL_DEADLINE}: {escape_inline(due.text)})"
                                    if due != own else ""))
        if lines:
            blocks.append(f"**{L.DOC_FIELD} {escape_inline(f['name'])}**")
            blocks.append("\n".join(lines))
    return blocks


def _iso(text: str | None) -> date | None:
    return day_or_none(text)


def _attainment(data: SubmissionData) -> list[str]:
    if data.stichtag is None:
        return [heading(3, L.DOC_ATTAINMENT), L.DOC_SUB_NO_STICHTAG]
    day = format_date(data.stichtag)
    if data.status_year is None:
        return [heading(3, L.DOC_ATTAINMENT), L.DOC_SUB_NO_GOALS_YET.format(date=day)]
    blocks = [heading(3, L.DOC_ATTAINMENT_OF.format(year=data.status_year, date=day))]
    counts = light_counts(data.status)
    blocks.append(L.STATUS_SUMMARY.format(
        n=len(data.status), word=L.COL_ANNUAL if len(data.status) != 1 else L.COL_ANNUAL_GOAL,
        parts=", ".join(f"{n} {L.LIGHTS[k]}" for k, n in counts.items() if n)) + ".")
    blocks.append(table([L.DOC_FIELD, L.COL_ATTAINMENT, *L.LIGHTS.values()],
                        [[name, r.attainment_text, *(r.goal_lights[k] for k in L.LIGHTS)]
                         for name, r in field_rollups(data.status).items()],
                        [None, None, *["right"] * len(L.LIGHTS)]))
    overdue = [g for g in data.status if g.overdue()]
    if overdue:
        blocks.append(L.DOC_SUB_OVERDUE)
        blocks.append("\n".join(f"- {escape_inline(g.text)} ({escape_inline(g.field)}, "
                                f"{L.DOC_DEADLINE_SHORT} {escape_inline(g.deadline_shown)})"
                                for g in overdue))
    return blocks


def _financial(s: dict) -> list[str]:
    blocks = [heading(2, L.DOC_FINANCIAL)]
    text = markdown_text(s["financial"], level=2)
    if s.get("financial_effects") == 1:
        amount = s.get("budget_amount")
        blocks.append(table([L.DOC_BUDGET_YEAR, L.DOC_BUDGET_PRODUCT, L.DOC_BUDGET_EXPENSE,
                             L.DOC_BUDGET_AMOUNT],
                            [[s.get("budget_year") or "–", s.get("budget_product") or "–",
                              s.get("budget_expense") or "–",
                              "–" if amount is None else f"{num(amount)} €"]],
                            [None, None, None, "right"]))
    elif s.get("financial_effects") == 0 or not text:
        blocks.append(L.DOC_NONE.capitalize() + ".")
    if text:
        blocks.append(text)
    return blocks


def _signature(process: dict) -> list[str]:
    lines = [escape_inline(process[k], line_start=True)
             for k in ("signature_name", "signature_function") if process.get(k)]
    if not lines and not process.get("signature_prefix"):
        return []
    prefix = process.get("signature_prefix")
    blocks = [escape_inline(prefix, line_start=True)] if prefix else []
    if lines:
        blocks.append("\\\n".join(lines))  # a hard line break: name, then function
    return blocks
