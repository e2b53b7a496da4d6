"""Screens of the large synthetic process: key → first drawn frame of the new screen.

Run: ``python bench/screens.py``.  Measures the Sachstand screen (``s`` on the
Übersicht; 288 Jahresziele, 864 indicators, 34,560 readings) and
``steuerung status`` as a whole process, against the bars of DESIGN §7
(300 ms per screen, 1 s for the command).
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import build  # noqa: E402
from textual import events  # noqa: E402

from steuerung.paths import Paths  # noqa: E402
from steuerung.store.db import open_db  # noqa: E402
from steuerung.store.repo import Store  # noqa: E402
from steuerung.tui.app import SteuerungApp, make_app  # noqa: E402


def clock() -> datetime:
    return datetime(2025, 9, 30, 10, 0)


async def open_screen(db: Path, key: str, screen_name: str, then: str | None = None) -> float:
    """Seconds from ``key`` (and, if given, the key ``then`` on the new screen) to its frame."""
    app = make_app(Store(open_db(db), clock), Paths(db.parent), clock)
    frame = asyncio.Event()
    original = SteuerungApp._display

    def display(self, screen, renderable):
        original(self, screen, renderable)
        if renderable is not None and type(self.screen).__name__ == screen_name:
            frame.set()

    SteuerungApp._display = display
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.3)
            if then is not None:  # open the screen first, time only the second key
                await pilot.press(key)
                await pilot.pause(0.5)
                key = then
            frame.clear()
            start = time.perf_counter()
            app._driver.send_message(events.Key(key, None if len(key) > 1 else key))
            await asyncio.wait_for(frame.wait(), 10)
            elapsed = time.perf_counter() - start
            await pilot.pause(0.3)  # let the screen finish mounting before the app exits
            return elapsed
    finally:
        SteuerungApp._display = original


def main() -> int:
    ok = True
    with tempfile.TemporaryDirectory() as home:
        db = Path(home) / "gross.db"
        build(db)
        runs = [asyncio.run(open_screen(db, "s", "SachstandScreen")) for _ in range(5)]
        screen = statistics.median(runs)
        ok &= screen < 0.3
        print(f"Sachstand öffnen (288 Jahresziele): {screen * 1000:.0f} ms (Grenze 300) "
              f"{'ok' if screen < 0.3 else 'NICHT ok'}")
        demo = Path(home) / "demo.db"
        subprocess.run([sys.executable, "-m", "steuerung", "demo", str(demo)], check=True,
                       capture_output=True)
        runs = [asyncio.run(open_screen(demo, "d", "ExportScreen", then="down"))
                for _ in range(5)]
        preview = statistics.median(runs)
        ok &= preview < 0.3
        print(f"Vorschau Workshop-Dokumentation (Beispiel): {preview * 1000:.0f} ms (Grenze 300) "
              f"{'ok' if preview < 0.3 else 'NICHT ok'}")
        cmd = [sys.executable, "-m", "steuerung", "status", str(db), "--stichtag", "30.09.2025"]
        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        status = statistics.median(times)
        ok &= status < 1.0
        print(f"steuerung status (288 Jahresziele): {status * 1000:.0f} ms (Grenze 1000) "
              f"{'ok' if status < 1.0 else 'NICHT ok'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
