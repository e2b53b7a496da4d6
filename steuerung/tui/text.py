"""User text on screen: always a Rich ``Text``, never markup (DESIGN §8).

Textual and Rich read a plain ``str`` handed to ``Static``, ``notify``, an
``Option`` or a table cell as markup: ``[/]`` crashes, ``[Entwurf]``
vanishes, ``[link=…]`` becomes a hidden link.  Labels (``labels.py``)
contain no markup, so a label filled with user text is shown safely as
``plain(L.X.format(name=user))``.  Control characters are dropped too.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Span, Text

from ..domain.text import printable


def plain(text: object, style: str = "") -> Text:
    """Show ``text`` literally: a ``Text`` without control characters."""
    return Text(printable(str(text) if text is not None else ""), style=style)


def clean(text: Text) -> Text:
    """A ``Text`` assembled from user parts, without control characters; styles kept."""
    before = text.plain
    if printable(before) == before:
        return text
    kept = [printable(char) != "" for char in before]
    index = [0]
    for keep in kept:
        index.append(index[-1] + keep)
    result = Text(printable(before), style=text.style, justify=text.justify,
                  no_wrap=text.no_wrap, overflow=text.overflow, end=text.end)
    result.spans = [Span(index[s.start], index[s.end], s.style) for s in text.spans
                    if index[s.start] < index[s.end]]
    return result


def drop_controls(segments: list[Segment]) -> list[Segment]:
    """Segments of a rendered line without control characters (only text is filtered).

    Widgets that turn Rich ``Text`` into strips themselves (the line views)
    pass their segments through here, so no escape sequence reaches the
    terminal whatever a line was built from.  Control characters have no
    width, so the layout stays as it was measured.
    """
    return [Segment(printable(s.text), s.style, s.control) if not s.control else s
            for s in segments]
