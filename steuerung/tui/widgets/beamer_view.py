"""The dot-vote ranking drawn large for a projector (the Beamer view).

Render-only and self-contained: the owner (the Beamer app, or the moderator's
screen) calls :meth:`BeamerView.show`; the widget never touches SQLite.  The
picture fills whatever size it gets (issue 17): "geschlossen" is a banner
across the top; the leading topics get rows with large figures (Textual's
``Digits``) and a thick bar, as many as the height allows, sharing the
height so that a large window is filled; the others follow as compact rows.
At 80×24 the 14 topics of a workshop still fit, the first three large.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.renderables.digits import Digits as DigitsRenderable
from textual.widgets import Digits, Static

from ... import labels as L
from ...domain.numbers import format_number
from ...domain.text import one_line
from ...domain.voting import RankedTopic
from .beamer_list import BAR, BeamerHead, BeamerList, columns, list_lines, wrap_parts

#: Large rows need the 3 lines of the digits; the head keeps at least the title.
BIG_ROW = 3


class BigRow(Horizontal):
    """"1. Bildung  ████████  30" with the points in large digits."""

    def compose(self) -> ComposeResult:
        yield Static(classes="beamer-name")
        yield Static(classes="beamer-bar")
        with Vertical(classes="beamer-digits"):  # centres the 3 lines of digits in the row
            yield Digits(classes="beamer-points")

    def __init__(self):
        super().__init__()
        self._shown: tuple | None = None

    def on_mount(self) -> None:
        if self._shown is not None:  # shown before its parts were there
            self.show(*self._shown)

    def show(self, r: RankedTopic, name_w: int, bar: int, digits_w: int) -> None:
        self._shown = (r, name_w, bar, digits_w)
        if not self.children:
            return
        name = Text(f"{r.rank}. {one_line(r.name)}", style="bold")
        name.truncate(name_w, overflow="ellipsis")
        if r.tied and r.tally > 0:  # a tie at 0 dots is no news for the room
            name.append("\n" + L.BEAMER_TIED, style=self.parent_view.style_of("tied"))
        label = self.query_one(".beamer-name", Static)
        label.styles.width = name_w + 1
        label.update(name)
        # Two cells thick, centred on the digits, half a cell free above and below:
        # stacked rows stay apart.
        thick = Text("\n".join(["▄" * bar, BAR * bar, "▀" * bar]),
                     style=self.parent_view.style_of("bar"))
        self.query_one(".beamer-bar", Static).update(thick)
        points = self.query_one(Digits)
        self.query_one(".beamer-digits").styles.width = digits_w
        points.styles.width = digits_w
        points.update(format_number(r.tally))

    @property
    def parent_view(self) -> BeamerView:
        return next(a for a in self.ancestors if isinstance(a, BeamerView))


class BeamerView(Vertical):
    """Banner, head, large rows, compact rows; "punktgleich" on ties."""

    # High contrast for the back of the room: bold white on black, the bar in the theme's
    # accent (orange; yellow in the contrast scheme); a light scheme is followed as it is.
    DEFAULT_CSS = """
    BeamerView {
        width: 1fr; height: 1fr; padding: 1 2;
        background: #000000; color: #ffffff; text-style: bold;
    }
    BeamerView:light { background: $background; color: $foreground; }
    BeamerView > .beamer-view--subtitle { color: #ffffff; text-style: none; }
    BeamerView:light > .beamer-view--subtitle { color: $foreground; }
    BeamerView > .beamer-view--bar { color: $accent; text-style: bold; }
    BeamerView > .beamer-view--tied { color: #5fd7ff; text-style: bold italic; }
    BeamerView:light > .beamer-view--tied { color: $text-primary; }
    BeamerView > .beamer-view--hint { color: #ffffff; text-style: italic; }
    BeamerView:light > .beamer-view--hint { color: $foreground; }
    BeamerView #beamer-banner {
        width: 1fr; height: 1; content-align: center middle; text-style: bold;
        background: #ffffff; color: #000000; display: none;
    }
    BeamerView:light #beamer-banner { background: $foreground; color: $background; }
    BeamerView #beamer-banner.-big { height: 3; }
    BeamerView #beamer-big { height: auto; }
    BeamerView #beamer-big.-fill { height: 1fr; }
    BeamerView BigRow { height: 3; }
    BeamerView .beamer-digits { height: 1fr; align: left middle; }
    BeamerView #beamer-big.-fill BigRow { height: 1fr; min-height: 3; }
    BeamerView .beamer-name, BeamerView .beamer-bar, BeamerView .beamer-points {
        height: 1fr; content-align: left middle; text-wrap: nowrap; text-overflow: ellipsis;
    }
    BeamerView .beamer-bar { width: 1fr; padding: 0 1 0 0; }
    BeamerView .beamer-points { height: 3; }
    """
    COMPONENT_CLASSES = {"beamer-view--subtitle", "beamer-view--bar", "beamer-view--tied",
                         "beamer-view--hint"}

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.title = ""
        self.subtitle = ""
        self.ranking: list[RankedTopic] = []
        self.closed = False
        self.hint: str | None = None
        self.big = 0  # how many leading topics have large rows now
        self.banner_shown = False

    def compose(self) -> ComposeResult:
        yield Static(id="beamer-banner")
        yield BeamerHead(id="beamer-head")
        yield Vertical(id="beamer-big")
        yield BeamerList(id="beamer-list")

    def style_of(self, name: str):
        return self.get_component_rich_style(f"beamer-view--{name}", partial=True)

    def show(self, title: str, subtitle: str, ranking: list[RankedTopic], closed: bool,
             hint: str | None = None) -> None:
        """Replace what is shown; ``hint`` replaces the ranking (e.g. a vote that is gone)."""
        self.title, self.subtitle = one_line(title), one_line(subtitle)
        self.ranking, self.closed, self.hint = list(ranking), closed, one_line(hint) or None
        if self.is_mounted:
            self.fit()

    def on_mount(self) -> None:
        self.fit()

    def on_resize(self) -> None:
        self.fit()

    def fit(self) -> None:
        """Share the height: banner, head, then as many large rows as leave every topic a line."""
        width, height = self.content_size.width, self.content_size.height
        count = 0 if self.hint else len(self.ranking)
        # On a small window the topics come first: then the gap, the subtitle and the
        # banner give way, in this order ("geschlossen" then ends the title line).
        banner_h = (3 if height >= 30 else 1) if self.closed else 0
        gap = 1
        head_h = 1 + len(wrap_parts(self.subtitle, width))
        while height - banner_h - head_h - gap < count and (gap or head_h > 1 or banner_h):
            if gap:
                gap = 0
            elif head_h > 1:
                head_h -= 1
            else:
                banner_h = 0
        banner = self.query_one("#beamer-banner", Static)
        banner.display = bool(banner_h)
        banner.set_class(banner_h == 3, "-big")
        banner.update(L.BEAMER_CLOSED_BANNER)
        head = self.query_one(BeamerHead)
        head.styles.margin = (0, 0, gap, 0)
        title = self.title
        if self.closed and not banner_h:
            title = f"{title}  ·  {L.BEAMER_CLOSED}"
        head.show(title, self.subtitle, head_h)
        self.banner_shown = bool(banner_h)
        room = height - banner_h - head_h - gap
        big = min(count, max(0, (room - count) // (BIG_ROW - 1)))
        self._big_rows(big, width, fill=big == count and big > 0)
        rest = self.ranking[big:]
        leader = max((r.tally for r in self.ranking), default=0)
        hint = self.hint or (None if self.ranking else L.BEAMER_NO_TOPICS)
        listing = self.query_one(BeamerList)
        listing.display = bool(rest) or hint is not None
        listing.show(rest, leader, hint, columns(self.ranking, listing.content_size.width
                                                   or width))

    def _big_rows(self, big: int, width: int, fill: bool) -> None:
        holder = self.query_one("#beamer-big", Vertical)
        holder.set_class(fill, "-fill")
        rows = list(holder.query(BigRow))
        if len(rows) < big:
            new = [BigRow() for _ in range(big - len(rows))]
            holder.mount(*new)
            rows += new
        self.big = big
        shown = self.ranking[:big]
        leader = max((r.tally for r in self.ranking), default=0)
        digits_w = max((DigitsRenderable.get_width(format_number(r.tally)) for r in shown),
                       default=3)
        rank_w, list_name_w, list_bar = columns(self.ranking, width)
        name_w = rank_w + 1 + list_name_w + 1  # the bars begin where the compact rows' do
        bar_room = max(min(list_bar, width - name_w - 1 - digits_w - 2), 1)
        for index, row in enumerate(rows):
            row.display = index < big
            if index < big:
                r = shown[index]
                bar = round(bar_room * r.tally / leader) if leader > 0 else 0
                row.show(r, name_w, max(bar, 1) if r.tally > 0 else 0, digits_w)

    def plain_lines(self) -> list[str]:
        """What the view shows, as text lines (large figures as plain numbers), for tests."""
        lines = [L.BEAMER_CLOSED_BANNER] if self.closed and self.banner_shown else []
        width = self.content_size.width
        lines += [t.plain for t in self.query_one(BeamerHead).head_lines(width)]
        for r in self.ranking[:self.big] if not self.hint else []:
            tied = f"  {L.BEAMER_TIED}" if r.tied and r.tally > 0 else ""
            lines.append(f"{r.rank}. {one_line(r.name)}  {format_number(r.tally)}{tied}")
        listing = self.query_one(BeamerList)
        if listing.hint:
            lines.append(listing.hint)
        else:
            leader = max((r.tally for r in self.ranking), default=0)
            lines += [t.plain for t in list_lines(listing.ranking, leader, listing.size.width,
                                                  listing.size.height, cols=listing.cols)]
        return lines
