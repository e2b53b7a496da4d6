"""The output formats of a document: md, html, pdf, docx, odt.

Every format starts from the same Markdown: HTML with markdown-it-py, PDF
from that HTML with WeasyPrint, DOCX and ODT from the Markdown with pandoc.
Each converter is imported only when its format is asked for, so that the
command line and the app start without WeasyPrint, pandoc or matplotlib.
A new format is one entry in ``_RENDER``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from .. import labels as L
from ..domain.errors import UserError

FORMATS = ("md", "html", "pdf", "docx", "odt")
DEFAULT = ("md",)

# A figure draws itself in a format: "svg" (str) or "png" (bytes).
Draw = Callable[[str], "str | bytes"]


@dataclass(frozen=True)
class Rendition:
    """What the converters need of a document: its Markdown (with figure markers) and figures."""

    text: str
    title: str
    head: str
    figures: Mapping[str, Draw] = field(default_factory=dict)
    plain: str | None = None  # the Markdown without any chart, for the .md file
    printed: str | None = None  # the PDF's Markdown, where it is laid out lighter than ``text``


def parse_formats(value: str | Iterable[str]) -> tuple[str, ...]:
    """"md,pdf" (or a list of names) → ("md", "pdf") in the order of FORMATS; German errors."""
    names = value.split(",") if isinstance(value, str) else list(value)
    chosen = set()
    for raw in names:
        name = raw.strip().lower().lstrip(".")
        if not name:
            continue
        if name not in FORMATS:
            raise UserError(L.FORMAT_UNKNOWN.format(name=raw.strip(), formats=", ".join(FORMATS)))
        chosen.add(name)
    if not chosen:
        raise UserError(L.FORMAT_EMPTY)
    return tuple(f for f in FORMATS if f in chosen)


def render(rendition: Rendition, formats: Iterable[str]) -> dict[str, bytes]:
    """Suffix (".md", ".pdf" …) → the file's bytes, for every format asked for."""
    return {f".{fmt}": _RENDER[fmt](rendition) for fmt in parse_formats(formats)}


def _drawn(rendition: Rendition, fmt: str) -> dict[str, Callable[[], str | bytes]]:
    return {key: (lambda draw=draw: draw(fmt)) for key, draw in rendition.figures.items()}


def _md(r: Rendition) -> bytes:
    from .html import without_figures

    return (r.plain if r.plain is not None else without_figures(r.text)).encode("utf-8")


def _html(r: Rendition) -> bytes:
    from .html import to_html

    return to_html(r.text, r.title, _drawn(r, "svg")).encode("utf-8")


def _pdf(r: Rendition) -> bytes:
    from .pdf import to_pdf

    return to_pdf(r.printed or r.text, r.title, r.head, _drawn(r, "svg"))


def _docx(r: Rendition) -> bytes:
    from .office import to_office

    return to_office(r.text, "docx", _drawn(r, "png"))


def _odt(r: Rendition) -> bytes:
    from .office import to_office

    return to_office(r.text, "odt", _drawn(r, "svg"))


_RENDER: dict[str, Callable[[Rendition], bytes]] = {
    "md": _md, "html": _html, "pdf": _pdf, "docx": _docx, "odt": _odt}
