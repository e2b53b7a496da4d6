"""The store: one transaction per action, every write in the change log."""

from __future__ import annotations

import json
import sqlite3

import pytest

from steuerung.store.db import create_db, open_db
from steuerung.store.errors import StorageError
from steuerung.store.repo import Store
from tests.conftest import fixed_now


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "p.db"
    store = Store(create_db(path), fixed_now)
    store.insert("process", {"title": "Test"})
    yield store
    store.close()


def _log(store: Store) -> list[dict]:
    return [dict(r) for r in store.rows("SELECT * FROM change_log ORDER BY id")]


def test_insert_update_delete_are_logged(store):
    field_id = store.insert("field", {"name": "Bildung", "phase": "goals", "position": 1})
    store.update("field", field_id, {"name": "Bildung und Sprache", "phase": "goals"})
    store.delete("field", field_id)
    log = [e for e in _log(store) if e["table_name"] == "field"]
    assert [e["action"] for e in log] == ["insert", "update", "delete"]
    assert all(e["row_id"] == field_id and e["at"] == "2026-11-21T10:00:00" for e in log)
    assert json.loads(log[1]["old"]) == {"name": "Bildung"}  # only what changed
    assert json.loads(log[1]["new"]) == {"name": "Bildung und Sprache"}
    assert json.loads(log[2]["old"])["name"] == "Bildung und Sprache"
    assert log[2]["new"] is None


def test_update_without_change_writes_nothing(store):
    field_id = store.insert("field", {"name": "Arbeit", "phase": "goals"})
    count = len(_log(store))
    store.update("field", field_id, {"name": "Arbeit"})
    assert len(_log(store)) == count


def test_failed_action_writes_nothing(store):
    count = len(_log(store))
    with pytest.raises(StorageError) as info:  # German, and rolled back
        with store.transaction():
            store.insert("field", {"name": "Arbeit", "phase": "goals"})
            store.insert("guiding_goal", {"field_id": 999, "text": "verwaist"})
    assert isinstance(info.value.__cause__, sqlite3.IntegrityError)
    assert "Nichts wurde gespeichert" in info.value.message
    assert store.one("SELECT count(*) FROM field")[0] == 0
    assert len(_log(store)) == count


def test_committed_action_survives_reopening(tmp_path):
    path = tmp_path / "p.db"
    store = Store(create_db(path), fixed_now)
    store.insert("process", {"title": "Dauerhaft"})
    # No close(): a crash right after the key must not lose the action.
    other = open_db(path, readonly=True)
    assert other.execute("SELECT title FROM process").fetchone()[0] == "Dauerhaft"


@pytest.mark.parametrize("table", ["change_log", "sqlite_master", "field; DROP TABLE x"])
def test_only_domain_tables_are_writable(store, table):
    with pytest.raises(ValueError):
        store.insert(table, {"name": "x"})
