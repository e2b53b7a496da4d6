from __future__ import annotations

import re
import sqlite3

from sqlite_utils import Database

from steuerung.store.db import create_db, migrate
from steuerung.store.migrations import migrations
from steuerung.store.repo import TABLES
from steuerung.store.version import APPLICATION_ID, SCHEMA_VERSION


def _schema(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_schema_version_is_the_number_of_the_last_migration():
    """Migrations are named mNNN_…, numbered upwards; the last number is the schema version.

    Numbers are handed out per issue before work starts, so a branch may skip one
    (m005 on one branch, m006 on another); merged, they apply in number order.
    """
    names = [m.name for m in migrations._migrations]
    numbers = [int(re.match(r"m(\d{3})_", name).group(1)) for name in names]
    assert numbers == sorted(set(numbers))
    assert SCHEMA_VERSION == numbers[-1]


def test_migrations_apply_twice_without_change(tmp_path):
    conn = create_db(tmp_path / "p.db")
    before = _schema(conn)
    migrate(conn)
    assert _schema(conn) == before
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_every_domain_table_exists(tmp_path):
    conn = create_db(tmp_path / "p.db")
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(TABLES) <= names


def test_new_file_is_durable(tmp_path):
    conn = create_db(tmp_path / "p.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_older_file_is_migrated_when_opened(tmp_path):
    from steuerung.store.db import open_db

    path = tmp_path / "alt.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m002_dot_reverts")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    conn = open_db(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = [row[1] for row in conn.execute("PRAGMA table_info(dot)")]
    assert "reverts" in columns


def test_a_version_3_file_gets_the_task_completion_meeting(tmp_path):
    from steuerung.store.db import open_db

    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m004_meetings")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.execute("INSERT INTO committee (id, name) VALUES (1, 'Koordinationskreis')")
    conn.execute("INSERT INTO task (id, committee_id, what, status) VALUES (1, 1, 'Einladen', 'open')")
    conn.close()
    conn = open_db(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    row = conn.execute("SELECT what, done_meeting_id FROM task").fetchone()
    assert tuple(row) == ("Einladen", None)


def test_a_version_4_file_gets_the_outline_and_shared_indicators(tmp_path):
    from steuerung.store.db import open_db

    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m005_minutes")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.execute("INSERT INTO field (id, name, phase) VALUES (1, 'Sprache', 'goals')")
    conn.close()
    conn = open_db(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM document_part").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM indicator_link").fetchone()[0] == 0
    assert "effect" in [row[1] for row in conn.execute("PRAGMA table_info(annual_goal)")]
    assert conn.execute("SELECT name FROM field").fetchone()[0] == "Sprache"


def test_a_version_4_vorlage_keeps_its_text_and_all_generated_parts(tmp_path):
    """m007: an older Vorlage gains the new fields empty; NULL parts mean all of them."""
    from steuerung.store.db import open_db
    from steuerung.store.submissions import PARTS, parts_of

    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m005_minutes")
    conn.execute("INSERT INTO process (id, title) VALUES (1, 'Integration')")
    conn.execute("INSERT INTO submission (id, kind, subject, financial, public) "
                 "VALUES (1, 'report', 'Sachstand', 'Kosten: 500 €', 1)")
    conn.close()
    conn = open_db(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM submission").fetchone())
    assert (row["financial"], row["clerk"], row["financial_effects"], row["parts"]) == (
        "Kosten: 500 €", None, None, None)
    assert parts_of(row) == PARTS
    process = dict(conn.execute("SELECT * FROM process").fetchone())
    assert process["signature_prefix"] is None
