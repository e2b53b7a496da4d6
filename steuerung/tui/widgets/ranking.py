"""Live ranking beside the moderator's input: dense ranks and bars.

Bars are scaled to the leader, so the picture stays readable whatever the
number of dots; ties are marked "punktgleich" (DESIGN §4).
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from ... import labels as L
from ...domain.voting import RankedTopic

#: A strong orange that reads on a dark background and on a projector.
BAR_STYLE = "bold #ffa62b"


def ranking_lines(ranking: list[RankedTopic], width: int) -> Text:
    """Plain ranking text, one topic a line: "3. Sprache ████ 15 punktgleich"."""
    if not ranking:
        return Text(L.VOTE_NO_TOPICS, style="italic")
    leader = max(r.tally for r in ranking) or 1
    name_width = min(max(len(r.name) for r in ranking), 28)
    tie_width = len(L.VOTE_TIED) + 1
    bar_room = max(width - name_width - tie_width - 12, 4)
    text = Text(no_wrap=True, overflow="ellipsis")
    for i, r in enumerate(ranking):
        text.append(f"{r.rank:>2}. ", style="bold")
        text.append(f"{r.name[:name_width]:<{name_width}} ")
        text.append("█" * round(bar_room * r.tally / leader), style=BAR_STYLE)
        text.append(f" {r.tally}", style="bold")
        if r.tied:
            text.append(f" {L.VOTE_TIED}", style="italic")
        if i < len(ranking) - 1:
            text.append("\n")
    return text


class RankingView(Widget):
    """Render-only; the screen calls :meth:`show` after every change."""

    DEFAULT_CSS = "RankingView { height: auto; padding: 0 1; }"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ranking: list[RankedTopic] = []

    def show(self, ranking: list[RankedTopic]) -> None:
        resize = len(ranking) != len(self.ranking)
        self.ranking = ranking
        self.refresh(layout=resize)

    def render(self) -> Text:
        return ranking_lines(self.ranking, self.size.width)
