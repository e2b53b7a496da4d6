"""The charts' rules: axis values, words, gaps, places in the reports, and the lighter PDF layout.

The drawings themselves are looked at in the rendered PDFs (test_formats.py and
by eye); here the rules a reader relies on: every group named with its colour,
line and marker, a missing year breaks the line, the same data give the same
bytes, and user text inside an SVG stays text.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest

from steuerung import labels as L
from steuerung.export.charts import LIGHT_STYLE
from steuerung.export.commands import Request, render_document
from steuerung.export.monitoring_report import ChartData
from steuerung.export.series_chart import caption, drawable, series_chart, shapes, ticks
from steuerung.store.db import open_db
from steuerung.store.interchange import load
from steuerung.store.repo import Store
from tests.conftest import NOW, ROOT, fixed_now

TWO = ChartData("Schuljahre", "Jahre", (2008, 2009, 2010),
                (("Mütter mit", (9.8, 10.0, 10.1)), ("Mütter ohne", (12.6, None, 12.7))))


@pytest.mark.parametrize("low, high, expect", [
    (34, 41, [34, 36, 38, 40, 42]),
    (9.8, 13.1, [9, 10, 11, 12, 13, 14]),
    (1150, 1480, [1100, 1200, 1300, 1400, 1500]),
    (0.12, 0.19, [0.12, 0.14, 0.16, 0.18, 0.2]),
    (-3, 2, [-4, -2, 0, 2]),
    (5, 5, [4.5, 4.75, 5, 5.25, 5.5]),  # one value: a little room around it
    (0, 0, [-1, -0.5, 0, 0.5, 1]),
])
def test_axis_values_are_round_and_cover_the_data(low, high, expect):
    assert ticks(low, high) == expect


def test_the_caption_names_each_group_with_colour_line_and_marker():
    assert caption(TWO) == ("Verlauf 2008–2010 (Jahre): Mütter mit – blau, durchgezogen, Kreise; "
                            "Mütter ohne – orangerot, gestrichelt, Quadrate")
    one = replace(TWO, unit="", series=TWO.series[:1])
    assert caption(one) == "Verlauf 2008–2010"  # one group: nothing to tell apart


def test_every_ampel_state_has_a_colour_and_a_pattern_of_its_own():
    assert set(LIGHT_STYLE) == set(L.LIGHTS)
    assert len({hatch for _, hatch in LIGHT_STYLE.values()}) == len(L.LIGHTS)


@pytest.mark.parametrize("series, expect", [
    ((("a", (1.0, 2.0, None)),), True),
    ((("a", (1.0, None, None)), ("b", (None, None, 3.0))), True),  # two years between the groups
    ((("a", (None, 2.0, None)), ("b", (None, 3.0, None))), False),  # one year only
])
def test_a_chart_needs_values_in_two_years(series, expect):
    assert drawable(replace(TWO, series=series)) is expect


def test_a_year_without_a_value_breaks_the_line_but_keeps_the_markers():
    _, drawn = shapes(replace(TWO, series=(("a", (1.0, 2.0, None, 4.0, 5.0)),),
                              years=(2008, 2009, 2010, 2011, 2012)))
    lines = [s for s in drawn if s[0] == "line" and s[2] == "#0072b2"]
    assert [len(points) for _, points, *_ in lines] == [2, 2]
    assert len([s for s in drawn if s[0] == "mark"]) == 4


def test_same_data_same_bytes_and_user_text_stays_text():
    marked = replace(TWO, unit="<b>%</b>", series=(("A & <B>", (1.0, 2.0, 3.0)),
                                                   ("[bold]C[/]", (2.0, 1.0, 0.5))))
    svg = series_chart(marked)
    assert svg == series_chart(marked)
    assert "A &amp; &lt;B&gt;</text>" in svg and "&lt;b&gt;%&lt;/b&gt;</text>" in svg
    assert "<b>" not in svg and "[bold]C[/]</text>" in svg
    png = series_chart(marked, "png")
    assert png == series_chart(marked, "png") and png.startswith(b"\x89PNG")
    from PIL import Image

    assert Image.open(io.BytesIO(png)).size[0] == round(165 / 25.4 * 200)  # 16,5 cm at 200 dpi


@pytest.fixture(scope="module")
def muenster(tmp_path_factory) -> Store:
    db = tmp_path_factory.mktemp("m") / "m.db"
    load((ROOT / "sessions" / "muenster.json").read_text(encoding="utf-8"), db)
    store = Store(open_db(db), fixed_now)
    yield store
    store.close()


def test_the_monitoring_report_places_a_chart_after_each_table_beyond_markdown(muenster):
    document = render_document("monitoring", muenster, Path("m.db"), Request(Path("."), NOW))
    assert "diagramm:" not in document.text  # the .md and the preview
    rendition = document.rendition(("html",))
    markers = [line for line in rendition.text.splitlines() if "(diagramm:kennzahl-" in line]
    assert markers and len(markers) == len(rendition.figures)
    for line in markers:  # right after the Kennzahl's table, before its Verlauf
        before, _, after = rendition.text.partition(line)
        assert before.rstrip().endswith("|") and after.lstrip().startswith("**Verlauf**")
    assert rendition.printed is None


def test_a_long_status_report_lists_the_indicators_in_its_pdf(tmp_path):
    """288 Jahresziele: the PDF gets each goal's indicators as lines, HTML/DOCX/ODT the tables."""
    import sys

    from steuerung.export.status_report import LINES_FROM

    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import build

    db = tmp_path / "gross.db"
    build(db)
    store = Store(open_db(db), fixed_now)
    try:
        document = render_document("status", store, db, Request(tmp_path, NOW,
                                                                  stichtag="30.09.2025"))
        rendition = document.rendition(("html", "pdf"))
    finally:
        store.close()
    assert document.text.count("\n#### ") >= LINES_FROM
    assert "| Indikator | Ausgangswert |" in rendition.text
    printed = rendition.printed
    assert "| Indikator | Ausgangswert |" not in printed
    line = next(t for t in printed.splitlines() if t.startswith("- **Indikator 511**"))
    assert line.startswith("- **Indikator 511** – Ampel ") and "Ausgangswert 10 · Zielwert 20" in line
    after = printed[printed.index(line) + len(line):].splitlines()[1]
    assert after.startswith("  Berechnung: (")
    # The same figures in the same places: only the indicator tables differ.
    assert re.findall(r"diagramm:[a-z0-9-]+", printed) == re.findall(r"diagramm:[a-z0-9-]+",
                                                                     rendition.text)


def test_a_short_status_report_keeps_its_tables_in_the_pdf(tmp_path):
    db = tmp_path / "n.db"
    load((ROOT / "sessions" / "rhein-kreis-neuss.json").read_text(encoding="utf-8"), db)
    store = Store(open_db(db), fixed_now)
    try:
        document = render_document("status", store, db, Request(tmp_path, NOW,
                                                                  stichtag="31.12.2011"))
        assert document.rendition(("pdf",)).printed is None
    finally:
        store.close()
