"""Themenprioritäten: the Neuss result as the DESIGN prints it, deterministic, escaped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from steuerung.domain.voting import RankedTopic
from steuerung.export.priorities import (
    PrioritiesData,
    document_title,
    priorities_data,
    render_priorities,
)
from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.store.votes import VoteSession, create_vote
from tests.conftest import fixed_now

from . import headings, parser, table_rows

GOLDEN = Path(__file__).parent / "golden" / "priorities-demo.md"
PROCESS = "Integration im Rhein-Kreis Neuss"

DEMO_ROWS = [
    ["Rang", "Thema", "Punkte", "Handlungsfeld"],
    ["1.", "Bildung", "30", "→ Bildung"],
    ["2.", "Arbeit", "17", "→ Arbeit"],
    ["3.", "Sprache", "15", "→ Sprache"],
    ["3.", "Partizipation", "15", "–"],
    ["4.", "Interkulturelle Öffnung", "14", "→ Interkulturelle Öffnung"],
    ["4.", "Willkommenskultur", "14", "–"],
]


@pytest.fixture
def demo_text(demo_store) -> str:
    return render_priorities(priorities_data(VoteSession(demo_store, 1), PROCESS))


def _data(**changes) -> PrioritiesData:
    values = dict(
        title="Workshop Schule", process_title="Integration in Münster", dates=["2011-05-03"],
        ranking=[RankedTopic(1, 1, "Sprachförderung", 7, False),
                 RankedTopic(2, 2, "Elternarbeit", 4, False)],
        total=11, participants=None, closed=False)
    values.update(changes)
    return PrioritiesData(**values)


def test_demo_ranking_reads_as_in_the_workshop(demo_text):
    assert table_rows(demo_text) == DEMO_ROWS


def test_demo_headings_and_facts_in_order(demo_text):
    assert headings(demo_text) == [("h1", "Themenprioritäten Integrationsworkshop"),
                                   ("h2", "Rangfolge")]
    order = ["# Themenprioritäten Integrationsworkshop", f"Steuerungsprozess: {PROCESS}",
             "Termine: 20.09.2010, 05.11.2010, 06.11.2010, 05.04.2011",
             "Teilnehmende: nicht erfasst – Punkte von der Pinnwand übertragen",
             "Punkte insgesamt: 105", "Status: geschlossen", "## Rangfolge",
             "| Rang | Thema | Punkte | Handlungsfeld |",
             "Punktgleich: Sprache und Partizipation (Rang 3); "
             "Interkulturelle Öffnung und Willkommenskultur (Rang 4).",
             "Bei gleicher Punktzahl teilen sich die Themen den Rang und stehen in der "
             "Reihenfolge der Nennung.", "Stand: 05.04.2011"]
    positions = [demo_text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "21.11.2026" not in demo_text  # the machine's date is not the document's


def test_demo_matches_the_golden_file(demo_text):
    if os.environ.get("STEUERUNG_UPDATE_GOLDEN"):
        GOLDEN.write_bytes(demo_text.encode("utf-8"))
    assert demo_text == GOLDEN.read_bytes().decode("utf-8"), (
        "Export changed; read the new text, then STEUERUNG_UPDATE_GOLDEN=1 pytest tests/export")


def test_same_data_and_same_now_give_the_same_bytes(demo_db, demo_text):
    store = Store(open_db(demo_db, readonly=True), fixed_now)
    try:
        again = render_priorities(priorities_data(VoteSession(store, 1), PROCESS))
    finally:
        store.close()
    assert again.encode("utf-8") == demo_text.encode("utf-8")
    assert "\r" not in demo_text
    assert demo_text.endswith("Stand: 05.04.2011\n")  # the vote's last day, not the clock


def test_a_vote_with_participants_shows_their_number(demo_store):
    vote_id = create_vote(demo_store, "Workshop Schule", "03.05.2011", "3", True)
    session = VoteSession(demo_store, vote_id)
    sprache, eltern = session.add_topic("Sprachförderung"), session.add_topic("Elternarbeit")
    for name, topic, dots in [("Anna", sprache, 2), ("Ben", sprache, 1), ("Ben", eltern, 2)]:
        session.participant_id = session.add_participant(name)
        session.add_dots(topic.id, dots)
    data = priorities_data(session, PROCESS)
    assert data.participants == 2
    text = render_priorities(data)
    for line in ["- Termin: 03.05.2011", "- Teilnehmende: 2", "- Punkte pro Person: 3",
                 "- Punkte insgesamt: 5", "- Status: offen"]:
        assert line in text.splitlines()
    assert "Pinnwand" not in text
    # No topic became a Handlungsfeld and nothing is tied: no extra column, no note.
    assert table_rows(text) == [["Rang", "Thema", "Punkte"], ["1.", "Sprachförderung", "3"],
                                ["2.", "Elternarbeit", "2"]]
    assert "Punktgleich" not in text


def test_linked_field_gets_a_column_only_when_some_topic_is_linked():
    plain = render_priorities(_data())
    assert table_rows(plain)[0] == ["Rang", "Thema", "Punkte"]
    linked = render_priorities(_data(fields={2: "Bildung & Erziehung"}))
    assert table_rows(linked) == [["Rang", "Thema", "Punkte", "Handlungsfeld"],
                                  ["1.", "Sprachförderung", "7", "–"],
                                  ["2.", "Elternarbeit", "4", "→ Bildung & Erziehung"]]


def test_a_vote_without_topics_or_dates_says_so():
    text = render_priorities(_data(ranking=[], total=0, dates=[]))
    assert "- Termine: nicht erfasst" in text.splitlines()
    assert "Noch keine Themen erfasst." in text
    assert table_rows(text) == []
    assert "Stand" not in text  # no date of its own: none is invented


def test_user_text_cannot_break_the_document():
    nasty = "A | B <script>alert(1)</script> *x*"
    text = render_priorities(_data(
        title="# Titel | <b>", process_title="Prozess <i>kursiv</i>",
        ranking=[RankedTopic(1, 1, nasty, 3, True), RankedTopic(1, 2, "- _b_", 3, True)],
        fields={1: "Feld | <x>"}))
    assert headings(text)[0] == ("h1", "Themenprioritäten: # Titel | <b>")
    assert table_rows(text)[1:] == [["1.", nasty, "3", "→ Feld | <x>"], ["1.", "- _b_", "3", "–"]]
    html = parser().render(text)
    assert "<script" not in html and "<b>" not in html and "<i>" not in html
    assert f"Punktgleich: {nasty} und - _b_ (Rang 1)." in html.replace("&lt;", "<").replace(
        "&gt;", ">")


@pytest.mark.parametrize(("title", "heading"), [
    ("Themenprioritäten Integrationsworkshop", "Themenprioritäten Integrationsworkshop"),
    ("themenprioritäten 2011", "themenprioritäten 2011"),
    ("Workshop Schule", "Themenprioritäten: Workshop Schule"),
])
def test_the_title_does_not_repeat_the_document_kind(title, heading):
    assert document_title(title) == heading


def test_cumulating_off_and_dots_from_the_wall_are_stated(demo_store):
    """Issue 17: the export says cumulating was off and that Pinnwand dots ignore the rules."""
    vote_id = create_vote(demo_store, "Workshop Schule", "03.05.2011", "2", False)
    session = VoteSession(demo_store, vote_id)
    sprache = session.add_topic("Sprachförderung")
    session.participant_id = session.add_participant("Anna")
    session.add_dots(sprache.id)
    session.participant_id = None  # from the wall: no budget, no cumulating rule
    session.add_dots(sprache.id, 4)
    lines = render_priorities(priorities_data(session, PROCESS)).splitlines()
    assert "- Punkte pro Person: 2" in lines
    assert "- Kumulieren: nicht erlaubt (höchstens ein Punkt je Person und Thema)" in lines
    assert ("- Ohne Person (Pinnwand): 4 Punkte – von der Pinnwand übertragen; für sie gelten "
            "weder die Punkte pro Person noch die Regel zum Kumulieren") in lines
    assert lines.index("- Kumulieren: nicht erlaubt (höchstens ein Punkt je Person und Thema)") < \
        lines.index("- Punkte insgesamt: 5")
