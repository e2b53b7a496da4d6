"""The workshop documentation of a process nobody arranged yet, and Sections as user Markdown."""

from __future__ import annotations

import pytest

from steuerung.export.commands import Request, export_document
from steuerung.export.workshop import cycle_figure
from steuerung.store import goals, outline
from steuerung.store.db import create_db
from steuerung.store.repo import Store
from tests.conftest import NOW, fixed_now
from tests.export import headings, parser


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.db"
    store = Store(create_db(path), fixed_now)
    store.insert("process", {"title": "Integration in Musterstadt", "body": "Stadt Musterstadt"})
    field = goals.save(store, "field", {"name": "Sprache", "phase": "goals"})
    guiding = goals.save(store, "guiding_goal", {"text": "Jeder lernt Deutsch."},
                         parent=("field", field))
    annual = goals.save(store, "annual_goal", {"text": "Kurse anbieten", "year": "2011",
                                               "effect": "Durch die Kurse soll …"},
                        parent=("guiding_goal", guiding))
    goals.save(store, "measure", {"text": "Träger einladen\nund Räume suchen"},
               parent=("annual_goal", annual))
    goals.save(store, "consideration", {"text": "VHS"}, parent=("annual_goal", annual))
    store.close()
    return path


def _export(db, tmp_path) -> str:
    (path,) = export_document("workshop", db, Request(tmp_path / "out", NOW, force=True))
    return path.read_text(encoding="utf-8")


def test_the_default_outline_writes_only_what_there_is(db, tmp_path):
    text = _export(db, tmp_path)
    assert headings(text) == [
        ("h1", "Workshop-Dokumentation: Integration in Musterstadt"), ("h2", "Strategiezirkel"),
        ("h2", "Phasen der Handlungsfelder"), ("h2", "Handlungsfeld Sprache"),
        ("h3", "Leitziel 1: Jeder lernt Deutsch.")]
    assert "Stadt Musterstadt" in text
    assert "Leitbild" not in text.replace("Leitbild →", "")  # none adopted: nothing invented
    assert "Stand" not in text and "21.11.2026" not in text
    for line in ("**Jahresziel:**", "**Maßnahme:**", "- Träger einladen\\\n  und Räume suchen",
                 "Durch die Kurse soll …",
                 "**Was bei der Umsetzung der Maßnahme berücksichtigt werden sollte:**"):
        assert line in text
    assert text.index("Durch die Kurse") < text.index("**Was bei der Umsetzung")


def test_sections_are_markdown_kept_safe_and_below_the_documents_headings(db, tmp_path):
    from steuerung.store.db import open_db

    store = Store(open_db(db), fixed_now)
    outline.add_section(store, "Titel | mit <b>", "# Ergebnis\n\n- **eins**\n- <script>x</script>\n\n"
                        "| a | b |\n|---|---|\n| 1.200 | [/] |", after="field:1")
    outline.add_section(store, None, "Nur Text ohne Überschrift.", after="cycle")
    outline.set_included(store, "phases", False)
    outline.set_document_title(store, "Informationen zum vorläufigen Ergebnis")
    store.close()
    text = _export(db, tmp_path)
    found = headings(text)
    assert found[0] == ("h1", "Informationen zum vorläufigen Ergebnis")
    assert ("h2", "Titel | mit <b>") in found and ("h3", "Ergebnis") in found
    assert "Phasen der Handlungsfelder" not in text and "Stadt Musterstadt" not in text
    html = parser().render(text)
    assert "<script>" not in html and "<strong>eins</strong>" in html and "<table>" in html
    assert text.index("Nur Text ohne") < text.index("## Handlungsfeld Sprache")


def test_the_cycle_figure_loops_from_the_evaluation_back_to_the_measures():
    first, back, loop = cycle_figure().split("\n")[1:4]
    assert first == "Leitbild → Ziele → Ist-Analyse → Handlungskonzepte → Maßnahmen → Evaluation"
    measures = first.index("Maßnahmen") + len("Maßnahmen") // 2
    evaluation = first.index("Evaluation") + len("Evaluation") // 2
    assert (back.index("↑"), back.index("│")) == (measures, evaluation)
    assert (loop.index("└"), loop.index("┘")) == (measures, evaluation)
