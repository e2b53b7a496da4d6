"""Writing a document from a screen in the formats the user chose (issue 15).

The choice (keys 1–5) is kept on the app for the session, so the Dokumente
screen and the Vorlagen editor share it.  Existing files are asked about
before anything is rendered; PDF, DOCX and ODT are rendered in a thread
(WeasyPrint and pandoc take seconds) while the screen stays usable, and the
files are written together at the end, all or none.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from ... import labels as L
from ...domain.errors import UserError
from ..text import plain
from .base import ModalScreen
from .dialogs import ConfirmScreen

FORMAT_KEYS = ("md", "html", "pdf", "docx", "odt")  # keys 1 … 5
FAST = {"md", "html"}


def chosen_formats(app) -> tuple[str, ...]:
    return getattr(app, "export_formats", ("md",))


def toggle_format(app, index: int) -> tuple[str, ...]:
    """Switch format ``index`` (0–4) on or off; returns the new choice, in the usual order."""
    chosen = set(chosen_formats(app)) ^ {FORMAT_KEYS[index]}
    app.export_formats = tuple(f for f in FORMAT_KEYS if f in chosen)
    return app.export_formats


def format_line(chosen: tuple[str, ...]) -> Text:
    choices = "  ".join(f"{n}{'☑' if f in chosen else '☐'} {L.FORMAT_NAMES[f]}"
                        for n, f in enumerate(FORMAT_KEYS, 1))
    return Text(L.EXPORT_FORMATS.format(choices=choices))


def write_document(screen: Screen, document, request) -> None:
    """Write ``document`` as ``request`` asks; ask before replacing, render slow formats aside."""
    from ...export.commands import existing_files

    formats = request.chosen_formats()
    if not request.force and (existing := existing_files(document, request)):
        from dataclasses import replace

        names = ", ".join(str(p) for p in existing)
        screen.app.push_screen(ConfirmScreen(L.EXPORT_OVERWRITE.format(path=names)),
                               lambda yes: yes and write_document(
                                   screen, document, replace(request, force=True)))
        return
    try:
        rendition = document.rendition(formats)  # reads the store: here, not in the thread
    except UserError as error:
        screen.notify(error.message, title=L.ERROR_TITLE, severity="error", markup=False)
        return
    if set(formats) <= FAST:
        _finish(screen, document, request, _render(rendition, formats))
        return
    screen.notify(L.EXPORT_WORKING.format(formats=", ".join(L.FORMAT_NAMES[f] for f in formats)))

    def work() -> None:
        result = _render(rendition, formats)
        screen.app.call_from_thread(_finish, screen, document, request, result)

    screen.run_worker(work, thread=True, group="export", exit_on_error=False)


def _render(rendition, formats):
    from ...export.formats import render

    try:
        return render(rendition, formats)
    except UserError as error:
        return error


def _finish(screen: Screen, document, request, result) -> None:
    from ...export.commands import write_files

    try:
        if isinstance(result, UserError):
            raise result
        paths = write_files(document, result, request)
    except UserError as error:
        screen.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=10,
                      markup=False)
        return
    # User text (a folder name with "[") never becomes markup.
    screen.notify(L.EXPORT_WRITTEN.format(paths=", ".join(str(p) for p in paths)), timeout=10,
                  markup=False)


class FormatsDialog(ModalScreen[tuple[str, ...] | None]):
    """Choose the formats (1–5), Enter writes, Esc cancels."""

    BINDINGS = [
        *[Binding(str(n), f"toggle({n - 1})", L.KEY_FORMAT, show=n == 1, key_display="1–5")
          for n in range(1, 6)],
        Binding("enter", "write", L.KEY_EXPORT_WRITE),
        Binding("escape", "cancel", L.KEY_CANCEL),
    ]

    def __init__(self, title: str):
        super().__init__(classes="dialog-screen")
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self.title_text), classes="section-title")
            yield Static(format_line(chosen_formats(self.app)), id="formats")
            yield Static(L.FORMATS_DIALOG_HINT, classes="hint")

    def action_toggle(self, index: int) -> None:
        self.query_one("#formats", Static).update(format_line(toggle_format(self.app, index)))

    def action_write(self) -> None:
        if not chosen_formats(self.app):
            self.notify(L.EXPORT_NO_FORMAT, severity="warning")
            return
        self.dismiss(chosen_formats(self.app))

    def action_cancel(self) -> None:
        self.dismiss(None)
