"""One dot keypress → ranking drawn, on the large synthetic process (DESIGN §7).

Run: ``python bench/keys.py [--keys 400]``.  The app runs in-process; each key
event is sent straight to the driver and the clock stops when the app hands
the next frame to the display (``App._display``), so Pilot's pauses are not
in the figure.  Prints median and p99 against the bars (16 ms, 50 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
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

MEDIAN_BAR, P99_BAR = 0.016, 0.050


async def measure(db: Path, keys: int) -> list[float]:
    app = make_app(Store(open_db(db), datetime.now), Paths(db.parent), datetime.now)
    frame = asyncio.Event()
    original = SteuerungApp._display

    def display(self, screen, renderable):
        original(self, screen, renderable)
        if renderable is not None:
            frame.set()

    SteuerungApp._display = display
    timings = []
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("v")
            await pilot.pause(0.5)
            for i in range(keys):
                key = str(1 + i % 9)
                frame.clear()
                start = time.perf_counter()
                app._driver.send_message(events.Key(key, key))
                await asyncio.wait_for(frame.wait(), 2)
                timings.append(time.perf_counter() - start)
                await asyncio.sleep(0.01)  # a person does not type faster than this
            total = app.screen.session.total
    finally:
        SteuerungApp._display = original
    assert total == 5000 + keys, total  # every key landed as one dot
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        db = Path(home) / "gross.db"
        build(db)
        timings = sorted(asyncio.run(measure(db, args.keys)))
    median = statistics.median(timings)
    p99 = timings[int(len(timings) * 0.99) - 1]
    ok = median < MEDIAN_BAR and p99 < P99_BAR
    print(f"Punkt-Taste → Bild ({args.keys} Tasten, 40 Themen, 5000 Punkte): "
          f"Median {median * 1000:.1f} ms (Grenze 16), p99 {p99 * 1000:.1f} ms (Grenze 50) "
          f"{'ok' if ok else 'NICHT ok'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
