"""The change log as a clerk reads it: names, German values, filters."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from steuerung.store.changes import ChangeLog
from steuerung.store.db import open_db
from steuerung.store.interchange import load
from steuerung.store.repo import Store
from steuerung.store.votes import VoteSession
from tests.conftest import DEMO_JSON


class Clock:
    """A clock the test moves on."""

    def __init__(self):
        self.at = datetime(2011, 3, 12, 14, 2)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def log(tmp_path):
    path = tmp_path / "p.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), path)
    clock = Clock()
    andrea = Store(open_db(path), clock, "Andrea Reckfort")
    reading = andrea.insert("reading", {"indicator_id": 1, "date": "2011-09-30", "value": 5})
    andrea.update("reading", reading, {"value": 7})
    clock.at = datetime(2011, 4, 1, 9, 30)
    bernd = Store(andrea.conn, clock, "Bernd Berger")
    bernd.update("indicator", 2, {"target_value": 1200, "unit": "Kurse"})
    bernd.update("meeting", 1, {"public": 0})
    bernd.delete("recommendation", 10)
    session = VoteSession(bernd, 1)
    session.set_closed(False)
    session.add_dots(session.topics[0].id)
    session.undo()
    yield ChangeLog(andrea)
    andrea.close()


def _texts(log: ChangeLog, **filters) -> list[str]:
    return [line.text for line in log.lines(**filters)]


def test_the_example_of_the_issue(log):
    assert _texts(log, author="andrea")[0] == (
        "12.03.2011 14:02 · Andrea Reckfort · Messwert „alle Schulen halten eine "
        "Infoveranstalt…“ 30.09.2011: 5 → 7")


def test_every_kind_of_change_in_german(log):
    assert _texts(log) == [
        "01.04.2011 09:30 · Bernd Berger · Punkt für „Bildung“: −1 (Rückgängig)",
        "01.04.2011 09:30 · Bernd Berger · Punkt für „Bildung“: +1",
        "01.04.2011 09:30 · Bernd Berger · Punktabfrage „Themenprioritäten Integrationsworkshop“: "
        "Status: geschlossen → offen",
        "01.04.2011 09:30 · Bernd Berger · Handlungsempfehlung „Erfolg messen: Evaluation und "
        "Controlli…“: gelöscht",
        "01.04.2011 09:30 · Bernd Berger · Sitzung „Kreistag des Rhein-Kreises Neuss“ 08.12.2010: "
        "öffentlich: ja → nein",
        "01.04.2011 09:30 · Bernd Berger · Indikator „statistischer Wert (Steigerung um X %)“: "
        "Zielwert: – → 1.200; Einheit: „%“ → „Kurse“",
        "12.03.2011 14:02 · Andrea Reckfort · Messwert „alle Schulen halten eine "
        "Infoveranstalt…“ 30.09.2011: 5 → 7",
        "12.03.2011 14:02 · Andrea Reckfort · Messwert „alle Schulen halten eine "
        "Infoveranstalt…“ 30.09.2011: angelegt",
        "20.09.2010 00:00 · Beispieldaten · Bestand übernommen: 172 Einträge ohne frühere "
        "Geschichte im Protokoll",
    ]


def test_filters_by_object_author_and_day(log):
    assert len(_texts(log, author="BERND")) == 6
    assert _texts(log, text="zielwert 1.200") == [_texts(log)[5]]
    assert len(_texts(log, since=date(2011, 4, 1))) == 6
    assert _texts(log, limit=2) == _texts(log)[:2]
    assert _texts(log, what="messwert") == _texts(log)[6:8]
    assert _texts(log, what="Bernd") == []  # the object's name only, not who changed it


def test_one_objects_history_with_what_belongs_to_it(log):
    topic = log.store.one("SELECT id FROM topic WHERE name = 'Bildung'")[0]
    assert _texts(log, target=("topic", topic)) == [
        "01.04.2011 09:30 · Bernd Berger · Punkt für „Bildung“: −1 (Rückgängig)",
        "01.04.2011 09:30 · Bernd Berger · Punkt für „Bildung“: +1",
        "20.09.2010 00:00 · Beispieldaten · Thema „Bildung“: Bestand übernommen",
    ]
    assert len(_texts(log, target=("indicator", 1))) == 3  # the Bestand and the reading's two


@pytest.mark.parametrize("old, new, shown", [
    ("Fortbildung in interkultureller Kompetenz", "Fortbildung in interkultureller Kompetenz für alle",
     "„…interkultureller Kompetenz“ → „…interkultureller Kompetenz für alle“"),
    ("Kurz", "Kürzer", "„Kurz“ → „Kürzer“"),
    ("A" * 60, "B" + "A" * 59, f"„{'A' * 39}…“ → „B{'A' * 38}…“"),
])
def test_a_long_text_changed_at_its_end_shows_where(log, old, new, shown):
    """Cut at the start, both sides of the first case read the same 39 letters."""
    store = log.store
    goal = store.one("SELECT id FROM annual_goal ORDER BY id")["id"]
    store.update("annual_goal", goal, {"text": old})
    store.update("annual_goal", goal, {"text": new})
    assert _texts(log)[0].endswith(f"Text: {shown}")
