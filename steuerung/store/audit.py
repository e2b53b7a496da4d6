"""Checking the file against its change log, and adopting a Bestand.

Two questions, both answered from the file alone:

* Is the log intact?  :func:`verify_chain` recomputes the hash chain of
  :mod:`.chain` and names each row that is missing, altered or unsealed.
* Does every row hold what the log says?  :func:`outside_changes` replays
  the log — inserts give a row's full values, updates change some columns,
  deletes remove it — and compares the result with the stored rows.  A row
  changed, added or deleted without the app (plain ``sqlite3``, an edited
  JSON) shows up as a :class:`Finding`.

Rows that existed before the log could account for them (the Beispiel, a
file from before schema 8, an old JSON document) are adopted by a
**Bestand** row (:func:`adopt`): action ``baseline``, its ``new`` maps each
table to ``{id: digest}`` (a SHA-256 of the row's values, ``null`` for a row
that is gone).  From then on such a row is checked against its digest, with
every later logged change of it undone first.  Hand-written because the
rules are ours: no library knows what a steuerung change log means.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field

from . import chain
from .repo import TABLES

BASELINE = "baseline"
BASELINE_TABLE = "*"
DATA_TABLES = tuple(t for t in TABLES if t != "change_log")


_canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def logged(text: str | None) -> dict:
    """A log row's ``old``/``new`` as a dict; {} for none, and for text another program broke
    (``check`` names that row through the chain and the meaning rules, never a traceback)."""
    if not text:
        return {}
    try:
        value = _decode(text)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


_decode = json.JSONDecoder().decode


def digest(row: dict) -> str:
    """A row's values in one short hash (NULL columns left out, so a new column changes nothing)."""
    text = _canonical({k: v for k, v in row.items() if v is not None})
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# -- the chain -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChainBreak:
    """``missing``: rows ``first``–``last`` are gone; ``altered``/``unsealed``: row ``first``."""

    kind: str
    first: int
    last: int


def verify_chain(conn: sqlite3.Connection) -> list[ChainBreak]:
    """Every place where the chain does not hold, in order; [] for an intact log."""
    breaks: list[ChainBreak] = []
    previous, last_id = chain.GENESIS, 0
    seal, content = chain.seal, chain.content
    for id_, at, author, table, row_id, action, old, new, stored in conn.execute(
            "SELECT id, at, author, table_name, row_id, action, old, new, hash "
            "FROM change_log ORDER BY id"):
        expected = seal(previous, content(at, author, table, row_id, action, old, new))
        if stored != expected:
            if id_ != last_id + 1:
                breaks.append(ChainBreak("missing", last_id + 1, id_ - 1))
            elif stored is None:
                breaks.append(ChainBreak("unsealed", id_, id_))
            else:
                breaks.append(ChainBreak("altered", id_, id_))
        previous, last_id = stored or expected, id_
    return breaks


# -- replaying the log -----------------------------------------------------------------------
class _Full:
    """A row the log knows completely (it was inserted by the app)."""

    __slots__ = ("values",)

    def __init__(self, values: dict):
        self.values = values


class _Base:
    """A row adopted by a Bestand: its digest, and what logged updates changed since."""

    __slots__ = ("digest", "first_old", "known")

    def __init__(self, value_digest: str | None):
        self.digest = value_digest
        self.first_old: dict = {}  # column → value before the first logged change (= Bestand)
        self.known: dict = {}  # column → value after the last logged change


@dataclass
class Finding:
    """One object whose stored values differ from its logged state.

    ``kind``: ``changed`` (values differ; ``columns`` says which, ``stored``
    and ``logged`` give both sides), ``added`` (a row the log never created)
    or ``removed`` (a row the log says exists but the file lacks).
    """

    table: str
    row_id: int
    kind: str
    columns: list[str] = field(default_factory=list)
    stored: dict | None = None
    logged: dict | None = None


def _same(stored, logged) -> bool:
    """Equal as SQLite stores it: a column's affinity turns "5" into 5 and 5 into "5"."""
    if stored == logged:
        return True
    if isinstance(stored, bool) or isinstance(logged, bool):
        return False
    if isinstance(stored, int | float) and isinstance(logged, str):
        stored, logged = logged, stored
    if isinstance(stored, str) and isinstance(logged, int | float):
        try:
            return float(stored) == logged
        except ValueError:
            return False
    return False


def _defaults(conn: sqlite3.Connection, table: str) -> dict:
    """Column → default value, for columns an insert did not name."""
    found = {}
    for _cid, name, _type, _notnull, default, _pk in conn.execute(f"PRAGMA table_info({table})"):
        if default is None:
            found[name] = None
        elif default.startswith("'"):
            found[name] = default[1:-1].replace("''", "'")
        else:
            try:
                found[name] = int(default)
            except ValueError:
                try:
                    found[name] = float(default)
                except ValueError:
                    found[name] = default
    return found


class _Replay:
    """The log folded into one state per object, and the findings met on the way."""

    def __init__(self, conn: sqlite3.Connection):
        self.states: dict[tuple[str, int], _Full | _Base | None] = {}
        self.findings: dict[tuple[str, int], Finding] = {}
        for table, row_id, action, old, new in conn.execute(
                "SELECT table_name, row_id, action, old, new FROM change_log ORDER BY id"):
            if action == BASELINE:
                self._baseline(logged(new))
            elif action == "insert":
                self.states[(table, row_id)] = _Full(logged(new))
            elif action == "update":
                self._update((table, row_id), logged(old), logged(new))
            elif action == "delete":
                self._delete((table, row_id), logged(old))

    def _note(self, key, finding: Finding) -> None:
        self.findings.setdefault(key, finding)

    def _baseline(self, tables: dict) -> None:
        for table, rows in tables.items():
            for row_id, value_digest in (rows.items() if isinstance(rows, dict) else ()):
                if not str(row_id).isdigit():
                    continue  # a Bestand another program broke: the chain names it
                key = (table, int(row_id))
                self.states[key] = None if value_digest is None else _Base(value_digest)
                self.findings.pop(key, None)  # the Bestand accepted the row as it was

    def _update(self, key, old: dict, new: dict) -> None:
        state = self.states.get(key)
        if isinstance(state, _Full):
            differ = [k for k, v in old.items() if not _same(state.values.get(k), v)]
            if differ:
                self._note(key, Finding(*key, "changed", differ, old, dict(state.values)))
            state.values.update(new)
        elif isinstance(state, _Base):
            for k, v in old.items():
                if k in state.known:
                    if not _same(state.known[k], v):
                        self._note(key, Finding(*key, "changed", [k], {k: v},
                                                {k: state.known[k]}))
                else:
                    state.first_old.setdefault(k, v)
            state.known.update(new)
        else:  # an update of a row the log never created: it came from outside
            self._note(key, Finding(*key, "added"))
            base = _Base(None)
            base.known.update(new)
            self.states[key] = base

    def _delete(self, key, old: dict) -> None:
        state = self.states.get(key)
        if isinstance(state, _Full):
            differ = [k for k, v in old.items() if not _same(state.values.get(k), v)]
            if differ:
                self._note(key, Finding(*key, "changed", differ, old, dict(state.values)))
        elif isinstance(state, _Base):
            self._check_base(key, state, old)
        self.states[key] = None

    def _check_base(self, key, state: _Base, stored: dict) -> None:
        differ = [k for k, v in state.known.items() if not _same(stored.get(k), v)]
        if differ:
            self._note(key, Finding(*key, "changed", differ, {k: stored.get(k) for k in differ},
                                    {k: state.known[k] for k in differ}))
            return
        if state.digest is not None and digest({**stored, **state.first_old}) != state.digest:
            self._note(key, Finding(*key, "changed", [], stored, None))


def outside_changes(conn: sqlite3.Connection, tables=None) -> list[Finding]:
    """Every object whose stored values differ from its last logged state, in log order.

    ``tables`` defaults to every data table the file has (a migration runs
    before later migrations have created theirs).
    """
    if tables is None:
        have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        tables = [t for t in DATA_TABLES if t in have]
    replay = _Replay(conn)
    states = replay.states
    present: set[tuple[str, int]] = set()
    for table in tables:
        defaults = _defaults(conn, table)
        cur = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(names, values, strict=True))
            key = (table, row["id"])
            present.add(key)
            state = states.get(key)
            if isinstance(state, _Full):
                logged = state.values
                if row == {**defaults, **logged}:
                    continue  # the common case, compared in C
                differ = [k for k in names if not _same(row[k], logged.get(k, defaults[k]))]
                if differ:
                    replay._note(key, Finding(table, row["id"], "changed", differ,
                                              {k: row[k] for k in differ},
                                              {k: logged.get(k, defaults[k]) for k in differ}))
            elif isinstance(state, _Base):
                replay._check_base(key, state, row)
            else:
                replay._note(key, Finding(table, row["id"], "added", stored=row))
    wanted = set(tables)
    for key, state in states.items():
        if state is not None and key not in present and key[0] in wanted:
            logged = state.values if isinstance(state, _Full) else None
            replay._note(key, Finding(*key, "removed", logged=logged))
    return list(replay.findings.values())


def adopt(conn: sqlite3.Connection, at: str, author: str, tables=None) -> int:
    """Append a Bestand row for every object the log does not account for; returns how many.

    The caller holds the write transaction.  Used where rows exist that the
    app did not log: a migration of an older file, a document loaded
    without a complete log.  ``tables`` limits it to the tables a migration
    wrote to (default: every data table).
    """
    findings = outside_changes(conn, tables)
    if not findings:
        return 0
    tables: dict[str, dict[str, str | None]] = {}
    for f in findings:
        cur = conn.execute(f"SELECT * FROM {f.table} WHERE id = ?", (f.row_id,))
        row = cur.fetchone()
        names = [d[0] for d in cur.description]
        value = None if row is None else digest(dict(zip(names, tuple(row), strict=True)))
        tables.setdefault(f.table, {})[str(f.row_id)] = value
    new = json.dumps({t: dict(sorted(rows.items(), key=lambda kv: int(kv[0])))
                      for t, rows in tables.items()}, ensure_ascii=False, separators=(",", ":"))
    chain.append(conn, at, author, BASELINE_TABLE, None, BASELINE, None, new)
    return len(findings)


#: When a file gives no date at all (a hand-written document without ``created``): a
#: fixed moment, so that the same document always gives the same log.
NO_DATE = "1970-01-01T00:00:00"


def baseline_at(conn: sqlite3.Connection) -> str:
    """When a Bestand adopted without a clock happened: the last logged change, else the
    process's creation day (a migration has no clock, and must give the same answer twice)."""
    row = conn.execute("SELECT max(at) FROM change_log").fetchone()
    if row[0]:
        return row[0]
    row = conn.execute("SELECT created FROM process ORDER BY id LIMIT 1").fetchone()
    return f"{row[0]}T00:00:00" if row and row[0] else NO_DATE
