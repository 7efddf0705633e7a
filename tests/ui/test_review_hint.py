"""Due moments on the start page (issue 17.2): a quiet sentence only when switched on, no
numbers; Zwischendurch starts with the moment that is due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession, SessionKind
from desktop.core.scenarios.model import Rating
from desktop.ui.common.tasks import wait_for_background
from tests.ui.helpers import bundled_library, make_window

SCENARIO = "verlaengerung-unterlagen"


def journal_with_bad_answer(home, days_ago: int) -> tuple[Journal, str]:
    """A journal with one Übung whose second decision was answered ungünstig `days_ago` days
    ago (the start node well, so it is not due yet)."""
    data = paths.DataPaths(home)
    journal = Journal.open(data, config.load(data.settings, policy={}))
    moment = datetime.now(UTC) - timedelta(days=days_ago)
    scenario = bundled_library().scenarios[SCENARIO]
    session = PracticeSession.uebung(scenario, clock=lambda: moment)
    journal.attach(session)
    walk = session.dialogue
    walk.choose(next(c.id for c in walk.shown_choices() if c.item.rating is Rating.HILFREICH))
    node = walk.current.id
    walk.choose(next(c.id for c in walk.shown_choices() if c.item.rating is Rating.UNGUENSTIG))
    journal.detach(session)
    return journal, node


def test_hint_only_when_switched_on_and_zwischendurch_starts_with_the_due_moment(
        qtbot, data_home):
    """Off by default; switched on, one sentence without digits in the Zwischendurch tile;
    the Zwischendurch button opens the due moment, not the least practised one."""
    journal, node = journal_with_bad_answer(data_home, days_ago=3)
    ctx, window = make_window(qtbot, data_home, journal)
    home = window.page("home")
    home.refresh()
    assert not home.review_hint.isVisible()
    ctx.change_setting("review_hint_enabled", True)
    qtbot.waitUntil(home.review_hint.isVisible, timeout=5000)  # worked out off the GUI thread
    text = home.review_hint.text()
    assert "Moment" in text and not any(ch.isdigit() for ch in text)
    assert home.review_hint.accessibleName()
    qtbot.mouseClick(home.moment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.practice.view is not None, timeout=5000)
    session = window.ctx.practice.view.session
    assert session.kind is SessionKind.ZWISCHENDURCH
    assert (session.scenario_id, session.focus_node) == (SCENARIO, node)


def test_no_hint_when_nothing_is_due(qtbot, data_home):
    """Answered badly an hour ago: nothing is due yet, so the switched-on hint stays away."""
    journal, _node = journal_with_bad_answer(data_home, days_ago=0)
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.change_setting("review_hint_enabled", True)
    wait_for_background()
    qtbot.wait(50)
    assert not window.page("home").review_hint.isVisible()


def test_zwischendurch_replays_on_a_worker_and_keeps_what_it_replayed(qtbot, data_home,
                                                                      monkeypatch):
    """The moments answered since the schedule was last asked are replayed on a worker
    thread, never the GUI's, and stored: the next question replays nothing."""
    import threading

    from desktop.core.journal import review_cards

    journal, node = journal_with_bad_answer(data_home, days_ago=3)
    threads: list[str] = []
    original = review_cards.replay

    def noting(attempts):
        threads.append(threading.current_thread().name)
        return original(attempts)

    monkeypatch.setattr(review_cards, "replay", noting)
    ctx, window = make_window(qtbot, data_home, journal)
    home = window.show_page("home")
    qtbot.mouseClick(home.moment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.practice.view is not None, timeout=5000)
    assert window.ctx.practice.view.session.focus_node == node
    assert threads and threading.main_thread().name not in threads, threads
    stale = journal.db.conn.execute(
        "SELECT count(*) FROM review_cards WHERE folded IS NOT changes").fetchone()[0]
    assert stale == 0
    window.ctx.practice.close_current()


def test_zwischendurch_in_a_read_only_journal_still_starts_with_the_due_moment(qtbot,
                                                                             data_home):
    """A journal that can only be read (its folder is read-only): nothing can be stored, the
    schedule is replayed in memory, and Zwischendurch still opens the due moment."""
    from desktop.ui.common.journal_service import JournalState

    journal, node = journal_with_bad_answer(data_home, days_ago=3)
    data = paths.DataPaths(data_home)
    journal.close()
    reader = Journal.open_read_only(data, config.load(data.settings, policy={}))
    ctx, window = make_window(qtbot, data_home)
    ctx.journal.use(reader, JournalState.READ_ONLY, "Ordner schreibgeschützt")
    before = data.database.read_bytes()
    home = window.show_page("home")
    qtbot.mouseClick(home.moment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.practice.view is not None, timeout=5000)
    session = window.ctx.practice.view.session
    assert (session.scenario_id, session.focus_node) == (SCENARIO, node)
    assert data.database.read_bytes() == before
    window.ctx.practice.close_current()
