"""HTML for printing: rendered from the same Markdown with markdown-it-py.

Raw HTML in the Markdown is not passed through (``html=False``), so user
text can never inject markup; one self-contained file with a small A4 print
stylesheet and a page break before every main section.
"""

from __future__ import annotations

from html import escape

STYLE = """
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Source Sans Pro", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
       color: #000; max-width: 48em; margin: 2em auto; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.6em; } h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 10pt; }
th, td { border: 1px solid #555; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
@media print { h2 { page-break-before: always; } h1 + * h2, h1 + h2 { page-break-before: avoid; }
               tr, li { page-break-inside: avoid; } }
"""


def to_html(markdown_text: str, title: str) -> str:
    from markdown_it import MarkdownIt  # imported here: never on the start path

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown_text)
    return (f'<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
            f"<body>\n{body}</body>\n</html>\n")
