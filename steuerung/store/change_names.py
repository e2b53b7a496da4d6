"""Objects and values of the change log named as a clerk knows them.

"Messwert „Anzahl …“ 30.09.2011", "Abstimmung zu TOP 3 „…“", "Monitoringwert
„Arbeitslosenquote“, „mit Migrationsvorgeschichte“ 2011": an object by its
current name (or its last logged one when it is gone), a value in German
(dates, numbers through :func:`~steuerung.domain.numbers.format_number`,
ja/nein, codes in words, the names behind references).  Used by
:mod:`.changes` (``steuerung log``, the Änderungsprotokoll) and by ``check``.
"""

from __future__ import annotations

import os
import re
from typing import Any

from .. import labels as L
from ..domain.numbers import format_number
from .audit import logged
from .repo import Store

#: Which column of a row refers to which table (the log shows the name behind it).
REFERENCES = {
    "field_id": "field", "guiding_goal_id": "guiding_goal", "annual_goal_id": "annual_goal",
    "indicator_id": "indicator", "vote_id": "dot_vote", "topic_id": "topic",
    "participant_id": "participant", "reverts": "dot", "committee_id": "committee",
    "seat_id": "seat", "person_id": "person", "deputy_of": "membership",
    "meeting_id": "meeting", "membership_id": "membership", "represented_by": "membership",
    "agenda_item_id": "agenda_item", "measure_id": "measure", "submission_id": "submission",
    "review_id": "review", "done_meeting_id": "meeting", "reference_id": "monitoring_group",
    "group_id": "monitoring_group",
}
#: Where a column refers elsewhere in one table (a Vergleichsgruppe belongs to a Kennzahl).
_REFERENCES_IN = {("monitoring_group", "indicator_id"): "monitoring_indicator"}
_FLAGS = {"public", "cumulate", "voting", "included", "example", "provisional",
          "financial_effects"}
_PLAIN_NUMBERS = {"year", "number", "position", "id", "budget_year", "every_min", "every_max"}
#: Tables of one row per file: named by their kind alone ("Berichtsturnus").
_SINGLE = {"report_cycle"}


def reference(table: str, column: str) -> str | None:
    """The table a column of ``table`` refers to, or None."""
    return _REFERENCES_IN.get((table, column)) or REFERENCES.get(column)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _codes(table: str, column: str) -> dict | None:
    """The German words for a code column (looked up late: labels defines them in its own order)."""
    return {
        ("field", "phase"): L.PHASES, ("dot_vote", "state"): L.VOTE_STATES,
        ("meeting", "state"): L.MEETING_STATES, ("measure", "status"): L.MEASURE_STATES,
        ("task", "status"): L.TASK_STATES, ("attendance", "status"): L.ATTENDANCE,
        ("attendance", "kind"): L.ATTENDANCE_KINDS, ("indicator", "kind"): L.INDICATOR_KINDS,
        ("indicator", "direction"): L.DIRECTIONS, ("submission", "kind"): L.SUBMISSION_KINDS,
        ("membership", "role"): L.ROLES, ("resolution", "result"): L.RESULTS,
        ("resolution", "kind"): L.BLOCK_KINDS, ("resolution", "vote"): L.VOTE_MODES,
        ("consultation", "role"): L.CONSULTATION_ROLES, ("plan_step", "status"): L.PLAN_STATES,
        ("monitoring_indicator", "level"): L.LEVELS, ("document_part", "document"): L.LOG_DOCUMENTS,
        ("document_part", "part"): _OUTLINE_PARTS,
    }.get((table, column))


def _outline_part(code: str) -> str:
    return L.OUTLINE_PARTS.get(code, code).replace(": {name}", "")


_OUTLINE_PARTS = {**{code: _outline_part(code) for code in L.OUTLINE_PARTS},
                  "field": L.OBJECT_NAMES["field"], "section": L.LOG_SECTION,
                  "head": L.LOG_OUTLINE_HEAD}


def quoted(text: str, width: int = 40, start: int = 0) -> str:
    """„text“ on one line, cut to ``width``; from ``start`` on with a leading "…"."""
    text = " ".join(str(text).split())
    if start > 0:
        text = "…" + text[start:]
    return f"„{text if len(text) <= width else text[:width - 1] + '…'}“"


def quoted_change(old: str, new: str, width: int = 40) -> tuple[str, str]:
    """Two long texts cut where they first differ, so that the change stays in sight.

    Cut at the start, "Fortbildung in interkultureller Kompetenz" and the same
    with a word added would both read „Fortbildung in interkultureller Kompete…“;
    so both begin at the word before the first difference.
    """
    old, new = " ".join(old.split()), " ".join(new.split())
    same = len(os.path.commonprefix([old, new]))
    start = old.rfind(" ", 0, same - width // 4) + 1 if same >= width - 1 else 0
    return quoted(old, width, start), quoted(new, width, start)


def when(at: str) -> str:
    """"2011-03-12T14:02:00" → "12.03.2011 14:02"."""
    if _ISO_TIME.match(at or ""):
        return f"{at[8:10]}.{at[5:7]}.{at[0:4]} {at[11:16]}"
    return at or "–"


class Namer:
    """Names objects as users know them; rows are read once and kept."""

    def __init__(self, store: Store):
        self.store = store
        self._rows: dict[tuple[str, int], dict | None] = {}

    def row(self, table: str, row_id: int | None) -> dict | None:
        """The stored row, or the last state the log knows of a deleted one."""
        if row_id is None:
            return None
        key = (table, row_id)
        if key not in self._rows:
            self._rows[key] = self._read(table, row_id)
        return self._rows[key]

    def _read(self, table: str, row_id: int) -> dict | None:
        try:
            found = self.store.one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        except Exception:  # a table this program does not know (a newer file's)
            found = None
        if found is not None:
            return dict(found)
        state: dict | None = None
        for action, old, new in self.store.rows(
                "SELECT action, old, new FROM change_log WHERE table_name = ? AND row_id = ? "
                "ORDER BY id", (table, row_id)):
            if action == "insert":
                state = logged(new)
            elif action == "update":
                state = {**(state or {}), **logged(new)}
            elif action == "delete":
                state = logged(old)
        return state

    def name(self, table: str, row_id: int | None, values: dict | None = None) -> str:
        """"Messwert „Anzahl …“ 30.09.2011" — kind and what identifies the object.

        ``values`` override the stored ones (``check`` names a row changed
        outside the app by what the log says it should hold).
        """
        kind = L.OBJECT_NAMES.get(table, table)
        row = self.row(table, row_id)
        if values:
            row = {**(row or {}), **values}
        if not row:
            return L.LOG_NUMBERED.format(kind=kind, id=row_id)
        kind = _kind(table, row, kind)
        detail = self._identify(table, row)
        if detail:
            return f"{kind} {detail}"
        if table in _SINGLE or kind == L.LOG_OUTLINE_HEAD:
            return kind
        return L.LOG_NUMBERED.format(kind=kind, id=row_id)

    def _identify(self, table: str, row: dict) -> str:
        def q(key: str) -> str:
            return quoted(row[key]) if row.get(key) else ""

        def ref(column: str, inner: str = "") -> str:
            target = self.row(reference(table, column), row.get(column))
            if not target:
                return ""
            return quoted(target.get(inner) or target.get("name") or target.get("title")
                          or target.get("text") or "")

        def day(key: str) -> str:
            return _value(None, key, row.get(key), None) if row.get(key) else ""

        if table == "reading":
            return " ".join(p for p in (ref("indicator_id"), day("date")) if p)
        if table == "dot":
            topic = self.row("topic", row.get("topic_id")) or {}
            person = self.row("participant", row.get("participant_id"))
            name = topic.get("name", "?")
            text = (L.LOG_DOT_BY.format(person=person["name"], topic=name) if person
                    else L.LOG_DOT_FOR.format(topic=name))
            return text.split(" ", 1)[1]  # the kind "Punkt" is put in front by name()
        if table == "meeting":
            committee = self.row("committee", row.get("committee_id")) or {}
            return " ".join(p for p in (quoted(committee["name"]) if committee.get("name")
                                        else "", day("date")) if p)
        if table == "agenda_item":
            return " ".join(p for p in (row.get("number") or "", q("title")) if p)
        if table == "resolution":  # a block inside a TOP: "Abstimmung zu TOP 3 „…“"
            item = self.row("agenda_item", row.get("agenda_item_id"))
            if not item:
                return ""
            top = " ".join(p for p in (item.get("number") or "",
                                       quoted(item["title"]) if item.get("title") else "") if p)
            return L.LOG_IN_TOP.format(top=top)
        if table in _MORE:
            return _MORE[table](self, row, q, ref, day)
        if table in ("membership", "attendance"):
            person = self.row("person", row.get("person_id"))
            return quoted(person["name"]) if person else q("name")
        if table == "consultation":
            return " ".join(p for p in (q("committee"), day("date")) if p)
        if table == "status_note":
            return " ".join(p for p in (day("date"), q("text")) if p)
        for key in ("name", "title", "subject", "label", "text", "actor", "what"):
            if row.get(key):
                return quoted(row[key])
        return ""

    def value(self, table: str, column: str, value: Any) -> str:
        return _value(self, column, value, table)

    def change(self, table: str, column: str, old: Any, new: Any) -> tuple[str, str]:
        """Old and new value as German text; two long texts cut where they differ."""
        before, after = self.value(table, column, old), self.value(table, column, new)
        if before == after and isinstance(old, str) and isinstance(new, str) and old != new:
            return quoted_change(old, new)
        return before, after


def _kind(table: str, row: dict, kind: str) -> str:
    """The word for an object whose kind lies in the row (a block of a TOP, a Section)."""
    if table == "resolution":
        return L.BLOCK_KINDS.get(row.get("kind") or "resolution", kind)
    if table == "document_part":
        return {"section": L.LOG_SECTION, "head": L.LOG_OUTLINE_HEAD}.get(row.get("part"), kind)
    return kind


# -- the objects of the workshop outline, the shared indicators and the monitoring ----------
def _link(namer: Namer, row, q, ref, day) -> str:
    return L.LOG_LINK.format(indicator=ref("indicator_id"), goal=ref("annual_goal_id", "text"))


def _outline(namer: Namer, row, q, ref, day) -> str:
    """A Section by its heading (or first words), a generated part by the heading it prints."""
    part = row.get("part")
    if part == "head":
        return ""
    if row.get("title"):
        return q("title")
    if part == "section":
        return q("text")
    if part == "field":
        field = namer.row("field", row.get("field_id")) or {}
        return quoted(L.OUTLINE_FIELD.format(name=field.get("name") or "?"))
    committee = namer.row("committee", row.get("committee_id")) or {}
    return quoted(L.OUTLINE_PARTS.get(part, part or "?").format(name=committee.get("name") or "?"))


def _group(namer: Namer, row, q, ref, day) -> str:
    return L.LOG_GROUP_OF.format(group=q("name"), indicator=ref("indicator_id"))


def _monitoring_value(namer: Namer, row, q, ref, day) -> str:
    """"Monitoringwert „Arbeitslosenquote“, „mit Migrationsvorgeschichte“ 2011"."""
    group = namer.row("monitoring_group", row.get("group_id")) or {}
    indicator = namer.row("monitoring_indicator", group.get("indicator_id")) or {}
    names = [quoted(x) for x in (indicator.get("name"), group.get("name")) if x]
    return " ".join(p for p in (", ".join(names), str(row.get("year") or "")) if p)


def _population(namer: Namer, row, q, ref, day) -> str:
    return " ".join(p for p in (q("label"), str(row.get("year") or "")) if p)


_MORE = {"indicator_link": _link, "document_part": _outline, "monitoring_group": _group,
         "monitoring_value": _monitoring_value, "population": _population,
         "report_cycle": lambda *_: ""}


def _value(namer: Namer | None, column: str, value: Any, table: str | None) -> str:
    """One stored value as German text."""
    if value is None or value == "":
        return "–"
    target = reference(table or "", column)
    if namer is not None and target is not None and isinstance(value, int):
        return namer.name(target, value)
    if column in _FLAGS and value in (0, 1, True, False):
        return L.LOG_YES if value else L.LOG_NO
    if isinstance(value, bool):
        return L.LOG_YES if value else L.LOG_NO
    if isinstance(value, int | float):
        return str(value) if column in _PLAIN_NUMBERS else format_number(value)
    text = str(value)
    if table is not None and (codes := _codes(table, column)) is not None and text in codes:
        return codes[text]
    if (table, column) == ("submission", "parts"):  # "goals,attainment"
        return ", ".join(L.SUB_PARTS.get(p, p) for p in text.split(",") if p) or "–"
    if _ISO_DATE.match(text):
        return f"{text[8:10]}.{text[5:7]}.{text[0:4]}"
    if _ISO_TIME.match(text):
        return when(text)
    return quoted(text)
