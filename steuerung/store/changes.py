"""The change log read as a clerk reads it.

"12.03.2011 14:02 · Andrea Reckfort · Messwert „Anzahl …“ 30.09.2011: 5 → 7":
each object is named by what a user knows it by (:mod:`.change_names`),
each entry filtered by object, person, day or text.  ``steuerung log`` and
the Änderungsprotokoll screen share :class:`ChangeLog`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .. import labels as L
from ..domain.numbers import format_number
from .audit import BASELINE, logged
from .change_names import Namer, when
from .repo import Store

#: The objects whose history includes that of the rows that belong to them (a Jahresziel:
#: its notes, indicators with their readings, measures and the indicators linked to it).
CHILDREN = {"topic": (("dot", "topic_id"),), "indicator": (("reading", "indicator_id"),),
            "annual_goal": (("status_note", "annual_goal_id"), ("indicator", "annual_goal_id"),
                            ("measure", "annual_goal_id"), ("indicator_link", "annual_goal_id")),
            "agenda_item": (("resolution", "agenda_item_id"), ("plan_item", "agenda_item_id")),
            "monitoring_indicator": (("monitoring_group", "indicator_id"),),
            "monitoring_group": (("monitoring_value", "group_id"),)}
#: The one column whose change needs no name ("Messwert „…“ 30.09.2011: 5 → 7").
_MAIN_VALUE = {"reading": "value", "monitoring_value": "value", "population": "value"}


@dataclass(frozen=True)
class Entry:
    """One change-log row, its JSON read."""

    id: int
    at: str
    author: str
    table: str
    row_id: int | None
    action: str
    old: dict | None
    new: dict | None


@dataclass(frozen=True)
class Line:
    """One entry as German text: when · who · what: detail."""

    entry: Entry
    when: str
    author: str
    what: str
    detail: str

    @property
    def text(self) -> str:
        change = f"{self.what}: {self.detail}" if self.what else self.detail
        return f"{self.when} · {self.author} · {change}"

class ChangeLog:
    """Entries of one file's change log, filtered and in German."""

    def __init__(self, store: Store):
        self.store = store
        self.namer = Namer(store)

    # -- reading ---------------------------------------------------------------------------
    def entries(self, target: tuple[str, int] | None = None, since: date | None = None,
                before: int | None = None) -> Iterator[Entry]:
        """Newest first; ``target`` limits to one object and the rows that belong to it."""
        where, params = [], []
        if since is not None:
            where.append("at >= ?")
            params.append(since.isoformat())
        if before is not None:
            where.append("id < ?")
            params.append(before)
        objects: set[tuple[str, int]] = set()
        if target is not None:
            objects = self.related(*target)
            parts = []
            for table in sorted({t for t, _ in objects}):
                ids = sorted(i for t, i in objects if t == table)
                parts.append(f"(table_name = ? AND row_id IN ({','.join('?' * len(ids))}))")
                params += [table, *ids]
            parts.append("action = ?")
            params.append(BASELINE)
            where.append("(" + " OR ".join(parts) + ")")
        sql = ("SELECT id, at, author, table_name, row_id, action, old, new FROM change_log"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC")
        for id_, at, author, table, row_id, action, old, new in self.store.conn.execute(sql, params):
            entry = Entry(id_, at, author, table, row_id, action,
                          logged(old) if old else None, logged(new) if new else None)
            if action == BASELINE and target is not None:
                listed = {t: rows for t, rows in (entry.new or {}).items()
                          if isinstance(rows, dict)}
                if not any(str(i) in listed.get(t, {}) for t, i in objects):
                    continue
            yield entry

    def related(self, table: str, row_id: int) -> set[tuple[str, int]]:
        """The object and the rows that belong to it (a topic's dots, an indicator's readings)."""
        found = {(table, row_id)}
        for child, column in CHILDREN.get(table, ()):
            ids = {r[0] for r in self.store.rows(
                f"SELECT id FROM {child} WHERE {column} = ?", (row_id,))}
            ids |= {r[0] for r in self.store.rows(
                "SELECT row_id FROM change_log WHERE table_name = ? AND action IN "
                "('insert', 'delete') AND CASE WHEN json_valid(coalesce(new, old)) THEN "
                "json_extract(coalesce(new, old), ?) END = ?",
                (child, f"$.{column}", row_id))}
            for i in ids:
                found |= self.related(child, i)
        return found

    def lines(self, target: tuple[str, int] | None = None, author: str | None = None,
              since: date | None = None, text: str | None = None, before: int | None = None,
              limit: int | None = None, what: str | None = None) -> list[Line]:
        """Matching entries as German lines, newest first, at most ``limit``.

        ``text`` looks at the whole line (object, person, values), ``what`` at
        the object's name only; both ignore case and word order.
        """
        who = author.casefold().strip() if author else None
        words = text.casefold().split() if text else []
        names = what.casefold().split() if what else []
        found: list[Line] = []
        for entry in self.entries(target, since, before):
            if who and who not in (entry.author or "").casefold():
                continue
            line = self.line(entry, target)
            if words and not all(w in line.text.casefold() for w in words):
                continue
            if names and not all(w in line.what.casefold() for w in names):
                continue
            found.append(line)
            if limit is not None and len(found) >= limit:
                break
        return found

    # -- wording ---------------------------------------------------------------------------
    def line(self, entry: Entry, target: tuple[str, int] | None = None) -> Line:
        at, author = when(entry.at), entry.author or L.AUTHOR_UNKNOWN
        if entry.action == BASELINE:
            if target is not None:
                return Line(entry, at, author, self.namer.name(*target), L.LOG_BASELINE)
            n = sum(len(rows) for rows in (entry.new or {}).values() if isinstance(rows, dict))
            text = L.LOG_BASELINE_ONE if n == 1 else L.LOG_BASELINE_COUNT.format(n=n)
            return Line(entry, at, author, "", text)
        what = self.namer.name(entry.table, entry.row_id)
        return Line(entry, at, author, what, self.detail(entry))

    def detail(self, entry: Entry) -> str:
        if entry.table == "dot" and entry.action == "insert":
            return self._dot(entry.new or {})
        if entry.action == "insert":
            return L.LOG_INSERTED
        if entry.action == "delete":
            return L.LOG_DELETED
        old, new = entry.old or {}, entry.new or {}
        columns = [c for c in new if c != "id"] or list(old)
        if not columns:
            return L.LOG_UNCHANGED
        if columns == [_MAIN_VALUE.get(entry.table)]:
            c = columns[0]
            return " → ".join(self.namer.change(entry.table, c, old.get(c), new.get(c)))
        change = self.namer.change
        return "; ".join(f"{L.column_name(entry.table, c)}: "
                         + " → ".join(change(entry.table, c, old.get(c), new.get(c)))
                         for c in columns)

    def _dot(self, row: dict) -> str:
        delta = row.get("delta") or 0
        text = ("+" if delta > 0 else "") + format_number(delta)
        reverted = row.get("reverts")
        if reverted is None:
            return text
        undo = True  # a revert of a revert is a redo
        while reverted is not None:
            reverted = (self.namer.row("dot", reverted) or {}).get("reverts")
            undo = not undo if reverted is not None else undo
        return f"{text} ({L.LOG_UNDO if undo else L.LOG_REDO})"
