"""PDF from the document's HTML with WeasyPrint: A4, running head, "Seite x von y".

The fonts are embedded, never taken from the system: DejaVu Sans (umlauts,
ß, ž, č, ğ, ł …) as installed with matplotlib, a dependency of the charts
anyway.  WeasyPrint fetches nothing but those font files and ``data:``
addresses, so a document never reads a local file or the network.

WeasyPrint (≈ 0.7 s to import) and Pango (a system library it loads) are
needed only here, imported when a PDF is asked for.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from .. import labels as L
from ..domain.errors import UserError
from .html import STYLE, plain_title, to_html

_FACES = (("normal", "normal", "DejaVuSans.ttf"), ("bold", "normal", "DejaVuSans-Bold.ttf"),
          ("normal", "italic", "DejaVuSans-Oblique.ttf"),
          ("bold", "italic", "DejaVuSans-BoldOblique.ttf"))

PAGE = """
@page { size: A4; margin: 24mm 20mm 22mm 25mm;
  @top-left { content: "%(head)s"; font-size: 8pt; color: #333; vertical-align: bottom;
              padding-bottom: 3mm; border-bottom: 0.5pt solid #999; width: 100%%; }
  @bottom-right { content: "%(page)s"; font-size: 8pt; color: #333; vertical-align: top;
                  padding-top: 3mm; } }
@page :first { @top-left { content: none; border: none; } }
html { font-family: "Dokument", sans-serif; }
body { max-width: none; margin: 0; }
"""


def font_dir() -> Path:
    """Where matplotlib keeps its DejaVu fonts (found without importing matplotlib)."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise UserError(L.FORMAT_MISSING.format(format="PDF", package="matplotlib"))
    return Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"


def css_string(text: str) -> str:
    """``text`` for a CSS string literal: everything but plain letters as a hex escape."""
    return "".join(c if c.isalnum() or c in " .,:;-–·/()" else f"\\{ord(c):06x}"
                   for c in plain_title(text))


def font_faces(folder: Path) -> str:
    return "".join(f'@font-face {{ font-family: "Dokument"; font-weight: {weight}; '
                   f'font-style: {style}; src: url("{(folder / name).as_uri()}"); }}\n'
                   for weight, style, name in _FACES)


def pdf_style(head: str) -> str:
    page = L.PDF_PAGE_OF.format(page='" counter(page) "', pages='" counter(pages) "')
    return STYLE + font_faces(font_dir()) + PAGE % {"head": css_string(head), "page": page}


def to_pdf(markdown_text: str, title: str, head: str, figures=None) -> bytes:
    """The PDF of a document: its HTML with the page style, laid out by WeasyPrint."""
    html = to_html(markdown_text, title, figures, style=pdf_style(head))
    weasyprint = _weasyprint()
    fonts = font_dir()

    class _OnlyOwnFiles(weasyprint.urls.URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:") or (url.startswith("file:")
                                           and Path(url[7:]).parent == fonts):
                return super().fetch(url, headers)
            raise weasyprint.urls.URLFetchingError(f"not fetched: {url[:80]}")

    document = weasyprint.HTML(string=html, url_fetcher=_OnlyOwnFiles()).render()
    # fontTools stamps each embedded font subset with the time unless told a fixed
    # one: same data, same bytes.
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "946684800"  # 01.01.2000
    try:
        return document.write_pdf()
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def _weasyprint():
    """Import WeasyPrint, or say in German what is missing."""
    import logging

    try:
        import weasyprint
        import weasyprint.urls
    except ImportError:
        raise UserError(L.FORMAT_MISSING.format(format="PDF", package="weasyprint")) from None
    except OSError as exc:  # WeasyPrint found, the system library Pango not
        raise UserError(L.FORMAT_NO_PANGO.format(error=exc)) from None
    # Its warnings (an unknown CSS property, a refused address) are for developers.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    return weasyprint
