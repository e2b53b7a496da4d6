"""The palette's object index: every kind found by its words, best first, rebuilt after changes."""

from __future__ import annotations

import pytest

from steuerung.store import search
from steuerung.store.search import Entry, find, fold, spans


@pytest.mark.parametrize("text, folded", [
    ("Förderung", "forderung"), ("Maßnahme", "massnahme"), ("ÖFFENTLICH", "offentlich"),
    ("Çelik", "celik"), ("Sprache", "sprache"), ("", "")])
def test_fold_ignores_case_and_accents(text, folded):
    assert fold(text) == folded


def _entries(*labels: str, context: str = "") -> list[Entry]:
    return [Entry("annual_goal", i, label, context, fold(label), fold(context))
            for i, label in enumerate(labels, 1)]


@pytest.mark.parametrize("query, labels, first", [
    ("spra", ["Jahresziel: Fremdsprachen", "Handlungsfeld 3 Sprache"], "Handlungsfeld 3 Sprache"),
    ("förder kita", ["Jahresziel: Kitas ausbauen", "Jahresziel: Sprachförderung in Kitas"],
     "Jahresziel: Sprachförderung in Kitas"),
    ("forder", ["Jahresziel: Sprachförderung"], "Jahresziel: Sprachförderung"),
    ("KITA förderung", ["Jahresziel: Förderung in der Kita"], "Jahresziel: Förderung in der Kita"),
    ("sitzung", ["Abschnitt: bei Sitzungen", "Sitzung vom 08.12.2010"], "Sitzung vom 08.12.2010"),
])
def test_all_words_in_any_order_word_starts_first(query, labels, first):
    assert find(_entries(*labels), query)[0][1].label == first


@pytest.mark.parametrize("query", ["xyz", "sprache kita", "   "])
def test_a_missing_word_finds_nothing(query):
    assert find(_entries("Jahresziel: Sprachförderung", "Handlungsfeld Bildung"), query) == []


def test_a_word_of_the_context_counts_below_the_label():
    entries = [Entry("annual_goal", 1, "Jahresziel: Elternarbeit", "1 Bildung",
                     fold("Jahresziel: Elternarbeit"), fold("1 Bildung")),
               Entry("annual_goal", 2, "Jahresziel: Bildung der Eltern", "2 Arbeit",
                     fold("Jahresziel: Bildung der Eltern"), fold("2 Arbeit"))]
    assert [e.id for _, e in find(entries, "bildung eltern")] == [2, 1]


def test_at_most_the_limit_best_first():
    hits = find(_entries(*[f"Jahresziel {n}" for n in range(100)]), "jahresziel", limit=40)
    assert len(hits) == 40
    assert [s for s, _ in hits] == sorted((s for s, _ in hits), reverse=True)


@pytest.mark.parametrize("label, query, marked", [
    ("Sprachförderung in Kitas", "förder", ["förder"]),
    ("Sprachförderung in Kitas", "forder KITA", ["förder", "Kita"]),
    ("Maßnahme: Straße", "strasse", ["Straße"]),
    ("in kitas, Kita", "kita", ["kita"]),
])
def test_spans_mark_what_matched_in_the_label_as_shown(label, query, marked):
    assert [label[a:b] for a, b in spans(label, query)] == marked


KINDS_IN_DEMO = ("field", "guiding_goal", "annual_goal", "indicator", "measure", "committee",
                 "meeting", "dot_vote", "section")


def test_the_demo_has_every_kind_it_holds(demo_store):
    index = search.build_index(demo_store)
    kinds = {e.kind for e in index}
    assert set(KINDS_IN_DEMO) <= kinds
    labels = [e.label for e in index]
    assert "Handlungsfeld 3 Sprache" in labels
    assert "Leitziel 2: Die Erstsprachen werden gefördert." in labels
    assert any(e.label.startswith("Sitzung vom 08.12.2010") and
               e.context == "Kreistag des Rhein-Kreises Neuss" for e in index)
    assert any(e.kind == "dot_vote" and "20.09.2010" in e.context for e in index)


def test_the_other_kinds(demo_store):
    from steuerung.store.masterplan import save_step
    from steuerung.store.submissions import save_submission

    demo_store.insert("monitoring_indicator", {"name": "Einbürgerungsquote", "position": 1})
    save_step(demo_store, None, {"title": "Leitbild beschließen", "status": "open"})
    save_submission(demo_store, {"subject": "Integrationskonzept [/]", "number": "XI/12",
                                 "date": "30.09.2011"})
    labels = {e.kind: e.label for e in search.build_index(demo_store)}
    assert labels["kennzahl"] == "Kennzahl: Einbürgerungsquote"
    assert labels["plan_step"] == "Masterplan-Schritt 1: Leitbild beschließen"
    assert labels["submission"] == "Vorlage XI/12: Integrationskonzept [/]"


def test_the_index_is_built_again_only_after_a_change(demo_store):
    first = search.index(demo_store)
    assert search.index(demo_store) is first
    demo_store.insert("field", {"number": 5, "name": "Wohnen", "position": 5})
    second = search.index(demo_store)
    assert second is not first
    assert "Handlungsfeld 5 Wohnen" in [e.label for e in second]


def test_labels_hold_no_control_characters(demo_store):
    demo_store.insert("field", {"number": 5, "name": "Wohnen \x1b[31m\nneu", "position": 5})
    label = next(e.label for e in search.build_index(demo_store) if e.label.startswith(
        "Handlungsfeld 5"))
    assert label == "Handlungsfeld 5 Wohnen [31m neu"
