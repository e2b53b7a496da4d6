"""The Neuss demo's Vorlage (seed 004) and its two frozen reviews.

The reviews' rows are derived data: they must be exactly what freezing the
demo's readings at their Stichtag gives.  After a change to the demo's goals
or to the rules, regenerate them (and read the diff) with
``STEUERUNG_UPDATE_DEMO=1 python -m pytest tests/test_demo_council.py``.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime

import pytest

from steuerung.store.interchange import build_in_memory, dump
from steuerung.store.repo import Store
from steuerung.store.reviews import frozen_json
from tests.conftest import DEMO_JSON

SEED_RESOLUTION = ("Der Kreistag begrüßt und unterstützt die Durchführung eines Integrationsgipfels "
                   "im Jahre 2012. Der Kreistag stimmt einstimmig der Einrichtung einer "
                   "Steuerungsgruppe Integration in der vorgeschlagenen Zusammensetzung zu.")


@pytest.fixture(scope="module")
def store():
    conn = build_in_memory(DEMO_JSON.read_text(encoding="utf-8"))
    yield Store(conn, lambda: datetime(2012, 1, 10))
    conn.close()


def test_the_vorlage_is_the_one_of_seed_004(store):
    (sub,) = [dict(r) for r in store.rows("SELECT * FROM submission")]
    assert sub["kind"] == "resolution" and sub["date"] == "2010-11-10"
    assert "Steuerungsgruppe Integration" in sub["subject"]
    assert "Integrationsgipfel 2012" in sub["subject"]
    # The Kreistag's wording; "einstimmig" is the result, recorded in the Beratungsfolge.
    assert sub["proposal"] == SEED_RESOLUTION.replace("stimmt einstimmig der", "stimmt der")
    assert sub["parts"] == "composition" and sub["financial_effects"] == 0
    for placeholder in ("number", "lead_office", "clerk"):
        assert "Beispiel" in sub[placeholder], placeholder
    assert "Hinweis zum Beispiel" in sub["reasoning"]
    consultations = [tuple(r) for r in store.rows(
        "SELECT committee, date, role, result FROM consultation ORDER BY position")]
    assert consultations == [
        ("Sozial- und Gesundheitsausschuss", "2010-11-25", "preliminary", None),
        ("Kreistag", "2010-12-08", "decision", "einstimmig beschlossen")]
    resolution = store.one("SELECT text FROM resolution")[0]
    assert resolution == SEED_RESOLUTION
    process = store.one("SELECT signature_prefix, signature_name FROM process")
    assert tuple(process) == ("In Vertretung", "N. N. (Beispiel)")


def test_frozen_reviews_are_what_freezing_the_demo_gives(store):
    reviews = store.rows("SELECT id, year, stichtag, rows FROM review ORDER BY id")
    assert [r["stichtag"] for r in reviews] == ["2011-06-30", "2011-12-31"]
    fresh = {r["id"]: frozen_json(store, r["year"], date.fromisoformat(r["stichtag"]))
             for r in reviews}
    if os.environ.get("STEUERUNG_UPDATE_DEMO"):
        for review_id, rows in fresh.items():
            store.conn.execute("UPDATE review SET rows = ? WHERE id = ?", (rows, review_id))
        DEMO_JSON.write_text(dump(store.conn), encoding="utf-8")
        return
    for r in reviews:
        assert json.loads(r["rows"]) == json.loads(fresh[r["id"]]), (
            "Frozen demo review differs from its data; read the change, then "
            "STEUERUNG_UPDATE_DEMO=1 pytest tests/test_demo_council.py")


def test_the_reviews_differ_so_the_comparison_shows_something(store):
    lights = [{g["id"]: g["rollup"]["light"] for g in json.loads(r[0])}
              for r in store.rows("SELECT rows FROM review ORDER BY stichtag")]
    changed = {goal for goal in lights[0] if lights[0][goal] != lights[1][goal]}
    assert len(changed) >= 4
    assert set(lights[1].values()) == {"green", "yellow", "red", "grey", "no_indicator"}
