"""The Vorlagen editor: every field of a Vorlage in document order, and its Beratungsfolge.

Head (Nr., Datum, federführend, Sachbearbeitung, Betreff, Vorlagenart,
öffentlich), Beschlussvorschlag, the clerk's own Sachdarstellung, the
Stichtag of the data and which generated parts follow it, Finanzielle
Auswirkungen, Anlagen.  Strg+S saves everything in one action; the screen
never writes by itself.  User text is shown as ``Text``, never as markup.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from ... import labels as L
from ...domain.dates import show_day
from ...domain.errors import UserError
from ...domain.numbers import format_number
from ...domain.text import printable
from ...store.submissions import KINDS, PARTS, ROLES, add_consultation, parts_of, save_submission
from ..text import plain
from ..widgets.bars import Footer, Header
from ..widgets.inputs import FormInput
from ..widgets.notes_area import NotesArea
from .base import Screen
from .dialogs import ConfirmScreen, SaveForm

_HEAD = ("number", "date", "lead_office", "clerk", "subject")
_BUDGET = ("budget_year", "budget_product", "budget_expense", "budget_amount")
_TEXTS = ("proposal", "reasoning", "financial", "attachments")


def _shown(name: str, value) -> str:
    """A stored value as the form shows it: German dates and numbers."""
    if value is None:
        return ""
    if name in ("date", "stichtag"):
        return show_day(value)
    if name == "budget_amount":
        return format_number(value)
    return str(value)


class SubmissionForm(Screen):
    """Every field of the Vorlage and its Beratungsfolge; Strg+S saves in one action."""

    # One line per check box: the five parts of the Sachdarstellung stay on one screen.
    DEFAULT_CSS = """
    SubmissionForm Checkbox, SubmissionForm Checkbox:focus {
        border: none; height: 1; padding: 0 1; margin: 0 0 0 1;
    }
    SubmissionForm Checkbox:focus { background: $boost; text-style: bold; }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", L.KEY_SAVE_FORM),
        Binding("ctrl+b", "consultation", L.KEY_CONSULT, key_display="Strg+B"),
        Binding("escape", "back", L.KEY_BACK),
    ]

    def __init__(self, submission_id: int | None):
        super().__init__()
        self.submission_id = submission_id
        self.saved_values: dict | None = None

    def compose(self) -> ComposeResult:
        row = self.app.store.get("submission", self.submission_id) if self.submission_id else None
        row = row or {}
        chosen = parts_of(row) if row else PARTS
        yield Header()
        with VerticalScroll(id="submission-form"):
            for name in _HEAD:
                yield Label(L.SUB_LABELS[name])
                yield FormInput(_shown(name, row.get(name)), id=name)
            yield Label(L.SUB_LABELS["kind"])
            yield Select([(L.SUBMISSION_KINDS[k], k) for k in KINDS],
                         value=row.get("kind") or "resolution", allow_blank=False, id="kind")
            yield Checkbox(L.SUB_LABELS["public"], value=bool(row.get("public", 1)), id="public")
            for name in ("proposal", "reasoning"):
                yield Label(L.SUB_LABELS[name])
                yield NotesArea(printable(row.get(name)), id=name, classes="form-text")
            yield Label(L.SUB_LABELS["stichtag"])
            yield FormInput(_shown("stichtag", row.get("stichtag")), id="stichtag")
            yield Static(L.SUB_LABELS["parts"], classes="section-title")
            for part in PARTS:
                yield Checkbox(L.SUB_PARTS[part], value=part in chosen, id=f"part-{part}")
            yield Static(L.DOC_FINANCIAL, classes="section-title")
            yield Checkbox(L.SUB_LABELS["financial_effects"],
                           value=row.get("financial_effects") == 1, id="financial_effects")
            for name in _BUDGET:
                yield Label(L.SUB_LABELS[name])
                yield FormInput(_shown(name, row.get(name)), id=name)
            for name in ("financial", "attachments"):
                yield Label(L.SUB_LABELS[name])
                yield NotesArea(printable(row.get(name)), id=name, classes="form-text")
            yield Static(L.DOC_CONSULTATION, classes="section-title")
            yield Static("", id="consultations")
        yield Static(L.SUBMISSION_FORM_HINT, classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.saved_values = self.values()
        self.show_consultations()
        self.query_one("#number", Input).focus()

    def values(self) -> dict:
        values = {name: self.query_one(f"#{name}", Input).value
                  for name in (*_HEAD, "stichtag", *_BUDGET)}
        values.update({name: self.query_one(f"#{name}", TextArea).text for name in _TEXTS})
        values["kind"] = self.query_one("#kind", Select).value
        values["public"] = self.query_one("#public", Checkbox).value
        values["parts"] = [p for p in PARTS if self.query_one(f"#part-{p}", Checkbox).value]
        values["financial_effects"] = int(self.query_one("#financial_effects", Checkbox).value)
        return values

    def show_consultations(self) -> None:
        if self.submission_id is None:
            self.query_one("#consultations", Static).update("–")
            return
        rows = self.app.store.rows("SELECT * FROM consultation WHERE submission_id = ? "
                                   "ORDER BY position, id", (self.submission_id,))
        text = plain("\n".join(
            f"{r['committee']} · "
            f"{show_day(r['date'], '–')}"
            f" · {L.label(L.CONSULTATION_ROLES, r['role'])}"
            f"{' · ' + r['result'] if r['result'] else ''}" for r in rows))
        self.query_one("#consultations", Static).update(text or plain("–"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()  # the last line field: Enter does not save; Strg+S does

    def action_save(self) -> bool:
        try:
            self.submission_id = save_submission(self.app.store, self.values(), self.submission_id)
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8)
            return False
        self.saved_values = self.values()
        self.notify(L.SUBMISSION_SAVED, timeout=3)
        self.show_consultations()
        return True

    def action_consultation(self) -> None:
        if self.submission_id is None and not self.action_save():
            return

        def save(committee: str, day: str, role: str, result: str) -> None:
            add_consultation(self.app.store, self.submission_id, committee, day, role, result)

        self.app.push_screen(ConsultationForm(save), lambda ok: ok and self.show_consultations())

    def action_back(self) -> None:
        if self.values() == self.saved_values:
            self.app.pop_screen()
            return
        self.app.push_screen(ConfirmScreen(L.SUBMISSION_DISCARD),
                             lambda yes: yes and self.app.pop_screen())

    def reload_from_store(self) -> None:
        """Another process wrote: the Beratungsfolge follows; the fields are refilled from the
        file only while nothing typed here is unsaved (typed text is never overwritten)."""
        self.show_consultations()
        if self.submission_id is None or self.values() != self.saved_values:
            return
        row = self.app.store.get("submission", self.submission_id)
        if row is None:
            return
        for name in (*_HEAD, "stichtag", *_BUDGET):
            self.query_one(f"#{name}", Input).value = _shown(name, row.get(name))
        for name in _TEXTS:
            area = self.query_one(f"#{name}", TextArea)
            if area.text != (row.get(name) or ""):
                area.load_text(row.get(name) or "")
        self.query_one("#kind", Select).value = row.get("kind") or "resolution"
        self.query_one("#public", Checkbox).value = bool(row.get("public", 1))
        chosen = parts_of(row)
        for part in PARTS:
            self.query_one(f"#part-{part}", Checkbox).value = part in chosen
        self.query_one("#financial_effects", Checkbox).value = row.get("financial_effects") == 1
        self.saved_values = self.values()

    def audit_target(self) -> tuple[str, int] | None:
        return ("submission", self.submission_id) if self.submission_id else None


class ConsultationForm(SaveForm):
    """Gremium, Termin, Ergebnis; stays open until it is saved or cancelled."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(L.CONSULT_FORM, classes="section-title")
            # The choice first: Enter opens a Select, so it must not sit between
            # the text fields that Enter walks through.
            yield Label(L.CONSULT_ROLE)
            yield Select([(L.CONSULTATION_ROLES[r], r) for r in ROLES], value="preliminary",
                         allow_blank=False, id="role")
            yield Label(L.CONSULT_COMMITTEE)
            yield FormInput(id="committee")
            yield Label(L.CONSULT_DATE)
            yield FormInput(id="date")
            yield Label(L.CONSULT_RESULT)
            yield FormInput(id="result", last=True)
            yield Static(L.NEW_KEYS_HINT, classes="hint")

    def on_mount(self) -> None:
        self.query_one("#committee", Input).focus()

    def values(self) -> tuple[str, str, str, str]:
        return (self.query_one("#committee", Input).value, self.query_one("#date", Input).value,
                self.query_one("#role", Select).value, self.query_one("#result", Input).value)


class SignatureForm(SaveForm):
    """The signature line under every Vorlage of this process."""

    def __init__(self, save, current: tuple[str, str, str]):
        super().__init__(save)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(L.SIGNATURE_FORM, classes="section-title")
            for name, value, last in zip(("prefix", "name", "function"), self.current,
                                         (False, False, True), strict=True):
                yield Label(L.SIGNATURE_LABELS[name])
                yield FormInput(value, id=f"signature-{name}", last=last)
            yield Static(L.NEW_KEYS_HINT, classes="hint")

    def on_mount(self) -> None:
        self.query_one("#signature-prefix", Input).focus()

    def values(self) -> tuple[str, str, str]:
        return tuple(self.query_one(f"#signature-{n}", Input).value
                     for n in ("prefix", "name", "function"))
