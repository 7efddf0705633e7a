"""Bar and line charts drawn with QPainter (Qt Gui, LGPL) for the statistics and team pages.

A chart is data (`BarChart`, `LineChart`); `chart_layout` computes where its parts go and
`ChartView` paints them in the widget's palette and font, so the high-contrast palette and
larger text reach it like every other widget. Series differ by pattern and marker as well as
colour, every bar carries its value, and nothing moves on its own. `ChartCard` puts a heading,
the chart and a sentence that says its figures together; assistive technology meets the chart
as a chart (role Chart) named by that heading and described by that sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAccessibleWidget, QFrame, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.common.a11y import install_factory, reading_stop
from desktop.ui.common.chart_layout import (
    Metrics,
    TextBox,
    bar_layout,
    legend_entry_width,
    legend_rows,
    line_point,
    number,
    spaced_labels,
    ticks,
)
from desktop.ui.common.widgets import SPACE, TYPE_SCALE, heading, wrapped_label

ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
         "right": Qt.AlignmentFlag.AlignRight}


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


class ChartView(QWidget):
    """Paints a BarChart or LineChart; `chart()` returns what it shows.

    A picture, not a control: it takes no focus (a Tab stop that does nothing only lengthens
    the way through the page). Assistive technology meets it as a chart (`ChartAccessible`)
    named by its title and described by the sentence that says its figures."""

    PADDING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_chart_accessibility()
        self._chart: BarChart | LineChart | None = None
        self.rows = 0  # horizontal bars to make room for (0: a chart of the usual height)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def chart(self) -> BarChart | LineChart | None:
        return self._chart

    def set_chart(self, chart: BarChart | LineChart) -> None:
        self._chart = chart
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Tall enough for its axis labels and legend in the current font, so 200 % text
        gets a taller chart instead of a squeezed one."""
        line = QFontMetricsF(self.font()).height()
        return QSize(200, int(max(15 * line, self.rows * line * 1.6 + 4 * line)))

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        outer = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.fillRect(outer, pal.brush(QPalette.ColorRole.Base))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
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

    def _small_font(self, chart: BarChart) -> QFont:
        small = QFont(self.font())
        if chart.small_category_labels:
            small.setPointSizeF(small.pointSizeF() * TYPE_SCALE["small"])
        return small

    def _metrics(self, small: QFont) -> Metrics:
        fm, small_fm = QFontMetricsF(self.font()), QFontMetricsF(small)
        return Metrics(fm.height(), fm.horizontalAdvance, small_fm.height(),
                       small_fm.horizontalAdvance,
                       lambda text, width: small_fm.elidedText(
                           text, Qt.TextElideMode.ElideRight, width))

    def _with_legend(self, painter: QPainter, area: QRectF,
                     entries: Sequence[BarSet | LineSeries]) -> QRectF:
        """Draw the legend at the bottom of `area`; return the area left above it."""
        fm = QFontMetricsF(painter.font())
        names = [e.name for e in entries]
        rows = legend_rows(fm.horizontalAdvance, names, area.width())
        height = len(rows) * (fm.height() + 4) + 4
        y = area.bottom() - height + 4
        for row in rows:
            widths = [legend_entry_width(fm.horizontalAdvance, names[i], area.width())
                      for i in row]
            x = area.left() + (area.width() - sum(widths)) / 2
            for index, width in zip(row, widths, strict=True):
                self._legend_entry(painter, fm, entries[index], QPointF(x, y), width)
                x += width
            y += fm.height() + 4
        return area.adjusted(0, 0, 0, -height)

    def _legend_entry(self, painter: QPainter, fm: QFontMetricsF, item: BarSet | LineSeries,
                      at: QPointF, width: float) -> None:
        middle = at.y() + fm.height() / 2
        if isinstance(item, BarSet):
            self._bar_brush(painter, item)
            painter.drawRect(QRectF(at.x(), middle - 6, 20, 12))
        else:
            self._line_pen(painter, item)
            painter.drawLine(QPointF(at.x(), middle), QPointF(at.x() + 20, middle))
            self._marker(painter, item, QPointF(at.x() + 10, middle))
        painter.setPen(self._text_pen())
        text = fm.elidedText(item.name, Qt.TextElideMode.ElideRight, width - 42)
        painter.drawText(QPointF(at.x() + 26, middle + fm.ascent() / 2 - 1), text)

    def _text(self, painter: QPainter, box: TextBox) -> None:
        painter.drawText(box.rect, ALIGN[box.align] | Qt.AlignmentFlag.AlignVCenter, box.text)

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
        """Paint what `chart_layout.bar_layout` computed: grid, axis, labels, bars, values."""
        if chart.legend:
            area = self._with_legend(painter, area, chart.sets)
        small = self._small_font(chart)
        layout = bar_layout(chart, area, self._metrics(small))
        if layout is None:
            return
        painter.setPen(self._grid_pen())
        for line in layout.grid:
            painter.drawLine(line)
        painter.setPen(self._text_pen())
        for box in layout.tick_labels:
            self._text(painter, box)
        painter.drawLine(layout.axis)
        painter.setFont(small)
        for box in layout.categories:
            self._text(painter, box)
        painter.setFont(self.font())
        for bar in layout.bars:
            if bar.rect.width() > 0 and bar.rect.height() > 0:
                self._bar_brush(painter, chart.sets[bar.set_index])
                painter.drawRect(bar.rect)
            painter.setPen(self._text_pen())
            self._text(painter, bar.value_label)

    def _paint_lines(self, painter: QPainter, area: QRectF, chart: LineChart) -> None:
        if chart.legend:
            area = self._with_legend(painter, area, chart.series)
        fm = QFontMetricsF(painter.font())
        values = ticks(chart.y_top, chart.y_step)
        axis_width = max(fm.horizontalAdvance(number(t)) for t in values) + 8
        plot = QRectF(area.left() + axis_width, area.top() + fm.height() / 2,
                      area.width() - axis_width - fm.horizontalAdvance("00.00.") / 2,
                      area.height() - fm.height() * 1.5 - 6)
        if plot.width() <= 4 or plot.height() <= 4:
            return

        def point(x: float, y: float) -> QPointF:
            return line_point(plot, chart.x_range, chart.y_top, x, y)

        lo = chart.x_range[0]
        for tick in values:
            y = point(lo, tick).y()
            painter.setPen(self._grid_pen())
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._text_pen())
            self._text(painter, TextBox(QRectF(area.left(), y - fm.height() / 2,
                                               axis_width - 6, fm.height()), number(tick),
                                        "right"))
        painter.setPen(self._text_pen())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
        for x, _text in chart.x_ticks:
            at = point(x, 0)
            painter.drawLine(at, QPointF(at.x(), at.y() + 3))
        for box in spaced_labels(fm.horizontalAdvance, fm.height(), plot.bottom() + 4,
                                 [(point(x, 0).x(), text) for x, text in chart.x_ticks], area):
            self._text(painter, box)
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


class ChartCard(QFrame):
    """A heading, a chart and the sentence that says its figures (also the chart's accessible
    description, so a screen reader gets the same words as the eye). The chart is what the
    card is for: a reading stop (`a11y.reading_stop`: a Tab stop with the focus ring, whose
    arrow keys scroll the page around it), on every page that shows one."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.view = reading_stop(ChartView())
        self.view.setAccessibleName(title)
        self.description = wrapped_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE[2], SPACE[2], SPACE[2], SPACE[2])
        layout.setSpacing(SPACE[1])
        layout.addWidget(heading(title, 2))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.description)

    def show_chart(self, chart: BarChart | LineChart | None, description: str) -> None:
        """Show the chart and its sentence; without a chart (nothing to draw yet) only the
        sentence, which then says why."""
        self.view.setVisible(chart is not None)
        if chart is not None:
            self.view.set_chart(chart)
        self.description.setText(description)
        self.view.setAccessibleDescription(description)

    def fit_rows(self, rows: int) -> None:
        """Room for a horizontal chart of `rows` bars, growing with the text size."""
        self.view.rows = rows
        self.view.updateGeometry()


def series_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Three series colours that read well on the palette's base (dark base: high contrast)."""
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return QColor("#ffff00"), QColor("#00ffff"), QColor("#ffffff")
    return QColor("#1f4e79"), QColor("#b45f06"), QColor("#38761d")


# --- accessibility ------------------------------------------------------------------------------


class ChartAccessible(QAccessibleWidget):
    """What assistive technology hears for a ChartView: role Chart (AT-SPI "chart"), name =
    the chart's title, description = the sentence with its figures. Without this, Qt reports
    a custom-painted widget as a "filler" and a screen reader cannot tell a chart is there."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view, QAccessible.Role.Chart, view.accessibleName())

    def text(self, kind: QAccessible.Text) -> str:
        view = self.widget()
        if kind == QAccessible.Text.Name:
            return view.accessibleName()
        if kind == QAccessible.Text.Description:
            return view.accessibleDescription()
        return super().text(kind)


def _chart_factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    return ChartAccessible(obj) if isinstance(obj, ChartView) else None


_installed = False


def install_chart_accessibility() -> None:
    """Register `ChartAccessible` with Qt once (the first chart view does it)."""
    global _installed
    if not _installed:
        install_factory(_chart_factory)  # keeps the interfaces alive while Qt uses them
        _installed = True
