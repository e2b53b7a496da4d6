"""Who changed what: the author from each source, ``steuerung log``, ``load --force`` on an open file."""

from __future__ import annotations

import getpass
import sqlite3

import pytest

from steuerung.cli import main
from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.user import resolve_author
from tests.conftest import DEMO_JSON, fixed_now


def _import(db, tmp_path, *args: str) -> int:
    csv = tmp_path / "werte.csv"
    csv.write_text("indikator;datum;wert;quelle;notiz\n1;30.09.2011;7;Amt für Statistik;\n",
                   encoding="utf-8")
    return main([*args, "import-readings", str(db), str(csv)])


def _last_author(db) -> str:
    conn = open_db(db, readonly=True)
    try:
        return conn.execute("SELECT author FROM change_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def test_author_from_the_option_before_the_command(demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv("STEUERUNG_USER", "Aus der Umgebung")
    assert _import(demo_db, tmp_path, "--benutzer", "Andrea Reckfort") == 0
    assert _last_author(demo_db) == "Andrea Reckfort"


def test_author_from_the_option_after_the_command(demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv("STEUERUNG_USER", "Aus der Umgebung")
    csv = tmp_path / "werte.csv"
    csv.write_text("indikator;datum;wert\n1;30.09.2011;7\n", encoding="utf-8")
    assert main(["import-readings", str(demo_db), str(csv), "--benutzer", "Lars Lader"]) == 0
    assert _last_author(demo_db) == "Lars Lader"


def test_author_from_the_environment(demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv("STEUERUNG_USER", "  Erika   Mustermann ")
    assert _import(demo_db, tmp_path) == 0
    assert _last_author(demo_db) == "Erika Mustermann"


def test_author_from_the_login_name(demo_db, tmp_path, monkeypatch):
    monkeypatch.delenv("STEUERUNG_USER", raising=False)
    monkeypatch.setattr(getpass, "getuser", lambda: "areckfort")
    assert _import(demo_db, tmp_path) == 0
    assert _last_author(demo_db) == "areckfort"


def test_without_a_login_name_the_author_is_unbekannt(monkeypatch):
    def no_login():
        raise OSError("kein Eintrag in der Benutzerdatenbank")

    monkeypatch.setattr(getpass, "getuser", no_login)
    assert resolve_author(None, env={}) == "unbekannt"


@pytest.mark.parametrize("given, env, author", [
    ("Andrea", {"STEUERUNG_USER": "Bernd"}, "Andrea"),
    (None, {"STEUERUNG_USER": "Bernd"}, "Bernd"),
    (None, {"STEUERUNG_USER": "   "}, getpass.getuser()),
    ("Zeile\neins\tund [/] zwei", {}, "Zeile eins und [/] zwei"),
    ("x" * 200, {}, "x" * 80),
])
def test_author_precedence_and_cleaning(given, env, author):
    assert resolve_author(given, env=env) == author


def test_an_empty_author_is_refused_in_german(demo_db, capsys):
    assert main(["--benutzer", " ", "log", str(demo_db)]) == 2
    assert "--benutzer: bitte einen Namen angeben" in capsys.readouterr().err


def test_log_reads_oldest_first_with_filters(demo_db, tmp_path, capsys):
    assert _import(demo_db, tmp_path, "--benutzer", "Andrea Reckfort") == 0
    store = Store(open_db(demo_db), fixed_now, "Bernd Berger")
    store.update("topic", 1, {"name": "Bildung und Schule"})
    store.close()
    capsys.readouterr()
    assert main(["log", str(demo_db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("20.09.2010 00:00 · Beispieldaten · Bestand übernommen")
    assert lines[-1] == ("21.11.2026 10:00 · Bernd Berger · Thema „Bildung und Schule“: "
                         "Name: „Bildung“ → „Bildung und Schule“")
    assert " · Andrea Reckfort · Messwert „alle Schulen halten eine Infoveranstalt…“ " \
           "30.09.2011: angelegt" in lines[1]
    assert main(["log", str(demo_db), "--autor", "bernd"]) == 0
    assert capsys.readouterr().out.splitlines() == [lines[-1]]
    assert main(["log", str(demo_db), "--objekt", "Messwert", "--seit", "01.01.2012"]) == 0
    assert capsys.readouterr().out.splitlines() == [lines[1]]
    assert main(["log", str(demo_db), "--objekt", "gibt es nicht"]) == 0
    assert capsys.readouterr().out.strip() == "Keine Einträge für diese Auswahl."


def test_log_refuses_an_unreadable_day(demo_db, capsys):
    assert main(["log", str(demo_db), "--seit", "31.02.2011"]) == 2
    assert "kein lesbares Datum für --seit" in capsys.readouterr().err


def test_log_never_writes(demo_db):
    before = demo_db.read_bytes()
    assert main(["log", str(demo_db)]) == 0
    assert demo_db.read_bytes() == before


@pytest.mark.parametrize("command", [["load", str(DEMO_JSON)], ["demo"]])
def test_force_onto_a_file_open_in_the_app_is_refused(demo_db, capsys, command):
    open_store = Store(open_db(demo_db), fixed_now)  # the moderator's window
    inode = demo_db.stat().st_ino
    assert main([*command, str(demo_db), "--force"]) == 2
    assert "gerade geöffnet" in capsys.readouterr().err
    assert demo_db.stat().st_ino == inode
    open_store.insert("field", {"name": "Gespeichert", "phase": "goals"})
    open_store.close()
    assert sqlite3.connect(demo_db).execute(
        "SELECT count(*) FROM field WHERE name = 'Gespeichert'").fetchone()[0] == 1


def test_log_and_check_of_a_file_from_before_the_chain_never_write(tmp_path, capsys):
    """Schema 7 (no author, no hash): log reads a copy migrated in memory — sealed there, not in
    the file; check says the log is checked after the update, and nothing beside the file appears."""
    from sqlite_utils import Database

    from steuerung.store.migrations import migrations
    from steuerung.store.version import APPLICATION_ID
    from tests.readonly import snapshot

    db = tmp_path / "v7.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m008_change_log_author_hash")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO field (id, name, phase) VALUES (1, 'Sprache', 'goals')")
    conn.execute("INSERT INTO change_log (at, table_name, row_id, action, new) VALUES "
                 "('2011-03-01T09:00:00', 'field', 1, 'insert', "
                 "'{\"id\": 1, \"name\": \"Sprache\", \"phase\": \"goals\"}')")
    conn.close()
    before = snapshot(tmp_path)
    assert main(["log", str(db)]) == 0
    out = capsys.readouterr().out
    assert "01.03.2011 09:00 · unbekannt · Handlungsfeld „Sprache“: angelegt" in out
    assert main(["check", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"{db}: in Ordnung (Schema 7)." in out and "lückenlos" not in out
    assert snapshot(tmp_path) == before
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == 7
