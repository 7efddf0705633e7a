"""Bar and line charts drawn with QPainter (Qt Gui, LGPL) for the statistics page.

A chart is data (`BarChart`, `LineChart`); `ChartView` paints it in the widget's palette and
font, so the high-contrast palette and larger text reach it like every other widget. Series
differ by pattern and marker as well as colour, every bar carries its value, and nothing moves
on its own. The text description beside each chart (stats_page.ChartCard) says in words what
the chart shows; the view itself is a focusable picture with an accessible name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass
class BarSet:
    """One series of bars: a value per category; `hatched` draws diagonal lines, not a fill."""

    name: str
    values: list[float]
    colour: QColor
    hatched: bool = False


@dataclass
class BarChart:
    """Bars per category from 0 to `top`, with a count axis ticked every `step`."""

    categories: list[str]
    sets: list[BarSet]
    top: float
    step: float
    horizontal: bool = False
    legend: bool = False
    small_category_labels: bool = False


@dataclass
class LineSeries:
    """Points (x, y) joined by a line; `dashed` and `square` tell it apart without colour."""

    name: str
    points: list[tuple[float, float]]
    colour: QColor
    dashed: bool = False
    square: bool = False


@dataclass
class LineChart:
    """Lines over an x range with labelled x ticks and a y axis from `y_top`'s 0."""

    series: list[LineSeries]
    x_range: tuple[float, float]
    x_ticks: list[tuple[float, str]]
    y_top: float
    y_step: float
    legend: bool = True


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _ticks(top: float, step: float) -> list[float]:
    count = int(round(top / step)) if step > 0 else 0
    return [step * i for i in range(count + 1)]


class ChartView(QWidget):
    """Paints a BarChart or LineChart; `chart()` returns what it shows."""

    PADDING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: BarChart | LineChart | None = None
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def chart(self) -> BarChart | LineChart | None:
        return self._chart

    def set_chart(self, chart: BarChart | LineChart) -> None:
        self._chart = chart
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 260)

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        outer = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.fillRect(outer, pal.brush(QPalette.ColorRole.Base))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight if self.hasFocus()
                                      else QPalette.ColorRole.Mid), 2 if self.hasFocus() else 1))
        painter.drawRect(outer)
        chart = self._chart
        if chart is not None:
            painter.setFont(self.font())
            area = outer.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
            if isinstance(chart, BarChart):
                self._paint_bars(painter, area, chart)
            else:
                self._paint_lines(painter, area, chart)
        painter.end()

    def _text_pen(self) -> QPen:
        return QPen(self.palette().color(QPalette.ColorRole.Text))

    def _grid_pen(self) -> QPen:
        return QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)

    @staticmethod
    def _legend_rows(fm: QFontMetricsF, names: list[str], width: float) -> list[list[int]]:
        """The legend's entries (by index) row by row, wrapped to `width`."""
        rows: list[list[int]] = [[]]
        used = 0.0
        for index, name in enumerate(names):
            entry = min(width, 28 + fm.horizontalAdvance(name) + 16)
            if rows[-1] and used + entry > width:
                rows.append([])
                used = 0.0
            rows[-1].append(index)
            used += entry
        return rows

    def _legend_height(self, fm: QFontMetricsF, names: list[str], width: float) -> float:
        return len(self._legend_rows(fm, names, width)) * (fm.height() + 4) + 4

    def _legend(self, painter: QPainter, area: QRectF, entries: list[BarSet | LineSeries]) -> None:
        """Swatches and names in rows, centred at the bottom of `area` (names elided when even
        a row of their own is too narrow)."""
        fm = QFontMetricsF(painter.font())
        names = [e.name for e in entries]
        y = area.top() + 4
        for row in self._legend_rows(fm, names, area.width()):
            widths = [min(area.width(), 28 + fm.horizontalAdvance(names[i]) + 16) for i in row]
            x = area.left() + (area.width() - sum(widths)) / 2
            middle = y + fm.height() / 2
            for index, width in zip(row, widths, strict=True):
                item = entries[index]
                if isinstance(item, BarSet):
                    self._bar_brush(painter, item)
                    painter.drawRect(QRectF(x, middle - 6, 20, 12))
                else:
                    self._line_pen(painter, item)
                    painter.drawLine(QPointF(x, middle), QPointF(x + 20, middle))
                    self._marker(painter, item, QPointF(x + 10, middle))
                painter.setPen(self._text_pen())
                text = fm.elidedText(names[index], Qt.TextElideMode.ElideRight, width - 42)
                painter.drawText(QPointF(x + 26, middle + fm.ascent() / 2 - 1), text)
                x += width
            y += fm.height() + 4

    def _spaced_labels(self, painter: QPainter, fm: QFontMetricsF, y: float,
                       labels: list[tuple[float, str]], bounds: QRectF) -> None:
        """Labels centred under their x positions and kept inside `bounds`, leaving out any
        that would touch the one before it (large text in a narrow chart)."""
        right_edge = float("-inf")
        for x, text in labels:
            width = fm.horizontalAdvance(text)
            left = max(bounds.left(), min(x - width / 2, bounds.right() - width))
            if left < right_edge + 6:
                continue
            painter.drawText(QRectF(left - 2, y, width + 4, fm.height()),
                             Qt.AlignmentFlag.AlignHCenter, text)
            right_edge = left + width

    def _bar_brush(self, painter: QPainter, bars: BarSet) -> None:
        if bars.hatched:
            painter.setBrush(QBrush(bars.colour, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(bars.colour, 1.5))
        else:
            painter.setBrush(QBrush(bars.colour))
            painter.setPen(QPen(bars.colour, 1))

    def _line_pen(self, painter: QPainter, series: LineSeries) -> None:
        painter.setPen(QPen(series.colour, 2.5, Qt.PenStyle.DashLine if series.dashed
                            else Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _marker(self, painter: QPainter, series: LineSeries, at: QPointF) -> None:
        painter.setPen(QPen(series.colour, 1))
        painter.setBrush(QBrush(series.colour))
        if series.square:
            painter.drawRect(QRectF(at.x() - 5, at.y() - 5, 10, 10))
        else:
            painter.drawEllipse(at, 4.5, 4.5)

    def _paint_bars(self, painter: QPainter, area: QRectF, chart: BarChart) -> None:
        fm = QFontMetricsF(painter.font())
        small = QFont(painter.font())
        if chart.small_category_labels:
            small.setPointSizeF(small.pointSizeF() * 0.85)
        small_fm = QFontMetricsF(small)
        if chart.legend:
            height = self._legend_height(fm, [b.name for b in chart.sets], area.width())
            self._legend(painter, QRectF(area.left(), area.bottom() - height, area.width(),
                                         height), chart.sets)
            area = area.adjusted(0, 0, 0, -height)
        ticks = _ticks(chart.top, chart.step)
        tick_labels = [_number(t) for t in ticks]
        n = max(1, len(chart.categories))
        if chart.horizontal:
            label_width = min(area.width() * 0.45,
                              max((small_fm.horizontalAdvance(c) for c in chart.categories),
                                  default=0) + 8)
            plot = QRectF(area.left() + label_width, area.top(),
                          area.width() - label_width - fm.horizontalAdvance("0000"),
                          area.height() - fm.height() - 6)
        else:
            axis_width = max(fm.horizontalAdvance(t) for t in tick_labels) + 8
            plot = QRectF(area.left() + axis_width, area.top() + fm.height(),
                          area.width() - axis_width, area.height() - fm.height()
                          - small_fm.height() - 8)
        if plot.width() <= 4 or plot.height() <= 4:
            return
        scale = (plot.width() if chart.horizontal else plot.height()) / (chart.top or 1)
        # Grid and count axis.
        if chart.horizontal:
            painter.setPen(self._text_pen())
            self._spaced_labels(painter, fm, plot.bottom() + 4,
                                [(plot.left() + t * scale, text)
                                 for t, text in zip(ticks, tick_labels, strict=True)], area)
        for tick, text in zip(ticks, tick_labels, strict=True):
            painter.setPen(self._grid_pen())
            if chart.horizontal:
                x = plot.left() + tick * scale
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            else:
                y = plot.bottom() - tick * scale
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(self._text_pen())
                painter.drawText(QRectF(area.left(), y - fm.height() / 2, plot.left()
                                        - area.left() - 6, fm.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 text)
        painter.setPen(self._text_pen())
        if chart.horizontal:
            painter.drawLine(plot.topLeft(), plot.bottomLeft())
        else:
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        # Categories and bars.
        band = (plot.height() if chart.horizontal else plot.width()) / n
        sets = chart.sets or []
        thickness = band * 0.7 / max(1, len(sets))
        painter.setFont(small)
        painter.setPen(self._text_pen())
        if chart.horizontal:
            width = plot.left() - area.left() - 8
            for index, category in enumerate(chart.categories):
                painter.drawText(QRectF(area.left(), plot.top() + band * index, width, band),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 small_fm.elidedText(category, Qt.TextElideMode.ElideRight,
                                                     width))
        else:
            self._spaced_labels(painter, small_fm, plot.bottom() + 4,
                                [(plot.left() + band * (index + 0.5), category)
                                 for index, category in enumerate(chart.categories)], area)
        painter.setFont(self.font())
        for index in range(len(chart.categories)):
            start = (plot.top() if chart.horizontal else plot.left()) + band * index
            for number, bars in enumerate(sets):
                value = bars.values[index] if index < len(bars.values) else 0.0
                offset = start + band * 0.15 + thickness * number
                length = max(0.0, value) * scale
                if chart.horizontal:
                    rect = QRectF(plot.left(), offset, length, thickness)
                else:
                    rect = QRectF(offset, plot.bottom() - length, thickness, length)
                if length > 0:
                    self._bar_brush(painter, bars)
                    painter.drawRect(rect)
                painter.setPen(self._text_pen())
                if chart.horizontal:
                    painter.drawText(QRectF(rect.right() + 4, offset, 60, thickness),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                     _number(value))
                else:
                    painter.drawText(QRectF(offset - 20, rect.top() - fm.height() - 1,
                                            thickness + 40, fm.height()),
                                     Qt.AlignmentFlag.AlignHCenter, _number(value))

    def _paint_lines(self, painter: QPainter, area: QRectF, chart: LineChart) -> None:
        fm = QFontMetricsF(painter.font())
        if chart.legend:
            height = self._legend_height(fm, [line.name for line in chart.series],
                                         area.width())
            self._legend(painter, QRectF(area.left(), area.bottom() - height, area.width(),
                                         height), chart.series)
            area = area.adjusted(0, 0, 0, -height)
        ticks = _ticks(chart.y_top, chart.y_step)
        axis_width = max(fm.horizontalAdvance(_number(t)) for t in ticks) + 8
        plot = QRectF(area.left() + axis_width, area.top() + fm.height() / 2,
                      area.width() - axis_width - fm.horizontalAdvance("00.00.") / 2,
                      area.height() - fm.height() * 1.5 - 6)
        if plot.width() <= 4 or plot.height() <= 4:
            return
        lo, hi = chart.x_range
        span = (hi - lo) or 1.0

        def point(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + (x - lo) / span * plot.width(),
                           plot.bottom() - y / (chart.y_top or 1) * plot.height())

        for tick in ticks:
            y = point(lo, tick).y()
            painter.setPen(self._grid_pen())
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._text_pen())
            painter.drawText(QRectF(area.left(), y - fm.height() / 2, axis_width - 6,
                                    fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _number(tick))
        painter.setPen(self._text_pen())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
        for x, _text in chart.x_ticks:
            at = point(x, 0)
            painter.drawLine(at, QPointF(at.x(), at.y() + 3))
        self._spaced_labels(painter, fm, plot.bottom() + 4,
                            [(point(x, 0).x(), text) for x, text in chart.x_ticks], area)
        painter.save()
        painter.setClipRect(plot.adjusted(-6, -6, 6, 6))
        for series in chart.series:
            points = [point(x, y) for x, y in series.points]
            self._line_pen(painter, series)
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            for at in points:
                self._marker(painter, series, at)
        painter.restore()


class DaysStrip(QWidget):
    """The last 28 days as a strip of boxes, oldest left: filled for a day with practice, an
    outline for a day without. Shape, not colour, tells them apart; a day without practice is
    just an empty box, never marked."""

    BOX = 14
    GAP = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled: list[bool] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_days(self, days: list[date], today: date, text: str) -> None:
        """Fill the boxes for `days` within the 28 days ending `today`."""
        practised = set(days)
        self._filled = [today - timedelta(days=27 - n) in practised for n in range(28)]
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def _box(self) -> float:
        # Grows with the font, so 200 % text gives bigger boxes.
        return max(self.BOX, QFontMetricsF(self.font()).height() * 0.8)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        box = self._box()
        return QSize(int(28 * (box + self.GAP)), int(box + 4))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = self._box()
        pen = QPen(palette.color(QPalette.ColorRole.WindowText), 1.2)
        painter.setPen(pen)
        for n, filled in enumerate(self._filled):
            rect = QRectF(n * (box + self.GAP) + 1, 2, box, box)
            painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Highlight)) if filled
                             else Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        painter.end()
