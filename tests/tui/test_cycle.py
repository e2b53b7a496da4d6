"""Strategiezirkel: the drawing (pure) and the one-key phase change (Pilot)."""

from __future__ import annotations

import pytest

from steuerung.tui.app import make_app
from steuerung.tui.screens.cycle import CycleScreen
from steuerung.tui.screens.goals import GoalsScreen
from steuerung.tui.widgets.cycle import cycle_drawing
from tests.conftest import fixed_now
from tests.tui.test_goals import _goto, _keys, _tree_lines


def _box_of(drawing: str, name: str) -> str:
    """The title of the box whose column and rows hold ``name``."""
    lines = drawing.split("\n")
    row = next(i for i, line in enumerate(lines) if name in line)
    col = lines[row].index(name)
    for above in range(row, -1, -1):
        line = lines[above]
        if len(line) > col and line[col - 2:col] in ("┌─", "─ ") and "┌" in line[:col]:
            start = line.rindex("┌", 0, col)
            return line[start:].split("─")[1].strip().split(" ", 1)[1].split(" ─")[0].strip()
    raise AssertionError(name)


@pytest.mark.parametrize("phase, title", [
    ("vision", "Leitbild"), ("goals", "Ziele"), ("analysis", "Ist-Analyse"),
    ("measures", "Maßnahmen"), ("evaluation", "Evaluation")])
def test_each_field_stands_in_the_box_of_its_phase(phase, title):
    drawing = cycle_drawing([(1, "3 Sprache", phase), (2, "1 Bildung", "goals")]).plain
    assert _box_of(drawing, "3 Sprache") == title
    assert _box_of(drawing, "1 Bildung") == "Ziele"


def test_the_drawing_is_a_cycle_with_the_selected_field_marked():
    text = cycle_drawing([(7, "Sprache", "analysis")], selected=7)
    plain = text.plain
    for mark in ("↘", "↓", "← Handlungs-", "konzepte", "⇅"):  # as the seed draws it
        assert mark in plain
    assert "↗" not in plain  # the Evaluation leads back to the Maßnahmen, not to the Leitbild
    assert plain.count("(keine)") == 4
    start = plain.index("Sprache")
    assert any("reverse" in str(span.style) and span.start <= start < span.end for span in text.spans)


async def test_phase_changes_with_one_key(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("field", 3))
        await _keys(pilot, "s")
        assert isinstance(app.screen, CycleScreen)

        def drawing() -> str:
            return str(app.screen.query_one("#cycle-drawing").content)

        assert _box_of(drawing(), "3 Sprache") == "Ziele"
        await _keys(pilot, "p")
        assert demo_store.get("field", 3)["phase"] == "analysis"
        assert _box_of(drawing(), "3 Sprache") == "Ist-Analyse"
        await _keys(pilot, "5")
        assert demo_store.get("field", 3)["phase"] == "evaluation"
        await _keys(pilot, "p")  # after Evaluation the cycle starts again
        assert demo_store.get("field", 3)["phase"] == "vision"
        await _keys(pilot, "P")
        assert demo_store.get("field", 3)["phase"] == "evaluation"
        await _keys(pilot, "down", "3")  # the next field, Interkulturelle Öffnung
        assert demo_store.get("field", 4)["phase"] == "analysis"
        await _keys(pilot, "up", "up", "up", "4")
        assert demo_store.get("field", 1)["phase"] == "measures"
        assert "Handlungsfeld 1 Bildung · Phase Maßnahmen" in str(
            app.screen.query_one("#cycle-selected").content)
        logged = demo_store.rows("SELECT row_id FROM change_log WHERE table_name = 'field'")
        assert len(logged) == 6  # one logged write per key
        await _keys(pilot, "escape")
        assert isinstance(app.screen, GoalsScreen)
        assert "3 Sprache · Evaluation" in _tree_lines(app)
