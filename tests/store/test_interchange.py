"""JSON interchange: round trip, refusals naming the first wrong place, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from steuerung.domain.errors import UserError
from steuerung.store.db import open_db
from steuerung.store.interchange import dump, load
from steuerung.store.repo import Store
from tests.conftest import DEMO_JSON, fixed_now


def _demo_doc() -> dict:
    return json.loads(DEMO_JSON.read_text(encoding="utf-8"))


def test_load_then_dump_gives_identical_json(tmp_path):
    text = DEMO_JSON.read_text(encoding="utf-8")
    load(text, tmp_path / "demo.db")
    conn = open_db(tmp_path / "demo.db")
    assert dump(conn) == text


def test_dump_after_an_edit_round_trips(tmp_path):
    load(DEMO_JSON.read_text(encoding="utf-8"), tmp_path / "a.db")
    store = Store(open_db(tmp_path / "a.db"), fixed_now)
    store.insert("field", {"name": "Partizipation | „Teilhabe“", "phase": "vision"})
    first = dump(store.conn)
    load(first, tmp_path / "b.db")
    assert dump(open_db(tmp_path / "b.db")) == first
    assert json.loads(first)["tables"]["change_log"][-1]["action"] == "insert"


def _with(change) -> str:
    doc = _demo_doc()
    change(doc)
    return json.dumps(doc, ensure_ascii=False)


def _set(path: list, value):
    def change(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("{nicht json", "Zeile 1, Spalte 2"),
        ("[1, 2]", "Oberste Ebene"),
        (_with(_set(["format"], "steuerung/9")), "„format“"),
        (_with(_set(["tables", "felder"], [])), "tables.felder: unbekannte Tabelle"),
        (_with(_set(["tables", "field"], {"id": 1})), "tables.field: eine Liste"),
        (_with(_set(["tables", "field", 2], "Sprache")), "tables.field[2]: ein Objekt"),
        (_with(_set(["tables", "field", 1, "id"], "zwei")), "tables.field[1].id"),
        (_with(_set(["tables", "field", 1, "id"], 1)), "kommt in tables.field doppelt vor"),
        (_with(_set(["tables", "field", 0, "farbe"], "rot")), "tables.field[0].farbe: unbekannte Spalte"),
        (_with(_set(["tables", "field", 0, "name"], None)), "tables.field[0].name: Pflichtangabe fehlt"),
        (_with(_set(["tables", "indicator", 5, "target_value"], "zehn")),
         "tables.indicator[5].target_value: eine Zahl erwartet, gefunden \"zehn\""),
        (_with(_set(["tables", "seat", 0, "count"], 1.5)), "tables.seat[0].count: eine ganze Zahl"),
        (_with(_set(["tables", "guiding_goal", 3, "field_id"], 99)),
         "tables.guiding_goal[3].field_id: verweist auf field 99"),
    ],
)
def test_wrong_shape_is_refused_and_nothing_written(tmp_path, text, place):
    target = tmp_path / "sub" / "neu.db"
    with pytest.raises(UserError) as info:
        load(text, target)
    assert place in info.value.message
    assert not target.parent.exists()


def test_existing_target_needs_force(tmp_path):
    target = tmp_path / "p.db"
    target.write_bytes(b"wichtig")
    with pytest.raises(UserError, match="--force"):
        load(DEMO_JSON.read_text(encoding="utf-8"), target)
    assert target.read_bytes() == b"wichtig"
    load(DEMO_JSON.read_text(encoding="utf-8"), target, force=True)
    assert open_db(target).execute("SELECT count(*) FROM seat").fetchone()[0] == 10


def test_force_does_not_replay_an_old_wal(tmp_path):
    """A replaced file's leftover -wal must not leak the old rows into the new file."""
    target = tmp_path / "p.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), target)
    # A process that dies without closing leaves its -wal behind (and no lock).
    subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import os
        from datetime import datetime
        from steuerung.store.db import open_db
        from steuerung.store.repo import Store
        store = Store(open_db({str(target)!r}), datetime.now)
        store.insert("field", {{"name": "Nur im alten WAL", "phase": "goals"}})
        os._exit(0)
        """)], check=True)
    assert Path(f"{target}-wal").stat().st_size > 0
    load(DEMO_JSON.read_text(encoding="utf-8"), target, force=True)
    conn = open_db(target)
    assert conn.execute("SELECT count(*) FROM field WHERE name LIKE 'Nur%'").fetchone()[0] == 0
    conn.close()


def test_force_onto_an_open_file_is_refused(tmp_path):
    """No write may land in a deleted file: a file open elsewhere is not replaced."""
    target = tmp_path / "p.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), target)
    store = Store(open_db(target), fixed_now)
    before = target.stat().st_ino
    with pytest.raises(UserError, match="gerade geöffnet"):
        load(DEMO_JSON.read_text(encoding="utf-8"), target, force=True)
    assert target.stat().st_ino == before
    store.insert("field", {"name": "Nach dem Versuch", "phase": "goals"})
    store.close()
    assert open_db(target).execute("SELECT count(*) FROM field WHERE name = 'Nach dem Versuch'"
                                   ).fetchone()[0] == 1


def test_the_vorlage_fields_and_the_signature_round_trip(tmp_path):
    from steuerung.store.submissions import save_signature, save_submission

    load(DEMO_JSON.read_text(encoding="utf-8"), tmp_path / "a.db")
    store = Store(open_db(tmp_path / "a.db"), fixed_now)
    save_signature(store, "In Vertretung", "Erika Muster", "Kreisdirektorin")
    save_submission(store, {"subject": "Sachstand 2011", "kind": "report", "clerk": "Frau A",
                            "stichtag": "31.12.2011", "parts": ["attainment", "goals"],
                            "financial_effects": 1, "budget_year": "2012",
                            "budget_product": "50.01", "budget_expense": "Sachaufwand",
                            "budget_amount": "1.234,5"})
    first = dump(store.conn)
    load(first, tmp_path / "b.db")
    assert dump(open_db(tmp_path / "b.db")) == first
    tables = json.loads(first)["tables"]
    assert tables["process"][0]["signature_name"] == "Erika Muster"
    new = tables["submission"][-1]
    assert (new["clerk"], new["stichtag"], new["parts"], new["financial_effects"],
            new["budget_year"], new["budget_amount"]) == (
        "Frau A", "2011-12-31", "goals,attainment", 1, 2012, 1234.5)
