"""The statistics' charts are painted by our own widget (QPainter, LGPL): what is drawn must
match the figures, and the series must differ by more than colour."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.ui.common.charts import BarChart, BarSet, ChartView, LineChart, LineSeries

BLUE, ORANGE = QColor("#1f4e79"), QColor("#b45f06")


def painted(qtbot, chart, width=400, height=260):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.set_chart(chart)
    view.show()
    qtbot.waitExposed(view)
    return view.grab().toImage()


def column_heights(image, colour: QColor) -> dict[int, int]:
    """Per x column, how many pixels have exactly `colour`."""
    name = colour.name()
    heights: dict[int, int] = {}
    for x in range(image.width()):
        count = sum(1 for y in range(image.height()) if image.pixelColor(x, y).name() == name)
        if count:
            heights[x] = count
    return heights


def test_bars_are_as_tall_as_their_values(qtbot):
    """A bar of 4 is twice as tall as a bar of 2, and a bar of 0 draws nothing (its label 0
    still says so)."""
    chart = BarChart(["a", "b", "c"], [BarSet("n", [2.0, 4.0, 0.0], BLUE)], top=4, step=1)
    image = painted(qtbot, chart)
    heights = column_heights(image, BLUE)
    tallest = max(heights.values())
    lower = [h for h in heights.values() if h < tallest * 0.75]
    assert lower and abs(max(lower) * 2 - tallest) <= 3
    third = image.width() * 2 // 3  # the third category's band holds no blue
    assert not [x for x in heights if x > third + 20]


def test_a_hatched_set_differs_from_a_solid_one_without_colour(qtbot):
    """Two sets of equal values: the hatched one fills a fraction of the area the solid one
    fills, so the two read apart in black and white too; the legend shows both."""
    chart = BarChart(["a"], [BarSet("solid", [3.0], BLUE), BarSet("hatched", [3.0], ORANGE,
                                                                    hatched=True)],
                     top=3, step=1, legend=True)
    image = painted(qtbot, chart)
    solid = sum(column_heights(image, BLUE).values())
    hatched = sum(column_heights(image, ORANGE).values())
    assert solid > 0 and 0 < hatched < solid * 0.6


def test_a_line_chart_places_points_by_value(qtbot):
    """A point at 10 sits higher than a point at 0; the dashed series is drawn too."""
    chart = LineChart([LineSeries("before", [(0, 10.0), (10, 0.0)], BLUE),
                       LineSeries("after", [(0, 5.0), (10, 5.0)], ORANGE, dashed=True,
                                  square=True)],
                      (0, 10), [(0, "a"), (10, "b")], y_top=10, y_step=2)
    image = painted(qtbot, chart)
    blue = column_heights(image, BLUE)
    left, right = min(blue), max(blue)

    def top_of(x: int) -> int:
        return min(y for y in range(image.height()) if image.pixelColor(x, y).name()
                   == BLUE.name())

    assert top_of(left + 2) < top_of(right - 2)
    assert column_heights(image, ORANGE)
