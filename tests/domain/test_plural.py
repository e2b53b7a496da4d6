"""Singular and plural as a German reader expects them (issue 13): "1 Teil", "2 Teilen"."""

from __future__ import annotations

import pytest

from steuerung import labels as L
from steuerung.domain.attainment import roll_up


@pytest.mark.parametrize(("n", "words", "text"), [
    (1, L.TOTAL_WORDS["annual_goal"], "1 Jahresziel"),
    (2, L.TOTAL_WORDS["annual_goal"], "2 Jahresziele"),
    (0, L.TOTAL_WORDS["annual_goal"], "0 Jahresziele"),
    (1, L.ATT_PARTS, "1 Teil"),
    (3, L.ATT_PARTS, "3 Teilen"),
])
def test_numbered(n, words, text):
    assert L.numbered(n, words) == text


def test_the_roll_up_names_its_parts_in_the_right_number():
    assert roll_up([]).explanation.startswith("Mittel aus 0 Teilen:")
    one = roll_up([roll_up([])])
    assert one.explanation == "Mittel aus 1 Teil: –; schlechteste Ampel → grau"
