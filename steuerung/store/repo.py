"""The store: every write is one transaction and leaves a line in the change log.

Screens call these methods; widgets never do.  Raw ``sqlite3`` is used on
purpose: a dot keypress goes through :meth:`Store.insert`, and this path must
stay well under a millisecond besides the durable commit.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from .. import labels as L
from ..domain.errors import UserError

#: Every table the user's data lives in, parents before children (the order of
#: dump, load and deletion checks).  ``change_log`` is last: it records the rest.
TABLES = (
    "process", "recommendation", "vision",
    "field", "guiding_goal", "annual_goal", "review", "status_note", "indicator", "reading",
    "indicator_link", "measure", "consideration",
    "dot_vote", "topic", "participant", "dot",
    "committee", "committee_task", "seat", "person", "membership",
    "meeting", "attendance", "agenda_item", "resolution", "task", "plan_item",
    "submission", "consultation", "document_part",
    "monitoring_indicator", "monitoring_group", "monitoring_value", "population",
    "report_cycle", "plan_step",
    "change_log",
)
_WRITABLE = frozenset(TABLES) - {"change_log"}

Clock = Callable[[], datetime]


def _json(row: dict[str, Any] | None) -> str | None:
    return None if row is None else json.dumps(row, ensure_ascii=False, sort_keys=True)


class Store:
    """A steuerung database opened for one user's actions.

    ``now`` is the injected clock: tests pass a fixed one, so the change log
    and every exported date are reproducible.
    """

    def __init__(self, conn: sqlite3.Connection, now: Clock):
        self.conn = conn
        conn.row_factory = sqlite3.Row  # rows by column name, whoever opened the connection
        self.now = now
        self._depth = 0

    # -- reading ---------------------------------------------------------------
    def rows(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        row = self.one(f"SELECT * FROM {_table(table)} WHERE id = ?", (row_id,))
        return None if row is None else dict(row)

    # -- writing ---------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One user action: everything inside commits together, or nothing does.

        Nested use joins the outer transaction, so a method that writes
        several rows can be called inside a larger action.
        """
        if self._depth == 0:
            # IMMEDIATE takes the write lock now, not half-way through.
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self.conn.execute("COMMIT")

    def insert(self, table: str, values: dict[str, Any]) -> int:
        table = _writable(table)
        with self.transaction():
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            cur = self._execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                                tuple(values.values()))
            row_id = cur.lastrowid
            self._log(table, row_id, "insert", None, {"id": row_id, **values})
        return row_id

    def update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        table = _writable(table)
        with self.transaction():
            old = self.get(table, row_id)
            if old is None:
                raise LookupError(f"{table} {row_id}")
            changed = {k: v for k, v in values.items() if old.get(k) != v}
            if not changed:
                return
            sets = ", ".join(f"{k} = ?" for k in changed)
            self._execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*changed.values(), row_id))
            self._log(table, row_id, "update", {k: old[k] for k in changed}, changed)

    def delete(self, table: str, row_id: int) -> None:
        table = _writable(table)
        with self.transaction():
            old = self.get(table, row_id)
            if old is None:
                return
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
            self._log(table, row_id, "delete", old, None)

    def _execute(self, sql: str, params: tuple) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except OverflowError:
            # A number beyond SQLite's 64-bit INTEGER: refused (the transaction rolls back)
            # rather than a traceback; the domain's bounds normally refuse long before.
            raise UserError(L.E_STORE_OVERFLOW) from None

    def _log(self, table: str, row_id: int, action: str, old: dict | None,
             new: dict | None) -> None:
        self.conn.execute(
            "INSERT INTO change_log (at, table_name, row_id, action, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (self.now().isoformat(timespec="seconds"), table, row_id, action,
             _json(old), _json(new)))

    def close(self) -> None:
        self.conn.close()


def _table(name: str) -> str:
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}")
    return name


def _writable(name: str) -> str:
    if name not in _WRITABLE:
        raise ValueError(f"table {name!r} is not writable")
    return name
