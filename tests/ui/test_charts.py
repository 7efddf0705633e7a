"""The charts are painted by our own widget (QPainter, LGPL): the geometry is computed apart
from painting and tested as numbers, what is drawn must match the figures, the series must
differ by more than colour, and a screen reader meets a chart as a chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessible, QColor

from desktop.ui.common.chart_layout import Metrics, bar_layout, spaced_labels
from desktop.ui.common.charts import BarChart, BarSet, ChartCard, ChartView, LineChart, LineSeries

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


# --- geometry, without a painter -------------------------------------------------------------

FIXED = Metrics(height=10, width=lambda text: 6.0 * len(text), small_height=8,
                small_width=lambda text: 5.0 * len(text))


def test_bar_geometry_is_proportional_and_stays_inside_the_area():
    """Vertical bars: a bar of 4 is twice as tall as a bar of 2, a bar of 0 has no height but
    still a value label, every bar stands on the axis, and nothing leaves the area."""
    area = QRectF(0, 0, 400, 260)
    chart = BarChart(["a", "b", "c"], [BarSet("n", [2.0, 4.0, 0.0], BLUE)], top=4, step=1)
    layout = bar_layout(chart, area, FIXED)
    heights = [bar.rect.height() for bar in layout.bars]
    assert heights[1] == pytest.approx(2 * heights[0]) and heights[2] == 0
    assert all(bar.rect.bottom() == pytest.approx(layout.plot.bottom()) for bar in layout.bars)
    assert [bar.value_label.text for bar in layout.bars] == ["2", "4", "0"]
    assert [box.text for box in layout.tick_labels] == ["0", "1", "2", "3", "4"]
    assert all(area.contains(bar.rect) for bar in layout.bars if bar.rect.height())
    assert all(area.contains(box.rect) for box in layout.categories)


def test_horizontal_bars_grow_from_the_axis_with_names_on_the_left():
    """Horizontal bars start at the axis, lengths follow the values, the names sit left of
    the axis (right-aligned), two sets share each category's band without overlapping."""
    area = QRectF(0, 0, 400, 200)
    chart = BarChart(["kurz", "etwas länger"], [BarSet("a", [1.0, 3.0], BLUE),
                                                BarSet("b", [2.0, 0.0], ORANGE)],
                     top=3, step=1, horizontal=True)
    layout = bar_layout(chart, area, FIXED)
    first, second = layout.bars[0], layout.bars[1]  # category 0, sets a and b
    assert first.rect.left() == pytest.approx(layout.plot.left())
    assert second.rect.width() == pytest.approx(2 * first.rect.width())
    assert first.rect.bottom() <= second.rect.top()
    assert all(box.align == "right" and box.rect.right() <= layout.plot.left()
               for box in layout.categories)


def test_axis_labels_that_would_touch_are_left_out():
    """Large text in a narrow chart: labels keep a gap, the ones that would touch are
    dropped rather than drawn over each other."""
    boxes = spaced_labels(lambda text: 40.0, 10, 0, [(x, f"{x}") for x in (0, 20, 40, 60, 80,
                                                                          100)],
                          QRectF(0, 0, 120, 20))
    lefts = [box.rect.left() for box in boxes]
    assert 1 < len(boxes) < 6
    assert all(b - a >= 40 for a, b in zip(lefts, lefts[1:], strict=False))


def test_too_small_an_area_draws_nothing():
    chart = BarChart(["a"], [BarSet("n", [1.0], BLUE)], top=1, step=1)
    assert bar_layout(chart, QRectF(0, 0, 20, 20), FIXED) is None


# --- what assistive technology meets -----------------------------------------------------------


def test_a_chart_is_a_chart_to_a_screen_reader_and_a_reading_stop(qtbot):
    """The card's chart has the role Chart (not "filler"), its title as name and the sentence
    with the figures as description; it is a Tab stop (a reading stop: what the card is for,
    on every page that shows one), though there is nothing to operate."""
    card = ChartCard("Sitzungen pro Woche")
    qtbot.addWidget(card)
    card.show_chart(BarChart(["a"], [BarSet("n", [1.0], BLUE)], top=1, step=1),
                    "In den letzten 8 Wochen haben Sie 1-mal geübt.")
    card.show()
    qtbot.waitExposed(card)
    interface = QAccessible.queryAccessibleInterface(card.view)
    assert interface.role() == QAccessible.Role.Chart
    assert interface.text(QAccessible.Text.Name) == "Sitzungen pro Woche"
    assert interface.text(QAccessible.Text.Description) == \
        "In den letzten 8 Wochen haben Sie 1-mal geübt."
    assert card.view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert card.view.property("reading_stop")
    card.show_chart(None, "Noch nichts zu zeigen.")
    assert not card.view.isVisible() and card.description.text() == "Noch nichts zu zeigen."


def test_figures_are_written_in_the_languages_own_way(qapp):
    """Whole numbers without a decimal point; others with one decimal, a comma in German."""
    from PySide6.QtCore import QLocale

    from desktop.ui.common.chart_layout import number

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German))
        assert (number(6.0), number(3.35), number(12)) == ("6", "3,4", "12")
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert number(3.35) == "3.4"
    finally:
        QLocale.setDefault(before)
