"""DESIGN §6: nothing outside steuerung/tui imports textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import steuerung


def _modules_outside_tui() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(steuerung.__path__, "steuerung."):
        if info.name.startswith("steuerung.tui") or info.name == "steuerung.__main__":
            continue
        names.append(info.name)
    return names


def test_there_are_modules_to_check():
    names = _modules_outside_tui()
    assert "steuerung.cli" in names
    assert "steuerung.store.interchange" in names
    assert "steuerung.domain.voting" in names


def test_no_textual_outside_tui():
    names = _modules_outside_tui()
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_start_path_does_not_import_sqlite_utils():
    """Opening a current file needs only sqlite3; sqlite-utils costs start-up time."""
    code = (
        "import sys\n"
        "import steuerung.cli, steuerung.store.db, steuerung.store.repo, steuerung.store.queries\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_label_is_defined_once():
    """Appended blocks must not silently redefine another area's label."""
    import re
    from collections import Counter
    from pathlib import Path

    source = (Path(steuerung.__file__).parent / "labels.py").read_text(encoding="utf-8")
    names = Counter(re.findall(r"^([A-Z_]+) =", source, re.M))
    assert [name for name, count in names.items() if count > 1] == []


HEAVY = ("weasyprint", "pypandoc", "matplotlib", "numpy", "PIL", "plotext", "textual_plotext")


def test_start_path_imports_no_format_or_chart_library(tmp_path):
    """PDF, DOCX/ODT and charts load their libraries only when asked for (issue 15)."""
    code = (
        "import asyncio, sys\n"
        "from datetime import datetime\n"
        "from pathlib import Path\n"
        "import steuerung.cli\n"
        "cli = sorted(m.split('.')[0] for m in sys.modules if m.split('.')[0] in HEAVY)\n"
        "from steuerung.paths import Paths\n"
        "from steuerung.store.db import open_db\n"
        "from steuerung.store.repo import Store\n"
        "from steuerung.tui.app import make_app\n"
        "db = Path(sys.argv[1])\n"
        "async def main():\n"
        "    app = make_app(Store(open_db(db), datetime.now), Paths(db.parent), datetime.now)\n"
        "    async with app.run_test(size=(120, 40)) as pilot:\n"
        "        for key in ('d', 'down', 'escape', 's'):\n"
        "            await pilot.press(key)\n"
        "            await pilot.pause()\n"
        "asyncio.run(main())\n"
        "app = sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in HEAVY})\n"
        "print(cli, app)\n"
    )
    from steuerung.store.interchange import load
    from tests.conftest import DEMO_JSON

    # Loaded here: sqlite-utils (used by load, not by opening a file) imports numpy.
    load(DEMO_JSON.read_text(encoding="utf-8"), tmp_path / "demo.db")
    out = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n" + code,
                          str(tmp_path / "demo.db")],
                         capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[] []"
