"""The start page: the opt-in reminder is gentle and only there when switched on; the page fits
a small window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from tests.ui.helpers import bundled_library, make_window, skip_without_windows_ui_font


def journal_with_old_session(home, days: int) -> Journal:
    data = paths.DataPaths(home)
    journal = Journal.open(data, config.load(data.settings, policy={}))
    moment = datetime.now(UTC) - timedelta(days=days)
    scenario = bundled_library().sorted_scenarios()[0]
    session = PracticeSession.uebung(scenario, clock=lambda: moment)
    journal.attach(session)
    journal.detach(session)
    return journal


def test_reminder_only_when_switched_on_and_after_quiet_days(qtbot, data_home):
    """Off by default; on, it appears after five quiet days, with no count of missed days."""
    journal = journal_with_old_session(data_home, days=5)
    ctx, window = make_window(qtbot, data_home, journal)
    home = window.page("home")
    home.refresh()
    assert not home.reminder.isVisible()
    ctx.change_setting("reminder_enabled", True)
    assert home.reminder.isVisible()
    assert not any(ch.isdigit() for ch in home.reminder.text())


def test_no_reminder_after_recent_practice(qtbot, data_home):
    """Practised yesterday: the switched-on reminder stays quiet."""
    journal = journal_with_old_session(data_home, days=1)
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.change_setting("reminder_enabled", True)
    assert not window.page("home").reminder.isVisible()


def test_the_start_page_fits_the_smallest_window_without_sideways_scrolling(qtbot, data_home):
    """At the window's minimum size every tile fits beside the navigation: the appointment
    types' list shortens its entry instead of pushing the page sideways, and every line wraps
    within the visible width."""
    from PySide6.QtWidgets import QScrollArea

    skip_without_windows_ui_font()
    _ctx, window = make_window(qtbot, data_home)
    window.resize(window.minimumSize())
    home = window.page("home")
    scroll = home.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.viewport().width() < 600)
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert home.before_button.isVisible()
    assert home.before_button.geometry().right() < home.before_tile.width()
