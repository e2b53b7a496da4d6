"""Who is at the keyboard: the author written into every change-log row.

Order of precedence, like :mod:`.paths`: ``--benutzer NAME``, then the
environment variable ``STEUERUNG_USER``, then the login name.  Resolved once
by the CLI and injected into the store (DESIGN §8, "Accountability").
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping

from . import labels as L
from .domain.errors import UserError

#: A name is a name, not a document: one line, at most this long.
MAX_LENGTH = 80


def clean(name: str) -> str:
    """One line, control characters dropped, inner whitespace collapsed."""
    printable = "".join(ch if ch.isprintable() else " " for ch in name)
    return " ".join(printable.split())[:MAX_LENGTH]


def resolve_author(given: str | None = None, env: Mapping[str, str] = os.environ) -> str:
    """The author's name; an explicitly given empty name is refused in German."""
    if given is not None:
        name = clean(given)
        if not name:
            raise UserError(L.AUTHOR_EMPTY)
        return name
    name = clean(env.get("STEUERUNG_USER", ""))
    if name:
        return name
    try:
        name = clean(getpass.getuser())
    except Exception:  # no login name (a container without passwd entry, Windows service)
        name = ""
    return name or L.AUTHOR_UNKNOWN
