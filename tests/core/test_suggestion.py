"""The start page's suggestion (least practised scenario, easier first), worked out in the core
over a real journal and the bundled library."""

from __future__ import annotations

from desktop.core import paths as app_paths
from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from desktop.core.practice.moments import suggest_scenario
from desktop.core.scenarios.library import load_library
from tests.core.scenario_factory import make_settings


def test_suggestion_moves_on_to_the_least_practised_scenario(paths):
    """With nothing practised the easiest scenario comes first; once it has been practised
    (a real session in a real journal) the suggestion moves to another scenario of the lowest
    level that is left, and never to one practised more often."""
    library = load_library([app_paths.bundled_scenarios_dir()])
    ordered = library.sorted_scenarios()
    with Journal.open(paths, make_settings()) as journal:
        first = suggest_scenario(ordered, journal.stats.scenario_counts())
        assert first is ordered[0] and first.level == min(s.level for s in ordered)
        session = PracticeSession.uebung(first)
        journal.attach(session)
        session.answer("beeinflussen", 0, "Ruhig den Ablauf erklären.") \
            if session.prompts("beeinflussen") else session.set_strain_before(4)
        journal.detach(session)
        counts = journal.stats.scenario_counts()
        assert counts[first.id] == 1
        second = suggest_scenario(ordered, counts)
    assert second is not None and second.id != first.id
    assert counts.get(second.id, 0) == 0
    assert second.level == min(s.level for s in ordered if s.id != first.id)


def test_no_scenarios_no_suggestion():
    """An empty library gives no suggestion rather than an error."""
    assert suggest_scenario([], {}) is None
