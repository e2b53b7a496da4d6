"""Pilot tests of the forms: Indikator-Steckbrief (every field), Maßnahme, Hinweise."""

from __future__ import annotations

from steuerung.tui.app import make_app
from tests.conftest import fixed_now
from tests.tui.test_goals import _errors, _goto, _keys, _tree_lines, _type


def _editor(app, name: str):
    """The editor of row ``name`` in the form section now shown (ids repeat across sections)."""
    return app.screen.query_one(f"#form-{app.screen.form.kind} #f-{name}")


def _row_text(app, name: str) -> str:
    return _editor(app, name).value


def _note(app, name: str) -> str:
    return str(_editor(app, name).parent.query_one(".form-preview").content)


async def test_indicator_steckbrief_with_every_field_by_keys(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("annual_goal", 12))  # Einrichtung niederschwelliger Kurse
        await _keys(pilot, "u", "enter")
        await _type(pilot, "Anteil der Kurse mit Kinderbetreuung", "enter")
        await _keys(pilot, "enter")  # Art: quantitativ
        await _type(pilot, "%", "enter")
        await _type(pilot, "Kurse mit Betreuung / alle Kurse × 100", "enter")
        await _type(pilot, "Kursträgerstatistik", "enter")
        await _type(pilot, "halbjährlich", "enter")
        await _type(pilot, "12,5", "enter")
        await _type(pilot, "Ende 2010")
        assert "→ 31.12.2010" in _note(app, "baseline_date")
        await _keys(pilot, "enter")
        await _type(pilot, "1.200")
        assert _note(app, "direction") == "→ steigend"
        await _keys(pilot, "enter")
        await _type(pilot, "3. Quartal 2012")
        assert "→ 30.09.2012" in _note(app, "deadline_text")
        await _keys(pilot, "enter", "right", "enter")  # Richtung: steigend
        await _type(pilot, "95", "enter")
        await _type(pilot, "80", "enter")
        await _type(pilot, "Zahlen der VHS und freien Träger", "enter")  # the last field saves
        assert not _errors(app)
        row = dict(demo_store.one("SELECT * FROM indicator ORDER BY id DESC"))
        assert {k: row[k] for k in row if k not in ("id", "annual_goal_id", "position")} == {
            "name": "Anteil der Kurse mit Kinderbetreuung", "kind": "quantitative", "unit": "%",
            "definition": "Kurse mit Betreuung / alle Kurse × 100",
            "data_source": "Kursträgerstatistik", "periodicity": "halbjährlich",
            "baseline_value": 12.5, "baseline_date": "2010-12-31", "target_value": 1200.0,
            "deadline_text": "3. Quartal 2012", "deadline": "2012-09-30", "direction": "up",
            "green_from": 95.0, "yellow_from": 80.0, "note": "Zahlen der VHS und freien Träger"}
        assert row["annual_goal_id"] == 12 and row["position"] == 3  # after its two indicators
        # shown again as typed: German numbers and dates
        assert app.screen.outline.cursor_key == ("indicator", row["id"])
        assert [_row_text(app, n) for n in ("baseline_value", "baseline_date", "target_value",
                                            "deadline_text", "green_from")] == [
            "12,5", "31.12.2010", "1.200", "3. Quartal 2012", "95"]
        assert "Indikatoren (3)" in _tree_lines(app)


async def test_bad_threshold_and_number_are_refused(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("annual_goal", 12))
        await _keys(pilot, "u", "enter")
        await _type(pilot, "Kurse", *["enter"] * 6)
        await _type(pilot, "drei", "ctrl+s")
        assert "Ausgangswert: „drei“ ist keine Zahl" in _errors(app)[-1]
        await _keys(pilot, *["backspace"] * 4)
        await _type(pilot, "3", *["enter"] * 5)
        await _type(pilot, "80", "enter")
        await _type(pilot, "90", "ctrl+s")
        assert "„gelb ab“ (90 %) muss unter „grün ab“ (80 %) liegen" in _errors(app)[-1]
        assert demo_store.one("SELECT count(*) FROM indicator")[0] == 12


async def test_measure_form_with_status_and_deadline(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("annual_goal", 12))
        await _keys(pilot, "u", "down", "enter")  # Maßnahme
        await _type(pilot, "Kurse in drei Kommunen ausschreiben", "enter")
        await _type(pilot, "Integrationsbüro", "enter")
        await _type(pilot, "VHS, Kursträger", "enter")
        await _type(pilot, "1.200 € je Kurs", "enter")
        await _keys(pilot, "right", "enter")  # Status: in Umsetzung
        await _type(pilot, "Herbst 2011", "enter")
        row = dict(demo_store.one("SELECT * FROM measure ORDER BY id DESC"))
        assert (row["annual_goal_id"], row["text"], row["responsible"], row["partners"],
                row["resources"], row["status"], row["deadline_text"], row["deadline"]) == (
            12, "Kurse in drei Kommunen ausschreiben", "Integrationsbüro", "VHS, Kursträger",
            "1.200 € je Kurs", "in_progress", "Herbst 2011", "2011-11-30")
        assert "▸ Kurse in drei Kommunen ausschreiben · in Umsetzung" in [
            line.strip() for line in _tree_lines(app)]


async def test_hints_under_a_jahresziel_and_under_a_field(demo_store, paths):
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await _keys(pilot, "z")
        await _goto(pilot, ("annual_goal", 12))
        await _keys(pilot, "h")
        await _type(pilot, "Kinderbetreuung vor Ort klären", "enter")
        await _keys(pilot, "n")  # the next Hinweis right below
        await _type(pilot, "Fahrtkosten", "enter")
        rows = demo_store.rows("SELECT text, position FROM consideration WHERE annual_goal_id = 12 "
                               "ORDER BY position")
        assert [tuple(r) for r in rows] == [("Kinderbetreuung vor Ort klären", 1), ("Fahrtkosten", 2)]
        await _goto(pilot, ("field", 3))
        await _keys(pilot, "h")
        await _type(pilot, "Sprachkursträger einbinden", "enter")
        row = demo_store.one("SELECT field_id, annual_goal_id FROM consideration ORDER BY id DESC")
        assert tuple(row) == (3, None)
        assert "Hinweise zur Umsetzung (1)" in _tree_lines(app)
        await _keys(pilot, "delete")
        assert "Löschen: Hinweis?" in str(app.screen.query_one("#question").content)
        await _keys(pilot, "j")
        assert demo_store.one("SELECT count(*) FROM consideration WHERE field_id = 3")[0] == 0
