"""The ``steuerung export`` command: pick the data, render, write.

Reads the database through a read-only connection, so exporting during a
live workshop never competes with the moderator for the write lock.  The
modules are imported lazily by the CLI; none of them needs markdown-it-py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .. import labels as L
from ..domain.errors import UserError
from ..store.db import open_db, schema_version
from ..store.repo import Store
from ..store.version import SCHEMA_VERSION
from ..store.votes import VoteSession
from .priorities import priorities_data, render_priorities
from .writer import write_document


def export_document(kind: str, db: Path, *, out_dir: Path, vote_id: int | None, force: bool,
                    now: datetime) -> list[Path]:
    """Write the document ``kind`` of the process in ``db`` into ``out_dir``; return the paths."""
    export = _KINDS.get(kind)
    if export is None:
        raise UserError(L.DOC_UNKNOWN_KIND.format(kind=kind, kinds=", ".join(_KINDS)))
    db = Path(db)
    conn = open_db(db, readonly=True)
    try:
        version = schema_version(conn)
        if version < SCHEMA_VERSION:
            # A read-only connection cannot migrate; the old tables lack columns we read.
            raise UserError(L.DOC_OLD_SCHEMA.format(path=db, version=version))
        store = Store(conn, lambda: now)
        return export(store, db, out_dir=Path(out_dir), vote_id=vote_id, force=force, now=now)
    finally:
        conn.close()


def _priorities(store: Store, db: Path, *, out_dir: Path, vote_id: int | None, force: bool,
                now: datetime) -> list[Path]:
    session = VoteSession(store, pick_vote(store, vote_id, db))
    return [export_vote(session, out_dir, now, force=force)]


def export_vote(session: VoteSession, out_dir: Path, now: datetime, *, force: bool) -> Path:
    """Write the Themenprioritäten of an open vote session (CLI and Punktabfrage screen)."""
    row = session.store.one("SELECT title FROM process ORDER BY id LIMIT 1")
    data = priorities_data(session, row["title"] if row else "")
    text = render_priorities(data, now)
    return write_document(text, out_dir, day=data.day or now.date(),
                          kind_word=L.DOC_PRIORITIES_FILE, title=data.title, force=force)


def pick_vote(store: Store, vote_id: int | None, db: Path) -> int:
    """``vote_id`` if that vote exists, else the newest vote; German errors otherwise."""
    votes = store.rows("SELECT id, title FROM dot_vote ORDER BY position, id")
    if not votes:
        raise UserError(L.DOC_NO_VOTE.format(path=db))
    if vote_id is None:
        return votes[-1]["id"]
    if vote_id not in {v["id"] for v in votes}:
        listing = ", ".join(f"{v['id']} ({v['title']})" for v in votes)
        raise UserError(L.DOC_VOTE_MISSING.format(vote=vote_id, votes=listing))
    return vote_id


_Export = Callable[..., list[Path]]
_KINDS: dict[str, _Export] = {"priorities": _priorities}
