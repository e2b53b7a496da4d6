"""Readings delivered as CSV by the statistics office — all or nothing.

Columns ``indikator`` (id or exact name), ``datum``, ``wert``, ``quelle``,
``notiz``; semicolon or comma separated.  Values are read by the one number
parser (DESIGN §8) with the decimal sign decided once for the whole file —
from its unambiguous values or by ``--dezimalzeichen`` — never per value.
Every line is checked first; one bad line means nothing is imported, and
every bad line is reported with its number and reason.  A line equal to a
stored reading (same indicator, day and value), or to an earlier line of the
file, is reported and skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import labels as L
from ..domain.dates import format_date, parse_date
from ..domain.errors import UserError
from ..domain.numbers import KOMMA, decide_decimal, format_number
from .repo import Store
from .status import parse_value

REQUIRED = ("indikator", "datum", "wert")
OPTIONAL = ("quelle", "notiz")
_ID = re.compile(r"[0-9]+")
# In a file that is not UTF-8, a C1 byte (0x80–0x9F) between two letters is an umlaut of
# the DOS code page 850 ("Gr\x81n"), not the Windows-1252 punctuation it would decode to.
_DOS_UMLAUT = re.compile(rb"[A-Za-z\xa0-\xff][\x80-\x9f][A-Za-z\xa0-\xff]")


@dataclass(frozen=True)
class PlannedReading:
    line: int
    indicator_id: int
    indicator: str
    date: str  # ISO
    value: float
    source: str
    note: str
    typed: str = ""  # the value as it stands in the file

    def describe(self) -> str:
        """"Zeile 2: <Indikator> – 30.09.2011: „1.200“ → 1200" (how the value was read)."""
        read_as = format_number(self.value, group=False)
        shown = f"„{self.typed}“ → {read_as}" if self.typed and self.typed != read_as else read_as
        return L.IMPORT_LINE.format(line=self.line, indicator=self.indicator,
                                    date=format_date(date.fromisoformat(self.date)), value=shown,
                                    source=f" ({self.source})" if self.source else "")


@dataclass
class Plan:
    """What an import would do: new readings, skipped duplicates, the file's decimal sign."""

    readings: list[PlannedReading]
    skipped: list[str] = field(default_factory=list)
    decimal: str = KOMMA


def read_text(path: Path) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Excel writes it in Germany.

    Anything else — a byte Windows-1252 does not know, or DOS umlauts (CP850) —
    is refused naming the line, instead of importing wrong letters.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(L.IMPORT_NO_FILE.format(path=path)) from None
    except IsADirectoryError:
        raise UserError(L.IMPORT_IS_DIR.format(path=path)) from None
    except OSError as exc:
        raise UserError(L.IMPORT_UNREADABLE.format(path=path, reason=exc.strerror)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    dos = _DOS_UMLAUT.search(data)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UserError(_encoding_error(data, exc.start)) from None
    if dos is not None:
        raise UserError(_encoding_error(data, dos.start() + 1))
    return text


def _encoding_error(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    return L.IMPORT_ENCODING.format(line=line, byte=f"0x{data[offset]:02X}")


def csv_rows(text: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every record; ";" or "," as the header line shows.

    A malformed file is refused naming the line (also for ``import-monitoring``).
    """
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        reason = next((german for english, german in L.IMPORT_CSV_REASONS.items()
                       if english in str(exc)), L.IMPORT_CSV_REASON_OTHER)
        raise UserError(L.E_LINE.format(line=reader.line_num, message=L.IMPORT_CSV_BROKEN.format(
            reason=reason))) from None
    return rows


def plan(store: Store, text: str, decimal: str | None = None) -> Plan:
    """Check every line; raise one UserError listing every bad line, or return the plan."""
    rows = csv_rows(text)
    if not rows:
        raise UserError(L.IMPORT_EMPTY)
    header = [h.strip().lower() for h in rows[0][1]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise UserError(L.IMPORT_MISSING_COLUMNS.format(columns=", ".join(missing)))
    records = []
    for number, cells in rows[1:]:
        if any(c.strip() for c in cells):
            records.append((number, {h: (cells[i].strip() if i < len(cells) else "")
                                     for i, h in enumerate(header)}))
    planned, errors = [], []
    try:
        sign = decide_decimal(((n, row["wert"]) for n, row in records), decimal)
    except UserError as exc:  # reported together with the lines' own errors
        errors.append(exc.message)
        sign = None
    by_id = {r[0]: r[1] for r in store.rows("SELECT id, name FROM indicator")}
    by_name: dict[str, list[int]] = {}
    for ind_id, name in by_id.items():
        by_name.setdefault(name.strip(), []).append(ind_id)
    for number, row in records:
        try:
            ind_id = _indicator(row["indikator"], by_id, by_name)
            day = parse_date(row["datum"])
            value = parse_value(row["wert"], sign)
        except UserError as exc:
            errors.append(L.E_LINE.format(line=number, message=exc.message))
            continue
        planned.append(PlannedReading(number, ind_id, by_id[ind_id], day.isoformat(), value,
                                      row.get("quelle", ""), row.get("notiz", ""), row["wert"]))
    if errors:
        if len(errors) == 1 and sign is None:
            raise UserError(errors[0])
        raise UserError(L.IMPORT_BAD_LINES.format(n=len(errors)) + "\n" + "\n".join(errors))
    if not planned:
        raise UserError(L.IMPORT_NO_READINGS)
    return _without_duplicates(store, planned, sign or KOMMA)


def _without_duplicates(store: Store, planned: list[PlannedReading], sign: str) -> Plan:
    ids = sorted({p.indicator_id for p in planned})
    stored = {(r[0], r[1], r[2]) for r in store.rows(
        "SELECT indicator_id, date, value FROM reading WHERE indicator_id IN "
        f"({', '.join('?' for _ in ids)})", tuple(ids))}
    seen: dict[tuple[int, str, float], int] = {}
    fresh, skipped = [], []
    for p in planned:
        key = (p.indicator_id, p.date, p.value)
        if key in stored:
            skipped.append(L.IMPORT_DUPLICATE_STORED.format(line=p.line))
        elif key in seen:
            skipped.append(L.IMPORT_DUPLICATE_LINE.format(line=p.line, first=seen[key]))
        else:
            seen[key] = p.line
            fresh.append(p)
    return Plan(fresh, skipped, sign)


def _indicator(text: str, by_id: dict[int, str], by_name: dict[str, list[int]]) -> int:
    if _ID.fullmatch(text):
        if int(text) not in by_id:
            raise UserError(L.IMPORT_NO_INDICATOR_ID.format(id=text))
        return int(text)
    ids = by_name.get(text, [])
    if not ids:
        raise UserError(L.IMPORT_NO_INDICATOR.format(name=text))
    if len(ids) > 1:
        raise UserError(L.IMPORT_INDICATOR_TWICE.format(name=text, ids=", ".join(map(str, ids))))
    return ids[0]


def import_readings(store: Store, planned: Plan | list[PlannedReading]) -> int:
    """Write the plan in one transaction; returns the number of readings added."""
    readings = planned.readings if isinstance(planned, Plan) else planned
    entered = store.now().isoformat(timespec="seconds")
    with store.transaction():
        for p in readings:
            store.insert("reading", {"indicator_id": p.indicator_id, "date": p.date,
                                     "value": p.value, "source": p.source or None,
                                     "note": p.note or None, "entered_at": entered})
    return len(readings)
