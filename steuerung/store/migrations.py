"""Schema migrations (sqlite-utils ``Migrations``).

Rules of this file: a migration that has landed is never edited; a schema
change is a new function at the end.  Every migration ends by raising
``PRAGMA user_version`` to its own number, so that :mod:`steuerung.store.db`
can tell — with plain ``sqlite3`` and without importing sqlite-utils on the
start path — whether a file is older (migrate), current, or newer (refuse).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from .version import APPLICATION_ID

migrations = Migrations("steuerung")


def _create(db: Database, name: str, columns: dict, *, fks=(), not_null=(), defaults=None):
    db[name].create(
        {"id": int, **columns},
        pk="id",
        foreign_keys=list(fks),
        not_null=set(not_null),
        defaults=defaults or {},
    )


def _raise_version(db: Database, number: int) -> None:
    """``PRAGMA user_version`` up to ``number``, never down.

    Migration numbers are handed out per issue and branches merge out of
    number order, so a developer's file may already carry a later number when
    an earlier migration reaches it.
    """
    version = max(number, db.execute("PRAGMA user_version").fetchone()[0])
    db.execute(f"PRAGMA user_version = {version}")


def _account_for(db: Database, tables: tuple[str, ...]) -> None:
    """A migration that changed stored values leaves the change log accounting for them.

    Before m008 the log has no chain yet, and m008 adopts whatever it finds; a
    migration that runs after it (branches merge out of number order, so an
    earlier number may reach a file later) adopts the rows of ``tables`` it
    changed by a Bestand row itself — else ``steuerung check`` would report them
    as changed outside the app.
    """
    if "hash" not in {row[1] for row in db.execute("PRAGMA table_info(change_log)")}:
        return
    from . import audit

    audit.adopt(db.conn, audit.baseline_at(db.conn), "unbekannt", tables)


@migrations()
def m001_domain(db: Database) -> None:
    """The whole domain model of DESIGN §3."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    # -- process ------------------------------------------------------------
    _create(db, "process", {"title": str, "body": str, "language": str, "created": str},
            not_null=["title"], defaults={"language": "de"})
    _create(db, "recommendation", {"position": int, "text": str}, not_null=["text"])
    _create(db, "vision", {"label": str, "adopted_on": str, "adopted_by": str, "text": str})
    # -- goal system --------------------------------------------------------
    _create(db, "field", {"number": int, "name": str, "description": str, "phase": str,
                          "position": int},
            not_null=["name", "phase"], defaults={"phase": "vision"})
    _create(db, "guiding_goal", {"field_id": int, "number": int, "text": str, "position": int},
            fks=[("field_id", "field", "id")], not_null=["field_id", "text"])
    _create(db, "annual_goal", {"guiding_goal_id": int, "year": int, "text": str,
                                "responsible": str, "deadline_text": str, "deadline": str,
                                "position": int},
            fks=[("guiding_goal_id", "guiding_goal", "id")],
            not_null=["guiding_goal_id", "text"])
    _create(db, "status_note", {"annual_goal_id": int, "date": str, "text": str},
            fks=[("annual_goal_id", "annual_goal", "id")], not_null=["annual_goal_id", "text"])
    _create(db, "indicator", {
        "annual_goal_id": int, "name": str, "kind": str, "unit": str, "definition": str,
        "data_source": str, "periodicity": str, "baseline_value": float, "baseline_date": str,
        "target_value": float, "deadline_text": str, "deadline": str, "direction": str,
        "green_from": float, "yellow_from": float, "note": str, "position": int},
        fks=[("annual_goal_id", "annual_goal", "id")],
        not_null=["annual_goal_id", "name", "kind"], defaults={"kind": "quantitative"})
    _create(db, "reading", {"indicator_id": int, "date": str, "value": float, "source": str,
                            "note": str, "entered_at": str},
            fks=[("indicator_id", "indicator", "id")],
            not_null=["indicator_id", "date", "value"])
    _create(db, "measure", {"annual_goal_id": int, "text": str, "responsible": str,
                            "partners": str, "resources": str, "status": str,
                            "deadline_text": str, "deadline": str, "position": int},
            fks=[("annual_goal_id", "annual_goal", "id")],
            not_null=["annual_goal_id", "text", "status"], defaults={"status": "planned"})
    _create(db, "consideration", {"field_id": int, "annual_goal_id": int, "text": str,
                                  "position": int},
            fks=[("field_id", "field", "id"), ("annual_goal_id", "annual_goal", "id")],
            not_null=["text"])
    # -- dot votes ----------------------------------------------------------
    _create(db, "dot_vote", {"title": str, "dates": str, "dots_per_person": int,
                             "cumulate": int, "state": str, "position": int},
            not_null=["title", "cumulate", "state"], defaults={"cumulate": 1, "state": "open"})
    _create(db, "topic", {"vote_id": int, "name": str, "position": int, "field_id": int},
            fks=[("vote_id", "dot_vote", "id"), ("field_id", "field", "id")],
            not_null=["vote_id", "name"])
    _create(db, "participant", {"vote_id": int, "name": str},
            fks=[("vote_id", "dot_vote", "id")], not_null=["vote_id", "name"])
    _create(db, "dot", {"vote_id": int, "topic_id": int, "participant_id": int, "delta": int,
                        "at": str},
            fks=[("vote_id", "dot_vote", "id"), ("topic_id", "topic", "id"),
                 ("participant_id", "participant", "id")],
            not_null=["vote_id", "topic_id", "delta"])
    # -- committees ---------------------------------------------------------
    _create(db, "committee", {"name": str, "kind": str, "quorum": str, "position": int},
            not_null=["name"])
    _create(db, "committee_task", {"committee_id": int, "text": str, "position": int},
            fks=[("committee_id", "committee", "id")], not_null=["committee_id", "text"])
    _create(db, "seat", {"committee_id": int, "actor": str, "count": int, "position": int},
            fks=[("committee_id", "committee", "id")],
            not_null=["committee_id", "actor", "count"])
    _create(db, "person", {"name": str, "organisation": str, "function": str, "email": str},
            not_null=["name"])
    _create(db, "membership", {"committee_id": int, "seat_id": int, "person_id": int,
                               "role": str, "voting": int, "deputy_of": int,
                               "start_date": str, "end_date": str},
            fks=[("committee_id", "committee", "id"), ("seat_id", "seat", "id"),
                 ("person_id", "person", "id"), ("deputy_of", "membership", "id")],
            not_null=["committee_id", "person_id", "role", "voting"],
            defaults={"role": "member", "voting": 1})
    _create(db, "meeting", {"committee_id": int, "number": int, "title": str, "date": str,
                            "start_time": str, "end_time": str, "place": str, "chair": str,
                            "minute_taker": str, "state": str, "public": int},
            fks=[("committee_id", "committee", "id")],
            not_null=["committee_id", "state", "public"],
            defaults={"state": "planned", "public": 1})
    _create(db, "attendance", {"meeting_id": int, "membership_id": int, "person_id": int,
                               "name": str, "kind": str, "status": str,
                               "represented_by": int},
            fks=[("meeting_id", "meeting", "id"), ("membership_id", "membership", "id"),
                 ("person_id", "person", "id"), ("represented_by", "membership", "id")],
            not_null=["meeting_id", "kind", "status"])
    _create(db, "agenda_item", {"meeting_id": int, "number": str, "title": str, "public": int,
                                "notes": str, "position": int},
            fks=[("meeting_id", "meeting", "id")],
            not_null=["meeting_id", "title", "public"], defaults={"public": 1})
    _create(db, "resolution", {"agenda_item_id": int, "text": str, "yes": int, "no": int,
                               "abstain": int, "result": str, "position": int},
            fks=[("agenda_item_id", "agenda_item", "id")], not_null=["agenda_item_id"])
    _create(db, "task", {"committee_id": int, "meeting_id": int, "agenda_item_id": int,
                         "what": str, "who": str, "due_text": str, "due": str, "status": str,
                         "annual_goal_id": int, "measure_id": int, "position": int},
            fks=[("committee_id", "committee", "id"), ("meeting_id", "meeting", "id"),
                 ("agenda_item_id", "agenda_item", "id"),
                 ("annual_goal_id", "annual_goal", "id"), ("measure_id", "measure", "id")],
            not_null=["what", "status"], defaults={"status": "open"})
    _create(db, "plan_item", {"committee_id": int, "meeting_id": int, "date_text": str,
                              "date": str, "what": str, "position": int},
            fks=[("committee_id", "committee", "id"), ("meeting_id", "meeting", "id")],
            not_null=["what"])
    # -- council submissions -----------------------------------------------
    _create(db, "submission", {"number": str, "kind": str, "date": str, "lead_office": str,
                               "subject": str, "proposal": str, "reasoning": str,
                               "financial": str, "attachments": str, "public": int},
            not_null=["kind", "subject", "public"], defaults={"public": 1})
    _create(db, "consultation", {"submission_id": int, "committee": str, "date": str,
                                 "role": str, "result": str, "position": int},
            fks=[("submission_id", "submission", "id")], not_null=["submission_id"])
    # -- audit trail ----------------------------------------------------------
    _create(db, "change_log", {"at": str, "table_name": str, "row_id": int, "action": str,
                               "old": str, "new": str},
            not_null=["at", "table_name", "action"])
    # Indexes for the paths that must be fast (tally per vote, children per parent).
    db["dot"].create_index(["vote_id", "topic_id"])
    db["dot"].create_index(["participant_id"])
    for table, column in [("guiding_goal", "field_id"), ("annual_goal", "guiding_goal_id"),
                          ("indicator", "annual_goal_id"), ("reading", "indicator_id"),
                          ("measure", "annual_goal_id"), ("topic", "vote_id"),
                          ("seat", "committee_id"), ("membership", "committee_id"),
                          ("meeting", "committee_id"), ("agenda_item", "meeting_id"),
                          ("resolution", "agenda_item_id"), ("task", "meeting_id")]:
        db[table].create_index([column])
    db.execute("PRAGMA user_version = 1")



@migrations()
def m002_dot_reverts(db: Database) -> None:
    """Undo and redo as events: a dot row may revert an earlier one.

    An undo appends the opposite of the dot it reverts; a redo reverts that
    undo.  Replaying the rows in order rebuilds the undo and redo stacks, so
    they survive a crash like everything else.
    """
    db.execute("ALTER TABLE dot ADD COLUMN reverts INTEGER REFERENCES dot(id)")
    db.execute("PRAGMA user_version = 2")


@migrations()
def m003_reviews(db: Database) -> None:
    """Frozen reviews: the Sachstand of a Stichtag, kept exactly as it was reviewed.

    ``rows`` holds the computed table as JSON, so a later report reproduces
    the review even after new readings arrive.  A status note may belong to
    the review during which it was written.
    """
    _create(db, "review", {"label": str, "year": int, "stichtag": str, "frozen_at": str,
                           "rows": str},
            not_null=["label", "year", "stichtag", "frozen_at", "rows"])
    db.execute("ALTER TABLE status_note ADD COLUMN review_id INTEGER REFERENCES review(id)")
    db.execute("PRAGMA user_version = 3")


@migrations()
def m004_meetings(db: Database) -> None:
    """A task remembers the meeting in which it was marked done.

    Open tasks of a committee's meetings appear again in its next meetings
    until done; with the meeting of completion stored, every protocol shows
    the tasks as they stood in that meeting — a closed protocol does not
    change when a task is done later.
    """
    db.execute("ALTER TABLE task ADD COLUMN done_meeting_id INTEGER REFERENCES meeting(id)")
    db.execute("CREATE INDEX idx_task_committee_id ON task (committee_id)")
    db.execute("CREATE INDEX idx_attendance_meeting_id ON attendance (meeting_id)")
    db.execute("CREATE INDEX idx_plan_item_meeting_id ON plan_item (meeting_id)")
    db.execute("PRAGMA user_version = 4")


@migrations()
def m005_minutes(db: Database) -> None:
    """Minutes as a clerk writes them (issue 12, DESIGN §5 "Protokoll / Niederschrift").

    A committee may keep its name in the genitive for the title of its
    minutes; a meeting has the date of its minutes and a free attendance line
    ("s. Anwesenheitsliste"); a TOP holds blocks in the clerk's order — the
    ``resolution`` table gains a ``kind`` (text, vote, resolution, result)
    and the way a vote was taken (einstimmig, mehrheitlich, counts, wording);
    a Termin may belong to a TOP.  The old result "einstimmig angenommen"
    becomes a vote "einstimmig" with the result "angenommen".
    """
    db.execute("ALTER TABLE committee ADD COLUMN genitive TEXT")
    db.execute("ALTER TABLE meeting ADD COLUMN minutes_date TEXT")
    db.execute("ALTER TABLE meeting ADD COLUMN attendance_note TEXT")
    db.execute("ALTER TABLE resolution ADD COLUMN kind TEXT NOT NULL DEFAULT 'resolution'")
    db.execute("ALTER TABLE resolution ADD COLUMN vote TEXT")
    db.execute("ALTER TABLE plan_item ADD COLUMN agenda_item_id INTEGER "
               "REFERENCES agenda_item(id)")
    db.execute("UPDATE resolution SET vote = 'unanimous', result = 'adopted' "
               "WHERE result = 'adopted_unanimously'")
    db.execute("UPDATE resolution SET vote = 'counts' WHERE vote IS NULL AND "
               "(yes IS NOT NULL OR no IS NOT NULL OR abstain IS NOT NULL)")
    db.execute("CREATE INDEX idx_plan_item_agenda_item_id ON plan_item (agenda_item_id)")
    _account_for(db, ("resolution",))
    _raise_version(db, 5)


@migrations()
def m006_outline(db: Database) -> None:
    """The outline of a document, an indicator serving several Jahresziele, a measure's effect.

    ``document_part``: one row per part of a document's outline (DESIGN §3
    "Section"), in ``position`` order: a generated part (``part`` = "priorities",
    "field" with ``field_id``, "seats" with ``committee_id`` …) that may be left
    out (``included`` = 0) or retitled (``title``; "" = without heading), a free
    Section (``part`` = "section": ``title`` and Markdown ``text``), or the
    document's own title (``part`` = "head").

    ``indicator_link``: a Jahresziel an indicator serves besides its own
    (``indicator.annual_goal_id``), so "je 10 % der Mitarbeiter …" counts for
    both Fortbildung Jahresziele.

    ``annual_goal.effect``: what the Jahresziel's Maßnahmen are meant to achieve
    ("Durch die Maßnahmen soll …"), shown after them — not a Hinweis.
    """
    _create(db, "document_part", {"document": str, "part": str, "field_id": int,
                                  "committee_id": int, "title": str, "text": str,
                                  "included": int, "position": int},
            fks=[("field_id", "field", "id"), ("committee_id", "committee", "id")],
            not_null=["document", "part", "included"], defaults={"included": 1})
    db["document_part"].create_index(["document", "position"])
    _create(db, "indicator_link", {"indicator_id": int, "annual_goal_id": int, "position": int},
            fks=[("indicator_id", "indicator", "id"), ("annual_goal_id", "annual_goal", "id")],
            not_null=["indicator_id", "annual_goal_id"])
    db["indicator_link"].create_index(["indicator_id", "annual_goal_id"], unique=True)
    db["indicator_link"].create_index(["annual_goal_id"])
    db.execute("ALTER TABLE annual_goal ADD COLUMN effect TEXT")
    _raise_version(db, 6)


@migrations()
def m007_council(db: Database) -> None:
    """The Vorlage in the NRW shape (issue 14) and the signature line of a process.

    A Vorlage gains its Sachbearbeitung (``clerk``), the Stichtag of its data
    (empty: the Vorlage's date), the generated parts the clerk chose for the
    Sachdarstellung (``parts``: codes separated by commas; NULL, as in older
    Vorlagen, means all of them) and the Finanzielle Auswirkungen as fields:
    ``financial_effects`` 0 = keine, 1 = Haushaltsjahr, Produkt/Kostenstelle,
    Aufwand, Betrag (NULL in older Vorlagen: only the free text).  The
    signature under every Vorlage of a process ("In Vertretung", name,
    function) belongs to the process.
    """
    for column, kind in (("clerk", "TEXT"), ("stichtag", "TEXT"), ("parts", "TEXT"),
                         ("financial_effects", "INTEGER"), ("budget_year", "INTEGER"),
                         ("budget_product", "TEXT"), ("budget_expense", "TEXT"),
                         ("budget_amount", "REAL")):
        db.execute(f"ALTER TABLE submission ADD COLUMN {column} {kind}")
    for column in ("signature_prefix", "signature_name", "signature_function"):
        db.execute(f"ALTER TABLE process ADD COLUMN {column} TEXT")
    _raise_version(db, 7)


@migrations()
def m008_change_log_author_hash(db: Database) -> None:
    """Accountability: every change-log row names its author and seals the one before it.

    Rows written before carry the author "unbekannt"; the whole log is then
    sealed in order (SHA-256 chain, :mod:`.chain`).  Rows the log does not
    account for — the Beispiel's, or ones changed without a log line — are
    adopted by one Bestand row (:func:`.audit.adopt`), dated at the last
    logged change, so that ``steuerung check`` starts from a clean state.
    An index serves the history of one object.
    """
    from . import audit, chain

    db.execute("ALTER TABLE change_log ADD COLUMN author TEXT NOT NULL "
               "DEFAULT 'unbekannt'")
    db.execute("ALTER TABLE change_log ADD COLUMN hash TEXT")
    db.execute("CREATE INDEX idx_change_log_object ON change_log (table_name, row_id)")
    chain.reseal_all(db.conn)
    audit.adopt(db.conn, audit.baseline_at(db.conn), "unbekannt")
    _raise_version(db, 8)


@migrations()
def m009_monitoring(db: Database) -> None:
    """Integrationsmonitoring and Masterplan (issue 18).

    A Kennzahl (``monitoring_indicator``) stands outside the goal tree: it may
    name a Handlungsfeld and one of its Leitziele.  Its Vergleichsgruppen
    belong to it; a group may name the reference group it is compared with
    (``mit Migrationsvorgeschichte`` → ``ohne``).  A value belongs to a group
    and a year and may be a Beispielwert (``example``).  Population figures
    are rows per year; ``report_cycle`` holds the council's cycle (one row);
    ``plan_step`` the ordered steps of the Masterplan, the due date typed and
    resolved as every deadline is.
    """
    _create(db, "monitoring_indicator", {
        "field_id": int, "guiding_goal_id": int, "name": str, "definition": str, "unit": str,
        "data_source": str, "periodicity": str, "level": str, "note": str, "position": int},
        fks=[("field_id", "field", "id"), ("guiding_goal_id", "guiding_goal", "id")],
        not_null=["name", "level"], defaults={"level": "local"})
    _create(db, "monitoring_group", {"indicator_id": int, "name": str, "reference_id": int,
                                     "position": int},
            fks=[("indicator_id", "monitoring_indicator", "id"),
                 ("reference_id", "monitoring_group", "id")],
            not_null=["indicator_id", "name"])
    _create(db, "monitoring_value", {"group_id": int, "year": int, "value": float,
                                     "source": str, "note": str, "example": int,
                                     "entered_at": str},
            fks=[("group_id", "monitoring_group", "id")],
            not_null=["group_id", "year", "value", "example"], defaults={"example": 0})
    _create(db, "population", {"year": int, "label": str, "value": float, "as_of": str,
                               "provisional": int, "source": str, "note": str, "position": int},
            not_null=["year", "label", "value", "provisional"], defaults={"provisional": 0})
    _create(db, "report_cycle", {"every_min": int, "every_max": int, "last_report_text": str,
                                 "last_report": str, "basis": str},
            not_null=["every_min", "every_max"])
    _create(db, "plan_step", {"position": int, "title": str, "responsible": str,
                              "due_text": str, "due": str, "status": str, "result": str},
            not_null=["title", "status"], defaults={"status": "open"})
    db["monitoring_indicator"].create_index(["field_id"])
    db["monitoring_group"].create_index(["indicator_id"])
    db["monitoring_value"].create_index(["group_id", "year"])
    db.execute("PRAGMA user_version = 9")
