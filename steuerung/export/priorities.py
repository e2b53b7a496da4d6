"""Themenprioritäten: the result table of one dot vote as a Markdown document.

Shape (DESIGN §5): title, process, dates, participants, dots per person,
cumulating when it was off, dots without a person (Pinnwand) where rules were
in force, total, state, then
the ranking with dense ranks (1, 2, 3, 3, 4, 4), a note naming the ties
("punktgleich") and, if any topic became a Handlungsfeld, a column saying
which.  :func:`render_priorities` is pure: same data give the same text, byte
for byte; its "Stand" is the vote's last day, never the machine's clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .. import labels as L
from ..domain.dates import format_date
from ..domain.numbers import format_number
from ..domain.voting import RankedTopic, points
from .markdown import escape_inline, heading, table

if TYPE_CHECKING:
    from ..store.votes import VoteSession


@dataclass(frozen=True)
class PrioritiesData:
    """What the document shows, detached from the database."""

    title: str
    process_title: str
    dates: list[str]  # ISO dates, in the order the vote lists them
    ranking: list[RankedTopic]
    total: int
    participants: int | None  # None: nobody was recorded, the dots came from the wall
    closed: bool
    dots_per_person: int | None = None
    fields: dict[int, str] = field(default_factory=dict)  # topic id → linked Handlungsfeld
    cumulate: bool = True
    wall_dots: int = 0  # dots given without a person (Pinnwand): no budget, no cumulating rule

    @property
    def day(self) -> date | None:
        """The document's date: the vote's last day (when its result stood), if any."""
        return date.fromisoformat(self.dates[-1]) if self.dates else None


def priorities_data(session: VoteSession, process_title: str) -> PrioritiesData:
    """Collect the document's data from an opened vote."""
    return PrioritiesData(
        title=session.title,
        process_title=process_title,
        dates=list(session.dates),
        ranking=session.ranking(),
        total=session.total,
        participants=len(session.participants) or None,
        closed=session.closed,
        dots_per_person=session.budget,
        fields={t.id: t.field_name for t in session.topics if t.field_name},
        cumulate=session.cumulate,
        wall_dots=session.total - sum(session.used.values()),
    )


def document_title(vote_title: str) -> str:
    """"Themenprioritäten: <vote title>" – unless the title already says Themenprioritäten."""
    if vote_title.strip().casefold().startswith(L.DOC_PRIORITIES.casefold()):
        return vote_title.strip()
    return f"{L.DOC_PRIORITIES}: {vote_title.strip()}"


def render_priorities(data: PrioritiesData) -> str:
    """The whole document, ending with one newline."""
    blocks = [heading(1, document_title(data.title))]
    if data.process_title.strip():
        blocks.append(f"{L.DOC_PROCESS}: {escape_inline(data.process_title)}")
    blocks.append(_facts(data))
    blocks.append(heading(2, L.DOC_RANKING))
    blocks.extend(render_ranking(data))
    if data.day is not None:  # the vote's last day, never the machine's clock
        blocks.append(f"{L.DOC_AS_OF}: {format_date(data.day)}")
    return "\n\n".join(blocks) + "\n"


def render_ranking(data: PrioritiesData) -> list[str]:
    """The ranking table and its footnote on ties (also used by the workshop documentation)."""
    if not data.ranking:
        return [L.DOC_NO_TOPICS]
    ties = _ties(data.ranking)
    return [_ranking_table(data), ties] if ties else [_ranking_table(data)]


def _facts(data: PrioritiesData) -> str:
    dates = [format_date(date.fromisoformat(d)) for d in data.dates]
    facts = [
        f"{L.DOC_DATE if len(dates) == 1 else L.DOC_DATES}: {', '.join(dates) or L.DOC_NO_DATES}",
        f"{L.DOC_PARTICIPANTS}: "
        f"{L.DOC_FROM_WALL if data.participants is None else data.participants}",
    ]
    if data.dots_per_person is not None:
        facts.append(f"{L.DOC_DOTS_PER_PERSON}: {data.dots_per_person}")
    if not data.cumulate:
        facts.append(L.DOC_CUMULATE_OFF)
    # Dots from the wall ignore budget and cumulating: said where those rules were in force.
    ruled = data.participants is not None or data.dots_per_person is not None or not data.cumulate
    if data.wall_dots and ruled:
        facts.append(L.DOC_WALL_DOTS.format(points=points(data.wall_dots)))
    facts.append(f"{L.DOC_TOTAL}: {format_number(data.total)}")
    facts.append(f"{L.DOC_STATE}: {L.label(L.VOTE_STATES, 'closed' if data.closed else 'open')}")
    # A list keeps one fact per line in every renderer, without trailing-space line breaks.
    return "\n".join(f"- {fact}" for fact in facts)


def _ranking_table(data: PrioritiesData) -> str:
    headers = [L.DOC_RANK, L.DOC_TOPIC, L.DOC_DOTS]
    align: list[str | None] = ["right", None, "right"]
    rows: list[list[object]] = [[f"{t.rank}.", t.name, format_number(t.tally)]
                                  for t in data.ranking]
    if any(t.topic_id in data.fields for t in data.ranking):
        headers.append(L.DOC_FIELD)
        align.append(None)
        for row, topic in zip(rows, data.ranking, strict=True):
            name = data.fields.get(topic.topic_id)
            row.append(f"→ {name}" if name else "–")
    return table(headers, rows, align)


def _ties(ranking: list[RankedTopic]) -> str:
    """"Punktgleich: Sprache und Partizipation (Rang 3); …" or "" without ties."""
    groups: dict[int, list[str]] = {}
    for topic in ranking:
        if topic.tied:
            groups.setdefault(topic.rank, []).append(escape_inline(topic.name))
    if not groups:
        return ""
    parts = [L.DOC_TIED_RANK.format(rank=rank, names=_and(names)) for rank, names in groups.items()]
    return f"{L.DOC_TIED}: {'; '.join(parts)}. {L.DOC_TIED_ORDER}"


def _and(names: list[str]) -> str:
    """"A", "A und B", "A, B und C"."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {L.DOC_AND} {names[-1]}"
