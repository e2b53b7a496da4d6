"""The user's own settings (today: the colour scheme), in a small JSON file.

The file's place comes from :mod:`.paths` (``Paths.settings``); nothing is
read or written on import.  Reading never fails: a missing, unreadable or
foreign file gives the defaults, so a broken settings file can never keep the
app from starting.  Writing replaces the file atomically and creates its
directory when first needed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

DEFAULTS = {"theme": "textual-dark"}


def load(path: Path | None) -> dict:
    """The settings in ``path`` over the defaults; anything unreadable is left out."""
    settings = dict(DEFAULTS)
    if path is None:
        return settings
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return settings
    if isinstance(stored, dict):
        settings.update({k: v for k, v in stored.items()
                         if k in DEFAULTS and isinstance(v, type(DEFAULTS[k]))})
    return settings


def save(path: Path, **changes) -> None:
    """Write ``changes`` over what is stored; raises OSError when the file cannot be written."""
    settings = load(path) | changes
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temporary.write_text(json.dumps(settings, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
