"""All speed and memory bars of DESIGN §7 in one run: ``python bench/run.py``.

Includes the PDF/DOCX/ODT exports of every document (bench/formats.py).

Builds the large synthetic process in a temporary directory, measures every
figure in the same run (so ratios are against a floor measured alongside),
prints one table (figure, value, bar, ok) and exits 1 if a bar is missed.
Needs tmux for the start-up figures.  CI does not run it.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import formats  # noqa: E402
import keys  # noqa: E402
import live  # noqa: E402
import palette  # noqa: E402
import screens  # noqa: E402
import startup  # noqa: E402
from synthetic import build  # noqa: E402
from tmux_harness import time_until_text  # noqa: E402

MEMORY = textwrap.dedent("""
    import asyncio, resource, sys
    from datetime import datetime
    from pathlib import Path
    from steuerung.paths import Paths
    from steuerung.store.db import open_db
    from steuerung.store.repo import Store
    from steuerung.tui.app import make_app
    db = Path(sys.argv[1])
    async def main():
        app = make_app(Store(open_db(db), datetime.now), Paths(db.parent), datetime.now)
        async with app.run_test(size=(120, 40)) as pilot:
            for key in ("s", "escape", "v", "escape", "d"):
                await pilot.press(key)
                await pilot.pause(0.3)
    asyncio.run(main())
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over an exec, so a child of this
    # bench process (which by now holds matplotlib and WeasyPrint) would report the
    # parent's size.  VmHWM belongs to the new program's own memory.
    status = Path("/proc/self/status")
    if status.exists():
        print(next(int(line.split()[1]) for line in status.read_text().splitlines()
                   if line.startswith("VmHWM:")))
    else:
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
""")


def median_of(runs: int, measure) -> float:
    return statistics.median(measure() for _ in range(runs))


def main() -> int:
    startup.compile_package()
    rows: list[tuple[str, float, float, str]] = []  # (figure, value, bar, unit)
    with tempfile.TemporaryDirectory() as home:
        home = Path(home)
        large, demo = home / "gross.db", home / "demo.db"
        build(large)
        subprocess.run([sys.executable, "-m", "steuerung", "demo", str(demo)], check=True,
                       capture_output=True)
        py, app = startup.shlex.quote(sys.executable), startup.shlex.quote(startup.STEUERUNG)
        floor = median_of(7, lambda: time_until_text(
            f"{py} -c 'import textual.app; print(\"BEREIT\"); import time; time.sleep(5)'",
            "BEREIT"))
        first = median_of(7, lambda: time_until_text(f"{app} open {demo}",
                                                     "Handlungsempfehlungen"))
        big = median_of(5, lambda: time_until_text(f"{app} open {large}", "s Sachstand", timeout=60))
        rows += [("Boden: import textual.app (ms)", floor * 1000, 0, ""),
                 ("Start Beispiel bis erste Seite (× Boden)", first / floor, startup.BAR, "×"),
                 ("Start großer Prozess bis erste Seite (× Boden, ohne Grenze)", big / floor, 0, "×")]
        timings = sorted(asyncio.run(keys.measure(large, 400)))
        rows += [("Punkt-Taste → Bild, Median (ms)", statistics.median(timings) * 1000, 16, "ms"),
                 ("Punkt-Taste → Bild, p99 (ms)", timings[int(len(timings) * .99) - 1] * 1000,
                  50, "ms")]
        _opened, typed, _ = asyncio.run(palette.measure(large))
        rows += [("Befehlspalette, Taste → Treffer, Median (ms)",
                  statistics.median(typed) * 1000, 0, "ms"),
                 ("Befehlspalette, Taste → Treffer, höchstens (ms)", max(typed) * 1000,
                  palette.BAR * 1000, "ms")]
        rows.append(("Sachstand öffnen (ms)", 1000 * median_of(
            5, lambda: asyncio.run(screens.open_screen(large, "s", "SachstandScreen"))), 300, "ms"))
        rows.append(("Monitoring öffnen, 100 Kennzahlen (ms)", 1000 * median_of(
            5, lambda: asyncio.run(screens.open_screen(large, "m", "MonitoringScreen"))), 300, "ms"))
        rows.append(("Vorschau Workshop-Dokumentation (ms)", 1000 * median_of(
            5, lambda: asyncio.run(screens.open_screen(demo, "d", "ExportScreen", "down"))),
            300, "ms"))
        from steuerung.export.commands import Request, export_document
        formats.prepare(large)
        for kind in ("priorities", "workshop", "status", "submission"):
            def export(kind=kind):
                start = time.perf_counter()
                export_document(kind, large, Request(home / "exp", datetime(2025, 9, 30),
                                                     force=True, html=True,
                                                     stichtag="30.09.2025"))
                return time.perf_counter() - start
            rows.append((f"Export {kind} + HTML, großer Prozess (ms)",
                         1000 * median_of(3, export), 300, "ms"))

        def monitoring():
            start = time.perf_counter()
            export_document("monitoring", large, Request(home / "exp", datetime(2025, 9, 30),
                                                         force=True, html=True))
            return time.perf_counter() - start
        rows.append(("Monitoringbericht md + HTML, 100 × 3 × 15 (ms)",
                     1000 * median_of(3, monitoring), 1000, "ms"))

        def status():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "steuerung", "status", str(large),
                            "--stichtag", "30.09.2025"], check=True, capture_output=True)
            return time.perf_counter() - start
        rows.append(("steuerung status, großer Prozess (ms)", 1000 * median_of(5, status),
                     1000, "ms"))
        rows += formats.measure(large, home / "formate")
        rows += live.measure(large)  # check with the chain, another process's change, idle CPU
        rss = int(subprocess.run([sys.executable, "-c", MEMORY, str(large)], check=True,
                                 capture_output=True, text=True).stdout.split()[-1])
        rows.append(("Speicher, großer Prozess offen (MB)", rss / 1024, 120, "MB"))
    return report(rows)


def report(rows) -> int:
    missed = 0
    print(f"{'Messgröße':<52} {'Wert':>8} {'Grenze':>7}  Balken{'':<14} Ergebnis")
    for name, value, bar, _unit in rows:
        if not bar:  # information only: measured in the same run, no bar in DESIGN §7
            print(f"{name:<52} {value:8.2f}")
            continue
        ok = value <= bar
        missed += not ok
        filled = min(20, round(20 * value / bar))
        print(f"{name:<52} {value:8.2f} {bar:7.1f}  {'█' * filled:<20} "
              f"{'ok' if ok else 'NICHT ok'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
