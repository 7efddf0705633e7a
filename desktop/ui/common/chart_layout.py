"""Where a bar chart's parts go: plot area, grid lines, tick and category labels, bars and their
value labels, computed without a painter (charts.ChartView paints what this returns).

Text is measured through `Metrics`, three plain callables (the view passes a font's metrics,
tests pass fixed widths), so the geometry is tested as numbers: a bar of 4 is twice as long as a
bar of 2, labels never overlap, nothing leaves the area.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF

from desktop.core.journal.stats import nice_step

if TYPE_CHECKING:
    from desktop.ui.common.charts import BarChart

LABEL_GAP = 6  # the least room between two axis labels
LEGEND_SWATCH = 28  # swatch and the gap before the name
LEGEND_GAP = 16  # after each legend entry


@dataclass(frozen=True)
class Metrics:
    """Text measures: line height and width of a text, in the normal and the small font, and a
    way to shorten a text to a width (with "…")."""

    height: float
    width: Callable[[str], float]
    small_height: float
    small_width: Callable[[str], float]
    elide: Callable[[str, float], str] = lambda text, _width: text


@dataclass(frozen=True)
class TextBox:
    """A text and the box it is drawn in; `align` is "left", "center" or "right" (vertically
    centred in the box)."""

    rect: QRectF
    text: str
    align: str = "center"


@dataclass(frozen=True)
class BarBox:
    """One bar: its rectangle (empty for 0), its set, and where its value is written."""

    rect: QRectF
    set_index: int
    value_label: TextBox


@dataclass
class BarLayout:
    """Everything a bar chart draws, in widget coordinates."""

    plot: QRectF
    grid: list[QLineF] = field(default_factory=list)
    tick_labels: list[TextBox] = field(default_factory=list)
    axis: QLineF = field(default_factory=QLineF)
    categories: list[TextBox] = field(default_factory=list)
    bars: list[BarBox] = field(default_factory=list)


def number(value: float) -> str:
    """A figure as it is printed on a chart and in its sentence: whole numbers without a
    decimal point, others with one decimal in the language's own way (German 3,4)."""
    if float(value).is_integer():
        return f"{value:.0f}"
    return QLocale().toString(float(value), "f", 1)


def count_axis(largest: float) -> tuple[float, float]:
    """The top of a count axis and its step: whole, round steps (1, 2, 5, 10, 20, 50 …) with
    room above the longest bar for its label."""
    top = max(1.0, largest * 1.12)
    step = nice_step(top)
    return step * -(-top // step), step


def ticks(top: float, step: float) -> list[float]:
    count = int(round(top / step)) if step > 0 else 0
    return [step * i for i in range(count + 1)]


def legend_rows(width_of: Callable[[str], float], names: list[str],
                width: float) -> list[list[int]]:
    """The legend's entries (by index) row by row, wrapped to `width`."""
    rows: list[list[int]] = [[]]
    used = 0.0
    for index, name in enumerate(names):
        entry = legend_entry_width(width_of, name, width)
        if rows[-1] and used + entry > width:
            rows.append([])
            used = 0.0
        rows[-1].append(index)
        used += entry
    return rows


def legend_entry_width(width_of: Callable[[str], float], name: str, width: float) -> float:
    return min(width, LEGEND_SWATCH + width_of(name) + LEGEND_GAP)


def spaced_labels(width_of: Callable[[str], float], height: float, y: float,
                  labels: list[tuple[float, str]], bounds: QRectF) -> list[TextBox]:
    """Labels centred under their x positions and kept inside `bounds`, leaving out any that
    would touch the one before it (large text in a narrow chart)."""
    boxes: list[TextBox] = []
    right_edge = float("-inf")
    for x, text in labels:
        width = width_of(text)
        left = max(bounds.left(), min(x - width / 2, bounds.right() - width))
        if left < right_edge + LABEL_GAP:
            continue
        boxes.append(TextBox(QRectF(left - 2, y, width + 4, height), text))
        right_edge = left + width
    return boxes


def bar_layout(chart: BarChart, area: QRectF, m: Metrics) -> BarLayout | None:
    """The geometry of `chart` inside `area` (legend already taken off); None when the area is
    too small to draw in."""
    values = ticks(chart.top, chart.step)
    plot = _plot_area(chart, area, m, [number(t) for t in values])
    if plot.width() <= 4 or plot.height() <= 4:
        return None
    layout = BarLayout(plot)
    _lay_out_axes(layout, chart, area, m, values)
    _lay_out_categories(layout, chart, area, m)
    _lay_out_bars(layout, chart, m)
    return layout


def _plot_area(chart: BarChart, area: QRectF, m: Metrics, tick_texts: list[str]) -> QRectF:
    if chart.horizontal:  # category names on the left, counts below, values right of the bars
        label_width = min(area.width() * 0.45,
                          max((m.small_width(c) for c in chart.categories), default=0) + 8)
        return QRectF(area.left() + label_width, area.top(),
                      area.width() - label_width - m.width("0000"),
                      area.height() - m.height - LABEL_GAP)
    axis_width = max(m.width(t) for t in tick_texts) + 8
    return QRectF(area.left() + axis_width, area.top() + m.height, area.width() - axis_width,
                  area.height() - m.height - m.small_height - 8)


def _scale(chart: BarChart, plot: QRectF) -> float:
    return (plot.width() if chart.horizontal else plot.height()) / (chart.top or 1)


def _lay_out_axes(layout: BarLayout, chart: BarChart, area: QRectF, m: Metrics,
                  values: list[float]) -> None:
    plot, scale = layout.plot, _scale(chart, layout.plot)
    if chart.horizontal:
        xs = [plot.left() + t * scale for t in values]
        layout.grid = [QLineF(x, plot.top(), x, plot.bottom()) for x in xs]
        layout.tick_labels = spaced_labels(m.width, m.height, plot.bottom() + 4,
                                           [(x, number(t)) for x, t in zip(xs, values,
                                                                           strict=True)], area)
        layout.axis = QLineF(plot.topLeft(), plot.bottomLeft())
        return
    ys = [plot.bottom() - t * scale for t in values]
    layout.grid = [QLineF(plot.left(), y, plot.right(), y) for y in ys]
    layout.tick_labels = [TextBox(QRectF(area.left(), y - m.height / 2,
                                         plot.left() - area.left() - LABEL_GAP, m.height),
                                  number(t), "right") for y, t in zip(ys, values, strict=True)]
    layout.axis = QLineF(plot.bottomLeft(), plot.bottomRight())


def _band(chart: BarChart, plot: QRectF) -> float:
    return (plot.height() if chart.horizontal else plot.width()) / max(1, len(chart.categories))


def _lay_out_categories(layout: BarLayout, chart: BarChart, area: QRectF, m: Metrics) -> None:
    plot, band = layout.plot, _band(chart, layout.plot)
    if chart.horizontal:
        width = plot.left() - area.left() - 8
        layout.categories = [
            TextBox(QRectF(area.left(), plot.top() + band * index, width, band),
                    m.elide(category, width), "right")
            for index, category in enumerate(chart.categories)]
    else:
        layout.categories = spaced_labels(
            m.small_width, m.small_height, plot.bottom() + 4,
            [(plot.left() + band * (index + 0.5), category)
             for index, category in enumerate(chart.categories)], area)


def _lay_out_bars(layout: BarLayout, chart: BarChart, m: Metrics) -> None:
    plot, band, scale = layout.plot, _band(chart, layout.plot), _scale(chart, layout.plot)
    thickness = band * 0.7 / max(1, len(chart.sets))
    for index in range(len(chart.categories)):
        start = (plot.top() if chart.horizontal else plot.left()) + band * index
        for number_, bars in enumerate(chart.sets):
            value = bars.values[index] if index < len(bars.values) else 0.0
            offset = start + band * 0.15 + thickness * number_
            length = max(0.0, value) * scale
            if chart.horizontal:
                rect = QRectF(plot.left(), offset, length, thickness)
                label = TextBox(QRectF(rect.right() + 4, offset, 60, thickness), number(value),
                                "left")
            else:
                rect = QRectF(offset, plot.bottom() - length, thickness, length)
                label = TextBox(QRectF(offset - 20, rect.top() - m.height - 1, thickness + 40,
                                       m.height), number(value))
            layout.bars.append(BarBox(rect, number_, label))


def line_point(plot: QRectF, x_range: tuple[float, float], y_top: float, x: float,
               y: float) -> QPointF:
    """Where the point (x, y) of a line chart sits in its plot area."""
    lo, hi = x_range
    span = (hi - lo) or 1.0
    return QPointF(plot.left() + (x - lo) / span * plot.width(),
                   plot.bottom() - y / (y_top or 1) * plot.height())
