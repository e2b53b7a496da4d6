"""A Handlungsfeld in the workshop documentation, in the shape of the Neuss seed.

Per Leitziel: "Jahresziel:"/"Jahresziele:", "Indikator:"/"Indikatoren:",
"Maßnahme:"/"Maßnahmen:" (singular for one), what the measures are meant to
achieve, then "Was bei der Umsetzung der Maßnahme(n) berücksichtigt werden
sollte".  The lists gather the Leitziel's Jahresziele in their order; an
indicator that serves several Jahresziele is listed once, where it first
appears.  A line break inside an item (a continuation line in the seed)
stays a line break.
"""

from __future__ import annotations

from datetime import date

from .. import labels as L
from ..domain.dates import format_date
from .markdown import escape_inline, heading, markdown_text


def items(texts: list[str]) -> str:
    """A bullet list; the lines of a multi-line item are kept apart by hard line breaks."""
    result = []
    for text in texts:
        lines = [escape_inline(line, line_start=True) for line in str(text).splitlines()
                 if line.strip()]
        result.append("- " + "\\\n  ".join(lines or [""]))
    return "\n".join(result)


def _listed(title: str, texts: list[str]) -> list[str]:
    """"**Titel:**" and a bullet list, or nothing when there is nothing to list."""
    return [f"**{title}:**", items(texts)] if texts else []


def _word(kind: str, n: int) -> str:
    one, many = L.DOC_LISTS[kind]
    return one if n == 1 else many


def _deadline(row: dict) -> str:
    if row.get("deadline_text"):
        return row["deadline_text"]
    return format_date(date.fromisoformat(row["deadline"])) if row.get("deadline") else ""


def _indicator(row: dict) -> str:
    deadline = _deadline(row)
    if deadline and deadline not in row["name"]:
        return row["name"] + L.DOC_DEADLINE_SUFFIX.format(deadline=deadline)
    return row["name"]


def field_blocks(field: dict) -> list[str]:
    """The field's description and Leitziele; [] for a field without any content yet."""
    blocks = []
    if (field.get("description") or "").strip():
        blocks.append(markdown_text(field["description"], level=2))
    for g in field["guiding"]:
        blocks.append(heading(3, f"{L.DOC_GUIDING} {g['number'] or ''}: {g['text']}"))
        blocks += guiding_blocks(g)
    if field["hints"]:
        blocks += _listed(L.DOC_HINTS, [h["text"] for h in field["hints"]])
    return blocks


def guiding_blocks(guiding: dict) -> list[str]:
    annual = guiding["annual"]
    seen: set[int] = set()
    indicators = []
    for a in annual:
        for i in a["indicators"]:
            if i["id"] not in seen:
                seen.add(i["id"])
                indicators.append(_indicator(i))
    measures = [m["text"] for a in annual for m in a["measures"]]
    hints = [h["text"] for a in annual for h in a["hints"]]
    blocks = _listed(_word("annual", len(annual)), [a["text"] for a in annual])
    blocks += _listed(_word("indicator", len(indicators)), indicators)
    blocks += _listed(_word("measure", len(measures)), measures)
    blocks += [markdown_text(a["effect"], level=3) for a in annual if (a.get("effect") or "").strip()]
    blocks += _listed(L.DOC_HINTS_MEASURES[len(measures) > 1], hints)
    return blocks
