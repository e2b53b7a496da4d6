"""Numbers as Germans type and read them (DESIGN §8): one parser, one formatter.

Every form, dialog, the CSV import and the CLI read numbers through
:func:`parse_number` / :func:`parse_whole`; every screen, document and message
shows them through :func:`format_number` / :func:`format_percent`.

Reading, German first: ``12,5`` = 12.5, ``1.200`` = 1200, ``1.234,5`` = 1234.5,
``1 200`` = 1200 (also with a no-break or narrow no-break space); a dot
followed by other than exactly three digits is a decimal point (``12.5``).
``1,234.5`` (English grouping) is refused, never guessed.  A CSV file decides
its decimal sign once (:func:`decide_decimal`): a single value like ``1.200``
means 1200 with a decimal comma and 1,2 with a decimal point, so a file whose
values never say which is refused rather than read by chance.

Hand-written on purpose: ``locale``/Babel parse by the process's or a named
locale and would read ``12.5`` as 125 in German, and neither refuses the
ambiguous forms or reports what a value says about the file's decimal sign.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .. import labels as L
from .errors import UserError

#: Readings and every other measured value stay below this in magnitude (DESIGN §8).
MAX_ABS = 10**12
KOMMA, PUNKT = "komma", "punkt"
DECIMAL_SIGNS = (KOMMA, PUNKT)
MINUS = "−"  # U+2212, as printed; "-" is read as well

_SPACES = (" ", "\u00a0", "\u202f")  # space, no-break space, narrow no-break space
_SIGN = re.compile(r"^([+\-−]?)\s*(.*)$", re.S)
_DIGITS = re.compile(r"^\d+\Z", re.ASCII)
# Integer part grouped by one kind of separator (dot or a space kind), groups of three.
_GROUPED_DOT = re.compile(r"^[1-9]\d{0,2}(\.\d{3})+\Z", re.ASCII)
_ENGLISH = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?\Z", re.ASCII)  # "1,234.5"
_GROUPED_SPACE = re.compile(r"^\d{1,3}( \d{3})+\Z", re.ASCII)


@dataclass(frozen=True)
class Typed:
    """How one typed number was read.

    ``says`` is what the text tells about the decimal sign ("komma", "punkt"
    or None); ``ambiguous`` marks a single dot before exactly three digits
    ("1.200"), which only the file's decimal sign can decide.
    """

    negative: bool
    whole: str  # digits of the integer part, as read German-first
    fraction: str  # digits after the decimal sign, "" if none
    says: str | None
    ambiguous: bool
    point_whole: str = ""  # the same text read with a decimal point ("1.200" → "1", "200")
    point_fraction: str = ""

    def digits(self, decimal: str | None = None) -> tuple[str, str]:
        if self.ambiguous and decimal == PUNKT:
            return self.point_whole, self.point_fraction
        return self.whole, self.fraction

    def value(self, decimal: str | None = None) -> float:
        whole, fraction = self.digits(decimal)
        return float(f"{'-' if self.negative else ''}{whole or '0'}.{fraction or '0'}")


class NotANumber(UserError):
    """The text is no number at all (callers may say what kind of number they wanted)."""


def _prefix(what: str) -> str:
    return f"{what}: " if what else ""


def _short(text: str) -> str:
    """What was typed, for a message: a pasted wall of digits is cut, not repeated."""
    return text if len(text) <= 30 else text[:27] + "…"


def _not_a_number(text: str, what: str) -> UserError:
    return NotANumber(_prefix(what) + L.E_NUM_NOT.format(text=_short(text)))


def read(text: str, what: str = "") -> Typed:
    """Read one number without deciding anything yet; a German refusal if it is none."""
    shown = str(text).strip()
    raw = shown.removesuffix("%").strip()
    match = _SIGN.match(raw)
    negative, body = match.group(1) in ("-", "−"), match.group(2)
    for space in _SPACES[1:]:
        body = body.replace(space, " ")
    if not body or body.strip() != body:
        raise _not_a_number(shown, what)
    has_comma, has_dot = "," in body, "." in body
    if has_comma and has_dot:
        whole, _, fraction = body.rpartition(",")
        if not (_GROUPED_DOT.match(whole) and _DIGITS.match(fraction)):
            english = _ENGLISH.match(body)
            raise NotANumber(_prefix(what) + (L.E_NUM_MIXED.format(text=_short(shown)) if english
                                              else L.E_NUM_NOT.format(text=_short(shown))))
        return Typed(negative, whole.replace(".", ""), fraction, KOMMA, False)
    if has_comma:
        whole, _, fraction = body.partition(",")
        if not _DIGITS.match(fraction) or (whole and not _integer(whole)):
            raise _not_a_number(shown, what)
        return Typed(negative, _integer(whole) or "0", fraction, KOMMA, False)
    if has_dot:
        if body.count(".") > 1:
            if not _GROUPED_DOT.match(body):
                raise _not_a_number(shown, what)
            return Typed(negative, body.replace(".", ""), "", KOMMA, False)
        whole, _, fraction = body.partition(".")
        if not _DIGITS.match(fraction) or (whole and not _DIGITS.match(whole)):
            raise _not_a_number(shown, what)
        if _GROUPED_DOT.match(body):  # "1.200": thousands dot or decimal point
            return Typed(negative, whole + fraction, "", None, True, whole, fraction)
        return Typed(negative, whole or "0", fraction, PUNKT, False)
    whole = _integer(body)
    if whole is None:
        raise _not_a_number(shown, what)
    return Typed(negative, whole, "", None, False)


def _integer(text: str) -> str | None:
    """Digits, optionally grouped by spaces ("1 200"); None if it is not that."""
    if _DIGITS.match(text):
        return text
    if _GROUPED_SPACE.match(text):
        return text.replace(" ", "")
    return None


def _too_big(shown: str, what: str) -> UserError:
    return UserError(_prefix(what) + L.E_NUM_TOO_BIG.format(text=_short(shown),
                                                            max=format_number(MAX_ABS)))


def check_number(value: float, what: str = "", shown: str | None = None) -> float:
    """A finite value with |x| < 10¹² (DESIGN §8), else a German refusal."""
    if not math.isfinite(value) or abs(value) >= MAX_ABS:
        if shown is None:  # a stored value: short, even for 1e300
            shown = (format_number(value) if not math.isfinite(value) or abs(value) < 1e15
                     else f"{value:.3g}".replace(".", ",").replace("e+", " · 10^"))
        raise _too_big(shown, what)
    return value


def parse_number(text: str, what: str = "", decimal: str | None = None) -> float:
    """The number ``text`` means (German first, or with the file's ``decimal`` sign).

    Empty text is refused in German; use :func:`parse_optional` where empty means "none".
    """
    shown = str(text).strip()
    if not shown:
        raise NotANumber(_prefix(what) + L.E_NUM_EMPTY)
    reading = read(shown, what)
    if decimal is not None and reading.says not in (None, decimal):
        raise UserError(_contradicts(shown, decimal))
    return check_number(reading.value(decimal), what, shown)


def parse_optional(text: str | None, what: str = "") -> float | None:
    """Like :func:`parse_number`, but empty text means "no value" (None)."""
    if text is None or not str(text).strip():
        return None
    return parse_number(text, what)


def parse_whole(text: str, what: str = "", *, minimum: int | None = None,
                maximum: int | None = None, example: str = "30") -> int:
    """A whole number ("1.200" = 1200), within ``minimum`` … ``maximum`` if given.

    Digits are turned into an ``int`` directly, so 20 digits give a German
    "zu groß", never an OverflowError further down.
    """
    shown = str(text).strip()
    not_whole = NotANumber(_prefix(what) + L.E_NUM_NOT_WHOLE.format(text=_short(shown),
                                                                     example=example))
    if not shown:
        raise NotANumber(_prefix(what) + L.E_NUM_EMPTY_WHOLE.format(example=example))
    try:
        reading = read(shown, what)
    except NotANumber:
        raise not_whole from None
    if reading.fraction.strip("0"):
        raise not_whole
    digits = reading.whole.lstrip("0") or "0"
    # Beyond every bound anyway; Python refuses int() of more than 4,300 digits.
    magnitude = int(digits) if len(digits) <= 30 else 10**30
    value = -magnitude if reading.negative else magnitude
    check_range(value, what, minimum=minimum, maximum=maximum, shown=shown)
    return value


def check_range(value: int | float, what: str = "", *, minimum: int | float | None = None,
                maximum: int | float | None = None, shown: str | None = None) -> None:
    """Refuse ``value`` outside ``minimum`` … ``maximum`` with a German message."""
    shown = shown if shown is not None else format_number(value)
    low_ok = minimum is None or value >= minimum
    high_ok = maximum is None or value <= maximum
    if low_ok and high_ok:
        return
    if minimum is not None and maximum is not None:
        span = L.NUM_SPAN.format(min=format_number(minimum), max=format_number(maximum))
    elif minimum is not None:
        span = L.NUM_SPAN_FROM.format(min=format_number(minimum))
    else:
        span = L.NUM_SPAN_TO.format(max=format_number(maximum))
    word = L.NUM_TOO_BIG if not high_ok else L.NUM_TOO_SMALL
    raise UserError(_prefix(what) + L.E_NUM_RANGE.format(text=_short(shown), word=word, span=span))


def _contradicts(shown: str, decimal: str) -> str:
    return (L.E_NUM_NOT_KOMMA if decimal == KOMMA else L.E_NUM_NOT_PUNKT).format(text=_short(shown))


def decide_decimal(values: Iterable[tuple[int, str]], given: str | None = None) -> str:
    """The decimal sign of a file from its (line, text) values, once for the whole file.

    ``given`` (``--dezimalzeichen``) wins; every value must then agree with it.
    Otherwise the unambiguous values decide; values that disagree, or only
    ambiguous ones ("1.200"), are refused naming the line.  Texts that are no
    number at all are left to the line-by-line check.
    """
    said: dict[str, int] = {}
    ambiguous: tuple[int, str] | None = None
    for line, text in values:
        try:
            reading = read(text)
        except UserError:
            continue
        if given is not None:
            if reading.says not in (None, given):
                raise UserError(L.E_LINE.format(line=line,
                                                message=_contradicts(text.strip(), given)))
            continue
        if reading.says is not None:
            said.setdefault(reading.says, line)
        elif reading.ambiguous and ambiguous is None:
            ambiguous = (line, text.strip())
    if given is not None:
        return given
    if len(said) == 2:
        raise UserError(L.E_NUM_FILE_MIXED.format(komma=said[KOMMA], punkt=said[PUNKT]))
    if said:
        return next(iter(said))
    if ambiguous is not None:
        line, text = ambiguous
        raise UserError(L.E_LINE.format(line=line, message=L.E_NUM_FILE_AMBIGUOUS.format(
            text=text, german=format_number(read(text).value(KOMMA)),
            point=format_number(read(text).value(PUNKT)))))
    return KOMMA


def format_number(value: float | int | None, decimals: int | None = None, *,
                  group: bool = True) -> str:
    """German output: 10000 → "10.000", 12.5 → "12,5", -3 → "−3"; None → "".

    Without ``decimals`` a float is shown with the fewest digits that read back
    to exactly the same value (so :func:`parse_number` of the text is lossless);
    with ``decimals`` it is rounded to at most that many places first.
    ``group=False`` leaves out the thousands dots (1200 → "1200"), where a dot
    could be misread, as in "„1.200“ → 1200".
    """
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)  # not a number (a value another program stored): shown as it is
    if isinstance(value, int):  # the common case on the vote screen: keep it cheap
        text = f"{abs(value):,}".replace(",", ".") if group else str(abs(value))
        return f"{MINUS}{text}" if value < 0 else text
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        if math.isinf(value):
            return "∞" if value > 0 else f"{MINUS}∞"
        if decimals is not None:
            value = round(value, decimals)
        number = Decimal(repr(value))
    else:
        number = Decimal(value)
    plain = format(number, "f")
    negative = plain.startswith("-")
    whole, _, fraction = plain.lstrip("-").partition(".")
    fraction = fraction.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", ".") if group else str(int(whole))
    text = grouped + ("," + fraction if fraction else "")
    return f"{MINUS}{text}" if negative and text != "0" else text


def format_percent(value: float | None) -> str:
    """33.3 → "33 %"; None or not finite → "–"."""
    if value is None or not math.isfinite(value):
        return "–"
    return f"{format_number(round(value))} %"
