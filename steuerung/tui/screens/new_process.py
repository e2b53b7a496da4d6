"""Dialog: create a new, empty process file in sessions/."""

from __future__ import annotations

import re
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from ... import labels as L
from ...domain.errors import UserError
from ...export.writer import slug
from ..widgets.inputs import FormInput
from .dialogs import GuardedModal

_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class NewProcessScreen(GuardedModal):
    """Title, body and file name; Enter in the last field creates the file."""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(L.NEW_TITLE, classes="section-title")
            yield Label(L.NEW_TITLE_LABEL)
            yield FormInput(placeholder=L.NEW_TITLE_PLACEHOLDER, id="title")
            yield Label(L.NEW_BODY_LABEL)
            yield FormInput(id="body")
            yield Label(L.NEW_FILE_LABEL)
            yield FormInput(id="file", last=True)
            yield Static(L.NEW_FILE_HINT, classes="hint")
            yield Static(L.NEW_KEYS_HINT, classes="hint")

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "title":
            self.query_one("#file", Input).value = slug(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            path = self._create()
        except UserError as exc:
            self.notify(exc.message, title=L.ERROR_TITLE, severity="error", timeout=10)
            return
        self.dismiss(path)

    def _create(self) -> Path:
        from ...store.process import new_process

        name = self.query_one("#file", Input).value.strip().removesuffix(".db")
        if not _SAFE_NAME.match(name):
            raise UserError(f"„{name}“ geht als Dateiname nicht. {L.NEW_FILE_HINT}")
        path = self.app.paths.sessions / f"{name}.db"
        if path.exists():
            raise UserError(L.NEW_EXISTS.format(name=name))
        new_process(path, self.query_one("#title", Input).value,
                    self.query_one("#body", Input).value, self.app.now(),
                    *([self.app.author] if self.app.author else []))
        return path
