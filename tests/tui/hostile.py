"""A process whose every text field holds hostile text, and a walk over every screen.

``build_full_process`` fills the demo with a row in every table (a Münster
meeting, a person, a Vorlage, a Leitbild …); ``poison`` then writes a value
into every free-text column the schema has — discovered with ``PRAGMA
table_info``, so a new column is covered without touching this file.  Columns
that hold codes, ISO dates or computed text are listed in ``STRUCTURED``:
a new code column must be added there, or the walk fails on it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from steuerung.store import committees, masterplan, monitoring, monitoring_meta, submissions
from steuerung.store.db import open_db
from steuerung.store.interchange import load
from steuerung.store.repo import TABLES, Store
from steuerung.store.reviews import add_status_note, freeze_review
from steuerung.store.vision import save_vision
from steuerung.store.votes import VoteSession
from tests.conftest import DEMO_JSON, fixed_now
from tests.meeting_data import build_muenster

#: The strings of issue 11, finding 1, in one value.
HOSTILE = "[/] [bold]x [Entwurf] [link=https://x]y[/link] \x1b[31m"
#: What the screen must show for it: every character but the escape.
SHOWN = "[/] [bold]x [Entwurf] [link=https://x]y[/link] [31m"
#: What still fits into a narrow column.
SHOWN_START = "[/] [bold]x"

#: Columns that are not free text: codes, ISO dates and times, JSON, computed numbers.
STRUCTURED = {
    "process": {"language", "created"},
    "vision": {"adopted_on"},
    "field": {"phase"},
    "annual_goal": {"deadline"},
    "review": {"stichtag", "frozen_at", "rows"},
    "status_note": {"date"},
    "indicator": {"kind", "baseline_date", "deadline", "direction"},
    "reading": {"date", "entered_at"},
    "measure": {"status", "deadline"},
    "dot_vote": {"dates", "state"},
    "dot": {"at"},
    "committee": {"quorum"},  # a rule in a small grammar, checked when it is typed
    "membership": {"role", "start_date", "end_date"},
    "meeting": {"date", "start_time", "end_time", "state", "minutes_date"},
    "attendance": {"kind", "status"},
    "agenda_item": {"number"},  # 1, 2, 2.a: follows the order
    "resolution": {"kind", "vote", "result"},  # a block's kind, how it was voted, its result
    "task": {"due", "status"},
    "plan_item": {"date"},
    "submission": {"kind", "date", "stichtag", "parts"},  # parts: codes of generated parts
    "consultation": {"date", "role"},
    "document_part": {"document", "part"},
    "monitoring_indicator": {"level"},
    "monitoring_value": {"entered_at"},
    "population": {"as_of"},
    "report_cycle": {"last_report"},
    "plan_step": {"due", "status"},
    # Written by the store alone: an ISO time, a table name, a code, JSON of the row, a SHA-256.
    # The author (a person's name) is free text: poison() signs its changes with hostile text.
    "change_log": {"at", "table_name", "action", "old", "new", "hash"},
}


def text_columns(store: Store) -> dict[str, list[str]]:
    """Every free-text column of every table the user's data lives in."""
    found = {}
    for table in TABLES:
        columns = [row["name"] for row in store.rows(f"PRAGMA table_info({table})")
                   if row["type"].upper() == "TEXT"
                   and row["name"] not in STRUCTURED.get(table, ())]
        if columns:
            found[table] = columns
    return found


def build_full_process(path: Path) -> None:
    """The demo plus a row in every table: meeting, person, Vorlage, Leitbild, note …"""
    load(DEMO_JSON.read_text(encoding="utf-8"), path)
    store = Store(open_db(path), fixed_now)
    try:
        build_muenster(store)
        vote_id = store.one("SELECT id FROM dot_vote")[0]
        VoteSession(store, vote_id).add_participant("Frau Aydin")
        save_vision(store, {"label": "Leitbild 2010", "adopted_on": "15.12.2010",
                            "adopted_by": "Kreistag", "text": "Vielfalt ist Stärke.\n\n- eins"})
        sid = submissions.save_submission(store, {
            "number": "2011/017", "kind": "report", "date": "01.03.2011",
            "lead_office": "Amt 50", "subject": "Integrationskonzept", "proposal": "Kenntnis",
            "reasoning": "Begründung", "financial": "keine", "attachments": "Anlage 1"})
        submissions.add_consultation(store, sid, "Sozialausschuss", "10.03.2011", "preliminary",
                                     "zur Kenntnis genommen")
        goal = store.one("SELECT id FROM annual_goal ORDER BY id")[0]
        add_status_note(store, goal, "Konzept liegt vor.", date(2011, 3, 1))
        person = committees.save_person(store, None, "Herr Brandt", "Kreis", "Dezernent",
                                        "brandt@example.org")
        committee = store.one("SELECT id FROM committee ORDER BY id")[0]
        seat = store.one("SELECT id FROM seat WHERE committee_id = ? AND count > 1 "
                         "ORDER BY position", (committee,))[0]
        committees.add_membership(store, committee, person, "member", seat)
        _monitoring(store)
    finally:
        store.close()
    # The review is frozen by poison(), so that it carries the hostile texts.
    missing = [t for t in TABLES if t not in ("change_log", "review") and not _count(path, t)]
    assert missing == [], f"no row to show in {missing}"


def _monitoring(store: Store) -> None:
    """A Kennzahl with two groups and a year of values, a population figure, the cycle, a step."""
    field = store.one("SELECT id FROM field ORDER BY position, id")[0]
    kennzahl = monitoring.save_indicator(store, None, {
        "name": "Betreuungsquote", "field_id": str(field), "definition": "Anteil betreuter Kinder",
        "unit": "%", "data_source": "Jugendamt", "periodicity": "jährlich", "level": "local",
        "note": "Stand 31.12.", "groups": "mit_ohne_insgesamt"})
    groups = [r[0] for r in store.rows("SELECT id FROM monitoring_group WHERE indicator_id = ? "
                                       "ORDER BY position", (kennzahl,))]
    monitoring.save_year(store, kennzahl, "2010", {g: f"{20 + n},5" for n, g in enumerate(groups)},
                         "Statistik", "vorläufig")
    monitoring.save_year(store, kennzahl, "2011", {g: f"{22 + n}" for n, g in enumerate(groups)},
                         "Statistik", "")
    monitoring_meta.save_figure(store, None, {"year": "2011", "label": "Einwohner",
                                              "value": "280.000", "as_of": "31.12.2011",
                                              "source": "Melderegister", "note": "amtlich"})
    monitoring_meta.save_cycle(store, "2–3", "Juni 2012", "Ratsbeschluss")
    masterplan.save_step(store, None, {"title": "Monitoringbericht", "responsible": "Amt 50",
                                       "due": "Ende 2012", "result": "Bericht liegt vor"})


def _count(path: Path, table: str) -> int:
    store = Store(open_db(path), fixed_now)
    try:
        return store.one(f"SELECT count(*) FROM {table}")[0]
    finally:
        store.close()


def poison(path: Path, value: Callable[[str, str, int, str | None], str]) -> None:
    """Write ``value(table, column, row id, old)`` into every free-text field, then freeze a review.

    The review is frozen afterwards, so the frozen rows carry the hostile
    texts too (its label is hostile as well).  The change log cannot be
    written to; its free text, the author, is the name these changes are
    signed with (the Änderungsprotokoll shows it beside the hostile values).
    """
    probe = Store(open_db(path), fixed_now)
    try:
        columns = text_columns(probe)
    finally:
        probe.close()
    log_columns = columns.pop("change_log")
    assert log_columns == ["author"], f"change_log: new text columns {log_columns}"
    store = Store(open_db(path), fixed_now, value("change_log", "author", 0, None))
    try:
        with store.transaction():
            for table, names in columns.items():
                for row in store.rows(f"SELECT * FROM {table}"):
                    store.update(table, row["id"], {
                        name: value(table, name, row["id"], row[name]) for name in names})
        year = store.one("SELECT max(year) FROM annual_goal")[0]
        review = freeze_review(store, year, "31.03.2011")
        label = store.get("review", review)["label"]
        store.update("review", review, {"label": value("review", "label", review, label)})
    finally:
        store.close()


def hostile_copy(template: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return target
