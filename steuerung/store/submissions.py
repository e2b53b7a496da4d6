"""Council submissions (Beschluss-/Berichtsvorlagen), their Beratungsfolge, the signature line."""

from __future__ import annotations

from .. import labels as L
from ..domain.dates import parse_date
from ..domain.errors import UserError
from ..domain.goals import parse_number, parse_year
from ..domain.numbers import format_number
from .repo import Store

KINDS = ("resolution", "report", "notice")
ROLES = ("preliminary", "decision", "information")
#: The generated parts of the Sachdarstellung a clerk may choose, in document order.
PARTS = ("vision", "priorities", "goals", "attainment", "composition")
#: The editable fields of a Vorlage, in form order.
FIELDS = ("number", "kind", "date", "lead_office", "clerk", "subject", "proposal", "reasoning",
          "stichtag", "parts", "financial_effects", "budget_year", "budget_product",
          "budget_expense", "budget_amount", "financial", "attachments", "public")


def parts_of(row: dict) -> tuple[str, ...]:
    """The chosen generated parts; a Vorlage from before issue 14 (NULL) keeps all of them."""
    if row.get("parts") is None:
        return PARTS
    return tuple(p for p in row["parts"].split(",") if p in PARTS)


def check_parts(text: str) -> None:
    """Stored parts: known codes separated by commas (``load`` and ``check`` use it too)."""
    _parts(text)


def _parts(value) -> str:
    chosen = value.split(",") if isinstance(value, str) else list(value or ())
    chosen = [p.strip() for p in chosen if p and p.strip()]
    unknown = [p for p in chosen if p not in PARTS]
    if unknown:
        raise UserError(L.E_SUB_PART.format(part=unknown[0], parts=", ".join(L.SUB_PARTS.values())))
    return ",".join(p for p in PARTS if p in chosen)


def _financial(values: dict) -> dict:
    """Finanzielle Auswirkungen: keine (0), or Haushaltsjahr, Produkt, Aufwand, Betrag (1)."""
    clean = {}
    if "financial_effects" in values:
        effects = values["financial_effects"]
        clean["financial_effects"] = None if effects in (None, "") else int(
            effects in (1, True, "1"))
    if "budget_amount" in values:
        text = str(values["budget_amount"] or "").strip().removesuffix("€").strip()
        # The one number parser: German, and below 10¹² like every number.
        amount = parse_number(text, L.SUB_LABELS["budget_amount"]) if text else None
        if amount is not None:
            check_amount(amount, text)
        clean["budget_amount"] = amount
    if "budget_year" in values:
        text = str(values["budget_year"] or "").strip()
        clean["budget_year"] = parse_year(text) if text else None
    return clean


def check_amount(amount: float, shown: str | None = None) -> None:
    """A Betrag is euros from 0 (``load`` and ``check`` use it too)."""
    if amount < 0:
        raise UserError(L.E_SUB_AMOUNT.format(value=shown or format_number(amount)))


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
    stichtag = (values.get("stichtag") or "").strip()
    clean = {k: (v.strip() if isinstance(v, str) else v) or None
             for k, v in values.items() if k in FIELDS}
    clean.update(subject=subject, kind=kind,
                 date=parse_date(day).isoformat() if day else None,
                 stichtag=parse_date(stichtag).isoformat() if stichtag else None,
                 public=1 if values.get("public", 1) else 0, **_financial(values))
    if "parts" in values:
        clean["parts"] = _parts(values["parts"])
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


def save_signature(store: Store, prefix: str, name: str, function: str) -> None:
    """The signature line under every Vorlage of this process ("In Vertretung", name, function)."""
    row = store.one("SELECT id FROM process ORDER BY id LIMIT 1")
    if row is None:
        raise UserError(L.E_GONE)
    store.update("process", row["id"], {"signature_prefix": prefix.strip() or None,
                                        "signature_name": name.strip() or None,
                                        "signature_function": function.strip() or None})
