"""The ``steuerung export`` command: pick the data, render, write.

Reads the database through a read-only connection, so exporting during a
live workshop never competes with the moderator for the write lock.  Each
kind renders Markdown; ``--format`` writes it in several formats at once
(:mod:`.formats`), one file each with the same name, all or none.  A new kind
is one entry in ``_KINDS``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path

from .. import labels as L
from ..domain.dates import day_or_none, parse_date
from ..domain.errors import UserError
from ..store import documents
from ..store.db import open_db, schema_version
from ..store.repo import Store
from ..store.reviews import frozen_rows, previous_review, review_goals
from ..store.status import review_year, sachstand, worst_first, years
from ..store.version import SCHEMA_VERSION
from ..store.votes import VoteSession
from .formats import DEFAULT, Draw, Rendition, parse_formats, render
from .priorities import priorities_data, render_priorities
from .status_report import LINES_FROM, PreviousReview, StatusData, render_status
from .submission import SubmissionData, render_submission, submission_head
from .workshop import WorkshopData, render_workshop
from .writer import write_set


@dataclass(frozen=True)
class Request:
    """What the user asked for; options a kind does not use are ignored."""

    out_dir: Path
    now: datetime
    force: bool = False
    html: bool = False  # the old --html: the same as formats md,html
    formats: tuple[str, ...] = DEFAULT
    vote_id: int | None = None
    year: int | None = None
    stichtag: str | None = None
    review_id: int | None = None
    submission_id: int | None = None
    meeting_id: int | None = None
    public: bool = False

    def chosen_formats(self) -> tuple[str, ...]:
        return parse_formats((*self.formats, *(("md", "html") if self.html else ())))


@dataclass(frozen=True)
class Document:
    """A rendered document: its Markdown, date and names.

    ``title`` names the file; ``head`` is the running head of a printed page
    (default: the first heading).  A document with charts also has
    ``charted``, which gives the Markdown with figure markers (and the words
    around the charts) and the figures that draw them; the .md file and the
    preview use ``text``.  ``printed``, if given, is the Markdown (with the
    same figure markers) the PDF is laid out from, lighter than ``charted``'s
    (a long Sachstandsbericht).
    """

    text: str
    day: date
    kind_word: str
    title: str
    head: str | None = None
    # Made only when a format beyond Markdown is asked for (it reads all readings):
    # () → (Markdown with figure markers, figure key → draw).
    charted: Callable[[], tuple[str, Mapping[str, Draw]]] | None = None
    printed: Callable[[], str] | None = None

    def rendition(self, formats: tuple[str, ...] = ("html",)) -> Rendition:
        """What the converters need; call it where the store may be read (charts query it)."""
        head = self.head or _first_heading(self.text) or self.title
        printed = self.printed() if self.printed is not None and "pdf" in formats else None
        if self.charted is None or formats == ("md",):
            return Rendition(self.text, head, head, {}, self.text, printed)
        figured, figures = self.charted()
        return Rendition(figured, head, head, figures, self.text, printed)


def _first_heading(text: str) -> str:
    """The text of the first "# " heading, without Markdown escapes."""
    import re

    for line in text.splitlines():
        if line.startswith("# "):
            return re.sub(r"\\(.)", r"\1", line[2:]).strip()
    return ""


def render_document(kind: str, store: Store, db: Path, request: Request) -> Document:
    """Render the document ``kind`` from an open store (the export screen uses this)."""
    render = _KINDS.get(kind)
    if render is None:
        raise UserError(L.DOC_UNKNOWN_KIND.format(kind=kind, kinds=", ".join(_KINDS)))
    return render(store, db, request)


def export_document(kind: str, db: Path, request: Request) -> list[Path]:
    """Write the document ``kind`` of the process in ``db``; return the paths written."""
    if kind not in _KINDS:
        raise UserError(L.DOC_UNKNOWN_KIND.format(kind=kind, kinds=", ".join(_KINDS)))
    db = Path(db)
    conn = open_db(db, readonly=True)
    try:
        version = schema_version(conn)
        if version < SCHEMA_VERSION:
            # A read-only connection cannot migrate; the old tables lack columns we read.
            raise UserError(L.DOC_OLD_SCHEMA.format(path=db, version=version))
        document = render_document(kind, Store(conn, lambda: request.now), db, request)
        formats = request.chosen_formats()
        rendition = document.rendition(formats)  # reads the readings of the charts
    finally:
        conn.close()
    return write_files(document, render(rendition, formats), request)


def write(document: Document, request: Request) -> list[Path]:
    """Every format asked for, one file each, all or none (see :func:`.writer.write_set`)."""
    formats = request.chosen_formats()
    return write_files(document, render(document.rendition(formats), formats), request)


def existing_files(document: Document, request: Request) -> list[Path]:
    """The files of this export that are there already (a screen asks before replacing them)."""
    from .writer import document_name

    names = (document_name(document.day, document.kind_word, document.title, f".{fmt}")
             for fmt in request.chosen_formats())
    return [request.out_dir / name for name in names if (request.out_dir / name).exists()]


def write_files(document: Document, files: Mapping[str, bytes], request: Request) -> list[Path]:
    """Write the rendered ``files`` (suffix → bytes) of ``document``, all or none."""
    return write_set(files, request.out_dir, day=document.day, kind_word=document.kind_word,
                     title=document.title, force=request.force)


def _process_title(store: Store) -> str:
    row = store.one("SELECT title FROM process ORDER BY id LIMIT 1")
    return row["title"] if row else ""


def _priorities(store: Store, db: Path, request: Request) -> Document:
    session = VoteSession(store, pick_vote(store, request.vote_id, db))
    return _vote_document(session, request.now)


def _vote_document(session: VoteSession, now: datetime) -> Document:
    data = priorities_data(session, _process_title(session.store))
    return Document(render_priorities(data), data.day or now.date(),
                    L.DOC_PRIORITIES_FILE, data.title)


def export_vote(session: VoteSession, out_dir: Path, now: datetime, *, force: bool) -> Path:
    """Write the Themenprioritäten of an open vote session (CLI and Punktabfrage screen)."""
    return write(_vote_document(session, now), Request(out_dir, now, force=force))[0]


def workshop_data(store: Store) -> WorkshopData:
    """Everything the workshop documentation shows (the outline screen previews parts of it)."""
    from ..store import outline

    title = _process_title(store)
    body = store.one("SELECT body FROM process ORDER BY id LIMIT 1")
    vision = store.one("SELECT * FROM vision ORDER BY adopted_on DESC, id DESC LIMIT 1")
    votes = [priorities_data(VoteSession(store, r["id"]), title)
             for r in store.rows("SELECT id FROM dot_vote ORDER BY position, id")]
    return WorkshopData(title, body["body"] if body else None, outline.document_title(store),
                        outline.parts(store), dict(vision) if vision else None,
                        votes, documents.goal_system(store), documents.committees(store),
                        documents.resolutions(store),
                        [r["text"] for r in store.rows(
                            "SELECT text FROM recommendation ORDER BY position, id")])


def _workshop(store: Store, db: Path, request: Request) -> Document:
    data = workshop_data(store)
    # Without a vote or resolution the document has no date of its own; only the
    # file name then takes today's date (the text carries none).
    return Document(render_workshop(data), data.day or request.now.date(),
                    L.DOC_WORKSHOP_FILE, data.process_title)


def _status(store: Store, db: Path, request: Request) -> Document:
    title = _process_title(store)
    if request.review_id is not None:
        review, goals = frozen_rows(store, request.review_id)
        year, stichtag, label = review["year"], parse_date(review["stichtag"]), review["label"]
        frozen_on = parse_date(review["frozen_at"][:10])
        # A frozen review and a live report of the same Stichtag must not share a file name.
        file_title = f"{year} {L.DOC_REVIEW_FILE} {review['id']} {title}"
    else:
        stichtag = parse_date(request.stichtag) if request.stichtag else request.now.date()
        year = request.year or review_year(store, stichtag)
        if year is None or year not in years(store):
            raise UserError(L.STATUS_NO_GOALS.format(
                year=year or stichtag.year, years=", ".join(map(str, years(store))) or "keine"))
        goals, label, frozen_on = sachstand(store, year, stichtag), None, None
        file_title = f"{year} {title}"
    notes = {r["annual_goal_id"]: (r["date"], r["text"]) for r in store.rows(
        "SELECT annual_goal_id, date, text FROM status_note WHERE date <= ? ORDER BY date, id",
        (stichtag.isoformat(),))}
    previous = previous_review(store, year, stichtag)
    data = StatusData(title, year, stichtag, worst_first(goals), notes, label, frozen_on,
                      None if previous is None else PreviousReview(
                          previous["label"], parse_date(previous["stichtag"]),
                          review_goals(previous)))

    @cache
    def trends() -> dict:
        return _trends(store, year, stichtag)

    def charted():
        from .status_charts import charted_status

        return charted_status(data, trends())

    def printed() -> str:
        from .status_charts import charted_status

        return charted_status(replace(data, indicator_lines=True), trends())[0]

    return Document(render_status(data), stichtag, L.DOC_STATUS_FILE, file_title, charted=charted,
                    printed=printed if len(goals) >= LINES_FROM else None)


def _trends(store: Store, year: int, stichtag: date) -> dict:
    from .charts import Trend

    return {i: Trend(r["name"], r["unit"], tuple((date.fromisoformat(d), v) for d, v in r["points"]),
                     r["baseline"], r["target"],
                     date.fromisoformat(r["baseline_date"]) if r["baseline_date"] else None)
            for i, r in documents.indicator_readings(store, year, stichtag.isoformat()).items()}


def _submission(store: Store, db: Path, request: Request) -> Document:
    subs = store.rows("SELECT id FROM submission ORDER BY id")
    if not subs:
        raise UserError(L.DOC_NO_SUBMISSION.format(path=db))
    sid = request.submission_id or subs[-1]["id"]
    row = store.get("submission", sid)
    if row is None:
        raise UserError(L.DOC_SUBMISSION_MISSING.format(
            id=sid, ids=", ".join(str(r["id"]) for r in subs)))
    process = store.one("SELECT * FROM process ORDER BY id LIMIT 1")
    process = dict(process) if process else {}
    title = process.get("title") or ""
    vision = store.one("SELECT * FROM vision ORDER BY adopted_on DESC, id DESC LIMIT 1")
    # A stored day another program broke counts as none (``check`` names it).
    day = day_or_none(row["date"])
    stichtag = day_or_none(row.get("stichtag")) or day
    known = years(store)
    begun = [y for y in known if stichtag and y <= stichtag.year]
    status_year = begun[-1] if begun else None
    # The goals a Vorlage presents: those of the year under way, else the next one planned.
    goals_year = status_year or next((y for y in known if stichtag is None or y > stichtag.year),
                                     None)
    data = SubmissionData(
        row, [dict(c) for c in store.rows("SELECT * FROM consultation WHERE submission_id = ? "
                                          "ORDER BY position, id", (sid,))],
        process, stichtag, dict(vision) if vision else None,
        [priorities_data(VoteSession(store, r["id"]), title)
         for r in store.rows("SELECT id FROM dot_vote ORDER BY position, id")],
        goals_year, documents.goal_system(store, goals_year) if goals_year else [],
        status_year, worst_first(sachstand(store, status_year, stichtag)) if status_year else [],
        documents.committees(store))
    # An undated draft still needs a file name; the document itself shows no date then.
    return Document(render_submission(data), day or request.now.date(), L.DOC_SUBMISSION_FILE,
                    f"{row['number'] or ''} {row['subject']}", submission_head(row))


def _minutes(store: Store, db: Path, request: Request) -> Document:
    from ..store.meetings import load_meeting
    from .minutes import kind_word, render_minutes

    meetings = store.rows("SELECT m.id, m.number, c.name FROM meeting m "
                          "JOIN committee c ON c.id = m.committee_id ORDER BY m.date, m.id")
    if not meetings:
        raise UserError(L.DOC_NO_MEETING.format(path=db))
    mid = request.meeting_id or meetings[-1]["id"]
    if mid not in {m["id"] for m in meetings}:
        raise UserError(L.DOC_MEETING_MISSING.format(
            id=mid, ids=", ".join(f"{m['id']} ({m['name']})" for m in meetings)))
    view = load_meeting(store, mid)
    day = date.fromisoformat(view.head.date) if view.head.date else request.now.date()
    title = view.head.committee_name + (" öffentlich" if request.public else "")
    text = render_minutes(view, public=request.public)
    return Document(text, day, kind_word(view), title)


def _monitoring(store: Store, db: Path, request: Request) -> Document:
    from ..store.monitoring import kennzahlen
    from ..store.monitoring_meta import cycle, document_day, population
    from .monitoring_report import MonitoringData, chart_figures, render_monitoring

    items, figures = kennzahlen(store), population(store)
    if not items and not figures:
        raise UserError(L.DOC_NO_MONITORING.format(path=db))
    day, label = document_day(store, request.stichtag)
    title = _process_title(store)
    fields = [(r[0], r[1], r[2]) for r in store.rows(
        "SELECT id, number, name FROM field ORDER BY position, id")]
    data = MonitoringData(title, day, label, fields, items, figures, cycle(store))
    charted = replace(data, charts=True)
    return Document(render_monitoring(data), day, L.DOC_MONITORING_FILE, title,
                    charted=lambda: (render_monitoring(charted), chart_figures(charted)))


def _masterplan(store: Store, db: Path, request: Request) -> Document:
    from ..store.masterplan import steps, summary
    from ..store.monitoring_meta import document_day
    from .masterplan import MasterplanData, render_masterplan

    plan = steps(store)
    if not plan:
        raise UserError(L.DOC_NO_MASTERPLAN.format(path=db))
    day, _label = document_day(store, request.stichtag)
    title = _process_title(store)
    data = MasterplanData(title, day, plan, summary(plan))
    return Document(render_masterplan(data), day, L.DOC_MASTERPLAN_FILE, title)


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


_KINDS: dict[str, Callable[[Store, Path, Request], Document]] = {
    "priorities": _priorities, "workshop": _workshop, "status": _status,
    "submission": _submission, "minutes": _minutes, "monitoring": _monitoring,
    "masterplan": _masterplan}
KINDS = tuple(_KINDS)
