"""Charts for the documents: data in, SVG (or PNG for DOCX) out.

- :func:`lights_chart` — the Ampel of each Handlungsfeld as a stacked bar
  (how many Jahresziele are grün, gelb, rot, grau, ohne Indikator), drawn
  with matplotlib.  Every colour also has a hatch pattern, a word in the legend and the count
  in its segment: readable for colour-blind readers and on a black-and-white
  printer.  matplotlib (≈ 0.5 s to import) is loaded only when a chart is drawn.
- :func:`trend_chart` — one indicator's readings as a small line with its
  Ausgangswert (dashed) and Zielwert (dotted).  Written by hand, because a
  report may hold hundreds of them: the large test process has 864, and per
  chart matplotlib needs ≈ 30 ms, pygal ≈ 6 ms, leather ≈ 4 ms before
  WeasyPrint draws them (26–78 s for their SVGs, against ≈ 3 s for these
  plain ones), which would break the 5 s bar for a PDF (DESIGN §7).  The
  words (values, dates) are in the caption beside it, as text.

Both return deterministic output: the same data give the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from .. import labels as L

# Colour, hatch (for black-and-white print) per Ampel, in the order of the bar.
LIGHT_STYLE = {"green": ("#2e7d32", ""), "yellow": ("#f2c21b", "///"),
               "red": ("#c62828", "xx"), "grey": ("#b0b0b0", ".."),
               "no_indicator": ("#ffffff", "\\\\")}
TREND_SIZE_MM = (60, 22)


@dataclass(frozen=True)
class Trend:
    """An indicator's readings (date, value) in date order, with Ausgangs- and Zielwert."""

    name: str
    unit: str | None
    points: tuple[tuple[date, float], ...]
    baseline: float | None
    target: float | None
    baseline_date: date | None = None  # where the line starts, if before the first reading

    def line(self) -> tuple[tuple[date, float], ...]:
        """The points drawn: the Ausgangswert at its date (if earlier), then the readings."""
        if (self.baseline is not None and self.baseline_date is not None
                and self.baseline_date < self.points[0][0]):
            return ((self.baseline_date, self.baseline), *self.points)
        return self.points


def lights_chart(rows: Sequence[tuple[str, Mapping[str, int]]], fmt: str = "svg") -> str | bytes:
    """Stacked bars, one per Handlungsfeld: counts of Jahresziele per Ampel (``rows`` in order)."""
    import matplotlib

    matplotlib.use("agg", force=False)
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "steuerung",
                                "font.family": "DejaVu Sans", "font.size": 8,
                                "hatch.linewidth": 0.6, "hatch.color": "#000000"}):
        height = 0.9 + 0.32 * max(len(rows), 1)
        fig = Figure(figsize=(16.5 / 2.54, height))
        ax = fig.add_axes((0.30, 0.55 / height, 0.68, 1 - 0.75 / height))
        names = [name for name, _ in rows][::-1]
        left = [0] * len(names)
        for light in L.LIGHTS:  # every Ampel state, in the order of the reports' tables
            colour, hatch = LIGHT_STYLE[light]
            counts = [counts.get(light, 0) for _, counts in rows][::-1]
            bars = ax.barh(names, counts, left=left, color=colour, hatch=hatch,
                           edgecolor="#000000", linewidth=0.5, label=L.LIGHTS[light])
            ax.bar_label(bars, labels=[str(c) if c else "" for c in counts], label_type="center",
                         fontsize=7, bbox={"boxstyle": "round,pad=0.15", "facecolor": "white",
                                           "edgecolor": "none"})
            left = [a + b for a, b in zip(left, counts, strict=True)]
        ax.set_xlabel(L.CHART_GOALS)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(ncols=len(L.LIGHTS), loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False,
                  fontsize=7.5, handlelength=1.6)
        buffer = io.BytesIO()
        fig.savefig(buffer, format=fmt, dpi=200, metadata=_metadata(fmt))
    data = buffer.getvalue()
    return data.decode("utf-8") if fmt == "svg" else data


def _metadata(fmt: str) -> dict:
    # No date and no software version in the file: same data, same bytes.
    if fmt == "svg":
        return {"Date": None, "Creator": None}
    return {"Software": None}


def _geometry(trend: Trend, width: float, height: float):
    """Plot coordinates: the readings' points and the y of Ausgangs- and Zielwert."""
    line = trend.line()
    values = [v for _, v in line]
    marks = [v for v in (trend.baseline, trend.target) if v is not None]
    low, high = min(values + marks), max(values + marks)
    if high == low:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.12
    low, high = low - pad, high + pad
    first, last = line[0][0].toordinal(), line[-1][0].toordinal()
    span = max(last - first, 1)
    x0, x1, y0, y1 = 0.03 * width, 0.97 * width, 0.06 * height, 0.94 * height

    def x(day: date) -> float:
        return x0 + (x1 - x0) * ((day.toordinal() - first) / span if last > first else 0.5)

    def y(value: float) -> float:
        return y1 - (y1 - y0) * (value - low) / (high - low)

    points = [(x(d), y(v)) for d, v in line]
    return points, (x0, x1), {key: None if value is None else y(value)
                              for key, value in (("baseline", trend.baseline),
                                                 ("target", trend.target))}


def trend_chart(trend: Trend, fmt: str = "svg") -> str | bytes:
    """A small trend: readings solid, Ausgangswert dashed, Zielwert dotted; no text inside."""
    if fmt == "png":
        return _trend_png(trend)
    width, height = TREND_SIZE_MM[0] * 4, TREND_SIZE_MM[1] * 4
    points, (x0, x1), marks = _geometry(trend, width, height)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{TREND_SIZE_MM[0]}mm" '
             f'height="{TREND_SIZE_MM[1]}mm" viewBox="0 0 {width} {height}">',
             f'<rect x="0.5" y="0.5" width="{width - 1}" height="{height - 1}" fill="#ffffff" '
             'stroke="#999999"/>']
    if trend.baseline is not None:
        parts.append(f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{marks["baseline"]:.1f}" '
                     f'y2="{marks["baseline"]:.1f}" stroke="#555555" stroke-width="2" '
                     'stroke-dasharray="10 6"/>')
    if trend.target is not None:
        parts.append(f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{marks["target"]:.1f}" '
                     f'y2="{marks["target"]:.1f}" stroke="#000000" stroke-width="2" '
                     'stroke-dasharray="2 5"/>')
    path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    parts.append(f'<polyline points="{path}" fill="none" stroke="#1f4e9c" stroke-width="3"/>')
    lx, ly = points[-1]
    parts.append(f'<circle cx="{lx:.1f}" cy="{ly:.1f}" r="5" fill="#1f4e9c"/></svg>')
    return "".join(parts)


def _trend_png(trend: Trend) -> bytes:
    """The same drawing as a PNG (for DOCX), with Pillow (installed with matplotlib)."""
    from PIL import Image, ImageDraw

    dpi = 200
    width, height = (round(mm / 25.4 * dpi) for mm in TREND_SIZE_MM)
    points, (x0, x1), marks = _geometry(trend, width, height)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width - 1, height - 1), outline="#999999")
    for key, colour, (dash, gap) in (("baseline", "#555555", (16, 10)),
                                     ("target", "#000000", (4, 9))):
        if marks[key] is None:
            continue
        start = x0
        while start < x1:
            draw.line((start, marks[key], min(start + dash, x1), marks[key]), fill=colour, width=3)
            start += dash + gap
    draw.line(points if len(points) > 1 else points * 2, fill="#1f4e9c", width=5, joint="curve")
    lx, ly = points[-1]
    draw.ellipse((lx - 8, ly - 8, lx + 8, ly + 8), fill="#1f4e9c")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi), compress_level=6)
    return buffer.getvalue()


def trend_caption(trend: Trend) -> str:
    """The words of a trend: name, unit, Ausgangswert, Zielwert, last value and the period."""
    from ..domain.attainment import num
    from ..domain.dates import format_date

    unit = f" {trend.unit}" if trend.unit else ""
    parts = [f"{trend.name}{f' ({trend.unit})' if trend.unit else ''}"]
    if trend.baseline is not None:
        parts.append(L.CHART_BASELINE.format(value=num(trend.baseline) + unit))
    if trend.target is not None:
        parts.append(L.CHART_TARGET.format(value=num(trend.target) + unit))
    (first, _), (last, value) = trend.points[0], trend.points[-1]
    parts.append(L.CHART_LAST.format(value=num(value) + unit, date=format_date(last)))
    if len(trend.points) == 1:
        parts.append(L.CHART_ONE_VALUE)
    else:
        parts.append(L.CHART_PERIOD.format(n=len(trend.points), first=format_date(first),
                                           last=format_date(last)))
    return " · ".join(parts)
