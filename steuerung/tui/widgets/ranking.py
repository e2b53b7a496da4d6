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
from .topic_list import fit

#: A strong orange that reads on a dark background and on a projector.
BAR_STYLE = Style.parse("bold #ffa62b")
_BOLD = Style(bold=True)
_ITALIC = Style(italic=True)


def ranking_lines(ranking: list[RankedTopic], width: int) -> list[Text]:
    """One line a topic: "3. Sprache ████ 15 punktgleich"; long names end in "…".

    The name gives way before the bar and the points: at 80 columns a
    200-character name leaves the bar at least 6 cells and the points whole.
    """
    if not ranking:
        return [Text(L.VOTE_NO_TOPICS, style=_ITALIC)]
    leader = max(r.tally for r in ranking) or 1
    rank_w = max(2, len(str(max(r.rank for r in ranking))))
    tally_w = len(format_number(leader))  # the leader has the most digits
    tie_w = len(L.VOTE_TIED) + 1 if any(r.tied and r.tally for r in ranking) else 0
    fixed = rank_w + 2 + 1 + 1 + tally_w + tie_w
    name_width = max(min(max(len(r.name) for r in ranking), 28, width - fixed - 6), 4)
    bar_room = max(width - fixed - name_width, 1)
    lines = []
    for r in ranking:
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f"{r.rank:>{rank_w}}. ", style=_BOLD)
        line.append(fit(r.name, name_width) + " ")
        bar = round(bar_room * r.tally / leader)
        line.append("█" * (max(bar, 1) if r.tally > 0 else 0), style=BAR_STYLE)
        line.append(f" {format_number(r.tally)}", style=_BOLD)
        if r.tied and r.tally:  # a tie at 0 dots is no news
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
