"""``steuerung export priorities`` end to end, and the writer's file rules."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from steuerung.cli import main
from steuerung.domain.errors import UserError
from steuerung.export.commands import Request, export_document
from steuerung.export.writer import document_name, slug, write_document
from steuerung.store.db import create_db
from tests.conftest import NOW

from . import table_rows

DEMO_FILE = "2011-04-05-themenprioritaeten-integrationsworkshop.md"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_writes_the_file_and_prints_its_path(demo_db, tmp_path, capsys):
    out = tmp_path / "neu" / "exp"  # created on first write
    before = _digest(demo_db)
    assert main(["export", "priorities", str(demo_db), "--out", str(out)]) == 0
    target = out / DEMO_FILE
    assert capsys.readouterr().out == f"{target}\n"
    rows = table_rows(target.read_text(encoding="utf-8"))
    assert rows[0] == ["Rang", "Thema", "Punkte", "Handlungsfeld"]
    assert [row[:3] for row in rows[1:]] == [
        ["1.", "Bildung", "30"], ["2.", "Arbeit", "17"], ["3.", "Sprache", "15"],
        ["3.", "Partizipation", "15"], ["4.", "Interkulturelle Öffnung", "14"],
        ["4.", "Willkommenskultur", "14"]]
    assert _digest(demo_db) == before  # exporting reads only
    assert sorted(p.name for p in out.iterdir()) == [DEMO_FILE]  # no temporary file left


def test_an_existing_file_is_kept_unless_force(demo_db, tmp_path, capsys):
    out = tmp_path / "exp"
    assert main(["export", "priorities", str(demo_db), "--out", str(out)]) == 0
    target = out / DEMO_FILE
    exported = target.read_bytes()
    target.write_text("vom Büro ergänzt\n", encoding="utf-8")
    capsys.readouterr()

    assert main(["export", "priorities", str(demo_db), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("Fehler: ")
    assert str(target) in captured.err and "gibt es schon" in captured.err
    assert "--force" in captured.err and "Traceback" not in captured.err
    assert target.read_text(encoding="utf-8") == "vom Büro ergänzt\n"

    assert main(["export", "priorities", str(demo_db), "--out", str(out), "--force"]) == 0
    assert capsys.readouterr().out == f"{target}\n"
    # The same document again (the CLI's clock only shows in the last line, "Stand: …").
    assert target.read_bytes().rsplit(b"Stand:", 1)[0] == exported.rsplit(b"Stand:", 1)[0]
    assert sorted(p.name for p in out.iterdir()) == [DEMO_FILE]


def test_unknown_vote_names_the_existing_ones(demo_db, tmp_path, capsys):
    assert main(["export", "priorities", str(demo_db), "--vote", "99",
                 "--out", str(tmp_path / "exp")]) == 2
    assert capsys.readouterr().err == (
        "Fehler: Eine Punktabfrage Nr. 99 gibt es nicht. "
        "Vorhanden: 1 (Themenprioritäten Integrationsworkshop).\n")
    assert not (tmp_path / "exp").exists()


def test_explicit_vote_number(demo_db, tmp_path, capsys):
    assert main(["export", "priorities", str(demo_db), "--vote", "1",
                 "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / DEMO_FILE)


def test_default_out_dir_is_exports_in_home(demo_db, paths, capsys):
    assert not paths.exports.exists()
    assert main(["--home", str(paths.home), "export", "priorities", str(demo_db)]) == 0
    assert capsys.readouterr().out == f"{paths.exports / DEMO_FILE}\n"
    assert (paths.exports / DEMO_FILE).is_file()


def test_a_process_without_votes_is_refused(tmp_path, capsys):
    db = tmp_path / "leer.db"
    create_db(db).close()
    assert main(["export", "priorities", str(db), "--out", str(tmp_path / "exp")]) == 2
    err = capsys.readouterr().err
    assert "keine Punktabfrage" in err and str(db) in err


def test_a_file_that_is_not_a_database_is_refused(tmp_path, capsys):
    notes = tmp_path / "notizen.db"
    notes.write_text("keine Datenbank", encoding="utf-8")
    assert main(["export", "priorities", str(notes), "--out", str(tmp_path / "exp")]) == 2
    assert "keine steuerung-Datenbank" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "keine Datenbank"


def test_export_document_directly_is_deterministic(demo_db, tmp_path):
    first = export_document("priorities", demo_db, Request(tmp_path / "a", NOW))
    second = export_document("priorities", demo_db, Request(tmp_path / "b", NOW, vote_id=1))
    assert first[0].read_bytes() == second[0].read_bytes()
    with pytest.raises(UserError, match="Dokumentart „protokoll“"):
        export_document("protokoll", demo_db, Request(tmp_path, NOW))


def test_export_modules_do_not_import_markdown_it_or_textual():
    code = ("import sys, steuerung.export.commands, steuerung.export.markdown\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in {'markdown_it', 'textual'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- writer --------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "expected"), [
    ("Integration in Münster", "integration-in-muenster"),
    ("Themenprioritäten Integrationsworkshop", "themenprioritaeten-integrationsworkshop"),
    ("Größe & Maß: Straße", "groesse-mass-strasse"),
    ("ÄÖÜ äöü", "aeoeue-aeoeue"),
    ("Café déjà-vu", "cafe-deja-vu"),
    ("  --Protokoll // 2. Sitzung--  ", "protokoll-2-sitzung"),
    ("<script>", "script"),
    ("***", ""),
])
def test_slug(title, expected):
    assert slug(title) == expected


def test_slug_is_short_and_never_ends_with_a_hyphen():
    result = slug("a" * 59 + " b" * 10)
    assert len(result) <= 60 and not result.endswith("-")


@pytest.mark.parametrize(("kind", "title", "name"), [
    ("protokoll", "Koordinationskreis", "2011-05-03-protokoll-koordinationskreis.md"),
    ("themenprioritaeten", "Themenprioritäten Workshop", "2011-05-03-themenprioritaeten-workshop.md"),
    ("themenprioritaeten", "Workshop", "2011-05-03-themenprioritaeten-workshop.md"),
    ("themenprioritaeten", "Themenprioritäten", "2011-05-03-themenprioritaeten.md"),
    ("protokoll", "***", "2011-05-03-protokoll.md"),
])
def test_document_name(kind, title, name):
    assert document_name(date(2011, 5, 3), kind, title) == name


def test_write_document_creates_the_directory_and_writes_utf8_with_lf(tmp_path):
    out = tmp_path / "a" / "b"
    path = write_document("Zeile ä\r\nZeile ö\n", out, day=date(2011, 5, 3),
                          kind_word="protokoll", title="Koordinationskreis", force=False)
    assert path == out / "2011-05-03-protokoll-koordinationskreis.md"
    assert path.read_bytes() == "Zeile ä\nZeile ö\n".encode()


def test_write_document_refuses_an_existing_file_without_force(tmp_path):
    args = dict(day=date(2011, 5, 3), kind_word="protokoll", title="KK")
    path = write_document("alt\n", tmp_path, force=False, **args)
    with pytest.raises(UserError) as err:
        write_document("neu\n", tmp_path, force=False, **args)
    assert str(path) in err.value.message and "--force" in err.value.message
    assert path.read_text() == "alt\n"
    write_document("neu\n", tmp_path, force=True, **args)
    assert path.read_text() == "neu\n"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_write_document_into_a_file_is_a_german_error(tmp_path):
    blocker = tmp_path / "datei"
    blocker.write_text("x")
    with pytest.raises(UserError, match="ist eine Datei, kein Verzeichnis"):
        write_document("text\n", blocker, day=date(2011, 5, 3), kind_word="protokoll",
                       title="KK", force=False)
