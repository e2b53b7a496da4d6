"""One indicator's trend in the terminal: readings, Ausgangswert and Zielwert (issue 15).

The same picture as the trend chart of the Sachstandsbericht
(:func:`steuerung.export.charts.trend_chart`), drawn by textual-plotext:
readings as a braille line, the Ausgangswert dashed ("--"), the Zielwert
dotted (".."), each named in the legend, the numbers German on the axis.
Imported only when the Sachstand detail shows a trend (plotext ≈ 40 ms).
"""

from __future__ import annotations

import re
from datetime import date

from textual_plotext import PlotextPlot

from ... import labels as L
from ...domain.attainment import num
from ...domain.dates import format_date

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class TrendPlot(PlotextPlot):
    DEFAULT_CSS = "TrendPlot { height: 11; width: 1fr; max-width: 90; }"

    def __init__(self, name: str, unit: str | None, points: list[tuple[date, float]],
                 baseline: float | None, target: float | None):
        super().__init__()
        self.title = _CONTROL.sub("", f"{name}{f' ({unit})' if unit else ''}")
        self.points, self.baseline, self.target = points, baseline, target

    def on_mount(self) -> None:
        super().on_mount()
        plt = self.plt
        first = self.points[0][0].toordinal()
        xs = [d.toordinal() - first for d, _ in self.points]
        ys = [v for _, v in self.points]
        span = [0, max(xs[-1], 1)]
        plt.plot(xs, ys, marker="braille", label=L.DETAIL_TREND_READINGS)
        marks = []
        if self.baseline is not None:
            plt.plot(span, [self.baseline] * 2, marker="-",
                     label=L.DETAIL_TREND_BASELINE.format(value=num(self.baseline)))
            marks.append(self.baseline)
        if self.target is not None:
            plt.plot(span, [self.target] * 2, marker=".",
                     label=L.DETAIL_TREND_TARGET.format(value=num(self.target)))
            marks.append(self.target)
        ticks = sorted({*marks, ys[-1], min(ys + marks), max(ys + marks)})
        plt.yticks(ticks, [num(t) for t in ticks])
        plt.xticks([0, xs[-1]], [format_date(self.points[0][0]), format_date(self.points[-1][0])])
        plt.title(self.title)
