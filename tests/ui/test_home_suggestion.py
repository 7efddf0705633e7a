"""The start page's suggestion (the least practised scenario) is counted off the GUI thread:
at 100,000 sessions the count reads the whole index after every session."""

from __future__ import annotations

import threading

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.journal.reading import JournalStats
from desktop.core.practice import PracticeSession
from desktop.ui.common.tasks import wait_for_background
from tests.ui.helpers import bundled_library, make_window


def test_least_practised_scenario_is_suggested_and_counted_on_a_worker(qtbot, data_home,
                                                                        monkeypatch):
    """Every scenario but one practised: the start page suggests that one, counted on a worker
    thread; once it is practised too, the suggestion moves on to another."""
    library = bundled_library()
    scenarios = library.sorted_scenarios()
    left_out = scenarios[-1]
    data = paths.DataPaths(data_home)
    journal = Journal.open(data, config.load(data.settings, policy={}))
    for scenario in scenarios[:-1]:
        journal.attach(PracticeSession.uebung(scenario))
    threads: list[str] = []
    original = JournalStats.scenario_counts

    def noting(self):
        threads.append(threading.current_thread().name)
        return original(self)

    monkeypatch.setattr(JournalStats, "scenario_counts", noting)
    ctx, window = make_window(qtbot, data_home, journal, library)
    home = window.show_page("home")
    home.refresh()
    qtbot.waitUntil(lambda: home.suggest_tile.text.text().startswith(left_out.title),
                    timeout=5000)
    assert home.suggest_button.isEnabled()
    assert threads and threading.main_thread().name not in threads, threads

    session = PracticeSession.uebung(left_out)
    journal.attach(session)
    journal.detach(session)
    home.refresh()
    qtbot.waitUntil(lambda: not home.suggest_tile.text.text().startswith(left_out.title),
                    timeout=5000)
    wait_for_background()
    assert threading.main_thread().name not in threads, threads
