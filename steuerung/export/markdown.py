"""Small Markdown building blocks shared by every exported document.

Everything a user typed goes through :func:`escape_inline` or :func:`cell`
before it lands in a document, so that a name like ``A | B``, ``*wichtig*``,
``# 1`` or ``<script>`` shows up literally: it cannot split a table cell,
start a heading or emphasis, or become raw HTML when the document is rendered
(markdown-it-py passes raw HTML through in CommonMark mode).

Pure functions: text in, text out.  Blocks are returned without a trailing
newline; a document joins its blocks with blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Characters that can open or close inline syntax anywhere in a line:
# escapes, code spans, emphasis, links and images, autolinks and raw HTML,
# headings (and ATX closing sequences), table cells, GFM strikethrough.
_SPECIALS = re.compile(r"([\\`*_\[\]<>#|~])")
# "&amp;", "&#60;" and "&#x3C;" would be decoded by a renderer; a bare "&" stays as it is.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Block markers that only matter at the start of a line: list items ("-", "+",
# "1." and "1)"), setext underlines ("="); everything else is escaped anyway.
_LINE_START = re.compile(r"^(?:([-+=])|(\d{1,9})([.)]))")
# C0 control characters (but tab) and DEL never belong in a document.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# Nothing to escape, no line break, no control character: most cells (numbers, dates,
# plain names) take this shortcut, which keeps the large Sachstandsbericht quick.
_NOTHING_TO_DO = re.compile(r"[\\`*_\[\]<>#|~&\x00-\x1f\x7f\x85\u2028\u2029]")

_ALIGN = {None: "---", "left": ":---", "center": ":---:", "right": "---:"}


def _one_line(text: str, separator: str) -> str:
    """Join the non-empty lines of ``text``; a Markdown inline must not contain a line break."""
    lines = (_CONTROL.sub("", line).strip() for line in str(text).splitlines())
    return separator.join(line for line in lines if line)


def _escape(text: str) -> str:
    return _ENTITY.sub(r"\\&", _SPECIALS.sub(r"\\\1", text))


def escape_inline(text: str, *, line_start: bool = False) -> str:
    """User text as literal inline Markdown, on one line.

    Line breaks become spaces.  With ``line_start`` the text may begin a line
    of a paragraph, so a leading list marker ("-", "1.") or "=" is escaped too.
    """
    text = str(text)
    if not line_start and not _NOTHING_TO_DO.search(text):
        return text.strip()
    escaped = _escape(_one_line(text, " "))
    if line_start:
        escaped = _LINE_START.sub(
            lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3),
            escaped, count=1)
    return escaped


def cell(text: object) -> str:
    """User text for one GFM table cell: escaped, "|" as "\\|", lines joined by " / "."""
    text = str(text)
    if not _NOTHING_TO_DO.search(text):
        return text.strip()
    return _escape(_one_line(text, " / "))


def heading(level: int, text: str) -> str:
    """An ATX heading ``## text`` with the text escaped."""
    if not 1 <= level <= 6:
        raise ValueError(f"heading level {level} is not 1..6")
    return f"{'#' * level} {escape_inline(text)}".rstrip()


def table(headers: Sequence[str], rows: Iterable[Sequence[object]],
          align: Sequence[str | None] | None = None) -> str:
    """A GFM table; every header and cell is escaped with :func:`cell`.

    ``align`` gives per column "left", "center", "right" or None (the default).
    """
    width = len(headers)
    if width == 0:
        raise ValueError("a table needs at least one column")
    align = list(align) if align is not None else [None] * width
    if len(align) != width:
        raise ValueError(f"{len(align)} alignments for {width} columns")
    lines = [_row(headers), "| " + " | ".join(_ALIGN[a] for a in align) + " |"]
    for number, row in enumerate(rows, 1):
        if len(row) != width:
            raise ValueError(f"row {number} has {len(row)} cells, the table {width} columns")
        lines.append(_row(row))
    return "\n".join(lines)


def _row(cells: Sequence[object]) -> str:
    # An empty cell is written as "| |", which GFM reads as an empty cell too.
    return "| " + " | ".join(cell(c) for c in cells) + " |"


def markdown_text(text: str | None, *, level: int) -> str:
    """A user's multi-line Markdown text (notes, Leitbild, Sections, Vorlage texts), safe to embed.

    DESIGN §8: lists, emphasis, tables and links are kept; raw HTML stays text
    (``<script>`` is written ``\\<script>``); links other than http(s) and
    mailto keep only their text; a heading inside the text is shifted below
    the document's own ``level`` (a ``#`` in a note under a ``###`` TOP becomes
    ``####``; below ``######`` it becomes bold text); control characters are
    dropped.  The result is normalised Markdown (mdformat with GFM), so the
    same text always gives the same bytes.

    Why mdformat: it parses with markdown-it-py (the renderer of our HTML) and
    writes Markdown back from the syntax tree, so every construct is
    re-escaped correctly; a hand-written line filter cannot tell a ``<`` in a
    code span from one that starts raw HTML.  Imported here, never on the
    start path (≈ 55 ms).
    """
    if text is None:
        return ""
    cleaned = _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not cleaned:
        return ""
    import mdformat
    from mdformat.plugins import PARSER_EXTENSIONS

    # Registered at run time rather than through an entry point, so it works from
    # a source checkout too; the name cannot clash with a published plugin.
    PARSER_EXTENSIONS.setdefault("steuerung_user_text", _UserTextPlugin)
    return mdformat.text(cleaned, extensions={"gfm", "steuerung_user_text"},
                         options={"heading_shift": level, "wrap": "keep", "number": True}).rstrip("\n")


def _render_heading(node, context) -> str:
    level = int(node.tag[1:]) + context.options["mdformat"].get("heading_shift", 0)
    text = "".join(child.render(context) for child in node.children)
    return f"{'#' * level} {text}" if level <= 6 else f"**{text}**"


def _render_link(node, context) -> str:
    text = "".join(child.render(context) for child in node.children)
    href = node.attrs.get("href", "")
    if str(href).lower().startswith(("http://", "https://", "mailto:")):
        return f"[{text}](<{href}>)"
    return text


def _render_html(node, context) -> str:
    # Raw HTML becomes literal text: every "<" escaped, on every line of a block.
    return node.content.rstrip("\n").replace("<", "\\<")


class _UserTextPlugin:
    """mdformat plugin: the renderers that make a user's Markdown safe (see :func:`markdown_text`)."""

    @staticmethod
    def update_mdit(mdit) -> None:  # the parser stays as mdformat and GFM set it up
        pass

    RENDERERS = {"heading": _render_heading, "link": _render_link,
                 "html_inline": _render_html, "html_block": _render_html}
