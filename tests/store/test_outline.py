"""The outline of the workshop documentation: default order, Sections, moving, leaving out."""

from __future__ import annotations

import json

import pytest

from steuerung.domain.errors import UserError
from steuerung.store import goals, outline
from steuerung.store.committees import delete_committee
from steuerung.store.db import create_db, open_db
from steuerung.store.interchange import dump, load
from steuerung.store.repo import Store
from tests.conftest import fixed_now


@pytest.fixture
def store(tmp_path):
    store = Store(create_db(tmp_path / "p.db"), fixed_now)
    store.insert("process", {"title": "Integration in Musterstadt"})
    for position, name in enumerate(("Bildung", "Sprache"), 1):
        store.insert("field", {"name": name, "phase": "goals", "position": position})
    committee = store.insert("committee", {"name": "Steuerungsgruppe", "position": 1})
    store.insert("seat", {"committee_id": committee, "actor": "Landrat", "count": 1})
    store.insert("committee", {"name": "Rat", "position": 2})  # neither seats nor tasks
    yield store
    store.close()


def _keys(store) -> list[str]:
    return [p.key for p in outline.parts(store)]


def test_the_default_outline_is_the_shape_of_the_seed_and_stores_nothing(store):
    assert _keys(store) == ["vision", "priorities", "cycle", "phases", "field:1", "field:2",
                            "seats:1", "resolutions", "recommendations"]
    assert [p.heading for p in outline.parts(store)][4:7] == [
        "Handlungsfeld Bildung", "Handlungsfeld Sprache", "Zusammensetzung: Steuerungsgruppe"]
    assert store.one("SELECT count(*) FROM document_part")[0] == 0


def test_a_section_goes_right_after_the_chosen_part_and_the_outline_is_stored(store):
    first = outline.add_section(store, "Einführung", "Text *mit* Markdown", after=None)
    second = outline.add_section(store, "", "Zwischen den Feldern", after="field:1")
    assert _keys(store) == [f"section:{first}", "vision", "priorities", "cycle", "phases",
                            "field:1", f"section:{second}", "field:2", "seats:1", "resolutions",
                            "recommendations"]
    positions = [r[0] for r in store.rows("SELECT position FROM document_part "
                                          "ORDER BY position")]
    assert positions == list(range(1, 12))
    outline.save_section(store, second, "Zwischentitel", "neu")
    part = outline.parts(store)[6]
    assert (part.title, part.text, part.heading) == ("Zwischentitel", "neu", "Zwischentitel")


def test_a_new_field_joins_after_the_field_it_follows(store):
    section = outline.add_section(store, "Nach den Feldern", "…", after="field:2")
    new = goals.save(store, "field", {"name": "Arbeit", "phase": "vision"})
    keys = _keys(store)
    assert keys[keys.index("field:2"):keys.index("field:2") + 3] == [
        "field:2", f"field:{new}", f"section:{section}"]


def test_move_swaps_and_stops_at_the_ends(store):
    assert outline.move(store, "cycle", -1)
    assert _keys(store)[1:3] == ["cycle", "priorities"]
    assert not outline.move(store, "vision", -1)
    assert not outline.move(store, "recommendations", 1)


def test_leave_out_and_retitle_a_generated_part(store):
    outline.set_included(store, "phases", False)
    outline.set_heading(store, "recommendations", "10 Handlungsempfehlungen")
    outline.set_heading(store, "priorities", "")
    found = {p.key: p for p in outline.parts(store)}
    assert not found["phases"].included
    assert found["recommendations"].heading == "10 Handlungsempfehlungen"
    assert found["priorities"].heading == ""
    outline.set_heading(store, "recommendations", "Handlungsempfehlungen")  # the default again
    assert outline.parts(store)[-1].title is None


def test_sections_are_edited_or_deleted_generated_parts_are_left_out(store):
    section = outline.add_section(store, "Titel", None)
    with pytest.raises(UserError, match="erzeugten Teil"):
        outline.set_included(store, f"section:{section}", False)
    with pytest.raises(UserError, match="Überschrift oder einen Text"):
        outline.save_section(store, section, "  ", "\n")
    with pytest.raises(UserError, match="Überschrift oder einen Text"):
        outline.add_section(store, "", "")
    vision = next(p for p in outline.parts(store) if p.part == "vision")
    with pytest.raises(UserError):
        outline.delete_section(store, vision.row_id)
    outline.delete_section(store, section)
    assert f"section:{section}" not in _keys(store)
    with pytest.raises(UserError):
        outline.save_section(store, section, "weg", "weg")


def test_the_document_title(store):
    assert outline.document_title(store) is None
    outline.set_document_title(store, "Informationen zum vorläufigen Ergebnis")
    assert outline.document_title(store) == "Informationen zum vorläufigen Ergebnis"
    assert "head" not in _keys(store)
    outline.set_document_title(store, " ")
    assert outline.document_title(store) is None


def test_deleting_a_field_or_committee_takes_its_part_along(store):
    outline.set_included(store, "field:2", False)  # stores the outline
    goals.delete(store, "field", 2)
    delete_committee(store, 1)
    assert "field:2" not in _keys(store) and "seats:1" not in _keys(store)
    assert store.one("SELECT count(*) FROM document_part WHERE field_id = 2 "
                     "OR committee_id = 1")[0] == 0


def test_outline_and_links_round_trip_through_dump_and_load(store, tmp_path):
    outline.add_section(store, "Abschnitt | mit „Zeichen“", "- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |")
    outline.set_document_title(store, "Titel")
    guiding = goals.save(store, "guiding_goal", {"text": "Leitziel"}, parent=("field", 1))
    first = goals.save(store, "annual_goal", {"text": "A", "year": "2011", "effect": "Wirkung"},
                       parent=("guiding_goal", guiding))
    second = goals.save(store, "annual_goal", {"text": "B", "year": "2011"},
                        parent=("guiding_goal", guiding))
    indicator = goals.save(store, "indicator", {"name": "je 10 %", "kind": "quantitative"},
                           parent=("annual_goal", first))
    from steuerung.store.indicator_links import link

    link(store, indicator, second)
    text = dump(store.conn)
    tables = json.loads(text)["tables"]
    assert len(tables["document_part"]) == 11 and len(tables["indicator_link"]) == 1
    assert tables["annual_goal"][0]["effect"] == "Wirkung"
    load(text, tmp_path / "copy.db")
    assert dump(open_db(tmp_path / "copy.db")) == text


def test_a_link_to_a_missing_goal_is_refused_by_load(store, tmp_path):
    doc = json.loads(dump(store.conn))
    doc["tables"]["indicator_link"] = [{"id": 1, "indicator_id": 7, "annual_goal_id": 9,
                                        "position": 1}]
    with pytest.raises(UserError, match="indicator_link"):
        load(json.dumps(doc), tmp_path / "bad.db")
    assert not (tmp_path / "bad.db").exists()
