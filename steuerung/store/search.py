"""Every object of a process by its text, for the command palette (issue 17).

:func:`build_index` reads each kind with one query into a list of
:class:`Entry`; :func:`find` then answers a query in memory.  Built once when
the palette first opens and again only after a change (:func:`stamp`), so a
keystroke never touches SQLite: on the large process (≈ 1,400 objects) a
query is a substring test per entry — a few milliseconds, far inside the 50 ms
of DESIGN §7.  Matching is by words, case and accents ignored ("forder kita"
finds "Sprachförderung in Kitas"); no library does German word-substring
matching with highlight positions, and Textual's fuzzy matcher would cost
≈ 40 µs per entry and keystroke.
"""

from __future__ import annotations

import heapq
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from weakref import WeakKeyDictionary

from .. import labels as L
from ..domain.dates import format_date
from ..domain.text import one_line
from .repo import Store

#: The kinds the palette finds, in the order hits of equal score are listed.
KINDS = ("field", "guiding_goal", "annual_goal", "indicator", "measure", "committee",
         "meeting", "submission", "dot_vote", "kennzahl", "plan_step", "section")


@dataclass(frozen=True)
class Entry:
    """One object: ``label`` is what the palette shows and searches, ``context`` where it lives."""

    kind: str
    id: int
    label: str
    context: str = ""
    folded: str = field(default="", compare=False, repr=False)
    folded_context: str = field(default="", compare=False, repr=False)


def fold(text: str) -> str:
    """Lower case without accents: "Förderung" → "forderung", "Maßnahme" → "massnahme"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _one_line(text: str | None, limit: int = 120) -> str:
    """One line without control characters (DESIGN §8), cut to ``limit``."""
    line = " ".join(one_line(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _date(iso: str | None) -> str:
    try:
        return format_date(date.fromisoformat(iso)) if iso else ""
    except ValueError:
        return iso or ""


def build_index(store: Store) -> list[Entry]:
    """Every object of the process, one query per kind, in the order of the process."""
    q = store.rows
    kind = L.SEARCH_KINDS
    fields = {r[0]: (r[1], r[2]) for r in q("SELECT id, number, name FROM field")}
    guiding = {r[0]: (r[1], r[2], r[3]) for r in q(
        "SELECT id, field_id, number, text FROM guiding_goal")}
    annual = {r[0]: (r[1], r[2], r[3]) for r in q(
        "SELECT id, guiding_goal_id, year, text FROM annual_goal")}

    def field_name(fid) -> str:
        number, name = fields.get(fid, (None, ""))
        return f"{number} {_one_line(name)}".strip() if number else _one_line(name)

    def guiding_name(gid) -> str:
        fid, number, _text = guiding.get(gid, (None, None, ""))
        return L.SEARCH_GUIDING_IN.format(field=field_name(fid), n=number or "?")

    def annual_name(aid) -> str:
        gid, year, text = annual.get(aid, (None, None, ""))
        return f"{year or ''} {_one_line(text, 60)} · {guiding_name(gid)}".strip()

    entries: list[Entry] = []
    add = entries.append
    for fid in fields:
        add(Entry("field", fid, f"{kind['field']} {field_name(fid)}"))
    for gid, (fid, number, text) in guiding.items():
        add(Entry("guiding_goal", gid, f"{kind['guiding_goal']} {number or ''}: {_one_line(text)}",
                  field_name(fid)))
    for aid, (gid, year, text) in annual.items():
        add(Entry("annual_goal", aid, f"{kind['annual_goal']} {year or ''}: {_one_line(text)}",
                  guiding_name(gid)))
    for r in q("SELECT id, annual_goal_id, name FROM indicator"):
        add(Entry("indicator", r[0], f"{kind['indicator']}: {_one_line(r[2])}", annual_name(r[1])))
    for r in q("SELECT id, annual_goal_id, text FROM measure"):
        add(Entry("measure", r[0], f"{kind['measure']}: {_one_line(r[2])}", annual_name(r[1])))
    committees = {r[0]: r[1] for r in q("SELECT id, name, kind FROM committee")}
    for r in q("SELECT id, name, kind FROM committee ORDER BY position, id"):
        add(Entry("committee", r[0], f"{kind['committee']}: {_one_line(r[1])}", _one_line(r[2])))
    for r in q("SELECT id, committee_id, number, title, date FROM meeting ORDER BY date, id"):
        title = f" · {_one_line(r[3], 60)}" if r[3] else ""
        committee = _one_line(committees.get(r[1], ""))
        add(Entry("meeting", r[0], L.SEARCH_MEETING.format(date=_date(r[4]) or "–") + title,
                  L.SEARCH_MEETING_OF.format(n=r[2], committee=committee) if r[2] else committee))
    for r in q("SELECT id, number, kind, subject FROM submission ORDER BY id"):
        number = f" {_one_line(r[1])}" if r[1] else ""
        add(Entry("submission", r[0], f"{kind['submission']}{number}: {_one_line(r[3])}",
                  L.label(L.SUBMISSION_KINDS, r[2])))
    for r in q("SELECT id, title, dates FROM dot_vote ORDER BY position, id"):
        add(Entry("dot_vote", r[0], f"{kind['dot_vote']}: {_one_line(r[1])}",
                  ", ".join(_date(d.strip()) for d in (r[2] or "").split(",") if d.strip())))
    for r in q("SELECT id, field_id, name FROM monitoring_indicator ORDER BY position, id"):
        add(Entry("kennzahl", r[0], f"{kind['kennzahl']}: {_one_line(r[2])}",
                  field_name(r[1]) if r[1] else ""))
    for n, r in enumerate(q("SELECT id, title FROM plan_step ORDER BY position, id"), 1):
        add(Entry("plan_step", r[0], f"{kind['plan_step']} {n}: {_one_line(r[1])}",
                  L.SEARCH_MASTERPLAN))
    for r in q("SELECT id, title, text FROM document_part WHERE part = 'section' "
               "ORDER BY position, id"):
        add(Entry("section", r[0], f"{kind['section']}: {_one_line(r[1] or r[2], 80)}",
                  L.SEARCH_WORKSHOP_DOC))
    return [Entry(e.kind, e.id, e.label, e.context, fold(e.label), fold(e.context))
            for e in entries]


_built: WeakKeyDictionary[Store, tuple[tuple[int, int], list[Entry]]] = WeakKeyDictionary()


def index(store: Store) -> list[Entry]:
    """The index of ``store``, built on first use and again only after a change."""
    now = stamp(store)
    built = _built.get(store)
    if built is None or built[0] != now:
        built = _built[store] = (now, build_index(store))
    return built[1]


def stamp(store: Store) -> tuple[int, int]:
    """Changes since: own writes count in ``total_changes``, other processes' in data_version."""
    conn = store.conn
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


def _at(text: str, word: str) -> tuple[int, bool]:
    """Where ``word`` occurs in ``text``, preferring the start of a word: (position, at a start)."""
    at = text.find(word)
    if at <= 0:
        return at, at == 0
    if not text[at - 1].isalnum():
        return at, True
    later = text.find(" " + word, at)  # a later occurrence may begin a word ("kita" in "in kitas")
    return (later + 1, True) if later >= 0 else (at, False)


def score(entry: Entry, words: list[str]) -> float:
    """0 when a word is missing; higher for words in the label, at a word's start, early on.

    A word found only in the context (the field of a goal, the committee of a
    meeting) counts a little, so "bildung sprach" finds the goals about
    language in the field Bildung, below the ones that say both themselves.
    """
    total = 0.0
    for word in words:
        at, start = _at(entry.folded, word)
        if at >= 0:
            total += (0.6 if start else 0.3) + 0.4 / (1 + at / 20)
        elif word in entry.folded_context:
            total += 0.15
        else:
            return 0.0
    return total / len(words)


def find(entries: list[Entry], query: str, limit: int = 40) -> list[tuple[float, Entry]]:
    """The best ``limit`` entries for ``query`` (all its words, in any order), best first."""
    words = fold(query).split()
    if not words:
        return []
    scored = ((score(e, words), -i, e) for i, e in enumerate(entries))
    best = heapq.nlargest(limit, (s for s in scored if s[0] > 0), key=lambda s: (s[0], s[1]))
    return [(s, e) for s, _, e in best]


def spans(label: str, query: str) -> list[tuple[int, int]]:
    """Where the words of ``query`` occur in ``label`` (positions in the label as shown)."""
    folded, origin = [], []
    for i, char in enumerate(label):
        for f in fold(char):
            folded.append(f)
            origin.append(i)
    text = "".join(folded)
    found = []
    for word in fold(query).split():
        at, _start = _at(text, word)
        if at >= 0:
            found.append((origin[at], origin[at + len(word) - 1] + 1))
    return found
