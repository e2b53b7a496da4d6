"""The Beamer's text parts: the head (title, dates, totals) and the compact ranking rows.

Render-only Widgets that draw one Rich Text for their size; their colours come
from the :class:`~.beamer_view.BeamerView` around them (its component classes),
so one stylesheet serves the dark, light and high-contrast schemes.
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


def _style(widget: Widget, name: str) -> Style:
    view = widget.parent
    while view is not None and not hasattr(view, "COMPONENT_CLASSES"):
        view = view.parent
    return view.get_component_rich_style(f"beamer-view--{name}", partial=True)


class BeamerHead(Widget):
    """Title (bold) and the subtitle broken at its dots; as many lines as fit."""

    DEFAULT_CSS = "BeamerHead { height: auto; }"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.title = ""
        self.subtitle = ""
        self.lines_wanted = 2

    def show(self, title: str, subtitle: str, lines: int) -> None:
        self.title, self.subtitle, self.lines_wanted = one_line(title), one_line(subtitle), lines
        self.refresh(layout=True)

    def head_lines(self, width: int) -> list[Text]:
        title = Text(self.title)
        title.truncate(max(width, 1), overflow="ellipsis")
        lines = [title]
        for part in wrap_parts(self.subtitle, width):
            line = Text(part, style=_style(self, "subtitle") if self.is_mounted else "")
            line.truncate(max(width, 1), overflow="ellipsis")
            lines.append(line)
        return lines[:max(self.lines_wanted, 1)]

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.head_lines(width))

    def render(self) -> Text:
        return Text("\n").join(self.head_lines(self.size.width))


class BeamerList(Widget):
    """Compact rows "4. Sprache ████ 15 punktgleich": 1 line each, 2 with a gap, 3 thick."""

    DEFAULT_CSS = "BeamerList { height: 1fr; text-wrap: nowrap; text-overflow: clip; }"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ranking: list[RankedTopic] = []
        self.leader = 0
        self.hint: str | None = None
        self.cols: tuple[int, int, int] | None = None

    def show(self, ranking: list[RankedTopic], leader: int, hint: str | None = None,
             cols: tuple[int, int, int] | None = None) -> None:
        self.ranking, self.leader, self.hint, self.cols = ranking, leader, hint, cols
        self.refresh()

    def render(self) -> Text:
        if self.hint:
            return Text(self.hint, style=_style(self, "hint"))
        lines = list_lines(self.ranking, self.leader, self.size.width, self.size.height,
                           bar=_style(self, "bar"), tied=_style(self, "tied"),
                           hint=_style(self, "hint"), cols=self.cols)
        text = Text("\n").join(lines)
        text.no_wrap, text.overflow = True, "ellipsis"
        return text


def columns(ranking: list[RankedTopic], width: int) -> tuple[int, int, int]:
    """(rank, name, bar) widths for the whole vote, so large and compact rows line up."""
    if not ranking:
        return 2, 8, 0
    leader = max(r.tally for r in ranking)
    rank_w = len(f"{max(r.rank for r in ranking)}.")
    name_w = min(max(len(one_line(r.name)) for r in ranking), max(width // 3, 8))
    tail_w = len(format_number(max(leader, 0))) + 1
    if any(r.tied and r.tally > 0 for r in ranking):
        tail_w += len(L.BEAMER_TIED) + 2
    return rank_w, name_w, max(width - rank_w - name_w - 3 - tail_w, 0)


def list_lines(ranking: list[RankedTopic], leader: int, width: int, room: int, *,
               bar: Style | str = "", tied: Style | str = "", hint: Style | str = "",
               cols: tuple[int, int, int] | None = None) -> list[Text]:
    """The rows in ``room`` lines; the bars are scaled to ``leader`` (the whole vote's)
    in the columns ``cols`` (those of the whole vote; else of these rows)."""
    if not ranking:
        return []
    room = max(room, 1)
    count = len(ranking)
    per = max(1, min(3, room // count))
    shown = ranking if count * per <= room else ranking[:max(room - 1, 0)]
    names = {r.topic_id: one_line(r.name) for r in ranking}
    rank_w, name_w, bar_room = cols or columns(ranking, width)
    lines: list[Text] = []
    for r in shown:
        length = round(bar_room * r.tally / leader) if leader > 0 else 0
        if r.tally > 0 and bar_room:
            length = max(length, 1)  # every dot is visible, however far behind the leader
        line = Text(f"{f'{r.rank}.':>{rank_w}} ")
        name = Text(names[r.topic_id])
        name.truncate(name_w, overflow="ellipsis", pad=True)
        line.append_text(name)
        line.append("  ")
        line.append(BAR * length, style=bar)
        line.append(f" {format_number(r.tally)}")
        if r.tied and r.tally > 0:  # a tie at 0 dots is no news for the room
            line.append(f"  {L.BEAMER_TIED}", style=tied)
        lines.append(line)
        if per == 3:  # a thick bar: its second line carries the bar only
            lines.append(Text(" " * (rank_w + 1 + name_w + 2)) + Text(BAR * length, style=bar))
        if per >= 2:
            lines.append(Text())
    if len(shown) < count:
        lines.append(Text(L.BEAMER_MORE.format(n=count - len(shown)), style=hint))
    return lines


def wrap_parts(subtitle: str, width: int) -> list[str]:
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
