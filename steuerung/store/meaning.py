"""What the rows of a process mean, declared once per table (pydantic models).

``load`` checks a document with these models before anything is written, and
``steuerung check`` checks an existing file with the same models, so a date
that is not a real day, an unknown code, a number out of bounds or a deadline
text that does not give its stored date is refused the same way everywhere —
with the domain's own German rules (:mod:`steuerung.domain.bounds`,
:mod:`~steuerung.domain.dates`, :mod:`~steuerung.domain.numbers`).

To give a table (or a new column) meaning rules, declare a model here and
list it in :data:`MODELS`.  Tables and columns without a model are still
loaded and shape-checked (column types, references); extra columns are
ignored by the models, so tables other branches add keep loading.

Imported lazily (pydantic is not on the start path).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .. import labels as L
from ..domain.bounds import MAX_COUNT, MAX_TALLY, check_count, check_year
from ..domain.committees import parse_quorum_rule
from ..domain.dates import parse_deadline, show_day, stored_day, stored_timestamp
from ..domain.errors import UserError
from ..domain.numbers import check_number, check_range, format_number
from .repo import TABLES
from .submissions import check_amount, check_parts

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d\Z", re.ASCII)


def rule(check: Callable[[Any], Any]) -> AfterValidator:
    """A domain rule as a field validator: its German refusal becomes the field's error.

    The verdict is remembered per value: a file repeats the same dates and
    timestamps thousands of times, and ``check`` of a large process must stay
    well under two seconds.
    """
    @functools.lru_cache(maxsize=8192)
    def verdict(value: Any) -> str | None:
        try:
            check(value)
        except UserError as error:
            return error.message
        return None

    def validate(value: Any) -> Any:
        if value is None:
            return value
        message = verdict(value)
        if message is not None:
            raise PydanticCustomError("steuerung", "{message}", {"message": message})
        return value
    return AfterValidator(validate)


def _one_of(table: dict[str, str]) -> Callable[[str], None]:
    def check(value: str) -> None:
        if value not in table:
            raise UserError(L.E_MEANING_CHOICE.format(
                value=value, choices=", ".join(f"{code} ({word})" for code, word in table.items())))
    return check


def _between(low: int, high: int) -> Callable[[int], None]:
    return lambda value: check_range(value, minimum=low, maximum=high)


def _dates(value: str) -> None:
    for part in value.split(","):
        if part:
            stored_day(part)


def _json(kind: type) -> Callable[[str], None]:
    def check(value: str) -> None:
        try:
            parsed = json.loads(value)
        except (ValueError, RecursionError):
            raise UserError(L.E_MEANING_JSON.format(value=value[:40])) from None
        if not isinstance(parsed, kind):
            raise UserError(L.E_MEANING_JSON.format(value=value[:40]))
    return check


def _time(value: str) -> None:
    if not _TIME.match(value):
        raise UserError(L.E_MEANING_TIME.format(value=value))


Day = Annotated[str | None, rule(stored_day)]
Moment = Annotated[str | None, rule(stored_timestamp)]
Year = Annotated[int | None, rule(check_year)]
Value = Annotated[float | None, rule(check_number)]
Count = Annotated[int | None, rule(lambda v: check_count(v, L.F_COUNT))]
Flag = Annotated[int | None, rule(_between(0, 1))]
Percent = Annotated[float | None, rule(_between(0, 100))]


def Choice(table: dict[str, str]) -> Any:  # noqa: N802 – reads like a type in the models
    return Annotated[str | None, rule(_one_of(table))]


class Row(BaseModel):
    """Every row has a positive id; columns a model does not name are left alone."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    id: int


def _deadline(row: Row, text_field: str, date_field: str) -> None:
    """A deadline as typed must resolve, and to the date stored beside it."""
    text, stored = getattr(row, text_field), getattr(row, date_field)
    if text is None:
        return
    try:
        resolved = parse_deadline(text).date.isoformat()
    except UserError as error:
        raise PydanticCustomError("steuerung", "{message}", {
            "message": error.message, "field": text_field}) from None
    if stored != resolved:
        raise PydanticCustomError("steuerung", "{message}", {
            "message": L.E_MEANING_DEADLINE_DATE.format(
                text=text, field=date_field, stored=show_day(stored, L.MEANING_EMPTY),
                resolved=show_day(resolved)),
            "field": text_field})


class _WithDeadline(Row):
    deadline_text: str | None = None
    deadline: Day = None

    @model_validator(mode="after")
    def _resolves(self):
        _deadline(self, "deadline_text", "deadline")
        return self


class Process(Row):
    created: Day = None
    language: Choice(L.MEANING_LANGUAGES) = None


class Vision(Row):
    adopted_on: Day = None


class Field(Row):
    phase: Choice(L.PHASES) = None


class AnnualGoal(_WithDeadline):
    year: Year = None


class Review(Row):
    year: Year = None
    stichtag: Day = None
    frozen_at: Moment = None
    rows: Annotated[str | None, rule(_json(list))] = None


class StatusNote(Row):
    date: Day = None


class Indicator(_WithDeadline):
    kind: Choice(L.INDICATOR_KINDS) = None
    direction: Choice(L.DIRECTIONS) = None
    baseline_value: Value = None
    baseline_date: Day = None
    target_value: Value = None
    green_from: Percent = None
    yellow_from: Percent = None


class Reading(Row):
    date: Day = None
    value: Value = None
    entered_at: Moment = None


class Measure(_WithDeadline):
    status: Choice(L.MEASURE_STATES) = None


class DotVote(Row):
    dates: Annotated[str | None, rule(_dates)] = None
    dots_per_person: Annotated[int | None, rule(_between(1, MAX_TALLY))] = None
    cumulate: Flag = None
    state: Choice(L.VOTE_STATES) = None


class Dot(Row):
    delta: Annotated[int | None, rule(_between(-MAX_TALLY, MAX_TALLY))] = None
    at: Moment = None


class Committee(Row):
    quorum: Annotated[str | None, rule(parse_quorum_rule)] = None


class Seat(Row):
    count: Annotated[int | None, rule(lambda v: check_count(v, L.F_COUNT, minimum=1))] = None


class Membership(Row):
    role: Choice(L.ROLES) = None
    voting: Flag = None
    start_date: Day = None
    end_date: Day = None


class Meeting(Row):
    number: Annotated[int | None, rule(_between(1, MAX_COUNT))] = None
    date: Day = None
    minutes_date: Day = None
    start_time: Annotated[str | None, rule(_time)] = None
    end_time: Annotated[str | None, rule(_time)] = None
    state: Choice(L.MEETING_STATES) = None
    public: Flag = None


class Attendance(Row):
    kind: Choice(L.ATTENDANCE_KINDS) = None
    status: Choice(L.ATTENDANCE) = None


class AgendaItem(Row):
    public: Flag = None


class Resolution(Row):
    kind: Choice(L.BLOCK_KINDS) = None
    vote: Choice(L.VOTE_MODES) = None
    yes: Count = None
    no: Count = None
    abstain: Count = None
    result: Choice(L.RESULTS) = None


class Task(Row):
    due_text: str | None = None
    due: Day = None
    status: Choice(L.TASK_STATES) = None

    @model_validator(mode="after")
    def _resolves(self):
        _deadline(self, "due_text", "due")
        return self


class PlanItem(Row):
    date_text: str | None = None
    date: Day = None

    @model_validator(mode="after")
    def _resolves(self):
        _deadline(self, "date_text", "date")
        return self


class Submission(Row):
    kind: Choice(L.SUBMISSION_KINDS) = None
    date: Day = None
    public: Flag = None
    stichtag: Day = None
    parts: Annotated[str | None, rule(check_parts)] = None
    financial_effects: Flag = None
    budget_year: Year = None
    budget_amount: Annotated[float | None, rule(check_number), rule(check_amount)] = None


class Consultation(Row):
    date: Day = None
    role: Choice(L.CONSULTATION_ROLES) = None


def _log_table(value: str) -> None:
    if value != "*" and value not in TABLES:
        raise UserError(L.E_MEANING_LOG_TABLE.format(value=value))


class ChangeLog(Row):
    """A change or a Bestand (action ``baseline``, table ``*``, no row id).  The hash is
    left to the chain (``check`` recomputes every one; a second look here would cost a
    fifth of the log's meaning check on a large process)."""

    at: Moment = None
    author: str | None = None
    table_name: Annotated[str | None, rule(_log_table)] = None
    action: Choice(L.MEANING_LOG_ACTIONS) = None
    old: Annotated[str | None, rule(_json(dict))] = None
    new: Annotated[str | None, rule(_json(dict))] = None
    hash: str | None = None

    @model_validator(mode="after")
    def _baseline_for_the_whole_file(self):
        if (self.action == "baseline") != (self.table_name == "*"):
            raise PydanticCustomError("steuerung", "{message}", {
                "message": L.E_MEANING_LOG_BASELINE, "field": "table_name"})
        return self


class MonitoringIndicator(Row):
    level: Choice(L.LEVELS) = None


class MonitoringValue(Row):
    year: Year = None
    value: Value = None
    example: Flag = None
    entered_at: Moment = None


class Population(Row):
    year: Year = None
    value: Value = None
    as_of: Day = None
    provisional: Flag = None


class ReportCycle(Row):
    every_min: Annotated[int | None, rule(_between(1, 20))] = None
    every_max: Annotated[int | None, rule(_between(1, 20))] = None
    last_report: Day = None


class PlanStep(Row):
    due_text: str | None = None
    due: Day = None
    status: Choice(L.PLAN_STATES) = None

    @model_validator(mode="after")
    def _resolves(self):
        _deadline(self, "due_text", "due")
        return self


class DocumentPart(Row):
    document: Choice({"workshop": "Workshop-Dokumentation"}) = None
    part: Choice({**L.OUTLINE_PARTS, "field": "Handlungsfeld", "section": "Abschnitt",
                  "head": "Titel"}) = None
    included: Flag = None


#: table → its model: the ONE place where a table gets meaning rules.
MODELS: dict[str, type[Row]] = {
    "process": Process, "vision": Vision, "field": Field, "annual_goal": AnnualGoal,
    "review": Review, "status_note": StatusNote, "indicator": Indicator, "reading": Reading,
    "measure": Measure, "dot_vote": DotVote, "dot": Dot, "committee": Committee, "seat": Seat,
    "membership": Membership, "meeting": Meeting, "attendance": Attendance,
    "agenda_item": AgendaItem, "resolution": Resolution, "task": Task, "plan_item": PlanItem,
    "submission": Submission, "consultation": Consultation, "change_log": ChangeLog,
    "monitoring_indicator": MonitoringIndicator, "monitoring_value": MonitoringValue,
    "population": Population, "report_cycle": ReportCycle, "plan_step": PlanStep,
    "document_part": DocumentPart,
}


def problems(table: str, rows: Iterable[dict], where: Callable[[int, dict, str], str],
             limit: int = 20) -> list[str]:
    """German messages for the rows of ``table`` that break its model (at most ``limit``).

    ``where(index, row, field)`` names the place the way the caller's user
    knows it ("tables.reading[3].value" in a document, "reading Nr. 4,
    value" in a file; ``field`` is "" for a rule on the whole row).
    """
    model = MODELS.get(table)
    if model is None:
        return []
    rows = rows if isinstance(rows, list) else list(rows)
    try:
        _adapter(model).validate_python(rows)
    except ValidationError as error:
        found = []
        for item in error.errors(include_url=False):
            index, *loc = item["loc"]
            found.append(_message(where, index, rows[index], {**item, "loc": tuple(loc)}))
            if len(found) >= limit:
                break
        return found
    return []


@functools.cache
def _adapter(model: type[Row]) -> TypeAdapter:
    """All rows of a table in one call: pydantic-core loops, not Python."""
    return TypeAdapter(list[model])


def fields(table: str) -> list[str]:
    """The columns a table's model looks at (``check`` reads only these)."""
    model = MODELS.get(table)
    return list(model.model_fields) if model is not None else []


def _message(where: Callable[[int, dict, str], str], index: int, row: dict, item: dict) -> str:
    field = ".".join(str(part) for part in item["loc"])
    if item["type"] == "steuerung":
        text = item["ctx"]["message"]
        field = item["ctx"].get("field", field)
    else:  # pydantic's own words are English: say it in German
        text = L.E_MEANING_TYPES.get(item["type"], L.E_MEANING_OTHER)
    return f"{where(index, row, field)}: {text}"


def tally_problems(conn, place: Callable[[str, int], str]) -> list[str]:
    """Topics whose dots add up outside 0 … 1.000.000 (a sum no single row shows)."""
    found = []
    for topic_id, tally in conn.execute(
            "SELECT topic_id, total(delta) FROM dot GROUP BY topic_id "
            "HAVING total(delta) < 0 OR total(delta) > ?", (MAX_TALLY,)):
        found.append(L.E_MEANING_TALLY.format(where=place("topic", topic_id),
                                              tally=format_number(int(tally)),
                                              max=format_number(MAX_TALLY)))
    return found
