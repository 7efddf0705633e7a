"""The statistics page over a real journal: the figures match the journal, every chart is
described in text, the practice days show only when switched on and never count a day against
anyone, and the charts take the high-contrast palette."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.journal.stats import WEEKS_SHOWN, days_practised, monday
from desktop.core.scenarios.model import Stage
from desktop.ui.common import theme
from desktop.ui.common.charts import ChartCard, LineChart
from tests.ui import journal_data
from tests.ui.helpers import make_window, mnemonic_clashes, unnamed_focusable


@pytest.fixture
def setup(qtbot, data_home, template, library):
    root, known = template
    journal = journal_data.install(root, data_home)
    ctx, window = make_window(qtbot, data_home, journal, library)
    page = window.show_page("stats")
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    yield ctx, window, page, journal
    window.close()
    journal.close()


def test_figures_match_the_journal_and_are_described(setup):
    """Ratings, choices and topics in the text descriptions are the journal's own counts."""
    ctx, window, page, journal = setup
    ratings = journal.stats.ratings_per_stage()
    reagieren = ratings[Stage.REAGIEREN]
    text = page.ratings_card.description.text()
    assert f"{reagieren.hilfreich} hilfreich" in text
    assert f"{reagieren.teils} teils" in text and f"{reagieren.unguenstig} ungünstig" in text
    deuten = ratings[Stage.DEUTEN]
    assert f"Deuten: {deuten.recommended} × empfohlen, {deuten.other} × andere" in \
        page.choices_card.description.text()
    assert f"{journal.count_sessions()} Sitzungen in Ihrem Journal" in page.summary.text()
    topics = page.topics_card.description.text()
    assert "Aufenthaltserlaubnis (2)" in topics  # the Übung and the moment of one scenario
    assert "Noch nicht geübt:" in topics and "Einbürgerung" in topics
    for card in page.findChildren(ChartCard):
        assert card.description.text()
        assert card.view.accessibleDescription() == card.description.text()
        chart = card.view.chart()
        assert chart.series if isinstance(chart, LineChart) else chart.sets
    assert unnamed_focusable(window) == [] and mnemonic_clashes(window) == []


def test_weeks_chart_counts_the_recent_weeks(setup):
    """The weeks chart adds up to the sessions of the weeks it shows."""
    ctx, window, page, journal = setup
    data = page.data
    this_week = monday(data.today)
    first = this_week - timedelta(weeks=WEEKS_SHOWN - 1)
    expected = sum(w.count for w in journal.stats.sessions_per_week(first)
                   if w.week_start <= this_week)
    bars = page.weeks_card.view.chart().sets[0]
    assert len(bars.values) == WEEKS_SHOWN
    assert sum(bars.values) == expected
    assert f"{expected}-mal geübt" in page.weeks_card.description.text() or expected == 0


def test_practice_days_only_when_switched_on(setup, qtbot):
    """Off by default; switched on, it says on how many of the last 28 days there was
    practice (never a streak) with a strip of 28 boxes, and disappears when switched off."""
    ctx, window, page, journal = setup
    assert not page.streak.isVisible() and not page.days_strip.isVisible()
    ctx.change_setting("streak_enabled", True)
    qtbot.waitUntil(lambda: page.streak.isVisible() and bool(page.data.practice_days),
                    timeout=10000)
    text = page.streak.text()
    count = days_practised(page.data.practice_days, page.data.today)
    assert text == f"In den letzten vier Wochen haben Sie an {count} von 28 Tagen geübt."
    assert not re.search(r"Folge|Serie|streak|in a row|verpasst|missed|nur", text, re.I)
    assert page.days_strip.isVisible() and page.days_strip.accessibleName() == text
    assert sum(page.days_strip._filled) == count and len(page.days_strip._filled) == 28
    ctx.change_setting("streak_enabled", False)
    qtbot.waitUntil(lambda: not page.streak.isVisible(), timeout=10000)


def test_charts_follow_the_high_contrast_palette(setup, qtbot):
    """With high contrast, the painted chart has the palette's black background, its bars are
    yellow and its text white."""
    ctx, window, page, journal = setup
    app = QApplication.instance()
    view = page.weeks_card.view

    def colours() -> set[str]:
        image = view.grab().toImage()
        return {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)}

    assert "#ffff00" not in colours()
    try:
        theme.apply_theme(app, "high-contrast")
        qtbot.waitUntil(lambda: view.grab().toImage().pixelColor(6, 6).name() == "#000000",
                        timeout=5000)
        assert view.chart().sets[0].colour.name() == "#ffff00"
        painted = colours()
        assert "#ffff00" in painted  # the bars
        assert "#ffffff" in painted  # labels and axes in the palette's text colour
        assert page.palette().color(QPalette.ColorRole.Text).name() == "#ffffff"
    finally:
        theme.apply_theme(app, "system")


def test_the_keyboard_reaches_every_chart_and_scrolls_the_page(setup, qtbot):
    """Issue 20 point 5: the page scrolls, so the keyboard must reach what lies below. Tab from
    the navigation goes through the five charts in screen order; each is a chart to a screen
    reader (role Chart, named by its heading, described by its sentence), is scrolled into
    sight and framed by the focus ring; the arrow keys and Page Down on a chart scroll the
    page, End goes to its end, Home back to its top. The scroll area itself is no Tab stop."""
    from PySide6.QtCore import Qt

    from desktop.ui.common import a11y
    from tests.ui.helpers import assert_chart_keys_scroll, focusable_widgets, tab_through_charts

    ctx, window, page, journal = setup
    a11y.install(QApplication.instance())  # as the app does at start: the focus ring
    window.resize(1000, 640)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert page.scroll_area not in focusable_widgets(window)
    window.findChild(QWidget, "navigation").setFocus(Qt.FocusReason.TabFocusReason)
    cards = [page.weeks_card, page.strain_card, page.ratings_card, page.choices_card,
             page.topics_card]
    tab_through_charts(qtbot, window, cards)
    assert_chart_keys_scroll(cards[0].view, bar)


def test_only_the_newest_read_of_the_figures_is_drawn(setup, qtbot):
    """An exercise finished while the figures are being read: the page reads again and
    draws the figures once, with the new exercise counted; the read that started before it
    is not drawn over them (nor drawn at all: the user would see the count jump back)."""
    from desktop.core.practice import PracticeSession
    from desktop.ui.common.journal_service import ChangeKind
    from desktop.ui.common.tasks import wait_for_background

    ctx, window, page, journal = setup
    qtbot.waitUntil(lambda: page.data is not None)
    before = page.data.sessions
    drawn = []
    redraw = page._redraw

    def recording_redraw() -> None:
        drawn.append(page.data.sessions)
        redraw()

    page._redraw = recording_redraw
    page.reload()  # a read is running ...
    session = PracticeSession.uebung(ctx.library.scenarios["ablehnung-persoenlich"])
    journal.attach(session)  # ... when an exercise is finished and saved
    session.finish()
    journal.detach(session)
    ctx.journal.did_change(ChangeKind.SESSIONS)
    assert wait_for_background(20_000)
    qtbot.waitUntil(lambda: bool(drawn), timeout=10_000)
    qtbot.wait(100)  # any late result would be drawn by now
    assert drawn == [before + 1]
