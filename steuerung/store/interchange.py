"""JSON interchange: a whole process as one ``steuerung/1`` document.

``dump`` writes every table, rows ordered by id, one row per line (readable
and diff-friendly).  ``load`` checks a document completely in memory first —
shape (columns, types, 64-bit integers, finite numbers, valid Unicode),
meaning (:mod:`.meaning`: real dates, known codes, bounds, deadline texts),
references and tallies — and names the first wrong place in German; only a
valid document is written, atomically, to the target file (:mod:`.files`).

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
import math
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import labels as L
from ..domain.bounds import MAX_INT64
from ..domain.errors import UserError
from ..domain.numbers import format_number
from . import audit, chain
from .db import migrate
from .files import check_target, publish
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


def load(text: str, target: Path, *, force: bool = False, parents: bool = True,
         now: datetime | None = None, author: str = chain.UNKNOWN_AUTHOR) -> None:
    """Create the database ``target`` from a ``steuerung/1`` document.

    Raises :class:`UserError` for a document of the wrong shape or meaning
    and for a target that cannot be written (an existing file without
    ``force``, a directory, a missing folder when ``parents`` is false, no
    permission, a file another program has open — its writes would land in
    the replaced file); in every case nothing is written and no file is left
    behind.  ``now`` and ``author`` date and sign a Bestand row, if one is needed.
    """
    target = Path(target)
    check_target(target, force=force, parents=parents)
    memory = build_in_memory(text, now=now, author=author)
    try:
        if target.exists():
            refuse_if_open(target)
        data = memory.serialize()
    finally:
        memory.close()
    publish(data, target, parents=parents)


def shown(text: str) -> str:
    """Text safe to print: a lone surrogate becomes ``\\ud800`` instead of a crash."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def parse(text: str) -> Any:
    """JSON text → Python, with German messages for everything ``json`` can raise."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"Zeile {exc.lineno}, Spalte {exc.colno}: kein gültiges JSON "
                        f"({exc.msg}).") from None
    except RecursionError:
        raise UserError(L.E_LOAD_DEEP) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise UserError(L.E_LOAD_DIGITS) from None


def reseal(text: str, author: str) -> str:
    """The document with its log replaced by one Bestand row (for the committed Beispiel).

    The Bestand is dated on the process's creation day, so the result does
    not depend on the day it is made.
    """
    doc = parse(text)
    doc["tables"]["change_log"] = []
    conn = build_in_memory(json.dumps(doc, ensure_ascii=False), author=author)
    try:
        return dump(conn)
    finally:
        conn.close()


def build_in_memory(text: str, *, now: datetime | None = None,
                    author: str = chain.UNKNOWN_AUTHOR) -> sqlite3.Connection:
    """Validate the document and return an in-memory database holding it."""
    doc = parse(text)
    if not isinstance(doc, dict):
        raise UserError("Oberste Ebene: ein JSON-Objekt mit „format“ und „tables“ erwartet.")
    if doc.get("format") != FORMAT:
        raise UserError(f"„format“: erwartet „{FORMAT}“, gefunden {_value(doc.get('format'))}.")
    unknown = sorted(set(doc) - {"format", "tables"})
    if unknown:
        raise UserError(f"„{shown(unknown[0])}“: unbekannter Eintrag auf oberster Ebene "
                        "(erlaubt sind „format“ und „tables“).")
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise UserError("„tables“: ein Objekt erwartet, das je Tabelle eine Liste von Zeilen enthält.")
    for name in tables:
        if name not in TABLES:
            raise UserError(f"tables.{shown(name)}: unbekannte Tabelle. "
                            f"Bekannt sind: {', '.join(TABLES)}.")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _fill(conn, tables, now, author)
    except BaseException:
        conn.close()
        raise
    return conn


def _fill(conn: sqlite3.Connection, tables: dict, now: datetime | None, author: str) -> None:
    from . import meaning  # pydantic: only when a document is loaded

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
        wrong = meaning.problems(table, rows, lambda i, _row, field, t=table:
                                 f"tables.{t}[{i}]" + (f".{field}" if field else ""), limit=1)
        if wrong:
            raise UserError(wrong[0])
    problem = conn.execute("PRAGMA foreign_key_check").fetchone()
    if problem is not None:
        table, rowid, parent, fk_index = problem
        column = [r for r in conn.execute(f"PRAGMA foreign_key_list({table})")
                  if r[0] == fk_index][0][3]
        value = conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()[0]
        raise UserError(f"{places[(table, rowid)]}.{column}: verweist auf {parent} {value}, "
                        f"die es in tables.{parent} nicht gibt.")
    tallies = meaning.tally_problems(conn, lambda _t, topic: f"tables.topic (id {topic})")
    if tallies:
        raise UserError(tallies[0])
    _complete_log(conn, now, author)
    conn.execute("COMMIT")


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
    info = columns(conn, table)
    seen: set[int] = set()
    for index, row in enumerate(rows):
        place = f"tables.{table}[{index}]"
        if not isinstance(row, dict):
            raise UserError(f"{place}: ein Objekt mit Spalten erwartet.")
        row_id = row.get("id")
        if (not isinstance(row_id, int) or isinstance(row_id, bool)
                or not 1 <= row_id <= MAX_INT64):
            raise UserError(f"{place}.id: eine positive ganze Zahl erwartet.")
        if row_id in seen:
            raise UserError(f"{place}.id: die Nummer {row_id} kommt in tables.{table} doppelt vor.")
        seen.add(row_id)
        for column, value in row.items():
            problem = value_problem(info, column, value)
            if problem:
                raise UserError(f"{place}.{shown(column)}: {problem}")
        for column, (_type, notnull, default) in info.items():
            if notnull and default is None and row.get(column) is None:
                raise UserError(f"{place}.{column}: Pflichtangabe fehlt.")
        cols = ", ".join(row)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in row)})",
                     tuple(row.values()))
        places[(table, row_id)] = place


def columns(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, int, Any]]:
    """column → (declared type, not null, default) of a table, as SQLite knows it."""
    return {r[1]: (r[2].upper(), r[3], r[4]) for r in conn.execute(f"PRAGMA table_info({table})")}


def value_problem(info: dict, column: str, value: Any) -> str | None:
    """What is wrong with one value's shape (German), or None.

    Besides the column's type: integers must fit SQLite's 64 bits, numbers be
    finite, texts valid Unicode (no lone surrogate) — else SQLite itself
    would fail with an English error, or a later sum overflow.
    """
    if column not in info:
        return f"unbekannte Spalte. Erlaubt sind: {', '.join(info)}."
    if value is None:
        return None
    col_type = info[column][0]
    if isinstance(value, bool) or not isinstance(value, _KIND.get(col_type, (int, float, str))):
        return f"{_KIND_NAME.get(col_type, 'ein Wert')} erwartet, gefunden {_value(value)}."
    if isinstance(value, int) and not -MAX_INT64 - 1 <= value <= MAX_INT64:
        return L.E_LOAD_INT64.format(value=_value(value))
    if isinstance(value, float) and not math.isfinite(value):
        return L.E_LOAD_FINITE.format(value=_value(value))
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return L.E_LOAD_SURROGATE.format(value=_value(value))
    return None


def _value(value: Any) -> str:
    """A found value for a message: short, printable, never the whole nested structure."""
    if isinstance(value, dict):
        return L.E_LOAD_AN_OBJECT
    if isinstance(value, list):
        return L.E_LOAD_A_LIST
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value)
    if isinstance(value, bytes):
        return L.E_LOAD_BLOB
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > 60:
        text = text[:57] + "…"
    return shown(text)
