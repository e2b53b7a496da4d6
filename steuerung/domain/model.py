"""Read models: what a screen or a document shows, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class VisionInfo:
    label: str | None
    adopted_on: str | None
    adopted_by: str | None
    text: str


@dataclass(frozen=True)
class FieldSummary:
    number: int | None
    name: str
    phase: str
    guiding_goals: int
    annual_goals: int
    indicators: int
    attainment: float | None = None  # roll-up of the review year (None: keine Daten)
    light: str = "grey"
    lights: tuple[tuple[str, int], ...] = ()  # Ampel counts of its Jahresziele
    guiding: tuple[tuple[int | None, float | None], ...] = ()  # Leitziel number → attainment
    measured: int = 0  # Jahresziele of the review year that have an attainment …
    total: int = 0  # … of all its Jahresziele of that year


@dataclass(frozen=True)
class VoteSummary:
    id: int
    title: str
    dates: tuple[str, ...]
    state: str
    topics: int
    dots: int


@dataclass(frozen=True)
class CommitteeSummary:
    id: int
    name: str
    kind: str | None
    seats: int
    members: int
    meetings: int


@dataclass(frozen=True)
class Overview:
    title: str
    body: str | None
    vision: VisionInfo | None
    fields: list[FieldSummary] = field(default_factory=list)
    votes: list[VoteSummary] = field(default_factory=list)
    committees: list[CommitteeSummary] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    review_year: int | None = None
