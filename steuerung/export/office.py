"""DOCX and ODT from the document's Markdown with pandoc (``pypandoc-binary`` ships it).

The look comes from the reference documents beside this module
(``reference.docx``, ``reference.odt``; made by ``make_reference.py``): Arial,
black headings, tables with borders, A4, "Seite x von y" in the footer, and
pandoc's style names ("Heading 1", "Body Text", "Table"), so that a clerk can
paste the text into the council's Word template and it takes that template's
styles.

pandoc runs with ``--sandbox``: it reads nothing but its input and the
reference document (an image a user wrote into a note is not fetched).  The
document's charts go in as ``data:`` images: PNG in DOCX (pandoc embeds SVG
there without a PNG fallback, which LibreOffice and Word before 2016 show
as an empty frame), SVG in ODT.
"""

from __future__ import annotations

import base64
import re
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

from .. import labels as L
from ..domain.errors import UserError
from .html import FIGURE_SCHEME

HERE = Path(__file__).resolve().parent
# pandoc's GFM reader: CommonMark with tables and strikethrough, as our Markdown;
# raw HTML off (user text cannot contain any, this is a second fence).
READER = "gfm-raw_html"
_MARKER = re.compile(r"^!\[([^\]\n]*)\]\(" + re.escape(FIGURE_SCHEME) + r"([a-z0-9-]+)\)$", re.M)


def reference(fmt: str) -> Path:
    return HERE / f"reference.{fmt}"


def to_office(markdown_text: str, fmt: str,
              figures: Mapping[str, Callable[[], str | bytes]] | None = None) -> bytes:
    """``fmt`` is "docx" or "odt"; ``figures`` map a key to a function giving PNG (docx) or SVG."""
    pandoc = _pandoc()
    from .html import table_widths

    text = _with_images(markdown_text, figures or {}, "image/png" if fmt == "docx"
                        else "image/svg+xml")
    # The columns as wide as in the HTML and PDF (colwidths.lua sets them).
    widths = ";".join(",".join(map(str, w)) for w in table_widths(markdown_text))
    try:
        done = subprocess.run(
            [pandoc, "--from", READER, "--to", fmt, "--sandbox", "--quiet",
             "--reference-doc", str(reference(fmt)), "--lua-filter", str(HERE / "colwidths.lua"),
             "--metadata", f"colwidths={widths}", "--output", "-"],
            input=text.encode("utf-8"), capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UserError(L.FORMAT_PANDOC_FAILED.format(format=fmt.upper(), error=exc)) from None
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip()[:300]
        raise UserError(L.FORMAT_PANDOC_FAILED.format(format=fmt.upper(), error=error))
    return _odt_borders(done.stdout) if fmt == "odt" else done.stdout


def _odt_borders(data: bytes) -> bytes:
    """Give the ODT's table cells thin borders.

    pandoc writes its cell styles into the document itself ("fo:border=none"),
    where a reference document cannot reach them; so they are changed here.
    """
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as old:
        parts = [(info, old.read(info)) for info in old.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as new:
        for info, raw in parts:
            if info.filename == "content.xml":
                raw = re.sub(rb'(style:name="Table(?:Header)?RowCell" style:family="table-cell">'
                             rb'\s*<style:table-cell-properties) fo:border="none"',
                             rb'\1 fo:border="0.5pt solid #444444" fo:padding="0.05cm"', raw)
            new.writestr(info, raw)
    return out.getvalue()


def _with_images(text: str, figures, mime: str) -> str:
    """Each figure marker becomes an embedded image with its caption below it."""
    def image(match: re.Match) -> str:
        caption, key = match.group(1), match.group(2)
        draw = figures.get(key)
        if draw is None:
            return caption
        data = draw()
        raw = data.encode("utf-8") if isinstance(data, str) else data
        return (f"![{caption}](data:{mime};base64,{base64.b64encode(raw).decode('ascii')})"
                f"\n\n*{caption}*")
    return _MARKER.sub(image, text)


def _pandoc() -> str:
    try:
        import pypandoc
    except ImportError:
        raise UserError(L.FORMAT_MISSING.format(format="DOCX/ODT",
                                                package="pypandoc-binary")) from None
    try:
        return pypandoc.get_pandoc_path()
    except OSError:
        raise UserError(L.FORMAT_MISSING.format(format="DOCX/ODT",
                                                package="pypandoc-binary")) from None
