"""Markdown helpers: whatever a user types is shown literally and cannot break a table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from steuerung.export.markdown import cell, escape_inline, heading, markdown_text, table

from . import headings, no_raw_html, parser, table_rows

# (typed into a name, what a reader must see in the cell)
TYPED = [
    ("Bildung", "Bildung"),
    ("Jugend | Soziales", "Jugend | Soziales"),
    ("a|b||c", "a|b||c"),
    ("*wichtig*", "*wichtig*"),
    ("**fett** und _kursiv_", "**fett** und _kursiv_"),
    ("snake_case_name", "snake_case_name"),
    ("# Überschrift", "# Überschrift"),
    ("Rang #1", "Rang #1"),
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ("<b>fett</b>", "<b>fett</b>"),
    ("<https://example.org>", "<https://example.org>"),
    ("[Link](https://example.org)", "[Link](https://example.org)"),
    ("![Bild](x.png)", "![Bild](x.png)"),
    ("`code`", "`code`"),
    ("~~weg~~", "~~weg~~"),
    ("C:\\Pfad\\", "C:\\Pfad\\"),
    ("\\|", "\\|"),
    ("&amp; &lt;script&gt; &#60; &#x3C;", "&amp; &lt;script&gt; &#60; &#x3C;"),
    ("Jugend & Soziales", "Jugend & Soziales"),
    ("> Zitat", "> Zitat"),
    ("- Punkt", "- Punkt"),
    ("1. Liste", "1. Liste"),
    ("Zeile 1\nZeile 2", "Zeile 1 / Zeile 2"),
    ("Zeile 1\r\n\r\nZeile 2\r", "Zeile 1 / Zeile 2"),
    ("  Einrückung  ", "Einrückung"),
    ("Null\x00zeichen", "Nullzeichen"),
    ("", ""),
]


@pytest.mark.parametrize(("typed", "shown"), TYPED)
def test_a_cell_shows_what_was_typed(typed, shown):
    markdown = table(["Rang", "Thema", "Punkte"], [["1.", typed, 5]])
    rows = table_rows(markdown)
    assert rows == [["Rang", "Thema", "Punkte"], ["1.", shown, "5"]]
    html = parser().render(markdown)
    assert "<script" not in html
    assert no_raw_html(html)


def test_escaped_source_is_readable():
    assert cell("Jugend | Soziales") == "Jugend \\| Soziales"
    assert cell("a\nb") == "a / b"
    assert cell(42) == "42"
    assert escape_inline("Rhein-Kreis Neuss, z. B. Bildung") == "Rhein-Kreis Neuss, z. B. Bildung"
    assert escape_inline("<script>") == "\\<script\\>"
    assert escape_inline("a\nb") == "a b"


def test_script_is_shown_as_text():
    html = parser().render(table(["Thema"], [["<script>alert(1)</script>"]]))
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("typed", ["- Punkt", "+ Punkt", "1. Liste", "2011) Jahr", "=== ", "# Titel",
                                   "> Zitat", "    eingerückt", "<div>", "[a]: https://x.org",
                                   "***", "```", "Text"])
def test_escape_inline_at_line_start_stays_a_paragraph(typed):
    tokens = parser().parse(escape_inline(typed, line_start=True))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert tokens[1].children[0].content == typed.strip()


def test_heading_escapes_and_levels():
    assert heading(1, "Themenprioritäten") == "# Themenprioritäten"
    assert headings(heading(2, "Wir sind # 1 *stark*")) == [("h2", "Wir sind # 1 *stark*")]
    with pytest.raises(ValueError):
        heading(7, "zu tief")


def test_table_shape_and_alignment():
    text = table(["Rang", "Thema"], [["1.", "Bildung"], ["2.", ""]], align=["right", None])
    assert text.splitlines() == [
        "| Rang | Thema |",
        "| ---: | --- |",
        "| 1. | Bildung |",
        "| 2. |  |",
    ]
    assert table_rows(text) == [["Rang", "Thema"], ["1.", "Bildung"], ["2.", ""]]
    assert 'style="text-align:right"' in parser().render(text)


def test_table_refuses_rows_of_the_wrong_width():
    with pytest.raises(ValueError):
        table(["A", "B"], [["nur eins"]])
    with pytest.raises(ValueError):
        table(["A", "B"], [], align=["left"])


def _expected_cell(text: str, separator: str = " / ") -> str:
    """What a reader should see: the lines, trimmed, joined by " / ", controls dropped."""
    lines = ("".join(ch for ch in line if ch == "\t" or (ord(ch) >= 32 and ord(ch) != 127)).strip()
             for line in text.splitlines())
    return separator.join(line for line in lines if line)


@given(st.text(max_size=60))
def test_any_text_in_a_cell_keeps_the_table_and_stays_literal(text):
    markdown = table(["Rang", "Thema", "Punkte"], [["1.", text, "3"], [text, "x", text]])
    rows = table_rows(markdown)  # also asserts: no HTML tokens, no markup in any cell
    assert [len(row) for row in rows] == [3, 3, 3]
    assert rows[1][1] == _expected_cell(text)
    assert rows[2][0] == rows[2][2] == _expected_cell(text)
    assert no_raw_html(parser().render(markdown))


@given(st.text(alphabet=st.sampled_from("\\`*_[]<>#|~&;!()-+=.:1 aZ\n\t"), max_size=40))
def test_markdown_specials_in_a_cell_stay_literal(text):
    # The same property, with the characters that matter over-represented.
    rows = table_rows(table(["A", "B"], [[text, "x"]]))
    assert rows[1] == [_expected_cell(text), "x"]


@given(st.text(max_size=60))
def test_any_text_as_a_paragraph_line_stays_literal(text):
    tokens = parser().parse(escape_inline(text, line_start=True))
    expected = _expected_cell(text, " ")
    if not expected:
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert "".join(c.content for c in tokens[1].children if c.type == "text") == expected
    assert {c.type for c in tokens[1].children} <= {"text"}


# --- markdown_text: a user's Markdown, kept as Markdown but made safe (DESIGN §8) ---------------

@pytest.mark.parametrize(("text", "level", "expected"), [
    ("- Wer kann\n- was", 2, "- Wer kann\n- was"),
    # numbered as a reader of the Markdown expects, not "1. 1. 1." (seed 000's lists)
    ("1. Vernetzung\n2. Veranstaltungen\n3. Branchenbuch", 2,
     "1. Vernetzung\n2. Veranstaltungen\n3. Branchenbuch"),
    ("1) Neues in Münster\n2) Veranstaltungen", 2, "1. Neues in Münster\n2. Veranstaltungen"),
    ("3. drei\n4. vier", 2, "3. drei\n4. vier"),
    ("**Ergebnis:** gut", 2, "**Ergebnis:** gut"),
    ("# Titel", 3, "#### Titel"),
    ("###### tief", 2, "**tief**"),
    ("<script>x</script>", 2, "\\<script>x\\</script>"),
    ("<div>\nblock\n</div>", 2, "\\<div>\nblock\n\\</div>"),
    ("[a](javascript:alert(1))", 2, "\\[a\\](javascript:alert(1))"),
    ("[a](https://x.de)", 2, "[a](<https://x.de>)"),
    ("[a](ftp://x.de)", 2, "a"),
    ("a\x00b\x1b", 2, "ab"),
    ("   \n", 2, ""),
    (None, 2, ""),
])
def test_markdown_text(text, level, expected):
    assert markdown_text(text, level=level) == expected


def test_markdown_text_renders_lists_and_never_raw_html():
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"html": True}).render(
        markdown_text("- eins\n- zwei\n\n<b onclick=x>fett</b>\n\n<img src=x>", level=2))
    assert "<li>eins</li>" in html and "<li>zwei</li>" in html
    assert "<b" not in html and "<img" not in html


@given(st.text())
def test_markdown_text_is_stable_and_never_opens_raw_html(text):
    from markdown_it import MarkdownIt

    once = markdown_text(text, level=2)
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(once)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_block", "html_inline"}
    assert not any(t.type == "heading_open" and t.tag in ("h1", "h2") for t in tokens)


@given(st.text())
def test_the_shortcut_for_plain_text_changes_nothing(text):
    """cell and escape_inline take a shortcut for text with nothing to escape; same result."""
    from steuerung.export import markdown as md

    assert md.cell(text) == md._escape(md._one_line(text, " / "))
    assert md.escape_inline(text) == md._escape(md._one_line(text, " "))
