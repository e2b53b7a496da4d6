"""Writing a whole database file atomically, and never leaving a temporary one behind.

``load`` (and with it ``demo``) builds and checks the database in memory and
hands its bytes to :func:`publish`: they are written to ``.NAME.tmp-PID``
beside the target, synced, and renamed over it — afterwards there is the old
file or the complete new one.  Every error path removes the temporary file.
Only ``kill -9`` during those few milliseconds can leave it; it then belongs
to a process that no longer runs, and the next ``load`` of that target or the
next opening of it for writing removes it (:func:`remove_stale`), while
``steuerung check`` (which never writes) mentions it.  (An unnamed
``O_TMPFILE`` linked in at the end would close even that gap, but linking
from ``/proc`` is refused on some systems, this one included.)
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

from .. import labels as L
from ..domain.errors import UserError


def temp_name(target: Path, pid: int | None = None) -> Path:
    return target.with_name(f".{target.name}.tmp-{os.getpid() if pid is None else pid}")


def stale_temps(target: Path) -> list[Path]:
    """Temporary files of ``target`` left by a load that was killed (its process is gone)."""
    found = []
    try:
        candidates = list(target.parent.glob(f".{target.name}.tmp-*"))
    except OSError:
        return []
    for path in candidates:
        pid_text = path.name.rsplit("-", 1)[-1]
        if pid_text.isascii() and pid_text.isdigit() and not _alive(int(pid_text)):
            found.append(path)
    return found


def remove_stale(target: Path) -> None:
    """Remove what a killed load left next to ``target`` (quietly: it is ours and useless)."""
    for path in stale_temps(Path(target)):
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def check_target(target: Path, *, force: bool, parents: bool) -> None:
    """Refuse a target that cannot take the new file — before any work is done."""
    if target.is_dir():
        raise UserError(L.E_TARGET_DIR.format(path=target))
    if target.exists() and not force:
        raise UserError(f"„{target}“ gibt es schon. Zum Überschreiben bitte --force angeben.")
    parent = target.parent
    if not parents and not parent.is_dir():
        raise UserError(L.E_TARGET_NO_DIR.format(path=target, parent=parent))
    existing = next((p for p in (parent, *parent.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise UserError(L.E_TARGET_NO_DIR.format(path=target, parent=existing))
    if existing is not None and not os.access(existing, os.W_OK | os.X_OK):
        raise UserError(L.E_TARGET_READONLY.format(path=target, parent=existing))


def publish(data: bytes, target: Path, *, parents: bool = True) -> None:
    """Put ``data`` at ``target`` atomically: afterwards the old file or the whole new one."""
    created = _make_parents(target) if parents else []
    try:
        remove_stale(target)
        _checkpoint(target)
        _publish_named(data, target)
        _sync_dir(target.parent)
    except OSError as exc:
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise UserError(_os_message(exc, target)) from None
    except BaseException:
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _make_parents(target: Path) -> list[Path]:
    missing = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(_os_message(exc, target)) from None
    return list(reversed(missing))


def _checkpoint(target: Path) -> None:
    """Fold a replaced database's WAL into it, so its stale ``-wal`` can go safely.

    SQLite would replay an old ``-wal`` into the new file; removing it
    unchecked could lose the old file's last commits if we are killed before
    the rename.  A target that is no database is simply replaced.
    """
    wal = Path(f"{target}-wal")
    if not wal.exists():
        Path(f"{target}-shm").unlink(missing_ok=True)
        return
    try:
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=rw", uri=True, timeout=2)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _publish_named(data: bytes, target: Path) -> None:
    temp = temp_name(target)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _sync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _os_message(exc: OSError, target: Path) -> str:
    if isinstance(exc, IsADirectoryError):
        return L.E_TARGET_DIR.format(path=target)
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return L.E_TARGET_READONLY.format(path=target, parent=target.parent)
    if exc.errno == errno.ENOSPC:
        return L.E_TARGET_FULL.format(path=target)
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return L.E_TARGET_NO_DIR.format(path=target, parent=target.parent)
    return L.E_TARGET_OTHER.format(path=target, reason=errno.errorcode.get(exc.errno or 0, "?"))
