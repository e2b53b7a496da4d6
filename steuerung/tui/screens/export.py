"""Dokumente: choose a document, see it rendered, write it to exports/ in chosen formats.

The preview uses Rich's Markdown renderer in one Static (≈ 40 ms for the
demo's workshop documentation) — Textual's Markdown widget costs ≈ 100 ms
per table and would make a long document take seconds (DESIGN §7).
Keys 1–5 switch Markdown, HTML, PDF, DOCX, ODT on or off; ``w`` writes
them (see :mod:`.export_files`), ``h`` writes Markdown + HTML as before;
``g`` opens the outline of the workshop documentation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ... import labels as L
from ...domain.dates import format_date
from ...domain.errors import UserError
from ...domain.minutes import is_statutory
from ...domain.text import printable
from ...store.reviews import reviews
from ...store.status import years
from ..text import plain
from ..widgets.bars import Footer, Header
from .base import Screen
from .export_files import chosen_formats, format_line, toggle_format, write_document


def document_choices(store) -> list[tuple[str, str, dict]]:
    """(id, label, options) for every document the process can produce now."""
    choices = [(f"priorities:{v['id']}", f"{L.DOC_PRIORITIES}: {v['title']}",
                {"kind": "priorities", "vote_id": v["id"]})
               for v in store.rows("SELECT id, title FROM dot_vote ORDER BY position, id")]
    choices.append(("workshop", L.DOC_WORKSHOP, {"kind": "workshop"}))
    if store.one("SELECT 1 FROM monitoring_indicator UNION ALL SELECT 1 FROM population LIMIT 1"):
        choices.append(("monitoring", L.DOC_MONITORING, {"kind": "monitoring"}))
    if store.one("SELECT 1 FROM plan_step LIMIT 1"):
        choices.append(("masterplan", L.DOC_MASTERPLAN, {"kind": "masterplan"}))
    for year in reversed(years(store)):
        choices.append((f"status:{year}", L.EXPORT_YEAR.format(year=year),
                        {"kind": "status", "year": year}))
    for m in store.rows("SELECT m.id, m.number, m.date, c.name, c.kind FROM meeting m JOIN "
                        "committee c ON c.id = m.committee_id ORDER BY m.date DESC, m.id DESC"):
        when = format_date(date.fromisoformat(m["date"])) if m["date"] else ""
        words = L.EXPORT_NIEDERSCHRIFT if is_statutory(m["kind"], m["name"]) else L.EXPORT_MINUTES
        label = words.format(committee=m["name"], date=when)
        choices.append((f"minutes:{m['id']}", label, {"kind": "minutes", "meeting_id": m["id"]}))
        choices.append((f"public:{m['id']}", label + L.EXPORT_PUBLIC,
                        {"kind": "minutes", "meeting_id": m["id"], "public": True}))
    for s in store.rows("SELECT id, number, subject FROM submission ORDER BY id DESC"):
        choices.append((f"submission:{s['id']}", L.EXPORT_SUBMISSION.format(
            number=s["number"] or "–", subject=s["subject"]),
            {"kind": "submission", "submission_id": s["id"]}))
    for r in reviews(store):
        choices.append((f"review:{r['id']}", L.EXPORT_REVIEW.format(year=r["year"],
                                                                    label=r["label"]),
                        {"kind": "status", "review_id": r["id"]}))
    return choices


class ExportScreen(Screen):
    BINDINGS = [
        Binding("w", "write(False)", L.KEY_EXPORT_WRITE),
        Binding("h", "write(True)", L.KEY_EXPORT_HTML),
        *[Binding(str(n), f"toggle({n - 1})", L.KEY_FORMAT, show=n == 1, key_display="1–5")
          for n in range(1, 6)],
        Binding("g", "outline", L.KEY_OUTLINE),
        Binding("escape", "app.show_overview", L.KEY_OVERVIEW),
    ]

    def compose(self) -> ComposeResult:
        self.choices = document_choices(self.app.store)
        yield Header()
        yield Static(L.EXPORT_HINT, classes="hint")
        yield Static(format_line(chosen_formats(self.app)), id="formats", classes="hint")
        with Horizontal():
            yield OptionList(*[Option(plain(label), id=key) for key, label, _ in self.choices],
                             id="documents")
            with VerticalScroll(id="preview-scroll"):
                yield Static("", id="preview")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.show(0)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show(event.option_index)

    def _request(self, index: int, formats: tuple[str, ...] = ("md",), force: bool = False):
        from ...export.commands import Request

        options = {k: v for k, v in self.choices[index][2].items() if k != "kind"}
        return Request(self.app.paths.exports, self.app.now(), force=force, formats=formats,
                       **options)

    def _document(self, index: int, request):
        from ...export.commands import render_document

        return render_document(self.choices[index][2]["kind"], self.app.store, Path("."), request)

    def show(self, index: int) -> None:
        self.index = index
        self._preview()
        self.query_one("#preview-scroll", VerticalScroll).scroll_home(animate=False)

    def _preview(self) -> None:
        """The chosen document rendered (user text in it is data: no control characters)."""
        from rich.markdown import Markdown

        try:
            document = self._document(self.index, self._request(self.index))
        except UserError as error:
            self.query_one("#preview", Static).update(plain(error.message))
            return
        self.query_one("#preview", Static).update(Markdown(printable(document.text)))

    def reload_from_store(self) -> None:
        """Another process wrote: the list of documents and the preview follow, in place."""
        from ..live import refill

        choices = document_choices(self.app.store)
        options = self.query_one(OptionList)
        if [c[:2] for c in choices] != [c[:2] for c in self.choices]:  # a document or a name
            self.choices = choices
            with self.prevent(OptionList.OptionHighlighted):
                refill(options, [Option(plain(label), id=key) for key, label, _ in choices])
            self.index = options.highlighted or 0
        self._preview()  # the scroll position is kept

    def audit_target(self) -> tuple[str, int] | None:
        """The object the chosen document is made from (a workshop or a Sachstand: all)."""
        options = self.choices[self.index][2]
        for key, table in (("vote_id", "dot_vote"), ("meeting_id", "meeting"),
                           ("submission_id", "submission"), ("review_id", "review")):
            if key in options:
                return (table, options[key])
        return None

    def action_toggle(self, index: int) -> None:
        self.query_one("#formats", Static).update(format_line(toggle_format(self.app, index)))

    def action_outline(self, select: str | None = None) -> None:
        """The outline of the workshop documentation; its preview here follows on return."""
        from ..documents.outline import OutlineScreen

        self.app.push_screen(OutlineScreen(select), lambda _: self._show_workshop())

    def _show_workshop(self) -> None:
        """Back from the outline: the workshop documentation as it now reads."""
        keys = [key for key, _, _ in self.choices]
        if self.query_one(OptionList).highlighted != keys.index("workshop"):
            self.query_one(OptionList).highlighted = keys.index("workshop")
        else:
            self.show(self.index)

    def action_write(self, html: bool) -> None:
        formats = ("md", "html") if html else chosen_formats(self.app)
        if not formats:
            self.notify(L.EXPORT_NO_FORMAT, severity="warning")
            return
        request = self._request(self.index, formats)
        try:
            document = self._document(self.index, request)
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", markup=False)
            return
        write_document(self, document, request)
