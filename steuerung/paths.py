"""Where processes, exports and the user's settings live.

Order of precedence: an explicit argument, then ``STEUERUNG_HOME``, then the
current directory.  The settings (the colour scheme, issue 17) are the user's,
not the process's: ``einstellungen.json`` in ``STEUERUNG_CONFIG`` if set, else
in the user's config directory (``~/.config/steuerung`` on Linux, by
platformdirs).  Nothing is created on import; directories are made when
something is first written into them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEMO_NAME = "rhein-kreis-neuss"
#: The committed examples (``steuerung demo --beispiel NAME``) and their file names.
EXAMPLES = {"neuss": DEMO_NAME, "muenster": "muenster"}
#: The committed demo documents, found beside the package in a source checkout.
_BUNDLED = Path(__file__).resolve().parent.parent / "sessions"
_BUNDLED_DEMO = _BUNDLED / f"{DEMO_NAME}.json"


SETTINGS_NAME = "einstellungen.json"


@dataclass(frozen=True)
class Paths:
    home: Path
    #: The user's settings file; None (as tests build Paths) remembers nothing.
    settings: Path | None = None

    @property
    def sessions(self) -> Path:
        return self.home / "sessions"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def demo_db(self) -> Path:
        return self.sessions / f"{DEMO_NAME}.db"

    @property
    def demo_json(self) -> Path:
        """The demo document: the home's own copy if it has one, else the bundled one."""
        own = self.sessions / f"{DEMO_NAME}.json"
        return own if own.exists() else _BUNDLED_DEMO

    def example_db(self, example: str) -> Path:
        return self.sessions / f"{EXAMPLES[example]}.db"

    def example_json(self, example: str) -> Path:
        """An example's document: the home's own copy if it has one, else the bundled one."""
        own = self.sessions / f"{EXAMPLES[example]}.json"
        return own if own.exists() else _BUNDLED / own.name

    def processes(self) -> list[Path]:
        """The databases in ``sessions/``, by name."""
        if not self.sessions.is_dir():
            return []
        return sorted(p for p in self.sessions.glob("*.db") if p.is_file())


def resolve(home: str | os.PathLike | None = None,
            env: Mapping[str, str] = os.environ, *, with_settings: bool = False) -> Paths:
    """The paths; ``with_settings`` adds the user's settings file (only the screens need it)."""
    settings = settings_file(env) if with_settings else None
    if home is not None:
        return Paths(Path(home), settings)
    if env.get("STEUERUNG_HOME"):
        return Paths(Path(env["STEUERUNG_HOME"]), settings)
    return Paths(Path.cwd(), settings)


def settings_file(env: Mapping[str, str] = os.environ) -> Path:
    """``STEUERUNG_CONFIG``/einstellungen.json, else the user's config directory."""
    if env.get("STEUERUNG_CONFIG"):
        return Path(env["STEUERUNG_CONFIG"]) / SETTINGS_NAME
    from platformdirs import user_config_path  # Textual's own dependency: no extra import cost

    return user_config_path("steuerung", appauthor=False) / SETTINGS_NAME
