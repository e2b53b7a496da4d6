"""Masterplan (DESIGN §5): the ordered steps with responsible, due date, status and result.

Pure: data in, Markdown out.  The document's date is its Stichtag, else the
latest data year of the monitoring, else the latest due date — never the
clock; a step past its due date and not done is marked "(überfällig)".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import labels as L
from ..domain.dates import format_date
from ..store.masterplan import Step
from .markdown import escape_inline, heading, table


@dataclass(frozen=True)
class MasterplanData:
    process_title: str
    day: date
    steps: list[Step]
    summary: str


def _due(step: Step, day: date) -> str:
    late = step.due and step.status not in ("done", "deferred") and \
        date.fromisoformat(step.due) < day
    return step.due_shown + (f" {L.OVERDUE_MARK}" if late else "")


def render_masterplan(data: MasterplanData) -> str:
    blocks = [heading(1, L.DOC_MASTERPLAN_TITLE.format(process=data.process_title)),
              f"- {L.DOC_PLAN_STAND}: {format_date(data.day)}\n- {escape_inline(data.summary)}",
              table([L.DOC_STEP_NR, L.DOC_STEP, L.DOC_WHO, L.DOC_DUE, L.DOC_STATE, L.DOC_RESULT],
                    [[str(s.number), s.title, s.responsible or "–", _due(s, data.day),
                      L.label(L.PLAN_STATES, s.status), s.result or "–"] for s in data.steps],
                    ["right", None, None, None, None, None])]
    return "\n\n".join(blocks) + "\n"
