"""Make ``reference.docx`` and ``reference.odt``: pandoc's defaults, adjusted for a clerk.

Run once after a pandoc update (needs python-docx, from the test extra)::

    python -m steuerung.export.make_reference

Both start from ``pandoc --print-default-data-file``, so they keep pandoc's
style names (Heading 1, Body Text, Table …), which is what lets a clerk paste
the text into the council's Word template.  Changed: Arial everywhere (Word
has it; LibreOffice uses the metric twin Liberation Sans), black headings in
sizes a Vorlage uses, a table style with thin borders, A4 with DIN margins and
"Seite x von y" in the footer.  Not imported by the application.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "Arial"
SIZES = {"Normal": 10.5, "Title": 16, "Heading 1": 15, "Heading 2": 13, "Heading 3": 11.5,
         "Heading 4": 10.5, "Heading 5": 10.5, "Heading 6": 10.5}
BORDER = "0.5pt solid #444444"


def _default(name: str, target: Path) -> None:
    import pypandoc

    subprocess.run([pypandoc.get_pandoc_path(), "-o", str(target),
                    "--print-default-data-file", name], check=True)


def make_docx(target: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor

    _default("reference.docx", target)
    doc = Document(str(target))
    styles = doc.styles.element
    for fonts in styles.iter(qn("w:rFonts")):  # theme fonts would win over a named font
        for key in list(fonts.attrib):
            fonts.attrib.pop(key)
        for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(key), FONT)
    for name, size in SIZES.items():
        style = doc.styles[name]
        style.font.name, style.font.size = FONT, Pt(size)
        if name != "Normal":
            style.font.color.rgb, style.font.bold = RGBColor(0, 0, 0), True
    table = doc.styles["Table"].element
    tbl_pr = table.find(qn("w:tblPr"))
    if tbl_pr is None:
        tbl_pr = parse_xml(f"<w:tblPr {nsdecls('w')}/>")
        table.append(tbl_pr)
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    sides = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="444444"/>'
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl_pr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{sides}</w:tblBorders>"))
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2)
    footer = section.footer.paragraphs[0]
    footer.alignment = 2  # right
    footer._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Seite </w:t></w:r>'))
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t>'
                               "</w:r></w:fldSimple>"))
    footer._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> von </w:t></w:r>'))
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="NUMPAGES"><w:r><w:t>1'
                               "</w:t></w:r></w:fldSimple>"))
    doc.save(str(target))


def make_odt(target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "reference.odt"
        _default("reference.odt", source)
        with zipfile.ZipFile(source) as old:
            parts = {info.filename: old.read(info) for info in old.infolist()}
    styles = parts["styles.xml"].decode("utf-8")
    styles = re.sub(r'(style:font-name(?:-asian|-complex)?)="[^"]*"', rf'\1="{FONT}"', styles)
    styles = re.sub(r'(<office:font-face-decls>)', rf'\1<style:font-face style:name="{FONT}" '
                    rf'svg:font-family="{FONT}" style:font-family-generic="swiss" '
                    'style:font-pitch="variable"/>', styles, count=1)
    styles = re.sub(r'fo:font-family="[^"]*"', f'fo:font-family="{FONT}"', styles)
    # A4 with DIN margins, and the page footer "Seite x von y".
    start = styles.index("<style:page-layout-properties")
    end = styles.index(">", start)
    layout = styles[start:end]
    for name, value in (("page-width", "21cm"), ("page-height", "29.7cm"), ("margin-top", "2cm"),
                        ("margin-bottom", "1.5cm"), ("margin-left", "2.5cm"),
                        ("margin-right", "2cm")):
        layout = re.sub(rf'fo:{name}="[^"]*"', f'fo:{name}="{value}"', layout)
    styles = styles[:start] + layout + styles[end:]
    footer = ('<style:footer><text:p text:style-name="MP1">Seite <text:page-number '
              'text:select-page="current">1</text:page-number> von <text:page-count>1'
              "</text:page-count></text:p></style:footer>")
    styles = re.sub(r"<style:footer>.*?</style:footer>", footer, styles, count=1, flags=re.S)
    # Headings upright and black, as in the DOCX.
    styles = re.sub(r'(<style:style style:name="Heading_20_\d"[^>]*>.*?</style:style>)',
                    lambda m: m.group(1).replace('fo:font-style="italic"', 'fo:font-style="normal"')
                    .replace('style:font-style-asian="italic"', 'style:font-style-asian="normal"')
                    .replace('style:font-style-complex="italic"',
                             'style:font-style-complex="normal"'), styles, flags=re.S)
    parts["styles.xml"] = styles.encode("utf-8")
    with zipfile.ZipFile(target, "w") as new:
        new.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"),
                     compress_type=zipfile.ZIP_STORED)
        for name, data in parts.items():
            new.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    make_docx(HERE / "reference.docx")
    make_odt(HERE / "reference.odt")
    print(f"geschrieben: {HERE / 'reference.docx'}, {HERE / 'reference.odt'}")
