"""All or nothing: the files of one export are written together or not at all (issue 15).

Issue 11, finding 9: ``--html`` wrote the ``.md`` and then refused an
existing ``.html`` – half a pair.  Also: a bad output folder, an unknown
format, a missing library: a German message and no file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from steuerung.cli import main
from steuerung.export.html import to_html
from tests.conftest import DEMO_JSON

STEM = "2011-04-05-themenprioritaeten-integrationsworkshop"


def _listing(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.name: b"<dir>" if p.is_dir() else p.read_bytes() for p in sorted(folder.iterdir())}


def test_an_existing_html_keeps_the_md_from_being_written(demo_db, tmp_path, capsys):
    out = tmp_path / "exp"
    out.mkdir()
    (out / f"{STEM}.html").write_text("vom Büro gedruckt\n", encoding="utf-8")
    assert main(["export", "priorities", str(demo_db), "--out", str(out), "--html"]) == 2
    err = capsys.readouterr().err
    assert "gibt es schon" in err and f"{STEM}.html" in err and "Traceback" not in err
    assert _listing(out) == {f"{STEM}.html": "vom Büro gedruckt\n".encode()}  # no .md


def test_every_existing_file_of_the_set_is_named_and_none_replaced(demo_db, tmp_path, capsys):
    out = tmp_path / "exp"
    out.mkdir()
    for suffix in (".md", ".pdf"):
        (out / f"{STEM}{suffix}").write_text("alt\n")
    before = _listing(out)
    assert main(["export", "priorities", str(demo_db), "--out", str(out),
                 "--format", "md,html,pdf"]) == 2
    err = capsys.readouterr().err
    assert f"{STEM}.md" in err and f"{STEM}.pdf" in err and "keine davon" in err
    assert _listing(out) == before
    assert main(["export", "priorities", str(demo_db), "--out", str(out),
                 "--format", "md,html,pdf", "--force"]) == 0
    assert sorted(_listing(out)) == [f"{STEM}.html", f"{STEM}.md", f"{STEM}.pdf"]
    assert _listing(out)[f"{STEM}.pdf"].startswith(b"%PDF")


def test_a_directory_in_the_way_of_one_format_stops_the_whole_set(demo_db, tmp_path, capsys):
    out = tmp_path / "exp"
    (out / f"{STEM}.docx").mkdir(parents=True)
    assert main(["export", "priorities", str(demo_db), "--out", str(out),
                 "--format", "md,docx"]) == 2
    assert "ist ein Verzeichnis" in capsys.readouterr().err
    assert sorted(_listing(out)) == [f"{STEM}.docx"]


@pytest.mark.parametrize("bad", ["datei", "datei/unter"])
def test_a_bad_output_folder_is_a_german_message(demo_db, tmp_path, capsys, bad):
    (tmp_path / "datei").write_text("kein Verzeichnis")
    assert main(["export", "priorities", str(demo_db), "--out", str(tmp_path / bad),
                 "--format", "md,html"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fehler: ") and "Traceback" not in err
    assert "Datei" in err and "nichts" in err or "kein Verzeichnis" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["datei", "home"]


@pytest.mark.parametrize("value, message", [
    ("md,rtf", "Ein Format „rtf“ gibt es nicht. Möglich sind: md, html, pdf, docx, odt"),
    (",", "Bitte mindestens ein Format angeben"),
])
def test_an_unknown_format_is_refused_before_anything_is_read(demo_db, tmp_path, capsys, value,
                                                              message):
    assert main(["export", "priorities", str(demo_db), "--out", str(tmp_path / "exp"),
                 "--format", value]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "exp").exists()


def test_formats_may_be_written_in_any_order_and_case(demo_db, tmp_path, capsys):
    assert main(["export", "priorities", str(demo_db), "--out", str(tmp_path),
                 "--format", " HTML, md ,html"]) == 0
    assert [Path(p).suffix for p in capsys.readouterr().out.split()] == [".md", ".html"]


@pytest.mark.parametrize("package, fmt, word", [("weasyprint", "pdf", "weasyprint"),
                                                ("pypandoc", "docx", "pypandoc-binary"),
                                                ("matplotlib", "pdf", "matplotlib")])
def test_a_missing_library_is_a_german_message_and_nothing_is_written(tmp_path, package, fmt,
                                                                      word):
    # A real run in a fresh interpreter in which the package cannot be imported.
    from steuerung.store.interchange import load

    db = tmp_path / "demo.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), db)
    code = ("import importlib.util, sys\n"
            f"sys.modules[{package!r}] = None\n"
            "real = importlib.util.find_spec\n"
            f"importlib.util.find_spec = lambda n, *a: None if n == {package!r} else real(n, *a)\n"
            "from steuerung.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    out = tmp_path / "exp"
    done = subprocess.run([sys.executable, "-c", code, "export", "status", str(db), "--out",
                           str(out), "--format", f"md,{fmt}", "--stichtag", "30.09.2011"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("Fehler: Für ") and f"„{word}“" in done.stderr
    assert "python -m pip install -e ." in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_control_characters_never_reach_the_html_title():
    page = to_html("# Titel\n", "Sitzung\x1b[31m \x07<b>rot</b>\u0085\nneu")
    title = page.split("<title>")[1].split("</title>")[0]
    assert title == "Sitzung [31m &lt;b&gt;rot&lt;/b&gt; neu"
