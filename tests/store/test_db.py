"""Opening files: ours opens, anything else is refused and left byte-for-byte unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from steuerung.domain.errors import UserError
from steuerung.store.db import create_db, open_db
from steuerung.store.version import SCHEMA_VERSION


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO kunden (name) VALUES ('Müller')")
    conn.commit()
    conn.close()


def _newer_steuerung(path: Path) -> None:
    create_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")  # fold the WAL in: one file to compare
    conn.close()


def _text(path: Path) -> None:
    path.write_text("Tagesordnung\n1. Begrüßung\n", encoding="utf-8")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 20)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_text, "keine steuerung-Datenbank"),
        (_empty, "keine steuerung-Datenbank"),
        (_foreign_sqlite, "eines anderen Programms"),
        (_newer_steuerung, "neueren steuerung-Version"),
        (_truncated, "beschädigt"),
    ],
)
def test_refused_files_stay_unchanged(tmp_path, make, expected):
    path = tmp_path / "fremd.db"
    make(path)
    before = path.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(UserError) as info:
        open_db(path)
    assert expected in info.value.message
    assert str(path) in info.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_missing_file_is_not_created(tmp_path):
    path = tmp_path / "fehlt.db"
    with pytest.raises(UserError, match="gibt es nicht"):
        open_db(path)
    assert not path.exists()


def test_directory_is_refused(tmp_path):
    with pytest.raises(UserError, match="Verzeichnis"):
        open_db(tmp_path)


def test_own_file_opens_with_durable_pragmas(tmp_path):
    path = tmp_path / "p.db"
    create_db(path).close()
    conn = open_db(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "p.db"
    _text(path)
    with pytest.raises(UserError, match="gibt es schon"):
        create_db(path)
    assert path.read_text(encoding="utf-8").startswith("Tagesordnung")
