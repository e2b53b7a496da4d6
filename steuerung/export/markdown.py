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
    escaped = _escape(_one_line(text, " "))
    if line_start:
        escaped = _LINE_START.sub(
            lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3),
            escaped, count=1)
    return escaped


def cell(text: object) -> str:
    """User text for one GFM table cell: escaped, "|" as "\\|", lines joined by " / "."""
    return _escape(_one_line(str(text), " / "))


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
