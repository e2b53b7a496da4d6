"""Readings delivered as CSV by the statistics office — all or nothing.

Columns ``indikator`` (id or exact name), ``datum``, ``wert``, ``quelle``,
``notiz``; semicolon or comma separated; German decimal comma accepted.
Every line is checked first; one bad line means nothing is imported, and
every bad line is reported with its number and reason.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.dates import format_date, parse_date
from ..domain.errors import UserError
from .repo import Store
from .status import parse_value

REQUIRED = ("indikator", "datum", "wert")
OPTIONAL = ("quelle", "notiz")


@dataclass(frozen=True)
class PlannedReading:
    line: int
    indicator_id: int
    indicator: str
    date: str  # ISO
    value: float
    source: str
    note: str

    def describe(self) -> str:
        value = f"{self.value:g}".replace(".", ",")
        return (f"Zeile {self.line}: {self.indicator} – {format_date(date.fromisoformat(self.date))}:"
                f" {value}" + (f" ({self.source})" if self.source else ""))


def read_text(path: Path) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Excel writes it in Germany."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(f"Die Datei „{path}“ gibt es nicht.") from None
    except OSError as exc:
        raise UserError(f"„{path}“ lässt sich nicht lesen ({exc.strerror}).") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def csv_rows(text: str) -> list[list[str]]:
    """The cells of every line; ";" or "," as the header line shows (also for import-monitoring)."""
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def plan(store: Store, text: str) -> list[PlannedReading]:
    """Check every line; raise one UserError listing every bad line, or return the plan."""
    rows = csv_rows(text)
    if not rows:
        raise UserError("Die CSV-Datei ist leer. Erwartet wird eine Kopfzeile mit "
                        "indikator;datum;wert;quelle;notiz.")
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise UserError(f"Zeile 1: die Spalte(n) {', '.join(missing)} fehlen. Erwartet wird "
                        "die Kopfzeile indikator;datum;wert;quelle;notiz.")
    by_id = {r[0]: r[1] for r in store.rows("SELECT id, name FROM indicator")}
    by_name: dict[str, list[int]] = {}
    for ind_id, name in by_id.items():
        by_name.setdefault(name.strip(), []).append(ind_id)
    planned, errors = [], []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        try:
            ind_id = _indicator(row["indikator"], by_id, by_name)
            day = parse_date(row["datum"])
            value = parse_value(row["wert"])
        except UserError as exc:
            errors.append(f"Zeile {number}: {exc.message}")
            continue
        planned.append(PlannedReading(number, ind_id, by_id[ind_id], day.isoformat(), value,
                                      row.get("quelle", ""), row.get("notiz", "")))
    if errors:
        raise UserError(f"Nichts importiert – {len(errors)} fehlerhafte Zeile(n):\n"
                        + "\n".join(errors))
    if not planned:
        raise UserError("Die CSV-Datei enthält keine Messwerte (nur die Kopfzeile).")
    return planned


def _indicator(text: str, by_id: dict[int, str], by_name: dict[str, list[int]]) -> int:
    if text.isdigit():
        if int(text) not in by_id:
            raise UserError(f"einen Indikator Nr. {text} gibt es nicht.")
        return int(text)
    ids = by_name.get(text, [])
    if not ids:
        raise UserError(f"einen Indikator „{text}“ gibt es nicht (Name genau wie im Steckbrief "
                        "oder die Nummer angeben).")
    if len(ids) > 1:
        raise UserError(f"„{text}“ gibt es mehrmals (Nr. {', '.join(map(str, ids))}); "
                        "bitte die Nummer angeben.")
    return ids[0]


def import_readings(store: Store, planned: list[PlannedReading]) -> int:
    """Write the plan in one transaction; returns the number of readings added."""
    entered = store.now().isoformat(timespec="seconds")
    with store.transaction():
        for p in planned:
            store.insert("reading", {"indicator_id": p.indicator_id, "date": p.date,
                                     "value": p.value, "source": p.source or None,
                                     "note": p.note or None, "entered_at": entered})
    return len(planned)
