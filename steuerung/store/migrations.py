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
    # Never lower the version: branches merge out of number order, so this may run
    # on a file a later migration has already marked.
    version = max(8, db.execute("PRAGMA user_version").fetchone()[0])
    db.execute(f"PRAGMA user_version = {version}")
