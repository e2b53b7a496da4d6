"""Where processes and exports live.

Order of precedence: an explicit argument, then ``STEUERUNG_HOME``, then the
current directory.  Nothing is created on import; directories are made when
something is first written into them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEMO_NAME = "rhein-kreis-neuss"
#: The committed examples (``steuerung demo --beispiel NAME``): name → file stem in sessions/.
EXAMPLES = {"neuss": DEMO_NAME, "muenster": "muenster"}
#: The committed demo documents lie beside the package in a source checkout.
_BUNDLED = Path(__file__).resolve().parent.parent / "sessions"


@dataclass(frozen=True)
class Paths:
    home: Path

    @property
    def sessions(self) -> Path:
        return self.home / "sessions"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def demo_db(self) -> Path:
        return self.example_db("neuss")

    @property
    def demo_json(self) -> Path:
        return self.example_json("neuss")

    def example_db(self, name: str) -> Path:
        """Where ``steuerung demo --beispiel NAME`` puts its database by default."""
        return self.sessions / f"{EXAMPLES[name]}.db"

    def example_json(self, name: str) -> Path:
        """The example's document: the home's own copy if it has one, else the bundled one."""
        own = self.sessions / f"{EXAMPLES[name]}.json"
        return own if own.exists() else _BUNDLED / f"{EXAMPLES[name]}.json"

    def processes(self) -> list[Path]:
        """The databases in ``sessions/``, by name."""
        if not self.sessions.is_dir():
            return []
        return sorted(p for p in self.sessions.glob("*.db") if p.is_file())


def resolve(home: str | os.PathLike | None = None,
            env: Mapping[str, str] = os.environ) -> Paths:
    if home is not None:
        return Paths(Path(home))
    if env.get("STEUERUNG_HOME"):
        return Paths(Path(env["STEUERUNG_HOME"]))
    return Paths(Path.cwd())
