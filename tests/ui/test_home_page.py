"""The start page: the opt-in reminder is gentle and only there when switched on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from tests.ui.helpers import bundled_library, make_window


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
