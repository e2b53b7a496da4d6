"""Workshop-Dokumentation: the moderator's outline of generated parts and Sections (DESIGN §5).

The outline (:mod:`steuerung.store.outline`) says what comes in which order:
the Themenprioritäten, the Strategiezirkel, each Handlungsfeld with its
Leitziele, Jahresziele, Indikatoren, Maßnahmen and Hinweise, each committee's
seat plan and tasks, the Beschlüsse, the Handlungsempfehlungen — and the
Sections with the narrative between them.  A part that is left out, or has no
content yet (no Leitbild adopted), is not written at all: nothing is invented.

Pure: data in, Markdown out.  The document's date is its own (the last day of
its dot votes), never the machine's clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .. import labels as L
from ..domain.dates import format_date
from ..domain.minutes import decision_words
from ..domain.numbers import format_number
from ..store.outline import Part
from .markdown import escape_inline, heading, markdown_text, table
from .priorities import PrioritiesData, document_title, render_ranking
from .workshop_goals import field_blocks, items


@dataclass(frozen=True)
class WorkshopData:
    process_title: str
    body: str | None
    title: str | None  # the document's own title; None = "Workshop-Dokumentation: <process>"
    parts: list[Part]
    vision: dict | None
    votes: list[PrioritiesData]
    fields: list[dict]
    committees: list[dict]
    resolutions: list[dict]
    recommendations: list[str]

    @property
    def day(self) -> date | None:
        """The document's date: the last day of its dot votes, else of its resolutions."""
        days = [v.day for v in self.votes if v.day is not None]
        if not days:
            days = [date.fromisoformat(r["date"]) for r in self.resolutions if r["date"]]
        return max(days) if days else None

    def field(self, field_id: int | None) -> dict | None:
        return next((f for f in self.fields if f["id"] == field_id), None)

    def committee(self, committee_id: int | None) -> dict | None:
        return next((c for c in self.committees if c["id"] == committee_id), None)


def render_workshop(data: WorkshopData) -> str:
    """The whole document, ending with one newline."""
    blocks = [heading(1, data.title or f"{L.DOC_WORKSHOP}: {data.process_title}")]
    if data.title is None and data.body:
        blocks.append(escape_inline(data.body))
    for part in data.parts:
        blocks.extend(render_part(data, part))
    return "\n\n".join(blocks) + "\n"


def render_part(data: WorkshopData, part: Part) -> list[str]:
    """One part of the outline as Markdown blocks, its heading first; [] if it shows nothing."""
    if not part.included:
        return []
    if part.is_section:
        body = [markdown_text(part.text, level=2)] if (part.text or "").strip() else []
        if not body and not (part.title or "").strip():
            return []
    else:
        body = [b for b in _GENERATED[part.part](data, part) if b]
        if not body:
            return []
    return ([heading(2, part.heading)] if part.heading.strip() else []) + body


def _vision(data: WorkshopData, part: Part) -> list[str]:
    vision = data.vision
    if vision is None or not (vision["text"] or "").strip():
        return []
    blocks = []
    if vision.get("adopted_on") and vision.get("adopted_by"):
        blocks.append(L.DOC_ADOPTED.format(
            date=format_date(date.fromisoformat(vision["adopted_on"])),
            by=escape_inline(vision["adopted_by"])))
    return [*blocks, markdown_text(vision["text"], level=2)]


def _priorities(data: WorkshopData, part: Part) -> list[str]:
    blocks = []
    for vote in data.votes:
        if len(data.votes) > 1:
            blocks.append(heading(3, document_title(vote.title)))
        blocks.extend(render_ranking(vote))
    return blocks


def cycle_figure() -> str:
    """The Strategiezirkel as the seed's moderator drew it, as a small text figure.

    Leitbild → Ziele → Ist-Analyse → Handlungskonzepte → Maßnahmen →
    Evaluation, and from the Evaluation back to the Maßnahmen ("hinterfragen,
    nachbessern, verändern oder verstärken").  A code block keeps the arrows
    in place in every renderer.
    """
    line = " → ".join(L.CYCLE_STEPS)
    measures, evaluation = L.CYCLE_STEPS[-2], L.CYCLE_STEPS[-1]
    start = line.index(measures) + len(measures) // 2
    end = line.rindex(evaluation) + len(evaluation) // 2
    back = " " * start + "↑" + " " * (end - start - 1) + "│"
    loop = " " * start + "└" + "─" * (end - start - 1) + "┘"
    return "```text\n" + "\n".join((line, back, loop)) + "\n```"


def _cycle(data: WorkshopData, part: Part) -> list[str]:
    return [cycle_figure()]


def _phases(data: WorkshopData, part: Part) -> list[str]:
    if not data.fields:
        return []
    return [table([L.DOC_FIELD, L.COL_PHASE],
                  [[f["name"], L.label(L.PHASES, f["phase"])] for f in data.fields])]


def _field(data: WorkshopData, part: Part) -> list[str]:
    field = data.field(part.field_id)
    return field_blocks(field) if field is not None else []


def _seats(data: WorkshopData, part: Part) -> list[str]:
    committee = data.committee(part.committee_id)
    if committee is None or not committee["seats"]:
        return []
    rows = [[s["actor"], format_number(s["count"])] for s in committee["seats"]]
    rows.append([L.DOC_TOTAL_SEATS, format_number(sum(s["count"] for s in committee["seats"]))])
    return [table([L.DOC_ACTORS, L.DOC_PERSONS], rows, [None, "right"])]


def _tasks(data: WorkshopData, part: Part) -> list[str]:
    committee = data.committee(part.committee_id)
    if committee is None or not committee["tasks"]:
        return []
    return [items([t["text"] for t in committee["tasks"]])]


def _resolutions(data: WorkshopData, part: Part) -> list[str]:
    """Each public resolution: who and when, the result, the wording as a quotation."""
    blocks = []
    for r in data.resolutions:
        if not (r["meeting_public"] and r["item_public"]):
            continue  # a document that is sent out never carries a non-public resolution
        when = format_date(date.fromisoformat(r["date"])) if r["date"] else ""
        by = L.DOC_RESOLUTION_BY.format(committee=escape_inline(r["committee"]), date=when)
        blocks.append(f"**{by.strip().rstrip(',')}:** {decision_words(r.get('vote'), r['result'])}")
        wording = markdown_text(r["text"], level=2)
        if wording:
            blocks.append("\n".join(f"> {line}".rstrip() for line in wording.splitlines()))
    return blocks


def _recommendations(data: WorkshopData, part: Part) -> list[str]:
    if not data.recommendations:
        return []
    return ["\n".join(f"{i}. {escape_inline(t)}" for i, t in enumerate(data.recommendations, 1))]


_GENERATED: dict[str, Callable[[WorkshopData, Part], list[str]]] = {
    "vision": _vision, "priorities": _priorities, "cycle": _cycle, "phases": _phases,
    "field": _field, "seats": _seats, "tasks": _tasks, "resolutions": _resolutions,
    "recommendations": _recommendations,
}
