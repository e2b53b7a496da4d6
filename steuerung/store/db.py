"""Opening steuerung databases safely.

A file is only written to after it has been recognised as ours: a text file,
another program's SQLite file or a file from a newer steuerung is refused with
a German message and left byte-for-byte unchanged.  Only then are the pragmas
set that make every committed action durable (WAL, ``synchronous=FULL``).

A file that cannot be written (no permission, a read-only folder or medium)
opens **read-only** (DESIGN §8): reading works, every write is refused with a
German message.  Reading never writes and leaves no ``-wal``/``-shm`` files
behind (SQLite, https://sqlite.org/wal.html#readonly): a file without a
``-wal`` is complete and is read as *immutable* (no locks, no side files); a
file with one (a writer is running, or one was killed) is read through it,
with SQLite's read-only mode; if its ``-shm`` cannot be made on a read-only
medium, the file is refused rather than read at an old state.  A read-only
open of an older schema migrates a copy in memory, never the file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .. import labels as L
from ..domain.errors import UserError
from .errors import FileDamaged, FileReadOnly, storage_error
from .files import remove_stale
from .version import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long a write waits for another program's lock (the TUI waits shorter, with a notice).
BUSY_MS = 5000


class Connection(sqlite3.Connection):
    """A connection that knows its file and whether it may write."""

    path: Path | None = None
    readonly: bool = False
    #: Read as immutable (a complete file without -wal): it does not see later changes;
    #: a follower compares ``state`` with :func:`file_state` and opens anew when it differs.
    immutable: bool = False
    state: tuple[int, int, int] | None = None


def file_state(path: Path) -> tuple[int, int, int]:
    """(modification time, size) of the file and the size of its -wal (-1: none)."""
    stat = Path(path).stat()
    wal = Path(f"{path}-wal")
    return stat.st_mtime_ns, stat.st_size, wal.stat().st_size if wal.exists() else -1


def _connect(path: Path, *, mode: str) -> Connection:
    """``mode``: "rw", "ro" (through an existing -wal) or "immutable" (a complete file)."""
    query = "mode=ro&immutable=1" if mode == "immutable" else f"mode={mode}"
    state = file_state(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, isolation_level=None,
                           check_same_thread=False, factory=Connection)
    conn.row_factory = sqlite3.Row
    conn.path, conn.readonly, conn.immutable = path, mode != "rw", mode == "immutable"
    conn.state = state
    # Another process (the Beamer view, the moderator) may hold the write lock
    # for a moment; wait for it instead of showing "database is locked".
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    return conn


def side_files(path: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps beside ``path`` while it is in use."""
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def writable(path: Path) -> bool:
    """Can steuerung write ``path``: the file, its folder (for -wal/-shm) and its side files."""
    path = Path(path)
    return all(os.access(p, os.W_OK) for p in (path, path.parent, *side_files(path)))


def _identify(path: Path, conn: sqlite3.Connection) -> int:
    """Return the file's schema version, or raise if the file is not ours."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from None
    if app_id != APPLICATION_ID:
        raise UserError(
            f"„{path}“ ist eine SQLite-Datei eines anderen Programms, keine steuerung-Datenbank. "
            "Die Datei bleibt unverändert; bitte eine Datei aus sessions/ wählen "
            "oder mit „steuerung load“ bzw. „steuerung demo“ eine neue anlegen.")
    if version > SCHEMA_VERSION:
        raise UserError(
            f"„{path}“ wurde mit einer neueren steuerung-Version angelegt "
            f"(Schema {version}, dieses Programm kennt bis {SCHEMA_VERSION}). "
            "Bitte steuerung aktualisieren; die Datei bleibt unverändert.")
    return version


def check_file(path: Path) -> None:
    """Refuse what cannot be a steuerung database, reading only the header."""
    if not path.exists():
        raise UserError(f"Die Datei „{path}“ gibt es nicht. Vorhandene Prozesse liegen in sessions/.")
    if path.is_dir():
        raise UserError(f"„{path}“ ist ein Verzeichnis, keine Datenbankdatei.")
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise UserError(
            f"„{path}“ ist keine steuerung-Datenbank (keine SQLite-Datei). "
            "Eine JSON-Datei bitte mit „steuerung load DATEI.json DATEI.db“ einlesen.")


def open_db(path: Path, *, readonly: bool = False, follow: bool = False) -> sqlite3.Connection:
    """Open an existing steuerung database to work on, migrating it if it is older.

    ``readonly`` (the read commands, the Beamer) never writes; a file that
    cannot be written opens read-only too (``conn.readonly``).  ``follow``
    (the Beamer) reads through a writer's -wal even while it is still empty;
    without a writer the connection is immutable, and the follower opens the
    file anew once :func:`file_state` differs from ``conn.state``.
    """
    path = Path(path)
    check_file(path)
    if readonly or not writable(path):
        return open_read_only(path, follow=follow, current=True)
    try:
        conn = _connect(path, mode="rw")
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from None
    try:
        version = _identify(path, conn)
        _set_pragmas(path, conn)
        remove_stale(path)  # what a killed "steuerung load" of this file left beside it
        if version < SCHEMA_VERSION:
            migrate(conn)
        # A first read in WAL mode: from now on this connection holds the shared lock that
        # tells "load --force" the file is open (a file just switched to WAL holds none yet).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except FileReadOnly:
        conn.close()  # e.g. a medium that refuses writes although the file looks writable
        return open_read_only(path, follow=follow, current=True)
    except BaseException:
        conn.close()
        raise
    return conn


def open_read_only(path: Path, *, follow: bool = False, current: bool = False) -> Connection:
    """A connection that cannot write and creates no side files (see the module's docstring).

    ``follow``: a -wal (even an empty one: a writer is running) is read through,
    so that later commits are seen.  With ``current`` a file of an older schema
    is migrated in a copy in memory, so that readers see the columns they
    expect; otherwise it is read as it is (``steuerung check``).
    """
    path = Path(path)
    check_file(path)
    wal = Path(f"{path}-wal")
    pending = wal.exists() and wal.stat().st_size > 0  # commits not yet in the file itself
    through_wal = pending or (follow and wal.exists())
    conn = None
    try:
        conn = _connect(path, mode="ro" if through_wal else "immutable")
        version = _identify(path, conn)
    except (sqlite3.Error, UserError, FileDamaged) as exc:
        if conn is not None:
            conn.close()
        if pending and not writable(path):
            raise UserError(L.STORE_WAL_READ_ONLY.format(path=path)) from None
        if through_wal and not pending:  # an empty -wal whose -shm cannot be read here
            return open_read_only(path, current=current)
        raise exc if not isinstance(exc, sqlite3.Error) else _unreadable(path, exc) from None
    if current and version < SCHEMA_VERSION:
        if follow:
            conn.close()
            raise UserError(L.STORE_OLD_SCHEMA_FOLLOW.format(path=path, version=version))
        conn = _migrated_copy(conn)
    return conn


def _migrated_copy(conn: Connection) -> Connection:
    """The file's content in memory, migrated to the current schema; the file stays as it is."""
    copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False,
                           factory=Connection)
    try:
        conn.backup(copy)
    finally:
        conn.close()
    copy.row_factory = sqlite3.Row
    copy.path, copy.readonly, copy.immutable = conn.path, True, True
    migrate(copy)
    return copy


def create_db(path: Path) -> sqlite3.Connection:
    """Create a new, empty steuerung database at ``path`` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise UserError(f"„{path}“ gibt es schon; zum Ersetzen bitte --force angeben.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        # A folder without write permission, a read-only medium: said, not a traceback.
        raise UserError(L.STORE_CANNOT_CREATE.format(path=path, folder=path.parent)) from exc
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    try:
        _set_pragmas(path, conn)
        migrate(conn)
    except BaseException:
        conn.close()
        path.unlink(missing_ok=True)  # half a new file is no file
        raise
    return conn


def _set_pragmas(path: Path, conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from None


def _unreadable(path: Path, exc: sqlite3.Error) -> UserError | FileDamaged:
    """Why ``path`` cannot be read, in German: damaged only when SQLite says so."""
    error = storage_error(exc, path)
    return error if isinstance(error, FileDamaged) else UserError(error.message)



def migrate(conn: sqlite3.Connection) -> None:
    """Apply pending migrations (imports sqlite-utils only now, off the start path)."""
    from sqlite_utils import Database

    from .migrations import migrations

    migrations.apply(Database(conn))


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]
