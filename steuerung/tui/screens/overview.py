"""Übersicht: the process at a glance (title, Leitbild, fields, votes, committees)."""

from __future__ import annotations

from datetime import date

from rich.console import Group
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from ... import labels as L
from ...domain.attainment import pct
from ...domain.dates import format_date
from ...domain.model import Overview
from ...domain.numbers import format_number
from ...domain.text import one_line, printable
from ...store.queries import overview
from ..text import plain
from ..widgets.bars import Footer, Header
from ..widgets.cycle import cycle_text
from ..widgets.drawn_once import DrawnOnce
from .base import Screen

LIGHT_TEXT = {"green": "bold green", "yellow": "bold yellow", "red": "bold red", "grey": "dim",
              "no_indicator": "italic"}


class OverviewScreen(Screen):
    """Read-only summary; the areas of the process are reached from here."""

    BINDINGS = [
        Binding("v", "app.show_votes", L.KEY_VOTES),
        Binding("z", "app.show_goals", L.KEY_GOALS),
        Binding("s", "app.show_sachstand", L.KEY_SACHSTAND),
        Binding("d", "app.show_documents", L.KEY_DOCUMENTS),
        Binding("o", "app.show_submissions", L.KEY_SUBMISSIONS, show=False),
        Binding("g", "app.show_committees", L.KEY_COMMITTEES),
        Binding("m", "app.show_monitoring", L.KEY_MONITORING),
        Binding("p", "app.show_start", L.KEY_START, show=False),
    ]

    def compose(self) -> ComposeResult:
        data = overview(self.app.store, self.app.now().date())
        self.app.sub_title = data.title
        yield Header()
        # One Static per section, its title inside: every widget costs start-up
        # time in CSS matching and compositing (DESIGN §7: first screen ≤ 2.0×).
        with VerticalScroll(id="overview"):
            for section, content in _sections(data, self.app.store):
                yield Static(content, id=section)
        yield Footer()

    def reload_from_store(self) -> None:
        """Another process changed the file: the same sections, new contents."""
        data = overview(self.app.store, self.app.now().date())
        self.app.sub_title = data.title
        shown = list(self.query("#overview > Static").results(Static))
        sections = _sections(data, self.app.store)
        if [s.id for s in shown] != [name for name, _ in sections]:
            self.refresh(recompose=True)  # a section came or went (Handlungsempfehlungen)
            return
        for static, (_, content) in zip(shown, sections, strict=True):
            static.update(content)

    def audit_target(self) -> None:
        """Nothing is selected here: ``i`` shows the whole process."""
        return None


def _sections(data: Overview, store) -> list[tuple[str, object]]:
    sections = [
        ("process-title", _heading(data)),
        ("vision", _section(L.OV_VISION, _vision(data))),
        ("fields", _section(L.OV_FIELDS, _fields(data))),
        ("cycle", _section(L.OV_CYCLE, cycle_text([(f.name, f.phase) for f in data.fields]),
                           _masterplan(store))),
        ("votes", _section(L.OV_VOTES, _votes(data))),
        ("committees", _section(L.OV_COMMITTEES, _committees(data))),
    ]
    if data.recommendations:
        sections.append(("recommendations",
                         _section(L.OV_RECOMMENDATIONS, _numbered(data.recommendations))))
    return sections


#: The theme's accent, as the .section-title rule of app.tcss draws it.
_TITLE = "bold #ffa62b"


def _section(title: str, body, *more) -> DrawnOnce:
    # Drawn once per width: Textual draws each section three times before the first frame.
    return DrawnOnce(Group(Text(""), Text(title, style=_TITLE), body, *more))


def _masterplan(store) -> Text:
    """One short line beside the Strategiezirkel, only when the process has a Masterplan."""
    from ...store.masterplan import summary_line

    line = summary_line(store)
    return Text(one_line(line), style="dim", no_wrap=True, overflow="ellipsis") if line else Text()


def _heading(data: Overview) -> Text:
    text = plain(data.title, style="bold")
    if data.body:
        text.append(f"  ·  {printable(data.body)}", style="dim")
    return text


def _vision(data: Overview) -> Text:
    if data.vision is None or not (data.vision.text or "").strip():
        text = Text(L.VISION_MISSING, style="italic")
        text.append(f"\n{L.OV_VISION_START}", style="dim")
        return text
    v = data.vision
    head = " · ".join(x for x in (v.label, L.ADOPTED.format(
        date=_date(v.adopted_on), by=v.adopted_by or "–") if v.adopted_on else None) if x)
    text = plain(head + "\n", style="dim") if head else Text()
    text.append(printable(v.text.strip()))
    return text


#: Narrower than this (80×24: 74 columns inside the Übersicht) the Handlungsfelder table
#: names its counts in words under the field instead of in three columns of their own.
NARROW = 100


class _ByWidth:
    """``wide`` or, in a window narrower than :data:`NARROW`, ``narrow`` (Rich renderables)."""

    def __init__(self, wide, narrow):
        self.wide, self.narrow = wide, narrow

    def _chosen(self, options):
        return self.narrow if options.max_width < NARROW else self.wide

    def __rich_console__(self, console, options):
        yield self._chosen(options)

    def __rich_measure__(self, console, options):
        return Measurement.get(console, options, self._chosen(options))


def _table(*columns: str, right: tuple[str, ...] = ()) -> Table:
    table = Table(box=None, pad_edge=False, expand=False, header_style="bold", padding=(0, 1))
    for column in columns:
        # A header is never cut inside a word ("Handlung…"); the cells wrap instead.
        table.add_column(column, justify="right" if column in right else "left",
                         min_width=max(len(word) for word in column.split()))
    return table


def _fields(data: Overview) -> _ByWidth | Text:
    if not data.fields:
        return Text(L.OV_NONE, style="dim")
    attained = L.COL_FIELD_ATTAINMENT.format(year=data.review_year or "")
    wide = _table(L.COL_NUMBER, L.COL_FIELD, L.COL_PHASE, L.COL_GUIDING, L.COL_ANNUAL,
                  L.COL_INDICATORS, attained, L.COL_LIGHTS,
                  right=(L.COL_NUMBER, L.COL_GUIDING, L.COL_ANNUAL, L.COL_INDICATORS, attained))
    narrow = _table(L.COL_NUMBER, L.COL_FIELD, L.COL_PHASE, attained, L.COL_LIGHTS,
                    right=(L.COL_NUMBER, attained))
    for f in data.fields:
        rollup = " · ".join(L.GUIDING_ROLLUP.format(n=n or "?", pct="–" if a is None else pct(a))
                            for n, a in f.guiding)
        name = plain(f.name)
        if rollup:  # the Leitziel roll-up under the field's name, to keep the table narrow
            name.append("\n" + rollup, style="dim")
        phase = L.label(L.PHASES, f.phase)
        attainment = "–" if f.attainment is None else pct(f.attainment)
        wide.add_row(str(f.number or ""), name, phase, str(f.guiding_goals),
                     str(f.annual_goals), str(f.indicators), attainment, _lights(f))
        counts = " · ".join(L.numbered(n, L.TOTAL_WORDS[kind]) for n, kind in (
            (f.guiding_goals, "guiding_goal"), (f.annual_goals, "annual_goal"),
            (f.indicators, "indicator")))
        name = plain(f.name)
        name.append("\n" + "\n".join(x for x in (counts, rollup) if x), style="dim")
        narrow.add_row(str(f.number or ""), name, phase, attainment, _lights(f))
    return _ByWidth(wide, narrow)


def _lights(f) -> Text:
    """"2 rot · 1 gelb · 4 grau": colour and word, never colour alone.

    Under it "2 von 7 gemessen" when the field's attainment leaves Jahresziele out.
    """
    text = Text()
    for i, (light, n) in enumerate(f.lights):
        if i:
            text.append(" · ")
        text.append(f"{n} {L.LIGHTS[light]}", style=LIGHT_TEXT[light])
    if f.attainment is not None and f.measured < f.total:
        text.append("\n" + L.OV_MEASURED.format(measured=f.measured, n=f.total), style="dim")
    return text or Text("–")


def _votes(data: Overview) -> Table | Text:
    if not data.votes:
        return Text(L.OV_NONE, style="dim")
    table = _table(L.COL_TITLE, L.COL_DATES, L.COL_TOPICS, L.COL_DOTS, L.COL_STATE,
                   right=(L.COL_TOPICS, L.COL_DOTS))
    for v in data.votes:
        table.add_row(plain(v.title), ", ".join(_date(d) for d in v.dates), str(v.topics),
                      str(v.dots), L.label(L.VOTE_STATES, v.state))
    return table


def _committees(data: Overview) -> Table | Text:
    if not data.committees:
        return Text(L.OV_NONE, style="dim")
    table = _table(L.COL_NAME, L.COL_KIND, L.COL_SEATS, L.COL_MEMBERS, L.COL_MEETINGS,
                   right=(L.COL_SEATS, L.COL_MEMBERS, L.COL_MEETINGS))
    for c in data.committees:
        table.add_row(plain(c.name), plain(c.kind or "–"),
                      format_number(c.seats) if c.seats else "–",
                      str(c.members), str(c.meetings))
    return table


def _numbered(items: list[str]) -> Text:
    return plain("\n".join(f"{i:>2}. {item}" for i, item in enumerate(items, 1)))


def _date(iso: str | None) -> str:
    if not iso:
        return "–"
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso  # shown as stored rather than hidden
