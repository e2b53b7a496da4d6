"""Every German word the user reads for a code value, in one place (DESIGN §2).

Codes in the database are English (``goals``, ``held``); screens, CLI and
documents translate them here, so the glossary cannot drift between them.
"""

from __future__ import annotations

APP_TITLE = "steuerung"

#: Strategiezirkel, in its order: Leitbild → Ziele → Ist-Analyse → Maßnahmen → Evaluation.
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
           "postponed": "vertagt", "referred": "verwiesen"}
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
             "Esc oder F1 schließt die Hilfe.")
HELP_SCREEN_KEYS = "Auf dieser Seite"
HELP_APP_KEYS = "Überall"

# --- command palette, help everywhere, themes (issue 17) ---
KEY_PALETTE = "Befehle"
KEY_THEME = "Farbschema wechseln"
PALETTE_PLACEHOLDER = "Seite, Befehl oder Eintrag suchen – z. B. Ziele, Sprachförderung, Sitzung …"
PALETTE_NO_MATCHES = "Keine Treffer"
PALETTE_TOOLTIP = "Befehle und Suche (Strg+P)"
PALETTE_UNSAVED = "Nicht gespeicherte Eingaben verwerfen und wechseln?"
PALETTE_KEY = "Taste {key}"
PALETTE_GONE = "„{label}“ gibt es nicht mehr."
#: The screens by name: (action of the app, name, what it is for).
PALETTE_SCREENS = (
    ("show_overview", "Übersicht", "Der Prozess auf einen Blick"),
    ("show_votes", "Punktabfrage", "Themen und Punkte im Workshop"),
    ("show_goals", "Ziele", "Handlungsfelder, Leitziele, Jahresziele, Indikatoren, Maßnahmen"),
    ("show_vision", "Leitbild", "Fassungen des Leitbildes"),
    ("show_cycle", "Strategiezirkel", "Phasen der Handlungsfelder"),
    ("show_sachstand", "Sachstand", "Jahresziele mit Ampel"),
    ("show_documents", "Dokumente", "Protokolle, Berichte, Workshop-Dokumentation schreiben"),
    ("show_outline", "Gliederung der Workshop-Dokumentation", "Teile und Abschnitte ordnen"),
    ("show_submissions", "Vorlagen", "Beschluss- und Berichtsvorlagen"),
    ("show_committees", "Gremien und Sitzungen", "Sitzplan, Mitglieder, Sitzungen"),
    ("show_monitoring", "Monitoring", "Kennzahlen, Bevölkerung, Berichtsturnus"),
    ("show_masterplan", "Masterplan", "Die Schritte des ganzen Prozesses"),
    ("show_start", "Startseite", "Prozesse wählen, Beispiel laden, neuer Prozess"),
)
PALETTE_HELP = "Hilfe"
PALETTE_HELP_ABOUT = "Alle Tasten dieser Seite (F1, überall)"
PALETTE_QUIT = "Beenden"
PALETTE_QUIT_ABOUT = "steuerung beenden (Strg+Q, überall)"
SEARCH_KINDS = {"field": "Handlungsfeld", "guiding_goal": "Leitziel", "annual_goal": "Jahresziel",
                "indicator": "Indikator", "measure": "Maßnahme", "committee": "Gremium",
                "meeting": "Sitzung", "submission": "Vorlage", "dot_vote": "Punktabfrage",
                "kennzahl": "Kennzahl", "plan_step": "Masterplan-Schritt", "section": "Abschnitt"}
SEARCH_GUIDING_IN = "{field} · Leitziel {n}"
SEARCH_MEETING = "Sitzung vom {date}"
SEARCH_MEETING_OF = "{committee}, {n}. Sitzung"
SEARCH_MASTERPLAN = "Masterplan"
SEARCH_WORKSHOP_DOC = "Workshop-Dokumentation"
#: Themes by Textual name: the German word the palette and the help show.
THEMES = {"textual-dark": "dunkel", "textual-light": "hell",
          "steuerung-kontrast": "Beamer (hoher Kontrast)"}
THEME_COMMAND = "Farbschema: {name}"
THEME_ABOUT = "Für alle Prozesse, gemerkt für den nächsten Start (F2 wechselt)"
THEME_CURRENT = "Farbschema: {name} (gewählt)"
THEME_SET = "Farbschema „{name}“"
THEME_NOT_SAVED = "Farbschema „{name}“ – nicht gemerkt: {reason}"
VOTE_NONE_TYPE = ("Noch keine Punktabfrage – einfach lostippen: erst ihr Titel (ein Dialog öffnet "
                  "sich), dann die Themen, je mit Enter.")

START_TITLE = "Steuerungsprozesse"
START_INTRO = ("Wählen Sie einen Prozess aus sessions/ (Pfeiltasten, Enter), "
               "laden Sie ein Beispiel (b: Rhein-Kreis Neuss; Münster steht in der Liste) oder "
               "legen Sie einen neuen an (n).")
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
OV_VISION_START = ("Der Strategiezirkel beginnt hier: Leitbild → Ziele → Ist-Analyse → "
                   "Handlungskonzepte → Maßnahmen → Evaluation.")
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

# --- Speicherfehler, schreibgeschützte Dateien, Meldungen von Programm und Textual (issue 11) ---
#: {file} is "Die Datei „sessions/x.db“" (or "Die Datei" when the path is unknown).
STORE_BUSY = ("{file} wird gerade von einem anderen Programm beschrieben (z. B. einem Import). "
              "Nichts wurde gespeichert; bitte gleich noch einmal versuchen.")
STORE_BUSY_WAIT = "{file} wird gerade von einem anderen Programm beschrieben – ich warte bis zu {seconds} s …"
STORE_BUSY_TITLE = "Bitte warten"
STORE_BUSY_DONE = "Gespeichert – die Datei war einen Moment lang belegt."
STORE_READ_ONLY = ("{file} ist schreibgeschützt: ansehen, Beamer und Dokumente gehen, ändern nicht. "
                   "Nichts wurde gespeichert. Zum Bearbeiten die Datei an einen beschreibbaren Ort "
                   "kopieren oder den Schreibschutz aufheben und neu öffnen.")
STORE_DAMAGED = ("{file} ist beschädigt (Fehlercode {code}). Nichts wurde gespeichert. Bitte "
                 "„steuerung check {path}“ ausführen und eine Sicherung oder den letzten "
                 "JSON-Export („steuerung load“) einspielen.")
STORE_TOO_LARGE = ("Eine Zahl ist zu groß zum Speichern oder Zusammenzählen (höchstens "
                   "9.223.372.036.854.775.807). Nichts wurde gespeichert.")
STORE_FULL = ("{file} lässt sich nicht erweitern: Der Datenträger ist voll. Nichts wurde "
              "gespeichert; bitte Platz schaffen und noch einmal versuchen.")
STORE_IO = ("{file} lässt sich gerade nicht lesen oder schreiben (Fehlercode {code}) – ist der "
            "Datenträger entfernt, voll oder schreibgeschützt? Nichts wurde gespeichert.")
STORE_CONFLICT = ("Die Änderung passt nicht zu den gespeicherten Daten (Fehlercode {code}). "
                  "Nichts wurde gespeichert.")
STORE_OTHER = "{file} meldet einen Fehler (Fehlercode {code}). Nichts wurde gespeichert."
STORE_FILE = "Die Datei „{path}“"
STORE_FILE_UNKNOWN = "Die Datei"
STORE_WAL_READ_ONLY = ("„{path}“ enthält noch nicht übernommene Änderungen (in „{path}-wal“) und "
                       "liegt an einem schreibgeschützten Ort; so ließe sich nur ein veralteter Stand "
                       "lesen. Bitte die Datei einmal an einem beschreibbaren Ort öffnen "
                       "(„steuerung open“) und dann wieder hierher kopieren.")
STORE_CANNOT_CREATE = ("„{path}“ lässt sich nicht anlegen: In „{folder}“ darf nicht geschrieben "
                       "werden (fehlende Berechtigung oder ein schreibgeschützter Datenträger). "
                       "Bitte einen anderen Ort wählen (--home).")
STORE_OLD_SCHEMA_FOLLOW = ("„{path}“ hat ein älteres Schema ({version}). Bitte die Datei zuerst "
                           "einmal mit „steuerung open“ öffnen (sie wird dabei aktualisiert).")
READ_ONLY_BANNER = "schreibgeschützt"
READ_ONLY_OPENED = ("„{path}“ ist schreibgeschützt geöffnet: ansehen, Beamer und Dokumente gehen, "
                    "ändern nicht.")
CHECK_READ_ONLY = " (schreibgeschützt)"
CHECK_OK = "{db}: in Ordnung{read_only} (Schema {version})."
CHECK_PROBLEM_WORDS = ("Problem", "Probleme")
CHECK_DAMAGED = ("{db}: beschädigt ({count}). Bitte eine Sicherung oder den letzten JSON-Export "
                 "(„steuerung load“) einspielen.")
#: Values another program wrote that steuerung would never store: the file itself is sound.
CHECK_WRONG_VALUES = ("{db}: fehlerhafte Werte ({count}); die Datei selbst ist lesbar. Zum "
                      "Berichtigen: „steuerung dump“ in eine JSON-Datei, die genannten Werte dort "
                      "ändern und mit „steuerung load --force“ zurückladen.")
CRASH = ("Fehler: steuerung wurde wegen eines unerwarteten Programmfehlers beendet; alles bis "
         "zur letzten Eingabe ist gespeichert. Einzelheiten für die Fehlersuche: {log}")
APP_TITLE_READ_ONLY = "{title} · schreibgeschützt"
QUIT_TITLE = "Beenden?"
QUIT_HINT = "Strg+C beendet nicht; zum Beenden bitte {keys} drücken."

# -- dot vote (Punktabfrage) ------------------------------------------------------
VOTE_TITLE = "Punktabfrage"
VOTE_TIED = "punktgleich"
VOTE_NO_TOPICS = "Noch keine Themen – unten eingeben und Enter drücken."
VOTE_NONE = "Noch keine Punktabfrage – mit n eine neue anlegen."
VOTE_LINKED_FIELD = "→ Handlungsfeld"
VOTE_LINKED_FIELD_NAMED = "→ Handlungsfeld „{name}“"
VOTE_TOPIC_PLACEHOLDER = "Neues Thema eingeben und Enter – das Feld bleibt für das nächste bereit"
VOTE_ANONYMOUS = "ohne Person (Pinnwand)"
VOTE_PERSON = "Punkte für {name}"
VOTE_PERSON_LEFT = "{name} hat noch {left} von {budget}"
VOTE_KEYS_HINT = ("1–9 Punkt für Thema 1–9 · #12 Punkt für Thema 12 · − zurück · Enter Punktzahl "
                  "· Strg+Y wiederholen · F1 alle Tasten")
VOTE_RANKING = "Rangfolge"
VOTE_TOPICS = "Themen"
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
VOTE_PERSON_NONE = ("Ohne Person (Pinnwand) – Punkte von der Pinnwand zählen ohne Budget "
                    "und ohne Kumulieren-Regel")
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

# --- Punktabfrage und Beamer: der Tag der Moderation (issue 17 part B) ---
KEY_TOGGLE_YES_NO = "ja/nein umschalten"
YES_CHECKED = "ja"
NO_UNCHECKED = "nein"
VOTE_STEP_DOT_BY = "{delta} von {person} bei „{topic}“"
VOTE_STEP_DOT_WALL = "{delta} bei „{topic}“ (ohne Person, Pinnwand)"
VOTE_NOTHING_TO_UNDO_PERSON = "Von {person} gibt es in diesem Fenster nichts rückgängig zu machen."
VOTE_NOTHING_TO_UNDO_WALL = ("Von der Pinnwand (ohne Person) gibt es in diesem Fenster nichts "
                             "rückgängig zu machen.")
KEY_JUMP = "Thema Nr."
KEY_ENTER_TOPIC = "Thema anlegen"
KEY_UNDO_PERSON_SHORT = "Rückgängig (Person)"
KEY_BEAMER_SHORT = "Beamer"
#: (one, several): "1 Person", "3 Personen" – the people whose dots are counted one by one.
PERSON_WORDS = ("Person", "Personen")
VOTE_ANONYMOUS_RULES = "Pinnwand: ohne Person, ohne Budget"
VOTE_NO_CUMULATE = "Kumulieren aus"
VOTE_PERSON_CHOICE_LEFT = "{name} (noch {left})"
BEAMER_LEAVE = "b oder Esc: zurück zur Eingabe · 1–9 Punkt · Strg+Z rückgängig"
BEAMER_CLOSED_BANNER = "Punktabfrage geschlossen – keine weiteren Punkte"
DOC_CUMULATE_OFF = "Kumulieren: nicht erlaubt (höchstens ein Punkt je Person und Thema)"
DOC_WALL_DOTS = ("Ohne Person (Pinnwand): {points} – von der Pinnwand übertragen; für sie gelten "
                 "weder die Punkte pro Person noch die Regel zum Kumulieren")
VOTE_JUMP_PROMPT = "Punkt für Thema Nr. {digits}  (Ziffern, Enter: diese Nummer · Esc: abbrechen)"
VOTE_JUMP_NONE = "Ein Thema {number} gibt es nicht (1–{count})."
VOTE_NEW_KEYS_HINT = ("Enter: nächstes Feld, im letzten Feld anlegen · Leertaste: Kumulieren "
                      "ja/nein · Esc: abbrechen")

# --- Änderungsprotokoll, Prüfung, mehrere Fenster (issue 16) ---------------------------
AUTHOR_UNKNOWN = "unbekannt"
DEMO_AUTHOR = "Beispieldaten"
AUTHOR_EMPTY = ("--benutzer: bitte einen Namen angeben, z. B. --benutzer \"Andrea Reckfort\" "
                "(ohne die Angabe gilt STEUERUNG_USER, sonst der Anmeldename).")
APP_TITLE_AUTHOR = "steuerung · {author}"
FILE_IN_USE = ("„{path}“ ist gerade geöffnet (in der Oberfläche, im Beamer oder in einem anderen "
               "Befehl) und wird deshalb nicht ersetzt. Bitte dort erst beenden und dann "
               "noch einmal versuchen.")
FILE_REPLACED = ("„{path}“ wurde inzwischen ersetzt oder gelöscht (z. B. mit „steuerung load "
                 "--force“). Hier wird nichts mehr gespeichert; bitte den Prozess neu öffnen.")
FILE_REPLACED_TITLE = "Datei ersetzt"
ROW_GONE = ("Dieser Eintrag ({what}) wurde inzwischen gelöscht, wohl in einem anderen Fenster; "
            "nichts wurde gespeichert. Die Anzeige wird aktualisiert.")
KEY_HISTORY = "Änderungsprotokoll"
VOTE_TOPIC_GONE = ("Dieses Thema gibt es nicht mehr – es wurde in einem anderen Fenster gelöscht. "
                   "Die Liste ist jetzt wieder aktuell.")
VOTE_STEP_CREATED = "Thema „{topic}“ angelegt"
VOTE_STEP_DELETED = "Thema „{topic}“ gelöscht"
VOTE_UNDO_FOREIGN = ("Der nächste Schritt stammt nicht aus diesem Fenster (aus einem anderen "
                     "Fenster oder von vor dem Neustart): {step}. Trotzdem rückgängig machen?")
VOTE_REDO_FOREIGN = ("Der nächste Schritt stammt nicht aus diesem Fenster (aus einem anderen "
                     "Fenster oder von vor dem Neustart): {step}. Trotzdem wiederholen?")
VOTE_UNDO_TOPIC_HAS_DOTS = ("Das Thema „{topic}“ hat inzwischen {dots} und wird deshalb nicht "
                            "zurückgenommen; zum Löschen mit seinen Punkten bitte Entf.")


#: (one, several): "1 Punkt", "1.200 Punkte" (the number from domain.numbers.format_number).
POINT_WORDS = ("Punkt", "Punkte")
VOTE_UNDONE_STEP = "Rückgängig: {step}"
VOTE_REDONE_STEP = "Wiederholt: {step}"
VOTE_DELETED_UNDO = "Gelöscht: Thema „{topic}“ – Strg+Z holt es mit seinen Punkten zurück."
VOTE_CHANGED_ELSEWHERE = "In einem anderen Fenster geändert – die Anzeige ist aktualisiert."
#: What each table's rows are called in the Änderungsprotokoll and in ``check``.
OBJECT_NAMES = {
    "process": "Prozess", "recommendation": "Handlungsempfehlung", "vision": "Leitbild",
    "field": "Handlungsfeld", "guiding_goal": "Leitziel", "annual_goal": "Jahresziel",
    "review": "Prüfung", "status_note": "Sachstandsnotiz", "indicator": "Indikator",
    "reading": "Messwert", "measure": "Maßnahme", "consideration": "Hinweis",
    "dot_vote": "Punktabfrage", "topic": "Thema", "participant": "Teilnehmende Person",
    "dot": "Punkt", "committee": "Gremium", "committee_task": "Aufgabe des Gremiums",
    "seat": "Sitz", "person": "Person", "membership": "Mitgliedschaft", "meeting": "Sitzung",
    "attendance": "Anwesenheit", "agenda_item": "TOP", "resolution": "Beschluss",
    "task": "Aufgabe", "plan_item": "Termin", "submission": "Vorlage",
    "consultation": "Beratung", "indicator_link": "Zuordnung", "document_part": "Gliederungsteil",
    "monitoring_indicator": "Kennzahl", "monitoring_group": "Vergleichsgruppe",
    "monitoring_value": "Monitoringwert", "population": "Bevölkerungszahl",
    "report_cycle": "Berichtsturnus", "plan_step": "Masterplan-Schritt",
}
#: A part of the outline named by what it is: a free Section, the document's title.
LOG_SECTION = "Abschnitt"
LOG_OUTLINE_HEAD = "Titel der Workshop-Dokumentation"
LOG_DOCUMENTS = {"workshop": "Workshop-Dokumentation"}
#: "Beschluss zu TOP 3 „Integrationsgipfel“", "Indikator „…“ zu Jahresziel „…“".
LOG_IN_TOP = "zu TOP {top}"
LOG_LINK = "{indicator} zu Jahresziel {goal}"
LOG_GROUP_OF = "{group} der Kennzahl {indicator}"
#: Column names as a clerk reads them ("Wert: 5 → 7").
COLUMN_NAMES = {
    "title": "Titel", "body": "Kommune/Kreis", "language": "Sprache", "created": "angelegt am",
    "position": "Position", "text": "Text", "label": "Bezeichnung",
    "adopted_on": "beschlossen am", "adopted_by": "beschlossen von", "number": "Nummer",
    "name": "Name", "description": "Beschreibung", "phase": "Phase", "field_id": "Handlungsfeld",
    "guiding_goal_id": "Leitziel", "year": "Jahr", "responsible": "verantwortlich",
    "deadline_text": "Frist", "deadline": "Frist (Tag)", "annual_goal_id": "Jahresziel",
    "date": "Datum", "kind": "Art", "unit": "Einheit", "definition": "Definition",
    "data_source": "Datenquelle", "periodicity": "Turnus", "baseline_value": "Ausgangswert",
    "baseline_date": "Stichtag Ausgangswert", "target_value": "Zielwert",
    "direction": "Richtung", "green_from": "grün ab", "yellow_from": "gelb ab",
    "note": "Bemerkung", "indicator_id": "Indikator", "value": "Wert", "source": "Quelle",
    "entered_at": "erfasst am", "partners": "zu beteiligen", "resources": "Ressourcen",
    "status": "Status", "dates": "Termine", "dots_per_person": "Punkte pro Person",
    "cumulate": "Kumulieren", "state": "Status", "vote_id": "Punktabfrage", "topic_id": "Thema",
    "participant_id": "Teilnehmende Person", "delta": "Punkte", "at": "Zeitpunkt",
    "reverts": "nimmt zurück", "quorum": "Beschlussfähigkeit", "committee_id": "Gremium",
    "actor": "Akteur", "count": "Sitze", "organisation": "Organisation", "function": "Funktion",
    "email": "E-Mail", "seat_id": "Sitz", "person_id": "Person", "role": "Rolle",
    "voting": "stimmberechtigt", "deputy_of": "Stellvertretung für", "start_date": "seit",
    "end_date": "bis", "start_time": "Beginn", "end_time": "Ende", "place": "Ort",
    "chair": "Sitzungsleitung", "minute_taker": "Protokoll", "public": "öffentlich",
    "meeting_id": "Sitzung", "membership_id": "Mitgliedschaft", "represented_by": "vertreten durch",
    "notes": "Notizen", "agenda_item_id": "TOP", "yes": "Ja", "no": "Nein",
    "abstain": "Enthaltungen", "result": "Ergebnis", "what": "Was", "who": "Wer",
    "due_text": "Bis wann", "due": "Bis wann (Tag)", "measure_id": "Maßnahme",
    "date_text": "Wann", "lead_office": "federführend", "subject": "Betreff",
    "proposal": "Beschlussvorschlag", "reasoning": "Begründung",
    "financial": "Finanzielle Auswirkungen", "attachments": "Anlagen", "submission_id": "Vorlage",
    "committee": "Gremium", "review_id": "Prüfung", "stichtag": "Stichtag",
    "frozen_at": "eingefroren am", "rows": "Werte", "done_meeting_id": "erledigt in Sitzung",
    "signature_prefix": "Unterschrift: Zusatz", "signature_name": "Unterschrift: Name",
    "signature_function": "Unterschrift: Funktion", "effect": "Wirkung der Maßnahmen",
    "genitive": "Name im Genitiv", "minutes_date": "Datum des Protokolls",
    "attendance_note": "Teilnehmende (als Text)", "vote": "Abstimmung", "clerk": "Sachbearbeitung",
    "parts": "erzeugte Teile", "financial_effects": "Finanzielle Auswirkungen",
    "budget_year": "Haushaltsjahr", "budget_product": "Produkt / Kostenstelle",
    "budget_expense": "Aufwand", "budget_amount": "Betrag (€)", "document": "Dokument", "part": "Teil",
    "included": "aufgenommen", "level": "Ebene", "reference_id": "verglichen mit",
    "group_id": "Vergleichsgruppe", "example": "Beispielwert", "as_of": "Stand",
    "provisional": "vorläufig", "every_min": "Bericht alle (mindestens, Jahre)",
    "every_max": "Bericht alle (höchstens, Jahre)", "last_report_text": "letzter Bericht",
    "last_report": "letzter Bericht (Tag)", "basis": "Grundlage",
}
#: Where a column means something else in one table ("Titel" of a Section is its heading).
COLUMN_NAMES_IN = {
    "monitoring_group": {"indicator_id": "Kennzahl"},
    "document_part": {"title": "Überschrift"},
    "plan_step": {"title": "Schritt", "responsible": "Wer"},
    "submission": {"financial": "Finanzielle Auswirkungen (Erläuterung)"},
}


def column_name(table: str, column: str) -> str:
    """A column's German name in the Änderungsprotokoll and in ``check``."""
    return COLUMN_NAMES_IN.get(table, {}).get(column) or COLUMN_NAMES.get(column, column)


E_MEANING_LOG_TABLE = "„{value}“ ist keine Tabelle dieses Programms (oder „*“ für einen Bestand)."
E_MEANING_LOG_BASELINE = ("Ein Bestand (action „baseline“) gilt der ganzen Datei (table_name „*“), "
                          "jede andere Änderung einer Tabelle.")
LOG_YES, LOG_NO = "ja", "nein"
LOG_INSERTED = "angelegt"
LOG_DELETED = "gelöscht"
LOG_UNCHANGED = "geändert"
LOG_UNDO = "Rückgängig"
LOG_REDO = "Wiederholen"
LOG_BASELINE = "Bestand übernommen"
LOG_BASELINE_COUNT = "Bestand übernommen: {n} Einträge ohne frühere Geschichte im Protokoll"
LOG_BASELINE_ONE = "Bestand übernommen: 1 Eintrag ohne frühere Geschichte im Protokoll"
LOG_NUMBERED = "{kind} Nr. {id}"
LOG_DOT_FOR = "Punkt für „{topic}“"
LOG_DOT_BY = "Punkt von {person} für „{topic}“"
LOG_EMPTY = "Keine Einträge."
LOG_WHOLE = "ganzer Prozess"
LOG_FILTERED = "Filter „{text}“"
LOG_SINCE = "seit {date}"
LOG_MORE_ROW = "… ältere Einträge laden (Enter)"
LOG_FILTER_PLACEHOLDER = "Filter: Text eingeben (Objekt, Person, Wert), Enter übernimmt, Esc hebt auf"
LOG_SINCE_PROMPT = "Einträge seit welchem Tag? (z. B. 01.03.2011; leer = alle)"
LOG_HINT = ("↑ ↓ wählen · Enter Geschichte dieses Objekts · / Filter · s seit · "
            "a ganzer Prozess/Auswahl · Esc zurück")
KEY_LOG_OPEN = "Geschichte dieses Objekts"
KEY_LOG_FILTER = "Filter"
KEY_LOG_SINCE = "Seit Datum"
KEY_LOG_WHOLE = "Ganzer Prozess / Auswahl"
LOG_NONE_MATCH = "Keine Einträge für diese Auswahl."
LOG_BAD_SINCE = "„{text}“ ist kein lesbares Datum für --seit. Möglich ist z. B. 01.03.2011."
CHECK_MISSING = ("Änderungsprotokoll: Eintrag Nr. {first} fehlt (gelöscht); die Kette der "
                 "Prüfsummen bricht dort.")
CHECK_MISSING_MANY = ("Änderungsprotokoll: die Einträge Nr. {first} bis {last} fehlen (gelöscht); "
                      "die Kette der Prüfsummen bricht dort.")
CHECK_ALTERED = ("Änderungsprotokoll: Eintrag Nr. {first} wurde außerhalb der Anwendung "
                 "verändert (die Prüfsumme stimmt nicht).")
CHECK_UNSEALED = ("Änderungsprotokoll: Eintrag Nr. {first} hat keine Prüfsumme (außerhalb der "
                  "Anwendung eingefügt).")
CHECK_CHANGED = "Außerhalb der Anwendung geändert: {what} – {columns}."
CHECK_CHANGED_COLUMN = "{column}: gespeichert {stored}, laut Änderungsprotokoll {logged}"
CHECK_CHANGED_BASELINE = "Außerhalb der Anwendung geändert: {what} (weicht vom übernommenen Bestand ab)."
CHECK_ADDED = "Außerhalb der Anwendung angelegt: {what}."
CHECK_REMOVED = "Außerhalb der Anwendung gelöscht: {what}."
#: Follows CHECK_OK on the same line when the log was checked (a file of the current schema).
CHECK_LOG_OK = " Änderungsprotokoll lückenlos, {entries}."

#: (one, several): "1 Eintrag", "46.231 Einträge".
ENTRY_WORDS = ("Eintrag", "Einträge")
CHECK_OUTSIDE_WORDS = ("Abweichung", "Abweichungen")
CHECK_OUTSIDE = ("{db}: {count} vom Änderungsprotokoll – die Datei wurde außerhalb der Anwendung "
                 "verändert.")

# -- beamer ---------------------------------------------------------------------
BEAMER_TITLE = "Beamer"
BEAMER_TIED = VOTE_TIED
BEAMER_CLOSED = "geschlossen"
BEAMER_NO_TOPICS = "Noch keine Themen – die Moderation legt sie an."
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
DOC_TIED_ORDER = ("Bei gleicher Punktzahl teilen sich die Themen den Rang und stehen in der "
                  "Reihenfolge der Nennung.")
DOC_AND = "und"
DOC_AS_OF = "Stand"
DOC_UNKNOWN_KIND = "Eine Dokumentart „{kind}“ gibt es nicht. Möglich ist: {kinds}."
DOC_NO_VOTE = "In „{path}“ gibt es noch keine Punktabfrage; es gibt nichts zu exportieren."
DOC_VOTE_MISSING = "Eine Punktabfrage Nr. {vote} gibt es nicht. Vorhanden: {votes}."
DOC_OLD_SCHEMA = ("„{path}“ hat ein älteres Schema ({version}). Bitte die Datei einmal mit "
                  "„steuerung open {path}“ öffnen – sie wird dabei aktualisiert – und dann exportieren.")

# -- attainment (Zielerreichung, Ampel) ----------------------------------------
LIGHTS = {"green": "grün", "yellow": "gelb", "red": "rot", "grey": "grau",
          "no_indicator": "ohne Indikator"}
ATT_NO_DATA = "keine Daten: noch kein Messwert"
ATT_NO_TARGET = "kein Ausgangs- oder Zielwert: nicht berechenbar"
ATT_REACHED = "Meilenstein erreicht = 100 %"
ATT_NOT_REACHED = "Meilenstein offen = 0 %"
ATT_MAINTAIN = "{how}: {current} gegenüber Ausgangswert {baseline} – {verdict}"
ATT_HOLDS = "gehalten = 100 %"
ATT_NOT_HELD = "nicht gehalten = 0 %"
ATT_EXPECTED = "Soll heute {pct}"
ATT_NO_DEADLINE = "ohne Frist: Soll 100 %"
ATT_MILESTONE_OPEN = "Meilenstein offen, Frist läuft bis {date}"
ATT_WRONG_DIRECTION = "Entwicklung in die falsche Richtung"
ATT_OVERDUE = "Frist {date} verstrichen, Ziel nicht erreicht"
ATT_ROLLUP = "Mittel aus {parts}: {mean}; schlechteste Ampel → {light}"
COL_GUIDING_SHORT = "LZ"
COL_ANNUAL_GOAL = "Jahresziel"
COL_LIGHT = "Ampel"
COL_ATTAINMENT = "Erreichung"
COL_EXPECTED = "Soll"
COL_LAST_READING = "Letzter Messwert"
COL_DEADLINE = "Frist"
COL_RESPONSIBLE = "Verantwortlich"
OVERDUE_MARK = "(überfällig)"
STATUS_TITLE = "Sachstand {year} – Stichtag {stichtag}"
STATUS_TITLE_REVIEW = "Sachstand {year} – {label} (eingefroren am {frozen})"
STATUS_NO_GOALS = "Für {year} gibt es keine Jahresziele. Vorhanden: {years}."
IMPORT_PLANNED = "{n} Messwert(e) aus „{path}“:"
IMPORT_DONE = "{n} Messwert(e) übernommen."
IMPORT_DRY = "Probelauf: nichts übernommen (ohne --dry-run werden sie übernommen)."
SACHSTAND_TITLE = "Sachstand"
SACHSTAND_HEAD = "Sachstand {year} · Stichtag {stichtag}{filters} · {goals}"
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
READING_VALUE = "Wert (z. B. 12,5 oder 1.200)"
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
KEY_FREEZE = "Einfrieren"
KEY_REVIEWS = "Eingefrorene Prüfung"
KEY_LIVE = "Aktueller Stand"
KEY_READING = "Messwert erfassen"
KEY_CORRECT = "Messwert korrigieren"
KEY_NOTE = "Notiz"
YEAR_END = "Ende {year}"
COL_FIELD_ATTAINMENT = "Stand {year}"
COL_LIGHTS = "Ampeln"  # counts of Jahresziele; short, so the Leitziel line fits at 120 columns
GUIDING_ROLLUP = "LZ {n}: {pct}"
# --- monitoring (issue 18) ---
#: Level of a Kennzahl (seed 001: indicators of the Bund, of NRW and of Münster).
LEVELS = {"local": "Kommune", "state": "Land", "federal": "Bund"}
#: Status of a Masterplan step.
PLAN_STATES = {"open": "offen", "in_progress": "in Arbeit", "done": "erledigt",
               "deferred": "zurückgestellt"}
#: Vergleichsgruppen a new Kennzahl starts with (the choice in its form).
GROUP_PRESETS = {
    "mit_ohne_insgesamt": ("mit Migrationsvorgeschichte", "ohne Migrationsvorgeschichte",
                           "insgesamt"),
    "mit_ohne": ("mit Migrationsvorgeschichte", "ohne Migrationsvorgeschichte"),
    "mit": ("mit Migrationsvorgeschichte",),
    "insgesamt": ("insgesamt",),
    "none": (),
}
GROUP_PRESET_NAMES = {"mit_ohne_insgesamt": "mit / ohne Migrationsvorgeschichte, insgesamt",
                      "mit_ohne": "mit / ohne Migrationsvorgeschichte",
                      "mit": "nur mit Migrationsvorgeschichte", "insgesamt": "nur insgesamt",
                      "none": "keine (selbst anlegen)"}
MON_POINTS = "Prozentpunkte"
MON_POINT = "Prozentpunkt"
MON_POINTS_SHORT = "Pp."
MON_YEARLY = "jährlich"
MON_EVERY = "alle {n} Jahre"
MON_TITLE = "Monitoring"
MON_POPULATION = "Bevölkerung"
MON_NO_FIELD = "ohne Handlungsfeld"
MON_NONE = "Noch keine Kennzahl – n legt die erste an (am besten für ein Handlungsfeld)."
MON_HINT = ("Enter bearbeiten · Entf löschen · b Bevölkerung · t Berichtsturnus · "
            "Umschalt+↑/↓ verschieben · F1 alle Tasten")
MON_DEFINITION = "Definition"
MON_SOURCE = "Datenquelle"
MON_PERIODICITY = "Turnus"
MON_LEVEL = "Ebene"
MON_UNIT = "Einheit"
MON_YEAR = "Jahr"
MON_GAP = "Abstand {pair}"
MON_NO_VALUES = "Noch keine Werte – w erfasst die Werte eines Jahres."
MON_NO_GROUPS = "Noch keine Vergleichsgruppe – g legt eine an (z. B. mit Migrationsvorgeschichte)."
MON_GROUPS = "Vergleichsgruppen"
MON_COMPARED = "verglichen mit {name}"
MON_TREND = "Verlauf"
MON_SINCE_YEAR = "± seit {year}"
MON_DIRECTION = "Richtung"
MON_GAP_WORDS = {"closing": "kleiner", "widening": "größer", "flat": "gleich", "single": "–"}
MON_EXAMPLE_MARK = "*"
MON_EXAMPLE_NOTE = "* Beispielwert (kein erhobener Wert)"
MON_TREND_LINE = "{group}: {first} ({first_year}) → {last} ({last_year}), {change} seit {first_year}"
MON_TREND_PREVIOUS = ", {change} seit {year}"
MON_TREND_SINGLE = "{group}: {last} ({last_year}), nur ein Jahr"
MON_DIRECTIONS = {"up": "steigend", "down": "fallend", "flat": "unverändert", "single": "–"}
MON_GAP_DIRECTIONS = {"closing": "Abstand kleiner geworden", "widening": "Abstand größer geworden",
                      "flat": "Abstand unverändert", "single": "nur ein Jahr"}
MON_GAP_LINE = "{gap}: {first} ({first_year}) → {last} ({last_year}) – {verdict}"
MON_CYCLE_NONE = "Kein Berichtsturnus festgelegt – t legt ihn fest (z. B. alle 2–3 Jahre)."
MON_CYCLE_LINE = "Bericht {every}"
MON_LAST_REPORT = "letzter Bericht {date}"
MON_NEXT_DUE = "nächster Bericht fällig {when}"
MON_DUE_RANGE = "{earliest} bis {latest}"
MON_NEXT_STATE = {"ahead": "", "due": " – jetzt fällig", "overdue": " – überfällig"}
MON_NO_LAST = "noch kein Bericht erschienen"
MON_POP_NONE = "Noch keine Bevölkerungszahlen – w erfasst eine."
MON_POP_AS_OF = "Stand {date}"
MON_POP_PROVISIONAL = "vorläufig"
MON_POP_SHARE = "ca. {pct} %"
MON_POP_COUNT = "Anzahl"
MON_POP_SHARE_HEAD = "Anteil"
# forms
MON_IND_NEW = "Neue Kennzahl"
MON_F_NAME = "Name, z. B. Tagesbetreuung der Kinder von 3 bis 6 Jahren"
MON_F_FIELD = "Handlungsfeld"
MON_F_FIELD_NONE = "– ohne Handlungsfeld –"
MON_F_GUIDING = "Leitziel (optional; eines des Handlungsfelds)"
MON_F_GUIDING_NONE = "– kein Leitziel –"
MON_F_DEFINITION = "Definition / Berechnung"
MON_F_UNIT = "Einheit (% = Anteil: Abstand in Prozentpunkten; sonst z. B. Kinder, Jahre)"
MON_F_SOURCE = "Datenquelle, z. B. Amt für Statistik, Schuleingangsuntersuchung"
MON_F_PERIODICITY = "Turnus, z. B. jährlich"
MON_F_LEVEL = "Ebene"
MON_F_NOTE = "Bemerkung"
MON_F_GROUPS = "Vergleichsgruppen zum Start"
MON_GROUP_NEW = "Neue Vergleichsgruppe zu „{indicator}“"
MON_GROUP_EDIT = "Vergleichsgruppe bearbeiten"
MON_F_GROUP_NAME = "Name, z. B. mit Migrationsvorgeschichte"
MON_F_REFERENCE = "verglichen mit (für den Abstand)"
MON_F_REFERENCE_NONE = "– mit keiner Gruppe –"
MON_YEAR_NEW = "Werte eines Jahres: „{indicator}“"
MON_YEAR_EDIT = "Werte {year}: „{indicator}“"
MON_F_YEAR = "Jahr, z. B. 2011"
MON_F_VALUE = "{group} ({unit}; leer = kein Wert)"
MON_F_VALUE_PLAIN = "{group} (leer = kein Wert)"
MON_F_VALUE_SOURCE = "Quelle (für alle Werte dieses Jahres)"
MON_F_VALUE_NOTE = "Notiz"
MON_F_EXAMPLE = "Beispielwert (kein erhobener Wert)"
MON_POP_NEW = "Neue Bevölkerungszahl"
MON_POP_EDIT = "Bevölkerungszahl bearbeiten"
MON_F_POP_LABEL = "Bezeichnung, z. B. Wohnberechtigte Bevölkerung"
MON_F_POP_VALUE = "Zahl, z. B. 281.050"
MON_F_POP_AS_OF = "Stand (Datum, z. B. 29.02.2012; optional)"
MON_F_POP_PROVISIONAL = "vorläufig"
MON_F_POP_SOURCE = "Quelle (optional)"
MON_F_POP_NOTE = "Notiz (optional)"
MON_CYCLE_FORM = "Berichtsturnus"
MON_F_EVERY = "Bericht alle … Jahre, z. B. 2 oder 2–3"
MON_F_LAST_REPORT = "Letzter Bericht (z. B. 2012, Juni 2012, 30.06.2012; leer = noch keiner)"
MON_F_BASIS = "Grundlage, z. B. Ratsbeschluss"
MON_SAVED_YEAR = "Werte {year} gespeichert."
MON_DELETE_INDICATOR = "Kennzahl „{name}“ löschen? Es gehen mit: {contents}."
MON_DELETE_GROUP = "Vergleichsgruppe „{name}“ mit {values} löschen?"
MON_DELETE_YEAR = "Alle Werte {year} von „{indicator}“ löschen ({values})?"
MON_DELETE_POPULATION = "Bevölkerungszahl „{label}“ ({year}) löschen?"
MON_VALUES = ("Wert", "Werte")
MON_GROUPS_WORDS = ("Vergleichsgruppe", "Vergleichsgruppen")
MON_YEAR_NEW_OPTION = "Neues Jahr …"
MON_GROUP_NEW_OPTION = "Neue Vergleichsgruppe …"
MON_POP_NEW_OPTION = "Neue Bevölkerungszahl …"
MON_DELETE_WHAT = "Was soll gelöscht werden?"
MON_DELETE_INDICATOR_OPTION = "Kennzahl „{name}“ mit Gruppen und Werten"
MON_DELETE_YEAR_OPTION = "Werte {year}"
MON_DELETE_GROUP_OPTION = "Vergleichsgruppe „{name}“ mit ihren Werten"
MON_MIXED_SOURCES = ("Die Werte dieses Jahres haben unterschiedliche Quellen oder Notizen: "
                     "Quelle und Notiz leer lassen behält sie.")
MON_UNLINK_KENNZAHLEN = "{n} Kennzahl(en) des Monitorings bleiben, verlieren aber ihre Verknüpfung"
MON_CHOOSE_INDICATOR = "Bitte zuerst eine Kennzahl wählen (oder mit n eine anlegen)."
# errors
MON_E_NAME = "Bitte einen Namen für die Kennzahl eingeben, z. B. „Tagesbetreuung (3 bis 6 Jahre)“."
MON_E_GROUP_NAME = "Bitte einen Namen für die Vergleichsgruppe eingeben, z. B. „insgesamt“."
MON_E_GROUP_TWICE = "Die Vergleichsgruppe „{name}“ gibt es bei dieser Kennzahl schon."
MON_E_REFERENCE_SELF = "Eine Gruppe kann nicht mit sich selbst verglichen werden."
MON_E_GUIDING_FIELD = ("Das Leitziel gehört zu einem anderen Handlungsfeld; bitte ein Leitziel "
                       "des gewählten Handlungsfelds oder keines wählen.")
MON_E_NO_GROUPS = "Die Kennzahl hat noch keine Vergleichsgruppe; bitte zuerst eine anlegen (g)."
MON_E_YEAR_EXISTS = ("Für {year} gibt es schon Werte. Bitte w drücken und {year} wählen, um "
                     "sie zu ändern.")
MON_E_NO_VALUE = "Bitte mindestens einen Wert eingeben, z. B. 12,5."
MON_E_BOUNDS = "{value} liegt außerhalb des erlaubten Bereichs (Beträge unter 1 Billion)."
MON_E_CYCLE = ("„{text}“ ist kein Berichtsturnus. Bitte die Jahre angeben, z. B. 2 oder 2–3 "
               "(1 bis 10 Jahre).")
MON_E_POP_LABEL = "Bitte eine Bezeichnung eingeben, z. B. „Wohnberechtigte Bevölkerung“."
# Masterplan
PLAN_TITLE = "Masterplan"
PLAN_NONE = "Noch kein Schritt – n legt den ersten an."
PLAN_HINT = ("n neuer Schritt · Enter bearbeiten · Leertaste Status weiter · Umschalt+↑/↓ "
             "verschieben · Entf löschen · Esc zurück")
PLAN_NEW = "Neuer Schritt des Masterplans"
PLAN_EDIT = "Schritt {n} bearbeiten"
PLAN_F_TITLE = "Schritt, z. B. Bestandsaufnahme in der Verwaltung"
PLAN_F_RESPONSIBLE = "Wer (verantwortlich)"
PLAN_F_DUE = "Bis wann (z. B. Ende 2010, Herbst 2011, 30.06.2011; leer = offen)"
PLAN_F_STATUS = "Status"
PLAN_F_RESULT = "Ergebnis (wahrnehmbar; optional)"
PLAN_DELETE = "Schritt {n} „{title}“ löschen?"
PLAN_E_TITLE = "Bitte den Schritt benennen, z. B. „Ziele identifizieren“."
PLAN_STATUS_DONE = "Schritt {n}: {status}"
PLAN_LINE = "Masterplan: {summary}"
PLAN_STEP_WORDS = ("Schritt", "Schritte")
PLAN_LINE_NEXT = " · als Nächstes: {n}. {title}"
PLAN_DUE = "bis {due}"
PLAN_RESULT = "Ergebnis: {result}"
KEY_MONITORING = "Monitoring"
KEY_NEW_INDICATOR = "Neue Kennzahl"
KEY_YEAR_VALUES = "Werte eines Jahres"
KEY_NEW_GROUP = "Vergleichsgruppe anlegen"
KEY_POPULATION = "Bevölkerungszahl erfassen"
KEY_REPORT_CYCLE = "Berichtsturnus"
KEY_MASTERPLAN = "Masterplan"
KEY_NEW_STEP = "Neuer Schritt"
KEY_STEP_STATUS = "Status weiter"
# documents
DOC_MONITORING = "Monitoringbericht"
DOC_MONITORING_FILE = "monitoringbericht"
DOC_MONITORING_TITLE = "Monitoringbericht: {process}"
DOC_MASTERPLAN = "Masterplan"
DOC_MASTERPLAN_FILE = "masterplan"
DOC_MASTERPLAN_TITLE = "Masterplan: {process}"
DOC_DATA_YEAR = "Datenstand {year}"
DOC_PLAN_STAND = "Stand"
DOC_POPULATION = "Bevölkerung"
DOC_KENNZAHLEN_NONE = "Noch keine Kennzahlen erfasst."
DOC_NEXT_REPORT = "Berichtsturnus und nächster Bericht"
DOC_LAST_REPORT = "Letzter Bericht"
DOC_NEXT_DUE = "Nächster Bericht fällig"
DOC_REPORT_CYCLE = "Berichtsturnus"
DOC_STEP = "Schritt"
DOC_STEP_NR = "Nr."
DOC_NO_MONITORING = ("In „{path}“ gibt es noch keine Kennzahl und keine Bevölkerungszahl; "
                     "es gibt keinen Monitoringbericht zu schreiben.")
DOC_NO_MASTERPLAN = "In „{path}“ gibt es noch keinen Masterplan; bitte zuerst Schritte anlegen."
DOC_NEED_STICHTAG = ("Der Bericht braucht ein Datum: bitte --stichtag TT.MM.JJJJ angeben "
                     "(ohne Werte gibt es kein letztes Datenjahr).")
DOC_NO_VALUES = "Noch keine Werte."
DOC_NO_CYCLE = "Kein Berichtsturnus festgelegt."
IMPORT_MON_PLANNED = "{n} Monitoringwert(e) aus „{path}“:"
IMPORT_MON_DONE = "{n} Monitoringwert(e) übernommen."
DOC_WORKSHOP = "Workshop-Dokumentation"
DOC_WORKSHOP_FILE = "workshop-dokumentation"
DOC_GUIDING = "Leitziel"
DOC_MEASURES = "Maßnahmen"
DOC_HINTS = "Was bei der Umsetzung berücksichtigt werden sollte"
DOC_COMPOSITION = "Zusammensetzung"
DOC_ACTORS = "Akteure"
DOC_PERSONS = "Personenanzahl"
DOC_TOTAL_SEATS = "gesamt"
DOC_COMMITTEE_TASKS = "Aufgaben und Ziele"
DOC_RESOLUTIONS = "Beschlüsse"
DOC_STATUS = "Sachstandsbericht"
DOC_STATUS_FILE = "sachstandsbericht"
DOC_STATUS_TITLE = "Sachstandsbericht {year}: {process}"
DOC_STICHTAG = "Stichtag"
DOC_REVIEW = "Eingefrorene Prüfung"
DOC_OVERDUE = "Überfällig"
DOC_DEADLINE_SHORT = "Frist"
DOC_WORST = "schlechteste Ampel"
DOC_NOTE = "Sachstand"
EXPORT_TITLE = "Dokumente"
EXPORT_HINT = ("↑/↓ Dokument wählen · 1–5 Formate ein/aus · w: schreiben · h: Markdown und HTML · "
               "g: Gliederung · Esc: zurück")
EXPORT_WRITTEN = "Geschrieben: {paths}"
EXPORT_REVIEW = "Sachstandsbericht {year} – {label}"
EXPORT_YEAR = "Sachstandsbericht {year} (Stand heute)"
KEY_EXPORT_MD = "Markdown schreiben"
KEY_EXPORT_HTML = "Markdown + HTML"
KEY_DOCUMENTS = "Dokumente"
# --- documents: outline, Sections, workshop documentation (issue 13) ---
#: Default headings of the generated parts of the workshop documentation.
OUTLINE_PARTS = {"vision": "Leitbild", "priorities": "Themenprioritäten",
                 "cycle": "Strategiezirkel", "phases": "Phasen der Handlungsfelder",
                 "seats": "Zusammensetzung: {name}", "tasks": "Aufgaben und Ziele: {name}",
                 "resolutions": "Beschlüsse", "recommendations": "Handlungsempfehlungen"}
OUTLINE_FIELD = "Handlungsfeld {name}"
#: (singular, plural) of the lists under a Leitziel: "Jahresziel:" for one, "Jahresziele:" for two.
DOC_LISTS = {"annual": ("Jahresziel", "Jahresziele"), "indicator": ("Indikator", "Indikatoren"),
             "measure": ("Maßnahme", "Maßnahmen")}
DOC_HINTS_MEASURES = ("Was bei der Umsetzung der Maßnahme berücksichtigt werden sollte",
                      "Was bei der Umsetzung der Maßnahmen berücksichtigt werden sollte")
DOC_DEADLINE_SUFFIX = " (Frist: {deadline})"
DOC_ADOPTED = "Beschlossen am {date} von {by}."
DOC_RESOLUTION_BY = "{committee}, {date}"
#: The Strategiezirkel as the seed's moderator drew it: evaluation leads back to the measures.
CYCLE_STEPS = ("Leitbild", "Ziele", "Ist-Analyse", "Handlungskonzepte", "Maßnahmen", "Evaluation")
CYCLE_BACK = "je nach Ergebnis: Maßnahmen hinterfragen, nachbessern, verändern oder verstärken"
ATT_PARTS = ("Teil", "Teilen")
E_SECTION_EMPTY = ("Bitte eine Überschrift oder einen Text für den Abschnitt eingeben – ein leerer "
                   "Abschnitt wird nicht gespeichert.")
E_SECTION_NOT_PART = ("Das geht nur mit einem erzeugten Teil (Themenprioritäten, Handlungsfeld …); "
                      "einen Abschnitt bitte mit Enter bearbeiten oder mit Entf löschen.")
E_PART_NOT_SECTION = ("Ein erzeugter Teil kann nicht gelöscht werden; mit der Leertaste wird er "
                      "ausgelassen.")
OUTLINE_TITLE = "Gliederung der Workshop-Dokumentation"
OUTLINE_HEAD = "Titel: {title}"
OUTLINE_LEFT_OUT = "ausgelassen"
OUTLINE_EMPTY = "ohne Inhalt"
OUTLINE_NO_HEADING = "ohne Überschrift"
OUTLINE_SECTION = "Abschnitt"
OUTLINE_HINT = ("Enter bearbeiten · n neuer Abschnitt darunter · Umschalt+↑/↓ verschieben · "
                "Leertaste aufnehmen/auslassen · Entf Abschnitt löschen · t Titel · Esc zurück")
OUTLINE_PREVIEW_EMPTY = "Dieser Teil hat noch keinen Inhalt und erscheint nicht im Dokument."
OUTLINE_PREVIEW_LEFT_OUT = "Ausgelassen – erscheint nicht im Dokument (Leertaste nimmt ihn auf)."
OUTLINE_HEADING_PROMPT = "Überschrift für „{part}“ (leer = ohne Überschrift)"
OUTLINE_TITLE_PROMPT = "Titel des Dokuments (leer = „{default}“)"
OUTLINE_MOVED = "Verschoben: {what}"
SECTION_NEW = "Neuer Abschnitt"
SECTION_EDIT = "Abschnitt bearbeiten"
SECTION_TITLE = "Überschrift (optional)"
SECTION_TEXT = "Text (Markdown: Listen, **fett**, Tabellen)"
SECTION_HINT = "Strg+S speichern · Tab nächstes Feld · Esc zurück (fragt bei Ungespeichertem)"
SECTION_SAVED = "Abschnitt gespeichert."
SECTION_DELETE = "Abschnitt „{title}“ löschen? Sein Text geht verloren."
SECTION_DELETED = "Abschnitt gelöscht."
SECTION_UNSAVED = "Die Änderungen am Abschnitt sind nicht gespeichert. Verwerfen?"
KEY_OUTLINE = "Gliederung"
KEY_NEW_SECTION = "Neuer Abschnitt"
KEY_INCLUDE = "Aufnehmen/auslassen"
KEY_DOC_TITLE = "Titel des Dokuments"
KEY_MOVE_PART_UP = "Teil nach oben schieben"
KEY_MOVE_PART_DOWN = "Teil nach unten schieben"
F_EFFECT = "Wirkung der Maßnahmen"
GOALS_LINK_CHOICE = "{field}, Leitziel {number}: {text}"
GOALS_LINK_CHOOSE = "„{name}“ zählt auch für welches Jahresziel?"
GOALS_LINK_NONE = "Es gibt kein weiteres Jahresziel desselben Jahres, dem der Indikator dienen könnte."
GOALS_LINK_ONLY = "Zuordnen geht nur mit einem Indikator; bitte einen wählen."
GOALS_LINKED = "„{name}“ zählt jetzt auch für „{goal}“."
GOALS_LINK_NOTE = ("„{name}“ gehört zum Jahresziel „{goal}“ und zählt hier mit (Sachstand, Dokumente). "
                   "Enter: zum Indikator · Entf: Zuordnung lösen")
GOALS_LINK_TITLE = "Indikator (zugeordnet)"
GOALS_LINK_TAIL = " · zugeordnet"
GOALS_UNLINK = "Zuordnung lösen: „{name}“ zählt dann nicht mehr für dieses Jahresziel?"
GOALS_UNLINKED = "Zuordnung gelöst."
E_LINK_EXISTS = "Der Indikator „{name}“ zählt für dieses Jahresziel schon."
KEY_LINK_INDICATOR = "Indikator auch einem anderen Jahresziel zuordnen"


def numbered(n: int, words: tuple[str, str]) -> str:
    """"1 Jahresziel", "2 Jahresziele" — ``words`` is (singular, plural)."""
    return f"{n} {words[0] if n == 1 else words[1]}"


# --- formats and charts (issue 15) ---
FORMAT_NAMES = {"md": "Markdown", "html": "HTML", "pdf": "PDF", "docx": "Word (DOCX)",
                "odt": "ODT"}
FORMAT_UNKNOWN = ("Ein Format „{name}“ gibt es nicht. Möglich sind: {formats} "
                  "(mehrere mit Komma, z. B. --format md,pdf).")
FORMAT_EMPTY = "Bitte mindestens ein Format angeben, z. B. --format md,pdf."
FORMAT_MISSING = ("Für {format} fehlt das Paket „{package}“. Bitte die Installation wiederholen: "
                  "python -m pip install -e .")
FORMAT_NO_PANGO = ("Für PDF braucht WeasyPrint die Systembibliothek Pango, die hier fehlt ({error}). "
                   "Unter Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0")
FORMAT_PANDOC_FAILED = "pandoc konnte kein {format} erzeugen: {error}"
PDF_PAGE_OF = "Seite {page} von {pages}"
CHART_LIGHTS = "Ampeln der Jahresziele je Handlungsfeld"
CHART_GOALS = "Zahl der Jahresziele"
CHART_BASELINE = "Ausgangswert {value} (gestrichelt)"
CHART_TARGET = "Zielwert {value} (gepunktet)"
CHART_LAST = "zuletzt {value} am {date}"
CHART_PERIOD = "{n} Werte {first}–{last}"
CHART_ONE_VALUE = "1 Wert"
CHART_TRENDS_CAPPED = ("Verläufe für {n} der {total} Indikatoren mit Messwerten: die der Jahresziele "
                       "mit der schlechtesten Ampel zuerst; alle Verläufe zeigt der Sachstand in "
                       "steuerung.")
CHART_SERIES = "Verlauf {first}–{last}{unit}"
CHART_SERIES_GROUP = "{group} – {colour}, {line}, {marker}"
#: Words for the colour, line and marker of the n-th group of a Kennzahl's chart (series_chart).
CHART_STYLE_WORDS = (("blau", "orangerot", "grün", "violett", "orange", "hellblau", "schwarz"),
                     ("durchgezogen", "gestrichelt", "gepunktet", "Strich-Punkt"),
                     ("Kreise", "Quadrate", "Dreiecke", "Rauten"))
CHART_LEGEND = ("Verlauf: durchgezogene Linie = Messwerte, Punkt = letzter Wert, gestrichelt = "
                "Ausgangswert, gepunktet = Zielwert.")
EXPORT_FORMATS = "Formate (1–5 ein/aus): {choices}"
EXPORT_WORKING = "Wird geschrieben: {formats} …"
EXPORT_NO_FORMAT = "Kein Format gewählt: bitte mit 1–5 mindestens eines einschalten."
KEY_EXPORT_WRITE = "Schreiben"
KEY_FORMAT = "Format ein/aus"
FORMATS_DIALOG = "Vorlage schreiben – Formate wählen"
FORMATS_DIALOG_HINT = "1–5: Format ein/aus · Enter: schreiben · Esc: abbrechen"
DETAIL_TRENDS = "Verlauf"
DETAIL_TREND_READINGS = "Messwerte"
DETAIL_TREND_BASELINE = "Ausgangswert {value}"
DETAIL_TREND_TARGET = "Zielwert {value}"

CONSULTATION_ROLES = {"preliminary": "Vorberatung", "decision": "Entscheidung",
                      "information": "Kenntnisnahme"}
DOC_SUBMISSION_FILE = "vorlage"
DOC_SUB_NUMBER = "Vorlagen-Nr."
DOC_SUB_KIND = "Vorlagenart"
DOC_SUB_DATE = "Datum"
DOC_SUB_LEAD = "federführend"
DOC_CONSULTATION = "Beratungsfolge"
DOC_COMMITTEE = "Gremium"
DOC_RESPONSIBILITY = "Zuständigkeit"
DOC_RESULT = "Ergebnis"
DOC_PROPOSAL = "Beschlussvorschlag"
DOC_REASONING = "Sachdarstellung / Begründung"
DOC_FINANCIAL = "Finanzielle Auswirkungen"
DOC_ATTACHMENTS = "Anlagen"
DOC_NONE = "keine"
DOC_ATTAINMENT = "Stand der Zielerreichung"
DOC_COMPOSITION_OF = "Zusammensetzung: {name}"
DOC_VISION_OF = "Leitbild ({label})"
DOC_NO_SUBMISSION = "In „{path}“ gibt es noch keine Vorlage; bitte zuerst eine anlegen."
DOC_SUBMISSION_MISSING = "Eine Vorlage Nr. {id} gibt es nicht. Vorhanden: {ids}."
SUBMISSIONS_TITLE = "Vorlagen"
SUBMISSIONS_NEW = "Neue Vorlage …"
SUBMISSIONS_HINT = ("Enter: bearbeiten · n: neu · e: schreiben (Formate wählen: Markdown, HTML, PDF, "
                    "DOCX, ODT) · u: Unterschrift · Entf: löschen · Esc: zurück")
SUBMISSION_FORM_HINT = ("Strg+S: speichern · Strg+B: Beratungsfolge ergänzen · Tab: nächstes Feld · "
                        "Esc: zurück (fragt bei ungespeicherten Änderungen)")
SUBMISSION_SAVED = "Vorlage gespeichert."
SUBMISSION_DELETE = "Vorlage „{subject}“ mit {n} Zeile(n) Beratungsfolge löschen?"
SUBMISSION_DISCARD = "Ungespeicherte Änderungen verwerfen?"
SUB_LABELS = {"number": "Vorlagen-Nr.", "kind": "Vorlagenart", "date": "Datum (TT.MM.JJJJ)",
              "lead_office": "federführend", "clerk": "Sachbearbeitung", "subject": "Betreff",
              "proposal": ("Beschlussvorschlag (Berichtsvorlage: leer = „Der Bericht wird zur "
                           "Kenntnis genommen.“; Mitteilung: ohne)"),
              "financial": "Finanzielle Auswirkungen: Erläuterung (Markdown)",
              "attachments": "Anlagen (eine je Zeile)",
              "reasoning": "Sachdarstellung / Begründung (eigener Text, Markdown; steht vor den "
                           "erzeugten Teilen)",
              "stichtag": "Stichtag der Daten (leer = Datum der Vorlage)",
              "parts": "Erzeugte Teile der Sachdarstellung",
              "financial_effects": "Finanzielle Auswirkungen (aus = keine)",
              "budget_year": "Haushaltsjahr", "budget_product": "Produkt / Kostenstelle",
              "budget_expense": "Aufwand (Art)", "budget_amount": "Betrag in €",
              "public": "öffentlich"}
CONSULT_FORM = "Beratungsfolge ergänzen"
CONSULT_COMMITTEE = "Gremium"
CONSULT_DATE = "Termin (TT.MM.JJJJ, optional)"
CONSULT_ROLE = "Zuständigkeit"
KEY_SAVE_FORM = "Speichern"
KEY_CONSULT = "Beratungsfolge"
KEY_SUBMISSIONS = "Vorlagen"
KEY_EDIT = "Bearbeiten"
KEY_NEW_SUBMISSION = "Neue Vorlage"
# --- numbers, bounds, load, CSV (issue 11) ---
E_LINE = "Zeile {line}: {message}"
E_NUM_NOT = ("„{text}“ ist keine Zahl. Bitte eine Zahl eingeben, z. B. 12,5 oder 1.200 "
             "(Komma als Dezimalzeichen; Punkt oder Leerzeichen zwischen Tausendern).")
E_NUM_MIXED = ("„{text}“ mischt Punkt und Komma, wie es im Deutschen nicht geschrieben wird. "
               "Bitte deutsch schreiben (1.234,5) oder ohne Tausenderpunkte (1234,5).")
E_NUM_EMPTY = "Bitte eine Zahl eingeben, z. B. 12,5 oder 1.200."
E_NUM_EMPTY_WHOLE = "Bitte eine ganze Zahl eingeben, z. B. {example}."
E_NUM_NOT_WHOLE = "„{text}“ ist keine ganze Zahl. Bitte eine ganze Zahl eingeben, z. B. {example}."
E_NUM_TOO_BIG = ("„{text}“ ist zu groß. Zahlen müssen betragsmäßig unter {max} (10¹²) liegen "
                 "und endlich sein.")
E_NUM_RANGE = "„{text}“ ist {word}. Möglich sind ganze Zahlen {span}."
NUM_TOO_BIG = "zu groß"
NUM_TOO_SMALL = "zu klein"
NUM_SPAN = "von {min} bis {max}"
NUM_SPAN_FROM = "ab {min}"
NUM_SPAN_TO = "bis {max}"
E_NUM_NOT_KOMMA = ("„{text}“ hat einen Dezimalpunkt, in dieser Datei ist aber das Komma das "
                   "Dezimalzeichen (z. B. 12,5). Bitte den Wert so schreiben oder "
                   "--dezimalzeichen punkt angeben.")
E_NUM_NOT_PUNKT = ("„{text}“ hat ein Dezimalkomma, in dieser Datei ist aber der Punkt das "
                   "Dezimalzeichen (z. B. 12.5). Bitte den Wert so schreiben oder "
                   "--dezimalzeichen komma angeben.")
E_NUM_FILE_MIXED = ("Die Datei mischt die Dezimalzeichen: Zeile {komma} hat ein Dezimalkomma, "
                    "Zeile {punkt} einen Dezimalpunkt. Bitte einheitlich schreiben oder mit "
                    "--dezimalzeichen komma bzw. punkt festlegen (Abweichendes wird dann "
                    "abgelehnt).")
E_NUM_FILE_AMBIGUOUS = ("„{text}“ kann {german} (Tausenderpunkt) oder {point} (Dezimalpunkt) "
                        "heißen, und kein Wert der Datei zeigt ihr Dezimalzeichen. Bitte "
                        "--dezimalzeichen komma oder --dezimalzeichen punkt angeben.")
IMPORT_LINE = "Zeile {line}: {indicator} – {date}: {value}{source}"
IMPORT_NO_FILE = "Die Datei „{path}“ gibt es nicht."
IMPORT_IS_DIR = "„{path}“ ist ein Verzeichnis, keine CSV-Datei."
IMPORT_UNREADABLE = "„{path}“ lässt sich nicht lesen ({reason})."
IMPORT_ENCODING = ("Zeile {line}: Das Zeichen mit dem Byte {byte} ist weder UTF-8 noch "
                   "Windows-1252 (vermutlich eine DOS-Kodierung wie CP850). Nichts importiert. "
                   "Bitte die Datei als „CSV UTF-8“ speichern und erneut einlesen.")
IMPORT_CSV_BROKEN = "die CSV-Datei ist hier nicht lesbar: {reason}. Nichts importiert."
IMPORT_CSV_REASONS = {"unexpected end of data": "ein Anführungszeichen wird nicht geschlossen",
                      "NUL": "die Zeile enthält ein Nullzeichen",
                      "expected after": "nach einem schließenden Anführungszeichen fehlt das "
                                        "Trennzeichen",
                      "field larger than field limit": "ein Feld ist zu lang"}
IMPORT_CSV_REASON_OTHER = "Anführungszeichen oder Trennzeichen stehen nicht richtig"
IMPORT_EMPTY = ("Die CSV-Datei ist leer. Erwartet wird eine Kopfzeile mit "
                "indikator;datum;wert;quelle;notiz.")
IMPORT_MISSING_COLUMNS = ("Zeile 1: die Spalte(n) {columns} fehlen. Erwartet wird die Kopfzeile "
                          "indikator;datum;wert;quelle;notiz.")
IMPORT_BAD_LINES = "Nichts importiert – {n} fehlerhafte Zeile(n):"
IMPORT_NO_READINGS = "Die CSV-Datei enthält keine Messwerte (nur die Kopfzeile)."
IMPORT_NO_INDICATOR_ID = "einen Indikator Nr. {id} gibt es nicht."
IMPORT_NO_INDICATOR = ("einen Indikator „{name}“ gibt es nicht (Name genau wie im Steckbrief "
                       "oder die Nummer angeben).")
IMPORT_INDICATOR_TWICE = "„{name}“ gibt es mehrmals (Nr. {ids}); bitte die Nummer angeben."
IMPORT_DUPLICATE_STORED = ("Zeile {line}: diesen Messwert (Indikator, Datum und Wert) gibt es "
                           "schon – übersprungen.")
IMPORT_DUPLICATE_LINE = "Zeile {line}: gleicht Zeile {first} – übersprungen."
IMPORT_DECIMAL = {"komma": "Dezimalzeichen: Komma (12,5; 1.200 = eintausendzweihundert)",
                  "punkt": "Dezimalzeichen: Punkt (12.5; 1.200 = eins Komma zwei)"}
IMPORT_SKIPPED = "{n} Zeile(n) übersprungen, weil es den Messwert schon gibt:"
IMPORT_NOTHING_NEW = ("Nichts Neues: Alle Messwerte aus „{path}“ gibt es schon; nichts "
                      "übernommen.")
DECIMAL_HELP = ("Dezimalzeichen der Datei: komma (12,5 und 1.200 = eintausendzweihundert) oder "
                "punkt (12.5); ohne Angabe wird es aus eindeutigen Werten erkannt")
E_STORED_DATE = "„{text}“ ist kein Datum in der Form JJJJ-MM-TT (z. B. 2011-06-30)."
E_STORED_YEAR = "„{text}“: das Jahr muss zwischen {min} und {max} liegen."
E_STORED_NO_DAY = "„{text}“: diesen Tag gibt es nicht."
E_STORED_TIMESTAMP = "„{text}“ ist kein Zeitpunkt in der Form JJJJ-MM-TTTHH:MM:SS."
F_COUNT = "Anzahl"
MEANING_LANGUAGES = {"de": "Deutsch", "nl": "Niederländisch", "en": "Englisch"}
MEANING_LOG_ACTIONS = {"insert": "angelegt", "update": "geändert", "delete": "gelöscht",
                       "baseline": "Bestand übernommen"}
E_MEANING_CHOICE = "„{value}“ ist kein bekannter Wert. Möglich sind: {choices}."
E_MEANING_JSON = "„{value}“ ist kein gültiger JSON-Inhalt der erwarteten Art."
E_MEANING_TIME = "„{value}“ ist keine Uhrzeit in der Form HH:MM (z. B. 14:00)."
E_MEANING_DEADLINE_DATE = ("„{text}“ ergibt den {resolved}, gespeichert ist aber {field} = "
                           "{stored}. Bitte beides zusammenpassend angeben.")
MEANING_EMPTY = "leer"
E_MEANING_TALLY = ("{where}: die Punkte ergeben zusammen {tally}; möglich sind 0 bis {max} je "
                   "Thema.")
E_MEANING_TYPES = {"string_type": "ein Text erwartet", "int_type": "eine ganze Zahl erwartet",
                   "int_parsing": "eine ganze Zahl erwartet",
                   "int_from_float": "eine ganze Zahl erwartet",
                   "float_type": "eine Zahl erwartet", "float_parsing": "eine Zahl erwartet",
                   "missing": "Pflichtangabe fehlt"}
E_MEANING_OTHER = "ungültiger Wert"
E_LOAD_DEEP = ("Die JSON-Datei ist zu tief verschachtelt, um gelesen zu werden. Eine "
               "steuerung-Datei hat nur drei Ebenen: Dokument, Tabellen, Zeilen.")
E_LOAD_DIGITS = "Die JSON-Datei enthält eine Zahl mit zu vielen Stellen (mehr als 4.300)."
E_LOAD_INT64 = "{value} ist zu groß für eine ganze Zahl (höchstens 9.223.372.036.854.775.807)."
E_LOAD_FINITE = "{value} ist keine endliche Zahl; bitte eine Zahl wie 12.5 angeben."
E_LOAD_SURROGATE = ("{value} enthält ein ungültiges Unicode-Zeichen (ein einzelnes "
                    "Surrogat); bitte den Text korrigieren.")
E_LOAD_AN_OBJECT = "ein Objekt"
E_LOAD_A_LIST = "eine Liste"
E_LOAD_BLOB = "Binärdaten"
E_TARGET_DIR = ("„{path}“ ist ein Verzeichnis. Bitte einen Dateinamen angeben, z. B. "
                "„{path}/prozess.db“; ein Verzeichnis wird nie ersetzt, auch nicht mit --force.")
E_TARGET_NO_DIR = ("Das Verzeichnis „{parent}“ für „{path}“ gibt es nicht. Bitte ein vorhandenes "
                   "Verzeichnis wählen oder es zuerst anlegen; nichts wurde geschrieben.")
E_TARGET_READONLY = ("In „{parent}“ darf nicht geschrieben werden (schreibgeschützt oder keine "
                     "Berechtigung); „{path}“ wurde nicht angelegt. Bitte ein anderes "
                     "Verzeichnis wählen.")
E_TARGET_FULL = "Der Datenträger ist voll; „{path}“ wurde nicht angelegt, nichts blieb zurück."
E_TARGET_OTHER = ("„{path}“ ließ sich nicht schreiben (Systemfehler {reason}); nichts wurde "
                  "angelegt.")
E_LOAD_SOURCE_DIR = "„{path}“ ist ein Verzeichnis; bitte eine JSON-Datei angeben."
E_LOAD_SOURCE_UNREADABLE = "„{path}“ lässt sich nicht lesen (Systemfehler {reason})."
E_LOAD_NOT_UTF8 = ("„{path}“ ist kein UTF-8-Text: Zeile {line} enthält das Byte {byte}. Bitte die "
                   "Datei als UTF-8 speichern (so schreibt sie „steuerung dump“).")
CHECK_PLACE = "Tabelle {table}, Zeile Nr. {id}, Spalte {field}"
CHECK_ROW = "Tabelle {table}, Zeile Nr. {id}"
CHECK_MORE = ("… und 1 weiteres Problem.", "… und {n} weitere Probleme.")  # singular, plural
CHECK_STALE_TEMP = ("„{name}“ ist eine temporäre Datei eines abgebrochenen „steuerung load“; sie "
                    "wird beim nächsten load oder Öffnen dieser Datei entfernt.")
NUM_TALLY = "Punktzahl"
NUM_SEATS = "Zahl der Sitze"
NUM_MEETING = "Sitzungsnummer"
NUM_BUDGET = "Punkte pro Person"
E_TALLY_MAX = ("„{topic}“ hätte dann {tally} Punkte; mehr als {max} Punkte je Thema gehen nicht. "
               "Bitte die Zahl prüfen.")
E_TALLY_STEP = "Eine Änderung um {delta} Punkte ist zu groß; je Thema gehen höchstens {max} Punkte."
E_COUNT_RANGE = "{what}: {value} geht nicht – möglich sind {min} bis {max}."
E_YEAR_RANGE = "Das Jahr {year} geht nicht – möglich sind {min} bis {max}."
E_STORE_OVERFLOW = ("Eine Zahl ist zu groß zum Speichern; nichts wurde geändert. "
                    "Bitte einen kleineren Wert eingeben.")
# --- Sachstand, Sachstandsbericht und Vorlage (issue 14) ---
DOC_REVIEW_FILE = "Prüfung"  # in a frozen review's file name
CONSULT_RESULT = "Ergebnis (optional, z. B. einstimmig beschlossen)"
ATT_OVERDUE_NO_DATA = "Frist {date} verstrichen, keine Daten"
ATT_OVERDUE_UNKNOWN = "Frist {date} verstrichen, Zielerreichung nicht nachgewiesen"
ATT_MILESTONE_COUNTED = "Meilenstein mit Zielwert: als Anzahl ab 0 gerechnet"
ATT_MILESTONE_OPEN_ANY = "Meilenstein offen"
ATT_REACHED_TARGET = "Ziel erreicht"
ATT_NOTHING_DUE = "noch nichts fällig"
ATT_SHARE = "{attained} sind {share} des Solls ({thresholds})"
ATT_THRESHOLDS = "gelb ab {yellow}, grün ab {green}"
ATT_THRESHOLDS_OWN = ", für diesen Indikator festgelegt"
#: The parts of a Jahresziel's roll-up (singular, plural).
ATT_INDICATORS = ("Indikator", "Indikatoren")
ATT_ROLLUP_PART = ("Mittel nur aus {measured} von {parts} (die übrigen ohne Messwert): {mean}; "
                   "schlechteste Ampel → {light}")
ATT_NO_INDICATOR = "ohne Indikator: für dieses Jahresziel ist noch kein Indikator festgelegt"
ATT_NO_INDICATOR_OVERDUE = ("ohne Indikator; Frist {date} verstrichen, Zielerreichung nicht "
                            "nachgewiesen → rot")
MILESTONE_REACHED = "erreicht"
MILESTONE_OPEN = "offen"
ROLLUP_MEASURED_ONLY = "(nur {measured} von {n} Jahreszielen gemessen)"
STATUS_SUMMARY = "{n} {word}: {parts}"
LIGHT_NO_INDICATOR_SHORT = "o. Ind."
OV_MEASURED = "{measured}/{n} gemessen"
DETAIL_FACTS = ("Erreichung {attained} · Soll {soll} · Frist {due}{overdue} · "
                "verantwortlich: {responsible}")
DETAIL_LAST = "zuletzt"
READING_MILESTONE = " – Meilenstein: Wert „erreicht“ (1) oder „offen“ (0)"
SUB_PARTS = {"vision": "Leitbild (Auszug)", "priorities": "Themenprioritäten",
             "goals": "Ziele mit Indikatoren und Fristen", "attainment": "Stand der Zielerreichung",
             "composition": "Zusammensetzung der Steuerungsgruppe"}
DOC_SUB_CLERK = "Sachbearbeitung"
DOC_SUB_PUBLIC_COL = "öffentlich"
DOC_YES_NO = {1: "ja", 0: "nein"}
DOC_SUBJECT = "Betreff"
DOC_NO_PROPOSAL = "Noch kein Beschlussvorschlag eingetragen."
DOC_NOTED = "Kenntnisnahme"
DOC_REPORT_NOTED = "Der Bericht wird zur Kenntnis genommen."
DOC_NO_REASONING = "Noch keine Sachdarstellung eingetragen."
DOC_GOALS_OF = "Ziele {year} mit Indikatoren und Fristen"
DOC_ATTAINMENT_OF = "Stand der Zielerreichung {year} (Stichtag {date})"
DOC_SUB_NO_STICHTAG = ("Ohne Datum und Stichtag der Vorlage lässt sich kein Stand angeben; bitte "
                       "eines von beiden eintragen.")
DOC_SUB_NO_GOALS_YET = "Zum Stichtag {date} hat noch kein Jahr mit Jahreszielen begonnen."
DOC_SUB_OVERDUE = "Überfällig:"
DOC_BUDGET_YEAR = "Haushaltsjahr"
DOC_BUDGET_PRODUCT = "Produkt / Kostenstelle"
DOC_BUDGET_EXPENSE = "Aufwand"
DOC_BUDGET_AMOUNT = "Betrag"
KEY_SIGNATURE = "Unterschrift"
SIGNATURE_FORM = "Unterschrift unter den Vorlagen dieses Prozesses"
SIGNATURE_LABELS = {"prefix": "Zusatz (z. B. In Vertretung)", "name": "Name",
                    "function": "Funktion (z. B. Kreisdirektor, optional)"}
SIGNATURE_SAVED = "Unterschrift gespeichert."
E_SUB_PART = "Einen erzeugten Teil „{part}“ gibt es nicht. Möglich sind: {parts}."
E_SUB_AMOUNT = ("Betrag: „{value}“ geht nicht – bitte einen Betrag in Euro ab 0 eingeben, "
                "z. B. 12.500 oder 1.200,50.")
DETAIL_NO_INDICATOR = ("Noch kein Indikator – in den Zielen (z) unter dem Jahresziel mit u einen "
                       "anlegen.")
DOC_FROZEN_REVIEW = "eingefrorene Prüfung „{label}“ vom {on} – spätere Messwerte sind nicht berücksichtigt"
DOC_CHANGES = "Veränderungen seit der Prüfung vom {date}"
DOC_CHANGES_NONE_TITLE = "Veränderungen"
DOC_CHANGES_NONE = ("Für {year} gibt es noch keine frühere eingefrorene Prüfung; der Vergleich "
                    "beginnt mit der nächsten Prüfung.")
DOC_CHANGES_LIGHTS = "Ampeln {before} → {now}: {counts}."
DOC_UNCHANGED = "Unverändert (gleiche Ampel, gleiche Erreichung): {n} {goals}."
DOC_TREND = "Trend"
DOC_FIELDS = "Handlungsfelder"
DOC_INDICATOR = "Indikator"
DOC_LAST_VALUE = "Letzter Wert"
DOC_ON = "am"
DOC_UNTIL = "bis"
DOC_CALCULATION = "Berechnung"
DOC_NOTE_OF = "Sachstandsnotiz vom {date}:"
DOC_OPEN_TASKS = "Offene Aufgaben"
DOC_RESPONSIBLE_INLINE = "verantwortlich"  # in running text; COL_RESPONSIBLE heads a column
DOC_LEGEND = "Legende"
DOC_STATUS_LEGEND = (
    "**Erreichung**: (letzter Messwert − Ausgangswert) / (Zielwert − Ausgangswert), für steigende "
    "und fallende Ziele. Ein Meilenstein ist erreicht (100 %) oder offen (0 %); „halten "
    "(mindestens)“ bzw. „halten (höchstens)“ ist 100 %, solange der Wert nicht unter bzw. über "
    "dem Ausgangswert liegt. Prozentwerte sind abgerundet.",
    "**Soll**: der Anteil der Zeit vom Stichtag des Ausgangswerts (sonst vom 1. Januar des "
    "Zieljahres) bis zur Frist, der am Stichtag verstrichen ist – so viel wäre bei gleichmäßigem "
    "Fortschritt erreicht. Meilensteine und „halten“ haben kein Soll.",
    "**Frist**: die des Indikators, sonst die des Jahresziels, sonst das Jahresende.",
    "**grün**: Ziel erreicht oder mindestens 95 % des Solls; **gelb**: mindestens 80 % des Solls, "
    "oder ein offener Meilenstein, dessen Frist noch läuft; **rot**: darunter, Entwicklung in die "
    "falsche Richtung, oder Frist verstrichen, ohne dass das Ziel erreicht ist – auch ohne "
    "Messwert; **grau**: noch kein Messwert (oder kein Ausgangs- und Zielwert), die Frist läuft; "
    "**ohne Indikator**: für das Jahresziel ist kein Indikator festgelegt (nach der Frist rot). "
    "Abweichende Schwellen eines Indikators stehen in seiner Berechnung.",
    "Ein Jahresziel hat das Mittel seiner gemessenen Indikatoren und deren schlechteste Ampel, ein "
    "Leitziel das Mittel seiner gemessenen Jahresziele, ein Handlungsfeld das Mittel seiner "
    "Leitziele; „nur 1 von 4 Jahreszielen gemessen“ sagt, wie viele in das Mittel eingehen.",
)
TREND_UP = "↑ besser"
TREND_DOWN = "↓ schlechter"
TREND_SAME = "→ gleich"
TREND_FIRST = "erstmals gemessen"
TREND_NEW = "neu"
TREND_NONE = "weiter ohne Messwert"
TREND_NO_LONGER = "nicht mehr berechenbar"
E_MILESTONE_VALUES = ("Ein Meilenstein hat keinen Ausgangs- oder Zielwert – er ist erreicht oder "
                      "offen. Wird etwas gezählt (z. B. „mindestens 10 Infoveranstaltungen“), bitte "
                      "Art „quantitativ“ wählen, Ausgangswert 0 und Zielwert 10.")
E_MILESTONE_READING = ("Ein Meilenstein ist erreicht (1) oder offen (0); „{value}“ geht nicht. Wird "
                       "etwas gezählt, bitte den Indikator als „quantitativ“ mit Ausgangswert 0 anlegen.")
# -- committees and meetings (Gremien, Sitzungen) ------------------------------------------
ATTENDANCE_KINDS = {"member": "Mitglied", "administration": "Verwaltung", "guest": "Gast"}
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
KEY_COMMITTEES = "Gremien"
KEY_PAGE_UP = "Seite nach oben"
KEY_PAGE_DOWN = "Seite nach unten"
KEY_FIRST = "Zum Anfang"
KEY_LAST = "Zum Ende"
KEY_FORM_SAVE = "Speichern"
FORM_HINT = "Enter: nächstes Feld, im letzten Textfeld speichern · Strg+S speichern · Esc abbrechen"
FORM_HINT_AREA = ("Enter im Titel speichert · Tab zu den Notizen (Markdown, Enter = neue Zeile, "
                  "Strg+Pos1/Strg+Ende Anfang/Ende) · Strg+S speichern · Esc abbrechen")

# Gremien screen
COMMITTEES_TITLE = "Gremien"
COMMITTEES_NONE = "Noch kein Gremium – mit n ein neues anlegen."
CM_SEAT_PLAN = "Sitzplan"
CM_SEATS = "Sitze"
CM_OCCUPIED = "besetzt"
CM_VACANT = "frei"
CM_TOTAL = "gesamt"
CM_VACANT_ROW = "– {n} Sitz frei –"
CM_VACANT_ROWS = "– {n} Sitze frei –"
CM_NO_SEATS = "Kein Sitzplan – Mitglieder werden ohne Sitz geführt (p legt einen Sitz an)."
CM_MEMBERS = "Mitglieder"
CM_MEMBERS_NO_SEAT = "Mitglieder ohne Sitz"
CM_NO_MEMBERS = "noch keine – m trägt ein Mitglied ein"
CM_DEPUTY_FOR = "Stellvertretung für {name}"
CM_DEPUTY = "Stellvertretung"
CM_NO_VOTE = "ohne Stimmrecht"
CM_ENDED = "ausgeschieden"
CM_TASKS = "Aufgaben des Gremiums"
CM_NO_TASKS = "noch keine – a legt eine an"
CM_MEETINGS = "Sitzungen"
CM_NO_MEETINGS = "noch keine – s legt eine an"
CM_RULE = "Beschlussfähig: {rule} der stimmberechtigten Sitze anwesend/vertreten"
CM_RULE_MINIMUM = "Beschlussfähig: {rule} Stimmberechtigte anwesend/vertreten"
CM_HINT = ("Enter bearbeiten/öffnen · e Person · a Aufgabe · n/g Gremium neu/bearbeiten · "
           "Entf löschen · Umschalt+↑/↓ schieben")
CM_NEW = "Neues Gremium"
CM_EDIT = "Gremium bearbeiten"
CM_NAME = "Name"
CM_KIND = "Art (z. B. Steuerungsgruppe, Koordinationskreis, Kerngruppe, Integrationskonferenz)"
CM_QUORUM = ("Beschlussfähigkeit (leer = mehr als die Hälfte der stimmberechtigten Sitze; "
             "z. B. 2/3 oder mindestens 10)")
CM_SEAT_NEW = "Sitz im Sitzplan"
CM_SEAT_ACTOR = "Akteur, z. B. Bürgermeister der kreisangehörigen Kommunen oder deren Vertreter"
CM_SEAT_COUNT = "Zahl der Sitze"
CM_TASK_NEW = "Aufgabe des Gremiums"
CM_TASK_TEXT = "Aufgabe, z. B. Überprüfung der Zielerreichung"
CM_PERSON_CHOOSE = "Person wählen"
CM_PERSON_NEW_OPTION = "Neue Person …"
CM_PERSON_NEW = "Neue Person"
CM_PERSON_EDIT = "Person bearbeiten"
CM_PERSON_NAME = "Name, z. B. Andrea Reckfort"
CM_PERSON_ORG = "Organisation, z. B. Stadt Münster"
CM_PERSON_FUNCTION = "Funktion, z. B. Koordinierungsstelle für Migration"
CM_PERSON_EMAIL = "E-Mail"
CM_MEMBERSHIP_NEW = "Mitgliedschaft: {name}"
CM_MEMBERSHIP_SEAT = "Sitz: {actor}"
CM_ROLE = "Rolle"
CM_VOTING = "stimmberechtigt"
CM_DEPUTY_OF = "Vertretung für"
CM_DEPUTY_OF_NONE = "– allgemeine Stellvertretung –"
CM_START = "Mitglied seit (Datum, leer = unbekannt)"
CM_END = "Mitglied bis (Datum, leer = offen)"
CM_CHOOSE_SEAT = "Bitte zuerst einen Sitz (oder eine Zeile darunter) wählen."
CM_CHOOSE_MEMBER = "Bitte zuerst das Mitglied wählen, das vertreten wird."
CM_CHOOSE_PERSON = "Bitte zuerst eine Mitgliedschaft wählen."
CM_DELETE_COMMITTEE = ("Gremium „{name}“ löschen? Es gehen mit: {contents}. "
                       "Personen bleiben erhalten.")
CM_DELETE_SEAT = "Sitz „{actor}“ aus dem Sitzplan löschen?"
CM_DELETE_MEMBER = ("Mitgliedschaft von {name} löschen? Es gehen mit: {contents}. (Wer "
                    "ausscheidet, bekommt besser ein Enddatum: Enter.)")
CM_DELETE_TASK = "Aufgabe „{text}“ des Gremiums löschen?"
CM_DELETE_MEETING = "{name} löschen? Es gehen mit: {contents}."
KEY_NEW_COMMITTEE = "Neues Gremium"
KEY_EDIT_COMMITTEE = "Gremium bearbeiten"
KEY_SEAT = "Sitz anlegen"
KEY_MEMBER = "Mitglied eintragen"
KEY_DEPUTY = "Stellvertretung eintragen"
KEY_EDIT_PERSON = "Person bearbeiten"
KEY_COMMITTEE_TASK = "Aufgabe des Gremiums"
KEY_NEW_MEETING = "Neue Sitzung"
KEY_EDIT_OPEN = "Bearbeiten/Öffnen"
KEY_MOVE_ROW_UP = "Nach oben schieben"
KEY_MOVE_ROW_DOWN = "Nach unten schieben"

# Sitzung screen
MT_SECTIONS = ("Anwesenheit", "Tagesordnung", "Aufgaben", "Termine")
MT_NUMBERED = "{number}. Sitzung"
MT_UNNUMBERED = "Sitzung"
MT_LEAD = "Leitung: {name}"
MT_MINUTES = "Protokoll: {name}"
MT_PUBLIC = {True: "öffentlich", False: "nicht öffentlich"}
MT_TIME = "{start}–{end} Uhr"
MT_FROM = "ab {start} Uhr"
MT_QUORUM_YES = ("Beschlussfähig: {present} von {seats} stimmberechtigten Sitzen anwesend oder "
                 "vertreten (nötig: {rule}, also {required})")
MT_QUORUM_NO = ("Nicht beschlussfähig: {present} von {seats} stimmberechtigten Sitzen anwesend "
                "oder vertreten (nötig: {rule}, also {required})")
MT_QUORUM_NONE = "Beschlussfähigkeit: Das Gremium hat noch keine stimmberechtigten Mitglieder."
MT_MEMBERS = "Mitglieder (stimmberechtigt, mit Vertretung)"
MT_NO_MEMBERS = "Für dieses Gremium sind noch keine Mitglieder eingetragen (Gremien: m)."
MT_NOT_RECORDED = "–"
MT_REPRESENTED = "vertreten durch {name}"
MT_ADMINISTRATION = "Verwaltung"
MT_GUESTS = "Gäste"
MT_NONE = "noch niemand"
MT_NO_AGENDA = "Noch keine Tagesordnung – n legt TOP 1 an."
MT_NOT_PUBLIC = "nicht öffentlich"
MT_VOTES = "Abstimmung: {vote}"
MT_RESULT = "Ergebnis: {result}"
MT_NO_TASKS = "Noch keine Aufgaben – n legt eine an."
MT_TASK_WHO = "Wer: {who}"
MT_TASK_DUE = "bis {due}"
MT_TASK_TOP = "TOP {number}"
MT_TASK_FROM = "aus {meeting}"
MT_TASK_DONE_LATER = "erledigt in {meeting}"
MT_NO_PLANS = "Noch keine Termine – n legt einen an (z. B. Herbst 2011: Fachveranstaltung)."
MT_READ_ONLY = "Protokoll abgeschlossen – nur lesen; c öffnet es wieder (wird protokolliert)."
MT_HINTS = (
    "a anwesend · e entschuldigt · v vertreten durch · w Verwaltung · g Gast · Entf entfernen",
    "n TOP · u Unterpunkt · t Text · v Abstimmung · b Beschluss · e Ergebnis · d Termin · "
    "Enter bearbeiten · Umschalt+↑/↓ verschieben · > < ein-/ausrücken · Entf löschen",
    "n Aufgabe · Enter bearbeiten · Leertaste erledigt/offen · z Jahresziel/Maßnahme · "
    "Entf löschen",
    "n Termin (mit TOP-Nummer steht er im Protokoll unter dem TOP) · Enter bearbeiten · "
    "Umschalt+↑/↓ verschieben · Entf löschen",
)
MT_HEADER_NEW = "Neue Sitzung: {committee}"
MT_HEADER_EDIT = "Kopfdaten der Sitzung"
MT_DATE = "Datum, z. B. 03.05.2011"
MT_START = "Beginn, z. B. 14:00"
MT_END = "Ende, z. B. 16:00"
MT_PLACE = "Ort"
MT_TITLE_FIELD = "Titel (optional)"
MT_CHAIR = "Sitzungsleitung"
MT_MINUTE_TAKER = "Protokoll (Namen, getrennt durch Komma oder „und“)"
MT_NUMBER = "Nummer der Sitzung (optional; ohne Nummer heißt sie nur „Sitzung“)"
MT_PUBLIC_FIELD = "öffentliche Sitzung"
MT_DEPUTY_CHOOSE = "{name} wird vertreten durch"
MT_NO_DEPUTIES = ("Für dieses Gremium ist keine freie Stellvertretung eingetragen; bitte zuerst "
                  "im Gremium eine Stellvertretung anlegen (Gremien: v).")
MT_OTHER_NEW = "{kind}: Name"
MT_OTHER_EDIT = "Name ändern"
MT_TOP_NEW = "Neuer TOP"
MT_SUB_NEW = "Neuer Unterpunkt zu TOP {number}"
MT_TOP_EDIT = "TOP {number} bearbeiten"
MT_TOP_TITLE = "Titel"
MT_TOP_NOTES = "Notizen (Markdown)"
MT_TOP_PUBLIC = "öffentlich"
MT_RES_NEW = "Beschluss zu TOP {number}"
MT_RES_EDIT = "Beschluss bearbeiten (TOP {number})"
MT_RES_TEXT = "Beschlusstext"
MT_RES_YES = "Ja"
MT_RES_NO = "Nein"
MT_RES_ABSTAIN = "Enthaltung"
MT_RES_RESULT = "Ergebnis"
MT_RES_AUTO = "aus den Stimmen (einstimmig angenommen / angenommen / abgelehnt)"
MT_RES_VOTERS = "Stimmberechtigt anwesend oder vertreten: {n}"
MT_TASK_NEW = "Neue Aufgabe"
MT_TASK_EDIT = "Aufgabe bearbeiten"
MT_TASK_WHAT = "Was"
MT_TASK_WHO_FIELD = "Wer"
MT_TASK_DUE_FIELD = "Bis wann (z. B. 30.06.2011, Herbst 2011; leer = ohne Frist)"
MT_TASK_TOP_FIELD = "zu TOP (Nummer wie 2.a, optional)"
MT_LINK_CHOOSE = "Aufgabe verknüpfen mit"
MT_LINK_NONE = "– keine Verknüpfung –"
MT_PLAN_NEW = "Neuer Termin"
MT_PLAN_EDIT = "Termin bearbeiten"
MT_PLAN_DATE = "Wann (wie gesagt: 11.05.2011, Herbst 2011, 3. Quartal 2012)"
MT_PLAN_WHAT = "Was"
MT_CHOOSE_MEETING = "Sitzung wählen"
MT_CLOSE = ("Protokoll {name} abschließen? Danach ist es schreibgeschützt, bis es ausdrücklich "
            "wieder geöffnet wird.")
MT_REOPEN = ("Abgeschlossenes Protokoll {name} wieder öffnen? Das Wiederöffnen wird im "
             "Änderungsprotokoll festgehalten.")
MT_STATE_DONE = "Status: {state}"
MT_DELETE_TOP = "TOP {number} „{title}“ löschen?{extra}"
MT_DELETE_TOP_EXTRA = " Es gehen mit: {contents}."
MT_DELETE_TASK = "Aufgabe „{what}“ löschen?"
MT_DELETE_PLAN = "Termin „{date}: {what}“ löschen?"
MT_DELETE_OTHER = "{name} aus der Anwesenheit entfernen?"
KEY_SECTION = "Bereich"
KEY_HEADER = "Kopfdaten"
KEY_STATE = "Status weiter / wieder öffnen"
KEY_SWITCH_MEETING = "Sitzung wechseln"
KEY_PRESENT = "anwesend"
KEY_EXCUSED = "entschuldigt"
KEY_REPRESENTED = "vertreten durch"
KEY_ADMINISTRATION = "Verwaltung hinzufügen"
KEY_GUEST = "Gast hinzufügen"
KEY_NEW_TOP = "Neuer TOP"
KEY_SUB_TOP = "Unterpunkt"
KEY_RESOLUTION = "Beschluss"
KEY_INDENT = "Einrücken (Unterpunkt)"
KEY_OUTDENT = "Ausrücken (TOP)"
KEY_NEW_TASK = "Neue Aufgabe"
KEY_DONE = "Erledigt/offen"
KEY_LINK = "Jahresziel/Maßnahme"
KEY_NEW_PLAN = "Neuer Termin"
KEY_BACK_COMMITTEES = "Gremien"
KEY_NEXT_FIELD = "Nächstes Feld / Speichern"

#: Singular and plural of what goes with a deleted row ("1 Beschluss", "2 Beschlüsse").
NOUNS = {
    "seats": ("Sitz", "Sitze"), "members": ("Mitgliedschaft", "Mitgliedschaften"),
    "meetings": ("Sitzung (mit Tagesordnung, Beschlüssen, Aufgaben, Terminen)",
                 "Sitzungen (mit Tagesordnung, Beschlüssen, Aufgaben, Terminen)"),
    "agenda": ("TOP", "TOPs"), "resolutions": ("Beschluss", "Beschlüsse"),
    "text": ("Text", "Texte"), "vote": ("Abstimmung", "Abstimmungen"),
    "resolution": ("Beschluss", "Beschlüsse"), "result": ("Ergebnis", "Ergebnisse"),
    "tasks": ("Aufgabe", "Aufgaben"), "plans": ("Termin", "Termine"),
    "attendance": ("Anwesenheitseintrag", "Anwesenheitseinträge"),
    "deputies": ("Zuordnung einer Stellvertretung", "Zuordnungen von Stellvertretungen"),
}
NOTHING_ELSE = "nichts weiter"


def contents(counts: dict[str, int]) -> str:
    """ "5 TOPs, 1 Beschluss und 2 Termine" — the non-zero counts of ``counts``."""
    parts = [f"{n} {NOUNS[key][0 if n == 1 else 1]}" for key, n in counts.items()
             if key in NOUNS and n]
    if not parts:
        return NOTHING_ELSE
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " und " + parts[-1]
DOC_MINUTES_FILE = "protokoll"
DOC_PLACE = "Ort"
DOC_CHAIR = "Sitzungsleitung"
DOC_MINUTE_TAKER = "Protokoll"
DOC_QUORUM = ("Beschlussfähigkeit: {present} von {seats} stimmberechtigten Sitzen anwesend oder "
              "vertreten, erforderlich {required} – {verdict}")
DOC_QUORATE = "beschlussfähig"
DOC_NOT_QUORATE = "nicht beschlussfähig"
DOC_ATTENDEES = "Teilnehmende"
DOC_VOTING_PRESENT = "Stimmberechtigt anwesend"
DOC_REPRESENTING = "{deputy} in Vertretung für {member}"
DOC_NO_VOTE_RIGHT = "ohne Stimmrecht"
DOC_EXCUSED = "Entschuldigt"
DOC_AGENDA = "Tagesordnung"
DOC_TOP = "TOP"
DOC_RESOLUTION = "Beschluss"
DOC_VOTE = "Abstimmung"
DOC_TASKS = "Aufgaben"
DOC_NR = "Nr."
DOC_WHAT = "Was"
DOC_WHO = "Wer"
DOC_DUE = "Frist"
DOC_PLANS = "Termine"
DOC_FOR_MINUTES = "Für das Protokoll"
DOC_NO_MEETING = "In „{path}“ gibt es noch keine Sitzung; bitte zuerst eine anlegen."
DOC_MEETING_MISSING = "Eine Sitzung Nr. {id} gibt es nicht. Vorhanden: {ids}."
EXPORT_MINUTES = "Protokoll: {committee} {date}"
EXPORT_PUBLIC = " (öffentliche Fassung)"
EXPORT_SUBMISSION = "Vorlage {number}: {subject}"
DOC_NOT_RECORDED = "nicht erfasst"
# --- minutes: Protokoll / Niederschrift (issue 12) ---
DOC_NIEDERSCHRIFT_FILE = "niederschrift"
DOC_PROTOKOLL_TITLE = "Protokoll der {nth}Sitzung {committee} vom {date}"
DOC_NIEDERSCHRIFT_TITLE = "Niederschrift über die {nth}Sitzung {committee} vom {date}"
DOC_DRAFT = "Entwurf"
DOC_WHEN = "Datum"
DOC_TIMES = "{start} bis {end} Uhr"
DOC_FROM = "ab {start} Uhr"
DOC_CLERK = "Schriftführung"
DOC_NO_ITEMS = "keine Tagesordnungspunkte"
DOC_MINUTES_DATE = "Datum des Protokolls"
DOC_NIEDERSCHRIFT_DATE = "Datum der Niederschrift"
DOC_SESSION = "Sitzung"
DOC_SESSION_PUBLIC = {True: "öffentlich", False: "nichtöffentlich"}
DOC_PUBLIC_PART = "Öffentlicher Teil"
DOC_PRIVATE_PART = "Nichtöffentlicher Teil"
DOC_RESULT_LABEL = "Ergebnis"
DOC_NOT_QUORATE_NOTE = ("*Hinweis: Das Gremium war laut Anwesenheit nicht beschlussfähig "
                        "({present} von {seats} stimmberechtigten Sitzen anwesend oder vertreten, "
                        "erforderlich {required}).*")
DOC_CARRIED_FROM = " (aus {meeting})"
DOC_DONE_IN = " (erledigt in {meeting})"
#: How an Abstimmung was taken (domain.minutes.VOTE_MODES).
VOTE_MODES = {"unanimous": "einstimmig", "majority": "mehrheitlich",
              "counts": "Ja/Nein/Enthaltung", "wording": "nur im Wortlaut"}
BLOCK_KINDS = {"text": "Text", "vote": "Abstimmung", "resolution": "Beschluss",
               "result": "Ergebnis"}
FORM_DISCARD = "Die Eingaben sind nicht gespeichert. Verwerfen?"
KEY_TEXT_START = "Zum Anfang des Textes"
KEY_TEXT_END = "Zum Ende des Textes"
FORM_HINT_TEXT = ("Tab nächstes Feld · Strg+S speichern · Strg+Pos1/Strg+Ende Anfang/Ende des "
                  "Textes · Esc abbrechen")
MT_MINUTES_DATE = "Datum des Protokolls (optional, z. B. 24.05.2011)"
MT_ATTENDANCE_NOTE = "Teilnehmende als Text statt Liste (optional, z. B. s. Anwesenheitsliste)"
MT_ATTENDANCE_LINE = "Teilnehmende: {note}"
MT_QUORUM_FREE = ("Beschlussfähigkeit: nicht namentlich erfasst (Teilnehmende: {note}); "
                  "Stimmen werden nicht gegen eine Anwesenheit geprüft.")
MT_PROTOKOLL_OF = "Protokoll vom {date}"
MT_BLOCK_NEW = "{kind} zu TOP {number}"
MT_BLOCK_EDIT = "{kind} bearbeiten (TOP {number})"
MT_BLOCK_TEXT = "Text (Markdown: Absätze, Listen mit „- “ oder „1.“, *kursiv*, **fett**)"
MT_VOTE_MODE = "Abstimmung"
MT_VOTE_NONE = "– keine Angabe –"
MT_VOTE_WORDING = "Wortlaut (optional, z. B. Eine Abstimmung ergab, dass …)"
MT_RESULT_NONE = "– aus den Stimmen, sonst keine Angabe –"
MT_RESULT_TEXT_ONLY = "– nur als Text –"
MT_RESULT_TEXT = "Ergebnis als Text (Markdown, optional)"
MT_RESOLUTION_TEXT = "Wortlaut des Beschlusses (Markdown)"
MT_BLOCK_ROW = "{kind}: "
MT_PLAN_ROW = "Termin: "
MT_PLAN_TOP_FIELD = "zu TOP (Nummer wie 4; dann steht der Termin im Protokoll unter dem TOP)"
MT_CHOOSE_TOP = "Bitte zuerst einen TOP wählen (oder einen Eintrag darunter)."
MT_DELETE_BLOCK = "{kind} in TOP {number} löschen?"
MT_WARN_NOT_QUORATE = ("Gespeichert – aber das Gremium ist laut Anwesenheit nicht beschlussfähig "
                       "({present} von {seats}, erforderlich {required}). Das Protokoll "
                       "vermerkt es.")
MT_WARN_PLAN_BEFORE = ("Gespeichert – der Termin „{date}“ ({day}) liegt vor der Sitzung am "
                       "{meeting}. Bitte prüfen, ob das so gemeint ist.")
CM_GENITIVE = "Im Titel des Protokolls (Genitiv, z. B. des Koordinationskreises …)"
KEY_TEXT_BLOCK = "Text"
KEY_VOTE_BLOCK = "Abstimmung"
KEY_RESULT_BLOCK = "Ergebnis"
KEY_PLAN_FOR_TOP = "Termin zum TOP"
EXPORT_NIEDERSCHRIFT = "Niederschrift: {committee} {date}"
START_MUENSTER_OPTION = "Beispiel laden: Migrationsleitbild Münster (Koordinationskreis 2011)"
# -- goals (Ziele, Leitbild, Strategiezirkel) ---------------------------------------
#: Direction of an indicator: derived from baseline → target, "maintain" only explicitly.
DIRECTIONS = {"up": "steigend", "down": "fallend", "maintain": "halten (mindestens)",
              "maintain_max": "halten (höchstens)"}
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
                   "Entf löschen · F1 alle Tasten")
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
KEY_NEXT_FIELD_ONLY = "Nächstes Feld"
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
