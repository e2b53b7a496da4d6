"""The outline of a document: generated parts and free Sections, in the order the moderator set.

DESIGN §3 "Section".  The workshop documentation is an ordered list of parts:
generated ones (Themenprioritäten, Strategiezirkel, one per Handlungsfeld,
the seat plan and the tasks of each committee, Beschlüsse,
Handlungsempfehlungen …) and Sections (a title and a Markdown text).  A
generated part can be left out or given its own heading ("" = none).

Until the moderator changes something, no row is stored and the outline is
the default order.  Stored rows win; a part that is new since (a field added
later) joins right after the generated part it follows by default, so the
narrative placed after the last field stays after it.  Every write first
stores the whole outline as it is shown, then changes it — one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .. import labels as L
from ..domain.errors import UserError
from .repo import Store

WORKSHOP = "workshop"
#: Generated parts of the workshop documentation, in their default order.
FIXED_BEFORE = ("vision", "priorities", "cycle", "phases")
FIXED_AFTER = ("resolutions", "recommendations")
PER_COMMITTEE = ("seats", "tasks")
SECTION, HEAD = "section", "head"


@dataclass(frozen=True)
class Part:
    """One line of the outline; ``row_id`` is None while it is not stored yet."""

    part: str
    row_id: int | None = None
    field_id: int | None = None
    committee_id: int | None = None
    title: str | None = None  # own heading; "" = without heading; None = ``default_title``
    text: str | None = None
    included: bool = True
    default_title: str = ""

    @property
    def key(self) -> str:
        """"section:12", "field:3", "seats:1", "priorities" — stable while the outline changes."""
        if self.part == SECTION:
            return f"{SECTION}:{self.row_id}"
        ref = self.field_id if self.field_id is not None else self.committee_id
        return self.part if ref is None else f"{self.part}:{ref}"

    @property
    def is_section(self) -> bool:
        return self.part == SECTION

    @property
    def heading(self) -> str:
        """The heading the document shows ("" = none)."""
        return self.default_title if self.title is None else self.title


def _names(store: Store) -> tuple[dict[int, str], dict[int, str]]:
    fields = {r[0]: r[1] for r in store.rows("SELECT id, name FROM field ORDER BY position, id")}
    committees = {r[0]: r[1] for r in store.rows(
        "SELECT id, name FROM committee ORDER BY position, id")}
    return fields, committees


def _default_title(part: str, field: str | None, committee: str | None) -> str:
    if part == "field":
        return L.OUTLINE_FIELD.format(name=field)
    if part in PER_COMMITTEE:
        return L.OUTLINE_PARTS[part].format(name=committee)
    return L.OUTLINE_PARTS.get(part, "")


def default_parts(store: Store) -> list[Part]:
    """The outline before anyone arranged it: the shape of the Neuss seed.

    A committee's seat plan and tasks are parts only once it has seats or
    tasks (the Kreistag that only resolves needs neither).
    """
    fields, committees = _names(store)
    with_seats = {r[0] for r in store.rows("SELECT DISTINCT committee_id FROM seat")}
    with_tasks = {r[0] for r in store.rows("SELECT DISTINCT committee_id FROM committee_task")}
    parts = [Part(p, default_title=_default_title(p, None, None)) for p in FIXED_BEFORE]
    parts += [Part("field", field_id=f, default_title=_default_title("field", name, None))
              for f, name in fields.items()]
    for c, name in committees.items():
        for part, present in (("seats", with_seats), ("tasks", with_tasks)):
            if c in present:
                parts.append(Part(part, committee_id=c,
                                  default_title=_default_title(part, None, name)))
    parts += [Part(p, default_title=_default_title(p, None, None)) for p in FIXED_AFTER]
    return parts


def parts(store: Store, document: str = WORKSHOP) -> list[Part]:
    """The outline as the document shows it: stored rows, new generated parts merged in."""
    fields, committees = _names(store)
    known = {*FIXED_BEFORE, *FIXED_AFTER, *PER_COMMITTEE, "field", SECTION}
    result: list[Part] = []
    for r in store.rows("SELECT * FROM document_part WHERE document = ? AND part != ? "
                        "ORDER BY position, id", (document, HEAD)):
        if r["part"] not in known:
            continue  # a part a newer program wrote: left alone, not shown
        field = fields.get(r["field_id"]) if r["field_id"] is not None else None
        committee = committees.get(r["committee_id"]) if r["committee_id"] is not None else None
        result.append(Part(r["part"], r["id"], r["field_id"], r["committee_id"], r["title"],
                           r["text"], bool(r["included"]),
                           _default_title(r["part"], field, committee)))
    keys = [p.key for p in result]
    previous = None
    for default in default_parts(store):
        if default.key not in keys:
            index = keys.index(previous) + 1 if previous is not None else 0
            result.insert(index, default)
            keys.insert(index, default.key)
        previous = default.key
    return result


def document_title(store: Store, document: str = WORKSHOP) -> str | None:
    """The document's own title, if the moderator gave one."""
    row = store.one("SELECT title FROM document_part WHERE document = ? AND part = ? "
                    "ORDER BY id LIMIT 1", (document, HEAD))
    return row["title"] if row and (row["title"] or "").strip() else None


def head_id(store: Store, document: str = WORKSHOP) -> int | None:
    """The row holding the document's own title, once one was stored (its history: ``i``)."""
    row = store.one("SELECT id FROM document_part WHERE document = ? AND part = ? "
                    "ORDER BY id LIMIT 1", (document, HEAD))
    return row["id"] if row else None


# -- writing ---------------------------------------------------------------------------------
def _store_outline(store: Store, document: str) -> list[Part]:
    """Write every part of the shown outline as a row (positions 1…n); returns the stored parts."""
    stored = []
    for position, part in enumerate(parts(store, document), 1):
        if part.row_id is None:
            row_id = store.insert("document_part", {
                "document": document, "part": part.part, "field_id": part.field_id,
                "committee_id": part.committee_id, "title": part.title, "text": part.text,
                "included": int(part.included), "position": position})
            part = replace(part, row_id=row_id)
        else:
            store.update("document_part", part.row_id, {"position": position})
        stored.append(part)
    return stored


def _find(found: list[Part], key: str) -> int:
    for index, part in enumerate(found):
        if part.key == key:
            return index
    raise UserError(L.E_GONE)


def _section_values(title: str | None, text: str | None) -> dict:
    title, text = (title or "").strip(), (text or "").strip()
    if not title and not text:
        raise UserError(L.E_SECTION_EMPTY)
    return {"title": title or None, "text": text or None}


def add_section(store: Store, title: str | None, text: str | None, *,
                after: str | None = None, document: str = WORKSHOP) -> int:
    """A new Section right after the part ``after`` (a key), or at the start; returns its id."""
    values = _section_values(title, text)
    with store.transaction():
        found = _store_outline(store, document)
        index = _find(found, after) + 1 if after is not None else 0
        row_id = store.insert("document_part", {
            "document": document, "part": SECTION, **values, "included": 1,
            "position": index + 1})
        for position, part in enumerate(found[index:], index + 2):
            store.update("document_part", part.row_id, {"position": position})
    return row_id


def save_section(store: Store, section_id: int, title: str | None, text: str | None) -> None:
    values = _section_values(title, text)
    row = store.get("document_part", section_id)
    if row is None or row["part"] != SECTION:
        raise UserError(L.E_GONE)
    store.update("document_part", section_id, values)


def delete_section(store: Store, section_id: int) -> None:
    row = store.get("document_part", section_id)
    if row is None or row["part"] != SECTION:
        raise UserError(L.E_GONE)
    store.delete("document_part", section_id)


def move(store: Store, key: str, step: int, document: str = WORKSHOP) -> bool:
    """Swap the part ``key`` with its neighbour above (-1) or below (+1); False at an end."""
    with store.transaction():
        found = _store_outline(store, document)
        index = _find(found, key)
        other = index + step
        if not 0 <= other < len(found):
            return False
        for part, position in ((found[index], other + 1), (found[other], index + 1)):
            store.update("document_part", part.row_id, {"position": position})
    return True


def set_included(store: Store, key: str, included: bool, document: str = WORKSHOP) -> None:
    """Leave a generated part out of the document, or take it in again."""
    with store.transaction():
        found = _store_outline(store, document)
        part = found[_find(found, key)]
        if part.is_section:
            raise UserError(L.E_SECTION_NOT_PART)
        store.update("document_part", part.row_id, {"included": int(included)})


def set_heading(store: Store, key: str, title: str | None, document: str = WORKSHOP) -> None:
    """A generated part's own heading: None = the default again, "" = without heading."""
    with store.transaction():
        found = _store_outline(store, document)
        part = found[_find(found, key)]
        if part.is_section:
            raise UserError(L.E_SECTION_NOT_PART)
        value = None if title is None else title.strip()
        if value == part.default_title:
            value = None
        store.update("document_part", part.row_id, {"title": value})


def set_document_title(store: Store, title: str | None, document: str = WORKSHOP) -> None:
    """The document's own title; empty = the default title again."""
    value = (title or "").strip() or None
    row = store.one("SELECT id FROM document_part WHERE document = ? AND part = ? "
                    "ORDER BY id LIMIT 1", (document, HEAD))
    if row is None:
        if value is not None:
            store.insert("document_part", {"document": document, "part": HEAD, "title": value,
                                           "included": 1, "position": 0})
    else:
        store.update("document_part", row["id"], {"title": value})


def forget(store: Store, *, field_id: int | None = None, committee_id: int | None = None) -> None:
    """Delete the outline rows of a field or committee that is being deleted (same transaction)."""
    column, value = ("field_id", field_id) if field_id is not None else ("committee_id",
                                                                         committee_id)
    for r in store.rows(f"SELECT id FROM document_part WHERE {column} = ?", (value,)):
        store.delete("document_part", r["id"])
