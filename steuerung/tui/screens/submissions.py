"""Vorlagen: the list of council submissions, and the form to edit one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Checkbox, Footer, Header, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from ... import labels as L
from ...domain.dates import format_date
from ...domain.errors import UserError
from ...store.submissions import KINDS, ROLES, add_consultation, delete_submission, save_submission
from ..widgets.inputs import FormInput
from .dialogs import ConfirmScreen, SaveForm

NEW = "::new"
_TEXT_AREAS = ("proposal", "financial", "attachments", "reasoning")


class SubmissionsScreen(Screen):
    BINDINGS = [
        Binding("n", "edit(None)", L.KEY_NEW_SUBMISSION),
        Binding("e", "export", L.KEY_EXPORT),
        Binding("delete", "delete", L.KEY_DELETE, key_display="Entf"),
        Binding("escape", "app.show_overview", L.KEY_OVERVIEW),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(L.SUBMISSIONS_TITLE, classes="section-title")
        yield OptionList(id="submissions")
        yield Static(L.SUBMISSIONS_HINT, classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        for r in self.app.store.rows("SELECT id, number, kind, subject FROM submission ORDER BY id"):
            options.add_option(Option(f"{r['number'] or '–'} · {L.label(L.SUBMISSION_KINDS, r['kind'])}"
                                      f" · {r['subject']}", id=str(r["id"])))
        options.add_option(Option(L.SUBMISSIONS_NEW, id=NEW))
        options.highlighted = 0
        options.focus()

    def _selected(self) -> int | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        key = options.get_option_at_index(options.highlighted).id
        return None if key == NEW else int(key)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_edit(None if event.option.id == NEW else int(event.option.id))

    def action_edit(self, submission_id: int | None) -> None:
        self.app.push_screen(SubmissionForm(submission_id))

    def action_export(self) -> None:
        from ...export.commands import Request, render_document, write

        sid = self._selected()
        if sid is None:
            return
        request = Request(self.app.paths.exports, self.app.now(), html=True, force=True,
                          submission_id=sid)
        try:
            paths = write(render_document("submission", self.app.store, Path("."), request),
                          request)
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error")
            return
        self.notify(L.EXPORT_WRITTEN.format(paths=", ".join(map(str, paths))), timeout=10)

    def action_delete(self) -> None:
        sid = self._selected()
        if sid is None:
            return
        row = self.app.store.get("submission", sid)
        n = self.app.store.one("SELECT count(*) FROM consultation WHERE submission_id = ?",
                               (sid,))[0]

        def answer(yes: bool) -> None:
            if yes:
                delete_submission(self.app.store, sid)
                self.reload()

        self.app.push_screen(ConfirmScreen(L.SUBMISSION_DELETE.format(subject=row["subject"], n=n)),
                             answer)

    def reload_from_store(self) -> None:
        """Another process wrote: the list again, the same Vorlage highlighted."""
        from ..live import refill

        options = [Option(f"{r['number'] or '–'} · {L.label(L.SUBMISSION_KINDS, r['kind'])}"
                          f" · {r['subject']}", id=str(r["id"])) for r in self.app.store.rows(
            "SELECT id, number, kind, subject FROM submission ORDER BY id")]
        refill(self.query_one(OptionList), [*options, Option(L.SUBMISSIONS_NEW, id=NEW)])

    def audit_target(self) -> tuple[str, int] | None:
        sid = self._selected()
        return ("submission", sid) if sid is not None else None


class SubmissionForm(Screen):
    """Every field of the Vorlage and its Beratungsfolge; Strg+S saves in one action."""

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
        row = self.app.store.get("submission", self.submission_id) if self.submission_id else {}
        row = row or {}
        yield Header()
        with VerticalScroll(id="submission-form"):
            for name in ("number", "date", "lead_office", "subject"):
                yield Label(L.SUB_LABELS[name])
                value = row.get(name) or ""
                if name == "date" and value:
                    value = format_date(date.fromisoformat(value))
                yield FormInput(value, id=name)
            yield Label(L.SUB_LABELS["kind"])
            yield Select([(L.SUBMISSION_KINDS[k], k) for k in KINDS],
                         value=row.get("kind") or "resolution", allow_blank=False, id="kind")
            yield Checkbox(L.SUB_LABELS["public"], value=bool(row.get("public", 1)), id="public")
            for name in _TEXT_AREAS:
                yield Label(L.SUB_LABELS[name])
                yield TextArea(row.get(name) or "", id=name, classes="form-text")
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
                  for name in ("number", "date", "lead_office", "subject")}
        values.update({name: self.query_one(f"#{name}", TextArea).text for name in _TEXT_AREAS})
        values["kind"] = self.query_one("#kind", Select).value
        values["public"] = self.query_one("#public", Checkbox).value
        return values

    def show_consultations(self) -> None:
        if self.submission_id is None:
            self.query_one("#consultations", Static).update("–")
            return
        rows = self.app.store.rows("SELECT * FROM consultation WHERE submission_id = ? "
                                   "ORDER BY position, id", (self.submission_id,))
        text = "\n".join(f"{r['committee']} · "
                         f"{format_date(date.fromisoformat(r['date'])) if r['date'] else '–'}"
                         f" · {L.label(L.CONSULTATION_ROLES, r['role'])}"
                         f"{' · ' + r['result'] if r['result'] else ''}" for r in rows)
        self.query_one("#consultations", Static).update(text or "–")

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

        def save(committee: str, day: str, role: str) -> None:
            add_consultation(self.app.store, self.submission_id, committee, day, role)

        self.app.push_screen(ConsultationForm(save), lambda ok: ok and self.show_consultations())

    def action_back(self) -> None:
        if self.values() == self.saved_values:
            self.app.pop_screen()
            return
        self.app.push_screen(ConfirmScreen(L.SUBMISSION_DISCARD),
                             lambda yes: yes and self.app.pop_screen())

    def reload_from_store(self) -> None:
        """Another process wrote: the Beratungsfolge follows; the form is refilled from the
        file only while nothing typed here is unsaved (typed text is never overwritten)."""
        self.show_consultations()
        if self.submission_id is None or self.values() != self.saved_values:
            return
        row = self.app.store.get("submission", self.submission_id)
        if row is None:
            return
        for name in ("number", "date", "lead_office", "subject"):
            value = row.get(name) or ""
            if name == "date" and value:
                value = format_date(date.fromisoformat(value))
            self.query_one(f"#{name}", Input).value = value
        for name in _TEXT_AREAS:
            if self.query_one(f"#{name}", TextArea).text != (row.get(name) or ""):
                self.query_one(f"#{name}", TextArea).load_text(row.get(name) or "")
        self.query_one("#kind", Select).value = row.get("kind") or "resolution"
        self.query_one("#public", Checkbox).value = bool(row.get("public", 1))
        self.saved_values = self.values()

    def audit_target(self) -> tuple[str, int] | None:
        return ("submission", self.submission_id) if self.submission_id else None


class ConsultationForm(SaveForm):
    """Gremium, Termin, Zuständigkeit; stays open until it is saved or cancelled."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(L.CONSULT_FORM, classes="section-title")
            # The choice first: Enter opens a Select, so it must not sit between
            # the two text fields that Enter walks through.
            yield Label(L.CONSULT_ROLE)
            yield Select([(L.CONSULTATION_ROLES[r], r) for r in ROLES], value="preliminary",
                         allow_blank=False, id="role")
            yield Label(L.CONSULT_COMMITTEE)
            yield FormInput(id="committee")
            yield Label(L.CONSULT_DATE)
            yield FormInput(id="date", last=True)
            yield Static(L.NEW_KEYS_HINT, classes="hint")

    def on_mount(self) -> None:
        self.query_one("#committee", Input).focus()

    def values(self) -> tuple[str, str, str]:
        return (self.query_one("#committee", Input).value, self.query_one("#date", Input).value,
                self.query_one("#role", Select).value)
