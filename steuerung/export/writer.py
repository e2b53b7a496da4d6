"""Writing exported documents to disk: the only export module with side effects.

A file name says what the document is, when and about what
(``2011-04-05-themenprioritaeten-integrationsworkshop.md``).  An existing file
is never replaced unless the caller says so (``--force``), and a file is
replaced atomically: a reader sees the old or the new document, never half.

Several formats of one document (``.md``, ``.html``, ``.pdf`` …) are one set:
:func:`write_set` writes every file or none (issue 11, finding 9: ``--html``
used to write the ``.md`` and then refuse an existing ``.html``).
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import unicodedata
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from ..domain.errors import UserError

_SLUG_LIMIT = 60


def slug(title: str) -> str:
    """A file name part from a title: "Integration in Münster" → "integration-in-muenster".

    Lower-case ASCII letters, digits and single hyphens; at most 60 characters.
    """
    text = title.lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:_SLUG_LIMIT].strip("-")


def document_name(day: date, kind_word: str, title: str, suffix: str = ".md") -> str:
    """``YYYY-MM-DD-<kind_word>-<slug(title)>.md``; empty parts are left out.

    A title that already starts with the kind word does not repeat it:
    "Themenprioritäten Workshop" → ``…-themenprioritaeten-workshop.md``.
    """
    kind, name = slug(kind_word), slug(title)
    if kind and (name == kind or name.startswith(kind + "-")):
        kind = ""
    parts = [day.isoformat(), kind, name]
    return "-".join(p for p in parts if p) + suffix


class ExistingFile(UserError):
    """Targets exist; the CLI says --force, a screen may ask before overwriting.

    ``path`` is the first existing file, ``paths`` all of them.
    """

    def __init__(self, path: Path, *more: Path):
        self.path, self.paths = path, (path, *more)
        if more:
            names = ", ".join(f"„{p}“" for p in self.paths)
            text = (f"Die Dateien {names} gibt es schon; es wird keine davon geschrieben. "
                    "Zum Ersetzen bitte --force angeben.")
        else:
            text = (f"Die Datei „{path}“ gibt es schon und wird nicht überschrieben. "
                    "Zum Ersetzen bitte --force angeben.")
        super().__init__(text)


def write_document(text: str, out_dir: Path, *, day: date, kind_word: str, title: str,
                   force: bool, suffix: str = ".md") -> Path:
    """Write ``text`` (UTF-8, "\\n" line ends) into ``out_dir``; return the file's path.

    ``out_dir`` is created when first written to.  An existing file is refused
    with a German :class:`UserError` unless ``force`` is set.
    """
    data = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    return write_set({suffix: data}, out_dir, day=day, kind_word=kind_word, title=title,
                     force=force)[0]


def write_set(files: Mapping[str, bytes], out_dir: Path, *, day: date, kind_word: str,
              title: str, force: bool) -> list[Path]:
    """Write one document in several formats (suffix → bytes), all or nothing.

    Every target is checked before anything is written (a directory in the
    way, an existing file without ``force``); then all files are written to
    temporary files beside their targets and renamed into place.  If any step
    fails, the temporary files are removed and files replaced so far are put
    back, so the folder holds the whole new set or the old state.
    """
    out_dir = Path(out_dir)
    paths = [out_dir / document_name(day, kind_word, title, suffix) for suffix in files]
    for path in paths:
        if path.is_dir():
            raise UserError(f"„{path}“ ist ein Verzeichnis; dort kann kein Dokument gespeichert "
                            "werden.")
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        raise ExistingFile(*existing)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"„{out_dir}“ ist eine Datei, kein Verzeichnis; dort lässt sich kein "
                        "Dokument speichern. Bitte ein Verzeichnis angeben (--out).")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Das Verzeichnis „{out_dir}“ lässt sich nicht anlegen ({_reason(exc)}); "
                        "es wurde nichts geschrieben. Bitte ein anderes Verzeichnis angeben "
                        "(--out).") from None
    temps: list[Path] = []
    try:
        for path, data in zip(paths, files.values(), strict=True):
            temps.append(_temporary(path, data))
        _rename_all(temps, paths)
    except OSError as exc:
        name = getattr(exc, "filename", None) or out_dir
        raise UserError(f"„{name}“ lässt sich nicht schreiben ({_reason(exc)}); es wurde "
                        "nichts geschrieben. Ist das Verzeichnis beschreibbar, genug Platz frei "
                        "und keine der Dateien in einem anderen Programm geöffnet?") from None
    finally:
        for tmp in temps:
            _unlink(tmp)
    return paths


_REASONS = {errno.EACCES: "keine Schreibberechtigung", errno.EPERM: "keine Berechtigung",
            errno.EROFS: "schreibgeschützter Datenträger", errno.ENOSPC: "kein Platz mehr frei",
            errno.EBUSY: "die Datei ist belegt", errno.ENOTDIR: "ein Teil des Pfades ist eine Datei",
            errno.EEXIST: "ein Teil des Pfades ist eine Datei", errno.ENOENT: "nicht gefunden"}


def _reason(exc: OSError) -> str:
    """The cause in German where the system's message would be English."""
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


def _temporary(path: Path, data: bytes) -> Path:
    # The temporary file lives beside the target so that os.replace is a rename
    # within one file system, never a copy.  Mode 0o666 lets the umask decide, as
    # for any file the user saves (mkstemp would make it private, 0o600).
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _rename_all(temps: list[Path], paths: list[Path]) -> None:
    """Move every temporary file onto its target; on failure undo the moves made so far."""
    backups: list[tuple[Path, Path | None]] = []  # (target, its old file's backup or None)
    try:
        for tmp, path in zip(temps, paths, strict=True):
            backup = None
            if path.exists():
                backup = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.alt"
                os.replace(path, backup)
            backups.append((path, backup))
            os.replace(tmp, path)
    except BaseException:
        for path, backup in reversed(backups):
            if backup is not None:
                os.replace(backup, path)
            else:
                _unlink(path)
        raise
    for _path, backup in backups:
        if backup is not None:
            _unlink(backup)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
