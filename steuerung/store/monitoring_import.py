"""Monitoring values delivered as CSV (``steuerung import-monitoring``) — all or nothing.

Columns ``kennzahl`` (number or exact name), ``gruppe`` (a Vergleichsgruppe
of that Kennzahl, by name), ``jahr``, ``wert``, ``quelle``, optional
``notiz``.  Files, encodings and delimiters are read as for
``import-readings`` (:mod:`.csv_import`).  Every line is checked first; one
bad line means nothing is imported, and every bad line is named.  A value
that exists for the group and year is replaced (the change log keeps the old).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import goals as rules
from ..domain.errors import UserError
from ..domain.monitoring import check_value, format_value
from ..domain.numbers import KOMMA, decide_decimal, parse_number
from .csv_import import csv_rows
from .monitoring import put_value
from .repo import Store

REQUIRED = ("kennzahl", "gruppe", "jahr", "wert", "quelle")
HEADER = "kennzahl;gruppe;jahr;wert;quelle;notiz"


@dataclass(frozen=True)
class PlannedValue:
    line: int
    group_id: int
    kennzahl: str
    group: str
    year: int
    value: float
    source: str
    note: str
    replaces: float | None

    def describe(self) -> str:
        text = (f"Zeile {self.line}: {self.kennzahl} – {self.group} {self.year}: "
                f"{format_value(self.value)}")
        if self.source:
            text += f" ({self.source})"
        if self.replaces is not None:
            text += f", ersetzt {format_value(self.replaces)}"
        return text


def plan(store: Store, text: str, decimal: str | None = None) -> list[PlannedValue]:
    """Check every line; raise one UserError listing every bad line, or return the plan.

    The decimal sign is decided once for the file, as for ``import-readings``
    (``decimal`` = ``--dezimalzeichen``).
    """
    rows = csv_rows(text)
    if not rows:
        raise UserError(f"Die CSV-Datei ist leer. Erwartet wird eine Kopfzeile mit {HEADER}.")
    header = [h.strip().lower() for h in rows[0][1]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise UserError(f"Zeile 1: die Spalte(n) {', '.join(missing)} fehlen. Erwartet wird die "
                        f"Kopfzeile {HEADER} (notiz darf fehlen).")
    names = {r[0]: r[1] for r in store.rows("SELECT id, name FROM monitoring_indicator")}
    groups: dict[int, dict[str, tuple[int, str]]] = {}
    for gid, kid, name in store.rows("SELECT id, indicator_id, name FROM monitoring_group"):
        groups.setdefault(kid, {})[name.strip().casefold()] = (gid, name)
    existing = {(r[0], r[1]): r[2] for r in store.rows(
        "SELECT group_id, year, value FROM monitoring_value")}
    records = [(number, {h: (cells[i].strip() if i < len(cells) else "")
                         for i, h in enumerate(header)})
               for number, cells in rows[1:] if any(c.strip() for c in cells)]
    planned, errors, seen = [], [], {}
    try:
        sign = decide_decimal(((n, row["wert"]) for n, row in records), decimal)
    except UserError as exc:  # reported together with the lines' own errors
        errors.append(exc.message)
        sign = KOMMA
    for number, row in records:
        try:
            kid = _kennzahl(row["kennzahl"], names)
            gid, group = _group(row["gruppe"], groups.get(kid, {}), names[kid])
            year = rules.parse_year(row["jahr"])
            value = check_value(parse_number(row["wert"], "wert", sign))
            if (gid, year) in seen:
                raise UserError(f"{group} {year} steht schon in Zeile {seen[gid, year]}.")
        except UserError as exc:
            errors.append(f"Zeile {number}: {exc.message}")
            continue
        seen[gid, year] = number
        planned.append(PlannedValue(number, gid, names[kid], group, year, value,
                                    row.get("quelle", ""), row.get("notiz", ""),
                                    existing.get((gid, year))))
    if errors:
        raise UserError(f"Nichts importiert – {len(errors)} fehlerhafte Zeile(n):\n"
                        + "\n".join(errors))
    if not planned:
        raise UserError("Die CSV-Datei enthält keine Werte (nur die Kopfzeile).")
    return planned


def _kennzahl(text: str, names: dict[int, str]) -> int:
    if text.isdigit():
        if int(text) not in names:
            raise UserError(f"eine Kennzahl Nr. {text} gibt es nicht.")
        return int(text)
    ids = [kid for kid, name in names.items() if name.strip() == text]
    if not ids:
        raise UserError(f"eine Kennzahl „{text}“ gibt es nicht (Name genau wie angelegt oder "
                        "die Nummer angeben).")
    if len(ids) > 1:
        raise UserError(f"„{text}“ gibt es mehrmals (Nr. {', '.join(map(str, ids))}); "
                        "bitte die Nummer angeben.")
    return ids[0]


def _group(text: str, groups: dict[str, tuple[int, str]], kennzahl: str) -> tuple[int, str]:
    found = groups.get(text.strip().casefold())
    if found is None:
        known = ", ".join(name for _, name in groups.values()) or "noch keine"
        raise UserError(f"eine Vergleichsgruppe „{text}“ hat „{kennzahl}“ nicht "
                        f"(vorhanden: {known}).")
    return found


def import_values(store: Store, planned: list[PlannedValue]) -> int:
    """Write the plan in one transaction; returns the number of values written."""
    with store.transaction():
        for p in planned:
            # An imported figure is a collected one: it replaces a Beispielwert.
            put_value(store, p.group_id, p.year, p.value, source=p.source or None,
                      note=p.note or None, example=0)
    return len(planned)
