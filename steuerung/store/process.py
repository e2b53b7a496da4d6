"""Whole-file operations: a new process, the demo, the health check."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain.errors import UserError
from .db import check_file, create_db, open_read_only, schema_version, writable
from .errors import FileDamaged
from .interchange import load
from .repo import Store
from .version import SCHEMA_VERSION


def new_process(path: Path, title: str, body: str | None, now: datetime) -> None:
    """Create an empty process file with its title (one logged action)."""
    title = title.strip()
    if not title:
        raise UserError("Bitte einen Titel für den Prozess eingeben, z. B. „Integration in Münster“.")
    conn = create_db(path)
    try:
        store = Store(conn, lambda: now)
        store.insert("process", {"title": title, "body": (body or "").strip() or None,
                                 "language": "de", "created": now.date().isoformat()})
    finally:
        conn.close()


def create_demo(target: Path, demo_json: Path, *, force: bool = False) -> None:
    """Create the Neuss demo database from the committed JSON document."""
    load(demo_json.read_text(encoding="utf-8"), target, force=force)


@dataclass
class CheckReport:
    version: int | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: The file cannot be written here (no permission, read-only folder or medium): not damage.
    readonly: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def check(path: Path) -> CheckReport:
    """Integrity, foreign keys and schema version of a database, read-only (writes nothing).

    A file that is not ours raises :class:`UserError`; damage is reported.  A
    healthy file that cannot be written is healthy (``readonly``), not damaged.
    """
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
        if report.version < SCHEMA_VERSION:
            report.notes.append(
                f"Schema {report.version} ist älter als {SCHEMA_VERSION}; "
                "beim nächsten Öffnen wird es aktualisiert.")
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"Die Datei ist beschädigt: {exc}.")
    finally:
        conn.close()
    return report
