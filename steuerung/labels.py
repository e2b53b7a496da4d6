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

# -- dot vote (Punktabfrage) ------------------------------------------------------
VOTE_TITLE = "Punktabfrage"
VOTE_TIED = "punktgleich"
VOTE_NO_TOPICS = "Noch keine Themen – unten eingeben und Enter drücken."
VOTE_NONE = "Noch keine Punktabfrage – mit n eine neue anlegen."
VOTE_LINKED_FIELD = "→ Handlungsfeld"
VOTE_LINKED_FIELD_NAMED = "→ Handlungsfeld „{name}“"
VOTE_TOPIC_PLACEHOLDER = "Neues Thema eingeben und Enter – das Feld bleibt für das nächste bereit"
VOTE_SUMMARY = "{total} Punkte · {participants} Teilnehmende · {state}"
VOTE_ANONYMOUS = "ohne Person (Pinnwand)"
VOTE_PERSON = "Punkte für {name}"
VOTE_PERSON_LEFT = "Punkte für {name}: noch {left} von {budget}"
VOTE_KEYS_HINT = ("1–9 Punkt für Thema 1–9 · ab 10: ↑/↓ und + · − zurück · Enter Punktzahl · "
                  "Strg+Z/Y rückgängig/wiederholen · t Person")
VOTE_RANKING = "Rangfolge"
VOTE_TOPICS = "Themen"
VOTE_UNDONE = "Rückgängig: {delta:+d} bei „{topic}“"
VOTE_REDONE = "Wiederholt: {delta:+d} bei „{topic}“"
VOTE_NOTHING_TO_UNDO = "Nichts rückgängig zu machen."
VOTE_NOTHING_TO_REDO = "Nichts zu wiederholen."
VOTE_SET_TALLY = "Punktzahl für „{topic}“ (jetzt {tally})"
VOTE_RENAME = "Neuer Name für „{topic}“"
VOTE_DELETE = "Thema „{topic}“ löschen?"
VOTE_DELETE_DOTS = "Thema „{topic}“ mit seinen {dots} Punkten löschen? Die Punkte gehen mit."
VOTE_CLOSE = "Punktabfrage „{title}“ schließen? Danach werden keine Punkte mehr angenommen."
VOTE_REOPEN = "Punktabfrage „{title}“ wieder öffnen? Danach werden wieder Punkte angenommen."
VOTE_FIELDS = "Aus {count} Thema/Themen Handlungsfelder anlegen: {names}?"
VOTE_FIELDS_DONE = "Handlungsfelder angelegt: {names}"
VOTE_FIELDS_NONE = "Alle gewählten Themen sind schon Handlungsfelder."
VOTE_EXPORTED = "Geschrieben: {path}"
EXPORT_OVERWRITE = "Die Datei „{path}“ gibt es schon. Überschreiben?"
VOTE_NEW = "Neue Punktabfrage"
VOTE_NEW_TITLE = "Titel"
VOTE_NEW_DATES = "Termin(e), z. B. 20.09.2010, 05.11.2010"
VOTE_NEW_BUDGET = ("Punkte pro Person (leer = ohne Grenze; Faustregel: ein Drittel der Themen, "
                   "z. B. {suggestion} bei {topics} Themen)")
VOTE_SUGGESTION = "Vorschlag: {n} Punkte/Person"
VOTE_NEW_CUMULATE = "Kumulieren erlaubt (mehrere Punkte auf ein Thema)"
VOTE_CHOOSE = "Punktabfrage wählen"
VOTE_PERSON_CHOOSE = "Teilnehmende Person wählen"
VOTE_PERSON_NEW = "Neue Person …"
VOTE_PERSON_NONE = "Ohne Person (Pinnwand)"
VOTE_PERSON_NAME = "Name der Person"
CONFIRM_YES = "Ja (j)"
CONFIRM_NO = "Nein (n / Esc)"
KEY_DOT = "Punkt"
KEY_PLUS = "+1"
KEY_MINUS = "−1"
KEY_TALLY = "Punktzahl"
KEY_UNDO = "Rückgängig"
KEY_REDO = "Wiederholen"
KEY_ADD_TOPIC = "Thema eingeben"
KEY_RENAME = "Umbenennen"
KEY_MOVE_UP = "Thema nach oben schieben"
KEY_MOVE_DOWN = "Thema nach unten schieben"
KEY_CURSOR_UP = "Auswahl nach oben"
KEY_CURSOR_DOWN = "Auswahl nach unten"
KEY_DELETE = "Löschen"
KEY_PERSON = "Person"
KEY_MARK = "Markieren"
KEY_FIELDS = "Handlungsfelder anlegen"
KEY_CLOSE = "Schließen/Öffnen"
KEY_NEW_VOTE = "Neue Punktabfrage"
KEY_SWITCH_VOTE = "Punktabfrage wechseln"
KEY_BEAMER = "Beamer-Ansicht"
KEY_EXPORT = "Exportieren"
KEY_OVERVIEW = "Übersicht"
KEY_VOTES = "Punktabfrage"
KEY_LIST = "Zur Themenliste"

# -- beamer ---------------------------------------------------------------------
BEAMER_TITLE = "Beamer"
BEAMER_TIED = VOTE_TIED
BEAMER_CLOSED = "geschlossen"
BEAMER_NO_TOPICS = "Noch keine Themen – die Moderation legt sie an."
BEAMER_POINTS_ONE = "1 Punkt"
BEAMER_POINTS = "{n} Punkte"
BEAMER_PARTICIPANTS = "{n} Teilnehmende"
BEAMER_NO_PARTICIPANTS = "Teilnehmende nicht erfasst"
BEAMER_NO_VOTE = ("In „{path}“ gibt es noch keine Punktabfrage. Bitte zuerst in der Moderation "
                  "eine anlegen (steuerung open {path}).")
BEAMER_VOTE_MISSING = ("Eine Punktabfrage Nr. {vote} gibt es in „{path}“ nicht. "
                       "Vorhandene Nummern: {numbers}.")
BEAMER_VOTE_GONE = "Die Punktabfrage Nr. {vote} gibt es nicht mehr."
BEAMER_MORE = "… und {n} weitere Themen (Fenster vergrößern)"
BEAMER_NO_VOTE_YET = "Noch keine Punktabfrage – die Moderation legt sie an."

# -- documents ---------------------------------------------------------------------
DOC_PRIORITIES = "Themenprioritäten"
DOC_PRIORITIES_FILE = "themenprioritaeten"  # kind word in the file name (ASCII)
DOC_PROCESS = "Steuerungsprozess"
DOC_DATE = "Termin"
DOC_DATES = "Termine"
DOC_NO_DATES = "nicht erfasst"
DOC_PARTICIPANTS = "Teilnehmende"
DOC_FROM_WALL = "nicht erfasst – Punkte von der Pinnwand übertragen"
DOC_DOTS_PER_PERSON = "Punkte pro Person"
DOC_TOTAL = "Punkte insgesamt"
DOC_STATE = "Status"
DOC_RANKING = "Rangfolge"
DOC_RANK = "Rang"
DOC_TOPIC = "Thema"
DOC_DOTS = "Punkte"
DOC_FIELD = "Handlungsfeld"
DOC_NO_TOPICS = "Noch keine Themen erfasst."
DOC_TIED = "Punktgleich"
DOC_TIED_RANK = "{names} (Rang {rank})"
DOC_TIED_ORDER = "Punktgleiche Themen teilen sich den Rang und stehen in der Reihenfolge ihrer Eingabe."
DOC_AND = "und"
DOC_AS_OF = "Stand"
DOC_UNKNOWN_KIND = "Eine Dokumentart „{kind}“ gibt es nicht. Möglich ist: {kinds}."
DOC_NO_VOTE = "In „{path}“ gibt es noch keine Punktabfrage; es gibt nichts zu exportieren."
DOC_VOTE_MISSING = "Eine Punktabfrage Nr. {vote} gibt es nicht. Vorhanden: {votes}."
DOC_OLD_SCHEMA = ("„{path}“ hat ein älteres Schema ({version}). Bitte die Datei einmal mit "
                  "„steuerung open {path}“ öffnen – sie wird dabei aktualisiert – und dann exportieren.")

# -- attainment (Zielerreichung, Ampel) ----------------------------------------
LIGHTS = {"green": "grün", "yellow": "gelb", "red": "rot", "grey": "grau"}
ATT_NO_DATA = "keine Daten: noch kein Messwert; → grau"
ATT_NO_TARGET = "kein Ausgangs- oder Zielwert: nicht berechenbar; → grau"
ATT_REACHED = "Meilenstein erreicht = 100 %"
ATT_NOT_REACHED = "Meilenstein nicht erreicht = 0 %"
ATT_MAINTAIN = "halten: {current} gegenüber Ausgangswert {baseline} – {verdict}"
ATT_HOLDS = "gehalten = 100 %"
ATT_NOT_HELD = "nicht gehalten = 0 %"
ATT_EXPECTED = "Soll heute {pct}"
ATT_NO_DEADLINE = "ohne Frist: Soll 100 %"
ATT_MILESTONE_OPEN = "Meilenstein offen, Frist läuft"
ATT_WRONG_DIRECTION = "Entwicklung in die falsche Richtung"
ATT_OVERDUE = "Frist {date} verstrichen, Ziel nicht erreicht"
ATT_ROLLUP = "Mittel aus {n} Teil(en): {mean}; schlechteste Ampel → {light}"
COL_GUIDING_SHORT = "LZ"
COL_ANNUAL_GOAL = "Jahresziel"
COL_LIGHT = "Ampel"
COL_ATTAINMENT = "Erreichung"
COL_EXPECTED = "Soll"
COL_LAST_READING = "Letzter Messwert"
COL_DEADLINE = "Frist"
COL_RESPONSIBLE = "verantwortlich"
OVERDUE_MARK = "(überfällig)"
STATUS_TITLE = "Sachstand {year} – Stichtag {stichtag}"
STATUS_TITLE_REVIEW = "Sachstand {year} – {label} (eingefroren am {frozen})"
STATUS_NO_GOALS = "Für {year} gibt es keine Jahresziele. Vorhanden: {years}."
IMPORT_PLANNED = "{n} Messwert(e) aus „{path}“:"
IMPORT_DONE = "{n} Messwert(e) übernommen."
IMPORT_DRY = "Probelauf: nichts übernommen (ohne --dry-run werden sie übernommen)."
SACHSTAND_TITLE = "Sachstand"
SACHSTAND_HEAD = "Sachstand {year} · Stichtag {stichtag}{filters} · {n} Jahresziele"
SACHSTAND_FROZEN = " · eingefroren: {label}"
SACHSTAND_FILTER = " · Filter: {what}"
SACHSTAND_EMPTY = "Keine Jahresziele für diese Auswahl."
SACHSTAND_HINT = "Enter: Einzelheiten und Berechnung · f/a/v: filtern · x: Filter aus · j: Jahr"
DETAIL_INDICATORS = "Indikatoren"
DETAIL_READINGS = "Messwerte"
DETAIL_NOTES = "Sachstandsnotizen"
DETAIL_NO_READINGS = "noch keine Messwerte"
DETAIL_NO_NOTES = "noch keine Notizen"
DETAIL_HINT = "m: Messwert erfassen · k: Messwert korrigieren · n: Notiz · Esc: zurück"
READING_FORM = "Messwert für „{indicator}“"
READING_CORRECT = "Messwert korrigieren: „{indicator}“"
READING_DATE = "Datum (z. B. 30.09.2011)"
READING_VALUE = "Wert (Dezimalkomma erlaubt)"
READING_SOURCE = "Quelle (optional)"
READING_NOTE = "Notiz (optional)"
READING_SAVED = "Messwert gespeichert: {value} am {date}"
CHOOSE_INDICATOR = "Indikator wählen"
CHOOSE_READING = "Messwert wählen"
CHOOSE_FIELD = "Handlungsfeld wählen"
CHOOSE_RESPONSIBLE = "Verantwortliche wählen"
CHOOSE_YEAR = "Jahr wählen"
CHOOSE_REVIEW = "Eingefrorene Prüfung wählen"
NOTE_PROMPT = "Sachstandsnotiz für „{goal}“ ({date})"
FREEZE_PROMPT = "Prüfung einfrieren: Stichtag (TT.MM.JJJJ)"
FREEZE_DONE = "Eingefroren: {label}"
ALL = "alle"
KEY_SACHSTAND = "Sachstand"
KEY_DETAIL = "Einzelheiten"
KEY_FILTER_FIELD = "Filter Handlungsfeld"
KEY_FILTER_LIGHT = "Filter Ampel"
KEY_FILTER_RESPONSIBLE = "Filter verantwortlich"
KEY_FILTER_CLEAR = "Filter aus"
KEY_YEAR = "Jahr"
KEY_FREEZE = "Einfrieren"
KEY_REVIEWS = "Eingefrorene Prüfung"
KEY_LIVE = "Aktueller Stand"
KEY_READING = "Messwert erfassen"
KEY_CORRECT = "Messwert korrigieren"
KEY_NOTE = "Notiz"
YEAR_END = "Ende {year}"
COL_FIELD_ATTAINMENT = "Stand {year}"
COL_LIGHTS = "Ampeln (Jahresziele)"
GUIDING_ROLLUP = "LZ {n}: {pct}"
