"""Ziele screen on the large synthetic process (DESIGN §7): opening it and the text filter.

Run: ``python bench/goals.py [--opens 10]``.  The app runs in-process on
12 fields × 6 Leitziele × 4 Jahresziele × 3 indicators × 40 readings.  The
clock starts when a key event is handed to the driver and stops when the app
hands the next frame to the display (``App._display``), as in bench/keys.py:

- **Öffnen**: ``z`` on the Übersicht → first frame of the Ziele screen
  (bar 300 ms; the first, cold opening includes importing the screen).
- **Filter**: each character typed into the filter → the first frame drawn
  after the filter ran for it (bar 50 ms), for narrow and broad texts alike.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import build  # noqa: E402
from textual import events  # noqa: E402
from textual.keys import _character_to_key  # noqa: E402

from steuerung.paths import Paths  # noqa: E402
from steuerung.store.db import open_db  # noqa: E402
from steuerung.store.repo import Store  # noqa: E402
from steuerung.tui.app import SteuerungApp, make_app  # noqa: E402

OPEN_BAR, FILTER_BAR = 0.300, 0.050
#: Typed one character at a time; "e" alone matches nearly every line of the outline.
QUERIES = ("Jahresziel 7.3.2", "Indikator 421", "Amt 3", "e", "Leitziel 11", "xyz")


def _on_goals(app) -> bool:
    return type(app.screen).__name__ == "GoalsScreen"


def _filtered(app, typed: str) -> bool:
    return getattr(app.screen, "filter_text", None) == typed


class Frames:
    """Waits for the next frame drawn while ``ready()`` holds."""

    def __init__(self, app):
        self.app = app
        self.event = asyncio.Event()
        self.ready = lambda: True

    def install(self):
        original = SteuerungApp._display
        frames = self

        def display(app, screen, renderable):
            original(app, screen, renderable)
            if renderable is not None and frames.ready():
                frames.event.set()

        SteuerungApp._display = display
        return original

    async def time_key(self, key: str, char: str | None, ready=lambda: True) -> float:
        self.ready = ready
        self.event.clear()
        start = time.perf_counter()
        self.app._driver.send_message(events.Key(key, char))
        await asyncio.wait_for(self.event.wait(), 5)
        return time.perf_counter() - start


async def measure(db: Path, opens: int) -> tuple[list[float], list[float], dict]:
    app = make_app(Store(open_db(db), datetime.now), Paths(db.parent), datetime.now)
    frames = Frames(app)
    original = frames.install()
    open_times, filter_times, details = [], [], {}
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.5)
            gc.collect()
            for _ in range(opens):
                open_times.append(await frames.time_key("z", "z", lambda: _on_goals(app)))
                await pilot.pause(0.3)
                lines = app.screen.outline.last_line + 1
                await pilot.press("escape")
                await pilot.pause(0.3)
            await pilot.press("z")
            await pilot.pause(0.5)
            for query in QUERIES:
                await pilot.press("slash")
                await pilot.pause(0.2)
                times = []
                for i, char in enumerate(query):
                    key = char if char.isalnum() else _character_to_key(char)
                    typed = query[: i + 1].strip()
                    # The frame that shows the filtered tree, not the echo of the key in
                    # the input (Textual may draw that one before the filter has run).
                    times.append(await frames.time_key(
                        key, char, lambda typed=typed: _filtered(app, typed)))
                    await asyncio.sleep(0.02)  # a fast typist, not a paste
                await pilot.pause(0.2)
                details[query] = (times, len(app.screen.matches), app.screen.outline.last_line + 1)
                filter_times.extend(times)
                await pilot.press("escape")
                await pilot.pause(0.2)
            details["_lines"] = lines
    finally:
        SteuerungApp._display = original
    return open_times, filter_times, details


async def cold_open(db: Path) -> float:
    """The very first opening in a fresh process: the screen's modules are imported on the way."""
    app = make_app(Store(open_db(db), datetime.now), Paths(db.parent), datetime.now)
    frames = Frames(app)
    original = frames.install()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.5)
            took = await frames.time_key("z", "z", lambda: _on_goals(app))
            await pilot.pause(0.5)
    finally:
        SteuerungApp._display = original
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--opens", type=int, default=10)
    parser.add_argument("--verbose", action="store_true", help="jede Filter-Taste einzeln zeigen")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        db = Path(home) / "gross.db"
        build(db)
        cold = asyncio.run(cold_open(db)) if "steuerung.tui.screens.goals" not in sys.modules else None
        opens, filters, details = asyncio.run(measure(db, args.opens))
    warm = statistics.median(opens)
    worst_open = max([*opens, cold or 0])
    worst_filter = max(filters)
    ok = worst_open < OPEN_BAR and worst_filter < FILTER_BAR
    print(f"Ziele öffnen (12 Felder, 72 Leitziele, 288 Jahresziele, 864 Indikatoren; "
          f"{details['_lines']} Zeilen sichtbar):")
    if cold is not None:
        print(f"  erstes Öffnen (mit Import)  {cold * 1000:6.1f} ms")
    print(f"  Median aus {len(opens):2d}              {warm * 1000:6.1f} ms, "
          f"höchstens {max(opens) * 1000:.1f} ms (Grenze 300)")
    print("Filter, je Taste bis zum Bild:")
    for query, value in details.items():
        if query.startswith("_"):
            continue
        times, matches, lines = value
        if "--verbose" in sys.argv:
            print("   ", " ".join(f"{t * 1000:.0f}" for t in times))
        print(f"  „{query}“: Median {statistics.median(times) * 1000:5.1f} ms, höchstens "
              f"{max(times) * 1000:5.1f} ms · {matches} Treffer, {lines} Zeilen")
    print(f"  alle {len(filters)} Tasten: Median {statistics.median(filters) * 1000:.1f} ms, "
          f"höchstens {worst_filter * 1000:.1f} ms (Grenze 50)")
    print("ok" if ok else "NICHT ok")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
