"""JSON interchange: a whole process as one ``steuerung/1`` document.

``dump`` writes every table, rows ordered by id, one row per line (readable
and diff-friendly).  ``load`` checks a document completely in memory first —
shape, columns, types, references — and names the first wrong place in
German; only a valid document is written, atomically, to the target file.

The change log: a document whose every log row carries its hash is taken
as it is (``load`` then ``dump`` gives the same bytes; ``steuerung check``
tells whether it still fits the data).  A document without hashes — from a
steuerung before schema 8, or written by hand with an empty log — gets its
chain computed on load, author "unbekannt" where none is named, and one
Bestand row that adopts the rows the log does not account for, in the
name of whoever loads it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import labels as L
from ..domain.errors import UserError
from . import audit, chain
from .db import migrate
from .repo import TABLES

FORMAT = "steuerung/1"
_KIND = {"INTEGER": (int,), "FLOAT": (int, float), "REAL": (int, float), "TEXT": (str,)}
_KIND_NAME = {"INTEGER": "eine ganze Zahl", "FLOAT": "eine Zahl", "REAL": "eine Zahl",
              "TEXT": "ein Text"}


def dump(conn: sqlite3.Connection) -> str:
    """The whole process as canonical JSON text (same data → same bytes)."""
    lines = ["{", f'  "format": {json.dumps(FORMAT)},', '  "tables": {']
    for t_index, table in enumerate(TABLES):
        cur = conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cur.description]
        rows = [json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False) for row in cur]
        comma = "," if t_index < len(TABLES) - 1 else ""
        if not rows:
            lines.append(f'    "{table}": []{comma}')
            continue
        lines.append(f'    "{table}": [')
        lines.extend(f"      {row}{',' if i < len(rows) - 1 else ''}" for i, row in enumerate(rows))
        lines.append(f"    ]{comma}")
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def load(text: str, target: Path, *, force: bool = False, now: datetime | None = None,
         author: str = chain.UNKNOWN_AUTHOR) -> None:
    """Create the database ``target`` from a ``steuerung/1`` document.

    Raises :class:`UserError` for a document of the wrong shape (nothing is
    written), for an existing target without ``force``, and for a target
    another program has open (its writes would land in the replaced file).
    ``now`` and ``author`` date and sign a Bestand row, if one is needed.
    """
    target = Path(target)
    if target.exists() and not force:
        raise UserError(f"„{target}“ gibt es schon. Zum Überschreiben bitte --force angeben.")
    memory = build_in_memory(text, now=now, author=author)
    if target.exists():
        refuse_if_open(target)
    _write_atomically(memory, target)


def reseal(text: str, author: str) -> str:
    """The document with its log replaced by one Bestand row (for the committed Beispiel).

    The Bestand is dated on the process's creation day, so the result does
    not depend on the day it is made.
    """
    doc = json.loads(text)
    doc["tables"]["change_log"] = []
    conn = build_in_memory(json.dumps(doc, ensure_ascii=False), author=author)
    try:
        return dump(conn)
    finally:
        conn.close()


def build_in_memory(text: str, *, now: datetime | None = None,
                    author: str = chain.UNKNOWN_AUTHOR) -> sqlite3.Connection:
    """Validate the document and return an in-memory database holding it."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"Zeile {exc.lineno}, Spalte {exc.colno}: kein gültiges JSON "
                        f"({exc.msg}).") from None
    if not isinstance(doc, dict):
        raise UserError("Oberste Ebene: ein JSON-Objekt mit „format“ und „tables“ erwartet.")
    if doc.get("format") != FORMAT:
        raise UserError(f"„format“: erwartet „{FORMAT}“, gefunden {json.dumps(doc.get('format'))}.")
    unknown = sorted(set(doc) - {"format", "tables"})
    if unknown:
        raise UserError(f"„{unknown[0]}“: unbekannter Eintrag auf oberster Ebene "
                        "(erlaubt sind „format“ und „tables“).")
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise UserError("„tables“: ein Objekt erwartet, das je Tabelle eine Liste von Zeilen enthält.")
    for name in tables:
        if name not in TABLES:
            raise UserError(f"tables.{name}: unbekannte Tabelle. Bekannt sind: {', '.join(TABLES)}.")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    places: dict[tuple[str, int], str] = {}
    for table in TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise UserError(f"tables.{table}: eine Liste von Zeilen erwartet.")
        _insert_rows(conn, table, rows, places)
    problem = conn.execute("PRAGMA foreign_key_check").fetchone()
    if problem is not None:
        table, rowid, parent, fk_index = problem
        column = [r for r in conn.execute(f"PRAGMA foreign_key_list({table})")
                  if r[0] == fk_index][0][3]
        value = conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()[0]
        raise UserError(f"{places[(table, rowid)]}.{column}: verweist auf {parent} {value}, "
                        f"die es in tables.{parent} nicht gibt.")
    _complete_log(conn, now, author)
    conn.execute("COMMIT")
    return conn


def _complete_log(conn: sqlite3.Connection, now: datetime | None, author: str) -> None:
    """Seal a log that came without hashes and adopt what it does not account for."""
    unsealed = conn.execute("SELECT count(*) FROM change_log WHERE hash IS NULL").fetchone()[0]
    empty = conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
    if not unsealed and not empty:
        return  # a sealed log is kept as it is; check judges it
    chain.reseal_all(conn)
    at = now.isoformat(timespec="seconds") if now else audit.baseline_at(conn)
    audit.adopt(conn, at, author)


def refuse_if_open(target: Path) -> None:
    """Refuse to replace a database that another program has open.

    An open connection in WAL mode keeps the shared-memory file locked; a
    connection that can switch the file out of WAL mode is therefore the
    only one.  (The file is about to be replaced, so the switch is harmless.)
    """
    try:
        probe = sqlite3.connect(f"{target.resolve().as_uri()}?mode=rw", uri=True,
                                isolation_level=None, timeout=0)
    except sqlite3.Error:
        return  # not a database we could open: nothing can be writing to it
    try:
        mode = probe.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:  # "database is locked": someone has it open
        mode = "busy" if "locked" in str(exc) or "busy" in str(exc) else "delete"
    except sqlite3.DatabaseError:
        mode = "delete"  # not a database at all: nobody can be writing to it
    finally:
        probe.close()
    if str(mode).lower() != "delete":
        raise UserError(L.FILE_IN_USE.format(path=target))


def _insert_rows(conn: sqlite3.Connection, table: str, rows: list, places: dict) -> None:
    info = {r[1]: r for r in conn.execute(f"PRAGMA table_info({table})")}
    seen: set[int] = set()
    for index, row in enumerate(rows):
        place = f"tables.{table}[{index}]"
        if not isinstance(row, dict):
            raise UserError(f"{place}: ein Objekt mit Spalten erwartet.")
        row_id = row.get("id")
        if not isinstance(row_id, int) or isinstance(row_id, bool) or row_id < 1:
            raise UserError(f"{place}.id: eine positive ganze Zahl erwartet.")
        if row_id in seen:
            raise UserError(f"{place}.id: die Nummer {row_id} kommt in tables.{table} doppelt vor.")
        seen.add(row_id)
        for column, value in row.items():
            _check_value(place, info, column, value)
        for column, (_cid, _name, _type, notnull, default, _pk) in info.items():
            if notnull and default is None and row.get(column) is None:
                raise UserError(f"{place}.{column}: Pflichtangabe fehlt.")
        cols = ", ".join(row)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in row)})",
                     tuple(row.values()))
        places[(table, row_id)] = place


def _check_value(place: str, info: dict, column: str, value: Any) -> None:
    if column not in info:
        raise UserError(f"{place}.{column}: unbekannte Spalte. "
                        f"Erlaubt sind: {', '.join(info)}.")
    if value is None:
        return
    col_type = info[column][2].upper()
    if isinstance(value, bool) or not isinstance(value, _KIND[col_type]):
        raise UserError(f"{place}.{column}: {_KIND_NAME[col_type]} erwartet, "
                        f"gefunden {json.dumps(value, ensure_ascii=False)}.")


def _write_atomically(memory: sqlite3.Connection, target: Path) -> None:
    """Copy the in-memory database to ``target`` via a temporary file.

    The rename is atomic, and a replaced file's stale ``-wal``/``-shm`` are
    removed first: SQLite would otherwise replay them into the new file.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        disk = sqlite3.connect(temp)
        memory.backup(disk)
        disk.execute("PRAGMA journal_mode = WAL")
        disk.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(temp, target)
    finally:
        memory.close()
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
