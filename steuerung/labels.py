"""Every German word the user reads for a code value, in one place (DESIGN §2).

Codes in the database are English (``goals``, ``held``); screens, CLI and
documents translate them here, so the glossary cannot drift between them.
"""

from __future__ import annotations

APP_TITLE = "steuerung"

#: Strategiezirkel, in its order: Leitbild → Ziele → Daten → Maßnahmen → Evaluation.
PHASES = {
    "vision": "Leitbild",
    "goals": "Ziele",
    "analysis": "Ist-Analyse",
    "measures": "Maßnahmen",
    "evaluation": "Evaluation",
}
VOTE_STATES = {"open": "offen", "closed": "geschlossen"}
MEETING_STATES = {"planned": "geplant", "held": "durchgeführt", "closed": "Protokoll abgeschlossen"}
MEASURE_STATES = {"planned": "geplant", "in_progress": "in Umsetzung", "done": "abgeschlossen",
                  "deferred": "zurückgestellt"}
INDICATOR_KINDS = {"quantitative": "quantitativ", "milestone": "Meilenstein"}
ROLES = {"chair": "Vorsitz", "member": "Mitglied", "deputy": "Stellvertretung"}
ATTENDANCE = {"present": "anwesend", "excused": "entschuldigt", "represented": "vertreten durch"}
RESULTS = {"adopted": "angenommen", "rejected": "abgelehnt",
           "adopted_unanimously": "einstimmig angenommen", "noted": "zur Kenntnis genommen",
           "postponed": "vertagt"}
TASK_STATES = {"open": "offen", "done": "erledigt"}
SUBMISSION_KINDS = {"resolution": "Beschlussvorlage", "report": "Berichtsvorlage",
                    "notice": "Mitteilung"}

VISION_MISSING = "noch nicht beschlossen"


def label(table: dict[str, str], code: str | None) -> str:
    """The German word for a code; an unknown code is shown as it is, never hidden."""
    if code is None:
        return "–"
    return table.get(code, code)

# -- screens -------------------------------------------------------------------
ERROR_TITLE = "Fehler"
KEY_QUIT = "Beenden"
KEY_HELP = "Hilfe"
KEY_BACK = "Zurück"
KEY_START = "Prozesse"
KEY_OPEN = "Öffnen"
KEY_DEMO = "Beispiel laden"
KEY_NEW = "Neuer Prozess"
KEY_CANCEL = "Abbrechen"
KEY_SAVE = "Anlegen"

HELP_TITLE = "Hilfe – Tastenbelegung"
HELP_HINT = ("↑ ↓ wählen · Enter öffnen oder bestätigen · Tab nächstes Feld · "
             "Esc oder ? schließt die Hilfe.")
HELP_SCREEN_KEYS = "Auf dieser Seite"
HELP_APP_KEYS = "Überall"

START_TITLE = "Steuerungsprozesse"
START_INTRO = ("Wählen Sie einen Prozess aus sessions/ (Pfeiltasten, Enter), "
               "laden Sie das Beispiel Rhein-Kreis Neuss (b) oder legen Sie einen neuen an (n).")
START_EMPTY = "In sessions/ liegt noch kein Prozess."
START_DEMO_OPTION = "Beispiel laden: Integration im Rhein-Kreis Neuss"
START_NEW_OPTION = "Neuer Prozess …"
NEW_TITLE = "Neuer Steuerungsprozess"
NEW_TITLE_LABEL = "Titel"
NEW_TITLE_PLACEHOLDER = "z. B. Integration in Münster"
NEW_BODY_LABEL = "Kommune / Kreis (optional)"
NEW_FILE_LABEL = "Dateiname in sessions/"
NEW_FILE_HINT = "Nur Kleinbuchstaben, Ziffern und Bindestriche; „.db“ wird angehängt."
NEW_KEYS_HINT = "Enter: nächstes Feld, im letzten Feld anlegen · Esc: abbrechen"
NEW_EXISTS = "Einen Prozess „{name}“ gibt es in sessions/ schon; bitte einen anderen Dateinamen wählen."

OVERVIEW_TITLE = "Übersicht"
OV_VISION = "Leitbild"
OV_VISION_START = "Der Strategiezirkel beginnt hier: Leitbild → Ziele → Daten → Maßnahmen → Evaluation."
OV_FIELDS = "Handlungsfelder"
OV_CYCLE = "Strategiezirkel"
OV_VOTES = "Punktabfragen"
OV_COMMITTEES = "Gremien"
OV_RECOMMENDATIONS = "Handlungsempfehlungen"
OV_NONE = "noch keine"
COL_NUMBER = "Nr."
COL_FIELD = "Handlungsfeld"
COL_PHASE = "Phase"
COL_GUIDING = "Leitziele"
COL_ANNUAL = "Jahresziele"
COL_INDICATORS = "Indikatoren"
COL_TITLE = "Titel"
COL_DATES = "Termine"
COL_TOPICS = "Themen"
COL_DOTS = "Punkte"
COL_STATE = "Status"
COL_NAME = "Name"
COL_KIND = "Art"
COL_SEATS = "Sitze"
COL_MEMBERS = "Mitglieder"
COL_MEETINGS = "Sitzungen"
ADOPTED = "beschlossen am {date} von {by}"
