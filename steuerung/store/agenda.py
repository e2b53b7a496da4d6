"""The agenda of a meeting (TOPs 1, 2, 2.a, 2.b …) and the blocks inside each TOP.

The hierarchy lives in the number: "2.a" is a sub-item of the TOP before
it.  After every insert, move, indent or delete all numbers are computed
again by :func:`steuerung.domain.committees.renumber` and written in the
same transaction, so a number is never out of step with the order.

After its notes a TOP holds blocks in the clerk's order (DESIGN §5): Text,
Abstimmung, Beschluss, Ergebnis — rows of the ``resolution`` table with a
``kind`` (the table kept its name so that older files load unchanged).
"""

from __future__ import annotations

from ..domain import minutes as rules
from ..domain.committees import level_of, move_item, parse_count, renumber
from ..domain.errors import UserError
from .meeting_model import AgendaItem, Block, check_editable, move_row, present_voters
from .repo import Store


def load_agenda(store: Store, meeting_id: int) -> list[AgendaItem]:
    items = [AgendaItem(r[0], r[1] or "", r[2], bool(r[3]), r[4]) for r in store.rows(
        "SELECT id, number, title, public, notes FROM agenda_item WHERE meeting_id = ? "
        "ORDER BY position, id", (meeting_id,))]
    by_id = {i.id: i for i in items}
    for r in store.rows(
            "SELECT r.agenda_item_id, r.id, r.kind, r.text, r.vote, r.yes, r.no, r.abstain, "
            "r.result FROM resolution r JOIN agenda_item a ON a.id = r.agenda_item_id "
            "WHERE a.meeting_id = ? ORDER BY r.position, r.id", (meeting_id,)):
        vote, result = rules.normalise_vote(r["vote"], r["result"])
        by_id[r[0]].blocks.append(Block(r["id"], r["kind"], r["text"], vote, r["yes"], r["no"],
                                        r["abstain"], result))
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
    """Delete a TOP with its blocks; sub-items stay and are renumbered, tasks and Termine stay."""
    meeting_id = store.get("agenda_item", item_id)["meeting_id"]
    check_editable(store, meeting_id)
    with store.transaction():
        for (row_id,) in store.rows("SELECT id FROM resolution WHERE agenda_item_id = ?",
                                    (item_id,)):
            store.delete("resolution", row_id)
        for table in ("task", "plan_item"):
            for (row_id,) in store.rows(f"SELECT id FROM {table} WHERE agenda_item_id = ?",
                                        (item_id,)):
                store.update(table, row_id, {"agenda_item_id": None})
        store.delete("agenda_item", item_id)
        ids, levels = _order(store, meeting_id)
        _write_order(store, ids, levels)


# -- blocks: Text, Abstimmung, Beschluss, Ergebnis ------------------------------------------
def _block_values(store: Store, meeting_id: int, kind: str, text: str | None, vote: str | None,
                  yes: str, no: str, abstain: str, result: str | None) -> dict:
    """Check one block as typed; German refusals name what is missing or contradictory."""
    if kind not in rules.BLOCK_KINDS:
        raise ValueError(f"unknown block kind {kind!r}")
    text = (text or "").strip() or None
    counts = (parse_count(yes or "", "Ja"), parse_count(no or "", "Nein"),
              parse_count(abstain or "", "Enthaltung"))
    if kind == "text":
        if not text:
            raise UserError("Bitte einen Text eingeben (Markdown: Absätze, Listen mit „- “, "
                            "*kursiv*, **fett**).")
        return {"kind": kind, "text": text, "vote": None, "yes": None, "no": None,
                "abstain": None, "result": None}
    if kind == "result":
        if result is None and not text:
            raise UserError("Bitte ein Ergebnis wählen (z. B. „zur Kenntnis genommen“) oder das "
                            "Ergebnis als Text eingeben.")
        rules.check_result(result, None, None, None)
        return {"kind": kind, "text": text, "vote": None, "yes": None, "no": None,
                "abstain": None, "result": result}
    if kind == "vote":
        if vote is None and not any(c is not None for c in counts):
            vote = "wording" if text else None
        if vote is None:
            raise UserError("Bitte angeben, wie abgestimmt wurde: einstimmig, mehrheitlich, mit "
                            "Ja/Nein/Enthaltung oder im Wortlaut.")
        result = None
    elif not text:
        raise UserError("Bitte den Wortlaut des Beschlusses eingeben, z. B. „Der Kreistag "
                        "stimmt der Einrichtung einer Steuerungsgruppe zu.“")
    vote = rules.check_vote(vote, *counts, text if kind == "vote" else None,
                            present_voters(store, meeting_id))
    rules.check_result(result, vote, counts[0], counts[1])
    if kind == "resolution" and result is None:
        result = rules.result_from_counts(vote, counts[0], counts[1])
    return {"kind": kind, "text": text, "vote": vote, "yes": counts[0], "no": counts[1],
            "abstain": counts[2], "result": result}


def add_block(store: Store, item_id: int, kind: str, text: str = "", vote: str | None = None,
              yes: str = "", no: str = "", abstain: str = "", result: str | None = None) -> int:
    """A block at the end of a TOP; counts are checked against those present or represented.

    A Beschluss with counts and no result chosen gets angenommen/abgelehnt
    from the counts; nothing else is assumed (an "einstimmig" stays a vote).
    """
    meeting_id = store.get("agenda_item", item_id)["meeting_id"]
    check_editable(store, meeting_id)
    values = _block_values(store, meeting_id, kind, text, vote, yes, no, abstain, result)
    position = store.one("SELECT coalesce(max(position), 0) + 1 FROM resolution "
                         "WHERE agenda_item_id = ?", (item_id,))[0]
    return store.insert("resolution", {"agenda_item_id": item_id, "position": position,
                                       **values})


def update_block(store: Store, block_id: int, text: str = "", vote: str | None = None,
                 yes: str = "", no: str = "", abstain: str = "",
                 result: str | None = None) -> None:
    row = store.get("resolution", block_id)
    meeting_id = store.get("agenda_item", row["agenda_item_id"])["meeting_id"]
    check_editable(store, meeting_id)
    store.update("resolution", block_id, _block_values(store, meeting_id, row["kind"], text, vote,
                                                       yes, no, abstain, result))


def add_resolution(store: Store, item_id: int, text: str, yes: str = "", no: str = "",
                   abstain: str = "", result: str | None = None, vote: str | None = None) -> int:
    """A Beschluss (wording, its Abstimmung and Ergebnis) under a TOP."""
    return add_block(store, item_id, "resolution", text, vote, yes, no, abstain, result)


def delete_block(store: Store, block_id: int) -> None:
    row = store.get("resolution", block_id)
    check_editable(store, store.get("agenda_item", row["agenda_item_id"])["meeting_id"])
    store.delete("resolution", block_id)


def move_block(store: Store, block_id: int, step: int) -> bool:
    """One place up or down among the blocks of its TOP."""
    row = store.get("resolution", block_id)
    check_editable(store, store.get("agenda_item", row["agenda_item_id"])["meeting_id"])
    return move_row(store, "resolution", block_id, step, "agenda_item_id")
