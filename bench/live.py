"""Live files and the change log on the large synthetic process (DESIGN §7, turn 2).

Run: ``python bench/live.py``.  Measures

* ``steuerung check`` of the large process, chain included (bar 2 s);
* another process's change → the open Sachstand shows it: a second
  connection commits a reading, the clock stops at the frame that shows it
  (bar 0.5 s);
* idle CPU of ``steuerung open`` on the Sachstand in tmux, over 10 s (bar 1 %).
"""

from __future__ import annotations

import asyncio
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import build  # noqa: E402
from tmux_harness import _tmux  # noqa: E402

from steuerung.paths import Paths  # noqa: E402
from steuerung.store.db import open_db  # noqa: E402
from steuerung.store.repo import Store  # noqa: E402
from steuerung.tui.app import SteuerungApp, make_app  # noqa: E402

CHECK_BAR, LATENCY_BAR, CPU_BAR = 2.0, 0.5, 1.0


def clock() -> datetime:
    return datetime(2025, 9, 30, 10, 0)


def time_check(db: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "steuerung", "check", str(db)], check=True,
                   capture_output=True)
    return time.perf_counter() - start


async def latencies(db: Path, samples: int = 10) -> list[float]:
    """Seconds from another connection's commit to the frame showing the new reading."""
    app = make_app(Store(open_db(db), clock), Paths(db.parent), clock)
    other = Store(open_db(db), clock, "Zweites Fenster")
    shown: dict[str, float] = {}
    original = SteuerungApp._display

    def display(self, screen, renderable):
        original(self, screen, renderable)
        if renderable is None or "wanted" not in shown or "at" in shown:
            return
        lines = self.screen.query_one("#status").plain_lines
        if any(shown["wanted"] in line.replace(".", "") for line in lines):
            shown["at"] = time.perf_counter()

    SteuerungApp._display = display
    found = []
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.press("s")
            await pilot.pause(1.0)
            goal = app.screen.rows[0]
            for i in range(samples):
                value = 777000 + i
                shown.clear()
                shown["wanted"] = str(value)
                other.insert("reading", {"indicator_id": goal.indicators[0].id,
                                         "date": "2025-09-29", "value": value})
                start = time.perf_counter()
                while "at" not in shown and time.perf_counter() - start < 5:
                    await asyncio.sleep(0.005)
                found.append(shown.get("at", start + 5) - start)
                await asyncio.sleep(0.3)
    finally:
        SteuerungApp._display = original
        other.close()
    return found


def idle_cpu(db: Path, seconds: float = 10.0) -> float:
    """Percent of one core the app uses while it shows the Sachstand and nobody types."""
    session = f"idle-{os.getpid()}"
    command = f"{shlex.quote(sys.executable)} -m steuerung open {shlex.quote(str(db))}"
    _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", f"exec {command}")
    try:
        deadline = time.monotonic() + 60
        while "Sachstand" not in _tmux("capture-pane", "-p", "-t", session):
            if time.monotonic() > deadline:
                raise TimeoutError("the app did not start")
            time.sleep(0.1)
        _tmux("send-keys", "-t", session, "s")
        time.sleep(3.0)
        pid = int(_tmux("display", "-p", "-t", session, "#{pane_pid}").strip())
        before, start = _cpu_seconds(pid), time.monotonic()
        time.sleep(seconds)
        used = _cpu_seconds(pid) - before
        return 100 * used / (time.monotonic() - start)
    finally:
        _tmux("kill-session", "-t", session)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(db: Path) -> list[tuple[str, float, float, str]]:
    """Rows for bench/run.py: (figure, value, bar, unit)."""
    check = statistics.median(time_check(db) for _ in range(3))
    waits = sorted(asyncio.run(latencies(db)))
    return [("steuerung check, großer Prozess mit Kette (ms)", check * 1000, CHECK_BAR * 1000, "ms"),
            ("Änderung anderer Prozess → Sachstand, Median (ms)", statistics.median(waits) * 1000,
             LATENCY_BAR * 1000, "ms"),
            ("Änderung anderer Prozess → Sachstand, längste (ms)", waits[-1] * 1000, 0, "ms"),
            ("CPU im Leerlauf, Sachstand offen (%)", idle_cpu(db), CPU_BAR, "%")]


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        db = Path(home) / "gross.db"
        build(db)
        rows = measure(db)
    ok = True
    for name, value, bar, _unit in rows:
        fine = not bar or value <= bar
        ok &= fine
        print(f"{name:<52} {value:9.2f} {bar or '':>7} {'' if not bar else 'ok' if fine else 'NICHT ok'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
