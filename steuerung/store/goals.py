"""The goal system: Handlungsfelder → Leitziele → Jahresziele → Indikatoren, Maßnahmen, Hinweise.

Reading: :class:`GoalModel` loads the outline (never the readings) with one
query per table, and :func:`search` finds text matches in SQL, so a screen can
open and filter the large process within its bars.  Writing: the functions
below validate first and raise a German :class:`UserError` before anything is
written; each user action (insert with renumbering, move, delete with all
below it, carry-over) is ONE transaction with its rows in the change log.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from .. import labels as L
from ..domain import goals as rules
from ..domain.errors import UserError
from ..domain.goal_forms import MaintainQuestion, clean
from .outline import forget
from .repo import Store

__all__ = ["MaintainQuestion", "GoalModel", "Item", "search", "save", "move", "delete",
           "delete_plan", "carry_over", "carry_plan", "cycle_phase", "set_phase", "default_year"]

Key = tuple[str, int]
KINDS = ("field", "guiding_goal", "annual_goal", "indicator", "measure", "consideration")
LEAVES = ("indicator", "measure", "consideration")
_PARENT_COLUMN = {"guiding_goal": "field_id", "annual_goal": "guiding_goal_id",
                  "indicator": "annual_goal_id", "measure": "annual_goal_id"}
_NUMBERED = ("field", "guiding_goal")


@dataclass
class Item:
    """One line of the outline; ``detail`` is the phase, deadline, kind or status."""

    kind: str
    id: int
    parent: Key | None
    text: str
    number: int | None = None
    year: int | None = None
    position: int = 0
    detail: str | None = None
    link_id: int | None = None  # an indicator shown under a Jahresziel it also serves

    @property
    def key(self) -> Key:
        return ("indicator_link", self.link_id) if self.link_id is not None else (self.kind, self.id)


@dataclass
class GoalModel:
    """The whole outline in memory: items by key and ordered children by parent key."""

    store: Store
    items: dict[Key, Item] = field(default_factory=dict)
    children: dict[Key | None, list[Key]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reload()

    def reload(self) -> None:
        items: dict[Key, Item] = {}
        children: dict[Key | None, list[Key]] = defaultdict(list)

        def add(item: Item) -> None:
            items[item.key] = item
            children[item.parent].append(item.key)

        q = self.store.rows
        for r in q("SELECT id, number, name, phase, position FROM field ORDER BY position, id"):
            add(Item("field", r[0], None, r[2], r[1], None, r[4], r[3]))
        for r in q("SELECT id, field_id, number, text, position FROM guiding_goal "
                   "ORDER BY field_id, position, id"):
            add(Item("guiding_goal", r[0], ("field", r[1]), r[3], r[2], None, r[4]))
        for r in q("SELECT id, guiding_goal_id, year, text, deadline_text, position "
                   "FROM annual_goal ORDER BY guiding_goal_id, position, id"):
            add(Item("annual_goal", r[0], ("guiding_goal", r[1]), r[3], None, r[2], r[5], r[4]))
        for r in q("SELECT id, annual_goal_id, name, kind, position FROM indicator "
                   "ORDER BY annual_goal_id, position, id"):
            add(Item("indicator", r[0], ("annual_goal", r[1]), r[2], None, None, r[4], r[3]))
        for r in q("SELECT id, annual_goal_id, text, status, position FROM measure "
                   "ORDER BY annual_goal_id, position, id"):
            add(Item("measure", r[0], ("annual_goal", r[1]), r[2], None, None, r[4], r[3]))
        for r in q("SELECT id, field_id, annual_goal_id, text, position FROM consideration "
                   "ORDER BY annual_goal_id, field_id, position, id"):
            parent = ("annual_goal", r[2]) if r[2] is not None else ("field", r[1])
            add(Item("consideration", r[0], parent, r[3], None, None, r[4]))
        for r in q("SELECT l.id, l.annual_goal_id, i.id, i.name, i.kind, l.position "
                   "FROM indicator_link l JOIN indicator i ON i.id = l.indicator_id "
                   "ORDER BY l.annual_goal_id, l.position, l.id"):
            add(Item("indicator", r[2], ("annual_goal", r[1]), r[3], None, None, r[5], r[4], r[0]))
        self.items, self.children = items, children

    # -- reading ---------------------------------------------------------------------
    def item(self, key: Key) -> Item | None:
        return self.items.get(key)

    def children_of(self, key: Key | None, year: int | None = None) -> list[Item]:
        """Ordered children; with ``year`` only the Jahresziele of that year."""
        found = [self.items[k] for k in self.children.get(key, ())]
        if year is not None:
            found = [i for i in found if i.kind != "annual_goal" or i.year == year]
        return found

    def ancestors(self, key: Key) -> list[Key]:
        """Parent, grandparent, … up to the field."""
        result = []
        item = self.items.get(key)
        while item is not None and item.parent is not None:
            result.append(item.parent)
            item = self.items.get(item.parent)
        return result

    def counts(self) -> dict[str, int]:
        """Items per kind, e.g. {"field": 4, "guiding_goal": 12, …} (every kind present)."""
        found = dict.fromkeys(KINDS, 0)
        for kind, _ in self.items:
            if kind in found:  # a linked indicator is counted once, at home
                found[kind] += 1
        return found

    def years(self) -> list[int]:
        return sorted({i.year for i in self.items.values() if i.year is not None})

    def visible(self, matches: set[Key], year: int | None = None) -> set[Key]:
        """The matches and their ancestors, without Jahresziele of another year."""
        items = self.items
        shown: set[Key] = set()
        for key in matches:
            item = items.get(key)
            if item is None:
                continue
            if year is not None:
                goal = item if item.kind == "annual_goal" else items.get(item.parent) \
                    if item.kind in LEAVES and item.parent[0] == "annual_goal" else None
                if goal is not None and goal.year != year:
                    continue
            while key is not None and key not in shown:  # stop where a sibling already led
                shown.add(key)
                key = items[key].parent if key in items else None
        return shown


def fields(store: Store) -> list[Item]:
    """The Handlungsfelder in their order; ``detail`` is the phase."""
    return [Item("field", r[0], None, r[2], r[1], None, r[4], r[3]) for r in store.rows(
        "SELECT id, number, name, phase, position FROM field ORDER BY position, id")]


def _low(*columns: str) -> str:
    """SQL for the columns joined and lower-cased, German umlauts included.

    SQLite's lower() knows only ASCII; the three capital umlauts are folded
    by replace(), so "Öffentlichkeit" matches "öffentlich" — all in C, with
    no Python callback per row (the large process has 1,236 items).
    """
    joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"lower(replace(replace(replace({joined}, 'Ä', 'ä'), 'Ö', 'ö'), 'Ü', 'ü'))"


_COLUMNS = (
    ("field", ("name", "description")),
    ("guiding_goal", ("text",)),
    ("annual_goal", ("text", "responsible", "deadline_text")),
    ("indicator", ("name", "unit", "definition", "data_source", "note")),
    ("measure", ("text", "responsible", "partners", "resources")),
    ("consideration", ("text",)),
)
_INDEX = "CREATE TEMP TABLE goal_search (kind TEXT, id INTEGER, folded TEXT); " + \
    "INSERT INTO temp.goal_search " + " UNION ALL ".join(
        f"SELECT '{kind}', id, {_low(*columns)} FROM {kind}" for kind, columns in _COLUMNS)
#: id(connection) → (total_changes, data_version) when its search table was filled.
_filled: dict[int, tuple[int, int]] = {}


def _search_table(store: Store) -> None:
    """A per-connection TEMP table of every item's folded text, refilled only after changes.

    Folding every column on every keystroke cost 2–7 ms on the large process;
    this scans 1,236 short strings in C.  It is never written to the file:
    TEMP tables live in the connection.  Own writes show in ``total_changes``,
    other processes' in ``PRAGMA data_version``.
    """
    conn = store.conn
    stamp = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
    if _filled.get(id(conn)) == stamp:
        return
    conn.execute("DROP TABLE IF EXISTS temp.goal_search")
    for sql in _INDEX.split("; "):
        conn.execute(sql)
    _filled[id(conn)] = (conn.total_changes, stamp[1])


def search(store: Store, text: str) -> set[Key]:
    """Keys of every item whose text contains ``text`` (case-insensitive, umlauts too)."""
    needle = text.strip().lower()
    if not needle:
        return set()
    _search_table(store)
    try:
        rows = store.rows("SELECT kind, id FROM temp.goal_search WHERE instr(folded, ?)", (needle,))
    except sqlite3.OperationalError:  # a new connection that reuses an old id: fill it
        _filled.pop(id(store.conn), None)
        _search_table(store)
        rows = store.rows("SELECT kind, id FROM temp.goal_search WHERE instr(folded, ?)", (needle,))
    return {(kind, row_id) for kind, row_id in rows}


# -- writing ---------------------------------------------------------------------------
def save(store: Store, kind: str, values: dict, *, item_id: int | None = None,
         parent: Key | None = None, after_id: int | None = None, maintain: bool = False) -> int:
    """Update ``item_id``, or insert a new item under ``parent`` after ``after_id`` (else last).

    Validation happens before the transaction starts: a refusal writes nothing.
    """
    row = clean(kind, values, maintain=maintain)
    with store.transaction():
        if item_id is not None:
            if store.get(kind, item_id) is None:
                raise UserError(L.E_GONE)
            store.update(kind, item_id, row)
            return item_id
        row.update(_parent_columns(kind, parent))
        row["position"] = 1 + len(_siblings(store, kind, row))
        new_id = store.insert(kind, row)
        ids = [i for i in _siblings(store, kind, row) if i != new_id]
        index = ids.index(after_id) + 1 if after_id in ids else len(ids)
        ids.insert(index, new_id)
        _renumber(store, kind, ids)
    return new_id


def _parent_columns(kind: str, parent: Key | None) -> dict:
    if kind == "field":
        return {}
    if parent is None:
        raise ValueError(f"{kind} needs a parent")
    if kind == "consideration":
        return {"annual_goal_id": parent[1]} if parent[0] == "annual_goal" else {"field_id": parent[1]}
    return {_PARENT_COLUMN[kind]: parent[1]}


def _siblings(store: Store, kind: str, row: dict) -> list[int]:
    """Ids of ``row``'s siblings (row included if stored), in their order."""
    order = " ORDER BY position, id"
    if kind == "field":
        return [r[0] for r in store.rows("SELECT id FROM field" + order)]
    if kind == "consideration":
        if row.get("annual_goal_id") is not None:
            sql, arg = "annual_goal_id = ?", row["annual_goal_id"]
        else:
            sql, arg = "annual_goal_id IS NULL AND field_id = ?", row["field_id"]
        return [r[0] for r in store.rows(f"SELECT id FROM consideration WHERE {sql}" + order, (arg,))]
    column = _PARENT_COLUMN[kind]
    return [r[0] for r in store.rows(f"SELECT id FROM {kind} WHERE {column} = ?" + order,
                                     (row[column],))]


def _renumber(store: Store, kind: str, ids: list[int]) -> None:
    """Positions 1…n in the given order; Handlungsfeld and Leitziel numbers follow them."""
    for position, row_id in enumerate(ids, 1):
        values = {"position": position}
        if kind in _NUMBERED:
            values["number"] = position
        store.update(kind, row_id, values)


def move(store: Store, kind: str, item_id: int, step: int) -> bool:
    """Swap with the neighbour above (-1) or below (+1) and renumber, in one transaction.

    Jahresziele move among the Jahresziele of the same year.  False at an end.
    """
    row = store.get(kind, item_id)
    if row is None:
        raise UserError(L.E_GONE)
    with store.transaction():
        ids = _siblings(store, kind, row)
        index = ids.index(item_id)
        others = range(index + step, len(ids) if step > 0 else -1, step)
        if kind == "annual_goal":
            years = dict(store.rows("SELECT id, year FROM annual_goal WHERE guiding_goal_id = ?",
                                    (row["guiding_goal_id"],)))
            others = [i for i in others if years[ids[i]] == row["year"]]
        other = next(iter(others), None)
        if other is None:
            return False
        ids[index], ids[other] = ids[other], ids[index]
        _renumber(store, kind, ids)
    return True


def set_phase(store: Store, field_id: int, phase: str) -> None:
    store.update("field", field_id, {"phase": rules.choice(phase, L.PHASES, L.F_PHASE)})


def cycle_phase(store: Store, field_id: int, step: int = 1) -> str:
    """Move a field on to the next phase of the Strategiezirkel; returns the new phase."""
    row = store.get("field", field_id)
    if row is None:
        raise UserError(L.E_GONE)
    phase = rules.next_phase(row["phase"], step)
    set_phase(store, field_id, phase)
    return phase


def default_year(store: Store, guiding_goal_id: int | None, this_year: int) -> int:
    """The year a new Jahresziel starts with: its Leitziel's latest, else the process's latest."""
    row = store.one("SELECT max(year) FROM annual_goal WHERE guiding_goal_id = ?", (guiding_goal_id,))
    if row[0] is None:
        row = store.one("SELECT max(year) FROM annual_goal")
    return row[0] if row[0] is not None else this_year


# -- deleting a node with everything below it ------------------------------------------
@dataclass
class DeletePlan:
    """What goes with a node: row ids per table (children first) and links that are cut."""

    kind: str
    id: int
    what: str
    text: str
    rows: dict[str, list[int]]
    tasks: list[int]
    topics: list[int]
    kennzahlen: list[int] = field(default_factory=list)  # Monitoring: keep them, cut the link

    def counts(self) -> dict[str, int]:
        return {table: len(ids) for table, ids in self.rows.items() if table != self.kind}

    @property
    def description(self) -> str:
        """"Leitziel 2 mit 2 Jahreszielen, 3 Indikatoren" — the node and what goes with it."""
        items = rules.count_phrase(self.counts())
        return L.GOALS_WITH.format(what=self.what, items=items) if items else self.what


def _ids(store: Store, sql: str, ids: list[int]) -> list[int]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    return [r[0] for r in store.rows(sql.format(marks), tuple(ids))]


def describe(store: Store, kind: str, item_id: int) -> str:
    """"Leitziel 2", "Jahresziel 2011", "Handlungsfeld 3 Sprache", "Indikator" …"""
    row = store.get(kind, item_id)
    if row is None:
        raise UserError(L.E_GONE)
    if kind == "field":
        return f"{L.GOALS_FIELD.format(number=row['number'] or '')} {row['name']}".replace("  ", " ")
    if kind == "guiding_goal":
        return L.GOALS_GUIDING.format(number=row["number"] or "")
    if kind == "annual_goal":
        return f"{L.KIND_NAMES[kind]} {row['year']}"
    return L.KIND_NAMES[kind]


def delete_plan(store: Store, kind: str, item_id: int) -> DeletePlan:
    row = store.get(kind, item_id)
    if row is None:
        raise UserError(L.E_GONE)
    fields = [item_id] if kind == "field" else []
    guiding = [item_id] if kind == "guiding_goal" else _ids(
        store, "SELECT id FROM guiding_goal WHERE field_id IN ({})", fields)
    annual = [item_id] if kind == "annual_goal" else _ids(
        store, "SELECT id FROM annual_goal WHERE guiding_goal_id IN ({})", guiding)
    below = {t: ([item_id] if kind == t else _ids(
        store, f"SELECT id FROM {t} WHERE annual_goal_id IN ({{}})", annual))
        for t in ("indicator", "measure", "consideration", "status_note")}
    below["consideration"] += _ids(store, "SELECT id FROM consideration WHERE field_id IN ({}) "
                                          "AND annual_goal_id IS NULL", fields)
    readings = _ids(store, "SELECT id FROM reading WHERE indicator_id IN ({})", below["indicator"])
    links = sorted(set(_ids(store, "SELECT id FROM indicator_link WHERE indicator_id IN ({})",
                            below["indicator"])
                       + _ids(store, "SELECT id FROM indicator_link WHERE annual_goal_id IN ({})",
                              annual)))
    tasks = sorted(set(_ids(store, "SELECT id FROM task WHERE annual_goal_id IN ({})", annual)
                       + _ids(store, "SELECT id FROM task WHERE measure_id IN ({})",
                              below["measure"])))
    topics = _ids(store, "SELECT id FROM topic WHERE field_id IN ({})", fields)
    kennzahlen = sorted(set(
        _ids(store, "SELECT id FROM monitoring_indicator WHERE field_id IN ({})", fields)
        + _ids(store, "SELECT id FROM monitoring_indicator WHERE guiding_goal_id IN ({})",
               guiding)))
    rows = {"indicator_link": links, "reading": readings, "indicator": below["indicator"],
            "measure": below["measure"],
            "consideration": below["consideration"], "status_note": below["status_note"],
            "annual_goal": annual, "guiding_goal": guiding, "field": fields}
    text = row.get("name") or row.get("text") or ""
    return DeletePlan(kind, item_id, describe(store, kind, item_id), text, rows, tasks, topics,
                      kennzahlen)


def delete(store: Store, kind: str, item_id: int) -> DeletePlan:
    """Delete a node and everything below it in ONE transaction; siblings are renumbered.

    Tasks of meetings and topics of dot votes are kept; only their link is cut.
    """
    plan = delete_plan(store, kind, item_id)
    row = store.get(kind, item_id)
    with store.transaction():
        for task_id in plan.tasks:
            task = store.get("task", task_id)
            store.update("task", task_id, {
                "annual_goal_id": None if task["annual_goal_id"] in plan.rows["annual_goal"]
                else task["annual_goal_id"],
                "measure_id": None if task["measure_id"] in plan.rows["measure"]
                else task["measure_id"]})
        for topic_id in plan.topics:
            store.update("topic", topic_id, {"field_id": None})
        for kennzahl_id in plan.kennzahlen:
            row = store.get("monitoring_indicator", kennzahl_id)
            store.update("monitoring_indicator", kennzahl_id, {
                "field_id": None if row["field_id"] in plan.rows["field"] else row["field_id"],
                "guiding_goal_id": None if row["guiding_goal_id"] in plan.rows["guiding_goal"]
                else row["guiding_goal_id"]})
        for field_id in plan.rows["field"]:
            forget(store, field_id=field_id)  # its part in a document's outline
        for table, ids in plan.rows.items():  # children before parents
            for row_id in ids:
                store.delete(table, row_id)
        _renumber(store, kind, _siblings(store, kind, row))
    return plan


# -- carry-over into the next year -----------------------------------------------------
_COPY = {
    "indicator": ("name", "kind", "unit", "definition", "data_source", "periodicity",
                  "baseline_value", "baseline_date", "target_value", "direction", "green_from",
                  "yellow_from", "note", "position"),
    "measure": ("text", "responsible", "partners", "resources", "status", "position"),
    "consideration": ("text", "position"),
}


def carry_plan(store: Store, annual_goal_id: int) -> dict[str, int]:
    """What a carry-over copies: {"indicator": 2, "measure": 1, "consideration": 0}."""
    return {t: store.one(f"SELECT count(*) FROM {t} WHERE annual_goal_id = ?",
                         (annual_goal_id,))[0] for t in _COPY}


def carry_over(store: Store, annual_goal_id: int) -> int:
    """Copy a Jahresziel with its indicators, measures and Hinweise into year + 1.

    Readings and status notes stay with the old year; deadlines move on by a
    year ("Ende 2011" → "Ende 2012").  Returns the new Jahresziel's id.
    """
    old = store.get("annual_goal", annual_goal_id)
    if old is None:
        raise UserError(L.E_GONE)
    year = old["year"] + 1
    if store.one("SELECT 1 FROM annual_goal WHERE guiding_goal_id = ? AND year = ? AND text = ?",
                 (old["guiding_goal_id"], year, old["text"])):
        raise UserError(L.GOALS_CARRY_EXISTS.format(text=old["text"], year=year))
    with store.transaction():
        position = store.one("SELECT coalesce(max(position), 0) + 1 FROM annual_goal "
                             "WHERE guiding_goal_id = ?", (old["guiding_goal_id"],))[0]
        new_id = store.insert("annual_goal", {
            "guiding_goal_id": old["guiding_goal_id"], "year": year, "text": old["text"],
            "responsible": old["responsible"], "effect": old["effect"], **_shifted(old),
            "position": position})
        for table, columns in _COPY.items():
            for row in store.rows(f"SELECT * FROM {table} WHERE annual_goal_id = ? "
                                  "ORDER BY position, id", (annual_goal_id,)):
                values = {c: row[c] for c in columns}
                if table != "consideration":
                    values.update(_shifted(row))
                store.insert(table, {"annual_goal_id": new_id, **values})
    return new_id


def _shifted(row) -> dict:
    deadline = rules.next_year_deadline(row["deadline_text"])
    if deadline is None:
        return {"deadline_text": None, "deadline": None}
    return {"deadline_text": deadline.text, "deadline": deadline.date.isoformat()}
