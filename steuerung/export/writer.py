"""Writing exported documents to disk: the only export module with side effects.

A file name says what the document is, when and about what
(``2011-04-05-themenprioritaeten-integrationsworkshop.md``).  An existing file
is never replaced unless the caller says so (``--force``), and a file is
replaced atomically: a reader sees the old or the new document, never half.
"""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
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
    """The target exists; the CLI says --force, a screen may ask before overwriting."""

    def __init__(self, path: Path):
        super().__init__(f"Die Datei „{path}“ gibt es schon und wird nicht überschrieben. "
                         "Zum Ersetzen bitte --force angeben.")
        self.path = path


def write_document(text: str, out_dir: Path, *, day: date, kind_word: str, title: str,
                   force: bool, suffix: str = ".md") -> Path:
    """Write ``text`` (UTF-8, "\\n" line ends) into ``out_dir``; return the file's path.

    ``out_dir`` is created when first written to.  An existing file is refused
    with a German :class:`UserError` unless ``force`` is set.
    """
    out_dir = Path(out_dir)
    path = out_dir / document_name(day, kind_word, title, suffix)
    if path.is_dir():
        raise UserError(f"„{path}“ ist ein Verzeichnis; dort kann kein Dokument gespeichert werden.")
    if path.exists() and not force:
        raise ExistingFile(path)
    data = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        _replace_atomically(path, data)
    except OSError as exc:
        raise UserError(f"„{path}“ lässt sich nicht schreiben ({exc.strerror or exc}). "
                        "Ist das Verzeichnis vorhanden und beschreibbar?") from None
    return path


def _replace_atomically(path: Path, data: bytes) -> None:
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
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
