"""Vorlagen: the list of council submissions; the editor is in :mod:`.submission_form`."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ... import labels as L
from ...domain.errors import UserError
from ...store.submissions import (
    delete_submission,
    save_signature,
)
from ..text import plain
from ..widgets.bars import Footer, Header
from .base import Screen
from .dialogs import ConfirmScreen
from .export_files import FormatsDialog, write_document
from .submission_form import SignatureForm, SubmissionForm

NEW = "::new"


class SubmissionsScreen(Screen):
    BINDINGS = [
        Binding("n", "edit(None)", L.KEY_NEW_SUBMISSION),
        Binding("e", "export", L.KEY_EXPORT),
        Binding("u", "signature", L.KEY_SIGNATURE),
        Binding("delete", "delete", L.KEY_DELETE, key_display="Entf"),
        Binding("escape", "app.show_overview", L.KEY_OVERVIEW),
    ]

    def __init__(self, select: int | None = None):
        super().__init__()
        self.select = select  # the Vorlage shown first (from the command palette)

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
        options.add_options(self._options())
        ids = [option.id for option in options.options]
        options.highlighted = ids.index(str(self.select)) if str(self.select) in ids else 0
        options.focus()

    def _options(self) -> list[Option]:
        rows = self.app.store.rows("SELECT id, number, kind, subject FROM submission ORDER BY id")
        return [*(Option(plain(f"{r['number'] or '–'} · {L.label(L.SUBMISSION_KINDS, r['kind'])}"
                               f" · {r['subject']}"), id=str(r["id"])) for r in rows),
                Option(L.SUBMISSIONS_NEW, id=NEW)]

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
        """Choose the formats (1–5), then write; existing files are asked about."""
        sid = self._selected()
        if sid is None:
            return
        row = self.app.store.get("submission", sid)
        title = f"{L.FORMATS_DIALOG}: {row['number'] or '–'} · {row['subject']}"
        self.app.push_screen(FormatsDialog(title),
                             lambda formats: formats and self._write(sid, formats))

    def _write(self, sid: int, formats: tuple[str, ...]) -> None:
        from ...export.commands import Request, render_document

        request = Request(self.app.paths.exports, self.app.now(), formats=formats,
                          submission_id=sid)
        try:
            document = render_document("submission", self.app.store, Path("."), request)
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", markup=False)
            return
        write_document(self, document, request)

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

        refill(self.query_one(OptionList), self._options())

    def audit_target(self) -> tuple[str, int] | None:
        sid = self._selected()
        return ("submission", sid) if sid is not None else None

    def action_signature(self) -> None:
        row = self.app.store.one("SELECT signature_prefix, signature_name, signature_function "
                                 "FROM process ORDER BY id LIMIT 1")
        current = tuple((row[k] or "") if row else "" for k in range(3))

        def save(prefix: str, name: str, function: str) -> None:
            save_signature(self.app.store, prefix, name, function)

        self.app.push_screen(SignatureForm(save, current),
                             lambda ok: ok and self.notify(L.SIGNATURE_SAVED, timeout=3))
