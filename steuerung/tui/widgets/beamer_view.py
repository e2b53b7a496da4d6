"""The dot-vote ranking drawn large for a projector (the Beamer view).

Render-only and self-contained: the owner (the Beamer app, or the moderator's
screen) calls :meth:`BeamerView.show`; the widget never touches SQLite.  The
picture fills whatever size the widget gets: the topics share the height
(1–3 lines each), the bars share the width and are scaled to the leader.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from ... import labels as L
from ...domain.numbers import format_number
from ...domain.text import one_line
from ...domain.voting import RankedTopic

BAR = "█"
SEPARATOR = "  ·  "


class BeamerView(Widget):
    """Title, subtitle and the ranking with bars; "punktgleich" on ties."""

    # High contrast for the back of the room: bold white on black, the bar in the theme's
    # accent (orange; yellow in the contrast scheme); a light scheme is followed as it is.
    DEFAULT_CSS = """
    BeamerView {
        width: 1fr;
        height: 1fr;
        padding: 1 2;
        background: #000000;
        color: #ffffff;
        text-style: bold;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    BeamerView:light { background: $background; color: $foreground; }
    BeamerView > .beamer-view--subtitle { color: #ffffff; text-style: none; }
    BeamerView:light > .beamer-view--subtitle { color: $foreground; }
    BeamerView > .beamer-view--bar { color: $accent; text-style: bold; }
    BeamerView > .beamer-view--tied { color: #5fd7ff; text-style: bold italic; }
    BeamerView:light > .beamer-view--tied { color: $text-primary; }
    BeamerView > .beamer-view--closed { background: #ffffff; color: #000000; text-style: bold; }
    BeamerView:light > .beamer-view--closed { background: $foreground; color: $background; }
    BeamerView > .beamer-view--hint { color: #ffffff; text-style: italic; }
    BeamerView:light > .beamer-view--hint { color: $foreground; }
    """
    COMPONENT_CLASSES = {"beamer-view--subtitle", "beamer-view--bar", "beamer-view--tied",
                         "beamer-view--closed", "beamer-view--hint"}

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.title = ""
        self.subtitle = ""
        self.ranking: list[RankedTopic] = []
        self.closed = False
        self.hint: str | None = None

    def show(self, title: str, subtitle: str, ranking: list[RankedTopic], closed: bool,
             hint: str | None = None) -> None:
        """Replace what is shown; ``hint`` replaces the ranking (e.g. a vote that is gone)."""
        self.title, self.subtitle = one_line(title), one_line(subtitle)
        self.ranking, self.closed, self.hint = list(ranking), closed, one_line(hint) or None
        self.refresh()

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"beamer-view--{name}", partial=True)

    def render(self) -> Text:
        width, height = self.size.width, self.size.height
        lines = self._header(width)
        while len(lines) > 1 and height - len(lines) < len(self.ranking):
            lines.pop()  # on a small window the topics matter more than the subtitle
        room = height - len(lines)
        if room - 1 >= max(len(self.ranking), 1):
            lines.append(Text())  # a gap below the header, unless topics would be cut
            room -= 1
        lines.extend([self._hint(self.hint)] if self.hint else self._body(width, room))
        text = Text("\n").join(lines[:max(height, 1)])
        text.no_wrap, text.overflow = True, "ellipsis"
        return text

    def _header(self, width: int) -> list[Text]:
        title = Text(self.title)
        if self.closed:
            marker = f" {L.BEAMER_CLOSED} "
            title.truncate(max(width - len(marker) - 2, 1), overflow="ellipsis")
            title.append(" " * (width - len(title) - len(marker)))
            title.append(marker, style=self._style("closed"))
        lines = [title]
        for part in _wrap_parts(self.subtitle, width):
            subtitle = Text(part, style=self._style("subtitle"))
            subtitle.truncate(width, overflow="ellipsis")
            lines.append(subtitle)
        return lines

    def _hint(self, message: str) -> Text:
        return Text(message, style=self._style("hint"))

    def _body(self, width: int, room: int) -> list[Text]:
        """The ranking in ``room`` lines: 1 line per topic, 2 with a gap, 3 with a thick bar."""
        if not self.ranking:
            return [self._hint(L.BEAMER_NO_TOPICS)]
        room = max(room, 1)
        count = len(self.ranking)
        per = max(1, min(3, room // count))
        shown = self.ranking if count * per <= room else self.ranking[:max(room - 1, 0)]
        leader = max(r.tally for r in self.ranking)
        rank_w = len(f"{max(r.rank for r in self.ranking)}.")
        names = {r.topic_id: one_line(r.name) for r in self.ranking}
        name_w = min(max(len(names[r.topic_id]) for r in shown or self.ranking), max(width // 3, 8))
        tail_w = len(str(leader)) + 1
        if any(r.tied for r in shown):
            tail_w += len(L.BEAMER_TIED) + 2
        bar_room = max(width - rank_w - name_w - 3 - tail_w, 0)
        lines: list[Text] = []
        for r in shown:
            bar = round(bar_room * r.tally / leader) if leader > 0 else 0
            if r.tally > 0 and bar_room:
                bar = max(bar, 1)  # every dot is visible, however far behind the leader
            line = Text(f"{f'{r.rank}.':>{rank_w}} ")
            name = Text(names[r.topic_id])
            name.truncate(name_w, overflow="ellipsis", pad=True)
            line.append_text(name)
            line.append("  ")
            line.append(BAR * bar, style=self._style("bar"))
            line.append(f" {format_number(r.tally)}")
            if r.tied:
                line.append(f"  {L.BEAMER_TIED}", style=self._style("tied"))
            lines.append(line)
            if per == 3:  # a thick bar: its second line carries the bar only
                lines.append(Text(" " * (rank_w + 1 + name_w + 2))
                             + Text(BAR * bar, style=self._style("bar")))
            if per >= 2:
                lines.append(Text())
        if len(shown) < count:
            lines.append(self._hint(L.BEAMER_MORE.format(n=count - len(shown))))
        return lines


def _wrap_parts(subtitle: str, width: int) -> list[str]:
    """Break "a  ·  b  ·  c" into lines at the dots, never inside a part."""
    lines: list[str] = []
    for part in (p.strip() for p in subtitle.split("·")):
        if not part:
            continue
        if lines and len(lines[-1]) + len(SEPARATOR) + len(part) <= width:
            lines[-1] += SEPARATOR + part
        else:
            lines.append(part)
    return lines
