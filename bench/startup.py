"""Start-up benchmark: ``steuerung open`` on the demo against ``import textual.app``.

Run: ``python bench/startup.py [--runs 7] [--vorher QUELLBAUM]``.  Prints both
medians and the ratio; exits 1 if the ratio misses the 1.7× bar of DESIGN §7
(turn 2; it was 2.0×).  ``--vorher`` names another source tree of steuerung
(e.g. ``git archive main | tar -x -C /tmp/vorher``): it is timed in the same
run, interleaved, with its own demo file — a before/after on a shared machine.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tmux_harness import time_until_text  # noqa: E402

BAR = 1.7
#: The console script a user types, beside this interpreter (the venv's bin/).
_BESIDE = Path(sys.executable).parent / "steuerung"
STEUERUNG = str(_BESIDE) if _BESIDE.exists() else (shutil.which("steuerung") or "steuerung")


def compile_package() -> None:
    """Write steuerung's bytecode, as any normal first start does.

    Textual's bytecode was written when pip installed it; this machine sets
    PYTHONDONTWRITEBYTECODE=1, so without this step every start would compile
    the editable package from source and the ratio would compare unlike things.
    """
    import compileall

    import steuerung

    compileall.compile_dir(Path(steuerung.__file__).parent, quiet=1)


def main() -> int:
    compile_package()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--vorher", type=Path, help="ein anderer Quellbaum, im selben Lauf gemessen")
    args = parser.parse_args()
    py = shlex.quote(sys.executable)
    with tempfile.TemporaryDirectory() as home:
        db = Path(home) / "demo.db"
        subprocess.run([sys.executable, "-m", "steuerung", "demo", str(db)], check=True,
                       capture_output=True)
        floor_cmd = f"{py} -c 'import textual.app; print(\"BEREIT\"); import time; time.sleep(5)'"
        commands = {"app": f"{shlex.quote(STEUERUNG)} open {shlex.quote(str(db))}"}
        if args.vorher:
            before = Path(home) / "vorher.db"  # its own schema version
            tree = args.vorher.resolve()
            env = {**os.environ, "PYTHONPATH": str(tree)}
            compileall.compile_dir(tree / "steuerung", quiet=1)
            subprocess.run([sys.executable, "-m", "steuerung", "demo", str(before)], check=True,
                           capture_output=True, env=env, cwd=home)
            commands["vorher"] = (f"env PYTHONPATH={shlex.quote(str(tree))} "
                                  f"{shlex.quote(STEUERUNG)} open {shlex.quote(str(before))}")
        # one warm-up each: the first run pays for cold disk caches
        time_until_text(floor_cmd, "BEREIT")
        for command in commands.values():
            time_until_text(command, "Handlungsempfehlungen")
        floor, times = [], {name: [] for name in commands}
        for _ in range(args.runs):  # interleaved, so machine noise hits all alike
            floor.append(time_until_text(floor_cmd, "BEREIT"))
            for name, command in commands.items():
                times[name].append(time_until_text(command, "Handlungsempfehlungen"))
    f, a = statistics.median(floor), statistics.median(times["app"])
    ratio = a / f
    print(f"import textual.app (Boden): {f * 1000:6.0f} ms  (Median aus {args.runs})")
    if args.vorher:
        b = statistics.median(times["vorher"])
        print(f"vorher ({args.vorher}): {b * 1000:6.0f} ms  {b / f:5.2f}×")
    print(f"steuerung open Beispiel:    {a * 1000:6.0f} ms  (Median aus {args.runs})")
    print(f"Verhältnis:                 {ratio:6.2f}×  (Grenze {BAR:.1f}×) "
          f"{'ok' if ratio <= BAR else 'NICHT ok'}")
    return 0 if ratio <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
