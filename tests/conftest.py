"""Shared fixtures: a fixed clock, a home directory, the demo as a real SQLite file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from steuerung.paths import Paths
from steuerung.store.db import open_db
from steuerung.store.interchange import load
from steuerung.store.repo import Store

ROOT = Path(__file__).resolve().parent.parent
DEMO_JSON = ROOT / "sessions" / "rhein-kreis-neuss.json"
NOW = datetime(2026, 11, 21, 10, 0, 0)


def fixed_now() -> datetime:
    return NOW


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch) -> None:
    """No test reads or writes the user's real settings file (the colour scheme)."""
    monkeypatch.setenv("STEUERUNG_CONFIG", str(tmp_path / "konfig"))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "home")


@pytest.fixture
def demo_db(paths: Paths) -> Path:
    """The committed demo loaded into sessions/ of a fresh home."""
    load(DEMO_JSON.read_text(encoding="utf-8"), paths.demo_db)
    return paths.demo_db


@pytest.fixture
def demo_store(demo_db: Path):
    store = Store(open_db(demo_db), fixed_now)
    yield store
    store.close()
