"""The chart of a Kennzahl in the Monitoringbericht: years × groups, one line per group.

Each group has its own colour (Okabe–Ito, distinguishable with a colour
vision deficiency), line style and marker, named in the legend inside the
chart and in words in the caption, so that the chart reads on a
black-and-white printer too.  A year without a value breaks the line.

Drawn by hand like the trends of :mod:`.charts`: the large test process has
100 Kennzahlen, and a matplotlib chart costs ≈ 30 ms to make plus its share of
WeasyPrint's time for the paths of its text; these plain SVGs keep the PDF
within its 5 s (DESIGN §7).  The same shapes become an SVG (HTML, PDF, ODT)
or a PNG with Pillow (DOCX).  Same data, same bytes.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING

from .. import labels as L
from ..domain.numbers import format_number

if TYPE_CHECKING:
    from .monitoring_report import ChartData as Series  # years, unit, series: (group, values)

# Colour, dash pattern (SVG units), marker per group; the words are in L.CHART_STYLE_WORDS.
COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000")
DASHES = ((), (9, 5), (2, 4), (10, 4, 2, 4))
MARKERS = ("circle", "square", "triangle", "diamond")
WIDTH, PLOT_HEIGHT, UNIT = 660, 150, 4  # SVG units; UNIT per millimetre
FONT, CHAR = 11, 6.4  # font size and the width of an average letter, in SVG units


def style(index: int) -> tuple[str, tuple[int, ...], str]:
    return COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)], MARKERS[index % len(MARKERS)]


def drawable(series: Series) -> bool:
    """Worth a chart: two years or more with a value."""
    return sum(any(values[i] is not None for _, values in series.series)
               for i in range(len(series.years))) >= 2


def caption(series: Series) -> str:
    """The words of the chart: the period, the unit, and each group's colour, line and marker."""
    unit = f" ({series.unit})" if series.unit else ""
    text = L.CHART_SERIES.format(first=series.years[0], last=series.years[-1], unit=unit)
    if len(series.series) < 2:
        return text
    colours, lines, markers = L.CHART_STYLE_WORDS
    return text + ": " + "; ".join(
        L.CHART_SERIES_GROUP.format(group=name, colour=colours[i % len(colours)],
                                    line=lines[i % len(lines)], marker=markers[i % len(markers)])
        for i, (name, _) in enumerate(series.series))


def ticks(low: float, high: float) -> list[float]:
    """Three to six round values covering low … high (1, 2, 2,5 or 5 times a power of ten)."""
    if high == low:
        low, high = low - (abs(low) * 0.1 or 1), high + (abs(high) * 0.1 or 1)
    raw = (high - low) / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step + 1e-9) * step
    count = math.ceil((high - first) / step - 1e-9)
    return [round(first + i * step, 10) for i in range(count + 1)]


def shapes(series: Series) -> tuple[float, list[tuple]]:
    """(height, shapes) in SVG units; a shape is ("line", points, colour, dash, width),
    ("mark", x, y, marker, colour), ("text", x, y, text, anchor) or ("rect", x0, y0, x1, y1)."""
    values = [v for _, vs in series.series for v in vs if v is not None]
    marks = ticks(min(values), max(values))
    labels = [format_number(t) for t in marks]
    left = max(len(t) for t in labels) * CHAR + 14
    # The head row: the unit at the left, then the legend (on more rows if it must).
    head = [("text", 6, 14 + FONT * 0.35, series.unit, "start")] if series.unit else []
    legend, rows = _legend(series, max(left, 6 + len(series.unit) * CHAR + 18))
    top = 14 + 17 * max(rows, 1) + 6 if head or rows else 12
    bottom = top + PLOT_HEIGHT
    right = WIDTH - 14
    n = len(series.years)

    def x(i: int) -> float:
        return left + 10 + (right - left - 20) * (i / (n - 1) if n > 1 else 0.5)

    def y(value: float) -> float:
        return bottom - (bottom - top) * (value - marks[0]) / (marks[-1] - marks[0])

    out: list[tuple] = [("rect", 0.5, 0.5, WIDTH - 0.5, bottom + 28)]
    for tick, label in zip(marks, labels, strict=True):
        out.append(("line", ((left, y(tick)), (right, y(tick))), "#d0d0d0", (), 1))
        out.append(("text", left - 6, y(tick) + FONT * 0.35, label, "end"))
    every = max(1, math.ceil(n / 10))
    for i, year in enumerate(series.years):
        if i % every == 0 or i == n - 1:
            out.append(("text", x(i), bottom + 18, str(year), "middle"))
    out.append(("line", ((left, top), (left, bottom), (right, bottom)), "#000000", (), 1))
    for index, (_, vs) in enumerate(series.series):
        colour, dash, marker = style(index)
        run: list[tuple[float, float]] = []
        for i, v in enumerate((*vs, None)):
            if v is not None:
                run.append((x(i), y(v)))
            elif run:  # a year without a value ends the line
                if len(run) > 1:
                    out.append(("line", tuple(run), colour, dash, 2.5))
                run = []
        out += [("mark", x(i), y(v), marker, colour) for i, v in enumerate(vs) if v is not None]
    return bottom + 28.5, out + head + legend


def _legend(series: Series, start: float) -> tuple[list[tuple], int]:
    """The legend's shapes (a sample of line and marker, the group's name) and its rows."""
    if len(series.series) < 2:
        return [], 0
    out, px, row = [], start, 0
    for index, (name, _) in enumerate(series.series):
        width = 34 + len(name) * CHAR + 18
        if px + width > WIDTH - 10 and px > start:
            px, row = start, row + 1
        cy = 14 + row * 17
        colour, dash, marker = style(index)
        out += [("line", ((px, cy), (px + 26, cy)), colour, dash, 2.5),
                ("mark", px + 13, cy, marker, colour),
                ("text", px + 32, cy + FONT * 0.35, name, "start")]
        px += width
    return out, row + 1


def series_chart(series: Series, fmt: str = "svg") -> str | bytes:
    """The chart as SVG text, or as PNG bytes with ``fmt="png"``."""
    height, drawn = shapes(series)
    return _png(drawn, height) if fmt == "png" else _svg(drawn, height)


def _svg(drawn: list[tuple], height: float) -> str:
    from html import escape

    marks: list[tuple[tuple[str, str], list[str]]] = []
    parts: list = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH / UNIT:g}mm" '
             f'height="{height / UNIT:.2f}mm" viewBox="0 0 {WIDTH} {height:.1f}" '
             f'font-family="Dokument, DejaVu Sans, sans-serif" font-size="{FONT}">']
    for shape in drawn:
        kind = shape[0]
        if kind == "rect":
            _, x0, y0, x1, y1 = shape
            parts.append(f'<rect x="{x0}" y="{y0}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" '
                         'fill="#ffffff" stroke="#999999"/>')
        elif kind == "line":
            _, points, colour, dash, width = shape
            pattern = f' stroke-dasharray="{" ".join(map(str, dash))}"' if dash else ""
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" '
                         f'stroke-width="{width}"{pattern}/>')
        elif kind == "mark":
            # One path per group's markers: WeasyPrint draws an element at a time.
            _, px, py, marker, colour = shape
            if marks and marks[-1][0] == (marker, colour):
                marks[-1][1].append(_marker_path(px, py, marker))
            else:
                marks.append(((marker, colour), [_marker_path(px, py, marker)]))
                parts.append(marks[-1])
        else:
            _, px, py, text, anchor = shape
            parts.append(f'<text x="{px:.1f}" y="{py:.1f}" text-anchor="{anchor}">'
                         f"{escape(text)}</text>")
    return "".join(part if isinstance(part, str) else
                   f'<path d="{" ".join(part[1])}" fill="{part[0][1]}"/>' for part in parts) + "</svg>"


def _marker_points(x: float, y: float, marker: str, r: float) -> list[tuple[float, float]]:
    if marker == "square":
        return [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
    if marker == "triangle":
        return [(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
    return [(x, y - r * 1.3), (x + r * 1.1, y), (x, y + r * 1.3), (x - r * 1.1, y)]  # diamond


def _marker_path(x: float, y: float, marker: str) -> str:
    if marker == "circle":  # two arcs
        return f"M{x - 4:.1f},{y:.1f}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0Z"
    points = _marker_points(x, y, marker, 3.6)
    return "M" + "L".join(f"{px:.1f},{py:.1f}" for px, py in points) + "Z"


def _png(drawn: list[tuple], height: float) -> bytes:
    """The same shapes with Pillow at 200 dpi; the text in DejaVu Sans (as in the PDF)."""
    from PIL import Image, ImageDraw, ImageFont

    from .pdf import font_dir

    scale = 200 / 25.4 / UNIT
    image = Image.new("RGB", (round(WIDTH * scale), round(height * scale)), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_dir() / "DejaVuSans.ttf"), round(FONT * scale))
    for shape in drawn:
        kind = shape[0]
        if kind == "rect":
            draw.rectangle([v * scale for v in shape[1:]], outline="#999999")
        elif kind == "line":
            _, points, colour, dash, width = shape
            for a, b in _dashed([(px * scale, py * scale) for px, py in points],
                                [d * scale for d in dash]):
                draw.line((a, b), fill=colour, width=max(1, round(width * scale)))
        elif kind == "mark":
            _, px, py, marker, colour = shape
            if marker == "circle":
                r = 4 * scale
                draw.ellipse((px * scale - r, py * scale - r, px * scale + r, py * scale + r),
                             fill=colour)
            else:
                draw.polygon(_marker_points(px * scale, py * scale, marker, 3.6 * scale),
                             fill=colour)
        else:
            _, px, py, text, anchor = shape
            draw.text((px * scale, py * scale), text, fill="#000000", font=font,
                      anchor={"start": "ls", "middle": "ms", "end": "rs"}[anchor])
    buffer = io.BytesIO()
    # Level 3: a third faster than 6 for a slightly larger file (100 charts in a DOCX).
    image.save(buffer, "PNG", dpi=(200, 200), compress_level=3)
    return buffer.getvalue()


def _dashed(points: list[tuple[float, float]], dash: list[float]):
    """The pieces of a polyline that are drawn with the dash pattern (all of it without one)."""
    if not dash:
        yield from zip(points, points[1:], strict=False)
        return
    index, left, on = 0, dash[0], True
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while done < length:
            step = min(left, length - done)
            a = (x0 + (x1 - x0) * done / length, y0 + (y1 - y0) * done / length)
            b = (x0 + (x1 - x0) * (done + step) / length, y0 + (y1 - y0) * (done + step) / length)
            if on:
                yield a, b
            done += step
            left -= step
            if left <= 1e-9:
                index = (index + 1) % len(dash)
                left, on = dash[index], not on
