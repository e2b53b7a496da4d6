"""The change log read as a clerk reads it.

"12.03.2011 14:02 · Andrea Reckfort · Messwert „Anzahl …“ 30.09.2011: 5 → 7":
each object is named by what a user knows it by (its current name, or its
last logged one when it is gone), each value in German (dates, numbers,
ja/nein, the names behind references).  ``steuerung log`` and the
Änderungsprotokoll screen share :class:`ChangeLog`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import labels as L
from .audit import BASELINE
from .repo import Store

#: Which column of a row refers to which table (the log shows the name behind it).
REFERENCES = {
    "field_id": "field", "guiding_goal_id": "guiding_goal", "annual_goal_id": "annual_goal",
    "indicator_id": "indicator", "vote_id": "dot_vote", "topic_id": "topic",
    "participant_id": "participant", "reverts": "dot", "committee_id": "committee",
    "seat_id": "seat", "person_id": "person", "deputy_of": "membership",
    "meeting_id": "meeting", "membership_id": "membership", "represented_by": "membership",
    "agenda_item_id": "agenda_item", "measure_id": "measure", "submission_id": "submission",
    "review_id": "review", "done_meeting_id": "meeting",
}
#: The objects whose history includes that of the rows that belong to them (a Jahresziel:
#: its notes, indicators with their readings, and measures).
CHILDREN = {"topic": (("dot", "topic_id"),), "indicator": (("reading", "indicator_id"),),
            "annual_goal": (("status_note", "annual_goal_id"), ("indicator", "annual_goal_id"),
                            ("measure", "annual_goal_id"))}
_FLAGS = {"public", "cumulate", "voting"}
_PLAIN_NUMBERS = {"year", "number", "position", "id"}
#: The one column whose change needs no name ("Messwert „…“ 30.09.2011: 5 → 7").
_MAIN_VALUE = {"reading": "value"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _codes(table: str, column: str) -> dict | None:
    """The German words for a code column (looked up late: labels defines them in its own order)."""
    return {
        ("field", "phase"): L.PHASES, ("dot_vote", "state"): L.VOTE_STATES,
        ("meeting", "state"): L.MEETING_STATES, ("measure", "status"): L.MEASURE_STATES,
        ("task", "status"): L.TASK_STATES, ("attendance", "status"): L.ATTENDANCE,
        ("attendance", "kind"): L.ATTENDANCE_KINDS, ("indicator", "kind"): L.INDICATOR_KINDS,
        ("indicator", "direction"): L.DIRECTIONS, ("submission", "kind"): L.SUBMISSION_KINDS,
        ("membership", "role"): L.ROLES, ("resolution", "result"): L.RESULTS,
    }.get((table, column))


def german_number(value: float | int) -> str:
    """12.5 → "12,5", 1200 → "1.200", -3 → "−3" (a German reader's way)."""
    if float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.6g}" if abs(value) < 1e15 else str(value)
    text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text.replace("-", "−")


def quoted(text: str, width: int = 40) -> str:
    text = " ".join(str(text).split())
    return f"„{text if len(text) <= width else text[:width - 1] + '…'}“"


def _when(at: str) -> str:
    """"2011-03-12T14:02:00" → "12.03.2011 14:02"."""
    if _ISO_TIME.match(at or ""):
        return f"{at[8:10]}.{at[5:7]}.{at[0:4]} {at[11:16]}"
    return at or "–"


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


class Namer:
    """Names objects as users know them; rows are read once and kept."""

    def __init__(self, store: Store):
        self.store = store
        self._rows: dict[tuple[str, int], dict | None] = {}

    def row(self, table: str, row_id: int | None) -> dict | None:
        """The stored row, or the last state the log knows of a deleted one."""
        if row_id is None:
            return None
        key = (table, row_id)
        if key not in self._rows:
            self._rows[key] = self._read(table, row_id)
        return self._rows[key]

    def _read(self, table: str, row_id: int) -> dict | None:
        try:
            found = self.store.one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        except Exception:  # a table this program does not know (a newer file's)
            found = None
        if found is not None:
            return dict(found)
        state: dict | None = None
        for action, old, new in self.store.rows(
                "SELECT action, old, new FROM change_log WHERE table_name = ? AND row_id = ? "
                "ORDER BY id", (table, row_id)):
            if action == "insert":
                state = json.loads(new or "{}")
            elif action == "update":
                state = {**(state or {}), **json.loads(new or "{}")}
            elif action == "delete":
                state = json.loads(old or "{}")
        return state

    def name(self, table: str, row_id: int | None, values: dict | None = None) -> str:
        """"Messwert „Anzahl …“ 30.09.2011" — kind and what identifies the object.

        ``values`` override the stored ones (``check`` names a row changed
        outside the app by what the log says it should hold).
        """
        kind = L.OBJECT_NAMES.get(table, table)
        row = self.row(table, row_id)
        if values:
            row = {**(row or {}), **values}
        if not row:
            return L.LOG_NUMBERED.format(kind=kind, id=row_id)
        detail = self._identify(table, row)
        return f"{kind} {detail}" if detail else L.LOG_NUMBERED.format(kind=kind, id=row_id)

    def _identify(self, table: str, row: dict) -> str:
        def q(key: str) -> str:
            return quoted(row[key]) if row.get(key) else ""

        def ref(column: str, inner: str = "") -> str:
            target = self.row(REFERENCES[column], row.get(column))
            if not target:
                return ""
            return quoted(target.get(inner) or target.get("name") or target.get("title")
                          or target.get("text") or "")

        def day(key: str) -> str:
            return _value(None, key, row.get(key), None) if row.get(key) else ""

        if table == "reading":
            return " ".join(p for p in (ref("indicator_id"), day("date")) if p)
        if table == "dot":
            topic = self.row("topic", row.get("topic_id")) or {}
            person = self.row("participant", row.get("participant_id"))
            name = topic.get("name", "?")
            text = (L.LOG_DOT_BY.format(person=person["name"], topic=name) if person
                    else L.LOG_DOT_FOR.format(topic=name))
            return text.split(" ", 1)[1]  # the kind "Punkt" is put in front by name()
        if table == "meeting":
            committee = self.row("committee", row.get("committee_id")) or {}
            return " ".join(p for p in (quoted(committee["name"]) if committee.get("name")
                                        else "", day("date")) if p)
        if table == "agenda_item":
            return " ".join(p for p in (row.get("number") or "", q("title")) if p)
        if table == "resolution":
            return ref("agenda_item_id", "title")
        if table in ("membership", "attendance"):
            person = self.row("person", row.get("person_id"))
            return quoted(person["name"]) if person else q("name")
        if table == "consultation":
            return " ".join(p for p in (q("committee"), day("date")) if p)
        if table == "status_note":
            return " ".join(p for p in (day("date"), q("text")) if p)
        for key in ("name", "title", "subject", "label", "text", "actor", "what"):
            if row.get(key):
                return quoted(row[key])
        return ""

    def value(self, table: str, column: str, value: Any) -> str:
        return _value(self, column, value, table)


def _value(namer: Namer | None, column: str, value: Any, table: str | None) -> str:
    """One stored value as German text."""
    if value is None or value == "":
        return "–"
    if namer is not None and column in REFERENCES and isinstance(value, int):
        return namer.name(REFERENCES[column], value)
    if column in _FLAGS and value in (0, 1, True, False):
        return L.LOG_YES if value else L.LOG_NO
    if isinstance(value, bool):
        return L.LOG_YES if value else L.LOG_NO
    if isinstance(value, int | float):
        return str(value) if column in _PLAIN_NUMBERS else german_number(value)
    text = str(value)
    if table is not None and (codes := _codes(table, column)) is not None and text in codes:
        return codes[text]
    if _ISO_DATE.match(text):
        return f"{text[8:10]}.{text[5:7]}.{text[0:4]}"
    if _ISO_TIME.match(text):
        return _when(text)
    return quoted(text)


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
                          json.loads(old) if old else None, json.loads(new) if new else None)
            if action == BASELINE and target is not None:
                listed = entry.new or {}
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
                "('insert', 'delete') AND json_extract(coalesce(new, old), ?) = ?",
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
        when, author = _when(entry.at), entry.author or L.AUTHOR_UNKNOWN
        if entry.action == BASELINE:
            if target is not None:
                return Line(entry, when, author, self.namer.name(*target), L.LOG_BASELINE)
            n = sum(len(rows) for rows in (entry.new or {}).values())
            text = L.LOG_BASELINE_ONE if n == 1 else L.LOG_BASELINE_COUNT.format(n=n)
            return Line(entry, when, author, "", text)
        what = self.namer.name(entry.table, entry.row_id)
        return Line(entry, when, author, what, self.detail(entry))

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
            return (f"{self.namer.value(entry.table, c, old.get(c))} → "
                    f"{self.namer.value(entry.table, c, new.get(c))}")
        return "; ".join(f"{L.COLUMN_NAMES.get(c, c)}: {self.namer.value(entry.table, c, old.get(c))}"
                         f" → {self.namer.value(entry.table, c, new.get(c))}" for c in columns)

    def _dot(self, row: dict) -> str:
        delta = row.get("delta") or 0
        text = ("+" if delta > 0 else "") + german_number(delta)
        reverted = row.get("reverts")
        if reverted is None:
            return text
        undo = True  # a revert of a revert is a redo
        while reverted is not None:
            reverted = (self.namer.row("dot", reverted) or {}).get("reverts")
            undo = not undo if reverted is not None else undo
        return f"{text} ({L.LOG_UNDO if undo else L.LOG_REDO})"
