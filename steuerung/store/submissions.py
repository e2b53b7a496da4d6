"""Council submissions (Beschluss-/Berichtsvorlagen) and their Beratungsfolge."""

from __future__ import annotations

from ..domain.dates import parse_date
from ..domain.errors import UserError
from .repo import Store

KINDS = ("resolution", "report", "notice")
ROLES = ("preliminary", "decision", "information")
#: The editable text fields of a Vorlage, in form order.
FIELDS = ("number", "kind", "date", "lead_office", "subject", "proposal", "reasoning",
          "financial", "attachments", "public")


def _clean(values: dict) -> dict:
    """Validate a Vorlage's fields; German messages; dates as ISO."""
    subject = (values.get("subject") or "").strip()
    if not subject:
        raise UserError("Bitte einen Betreff eingeben, z. B. „Integrationskonzept des "
                        "Rhein-Kreises Neuss – Jahresziele 2011“.")
    kind = values.get("kind") or "resolution"
    if kind not in KINDS:
        raise UserError(f"Vorlagenart „{kind}“ gibt es nicht; möglich: Beschlussvorlage, "
                        "Berichtsvorlage, Mitteilung.")
    day = (values.get("date") or "").strip()
    clean = {k: (v.strip() if isinstance(v, str) else v) or None
             for k, v in values.items() if k in FIELDS}
    clean.update(subject=subject, kind=kind,
                 date=parse_date(day).isoformat() if day else None,
                 public=1 if values.get("public", 1) else 0)
    return clean


def save_submission(store: Store, values: dict, submission_id: int | None = None) -> int:
    clean = _clean(values)
    if submission_id is None:
        return store.insert("submission", clean)
    store.update("submission", submission_id, clean)
    return submission_id


def add_consultation(store: Store, submission_id: int, committee: str, date_text: str,
                     role: str, result: str = "") -> int:
    committee = committee.strip()
    if not committee:
        raise UserError("Bitte das Gremium der Beratungsfolge eingeben, z. B. "
                        "„Sozial- und Gesundheitsausschuss“.")
    if role not in ROLES:
        raise UserError("Zuständigkeit: Vorberatung, Entscheidung oder Kenntnisnahme.")
    day = parse_date(date_text).isoformat() if date_text.strip() else None
    position = store.one("SELECT coalesce(max(position), 0) + 1 FROM consultation "
                         "WHERE submission_id = ?", (submission_id,))[0]
    return store.insert("consultation", {"submission_id": submission_id, "committee": committee,
                                         "date": day, "role": role,
                                         "result": result.strip() or None, "position": position})


def delete_submission(store: Store, submission_id: int) -> None:
    """The Vorlage and its Beratungsfolge, in one action."""
    with store.transaction():
        for (cid,) in store.rows("SELECT id FROM consultation WHERE submission_id = ?",
                                 (submission_id,)):
            store.delete("consultation", cid)
        store.delete("submission", submission_id)
