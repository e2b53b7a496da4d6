"""HTML for reading and printing: rendered from the same Markdown with markdown-it-py.

Raw HTML in the Markdown is not passed through (``html=False``), so user
text can never inject markup.  GFM tables and ~~strikethrough~~ are rendered.
One self-contained file: the print stylesheet is inside, and the document's
charts (:mod:`.charts`) are inline SVG where the Markdown has a figure marker
(:func:`figure_marker`).

The stylesheet forces no page break: headings keep to the block that follows
them (``break-after: avoid``), so a TOP moves to the next page only when it
would otherwise start at the bottom of one; paragraphs keep at least two lines
together; tables wrap long words and fit the width of an A4 page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from html import escape

# A figure is a Markdown image whose address is "diagramm:<key>", alone on its
# line.  Only the document's own figures are drawn; any other image a user
# might write is shown as its text (see _image).
FIGURE_SCHEME = "diagramm:"
_FIGURE_LINE = re.compile(r"^!\[[^\]\n]*\]\(diagramm:[a-z0-9-]+\)\n\n?", re.M)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

STYLE = """
@page { size: A4; margin: 20mm 18mm 20mm 22mm; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt;
       line-height: 1.4; color: #000; }
body { max-width: 46em; margin: 2em auto; }
h1 { font-size: 16pt; margin: 0 0 0.6em; }
h2 { font-size: 13pt; margin: 1.4em 0 0.4em; }
h3 { font-size: 11pt; margin: 1.2em 0 0.3em; }
h4, h5, h6 { font-size: 10pt; margin: 1em 0 0.2em; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
p, li { orphans: 2; widows: 2; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 0.8em; font-size: 8.5pt;
        table-layout: fixed; }
th, td { border: 0.5pt solid #444; padding: 0.15em 0.35em; vertical-align: top; text-align: left;
         overflow-wrap: break-word; }
td { hyphens: auto; }
td[style*="right"] { white-space: nowrap; }
th { background: #e6e6e6; hyphens: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 0.6em 0 1em; break-inside: avoid; page-break-inside: avoid; }
figure.trend { display: inline-block; width: 31.5%; margin: 0.2em 1.5% 0.5em 0;
               vertical-align: top; }
figure.trend figcaption { font-size: 7pt; line-height: 1.25; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: 8.5pt; }
del { text-decoration: line-through; }
@media print { body { max-width: none; margin: 0; } }
"""


def plain_title(text: str) -> str:
    """A one-line title without control characters (for ``<title>`` and a running head)."""
    return " ".join(_CONTROL.sub(" ", str(text)).split())


def figure_marker(key: str, caption: str) -> str:
    """The Markdown line that stands for figure ``key`` (a Markdown image, escaped caption)."""
    from .markdown import escape_inline

    if not re.fullmatch(r"[a-z0-9-]+", key):
        raise ValueError(f"figure key {key!r}: lower-case letters, digits and '-' only")
    return f"![{escape_inline(caption)}]({FIGURE_SCHEME}{key})"


def without_figures(markdown_text: str) -> str:
    """The Markdown with the figure markers (and the blank line after each) removed."""
    return _FIGURE_LINE.sub("", markdown_text)


def to_html(markdown_text: str, title: str, figures: Mapping[str, Callable[[], str]] | None = None,
            style: str = STYLE) -> str:
    """A whole HTML page; ``figures`` maps a figure key to a function returning its SVG."""
    from markdown_it import MarkdownIt  # imported here: never on the start path

    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    drawn: list[str] = []
    md.add_render_rule("image", _image_rule(figures or {}, drawn))
    md.add_render_rule("table_open", _table_open)
    # A figure stands alone in its paragraph: it becomes a block of its own (user
    # text cannot contain "<figure", markdown-it escapes every "<" it did not make).
    body = md.render(markdown_text).replace("<p><figure", "<figure").replace(
        "</figure></p>", "</figure>")
    # The SVGs go in after rendering: markdown-it appends every token's output to
    # one growing string, and a hundred 8 KB charts inside it cost seconds.
    body = _FIGURE_SLOT.sub(lambda m: drawn[int(m.group(1))], body)
    return (f'<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(plain_title(title))}</title>\n<style>{style}</style>\n</head>\n"
            f"<body>\n{body}</body>\n</html>\n")


# Characters of 8.5 pt DejaVu Sans across an A4 text column: the scale of column_widths.
_LINE = 96
_BOLD = 1.15  # DejaVu Sans Bold is about this much wider than the regular face
_WORD = re.compile(r"\S+")


def column_widths(columns: list[list[str]], nowrap: list[bool], line: int = _LINE) -> list[int]:
    """Column widths in percent from the cells' text (header first in each column).

    Each column gets at least twelve letters of its longest word (the rest is
    hyphenated; a right-aligned number column: its longest cell, as it does
    not wrap, while its header may), and what is left of a line goes to the
    columns with long texts, by how much more they hold – at least 40 % of
    that, squeezing the short columns in a crowded table.  A table still too
    wide shrinks every column down to its cells' longest word (a number: the
    whole cell), hyphenating headers first.
    Why not the renderer's automatic layout: WeasyPrint spends a quarter of a
    long report's time on it, and it starves the text column of a wide table
    (DESIGN §7; issue 15: "in the Sachstand tables the last column runs off").
    """
    least, wanted, hard = [], [], []
    for cells, fixed in zip(columns, nowrap, strict=True):
        head, body = (cells[0], cells[1:]) if cells else ("", [])
        # The header is bold: its letters count a little wider.
        longest = max([1, round(len(head) * _BOLD), *(len(c) for c in body)])
        # A long word may be hyphenated (hyphens: auto): a header's after twelve letters,
        # a cell's after sixteen ("Beschlussvorlage" stays whole).
        word = max([1, *(round(min(len(w), 12) * _BOLD) for w in _WORD.findall(head)),
                    *(min(len(w), 16) for c in body for w in _WORD.findall(c))])
        # A number cell never wraps (its header may); digits are wider than the average letter.
        number = round(max([0, *(len(c) for c in body)]) * 1.15)
        # A squeezed text column keeps its cells' words whole (up to sixteen letters;
        # a date or figure such as "31.12.2011" cannot be hyphenated at all); its
        # header's words may be hyphenated ("öffent-lich" over "ja").
        cell_word = max([6, *(min(len(w), 16) for c in body for w in _WORD.findall(c))])
        hard.append(number + 2 if fixed else cell_word + 2)
        least.append(min(max(number, word) if fixed else word, 24) + 2)
        wanted.append(max(min(longest, 60) + 2, least[-1]))
    spare = line - sum(least)
    extra = [w - m for w, m in zip(wanted, least, strict=True)]
    if sum(extra) > 0:
        # Long texts get at least 40 % of what they would like, even in a crowded
        # table: the short columns' headers are hyphenated rather than the text
        # column squeezed to a word per line.
        share = min(1.0, max(spare, 0.4 * sum(extra)) / sum(extra))
        widths = [m + e * share for m, e in zip(least, extra, strict=True)]
    else:
        widths = least
    free = line - sum(widths)  # a short table: the room left goes to the text columns
    texts = [w for w, fixed in zip(widths, nowrap, strict=True) if not fixed]
    if free > 0 and texts:
        widths = [w if fixed else w + free * w / sum(texts)
                  for w, fixed in zip(widths, nowrap, strict=True)]
    # Too wide: every column gives way down to what it cannot do without – a text
    # column its cells' longest word, a number column its longest number (it never
    # wraps); beyond that all shrink alike.
    room = [max(w - h, 0) for w, h in zip(widths, hard, strict=True)]
    over = sum(widths) - line
    if over > 0 and sum(room) > 0:
        widths = [w - min(over, sum(room)) * r / sum(room)
                  for w, r in zip(widths, room, strict=True)]
    total = sum(widths)
    percent = [max(1, round(100 * w / total)) for w in widths]
    percent[percent.index(max(percent))] += 100 - sum(percent)
    return percent


def _widths(tokens, idx: int, text, line: int = _LINE) -> list[int]:
    """The column widths of the table that opens at ``tokens[idx]``."""
    columns: list[list[str]] = []
    nowrap: list[bool] = []
    column = 0
    for token in tokens[idx + 1:]:
        if token.type == "table_close":
            break
        if token.type == "tr_open":
            column = 0
        elif token.type in ("th_open", "td_open"):
            if column == len(columns):
                columns.append([])
                nowrap.append("right" in str(token.attrs.get("style", "")))
        elif token.type == "inline":
            columns[column].append(text(token))
            column += 1
    return column_widths(columns, nowrap, line)


def _table_open(self, tokens, idx, options, env) -> str:
    widths = _widths(tokens, idx, lambda t: self.renderInlineAsText(t.children or [], options, env))
    cols = "".join(f'<col style="width: {w}%">' for w in widths)
    return f"<table>\n<colgroup>{cols}</colgroup>\n"


def table_widths(markdown_text: str, line: int = 64) -> list[list[int]]:
    """The column widths of every table of a document, in order (for DOCX and ODT).

    ``line``: characters across the page in the office formats (Arial 10.5 pt,
    wider cell margins), fewer than in the PDF.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    tokens = md.parse(markdown_text)
    plain = md.renderer.renderInlineAsText
    return [_widths(tokens, i, lambda t: plain(t.children or [], md.options, {}), line)
            for i, token in enumerate(tokens) if token.type == "table_open"]


_FIGURE_SLOT = re.compile(r"<figure-slot (\d+)>")


def _image_rule(figures: Mapping[str, Callable[[], str]], drawn: list[str]):
    def render(self, tokens, idx, options, env) -> str:
        token = tokens[idx]
        src = str(token.attrs.get("src", ""))
        caption = escape(self.renderInlineAsText(token.children or [], options, env))
        draw = figures.get(src[len(FIGURE_SCHEME):]) if src.startswith(FIGURE_SCHEME) else None
        if draw is None:
            # Never an <img>: a user's image could point at a local file or the network.
            return caption
        kind = "trend" if src.startswith(FIGURE_SCHEME + "trend-") else "chart"
        drawn.append(draw())
        return (f'<figure class="{kind}"><figure-slot {len(drawn) - 1}>'
                f"<figcaption>{caption}</figcaption></figure>")
    return render
