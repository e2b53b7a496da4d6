"""German date forms for deadlines.

Deadlines in planning sessions are written the way people say them:
"Juni 2011", "Ende 2011", "3. Quartal 2012", "Herbst 2011".  We keep the
text exactly as typed (that is what appears in the minutes) and derive the
LAST day of the named period, so deadlines can be sorted and checked.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from steuerung import labels as L
from steuerung.domain.errors import UserError

EXAMPLES = (
    "30.06.2011, Juni 2011, Ende 2011, Herbst 2011, 3. Quartal 2012, Mitte 2012 oder 2011-06-30"
)
MIN_YEAR, MAX_YEAR = 1900, 2100

# Month words as people abbreviate them; a trailing dot is stripped beforehand.
_MONTH_SPELLINGS = (
    ("januar", "jan", "jänner"),
    ("februar", "feb", "febr"),
    ("märz", "maerz", "mär", "mrz"),
    ("april", "apr"),
    ("mai",),
    ("juni", "jun"),
    ("juli", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("oktober", "okt"),
    ("november", "nov"),
    ("dezember", "dez"),
)
_MONTHS = {word: n for n, words in enumerate(_MONTH_SPELLINGS, 1) for word in words}

# Meteorological seasons: (month in which the season ends, years to add).
# Winter 2011 runs Dec 2011 – Feb 2012, so it ends in the FOLLOWING year.
_SPRING = (5, 0)
_SEASONS = {
    "frühling": _SPRING,
    "fruehling": _SPRING,
    "frühjahr": _SPRING,
    "fruehjahr": _SPRING,
    "sommer": (8, 0),
    "herbst": (11, 0),
    "winter": (2, 1),
}

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# Years are captured as any digit run so that "Ende 20111" gets a precise
# complaint about the year instead of a vague "not readable".
_Y = r"(\d+)"
_PREFIX = re.compile(r"^(?:bis(?:\s+(?:zum|zur))?\s+)?(?:ende\s+)?")
_DAY_DE = re.compile(r"^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*" + _Y + r"$")
_DAY_ISO = re.compile(_Y + r"\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$")
_YEAR_ONLY = re.compile(r"^" + _Y + r"$")
_WORD_YEAR = re.compile(r"^([a-zäöü]+)\.?\s*" + _Y + r"$")
_QUARTER = re.compile(r"^(\d+|[ivx]+)\s*\.?\s*quartal(?:\s+in)?\s*" + _Y + r"$")
_QUARTER_Q = re.compile(r"^q\s*(\d+)(?:\s+in)?\s+" + _Y + r"$")
_HALF = re.compile(r"^(\d+)\s*\.?\s*halbjahr(?:\s+in)?\s*" + _Y + r"$")


@dataclass(frozen=True)
class Deadline:
    """A deadline as typed plus the last day of the period it names."""

    text: str  # exactly as typed (stripped of surrounding whitespace)
    date: datetime.date  # last day of the named period


def format_date(d: datetime.date) -> str:
    """German short form "30.06.2011" (strftime pads years < 1000 unreliably)."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def format_long_date(d: datetime.date) -> str:
    """"03. Mai 2011" — the date in the title of minutes, as seed 000 writes it."""
    return f"{d.day:02d}. {_MONTH_SPELLINGS[d.month - 1][0].capitalize()} {d.year:04d}"


def _unreadable(text: str) -> UserError:
    return UserError(f"„{text}“ ist kein lesbares Datum. Möglich sind z. B. {EXAMPLES}.")


def _year(digits: str, text: str) -> int:
    """Validate a year; two-digit years are refused because "11" is ambiguous."""
    year = int(digits)
    if len(digits) != 4 or not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(
            f"„{text}“: Das Jahr „{digits}“ geht nicht – bitte vierstellig "
            f"zwischen {MIN_YEAR} und {MAX_YEAR} angeben, z. B. 2011."
        )
    return year


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _exact_day(norm: str, text: str) -> datetime.date | None:
    """Parse "30.06.2011"/"30.6.2011"/"2011-06-30"; None if it is not of that shape."""
    match = _DAY_DE.match(norm)
    if match:
        day, month, year_digits = match.groups()
    else:
        match = _DAY_ISO.match(norm)
        if not match:
            return None
        year_digits, month, day = match.groups()
    year = _year(year_digits, text)
    day_i, month_i = int(day), int(month)
    shown = match.group(0)
    if not 1 <= month_i <= 12:
        raise UserError(f"Den {shown} gibt es nicht – Monate gehen nur von 1 bis 12.")
    last = calendar.monthrange(year, month_i)[1]
    if not 1 <= day_i <= last:
        month_name = _MONTH_SPELLINGS[month_i - 1][0].capitalize()
        raise UserError(f"Den {shown} gibt es nicht – der {month_name} {year} hat nur {last} Tage.")
    return datetime.date(year, month_i, day_i)


def _normalise(text: str) -> str:
    """Lower-case and collapse whitespace so the patterns stay simple."""
    return " ".join(text.split()).lower()


def parse_date(text: str) -> datetime.date:
    """An exact day only; periods like "Juni 2011" are refused here."""
    stripped = text.strip()
    if not stripped:
        raise UserError("Bitte ein Datum eingeben, z. B. 30.06.2011.")
    day = _exact_day(_normalise(stripped), stripped)
    if day is None:
        raise UserError(
            f"„{stripped}“ ist kein genaues Datum. Bitte Tag, Monat und Jahr angeben, "
            "z. B. 30.06.2011, 30.6.2011 oder 2011-06-30."
        )
    return day


def parse_deadline(text: str) -> Deadline:
    """Parse a German deadline; the date is the last day of the named period."""
    stripped = text.strip()
    if not stripped:
        raise UserError(f"Bitte ein Datum eingeben, z. B. {EXAMPLES}.")
    # "bis", "bis zum" and "Ende" add nothing: a deadline is always the
    # end of the period anyway, so "bis Ende Juni 2011" == "Juni 2011".
    norm = _PREFIX.sub("", _normalise(stripped), count=1)
    return Deadline(text=stripped, date=_period_end(norm, stripped))


def _period_end(norm: str, text: str) -> datetime.date:
    day = _exact_day(norm, text)
    if day is not None:
        return day
    if norm.startswith("anfang"):
        # Deliberately unsupported: a deadline needs an end, and "Anfang"
        # has no agreed end (March? January?).
        raise UserError(
            f"„{text}“ ist als Frist zu ungenau – bitte ein Ende angeben, "
            "z. B. 31.03.2011, März 2011 oder 1. Quartal 2011."
        )
    if match := _YEAR_ONLY.match(norm):
        return datetime.date(_year(match.group(1), text), 12, 31)
    if match := _WORD_YEAR.match(norm):
        word, year_digits = match.groups()
        if word in _MONTHS:
            return _month_end(_year(year_digits, text), _MONTHS[word])
        if word in _SEASONS:
            month, year_shift = _SEASONS[word]
            return _month_end(_year(year_digits, text) + year_shift, month)
        if word == "mitte":
            return datetime.date(_year(year_digits, text), 6, 30)
        raise _unreadable(text)
    if match := _QUARTER.match(norm) or _QUARTER_Q.match(norm):
        number, year_digits = match.groups()
        quarter = _ROMAN.get(number) if not number.isdigit() else int(number)
        if quarter not in (1, 2, 3, 4):
            raise UserError(
                f"„{text}“: Ein Jahr hat nur 4 Quartale – "
                "bitte 1 bis 4 angeben, z. B. 3. Quartal 2012."
            )
        return _month_end(_year(year_digits, text), quarter * 3)
    if match := _HALF.match(norm):
        number, year_digits = match.groups()
        if number not in ("1", "2"):
            raise UserError(
                f"„{text}“: Ein Jahr hat nur 2 Halbjahre – "
                "bitte 1 oder 2 angeben, z. B. 1. Halbjahr 2012."
            )
        return _month_end(_year(year_digits, text), 6 * int(number))
    raise _unreadable(text)


# -- dates as stored -------------------------------------------------------------------
_STORED_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\Z", re.ASCII)


def stored_day(text: str) -> datetime.date:
    """A date as the database keeps it ("2011-06-30"): a real day 1900–2100, else German."""
    match = _STORED_DAY.match(text)
    if not match:
        raise UserError(L.E_STORED_DATE.format(text=text))
    year, month, day = (int(g) for g in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(L.E_STORED_YEAR.format(text=text, min=MIN_YEAR, max=MAX_YEAR))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise UserError(L.E_STORED_NO_DAY.format(text=text)) from None


def stored_timestamp(text: str) -> datetime.datetime:
    """A moment as stored ("2011-07-01T09:00:00"): its day must be real, 1900–2100."""
    day, sep, rest = text.partition("T")
    stored_day(day)
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise UserError(L.E_STORED_TIMESTAMP.format(text=text)) from None
    if not sep or not rest:
        raise UserError(L.E_STORED_TIMESTAMP.format(text=text))
    return moment


def day_or_none(text: str | None) -> datetime.date | None:
    """For read paths: a stored date, or None when it is missing or not a real day.

    Screens and documents must not die on a file that another program damaged;
    ``steuerung check`` names such a value.
    """
    if not text:
        return None
    try:
        return stored_day(str(text))
    except UserError:
        return None


def show_day(text: str | None, missing: str = "") -> str:
    """A stored date the German way ("30.06.2011"); a broken one is shown as it is."""
    if not text:
        return missing
    day = day_or_none(text)
    return format_date(day) if day is not None else str(text)
