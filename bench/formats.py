"""PDF, DOCX and ODT of every document of the large process (issue 15, DESIGN §7).

Run: ``python bench/formats.py`` (or as part of ``bench/run.py``).  Each
figure is a whole ``steuerung export KIND --format F`` in a fresh process,
as a user runs it (imports included), median of three; bars: PDF 5 s,
DOCX and ODT 3 s.  The Sachstandsbericht carries its charts (the Ampel
chart and 24 of the 864 trends), the Monitoringbericht one chart per
Kennzahl (100 Kennzahlen × 3 groups × 15 years).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import build  # noqa: E402

KINDS = ("priorities", "workshop", "status", "submission", "minutes", "monitoring", "masterplan")
BARS = {"pdf": 5.0, "docx": 3.0, "odt": 3.0}


def prepare(large: Path) -> None:
    """The large process needs a Vorlage for the submission export."""
    from steuerung.store.db import open_db
    from steuerung.store.repo import Store
    from steuerung.store.submissions import save_submission

    store = Store(open_db(large), datetime.now)
    if not store.rows("SELECT id FROM submission"):
        save_submission(store, {"subject": "Sachstand 2025", "date": "30.09.2025"})
    store.close()


def measure(large: Path, out: Path, runs: int = 3) -> list[tuple[str, float, float, str]]:
    """Rows (figure, seconds, bar, unit) for every kind × format."""
    prepare(large)
    rows = []
    for fmt, bar in BARS.items():
        for kind in KINDS:
            def once(kind=kind, fmt=fmt) -> float:
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "steuerung", "export", kind, str(large),
                                "--format", fmt, "--out", str(out), "--force",
                                "--stichtag", "30.09.2025"], check=True, capture_output=True)
                return time.perf_counter() - start
            rows.append((f"Export {kind} als {fmt.upper()}, großer Prozess (s)",
                         statistics.median(once() for _ in range(runs)), bar, "s"))
    return rows


def main() -> int:
    from run import report

    with tempfile.TemporaryDirectory() as home:
        large = Path(home) / "gross.db"
        build(large)
        return report(measure(large, Path(home) / "exp"))


if __name__ == "__main__":
    sys.exit(main())
