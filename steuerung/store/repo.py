"""The store: every write is one transaction and leaves a sealed line in the change log.

Screens call these methods; widgets never do.  Raw ``sqlite3`` is used on
purpose: a dot keypress goes through :meth:`Store.insert`, and this path must
stay well under a millisecond besides the durable commit.  Each change-log
line names its author and carries the hash chain of :mod:`.chain`; it is
written inside the action's transaction, so it commits or rolls back with it.

A failing write is rolled back whole and raised as a German
:class:`~steuerung.store.errors.StorageError` (busy, write-protected,
damaged, a number too large); a file opened read-only refuses every write
before it starts, and so does a file that was replaced since it was opened.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from .. import labels as L
from ..domain.errors import UserError
from . import chain
from .errors import STORAGE_FAILURES, FileReadOnly, StorageError, storage_error

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


#: Built once: ``json.dumps`` with options makes a new encoder per call (on the dot path).
_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _json(row: dict[str, Any] | None) -> str | None:
    return None if row is None else _encode(row)


class RowGone(UserError, LookupError):
    """An update of a row that is no longer there (deleted in another window)."""


class Store:
    """A steuerung database opened for one user's actions.

    ``now`` is the injected clock and ``author`` the injected name of the
    person at the keyboard (both from cli/tui): tests pass fixed ones, so
    the change log and every exported date are reproducible.
    """

    def __init__(self, conn: sqlite3.Connection, now: Clock,
                 author: str = chain.UNKNOWN_AUTHOR):
        self.conn = conn
        conn.row_factory = sqlite3.Row  # rows by column name, whoever opened the connection
        self.now = now
        self.author = author
        self._depth = 0
        #: The file SQLite has open and its identity (device, inode); None for one in memory.
        self._file, self._identity = _file_of(conn)
        #: True when the file cannot be written (opened read-only): every write is refused.
        self.readonly: bool = getattr(conn, "readonly", False)

    @property
    def path(self) -> str | None:
        """The file behind the connection (None for a copy in memory)."""
        known = getattr(self.conn, "path", None)
        if known is not None:
            return str(known)
        try:
            file = self.conn.execute("PRAGMA database_list").fetchone()[2]
        except (sqlite3.Error, TypeError):
            return None
        return file or None

    def error(self, exc: BaseException) -> StorageError:
        """``exc`` (a sqlite3 error, an OverflowError) as the German error to show."""
        return storage_error(exc, self.path)

    def patience(self, milliseconds: int) -> None:
        """How long a statement waits for another program's write lock before it gives up."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")

    # -- reading ---------------------------------------------------------------
    def rows(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except STORAGE_FAILURES as exc:
            raise self.error(exc) from exc

    def one(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        try:
            return self.conn.execute(sql, params).fetchone()
        except STORAGE_FAILURES as exc:
            raise self.error(exc) from exc

    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        row = self.one(f"SELECT * FROM {_table(table)} WHERE id = ?", (row_id,))
        return None if row is None else dict(row)

    # -- writing ---------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One user action: everything inside commits together, or nothing does.

        Nested use joins the outer transaction, so a method that writes
        several rows can be called inside a larger action.  Any failure —
        in a statement or in the COMMIT — rolls back everything; a storage
        failure is raised as a German :class:`StorageError`.
        """
        if self._depth == 0:
            if self.readonly:
                raise FileReadOnly(self.error(sqlite3.OperationalError(
                    "attempt to write a readonly database")).message)
            try:
                # IMMEDIATE takes the write lock now, not half-way through.
                self.conn.execute("BEGIN IMMEDIATE")
            except STORAGE_FAILURES as exc:
                raise self.error(exc) from exc
            if self.replaced():
                self._rollback()
                raise UserError(L.FILE_REPLACED.format(path=self.path))
        self._depth += 1
        try:
            yield self
            if self._depth == 1:
                self.conn.execute("COMMIT")
        except BaseException as exc:
            if self._depth == 1:
                self._rollback()
            if isinstance(exc, STORAGE_FAILURES) and not isinstance(exc, StorageError):
                raise self.error(exc) from exc
            raise
        finally:
            self._depth -= 1

    def abandon(self) -> None:
        """After a failure that escaped an action: whatever it left open is rolled back."""
        self._depth = 0
        self._rollback()

    def _rollback(self) -> None:
        """Undo the open transaction; a connection that lost it (an I/O error) has nothing to undo."""
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

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
                raise RowGone(L.ROW_GONE.format(what=L.OBJECT_NAMES.get(table, table)))
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
        chain.append(self.conn, self.now().isoformat(timespec="seconds"), self.author, table,
                     row_id, action, _json(old), _json(new))

    # -- the file under the connection ---------------------------------------------
    def data_version(self) -> int:
        """Changes when another connection (another window, the CLI) has committed."""
        try:
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
        except STORAGE_FAILURES as exc:
            raise self.error(exc) from exc

    def replaced(self) -> bool:
        """True when the file this store opened was deleted or replaced (``load --force``).

        The connection would go on writing into the deleted file, where nobody
        ever reads it again; every write refuses instead.
        """
        if self._identity is None:
            return False
        try:
            stat = os.stat(self._file)
        except OSError:
            return True
        return (stat.st_dev, stat.st_ino) != self._identity

    def close(self) -> None:
        self.conn.close()


def _file_of(conn: sqlite3.Connection) -> tuple[str | None, tuple[int, int] | None]:
    """The main database file and its identity (device, inode); None for an in-memory one."""
    path = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    if not path:
        return None, None
    try:
        stat = os.stat(path)
    except OSError:
        return path, None
    return path, (stat.st_dev, stat.st_ino)


def _table(name: str) -> str:
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}")
    return name


def _writable(name: str) -> str:
    if name not in _WRITABLE:
        raise ValueError(f"table {name!r} is not writable")
    return name
