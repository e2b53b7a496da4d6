"""Read-only files and read-only commands (issue 11, findings 3 and 9).

A healthy file on a write-protected medium or folder is healthy: ``check``
says "in Ordnung (schreibgeschützt)", every read command works.  And the read
commands never write: the file keeps its bytes and no ``-wal``/``-shm`` file
is left behind — for a clean file and for one with a leftover ``-wal``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from steuerung.cli import main
from steuerung.domain.errors import UserError
from steuerung.store.db import open_db, writable
from steuerung.store.errors import FileReadOnly
from steuerung.store.interchange import load
from steuerung.store.repo import Store
from tests.conftest import DEMO_JSON, fixed_now
from tests.readonly import snapshot, write_protected


@pytest.fixture
def medium(tmp_path) -> Path:
    """A folder with one clean process file (no -wal, no -shm), as on a USB stick."""
    folder = tmp_path / "stick"
    load(DEMO_JSON.read_text(encoding="utf-8"), folder / "neuss.db")
    assert sorted(p.name for p in folder.iterdir()) == ["neuss.db"]
    return folder


@pytest.fixture
def csv_file(tmp_path) -> Path:
    path = tmp_path / "werte.csv"
    path.write_text("indikator;datum;wert\n6;30.09.2011;8\n", encoding="utf-8")
    return path


def _read_commands(db: Path, csv_file: Path, out: Path) -> list[list[str]]:
    return [["status", str(db), "--stichtag", "31.12.2011"], ["dump", str(db)],
            ["check", str(db)], ["export", "workshop", str(db), "--out", str(out)],
            ["import-readings", str(db), str(csv_file), "--dry-run"]]


def _run_all(db, csv_file, out, capsys) -> str:
    said = []
    for argv in _read_commands(db, csv_file, out):
        assert main(argv) == 0, (argv, capsys.readouterr())
        said.append(capsys.readouterr().out)
    return "\n".join(said)


def test_read_commands_write_nothing_on_a_clean_file(medium, csv_file, tmp_path, capsys):
    before = snapshot(medium)
    out = _run_all(medium / "neuss.db", csv_file, tmp_path / "out", capsys)
    assert "Integration im Rhein-Kreis Neuss" in out
    assert snapshot(medium) == before  # same bytes, no -wal, no -shm


def test_read_commands_work_on_a_write_protected_medium(medium, csv_file, tmp_path, capsys):
    db = medium / "neuss.db"
    before = snapshot(medium)
    with write_protected(db, medium):
        assert not writable(db)
        out = _run_all(db, csv_file, tmp_path / "out", capsys)
        assert main(["check", str(db)]) == 0
        said = capsys.readouterr().out
    assert f"{db}: in Ordnung (schreibgeschützt) (Schema" in said
    assert "beschädigt" not in out + said
    assert snapshot(medium) == before


def _leftover_wal(medium: Path, target: Path, with_shm: bool) -> None:
    """What a killed writer leaves: the file, its -wal with a commit (and its -shm)."""
    writer = Store(open_db(medium / "neuss.db"), fixed_now)
    writer.update("process", 1, {"title": "Nur im WAL"})
    target.mkdir()
    for suffix in ("", "-wal", "-shm") if with_shm else ("", "-wal"):
        shutil.copyfile(f"{medium / 'neuss.db'}{suffix}", f"{target / 'neuss.db'}{suffix}")
    writer.close()


@pytest.mark.parametrize("with_shm", [True, False])
def test_a_leftover_wal_is_read_through_and_not_changed(medium, tmp_path, capsys, with_shm):
    folder = tmp_path / "nach-absturz"
    _leftover_wal(medium, folder, with_shm)
    db = folder / "neuss.db"
    kept = {name: data for name, data in snapshot(folder).items() if not name.endswith("-shm")}
    assert main(["dump", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["tables"]["process"][0]["title"] == "Nur im WAL"
    assert main(["status", str(db), "--stichtag", "31.12.2011"]) == 0
    after = snapshot(folder)
    assert {n: d for n, d in after.items() if not n.endswith("-shm")} == kept
    # SQLite needs a -shm to read through a -wal; without one it makes one (documented).
    assert set(after) == {"neuss.db", "neuss.db-wal", "neuss.db-shm"}


def test_a_leftover_wal_on_a_write_protected_medium(medium, tmp_path, capsys):
    """Without a -shm the -wal cannot be read there: refused, rather than an old state shown."""
    folder = tmp_path / "nach-absturz"
    _leftover_wal(medium, folder, with_shm=False)
    db = folder / "neuss.db"
    before = snapshot(folder)
    with write_protected(db, db.with_name("neuss.db-wal"), folder):
        assert main(["dump", str(db)]) == 2
        err = capsys.readouterr().err
        assert "noch nicht übernommene Änderungen" in err and "beschädigt" not in err
        assert main(["check", str(db)]) == 2
    assert snapshot(folder) == before


def test_a_leftover_wal_with_its_shm_on_a_write_protected_medium(medium, tmp_path, capsys):
    folder = tmp_path / "nach-absturz"
    _leftover_wal(medium, folder, with_shm=True)
    db = folder / "neuss.db"
    files = [folder / name for name in ("neuss.db", "neuss.db-wal", "neuss.db-shm")]
    before = snapshot(folder)
    with write_protected(*files, folder):
        assert main(["dump", str(db)]) == 0
        assert json.loads(capsys.readouterr().out)["tables"]["process"][0]["title"] == "Nur im WAL"
    assert snapshot(folder) == before


def test_a_write_protected_file_opens_read_only_and_refuses_writes(medium):
    db = medium / "neuss.db"
    with write_protected(db):
        store = Store(open_db(db), fixed_now)
        try:
            assert store.readonly
            assert store.one("SELECT title FROM process")[0] == "Integration im Rhein-Kreis Neuss"
            with pytest.raises(FileReadOnly) as info:
                store.update("process", 1, {"title": "Neu"})
            assert "schreibgeschützt" in info.value.message
        finally:
            store.close()
    assert sorted(p.name for p in medium.iterdir()) == ["neuss.db"]


def test_write_commands_on_a_write_protected_file_say_why(medium, csv_file, capsys):
    db = medium / "neuss.db"
    before = snapshot(medium)
    with write_protected(db, medium):
        assert main(["import-readings", str(db), str(csv_file)]) == 2
    err = capsys.readouterr().err
    assert "schreibgeschützt" in err and "Nichts wurde gespeichert" in err
    assert "Traceback" not in err
    assert snapshot(medium) == before


def test_an_older_schema_is_read_through_a_migrated_copy(medium, tmp_path, capsys):
    """A read command cannot migrate the file: it migrates a copy in memory."""
    db = medium / "neuss.db"
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE task DROP COLUMN done_meeting_id")  # back to schema 3
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    before = snapshot(medium)
    assert main(["status", str(db), "--stichtag", "31.12.2011"]) == 0
    assert main(["dump", str(db)]) == 0
    assert main(["check", str(db)]) == 0
    assert "Schema 3 ist älter" in capsys.readouterr().out
    assert snapshot(medium) == before


def test_an_older_schema_is_checked_as_the_app_would_see_it(tmp_path, capsys):
    """A version-4 file lacks the later tables: check reads a migrated copy, never the file."""
    from sqlite_utils import Database

    from steuerung.store.migrations import migrations
    from steuerung.store.version import APPLICATION_ID

    db = tmp_path / "v4.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m005_minutes")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO field (id, name, phase) VALUES (1, 'Sprache', 'goals')")
    conn.close()
    before = snapshot(tmp_path)
    assert main(["check", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Schema 4 ist älter" in out and f"{db}: in Ordnung (Schema 4)." in out
    assert snapshot(tmp_path) == before


def test_damage_is_still_damage(medium, capsys):
    db = medium / "neuss.db"
    data = bytearray(db.read_bytes())
    data[4096 * 3: 4096 * 3 + 64] = b"\xff" * 64  # a page in the middle
    db.write_bytes(bytes(data))
    assert main(["check", str(db)]) == 1
    assert "beschädigt" in capsys.readouterr().out


def test_a_file_that_is_not_ours_stays_refused_when_read_only(tmp_path):
    path = tmp_path / "fremd.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(UserError, match="eines anderen Programms"):
        open_db(path, readonly=True)


def test_a_new_process_in_a_write_protected_folder_is_refused_in_german(tmp_path):
    from steuerung.store.process import new_process
    from tests.conftest import NOW

    folder = tmp_path / "home"
    folder.mkdir()
    with write_protected(folder):
        for target in (folder / "neu.db", folder / "sessions" / "neu.db"):
            with pytest.raises(UserError) as info:
                new_process(target, "Neu", None, NOW)
            assert "lässt sich nicht anlegen" in info.value.message
    assert list(folder.iterdir()) == []
