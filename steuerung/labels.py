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
FORM_HINT_AREA = ("Enter im Titel speichert · Tab zu den Notizen (Markdown, Enter = neue Zeile) · "
                  "Strg+S speichern · Esc abbrechen")

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
           "Entf löschen · Umschalt+↑↓ schieben")
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
KEY_EDIT = "Bearbeiten/Öffnen"
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
MT_RESOLUTION = "Beschluss: "
MT_VOTES = "Abstimmung: Ja {yes}, Nein {no}, Enthaltungen {abstain}"
MT_RESULT = "Ergebnis: {result}"
MT_NO_TASKS = "Noch keine Aufgaben – n legt eine an."
MT_TASK_WHO = "Wer: {who}"
MT_TASK_DUE = "bis {due}"
MT_TASK_TOP = "TOP {number}"
MT_TASK_FROM = "aus der {number}. Sitzung"
MT_TASK_DONE_LATER = "erledigt in der {number}. Sitzung"
MT_NO_PLANS = "Noch keine Termine – n legt einen an (z. B. Herbst 2011: Fachveranstaltung)."
MT_READ_ONLY = "Protokoll abgeschlossen – nur lesen; c öffnet es wieder (wird protokolliert)."
MT_HINTS = (
    "a anwesend · e entschuldigt · v vertreten durch · w Verwaltung · g Gast · Entf entfernen",
    "n TOP · u Unterpunkt · b Beschluss · Enter bearbeiten · Umschalt+↑↓ verschieben · "
    "> < ein-/ausrücken · Entf löschen",
    "n Aufgabe · Enter bearbeiten · Leertaste erledigt/offen · z Jahresziel/Maßnahme · "
    "Entf löschen",
    "n Termin · Enter bearbeiten · Umschalt+↑↓ verschieben · Entf löschen",
)
MT_HEADER_NEW = "Neue Sitzung: {committee}"
MT_HEADER_EDIT = "Kopfdaten der Sitzung"
MT_DATE = "Datum, z. B. 03.05.2011"
MT_START = "Beginn, z. B. 14:00"
MT_END = "Ende, z. B. 16:00"
MT_PLACE = "Ort"
MT_TITLE_FIELD = "Titel (optional)"
MT_CHAIR = "Sitzungsleitung"
MT_MINUTE_TAKER = "Protokoll (Namen)"
MT_NUMBER = "Nummer der Sitzung (leer = die nächste)"
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
MT_DELETE_RESOLUTION = "Beschluss zu TOP {number} löschen?"
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
