"""Whole-file operations: a new process, the demo, the health check."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import labels as L
from ..domain.errors import UserError
from .db import check_file, create_db, open_db, schema_version
from .interchange import load
from .repo import Store
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
    """Create the Neuss demo database from the committed JSON document."""
    load(demo_json.read_text(encoding="utf-8"), target, force=force, now=now, author=author)


@dataclass
class CheckReport:
    """``problems``: damage; ``outside``: what was changed without the app (both exit 1)."""

    version: int | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    log_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and not self.outside


def check(path: Path) -> CheckReport:
    """Integrity, foreign keys, schema version and the change log of a database, read-only.

    A file that is not ours raises :class:`UserError`; damage is reported in
    ``problems``; a broken hash chain and every object whose stored values
    differ from its last logged state in ``outside``, by name.
    """
    path = Path(path)
    check_file(path)
    report = CheckReport()
    try:
        conn = open_db(path, readonly=True)
    except UserError as exc:
        if "beschädigt" in exc.message:
            report.problems.append(exc.message)
            return report
        raise
    try:
        report.version = schema_version(conn)
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                report.problems.append(f"Integrität: {line}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            report.problems.append(
                f"Verweis: {table} Zeile {rowid} verweist auf fehlende Zeile in {parent}.")
        if report.version < SCHEMA_VERSION:
            report.notes.append(
                f"Schema {report.version} ist älter als {SCHEMA_VERSION}; "
                "beim nächsten Öffnen wird es aktualisiert.")
        elif not report.problems:
            report.outside = outside_the_app(conn)
            report.log_entries = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"Die Datei ist beschädigt: {exc}.")
    finally:
        conn.close()
    return report


def _no_clock() -> datetime:
    raise AssertionError("check only reads; it has no use for a clock")


def outside_the_app(conn: sqlite3.Connection) -> list[str]:
    """German lines naming each break of the log's chain and each object changed without it."""
    from .audit import outside_changes, verify_chain
    from .changes import Namer

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
                    column=L.COLUMN_NAMES.get(c, c),
                    stored=namer.value(f.table, c, (f.stored or {}).get(c)),
                    logged=namer.value(f.table, c, f.logged.get(c))) for c in f.columns)))
    return lines
