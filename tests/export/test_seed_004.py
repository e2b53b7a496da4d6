"""The workshop documentation of ``steuerung demo`` reproduces seed 004, in the seed's order."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from steuerung.cli import main
from tests.export.seed_lines import compare, substantive

SEED = Path(__file__).parent / "seeds" / "004_0e0cdd76f7eab584.txt"


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("home")
    db = home / "sessions" / "neuss.db"
    assert main(["--home", str(home), "demo", str(db)]) == 0
    assert main(["--home", str(home), "export", "workshop", str(db), "--out",
                 str(home / "out")]) == 0
    (path,) = (home / "out").glob("*.md")
    return path


def test_the_export_holds_the_seeds_lines_in_the_seeds_order(export):
    result = compare(SEED.read_text(encoding="utf-8"), export.read_text(encoding="utf-8"))
    total = len(result.lines)
    report = "\n".join(f"  fehlt: {line}" for line in result.missing)
    assert result.present >= 0.95 * total, (
        f"{result.present} von {total} Zeilen der Vorlage im Export:\n{report}")
    assert result.in_order >= 0.90 * result.present, (
        f"nur {result.in_order} von {result.present} Zeilen in der Reihenfolge der Vorlage")
    # What is still missing is the ranking table, which the export writes with a
    # Rang column ("| 3. | Partizipation | 15 |" for the seed's "Partizipation | 15 Punkte").
    assert all("Punkte" in line for line in result.missing), report


def test_the_document_has_no_machine_date(export):
    text = export.read_text(encoding="utf-8")
    assert export.name.startswith("2011-04-05-")  # the vote's last day
    today = datetime.now()  # the CLI runs on the real clock; its date must not show
    assert today.strftime("%d.%m.%Y") not in text and str(today.year) not in text
    assert "Stand:" not in text
    assert "Noch nicht beschlossen" not in text  # no Leitbild: nothing invented


@pytest.mark.parametrize(("seed", "export", "present", "in_order"), [
    ("A\n\nB\nC", "A B\nC", 3, 3),
    ("Leitziel2:\nWir", "### Leitziel 2: Wir", 2, 2),
    ("B\nA", "A\nB", 2, 1),
    ("Ziele", "Leitziele", 0, 0),  # a word is found whole, never inside another
    ("<ul> • x • y", "| x | y |", 1, 1),  # HTML of the conversion is furniture
    ("- | | |\n|---|---|", "", 0, 0),
])
def test_the_comparison(seed, export, present, in_order):
    result = compare(seed, export)
    assert (result.present, result.in_order) == (present, in_order)


def test_substantive_lines_skip_furniture():
    assert substantive("\n \n- | | |\n|----|---|\n| 1. Bildung | 30 Punkte |\n") == [
        "| 1. Bildung | 30 Punkte |"]
