"""Whole-file operations: a new process, the demo, the health check."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import labels as L
from ..domain.errors import UserError
from .db import check_file, create_db, open_read_only, schema_version, writable
from .errors import FileDamaged
from .files import stale_temps
from .interchange import load
from .repo import TABLES, Store
from .version import SCHEMA_VERSION


def new_process(path: Path, title: str, body: str | None, now: datetime,
                author: str = L.AUTHOR_UNKNOWN) -> None:
    """Create an empty process file with its title (one logged action, signed by ``author``)."""
    title = title.strip()
    if not title:
        raise UserError("Bitte einen Titel für den Prozess eingeben, z. B. „Integration in Münster“.")
    conn = create_db(path)
    try:
        store = Store(conn, lambda: now, author)
        store.insert("process", {"title": title, "body": (body or "").strip() or None,
                                 "language": "de", "created": now.date().isoformat()})
    finally:
        conn.close()


def create_demo(target: Path, demo_json: Path, *, force: bool = False,
                now: datetime | None = None, author: str = L.AUTHOR_UNKNOWN) -> None:
    """Create an example database (Neuss or Münster) from its committed JSON document."""
    load(demo_json.read_text(encoding="utf-8"), target, force=force, now=now, author=author)


@dataclass
class CheckReport:
    """``problems``: damage; ``wrong``: wrong values; ``outside``: changed without the app.

    Each of the three makes ``check`` exit 1.
    """

    version: int | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Values the app would never have stored (a 30 February, an unknown code): the file is
    #: readable, not damaged.  At most PROBLEM_LIMIT are listed; ``wrong_total`` counts all.
    wrong: list[str] = field(default_factory=list)
    wrong_total: int = 0
    #: The file cannot be written here (no permission, read-only folder or medium): not damage.
    readonly: bool = False
    #: What was changed without the app: breaks of the log's hash chain, objects whose stored
    #: values differ from their last logged state (checked on a current schema only).
    outside: list[str] = field(default_factory=list)
    #: Entries of the change log; None when the log was not checked (damage, older schema).
    log_entries: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and not self.wrong and not self.outside


def check(path: Path) -> CheckReport:
    """Integrity, foreign keys, meaning, schema version and change log of a file (writes nothing).

    A file that is not ours raises :class:`UserError`; damage is reported in
    ``problems``; values another program wrote that the app would never have
    accepted (a 30 February, an unknown code, a tally beyond 1.000.000) in
    ``wrong``, with table, row and column (wrong values, not a damaged file);
    a broken hash chain and every object whose stored values differ from its
    last logged state in ``outside``, by name.  A healthy file that cannot be
    written is healthy (``readonly``), not damaged.
    """
    path = Path(path)
    check_file(path)
    report = CheckReport(readonly=not writable(path))
    try:
        conn = open_read_only(path)
    except FileDamaged as exc:
        report.problems.append(exc.message)
        return report
    try:
        report.version = schema_version(conn)
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                report.problems.append(f"Integrität: {line}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            report.problems.append(
                f"Verweis: {table} Zeile {rowid} verweist auf fehlende Zeile in {parent}.")
        if not report.problems:
            report.wrong, report.wrong_total = _meaning_of(path, conn, report.version)
        for leftover in stale_temps(path):
            report.notes.append(L.CHECK_STALE_TEMP.format(name=leftover.name))
        if report.version < SCHEMA_VERSION:
            report.notes.append(
                f"Schema {report.version} ist älter als {SCHEMA_VERSION}; "
                "beim nächsten Öffnen wird es aktualisiert.")
        elif not report.problems:  # a value of the wrong meaning does not hide who changed it
            report.outside = outside_the_app(conn)
            report.log_entries = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"Die Datei ist beschädigt: {exc}.")
    finally:
        conn.close()
    return report


def _meaning_of(path: Path, conn: sqlite3.Connection, version: int) -> tuple[list[str], int]:
    """Meaning problems as the app would see the file: an older schema in a migrated copy.

    The rules know the current columns only; the copy lives in memory, the file
    stays as it is (a read command never writes).
    """
    if version >= SCHEMA_VERSION:
        return meaning_problems(conn)
    current = open_read_only(path, current=True)
    try:
        return meaning_problems(current)
    finally:
        current.close()


def _no_clock() -> datetime:
    raise AssertionError("check only reads; it has no use for a clock")


def outside_the_app(conn: sqlite3.Connection) -> list[str]:
    """German lines naming each break of the log's chain and each object changed without it."""
    from .audit import outside_changes, verify_chain
    from .change_names import Namer

    lines = []
    for b in verify_chain(conn):
        template = {"missing": L.CHECK_MISSING if b.first == b.last else L.CHECK_MISSING_MANY,
                    "altered": L.CHECK_ALTERED, "unsealed": L.CHECK_UNSEALED}[b.kind]
        lines.append(template.format(first=b.first, last=b.last))
    namer = Namer(Store(conn, _no_clock))
    for f in outside_changes(conn):
        what = namer.name(f.table, f.row_id, f.logged if f.kind == "changed" else None)
        if f.kind == "added":
            lines.append(L.CHECK_ADDED.format(what=what))
        elif f.kind == "removed":
            lines.append(L.CHECK_REMOVED.format(what=what))
        elif not f.columns or f.logged is None:
            lines.append(L.CHECK_CHANGED_BASELINE.format(what=what))
        else:
            lines.append(L.CHECK_CHANGED.format(what=what, columns="; ".join(
                L.CHECK_CHANGED_COLUMN.format(
                    column=L.column_name(f.table, c),
                    stored=namer.value(f.table, c, (f.stored or {}).get(c)),
                    logged=namer.value(f.table, c, f.logged.get(c))) for c in f.columns)))
    return lines


#: More problems than this are counted, not listed.
PROBLEM_LIMIT = 30


def meaning_problems(conn: sqlite3.Connection,
                     limit: int = PROBLEM_LIMIT) -> tuple[list[str], int]:
    """Shape and meaning of every row (the rules ``load`` applies), then the tallies.

    Returns the problems to list (at most ``limit``, then one line counting
    the rest) and how many there are in all.  The shape is asked of SQLite
    (``typeof``), so only wrong values reach Python; the models see only the
    columns they declare.
    """
    from . import meaning
    from .interchange import columns, value_problem

    found: list[str] = []
    total = 0
    for table in TABLES:
        info = columns(conn, table)
        shape, broken = [], set()
        for column, (col_type, _notnull, _default) in info.items():
            for row_id, value in conn.execute(_SHAPE_SQL[col_type].format(t=table, c=column)
                                              if col_type in _SHAPE_SQL else "SELECT 1, 1 LIMIT 0"):
                shape.append(L.CHECK_PLACE.format(table=table, id=row_id, field=column)
                             + f": {value_problem(info, column, value)}")
                broken.add(row_id)
        names = ["id", *(c for c in meaning.fields(table) if c in info and c != "id")]
        rows = [dict(zip(names, r, strict=True)) for r in conn.execute(
            f"SELECT {', '.join(names)} FROM {table} ORDER BY id")]
        if broken:
            rows = [r for r in rows if r["id"] not in broken]
        meant = meaning.problems(
            table, rows, lambda _i, row, field, t=table: L.CHECK_PLACE.format(
                table=t, id=row.get("id"), field=field) if field
            else L.CHECK_ROW.format(table=t, id=row.get("id")), limit=limit)
        total += len(shape) + len(meant)
        found.extend((shape + meant)[:max(limit - len(found), 0)])
    tallies = meaning.tally_problems(conn, lambda t, row_id: L.CHECK_ROW.format(table=t, id=row_id))
    total += len(tallies)
    found.extend(tallies[:max(limit - len(found), 0)])
    if total > len(found):
        more = total - len(found)
        found.append(L.CHECK_MORE[more != 1].format(n=more))
    return found, total


# Values of the wrong storage class, and infinite numbers (abs(±inf) exceeds every double).
_NUMBER = ("SELECT id, {c} FROM {t} WHERE {c} IS NOT NULL AND "
           "(typeof({c}) NOT IN ('integer', 'real') OR abs({c}) > 1.7976931348623157e308)")
_SHAPE_SQL = {
    "INTEGER": "SELECT id, {c} FROM {t} WHERE {c} IS NOT NULL AND typeof({c}) != 'integer'",
    "REAL": _NUMBER, "FLOAT": _NUMBER,
    "TEXT": "SELECT id, {c} FROM {t} WHERE {c} IS NOT NULL AND typeof({c}) != 'text'",
}
