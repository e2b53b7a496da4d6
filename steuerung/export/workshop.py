"""Workshop-Dokumentation: the shape of the Neuss seed (DESIGN §5).

Themenprioritäten, Strategiezirkel, per Handlungsfeld the Leitziele with
Jahresziele, Indikatoren, Maßnahmen and Hinweise zur Umsetzung, the
Steuerungsgruppe (Akteure | Personenanzahl | gesamt) and its tasks, the
resolutions and the recommendations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .. import labels as L
from ..domain.dates import format_date
from ..domain.minutes import decision_words
from .markdown import escape_inline, heading, table
from .priorities import PrioritiesData, document_title, render_ranking


@dataclass(frozen=True)
class WorkshopData:
    process_title: str
    body: str | None
    vision: dict | None
    votes: list[PrioritiesData]
    fields: list[dict]
    committees: list[dict]
    resolutions: list[dict]
    recommendations: list[str]


def _items(texts: list[str]) -> str:
    return "\n".join(f"- {escape_inline(t, line_start=True)}" for t in texts)


def _deadline(row: dict) -> str:
    if row.get("deadline_text"):
        return row["deadline_text"]
    return format_date(date.fromisoformat(row["deadline"])) if row.get("deadline") else ""


def render_workshop(data: WorkshopData, now: datetime) -> str:
    blocks = [heading(1, f"{L.DOC_WORKSHOP}: {data.process_title}")]
    if data.body:
        blocks.append(escape_inline(data.body))
    blocks.append(heading(2, L.OV_VISION))
    vision = data.vision
    blocks.append(escape_inline(vision["text"]) if vision and (vision["text"] or "").strip()
                  else f"{L.VISION_MISSING.capitalize()}.")
    if data.votes:
        blocks.append(heading(2, L.DOC_PRIORITIES))
        for vote in data.votes:
            if len(data.votes) > 1:
                blocks.append(heading(3, document_title(vote.title)))
            blocks.extend(render_ranking(vote))
    blocks.append(heading(2, L.OV_CYCLE))
    blocks.append(" → ".join(L.PHASES.values()) + " → " + L.PHASES["vision"])
    blocks.append(table([L.DOC_FIELD, L.COL_PHASE],
                        [[f["name"], L.label(L.PHASES, f["phase"])] for f in data.fields]))
    for f in data.fields:
        blocks.extend(_field(f))
    for c in data.committees:
        blocks.extend(_committee(c))
    if data.resolutions:
        blocks.append(heading(2, L.DOC_RESOLUTIONS))
        for r in data.resolutions:
            when = format_date(date.fromisoformat(r["date"])) if r["date"] else ""
            blocks.append(f"**{escape_inline(r['committee'])}, {when}:** "
                          f"{escape_inline(r['text'] or '')} "
                          f"({decision_words(r.get('vote'), r['result'])})")
    if data.recommendations:
        blocks.append(heading(2, L.OV_RECOMMENDATIONS))
        blocks.append("\n".join(f"{i}. {escape_inline(t)}"
                                for i, t in enumerate(data.recommendations, 1)))
    blocks.append(f"{L.DOC_AS_OF}: {format_date(now.date())}")
    return "\n\n".join(blocks) + "\n"


def _field(f: dict) -> list[str]:
    blocks = [heading(2, f"{L.DOC_FIELD} {f['name']}")]
    if f.get("description"):
        blocks.append(escape_inline(f["description"]))
    for g in f["guiding"]:
        blocks.append(heading(3, f"{L.DOC_GUIDING} {g['number'] or ''}: {g['text']}"))
        annual = g["annual"]
        if annual:
            blocks.append(f"**{L.COL_ANNUAL}:**")
            blocks.append(_items([a["text"] for a in annual]))
        blocks += _listed(L.COL_INDICATORS, [
            i["name"] + (f" (Frist: {_deadline(i)})" if _deadline(i)
                         and _deadline(i) not in i["name"] else "")
            for a in annual for i in a["indicators"]])
        blocks += _listed(L.DOC_MEASURES, [m["text"] for a in annual for m in a["measures"]])
        blocks += _listed(L.DOC_HINTS, [h["text"] for a in annual for h in a["hints"]])
    blocks += _listed(L.DOC_HINTS, [h["text"] for h in f["hints"]])
    return blocks


def _listed(title: str, texts: list[str]) -> list[str]:
    """"**Titel:**" and a bullet list, or nothing when there is nothing to list."""
    return [f"**{title}:**", _items(texts)] if texts else []



def _committee(c: dict) -> list[str]:
    if not c["seats"] and not c["tasks"]:
        return []
    blocks = [heading(2, c["name"])]
    if c["seats"]:
        blocks.append(f"**{L.DOC_COMPOSITION}:**")
        rows = [[s["actor"], s["count"]] for s in c["seats"]]
        rows.append([L.DOC_TOTAL_SEATS, sum(s["count"] for s in c["seats"])])
        blocks.append(table([L.DOC_ACTORS, L.DOC_PERSONS], rows, [None, "right"]))
    if c["tasks"]:
        blocks.append(f"**{L.DOC_COMMITTEE_TASKS}:**")
        blocks.append(_items([t["text"] for t in c["tasks"]]))
    return blocks
