"""The fields of the meeting's forms: its header and the blocks inside a TOP.

Pure descriptions (lists of :class:`~.forms.Field`) and the translation of
the typed values back into store calls; the screens push the FormScreen.
"""

from __future__ import annotations

from ... import labels as L
from ...domain.minutes import RESULT_CHOICES, VOTE_MODES
from ...store import agenda as A
from ...store import meetings as M
from ...store.meeting_model import Block
from .forms import Field

_NONE = "-"  # a choice meaning "nothing chosen" (a Select needs a value)
_VOTES = tuple((L.VOTE_MODES[m], m) for m in VOTE_MODES)
_RESULTS = tuple((L.RESULTS[r], r) for r in RESULT_CHOICES)


def meeting_fields(form: M.MeetingForm) -> list[Field]:
    """The header form of a meeting (new or edited)."""
    return [Field("date", L.MT_DATE, form.date), Field("start", L.MT_START, form.start),
            Field("end", L.MT_END, form.end), Field("place", L.MT_PLACE, form.place),
            Field("title", L.MT_TITLE_FIELD, form.title),
            Field("chair", L.MT_CHAIR, form.chair),
            Field("minute_taker", L.MT_MINUTE_TAKER, form.minute_taker),
            Field("minutes_date", L.MT_MINUTES_DATE, form.minutes_date),
            Field("attendance_note", L.MT_ATTENDANCE_NOTE, form.attendance_note),
            Field("number", L.MT_NUMBER, form.number),
            Field("public", L.MT_PUBLIC_FIELD, form.public, "check")]


def form_from(values: dict) -> M.MeetingForm:
    return M.MeetingForm(**{k: values[k] for k in (
        "date", "start", "end", "place", "title", "chair", "minute_taker", "public", "number",
        "minutes_date", "attendance_note")})


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _counts(block: Block | None) -> list[Field]:
    return [Field(key, label, _count(getattr(block, key)) if block else "", group="counts")
            for key, label in (("yes", L.MT_RES_YES), ("no", L.MT_RES_NO),
                               ("abstain", L.MT_RES_ABSTAIN))]


def block_fields(kind: str, block: Block | None) -> list[Field]:
    """Text, Abstimmung, Beschluss or Ergebnis, as the clerk fills it in."""
    text = (block.text or "") if block else ""
    if kind == "text":
        return [Field("text", L.MT_BLOCK_TEXT, text, "area")]
    if kind == "vote":
        return [Field("vote", L.MT_VOTE_MODE, (block.vote if block else None) or "unanimous",
                      "choice", _VOTES),
                *_counts(block), Field("text", L.MT_VOTE_WORDING, text)]
    if kind == "result":
        return [Field("result", L.MT_RES_RESULT, (block.result if block else None) or _NONE,
                      "choice", ((L.MT_RESULT_TEXT_ONLY, _NONE), *_RESULTS)),
                Field("text", L.MT_RESULT_TEXT, text, "area")]
    return [Field("text", L.MT_RESOLUTION_TEXT, text, "area"),
            Field("vote", L.MT_VOTE_MODE, (block.vote if block else None) or _NONE, "choice",
                  ((L.MT_VOTE_NONE, _NONE), *_VOTES)),
            *_counts(block),
            Field("result", L.MT_RES_RESULT, (block.result if block else None) or _NONE,
                  "choice", ((L.MT_RESULT_NONE, _NONE), *_RESULTS))]


def save_block(store, kind: str, item_id: int, block: Block | None, v: dict) -> int | None:
    """Write what the form holds: a new block under ``item_id`` or the changed ``block``."""
    values = {"text": v.get("text", ""),
              "vote": None if v.get("vote", _NONE) == _NONE else v["vote"],
              "yes": v.get("yes", ""), "no": v.get("no", ""), "abstain": v.get("abstain", ""),
              "result": None if v.get("result", _NONE) == _NONE else v["result"]}
    if block is not None:
        A.update_block(store, block.id, **values)
        return None
    return A.add_block(store, item_id, kind, **values)
