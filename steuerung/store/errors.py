"""Storage errors said in German: what SQLite reports, as what the user can do about it.

Every ``sqlite3`` error that reaches a user becomes one of these (DESIGN §8):
a busy file, a write-protected file, a damaged file, a number too large.
Like a refusal they carry a German ``message`` and mean that nothing was
written (the store rolls the transaction back before raising) — but they
are not :class:`UserError`: nothing typed was wrong, so a form does not
treat them as a refusal; the TUI's error boundary waits for a busy file
and says the rest, the CLI prints the message.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .. import labels as L
from ..domain.errors import UserError


class StorageError(Exception):
    """A problem of the file, not of what was typed; nothing was written."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class FileBusy(StorageError):
    """Another program holds the write lock (an import, a second moderator)."""


class FileReadOnly(StorageError):
    """The file, its folder or its medium cannot be written."""


class FileDamaged(StorageError, UserError):
    """SQLite found damage: ``steuerung check`` says more.

    Also a :class:`UserError`: a damaged file handed to a command is refused
    like any file that is not a usable steuerung database.
    """


class ValueTooLarge(StorageError):
    """A number beyond SQLite's 64-bit integers (a tally, a value typed or imported)."""


#: What a storage failure can look like before and after translation (for ``except``).
STORAGE_FAILURES = (StorageError, sqlite3.Error, OverflowError)


def storage_error(exc: BaseException, path: Path | str | None = None) -> StorageError:
    """The German error for ``exc`` (a ``sqlite3`` error or an ``OverflowError``)."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OverflowError):
        return ValueTooLarge(L.STORE_TOO_LARGE)
    code = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    text = str(exc).lower()
    file = L.STORE_FILE.format(path=path) if path else L.STORE_FILE_UNKNOWN
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return FileBusy(L.STORE_BUSY.format(file=file))
    if code.startswith("SQLITE_READONLY") or "readonly database" in text:
        return FileReadOnly(L.STORE_READ_ONLY.format(file=file))
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text \
            or "not a database" in text:
        return FileDamaged(L.STORE_DAMAGED.format(file=file, code=code, path=path or "DATEI.db"))
    if "integer overflow" in text or code == "SQLITE_TOOBIG":
        return ValueTooLarge(L.STORE_TOO_LARGE)
    if code.startswith("SQLITE_FULL"):
        return StorageError(L.STORE_FULL.format(file=file))
    if code.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return StorageError(L.STORE_IO.format(file=file, code=code))
    if code.startswith("SQLITE_CONSTRAINT") or isinstance(exc, sqlite3.IntegrityError):
        return StorageError(L.STORE_CONFLICT.format(code=code))
    return StorageError(L.STORE_OTHER.format(file=file, code=code))
