"""Opening steuerung databases safely.

A file is only written to after it has been recognised as ours: a text file,
another program's SQLite file or a file from a newer steuerung is refused with
a German message and left byte-for-byte unchanged.  Only then are the pragmas
set that make every committed action durable (WAL, ``synchronous=FULL``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.errors import UserError
from .files import remove_stale
from .version import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True,
                           isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    # Another process (the Beamer view, the moderator) may hold the write lock
    # for a moment; wait for it instead of showing "database is locked".
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _identify(path: Path, conn: sqlite3.Connection) -> int:
    """Return the file's schema version, or raise if the file is not ours."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise UserError(damaged(path, exc)) from None
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


def open_db(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open an existing steuerung database, migrating it if it is older."""
    path = Path(path)
    check_file(path)
    try:
        conn = _connect(path, readonly=readonly)
    except sqlite3.Error as exc:
        raise UserError(f"„{path}“ lässt sich nicht öffnen ({exc}).") from None
    try:
        version = _identify(path, conn)
        if readonly:
            return conn
        _set_pragmas(path, conn)
        remove_stale(path)  # what a killed "steuerung load" of this file left beside it
        if version < SCHEMA_VERSION:
            migrate(conn)
        # A first read in WAL mode: from now on this connection holds the shared lock that
        # tells "load --force" the file is open (a file just switched to WAL holds none yet).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def create_db(path: Path) -> sqlite3.Connection:
    """Create a new, empty steuerung database at ``path`` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise UserError(f"„{path}“ gibt es schon; zum Ersetzen bitte --force angeben.")
    if not path.parent.exists():
        path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    _set_pragmas(path, conn)
    migrate(conn)
    return conn


def _set_pragmas(path: Path, conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.OperationalError as exc:
        raise UserError(
            f"„{path}“ kann nicht beschrieben werden ({exc}). "
            "Ist die Datei oder ihr Verzeichnis schreibgeschützt?") from None
    except sqlite3.DatabaseError as exc:
        raise UserError(damaged(path, exc)) from None


def damaged(path: Path, exc: Exception) -> str:
    return (f"„{path}“ ist beschädigt ({exc}). Bitte „steuerung check {path}“ ausführen und "
            "eine Sicherung oder den letzten JSON-Export („steuerung load“) einspielen.")


def migrate(conn: sqlite3.Connection) -> None:
    """Apply pending migrations (imports sqlite-utils only now, off the start path)."""
    from sqlite_utils import Database

    from .migrations import migrations

    migrations.apply(Database(conn))


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]
