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

# -- goals (Ziele, Leitbild, Strategiezirkel) ---------------------------------------
#: Direction of an indicator: derived from baseline → target, "maintain" only explicitly.
DIRECTIONS = {"up": "steigend", "down": "fallend", "maintain": "halten"}
DIRECTION_AUTO = "automatisch"
KIND_NAMES = {"field": "Handlungsfeld", "guiding_goal": "Leitziel", "annual_goal": "Jahresziel",
              "indicator": "Indikator", "measure": "Maßnahme", "consideration": "Hinweis"}
GROUP_NAMES = {"indicator": "Indikatoren", "measure": "Maßnahmen",
               "consideration": "Hinweise zur Umsetzung"}
#: (singular, plural after "mit") for "Leitziel 2 mit 2 Jahreszielen, 3 Indikatoren".
COUNT_WORDS = {
    "guiding_goal": ("Leitziel", "Leitzielen"),
    "annual_goal": ("Jahresziel", "Jahreszielen"),
    "indicator": ("Indikator", "Indikatoren"),
    "reading": ("Messwert", "Messwerten"),
    "measure": ("Maßnahme", "Maßnahmen"),
    "consideration": ("Hinweis", "Hinweisen"),
    "status_note": ("Statusnotiz", "Statusnotizen"),
}
GOALS_TITLE = "Ziele"
GOALS_EMPTY = "Noch keine Handlungsfelder – n legt das erste an."
GOALS_FIELD = "Handlungsfeld {number}"
GOALS_GUIDING = "Leitziel {number}"
GOALS_NOTHING_BELOW = ("Unter einem {kind} gibt es keine weiteren Einträge – "
                       "n legt einen weiteren daneben an.")
GOALS_CHILD_CHOOSE = "Was soll unter dem Jahresziel angelegt werden?"
GOALS_NEW = "Neu: {kind}"
GOALS_NEW_IN = "Neu: {kind} unter {parent}"
GOALS_EDIT_HINT = "Enter nächstes Feld · Strg+S speichern · Esc verwerfen"
GOALS_VIEW_HINT = ("→ ← auf-/zuklappen · e bearbeiten · n neu daneben · u neu darunter · "
                   "Entf löschen · ? alle Tasten")
GOALS_GROUP_HINT = "{group} zu „{parent}“ – u legt einen neuen Eintrag an."
GOALS_SAVED = "Gespeichert: {what}"
GOALS_DELETE = "Löschen: {what}?"
GOALS_DELETE_TEXT = "„{text}“"
GOALS_DELETE_ALL = "Alles darunter wird mit gelöscht."
GOALS_DELETED = "Gelöscht: {what}"
GOALS_UNLINK_TASKS = "{n} Aufgabe(n) verlieren ihre Verknüpfung"
GOALS_UNLINK_TOPICS = "{n} Thema/Themen der Punktabfrage verlieren ihre Verknüpfung"
GOALS_WITH = "{what} mit {items}"
GOALS_FILTER_PLACEHOLDER = "Filter: Text eingeben (Enter zur Liste, Esc hebt auf)"
GOALS_FILTER_COUNT = "{n} Treffer"
#: (singular, plural) for the totals line "4 Handlungsfelder · 1 Leitziel · …".
TOTAL_WORDS = {"field": ("Handlungsfeld", "Handlungsfelder"), "guiding_goal": ("Leitziel", "Leitziele"),
               "annual_goal": ("Jahresziel", "Jahresziele"), "indicator": ("Indikator", "Indikatoren"),
               "measure": ("Maßnahme", "Maßnahmen"), "consideration": ("Hinweis", "Hinweise")}
GOALS_YEAR_STATUS = "Jahresziele {year}"
GOALS_YEAR_CHOOSE = "Jahresziele welchen Jahres zeigen?"
GOALS_YEAR_ALL = "alle Jahre"
GOALS_CARRY = ("Jahresziel „{text}“ mit {items} ins Jahr {year} übernehmen? "
               "Messwerte bleiben im Jahr {old}.")
GOALS_CARRY_DONE = "Übernommen ins Jahr {year}: „{text}“"
GOALS_CARRY_ONLY = "Ins Folgejahr übernehmen geht nur mit einem Jahresziel; bitte eines wählen."
GOALS_CARRY_EXISTS = "Das Jahresziel „{text}“ gibt es für {year} unter diesem Leitziel schon."
GOALS_PHASE_DONE = "{field}: Phase {phase}"
GOALS_MAINTAIN_QUESTION = ("Zielwert und Ausgangswert sind gleich ({value}). Ist „halten“ gemeint – "
                           "der Wert soll gehalten werden?")
GOALS_MAINTAIN_NO = "Bitte einen anderen Zielwert eingeben, der vom Ausgangswert abweicht."
GOALS_DISCARD = "Die Änderungen an „{what}“ verwerfen?"

# Form labels (one line each)
F_NAME = "Name"
F_DESCRIPTION = "Beschreibung"
F_PHASE = "Phase"
F_TEXT = "Text"
F_YEAR = "Jahr"
F_RESPONSIBLE = "Verantwortlich"
F_DEADLINE = "Frist"
F_KIND = "Art"
F_UNIT = "Einheit"
F_DEFINITION = "Definition/Berechnung"
F_SOURCE = "Datenquelle"
F_PERIODICITY = "Turnus"
F_BASELINE = "Ausgangswert"
F_BASELINE_DATE = "Stichtag Ausgangswert"
F_TARGET = "Zielwert"
F_DIRECTION = "Richtung"
F_GREEN = "Ampel grün ab (%)"
F_YELLOW = "Ampel gelb ab (%)"
F_NOTE = "Bemerkung"
F_PARTNERS = "zu beteiligen"
F_RESOURCES = "Ressourcen"
F_STATUS = "Status"
F_LABEL = "Bezeichnung"
F_ADOPTED_ON = "beschlossen am"
F_ADOPTED_BY = "beschlossen von"
F_DATE_ARROW = "→ {date}"
F_DATE_BAD = "nicht lesbar"
F_NUMBER_HINT = "z. B. 12,5"

# Validation (store/domain)
E_EMPTY_FIELD = "Bitte einen Namen für das Handlungsfeld eingeben, z. B. „Sprache“ – leer geht nicht."
E_EMPTY_GUIDING = ("Bitte den Text des Leitziels eingeben, z. B. „Jeder Zuwanderer lernt Deutsch.“ "
                   "– leer geht nicht.")
E_EMPTY_ANNUAL = ("Bitte den Text des Jahresziels eingeben, z. B. „Erfassung der Maßnahmen zur "
                  "Förderung der Erstsprachen“ – leer geht nicht.")
E_EMPTY_INDICATOR = ("Bitte einen Namen für den Indikator eingeben, z. B. „Datenmaterial über die "
                     "Erfassungen“ – leer geht nicht.")
E_EMPTY_MEASURE = ("Bitte den Text der Maßnahme eingeben, z. B. „Integrationskursträger und "
                   "Flüchtlingsberatungsstellen kooperieren“ – leer geht nicht.")
E_EMPTY_CONSIDERATION = ("Bitte den Text des Hinweises eingeben, z. B. „Amt für Statistik“ "
                         "– leer geht nicht.")
E_EMPTY_VISION = "Bitte den Text des Leitbilds eingeben – eine leere Fassung wird nicht gespeichert."
E_NUMBER = "{what}: „{text}“ ist keine Zahl. Bitte eine Zahl eingeben, z. B. 12,5 oder 1.200."
E_YEAR = "Jahr: „{text}“ geht nicht – bitte ein vierstelliges Jahr eingeben, z. B. 2011."
E_DEADLINE = "{what}: {message}"
E_DEADLINE_BEFORE_BASELINE = ("Die Frist {deadline} liegt vor dem Stichtag des Ausgangswerts "
                              "{baseline}. Bitte eine spätere Frist angeben, z. B. Ende {year}.")
E_DIRECTION_UP = ("Richtung „steigend“, aber der Zielwert {target} liegt unter dem Ausgangswert "
                  "{baseline}. Bitte „fallend“ wählen oder die Werte prüfen.")
E_DIRECTION_DOWN = ("Richtung „fallend“, aber der Zielwert {target} liegt über dem Ausgangswert "
                    "{baseline}. Bitte „steigend“ wählen oder die Werte prüfen.")
E_DIRECTION_MAINTAIN = ("Richtung „halten“ heißt: Zielwert gleich Ausgangswert. Bitte beide gleich "
                        "setzen oder „automatisch“ wählen.")
E_THRESHOLDS = ("Ampel: „gelb ab“ ({yellow} %) muss unter „grün ab“ ({green} %) liegen, "
                "z. B. grün ab 95, gelb ab 80.")
E_THRESHOLD_RANGE = "{what}: {value} % geht nicht – bitte einen Wert zwischen 0 und 100 eingeben."
E_CHOICE = "{what}: „{text}“ gibt es nicht. Möglich ist: {choices}."
E_GONE = "Diesen Eintrag gibt es nicht mehr; die Ansicht wird neu geladen."

# Keys of the goal screens
KEY_GOALS = "Ziele"
KEY_NEW_SIBLING = "Neu daneben"
KEY_NEW_CHILD = "Neu darunter"
KEY_EDIT = "Bearbeiten"
KEY_SAVE_FORM = "Speichern"
KEY_DISCARD = "Verwerfen"
KEY_MOVE_ITEM_UP = "Eintrag nach oben schieben"
KEY_MOVE_ITEM_DOWN = "Eintrag nach unten schieben"
KEY_FILTER = "Filter"
KEY_YEAR = "Jahr wählen"
KEY_CARRY = "Ins Folgejahr übernehmen"
KEY_PHASE = "Phase weiterschalten"
KEY_HINT_NEW = "Hinweis anlegen"
KEY_VISION = "Leitbild"
KEY_CYCLE = "Strategiezirkel"
KEY_EXPAND = "Aufklappen / zum ersten Unterpunkt"
KEY_COLLAPSE = "Zuklappen / zum übergeordneten Eintrag"
KEY_TOGGLE = "Auf- oder zuklappen"
KEY_PARENT = "Zum übergeordneten Eintrag"
KEY_NEXT_CHOICE = "Nächste Auswahl"
KEY_PREV_CHOICE = "Vorige Auswahl"
KEY_NEXT_FIELD = "Nächstes Feld"
KEY_SET_PHASE = "Phase setzen"
KEY_PHASE_BACK = "Phase zurückschalten"
KEY_NEW_VERSION = "Neue Fassung"
KEY_DELETE_VERSION = "Fassung löschen"
KEY_EDIT_TEXT = "Text bearbeiten"

# Leitbild
VISION_TITLE = "Leitbild"
VISION_VERSIONS = "Fassungen"
VISION_NONE = "Noch keine Fassung – rechts die erste schreiben, Strg+S speichert."
VISION_CURRENT = "aktuell"
VISION_DRAFT = "Entwurf"
VISION_NEW_LABEL = "Leitbild {year}"
VISION_PREVIEW = "Vorschau"
VISION_EDITOR = "Text (Markdown)"
VISION_NEW = "Neue Fassung (noch nicht gespeichert)"
VISION_DELETE = "Fassung „{label}“ löschen? Der Text geht verloren."
VISION_HINT = ("Strg+S speichern · Strg+N neue Fassung (aus der aktuellen) · Tab nächstes Feld · "
               "Esc zurück · aktuell ist die zuletzt beschlossene Fassung")
VISION_UNSAVED = "Die Änderungen am Leitbild sind nicht gespeichert. Verwerfen?"

# Strategiezirkel
CYCLE_TITLE = "Strategiezirkel"
CYCLE_HINT = ("↑ ↓ Handlungsfeld wählen · p nächste Phase · Umschalt+P zurück · "
              "1–5 Phase direkt · Esc zurück")
CYCLE_EMPTY = "(keine)"
CYCLE_NO_FIELDS = "Noch keine Handlungsfelder."
