"""The agenda of a meeting (TOPs 1, 2, 2.a, 2.b …) and the resolutions per TOP.

The hierarchy lives in the number: "2.a" is a sub-item of the TOP before
it.  After every insert, move, indent or delete all numbers are computed
again by :func:`steuerung.domain.committees.renumber` and written in the
same transaction, so a number is never out of step with the order.
"""

from __future__ import annotations

from ..domain.committees import (
    check_result,
    check_votes,
    level_of,
    move_item,
    parse_count,
    renumber,
    suggest_result,
)
from ..domain.errors import UserError
from .meetings import AgendaItem, Resolution, check_editable, load_meeting
from .repo import Store


def load_agenda(store: Store, meeting_id: int) -> list[AgendaItem]:
    items = [AgendaItem(r[0], r[1] or "", r[2], bool(r[3]), r[4]) for r in store.rows(
        "SELECT id, number, title, public, notes FROM agenda_item WHERE meeting_id = ? "
        "ORDER BY position, id", (meeting_id,))]
    by_id = {i.id: i for i in items}
    for r in store.rows(
            "SELECT r.agenda_item_id, r.id, r.text, r.yes, r.no, r.abstain, r.result "
            "FROM resolution r JOIN agenda_item a ON a.id = r.agenda_item_id "
            "WHERE a.meeting_id = ? ORDER BY r.position, r.id", (meeting_id,)):
        by_id[r[0]].resolutions.append(Resolution(*r[1:]))
    return items


def _order(store: Store, meeting_id: int) -> tuple[list[int], list[int]]:
    rows = store.rows("SELECT id, number FROM agenda_item WHERE meeting_id = ? "
                      "ORDER BY position, id", (meeting_id,))
    return [r[0] for r in rows], [level_of(r[1]) for r in rows]


def _write_order(store: Store, ids: list[int], levels: list[int]) -> None:
    """Positions and numbers for the whole agenda; only changed rows are written."""
    for position, (item_id, number) in enumerate(zip(ids, renumber(levels), strict=True), 1):
        store.update("agenda_item", item_id, {"number": number, "position": position})


def _title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise UserError("Bitte einen Titel für den TOP eingeben, z. B. „Begrüßung“.")
    return title


def _notes(notes: str | None) -> str | None:
    notes = (notes or "").strip()
    return notes or None


def add_item(store: Store, meeting_id: int, title: str, public: bool = True,
             notes: str = "", under: int | None = None) -> int:
    """A new TOP at the end, or with ``under`` a sub-item at the end of that TOP's block."""
    check_editable(store, meeting_id)
    title = _title(title)
    ids, levels = _order(store, meeting_id)
    if under is None:
        index, level = len(ids), 0
    else:
        parent = ids.index(under)
        while parent > 0 and levels[parent] == 1:
            parent -= 1  # a sub-item's "under" means its TOP
        index = parent + 1
        while index < len(ids) and levels[index] == 1:
            index += 1
        level = 1
    with store.transaction():
        item_id = store.insert("agenda_item", {
            "meeting_id": meeting_id, "number": "", "title": title, "public": int(public),
            "notes": _notes(notes), "position": index + 1})
        ids.insert(index, item_id)
        levels.insert(index, level)
        _write_order(store, ids, levels)
    return item_id


def update_item(store: Store, item_id: int, title: str, public: bool, notes: str) -> None:
    item = store.get("agenda_item", item_id)
    check_editable(store, item["meeting_id"])
    store.update("agenda_item", item_id, {"title": _title(title), "public": int(public),
                                          "notes": _notes(notes)})


def move(store: Store, item_id: int, step: int) -> bool:
    """Move a TOP (with its sub-items) or a sub-item; all numbers follow."""
    meeting_id = store.get("agenda_item", item_id)["meeting_id"]
    check_editable(store, meeting_id)
    ids, levels = _order(store, meeting_id)
    order = move_item(levels, ids.index(item_id), step)
    if order is None:
        return False
    with store.transaction():
        _write_order(store, [ids[i] for i in order], [levels[i] for i in order])
    return True


def set_level(store: Store, item_id: int, level: int) -> bool:
    """Make a TOP a sub-item of the TOP before it (1), or a sub-item a TOP (0)."""
    meeting_id = store.get("agenda_item", item_id)["meeting_id"]
    check_editable(store, meeting_id)
    ids, levels = _order(store, meeting_id)
    index = ids.index(item_id)
    if levels[index] == level or (level == 1 and index == 0):
        return False
    levels[index] = level
    with store.transaction():
        _write_order(store, ids, levels)
    return True


def delete_item(store: Store, item_id: int) -> None:
    """Delete a TOP with its resolutions; its sub-items stay and are renumbered."""
    meeting_id = store.get("agenda_item", item_id)["meeting_id"]
    check_editable(store, meeting_id)
    with store.transaction():
        for (row_id,) in store.rows("SELECT id FROM resolution WHERE agenda_item_id = ?",
                                    (item_id,)):
            store.delete("resolution", row_id)
        for (row_id,) in store.rows("SELECT id FROM task WHERE agenda_item_id = ?", (item_id,)):
            store.update("task", row_id, {"agenda_item_id": None})
        store.delete("agenda_item", item_id)
        ids, levels = _order(store, meeting_id)
        _write_order(store, ids, levels)


# -- resolutions -------------------------------------------------------------------------
def _resolution_values(store: Store, meeting_id: int, text: str, yes: str, no: str,
                       abstain: str, result: str | None) -> dict:
    counts = (parse_count(yes, "Ja"), parse_count(no, "Nein"),
              parse_count(abstain, "Enthaltung"))
    check_votes(*counts, load_meeting(store, meeting_id).voters)
    result = result or suggest_result(*counts)
    if result is None:
        raise UserError("Ohne Stimmen bitte ein Ergebnis wählen (Feld „Ergebnis“), z. B. "
                        "„einstimmig angenommen“ oder „zur Kenntnis genommen“.")
    check_result(result, counts[0], counts[1])
    text = (text or "").strip() or None
    return {"text": text, "yes": counts[0], "no": counts[1], "abstain": counts[2],
            "result": result}


def add_resolution(store: Store, item_id: int, text: str, yes: str = "", no: str = "",
                   abstain: str = "", result: str | None = None) -> int:
    """A Beschluss under a TOP; the counts are checked against those present or represented.

    Without ``result`` the wording follows from the counts (einstimmig
    angenommen, angenommen, abgelehnt).
    """
    meeting_id = store.get("agenda_item", item_id)["meeting_id"]
    check_editable(store, meeting_id)
    values = _resolution_values(store, meeting_id, text, yes, no, abstain, result)
    position = store.one("SELECT coalesce(max(position), 0) + 1 FROM resolution "
                         "WHERE agenda_item_id = ?", (item_id,))[0]
    return store.insert("resolution", {"agenda_item_id": item_id, "position": position,
                                       **values})


def update_resolution(store: Store, resolution_id: int, text: str, yes: str, no: str,
                      abstain: str, result: str | None) -> None:
    row = store.get("resolution", resolution_id)
    meeting_id = store.get("agenda_item", row["agenda_item_id"])["meeting_id"]
    check_editable(store, meeting_id)
    store.update("resolution", resolution_id,
                 _resolution_values(store, meeting_id, text, yes, no, abstain, result))


def delete_resolution(store: Store, resolution_id: int) -> None:
    row = store.get("resolution", resolution_id)
    check_editable(store, store.get("agenda_item", row["agenda_item_id"])["meeting_id"])
    store.delete("resolution", resolution_id)
