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
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 0.8em; font-size: 9pt; }
th, td { border: 0.5pt solid #444; padding: 0.15em 0.35em; vertical-align: top; text-align: left;
         overflow-wrap: break-word; }
td { hyphens: auto; }
td[style*="right"], th[style*="right"] { white-space: nowrap; }
th { background: #e6e6e6; hyphens: manual; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 0.6em 0 1em; break-inside: avoid; page-break-inside: avoid; }
figure.trend { display: inline-block; width: 48%; margin: 0.3em 1% 0.6em 0; vertical-align: top; }
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
            style: str = STYLE, head: str = "") -> str:
    """A whole HTML page; ``figures`` maps a figure key to a function returning its SVG."""
    from markdown_it import MarkdownIt  # imported here: never on the start path

    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    md.add_render_rule("image", _image_rule(figures or {}))
    # A figure stands alone in its paragraph: it becomes a block of its own (user
    # text cannot contain "<figure", markdown-it escapes every "<" it did not make).
    body = md.render(markdown_text).replace("<p><figure", "<figure").replace(
        "</figure></p>", "</figure>")
    return (f'<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(plain_title(title))}</title>\n<style>{style}</style>\n{head}</head>\n"
            f"<body>\n{body}</body>\n</html>\n")


def _image_rule(figures: Mapping[str, Callable[[], str]]):
    def render(self, tokens, idx, options, env) -> str:
        token = tokens[idx]
        src = str(token.attrs.get("src", ""))
        caption = escape(self.renderInlineAsText(token.children or [], options, env))
        draw = figures.get(src[len(FIGURE_SCHEME):]) if src.startswith(FIGURE_SCHEME) else None
        if draw is None:
            # Never an <img>: a user's image could point at a local file or the network.
            return caption
        kind = "trend" if src.startswith(FIGURE_SCHEME + "trend-") else "chart"
        return f'<figure class="{kind}">{draw()}<figcaption>{caption}</figcaption></figure>'
    return render
