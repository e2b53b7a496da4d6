"""The change log's author and hash chain, and ``check`` naming what changed outside the app."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlite_utils import Database

from steuerung.store import chain
from steuerung.store.audit import outside_changes, verify_chain
from steuerung.store.db import create_db, open_db
from steuerung.store.interchange import dump, load
from steuerung.store.migrations import migrations
from steuerung.store.process import check
from steuerung.store.repo import Store
from steuerung.store.votes import VoteSession
from tests.conftest import DEMO_JSON, NOW, fixed_now


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), path)
    return path


def _raw(path, *statements):
    """Change the file behind the app's back, as plain sqlite3 would."""
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def _work(path, author="Andrea Reckfort"):
    store = Store(open_db(path), fixed_now, author)
    store.update("topic", 1, {"name": "Bildung und Schule"})
    reading = store.insert("reading", {"indicator_id": 1, "date": "2011-09-30", "value": 5})
    store.update("reading", reading, {"value": 7})
    store.delete("recommendation", 10)
    store.close()
    return reading


def test_every_row_names_its_author_and_seals_the_one_before(db):
    _work(db)
    conn = open_db(db)
    rows = conn.execute("SELECT * FROM change_log ORDER BY id").fetchall()
    assert [r["author"] for r in rows] == ["Beispieldaten"] + ["Andrea Reckfort"] * 4
    previous = chain.GENESIS
    for row in rows:
        assert row["hash"] == chain.row_hash(previous, row)
        previous = row["hash"]
    assert verify_chain(conn) == [] and outside_changes(conn) == []


def test_the_store_without_a_name_signs_unbekannt(db):
    store = Store(open_db(db), fixed_now)
    store.insert("field", {"name": "Wohnen", "phase": "goals"})
    assert store.one("SELECT author FROM change_log ORDER BY id DESC LIMIT 1")[0] == "unbekannt"


@pytest.mark.parametrize("tamper, message", [
    ("UPDATE topic SET name = 'Bildng' WHERE id = 1",
     "Außerhalb der Anwendung geändert: Thema „Bildung und Schule“ – Name: gespeichert "
     "„Bildng“, laut Änderungsprotokoll „Bildung und Schule“."),
    ("UPDATE reading SET value = 9 WHERE id = (SELECT max(id) FROM reading)",  # the new one
     "Außerhalb der Anwendung geändert: Messwert „alle Schulen halten eine Infoveranstalt…“ "
     "30.09.2011 – Wert: gespeichert 9, laut Änderungsprotokoll 7."),
    ("UPDATE field SET name = 'Arbeitsmarkt' WHERE id = 2",
     "Außerhalb der Anwendung geändert: Handlungsfeld „Arbeitsmarkt“ (weicht vom übernommenen "
     "Bestand ab)."),
    ("INSERT INTO field (name, phase) VALUES ('Heimlich', 'goals')",
     "Außerhalb der Anwendung angelegt: Handlungsfeld „Heimlich“."),
    ("DELETE FROM reading WHERE id = (SELECT max(id) FROM reading)",  # named as logged
     "Außerhalb der Anwendung gelöscht: Messwert „alle Schulen halten eine Infoveranstalt…“ "
     "30.09.2011."),
    ("DELETE FROM consideration WHERE id = 1",  # a Bestand row: only its digest is known
     "Außerhalb der Anwendung gelöscht: Hinweis Nr. 1."),
    ("DELETE FROM change_log WHERE id = 3",
     "Änderungsprotokoll: Eintrag Nr. 3 fehlt (gelöscht); die Kette der Prüfsummen bricht dort."),
    ("UPDATE change_log SET author = 'Jemand anderes' WHERE id = 2",
     "Änderungsprotokoll: Eintrag Nr. 2 wurde außerhalb der Anwendung verändert"),
    ("INSERT INTO change_log (at, author, table_name, row_id, action) "
     "VALUES ('2011-10-01T00:00:00', 'x', 'field', 1, 'update')",
     "Änderungsprotokoll: Eintrag Nr. 6 hat keine Prüfsumme"),
])
def test_check_names_each_change_made_outside_the_app(db, tamper, message):
    _work(db)
    assert check(db).ok
    _raw(db, tamper)
    report = check(db)
    assert not report.ok and not report.problems
    assert any(line.startswith(message) for line in report.outside), report.outside


def test_a_deleted_log_row_also_shows_the_object_it_changed(db):
    _work(db)
    _raw(db, "DELETE FROM change_log WHERE id = 4")  # the reading's update 5 → 7
    lines = check(db).outside
    assert lines[0].startswith("Änderungsprotokoll: Eintrag Nr. 4 fehlt")
    assert any("Messwert „alle Schulen halten eine Infoveranstalt…“ 30.09.2011" in line
               and "gespeichert 7, laut Änderungsprotokoll 5" in line for line in lines)


def test_the_cli_check_exits_1_and_names_the_objects(db, capsys):
    from steuerung.cli import main

    _work(db)
    _raw(db, "UPDATE topic SET name = 'Bildng' WHERE id = 1", "DELETE FROM change_log WHERE id = 2")
    assert main(["check", str(db)]) == 1
    out = capsys.readouterr().out
    assert "Eintrag Nr. 2 fehlt" in out and "geändert: Thema „Bildng“" in out
    assert "2 Abweichungen vom Änderungsprotokoll" in out


def test_the_cli_check_counts_one_deviation_in_the_singular(db, capsys):
    from steuerung.cli import main

    _work(db)
    _raw(db, "UPDATE topic SET name = 'Bildng' WHERE id = 1")
    assert main(["check", str(db)]) == 1
    out = capsys.readouterr().out
    assert f"{db}: 1 Abweichung vom Änderungsprotokoll – die Datei wurde außerhalb" in out
    assert "beschädigt" not in out and "fehlerhafte Werte" not in out


def test_a_wrong_value_written_outside_is_both_a_wrong_value_and_a_deviation(db, capsys):
    """check tells the file is readable (fehlerhafte Werte, not beschädigt) and who did not write it."""
    from steuerung.cli import main

    _raw(db, "UPDATE annual_goal SET deadline = '2011-02-30' WHERE id = 1")
    assert main(["check", str(db)]) == 1
    out = capsys.readouterr().out
    assert "Problem: Tabelle annual_goal, Zeile Nr. 1, Spalte deadline" in out
    assert "Außerhalb der Anwendung geändert: Jahresziel" in out
    assert f"{db}: fehlerhafte Werte (1 Problem); die Datei selbst ist lesbar." in out
    assert f"{db}: 1 Abweichung vom Änderungsprotokoll" in out
    assert "beschädigt" not in out


def test_the_cli_check_of_a_sound_file_counts_its_log(db, capsys):
    from steuerung.cli import main

    _work(db)
    assert main(["check", str(db)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"{db}: in Ordnung (Schema ")
    assert out.endswith(". Änderungsprotokoll lückenlos, 5 Einträge.")


def test_dump_and_load_keep_author_and_hash(db, tmp_path):
    _work(db)
    text = dump(open_db(db, readonly=True))
    rows = json.loads(text)["tables"]["change_log"]
    assert rows[-1]["author"] == "Andrea Reckfort" and len(rows[-1]["hash"]) == 64
    load(text, tmp_path / "b.db")
    assert dump(open_db(tmp_path / "b.db", readonly=True)) == text
    assert check(tmp_path / "b.db").ok


def test_an_old_document_without_author_and_hash_gets_its_chain_on_load(db, tmp_path):
    """Decision: hashes are computed in the log's order, author "unbekannt", and one
    Bestand row, signed by whoever loads, adopts rows the old log did not account for."""
    _work(db)
    doc = json.loads(dump(open_db(db, readonly=True)))
    old_log = [{k: v for k, v in row.items() if k not in ("author", "hash")}
               for row in doc["tables"]["change_log"][1:]]  # without the Bestand: as before m008
    doc["tables"]["change_log"] = old_log
    load(json.dumps(doc, ensure_ascii=False), tmp_path / "alt.db", now=NOW, author="Lars Lader")
    conn = open_db(tmp_path / "alt.db")
    rows = conn.execute("SELECT author, action, at FROM change_log ORDER BY id").fetchall()
    assert [tuple(r) for r in rows[:4]] == [("unbekannt", r["action"], r["at"]) for r in old_log]
    assert tuple(rows[-1]) == ("Lars Lader", "baseline", "2026-11-21T10:00:00")
    assert check(tmp_path / "alt.db").ok


def test_migration_8_signs_old_rows_unbekannt_and_adopts_what_the_log_misses(tmp_path):
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m008_change_log_author_hash")
    conn.execute("INSERT INTO process (id, title, created) VALUES (1, 'Alt', '2011-01-01')")
    conn.execute("INSERT INTO field (id, name, phase) VALUES (1, 'Bildung', 'goals')")
    conn.execute("INSERT INTO change_log (at, table_name, row_id, action, old, new) VALUES "
                 "('2011-02-01T09:00:00', 'field', 1, 'insert', NULL, "
                 "'{\"id\": 1, \"name\": \"Bildung\", \"phase\": \"goals\"}')")
    conn.execute("UPDATE field SET name = 'Bildung!' WHERE id = 1")  # as an old bug did
    conn.close()
    store = Store(open_db(path), fixed_now, "Neu")
    rows = store.rows("SELECT author, action, at, hash FROM change_log ORDER BY id")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("unbekannt", "insert", "2011-02-01T09:00:00"),
        ("unbekannt", "baseline", "2011-02-01T09:00:00")]
    assert verify_chain(store.conn) == [] and outside_changes(store.conn) == []
    store.update("field", 1, {"name": "Bildung"})
    store.close()
    assert check(path).ok


def test_a_migration_that_reaches_a_sealed_log_later_leaves_check_in_order(tmp_path):
    """m005 rewrites old results and adds a column with a default; on a file that got m008
    first (branches merge out of number order) it adopts what it changed."""
    from steuerung.store.migrations import m008_change_log_author_hash

    # A file of schema 8 without m005: made by the audit branch alone.
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrations.apply(Database(conn), stop_before="m005_minutes")
    m008_change_log_author_hash(Database(conn))
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('steuerung', 'm008_change_log_author_hash', '2011-01-01')")
    conn.close()
    old = Store(_open_without_migrating(tmp_path / "old.db"), fixed_now, "Alt")
    committee = old.insert("committee", {"name": "Kreistag"})
    meeting = old.insert("meeting", {"committee_id": committee, "date": "2010-12-08",
                                     "state": "held"})
    item = old.insert("agenda_item", {"meeting_id": meeting, "number": "1", "title": "Gipfel",
                                      "public": 1, "position": 1})
    old.insert("resolution", {"agenda_item_id": item, "text": "Beschlossen",
                              "result": "adopted_unanimously", "position": 1})
    old.close()
    new = Store(open_db(tmp_path / "old.db"), fixed_now, "Neu")
    row = new.one("SELECT kind, vote, result FROM resolution")
    assert tuple(row) == ("resolution", "unanimous", "adopted")
    assert verify_chain(new.conn) == [] and outside_changes(new.conn) == []
    assert tuple(new.one("SELECT action, author FROM change_log ORDER BY id DESC LIMIT 1")) == (
        "baseline", "unbekannt")
    new.close()
    assert check(tmp_path / "old.db").ok


def _open_without_migrating(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def test_chain_holds_with_two_writers(db):
    one, two = (Store(open_db(db), fixed_now, name) for name in ("Anna", "Bernd"))
    a, b = VoteSession(one, 1), VoteSession(two, 1)
    a.set_closed(False)
    for _ in range(5):
        a.add_dots(a.topics[0].id)
        b.add_dots(b.topics[1].id)
    one.close(), two.close()
    assert check(db).ok


def test_a_new_process_logs_its_first_row(tmp_path):
    store = Store(create_db(tmp_path / "n.db"), fixed_now, "Erika")
    store.insert("process", {"title": "Neu"})
    store.close()
    report = check(tmp_path / "n.db")
    assert report.ok and report.log_entries == 1


@pytest.mark.parametrize("broken", ["kaputt", "[1]", '{"field": 5}', '{"field": {"x": 1}}'])
def test_a_log_row_another_program_broke_is_named_never_a_traceback(db, broken):
    from steuerung.store.changes import ChangeLog

    _work(db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE change_log SET new = ? WHERE id = 1", (broken,))
    conn.close()
    report = check(db)
    assert not report.ok
    assert report.outside[0].startswith("Änderungsprotokoll: Eintrag Nr. 1 wurde außerhalb")
    store = Store(open_db(db), fixed_now)
    log = ChangeLog(store)
    assert log.lines()[-1].text.startswith("20.09.2010 00:00 · Beispieldaten · Bestand")
    assert log.lines(target=("topic", 1))  # a history with children reads the broken row too
    store.close()


def test_a_failed_action_rolls_back_its_log_rows_and_the_chain_goes_on(db):
    """One action, two writes, the second refused by SQLite: neither the row nor its log line
    stays (a German StorageError), and the next action seals onto the last kept line."""
    from steuerung.store.errors import StorageError

    store = Store(open_db(db), fixed_now, "Andrea Reckfort")
    try:
        count = store.one("SELECT count(*) FROM change_log")[0]
        with pytest.raises(StorageError, match="passt nicht zu den gespeicherten Daten"):
            with store.transaction():
                store.insert("field", {"name": "Wohnen", "phase": "goals"})
                store.insert("guiding_goal", {"field_id": 9999, "text": "ohne Handlungsfeld"})
        assert store.one("SELECT count(*) FROM change_log")[0] == count
        assert store.one("SELECT count(*) FROM field WHERE name = 'Wohnen'")[0] == 0
        store.insert("field", {"name": "Wohnen", "phase": "goals"})
    finally:
        store.close()
    report = check(db)
    assert report.ok and report.log_entries == count + 1
