"""Every document kind in all five formats, read back as the people who receive them would.

One rendered set per kind for the whole module (a PDF takes a second or two):
the PDF with pypdf (text, A4, "Seite x von N", embedded fonts), the DOCX with
python-docx (headings styled as headings, tables as tables), the ODT's
content.xml.  The demo's process title gets a "ž" so that a letter beyond
German is checked in every format.
"""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from steuerung.export.commands import KINDS, Request, export_document
from steuerung.store.db import open_db
from steuerung.store.interchange import load
from steuerung.store.repo import Store
from steuerung.store.submissions import add_consultation, save_submission
from tests.conftest import DEMO_JSON, NOW, ROOT, fixed_now
from tests.export.test_submission import VORLAGE

TITLE = "Integration im Rhein-Kreis Neuss – Partnerstadt Požega"
OPTIONS = {"status": {"stichtag": "30.09.2011"}}
MUENSTER = ("monitoring", "masterplan")  # kinds written from the Münster example
# The first heading of each kind, and a line from its body with umlauts.
KEY_LINES = {
    "priorities": ("Themenprioritäten Integrationsworkshop", "Interkulturelle Öffnung"),
    "workshop": ("Informationen zum vorläufigen Ergebnis des bisherigen Integrationsworkshops",
                 "Was bei der Umsetzung der Maßnahme berücksichtigt"),
    "status": (f"Sachstandsbericht 2011: {TITLE}", "Handlungsfeld Interkulturelle Öffnung"),
    "minutes": ("Niederschrift über die Sitzung des Kreistages des Rhein-Kreises Neuss vom "
                "08. Dezember 2010", "TOP 1 Bericht vom Integrationsworkshop"),
    "submission": ("Berichtsvorlage", "Betreff: Integrationskonzept: Sachstand 2011"),
    "monitoring": ("Monitoringbericht: Migration und Integration in Münster",
                   "Sprachförderbedarf bei der Schuleingangsuntersuchung"),
    "masterplan": ("Masterplan: Migration und Integration in Münster", "Schritte · 1 erledigt"),
}
A4 = (595.28, 841.89)
MUENSTER_JSON = ROOT / "sessions" / "muenster.json"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, dict[str, Path]]:
    home = tmp_path_factory.mktemp("formate")
    db, muenster = home / "demo.db", home / "muenster.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), db)
    load(MUENSTER_JSON.read_text(encoding="utf-8"), muenster)
    _prepare(db)
    result = {}
    for kind in KINDS:
        paths = export_document(kind, muenster if kind in MUENSTER else db, Request(
            home / kind, NOW, formats=("md", "html", "pdf", "docx", "odt"),
            **OPTIONS.get(kind, {})))
        result[kind] = {p.suffix: p for p in paths}
    return result


def _prepare(db: Path) -> None:
    """The demo with a "ž" in its title and the Vorlage of tests/export/test_submission.py."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE process SET title = ?", (TITLE,))
    store = Store(open_db(db), fixed_now)
    sid = save_submission(store, VORLAGE)
    add_consultation(store, sid, "Kreistag", "14.12.2011", "information", "")
    store.close()


def test_one_file_per_format_with_the_same_name(rendered):
    for kind, files in rendered.items():
        assert sorted(files) == [".docx", ".html", ".md", ".odt", ".pdf"], kind
        assert len({p.stem for p in files.values()}) == 1, kind
        assert len({p.parent for p in files.values()}) == 1, kind
        assert sorted(p.name for p in files[".md"].parent.iterdir()) == sorted(
            p.name for p in files.values())  # no temporary file left


@pytest.mark.parametrize("kind", KINDS)
def test_pdf_text_page_size_and_page_numbers(rendered, kind):
    from pypdf import PdfReader

    reader = PdfReader(rendered[kind][".pdf"])
    pages = len(reader.pages)
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    for line in KEY_LINES[kind]:
        assert line in flat, (kind, line)
    for number, page in enumerate(reader.pages, 1):
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == A4
        assert f"Seite {number} von {pages}" in page.extract_text()
    fonts = _fonts(reader)
    assert fonts and all(embedded for embedded in fonts.values()), fonts


def _fonts(reader) -> dict[str, bool]:
    """Every font of the PDF → whether its glyphs are embedded in the file."""
    found = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            found[str(font["/BaseFont"])] = any(k in descriptor for k in
                                                ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def test_a_letter_beyond_german_survives_in_every_format(rendered):
    from docx import Document as Docx
    from pypdf import PdfReader

    files = rendered["status"]  # the process title is in its first heading
    assert "Požega" in " ".join(PdfReader(files[".pdf"]).pages[0].extract_text().split())
    assert any("Požega" in p.text for p in Docx(str(files[".docx"])).paragraphs)
    assert "Požega" in _content(files[".odt"])
    assert "Požega" in files[".html"].read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", KINDS)
def test_docx_headings_are_headings_and_tables_are_tables(rendered, kind):
    from docx import Document as Docx

    doc = Docx(str(rendered[kind][".docx"]))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert any(s == "Heading 1" and " ".join(t.split()).startswith(KEY_LINES[kind][0])
               for s, t in headings)
    assert kind == "masterplan" or any(name == "Heading 2" for name, _ in headings)
    markdown_tables = _markdown_table_headers(rendered[kind][".md"])
    assert [[c.text for c in t.rows[0].cells] for t in doc.tables] == markdown_tables
    assert doc.sections[0].page_width.cm == pytest.approx(21, abs=0.01)


def _markdown_table_headers(md: Path) -> list[list[str]]:
    from tests.export import parser

    headers, row, in_head = [], [], False
    for token in parser().parse(md.read_text(encoding="utf-8")):
        if token.type == "thead_open":
            in_head, row = True, []
        elif token.type == "thead_close":
            in_head = False
            headers.append(row)
        elif in_head and token.type == "inline":
            row.append(token.content.replace("\\", ""))
    return headers


def _content(odt: Path) -> str:
    with zipfile.ZipFile(odt) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        return archive.read("content.xml").decode("utf-8")


@pytest.mark.parametrize("kind", KINDS)
def test_odt_content_has_headings_tables_and_bordered_cells(rendered, kind):
    content = _content(rendered[kind][".odt"])
    heads = [re.sub(r"<[^>]+>", "", h) for h in
             re.findall(r'<text:h[^>]*text:outline-level="1"[^>]*>(.*?)</text:h>', content)]
    assert any(" ".join(h.split()).startswith(KEY_LINES[kind][0]) for h in heads)
    assert content.count("<table:table ") == len(_markdown_table_headers(rendered[kind][".md"]))
    assert 'fo:border="none"' not in content


@pytest.mark.parametrize("kind, charts", [
    ("status", ["ampel", "trend-"]),  # the Ampel chart, then a trend per indicator with readings
    ("monitoring", ["kennzahl-"]),  # a chart per Kennzahl with values in two years or more
])
def test_charts_are_in_every_format_but_markdown(rendered, kind, charts, tmp_path):
    from docx import Document as Docx

    files = rendered[kind]
    markdown = files[".md"].read_text(encoding="utf-8")
    expected = re.findall(r"\(diagramm:([a-z0-9-]+)\)", _figured(kind, tmp_path))
    assert expected and all(any(k.startswith(c) for k in expected) for c in charts)
    html = files[".html"].read_text(encoding="utf-8")
    assert html.count("<svg") == len(expected)
    assert "<svg" not in markdown and "diagramm:" not in markdown
    with zipfile.ZipFile(files[".docx"]) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
    # An indicator serving two Jahresziele has its trend under both (the DOCX keeps one copy).
    assert len(media) == len(set(expected)) and all(n.endswith(".png") for n in media)
    assert len(Docx(str(files[".docx"])).inline_shapes) == len(expected)
    with zipfile.ZipFile(files[".odt"]) as archive:
        assert len([n for n in archive.namelist() if n.endswith(".svg")]) == len(expected)


def _figured(kind: str, home: Path) -> str:
    """The Markdown with figure markers that the rendered set of ``kind`` was made from."""
    from steuerung.export.commands import render_document

    db = home / "x.db"
    load((MUENSTER_JSON if kind in MUENSTER else DEMO_JSON).read_text(encoding="utf-8"), db)
    store = Store(open_db(db), fixed_now)
    try:
        document = render_document(kind, store, db, Request(home, NOW, **OPTIONS.get(kind, {})))
        return document.rendition(("html",)).text
    finally:
        store.close()


def test_the_status_report_draws_the_ampel_and_the_trends_in_their_places(rendered):
    html = rendered["status"][".html"].read_text(encoding="utf-8")
    summary, chart = html.index("<td>ohne Indikator</td>"), html.index('<figure class="chart">')
    assert summary < chart < html.index("Veränderungen seit der Prüfung")
    assert "Ampeln der Jahresziele je Handlungsfeld" in html
    # Each trend follows its Jahresziel's calculation, before its note and Maßnahmen.
    goal = html.index("Fortbildung in interkultureller Kompetenz</h4>")
    trend = html.index('<figure class="trend">', goal)
    assert html.index("Berechnung", goal) < trend < html.index("<h4>", goal + 1)
    assert "Ausgangswert 0 % (gestrichelt)" in html[trend:]


def test_the_monitoring_chart_names_each_group_in_words(rendered):
    html = rendered["monitoring"][".html"].read_text(encoding="utf-8")
    start = html.index("Absolvierte Schuljahre der Eltern</h3>")
    figure = html[html.index("<figure", start):html.index("</figure>", start)]
    for group in ("Mütter mit Migrationsvorgeschichte", "Väter ohne Migrationsvorgeschichte"):
        assert f"{group}</text>" in figure  # in the chart's legend …
    assert "Verlauf 2008–2012 (Jahre): Mütter mit Migrationsvorgeschichte – blau, durchgezogen, " \
        "Kreise" in figure  # … and in words below it
    assert 'stroke-dasharray="9 5"' in figure and '<path d="M' in figure  # line style, markers


def test_the_same_data_give_the_same_bytes(rendered, tmp_path):
    db = tmp_path / "demo.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), db)
    _prepare(db)
    again = export_document("status", db, Request(tmp_path / "b", NOW, formats=(
        "html", "pdf", "odt"), **OPTIONS["status"]))
    for path in again:
        assert path.read_bytes() == rendered["status"][path.suffix].read_bytes(), path.suffix


def test_docx_tables_get_the_column_widths_of_their_text(rendered):
    from docx import Document as Docx
    from docx.oxml.ns import qn

    table = next(t for t in Docx(str(rendered["status"][".docx"])).tables
                 if t.rows[0].cells[0].text == "Handlungsfeld")  # the Handlungsfelder
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    # Handlungsfeld and Erreichung (text) are the widest, then the counts.
    assert sorted(grid)[-2:] == sorted(grid[:2]) and grid[0] > 2 * grid[2]


@pytest.mark.parametrize("columns, nowrap, expect", [
    # (cells per column, header first), right-aligned?, what must hold
    ([["Rang", "1.", "2."], ["Thema", "Bildung und Sprache"], ["Punkte", "30"]],
     [True, False, True], lambda w: w[1] > w[0] + w[2]),
    ([["Jahresziel", "Fortbildung in interkultureller Kompetenz für alle Ämter"],
      ["Ampel", "rot"], ["verantwortlich", "–"], ["Sachstand", "–"]],
     [False, False, False, False], lambda w: w[0] == max(w) and w[2] >= 14),
    ([["a"]], [False], lambda w: w == [100]),
])
def test_column_widths_give_text_room_and_keep_headers_whole(columns, nowrap, expect):
    from steuerung.export.html import column_widths

    widths = column_widths(columns, nowrap)
    assert sum(widths) == 100 and all(w >= 1 for w in widths)
    assert expect(widths), widths


def test_a_large_report_draws_at_most_24_trends_worst_first(tmp_path):
    import sys

    from steuerung.export.status_charts import MAX_TRENDS

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from synthetic import build

    db = tmp_path / "gross.db"
    build(db)
    html = export_document("status", db, Request(tmp_path, NOW, formats=("html",),
                                                 stichtag="30.09.2025"))[0]
    page = html.read_text(encoding="utf-8")
    assert page.count("<svg") == 1 + MAX_TRENDS
    assert f"Verläufe für {MAX_TRENDS} der 864 Indikatoren mit Messwerten" in page


@pytest.mark.parametrize("kind, head", [
    ("submission", "Berichtsvorlage · Vorlagen-Nr. 2011/123 · Integrationskonzept: Sachstand 2011"),
    ("status", f"Sachstandsbericht 2011: {TITLE}"),
])
def test_the_running_head_from_page_two(rendered, kind, head):
    from pypdf import PdfReader

    pages = [" ".join(p.extract_text().split()) for p in PdfReader(rendered[kind][".pdf"]).pages]
    assert len(pages) >= 2
    assert head not in pages[0] or kind == "status"  # page 1 has the title, not the head
    assert all(head in page for page in pages[1:])
