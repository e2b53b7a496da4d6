"""Around the Kennzahlen: population figures, the reporting cycle, a document's own date.

Population figures are rows per year (seed 001: "Wohnberechtigte Bevölkerung
281.050 … insgesamt 57.764 (ca. 20,6 %)"); the first row of a year is the
base its other rows are a share of.  The council's cycle is one row: every
N (or N–M) years, the last report as typed and as resolved by the deadline
rules of DESIGN §4.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import labels as L
from ..domain import goals as rules
from ..domain.dates import format_date, parse_date, parse_deadline
from ..domain.errors import UserError
from ..domain.monitoring import NextReport, next_report, parse_cycle
from .monitoring import read_value
from .repo import Store


@dataclass(frozen=True)
class Figure:
    id: int
    year: int
    label: str
    value: float
    as_of: str | None
    provisional: bool
    source: str | None
    note: str | None


def population(store: Store) -> list[Figure]:
    return [Figure(r["id"], r["year"], r["label"], r["value"], r["as_of"], bool(r["provisional"]),
                   r["source"], r["note"])
            for r in store.rows("SELECT * FROM population ORDER BY year, position, id")]


def save_figure(store: Store, figure_id: int | None, values: dict) -> int:
    label = rules.required(values.get("label"), L.MON_E_POP_LABEL)
    year = rules.parse_year(str(values.get("year") or ""))
    value = read_value(values.get("value") or "", label)
    if value is None:
        raise UserError(L.E_NUMBER.format(what=label, text=""))
    as_of = (values.get("as_of") or "").strip()
    row = {"year": year, "label": label, "value": value,
           "as_of": parse_date(as_of).isoformat() if as_of else None,
           "provisional": int(bool(values.get("provisional"))),
           "source": rules.optional(values.get("source")),
           "note": rules.optional(values.get("note"))}
    if figure_id is not None:
        old = store.get("population", figure_id)
        if old is None:
            raise UserError(L.E_GONE)
        if old["year"] != year:
            row["position"] = _next(store, year)
        store.update("population", figure_id, row)
        return figure_id
    return store.insert("population", {**row, "position": _next(store, year)})


def _next(store: Store, year: int) -> int:
    return (store.one("SELECT max(position) FROM population WHERE year = ?", (year,))[0] or 0) + 1


def delete_figure(store: Store, figure_id: int) -> None:
    store.delete("population", figure_id)


# -- the reporting cycle --------------------------------------------------------------------
@dataclass(frozen=True)
class Cycle:
    every_min: int
    every_max: int
    last_report_text: str | None
    last_report: date | None
    basis: str | None

    @property
    def next(self) -> NextReport | None:
        if self.last_report is None:
            return None
        return next_report(self.last_report, self.every_min, self.every_max)

    def next_text(self, day: date) -> str:
        """"31.12.2014 bis 31.12.2015 – jetzt fällig": when the next report is due, seen on ``day``."""
        due = self.next
        if due is None:
            return L.MON_NO_LAST
        text = format_date(due.latest) if due.earliest == due.latest else \
            L.MON_DUE_RANGE.format(earliest=format_date(due.earliest), latest=format_date(due.latest))
        return text + L.MON_NEXT_STATE[due.state(day)]

    @property
    def every_text(self) -> str:
        if self.every_min == self.every_max:
            return str(self.every_min)
        return f"{self.every_min}–{self.every_max}"


def cycle(store: Store) -> Cycle | None:
    row = store.one("SELECT * FROM report_cycle ORDER BY id LIMIT 1")
    if row is None:
        return None
    last = date.fromisoformat(row["last_report"]) if row["last_report"] else None
    return Cycle(row["every_min"], row["every_max"], row["last_report_text"], last, row["basis"])


def save_cycle(store: Store, every: str, last_report: str, basis: str) -> None:
    """The one cycle of the process: "2–3" years, the last report ("2012", "30.06.2012")."""
    low, high = parse_cycle(every or "")
    text = (last_report or "").strip()
    resolved = parse_deadline(text).date.isoformat() if text else None
    row = {"every_min": low, "every_max": high, "last_report_text": text or None,
           "last_report": resolved, "basis": rules.optional(basis)}
    existing = store.one("SELECT id FROM report_cycle ORDER BY id LIMIT 1")
    if existing is None:
        store.insert("report_cycle", row)
    else:
        store.update("report_cycle", existing[0], row)


# -- a document's own date ------------------------------------------------------------------
def latest_data_year(store: Store) -> int | None:
    row = store.one("SELECT max(y) FROM (SELECT max(year) AS y FROM monitoring_value "
                    "UNION ALL SELECT max(year) FROM population)")
    return row[0]


def document_day(store: Store, stichtag: str | None) -> tuple[date, str]:
    """The date of a Monitoringbericht or Masterplan and how it reads in the document.

    The Stichtag when given; else the end of the latest data year ("Datenstand
    2012"); else the latest due date of the Masterplan.  Never the clock.
    """
    if stichtag:
        day = parse_date(stichtag)
        return day, f"{L.DOC_STICHTAG}: {format_date(day)}"
    year = latest_data_year(store)
    if year is not None:
        return date(year, 12, 31), L.DOC_DATA_YEAR.format(year=year)
    row = store.one("SELECT max(due) FROM plan_step")
    if row[0]:
        day = date.fromisoformat(row[0])
        return day, f"{L.DOC_PLAN_STAND}: {format_date(day)}"
    raise UserError(L.DOC_NEED_STICHTAG)
