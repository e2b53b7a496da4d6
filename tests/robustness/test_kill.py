"""``kill -9`` during ``load`` and ``import-readings``: the old state or the whole new one.

Each run is killed after a random delay spread over the command's own
duration.  Afterwards the file holds either what it held before or all of
the new data, ``check`` finds it in order, and no stray file remains once the
file is next opened (a temporary file of a killed load is removed then).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from steuerung.store.db import open_db
from steuerung.store.interchange import load
from tests.conftest import DEMO_JSON

RUNS = 8
#: The demo's own readings: a killed command leaves these, or these and all new ones.
DEMO_READINGS = len(json.loads(DEMO_JSON.read_text(encoding="utf-8"))["tables"]["reading"])


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "steuerung", *args]


def _duration(args: list[str], reset) -> float:
    reset()
    start = time.monotonic()
    subprocess.run(args, check=True, capture_output=True)
    return time.monotonic() - start


def _kill_after(args: list[str], delay: float) -> None:
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


def _readings(path: Path) -> int:
    conn = open_db(path)  # opening for writing also removes a killed load's temporary file
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM reading").fetchone()[0]
    finally:
        conn.close()


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_kill_9_during_load_leaves_the_old_or_the_new_file(tmp_path):
    doc = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    doc["tables"]["reading"] += [
        {"id": 100 + i, "indicator_id": 6, "date": "2011-09-30", "value": float(i),
         "source": None, "note": None, "entered_at": "2011-10-01T09:00:00"}
        for i in range(10_000)]
    doc["tables"]["change_log"] = []  # rows added by hand: the load adopts them (a Bestand)
    source = tmp_path / "neu.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    folder = tmp_path / "sessions"
    folder.mkdir()
    target = folder / "p.db"

    def reset():
        load(DEMO_JSON.read_text(encoding="utf-8"), target, force=True)

    args = _command("load", str(source), str(target), "--force")
    duration = _duration(args, reset)
    rnd = random.Random(11)
    for _ in range(RUNS):
        reset()
        _kill_after(args, rnd.uniform(0, duration * 1.1))
        count = _readings(target)
        assert count in (DEMO_READINGS, DEMO_READINGS + 10_000)
        assert _files(folder) == ["p.db"]
        assert subprocess.run(_command("check", str(target)), capture_output=True).returncode == 0


def test_kill_9_during_import_readings_imports_all_or_nothing(tmp_path):
    lines = ["indikator;datum;wert;quelle"] + [
        f"6;{1 + i % 28:02d}.{1 + i % 12:02d}.2011;{i},5;Amt {i}" for i in range(5_000)]
    csv = tmp_path / "werte.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "sessions"
    folder.mkdir()
    target = folder / "p.db"

    def reset():
        for name in _files(folder):
            (folder / name).unlink()
        load(DEMO_JSON.read_text(encoding="utf-8"), target)

    args = _command("import-readings", str(target), str(csv))
    duration = _duration(args, reset)
    rnd = random.Random(5)
    for _ in range(RUNS):
        reset()
        _kill_after(args, rnd.uniform(0, duration * 1.1))
        assert _readings(target) in (DEMO_READINGS, DEMO_READINGS + 5_000)
        assert set(_files(folder)) <= {"p.db", "p.db-wal", "p.db-shm"}
        assert subprocess.run(_command("check", str(target)), capture_output=True).returncode == 0
