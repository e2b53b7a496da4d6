"""Export tests.  Documents are checked the way a reader gets them: parsed with markdown-it-py."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

#: The tags a table renders to; anything else in an exported table would be raw HTML.
TABLE_TAGS = re.compile(r'</?(?:table|thead|tbody|tr|th|td)(?: style="text-align:(?:left|center|right)")?>')


def parser() -> MarkdownIt:
    """CommonMark with GFM tables: what the HTML export uses (raw HTML on, as in CommonMark)."""
    return MarkdownIt("commonmark").enable("table")


def inline_text(token: Token) -> str:
    """The literal text of an inline token; fails if it holds any markup (emphasis, HTML, …)."""
    kinds = {child.type for child in token.children or []}
    assert kinds <= {"text"}, f"markup in {token.content!r}: {kinds}"
    return "".join(child.content for child in token.children or [])


def table_rows(markdown: str) -> list[list[str]]:
    """Every row (header first) of every table in ``markdown``, as literal cell texts."""
    rows: list[list[str]] = []
    current: list[str] | None = None
    tokens = parser().parse(markdown)
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            current = []
        elif token.type == "tr_close":
            rows.append(current)
            current = None
        elif token.type == "inline" and current is not None:
            current.append(inline_text(token))
        assert token.type not in {"html_block", "html_inline"}, tokens[i]
    return rows


def headings(markdown: str) -> list[tuple[str, str]]:
    """[("h1", "Titel"), ("h2", "Rangfolge"), …] in document order."""
    tokens = parser().parse(markdown)
    return [(tok.tag, inline_text(tokens[i + 1]))
            for i, tok in enumerate(tokens) if tok.type == "heading_open"]


def no_raw_html(html: str) -> bool:
    """True when the rendered HTML has no tag but the table's own."""
    return "<" not in TABLE_TAGS.sub("", html)
