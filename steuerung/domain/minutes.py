"""Pure rules of the Protokoll / Niederschrift (DESIGN §5), after seed 000 and NRW practice.

Which title a body's minutes get (statutory bodies write a Niederschrift,
working bodies a Protokoll), the committee's name in the genitive, the
blocks a TOP holds (Text, Abstimmung, Beschluss, Ergebnis) and how a vote is
written, the minute-takers as a list of names, and the warnings given at
entry (a Termin before the meeting, a decision while not quorate).
No SQLite here; refusals are German :class:`UserError`.
"""

from __future__ import annotations

import re
from datetime import date

from .. import labels as L
from .errors import UserError

# -- committees: Niederschrift or Protokoll, and the name in the genitive --------------------
#: Head nouns of statutory bodies (GO NRW): Rat, Kreistag, Ausschuss, Beirat, Integrationsrat,
#: Bezirksvertretung.  Working bodies (Koordinationskreis, Steuerungsgruppe …) write a Protokoll.
_STATUTORY_ENDINGS = ("rat", "tag", "ausschuss", "vertretung")
#: Endings of feminine nouns: "der Steuerungsgruppe", "der Integrationskonferenz".
_FEMININE_ENDINGS = ("gruppe", "konferenz", "kommission", "versammlung", "vertretung", "runde",
                     "ung", "schaft", "heit", "keit", "stelle", "initiative", "agenda")
#: Abbreviations people use as names, with their article ("der AG Bildung", "des AK Wohnen").
_ABBREVIATIONS = {"ag": "der", "ak": "des", "lag": "der"}
_CONNECTORS = {"und", "oder", "sowie", "&"}


def _head_index(words: list[str]) -> int:
    """The noun that carries the case: "Sozial- und Gesundheitsausschuss" → "Gesundheitsausschuss"."""
    for index, word in enumerate(words):
        if word.endswith("-") or word.lower() in _CONNECTORS:
            continue
        return index
    return 0


def is_statutory(kind: str | None, name: str) -> bool:
    """Rat, Kreistag, Ausschuss, Beirat, Integrationsrat: their minutes are a Niederschrift."""
    words = (kind or name or "").split()
    if not words:
        return False
    head = re.sub(r"\W+$", "", words[_head_index(words)]).lower()
    return head.endswith(_STATUTORY_ENDINGS)


def genitive(name: str) -> str:
    """The committee's name as the title of its minutes needs it, article included.

    "Kreistag des Rhein-Kreises Neuss" → "des Kreistages des Rhein-Kreises Neuss",
    "Steuerungsgruppe Integration" → "der Steuerungsgruppe Integration".  A rule
    for the common names, not a grammar: the clerk may overwrite the result.
    """
    words = " ".join(name.split()).split(" ")
    if not words or not words[0]:
        return ""
    index = _head_index(words)
    head = words[index]
    plain = re.sub(r"\W+$", "", head)
    tail = head[len(plain):]
    lower = plain.lower()
    if lower in _ABBREVIATIONS:
        return f"{_ABBREVIATIONS[lower]} {' '.join(words)}"
    if lower.endswith(_FEMININE_ENDINGS):
        return "der " + " ".join(words)
    following = words[index + 1] if index + 1 < len(words) else ""
    if lower.endswith("er") and following[:1].isupper():
        # an adjective before the noun: "Runder Tisch" → "des Runden Tisches"
        words[index] = plain[:-2] + "en" + tail
        index += 1
        head = words[index]
        plain = re.sub(r"\W+$", "", head)
        tail = head[len(plain):]
        lower = plain.lower()
    if lower.endswith(("s", "ß", "x", "z", "sch", "tag", "rat")):
        inflected = plain + "es"
    elif plain.isupper():
        inflected = plain  # an abbreviation stays as it is
    else:
        inflected = plain + "s"
    words[index] = inflected + tail
    return "des " + " ".join(words)


# -- minute-takers ------------------------------------------------------------------------
_NAME_SEPARATORS = re.compile(r"\s*(?:[,;\n]|\s+und\s+)\s*")


def names(text: str | None) -> list[str]:
    """"Doris Dužević, Angelika Sommer und Andrea Reckfort" → the three names."""
    return [n for n in _NAME_SEPARATORS.split((text or "").strip()) if n.strip()]


def join_names(people: list[str]) -> str:
    """["A", "B", "C"] → "A, B und C"."""
    if len(people) <= 1:
        return "".join(people)
    return ", ".join(people[:-1]) + " und " + people[-1]


# -- blocks of a TOP ----------------------------------------------------------------------
#: What a TOP holds besides its notes, in the clerk's order.
BLOCK_KINDS = ("text", "vote", "resolution", "result")
#: How an Abstimmung is recorded: einstimmig, mehrheitlich, by counts, or only in words.
VOTE_MODES = ("unanimous", "majority", "counts", "wording")
#: Results a Beschluss or an Ergebnis may carry (labels.RESULTS holds the words).
#: "adopted_unanimously" is only read from files written before votes had modes.
RESULT_CHOICES = ("adopted", "rejected", "noted", "postponed", "referred")


def plural(n: int, one: str, many: str) -> str:
    """"1 Enthaltung", "2 Enthaltungen", "0 Nein-Stimmen"."""
    return f"{n} {one if n == 1 else many}"


def counts_text(yes: int | None, no: int | None, abstain: int | None) -> str:
    """"3 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung" — only the counts that were taken."""
    parts = []
    for value, one, many in ((yes, "Ja-Stimme", "Ja-Stimmen"), (no, "Nein-Stimme", "Nein-Stimmen"),
                             (abstain, "Enthaltung", "Enthaltungen")):
        if value is not None:
            parts.append(plural(value, one, many))
    return ", ".join(parts)


def normalise_vote(vote: str | None, result: str | None) -> tuple[str | None, str | None]:
    """Files from before vote modes said "einstimmig angenommen" as one result code."""
    if result == "adopted_unanimously":
        return vote or "unanimous", "adopted"
    return vote, result


def check_vote(mode: str | None, yes: int | None, no: int | None, abstain: int | None,
               wording: str | None, voters: int | None) -> str | None:
    """Validate an Abstimmung; returns the mode to store (counts typed without a mode → counts).

    ``voters`` are the voting members present or represented; None when the
    attendance was not recorded by name (then the counts cannot be checked).
    """
    counted = [c for c in (yes, no, abstain) if c is not None]
    if mode is None and counted:
        mode = "counts"
    if mode is not None and mode not in VOTE_MODES:
        raise ValueError(f"unknown vote mode {mode!r}")
    if any(c < 0 for c in counted):
        raise UserError("Stimmen können nicht negativ sein; bitte 0 oder mehr eingeben.")
    if mode == "counts" and not counted:
        raise UserError("Bitte die Stimmen eintragen (Ja, Nein, Enthaltung) oder eine andere "
                        "Art der Abstimmung wählen, z. B. „einstimmig“ oder „mehrheitlich“.")
    if mode == "wording" and not (wording or "").strip():
        raise UserError("Bitte den Wortlaut der Abstimmung eingeben, z. B. „Eine Abstimmung "
                        "ergab, dass der Koordinationskreis den Newsletter befürwortet.“")
    if mode == "unanimous" and no:
        raise UserError(f"„einstimmig“ geht nicht bei {plural(no, 'Nein-Stimme', 'Nein-Stimmen')};"
                        " bitte „mehrheitlich“ oder „Ja/Nein/Enthaltung“ wählen.")
    if voters is not None and counted and sum(counted) > voters:
        who = ("ist kein stimmberechtigtes Mitglied" if voters == 0 else
               "ist nur 1 stimmberechtigtes Mitglied" if voters == 1 else
               f"sind nur {voters} stimmberechtigte Mitglieder")
        raise UserError(
            f"{sum(counted)} Stimmen (Ja, Nein und Enthaltungen zusammen), aber es {who} "
            "anwesend oder vertreten. Bitte die Stimmen prüfen oder zuerst die Anwesenheit "
            "erfassen.")
    return mode


def check_result(result: str | None, mode: str | None, yes: int | None, no: int | None) -> None:
    """Refuse a result the counts contradict ("angenommen" with more Nein than Ja)."""
    if result is not None and result not in RESULT_CHOICES:
        raise ValueError(f"unknown result {result!r}")
    if mode == "counts" and result == "adopted" and (yes or 0) <= (no or 0):
        raise UserError(f"Mit {plural(yes or 0, 'Ja-Stimme', 'Ja-Stimmen')} und "
                        f"{plural(no or 0, 'Nein-Stimme', 'Nein-Stimmen')} ist ein Beschluss nicht "
                        "angenommen; bitte „abgelehnt“ wählen oder die Stimmen prüfen.")


def result_from_counts(mode: str | None, yes: int | None, no: int | None) -> str | None:
    """With counts and no result chosen: angenommen or abgelehnt; otherwise nothing is assumed."""
    if mode != "counts" or (yes is None and no is None):
        return None
    return "adopted" if (yes or 0) > (no or 0) else "rejected"


# -- warnings at entry (DESIGN §5: warned, not refused) ----------------------------------------
def plan_before_meeting(plan_day: str | None, meeting_day: str | None) -> bool:
    """A Termin whose date lies before the meeting ("Sommer 2010" in a meeting of 2011)."""
    return bool(plan_day and meeting_day and plan_day < meeting_day)


def public_note(left_out: list[tuple[str, bool]], meeting_public: bool) -> str:
    """What the public version says it leaves out, in correct German.

    ``left_out``: (number, is_sub_item) of every non-public item not shown; a
    sub-item whose TOP is left out too is not named again.
    """
    if not meeting_public:
        return ("Öffentliche Fassung: Die Sitzung war nichtöffentlich; die Tagesordnungspunkte "
                "sind nicht enthalten.")
    tops = {n for n, sub in left_out if not sub}
    shown = [n for n, sub in left_out if not sub or n.split(".")[0] not in tops]
    if not shown:
        return "Öffentliche Fassung"
    if len(shown) == 1:
        return f"Öffentliche Fassung: Der nichtöffentliche Tagesordnungspunkt {shown[0]} ist nicht " \
               "enthalten."
    return (f"Öffentliche Fassung: Die nichtöffentlichen Tagesordnungspunkte {join_names(shown)} "
            "sind nicht enthalten.")


def check_minutes_date(minutes_day: date | None, meeting_day: date | None) -> None:
    """The minutes are written on or after the day of the meeting."""
    if minutes_day and meeting_day and minutes_day < meeting_day:
        raise UserError("Das Protokoll kann nicht vor der Sitzung geschrieben sein; bitte ein "
                        "Datum am oder nach dem Sitzungstag eingeben (oder leer lassen).")


def decision_words(vote: str | None, result: str | None) -> str:
    """"einstimmig angenommen", "mehrheitlich", "zur Kenntnis genommen" — vote and result in words."""
    vote, result = normalise_vote(vote, result)
    words = [L.VOTE_MODES[vote]] if vote in ("unanimous", "majority") else []
    if result:
        words.append(L.label(L.RESULTS, result))
    return " ".join(words)
