"""Labels of the goal tree's lines, built cheaply: one Text per line, styles as spans.

A filter rebuilds a few hundred lines per keystroke, so a label is one string
with two or three style spans, not an assembly of pieces.
"""

from __future__ import annotations

import re

from rich.text import Text

from ... import labels as L
from ...domain.text import one_line

Key = tuple[str, int]
_ICONS = {"indicator": "◆ ", "measure": "▸ ", "consideration": "• "}


def group_key(kind: str, parent: Key) -> Key:
    return (f"group:{kind}:{parent[0]}", parent[1])


def split_group(key: Key) -> tuple[str, Key] | None:
    """("group:indicator:annual_goal", 9) → ("indicator", ("annual_goal", 9))."""
    if not key[0].startswith("group:"):
        return None
    _, kind, parent_kind = key[0].split(":")
    return kind, (parent_kind, key[1])


def search_pattern(text: str) -> re.Pattern | None:
    text = text.strip()
    return re.compile(re.escape(text), re.IGNORECASE) if text else None


def _line(head: str, body: str, tail: str = "", head_style: str = "bold") -> Text:
    head, body, tail = one_line(head), one_line(body), one_line(tail)
    text = Text(f"{head}{body}{tail}")
    if head and head_style:
        text.stylize(head_style, 0, len(head))
    if tail:
        text.stylize("dim", len(head) + len(body))
    return text


def item_label(item, pattern: re.Pattern | None = None) -> Text:
    """The line of one item; matches of the filter ``pattern`` reversed."""
    if item.kind == "field":
        text = _line(f"{item.number or ''} {item.text}".strip(), "",
                     f" · {L.label(L.PHASES, item.detail)}")
    elif item.kind == "guiding_goal":
        text = _line(f"{L.GOALS_GUIDING.format(number=item.number)}: ", item.text)
    elif item.kind == "annual_goal":
        text = _line(f"{item.year} ", item.text, f" · bis {item.detail}" if item.detail else "")
    elif getattr(item, "link_id", None) is not None:  # serves this Jahresziel, lives elsewhere
        text = _line("◇ ", item.text, L.GOALS_LINK_TAIL, head_style="")
    elif item.kind == "measure":
        text = _line(_ICONS["measure"], item.text, f" · {L.label(L.MEASURE_STATES, item.detail)}", "")
    else:
        text = _line(_ICONS[item.kind], item.text, head_style="")
    if pattern is not None:
        for match in pattern.finditer(text.plain):
            text.stylize("reverse", match.start(), match.end())
    return text


def group_label(kind: str, count: int) -> Text:
    return Text(f"{L.GROUP_NAMES[kind]} ({count})", style="italic")


def describe(item) -> str:
    """"Handlungsfeld 3 Sprache", "Leitziel 2", "Jahresziel 2011", "Indikator" …"""
    if item is None:
        return ""
    if item.kind == "field":
        return f"{L.GOALS_FIELD.format(number=item.number or '')} {item.text}"
    if item.kind == "guiding_goal":
        return L.GOALS_GUIDING.format(number=item.number)
    if item.kind == "annual_goal":
        return f"{L.KIND_NAMES[item.kind]} {item.year}"
    return L.KIND_NAMES[item.kind]
