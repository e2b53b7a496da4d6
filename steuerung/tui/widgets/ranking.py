"""Live ranking beside the moderator's input: dense ranks and bars.

Bars are scaled to the leader, so the picture stays readable whatever the
number of dots; ties are marked "punktgleich" (DESIGN §4).
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from ... import labels as L
from ...domain.numbers import format_number
from ...domain.voting import RankedTopic
from .lines import LinesView

#: A strong orange that reads on a dark background and on a projector.
BAR_STYLE = Style.parse("bold #ffa62b")
_BOLD = Style(bold=True)
_ITALIC = Style(italic=True)


def ranking_lines(ranking: list[RankedTopic], width: int) -> list[Text]:
    """One line a topic: "3. Sprache ████ 15 punktgleich"."""
    if not ranking:
        return [Text(L.VOTE_NO_TOPICS, style=_ITALIC)]
    leader = max(r.tally for r in ranking) or 1
    name_width = min(max(len(r.name) for r in ranking), 28)
    tie_width = len(L.VOTE_TIED) + 1
    bar_room = max(width - name_width - tie_width - 12, 4)
    lines = []
    for r in ranking:
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f"{r.rank:>2}. ", style=_BOLD)
        line.append(f"{r.name[:name_width]:<{name_width}} ")
        line.append("█" * round(bar_room * r.tally / leader), style=BAR_STYLE)
        line.append(f" {format_number(r.tally)}", style=_BOLD)
        if r.tied:
            line.append(f" {L.VOTE_TIED}", style=_ITALIC)
        lines.append(line)
    return lines


class RankingView(LinesView):
    """Render-only; the screen calls :meth:`show` after every change."""

    DEFAULT_CSS = "RankingView { height: auto; padding: 0 1; }"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ranking: list[RankedTopic] = []

    def show(self, ranking: list[RankedTopic]) -> None:
        self.ranking = ranking
        self.set_lines(ranking_lines(ranking, self.content_size.width or 60))

    def on_resize(self) -> None:
        self.set_lines(ranking_lines(self.ranking, self.content_size.width))
