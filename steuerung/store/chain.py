"""The change log's hash chain: every row seals the one before it.

Each ``change_log`` row carries SHA-256 over the previous row's hash and its
own content — the canonical JSON of ``[at, author, table, row id, action,
old, new]``, with ``old`` and ``new`` as the JSON texts stored in the row.
Changing, inserting or deleting a row anywhere but at the very end breaks
every later link, so ``steuerung check`` can name the first broken place.
``hashlib`` and ``json`` are all it takes; no library adds anything here.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable

from .. import labels as L

#: The "previous hash" of the first row.
GENESIS = "0" * 64
#: The author of rows written before authors were recorded, and of every change
#: made without a name (tests, scripts).
UNKNOWN_AUTHOR = L.AUTHOR_UNKNOWN


#: One encoder for all rows (``json.dumps`` with options builds a new one per call).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def content(at: str, author: str, table: str, row_id: int | None, action: str,
            old: str | None, new: str | None) -> str:
    """The canonical text a row's hash covers."""
    return _encode([at, author, table, row_id, action, old, new])


def seal(previous: str, text: str) -> str:
    return hashlib.sha256(f"{previous}\n{text}".encode()).hexdigest()


def row_hash(previous: str, row) -> str:
    """The hash a row should carry after ``previous`` (a sqlite3.Row or a dict)."""
    return seal(previous, content(row["at"], row["author"], row["table_name"], row["row_id"],
                                  row["action"], row["old"], row["new"]))


def last_hash(conn: sqlite3.Connection) -> str:
    found = conn.execute("SELECT hash FROM change_log ORDER BY id DESC LIMIT 1").fetchone()
    return GENESIS if found is None or found[0] is None else found[0]


def append(conn: sqlite3.Connection, at: str, author: str, table: str, row_id: int | None,
           action: str, old: str | None, new: str | None) -> str:
    """Append one sealed row (the caller holds the write transaction); returns its hash."""
    digest = seal(last_hash(conn), content(at, author, table, row_id, action, old, new))
    conn.execute("INSERT INTO change_log (at, author, table_name, row_id, action, old, new, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (at, author, table, row_id, action, old, new, digest))
    return digest


def reseal_all(conn: sqlite3.Connection) -> None:
    """Compute every row's hash afresh, in order (a migration, a log loaded without hashes)."""
    previous = GENESIS
    updates: list[tuple[str, int]] = []
    for row in conn.execute("SELECT id, at, author, table_name, row_id, action, old, new "
                            "FROM change_log ORDER BY id"):
        previous = row_hash(previous, _as_dict(row))
        updates.append((previous, row[0]))
    conn.executemany("UPDATE change_log SET hash = ? WHERE id = ?", updates)


def _as_dict(row: Iterable) -> dict:
    keys = ("id", "at", "author", "table_name", "row_id", "action", "old", "new")
    return dict(zip(keys, row, strict=True))
