"""Leitbild versions: label, adopted on, adopted by, Markdown text; current = latest adopted."""

from __future__ import annotations

from dataclasses import dataclass

from .. import labels as L
from ..domain import goals as rules
from ..domain.dates import parse_date
from ..domain.errors import UserError
from .repo import Store


@dataclass(frozen=True)
class Vision:
    id: int
    label: str | None
    adopted_on: str | None
    adopted_by: str | None
    text: str
    current: bool


#: The same order as the Übersicht: the latest adopted version is the current one.
_VISION_ORDER = "ORDER BY adopted_on DESC, id DESC"


def visions(store: Store) -> list[Vision]:
    rows = store.rows(f"SELECT id, label, adopted_on, adopted_by, text FROM vision {_VISION_ORDER}")
    return [Vision(r[0], r[1], r[2], r[3], r[4] or "", i == 0) for i, r in enumerate(rows)]


def save_vision(store: Store, values: dict, vision_id: int | None = None) -> int:
    """Insert or update one version; the text must not be empty, the date must be a real day."""
    text = (values.get("text") or "").strip()
    if not text:
        raise UserError(L.E_EMPTY_VISION)
    adopted_on = (values.get("adopted_on") or "").strip()
    try:
        adopted = parse_date(adopted_on).isoformat() if adopted_on else None
    except UserError as error:
        raise UserError(L.E_DEADLINE.format(what=L.F_ADOPTED_ON, message=error.message)) from None
    row = {"label": rules.optional(values.get("label")), "adopted_on": adopted,
           "adopted_by": rules.optional(values.get("adopted_by")), "text": text}
    if vision_id is None:
        return store.insert("vision", row)
    if store.get("vision", vision_id) is None:
        raise UserError(L.E_GONE)
    store.update("vision", vision_id, row)
    return vision_id


def delete_vision(store: Store, vision_id: int) -> None:
    store.delete("vision", vision_id)
