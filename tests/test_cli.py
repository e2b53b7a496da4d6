"""The command line: every command on the demo, every user error exits 2 in German."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from steuerung import __version__
from steuerung.cli import main
from steuerung.store.version import SCHEMA_VERSION
from tests.conftest import DEMO_JSON


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"steuerung {__version__}"


def test_help_is_german(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: steuerung")
    assert "Befehle" in out and "Optionen" in out and "diese Hilfe anzeigen" in out


def test_demo_creates_default_file(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "demo"]) == 0
    db = tmp_path / "sessions" / "rhein-kreis-neuss.db"
    assert f"Beispiel angelegt: {db}" in capsys.readouterr().out
    assert db.exists()
    assert main(["--home", str(tmp_path), "demo"]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["--home", str(tmp_path), "demo", "--force"]) == 0


def test_dump_prints_the_demo(demo_db, capsys):
    assert main(["dump", str(demo_db)]) == 0
    assert capsys.readouterr().out == DEMO_JSON.read_text(encoding="utf-8")


def test_load_and_refuse_overwrite(tmp_path, capsys):
    target = tmp_path / "neu.db"
    assert main(["load", str(DEMO_JSON), str(target)]) == 0
    assert f"Datenbank angelegt: {target}" in capsys.readouterr().out
    before = target.read_bytes()
    assert main(["load", str(DEMO_JSON), str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_load_of_a_bad_document_names_the_place(tmp_path, capsys):
    doc = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    doc["tables"]["seat"][3]["count"] = "acht"
    bad = tmp_path / "kaputt.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["load", str(bad), str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fehler: tables.seat[3].count: eine ganze Zahl erwartet")
    assert not (tmp_path / "x.db").exists()


def test_check_passes_on_the_demo(demo_db, capsys):
    assert main(["check", str(demo_db)]) == 0
    assert f"in Ordnung (Schema {SCHEMA_VERSION})" in capsys.readouterr().out


def test_check_reports_a_broken_reference(demo_db, capsys):
    import sqlite3

    conn = sqlite3.connect(demo_db)  # foreign keys off: simulate damage from outside
    conn.execute("UPDATE guiding_goal SET field_id = 77 WHERE id = 1")
    conn.commit()
    conn.close()
    assert main(["check", str(demo_db)]) == 1
    out = capsys.readouterr().out
    assert "guiding_goal Zeile 1 verweist auf fehlende Zeile in field" in out
    assert "beschädigt" in out


@pytest.mark.parametrize("command", ["open", "dump", "check"])
def test_foreign_file_exit_2_and_unchanged(tmp_path, capsys, command):
    other = tmp_path / "notizen.db"
    other.write_text("keine Datenbank", encoding="utf-8")
    assert main([command, str(other)]) == 2
    assert "keine steuerung-Datenbank" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == "keine Datenbank"


def test_missing_file(tmp_path, capsys):
    assert main(["dump", str(tmp_path / "fehlt.db")]) == 2
    assert "gibt es nicht" in capsys.readouterr().err
    assert main(["load", str(tmp_path / "fehlt.json"), str(tmp_path / "x.db")]) == 2
    assert "gibt es nicht" in capsys.readouterr().err


def test_unknown_command_is_german_and_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["oeffnen"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Fehler: BEFEHL: „oeffnen“ gibt es nicht; möglich sind: 'open', 'demo'" in err


def test_installed_script_never_shows_a_traceback(tmp_path):
    """The real entry point in a subprocess, as a user would call it."""
    bad = tmp_path / "a.json"
    bad.write_text('{"format": "steuerung/1", "tables": {"field": [{"id": 1}]}}', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "steuerung", "load", str(bad), str(tmp_path / "b.db")],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "tables.field[0].name: Pflichtangabe fehlt" in out.stderr
