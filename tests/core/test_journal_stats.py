"""The learner's statistics (`desktop.core.journal.stats`): read from a real journal file on a
connection of their own, grouped by Monday, averaged over the values present, a rolling window
of practice days that never becomes a streak, and count axes with round steps."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.core.journal import Journal
from desktop.core.journal.stats import (
    DAYS_WINDOW,
    WEEKS_SHOWN,
    days_practised,
    mean,
    monday,
    nice_step,
    read_stats,
)
from desktop.core.practice import PracticeSession
from desktop.core.scenarios.model import Stage
from tests.core.scenario_factory import StepClock


def _session(journal: Journal, scenario, when: datetime, before: int | None,
             after: int | None) -> PracticeSession:
    session = PracticeSession.uebung(scenario, clock=StepClock(when))
    journal.attach(session)
    if before is not None:
        session.set_strain_before(before)
    if after is not None:
        session.set_strain_after(after)
    return session


def test_read_stats_condenses_the_journal_file(journal, paths, scenario):
    """Three sessions in two weeks, read through the database file (a second connection, as on
    the thread pool): weeks counted per Monday, strain averaged per week over the values given,
    pairs with lower strain afterwards counted, ratings and scenario counts as the journal's."""
    today = date(2026, 3, 12)  # a Thursday
    this_monday = datetime(2026, 3, 9, 10, 0).astimezone()
    last_monday = this_monday - timedelta(weeks=1)
    first = _session(journal, scenario, last_monday, 8, 4)
    first.dialogue.choose(0)
    _session(journal, scenario, this_monday, 6, 7)
    _session(journal, scenario, this_monday + timedelta(days=1), 4, None)

    data = read_stats(paths.database, streak=True, today=today)

    assert data.sessions == 3
    assert data.weeks == {date(2026, 3, 2): 1, date(2026, 3, 9): 2}
    assert [(w.week_start, w.before, w.after, w.sessions) for w in data.strain] == [
        (date(2026, 3, 2), 8.0, 4.0, 1), (date(2026, 3, 9), 5.0, 7.0, 2)]
    assert (data.strain_pairs, data.strain_lower_after) == (2, 1)
    assert data.scenario_counts == {scenario.id: 3}
    assert data.ratings[Stage.REAGIEREN].hilfreich + data.ratings[Stage.REAGIEREN].teils \
        + data.ratings[Stage.REAGIEREN].unguenstig == 1
    assert sorted(set(data.practice_days)) == [date(2026, 3, 2), date(2026, 3, 9),
                                               date(2026, 3, 10)]


def test_practice_days_are_read_only_when_switched_on(journal, paths, scenario):
    """Without the setting the days are not even read: nothing to show, nothing kept."""
    _session(journal, scenario, datetime(2026, 3, 9, 10, 0).astimezone(), None, None)
    data = read_stats(paths.database, streak=False, today=date(2026, 3, 12))
    assert data.practice_days == [] and data.sessions == 1


def test_an_empty_journal_gives_empty_figures(journal, paths):
    """A new journal: no weeks, no strain, no ratings to divide by zero."""
    data = read_stats(paths.database, streak=True, today=date(2026, 3, 12))
    assert (data.sessions, data.weeks, data.strain, data.strain_pairs) == (0, {}, [], 0)
    assert data.practice_days == [] and data.scenario_counts == {}


def test_weeks_start_on_monday_and_the_mean_skips_missing_values():
    """Sunday belongs to the week of the Monday before it; None is not a zero."""
    assert monday(date(2026, 3, 15)) == date(2026, 3, 9)
    assert monday(date(2026, 3, 9)) == date(2026, 3, 9)
    assert mean([4, None, 6]) == 5.0
    assert mean([None, None]) is None
    assert WEEKS_SHOWN == 8 and DAYS_WINDOW == 28


def test_a_day_without_practice_never_breaks_anything():
    """A rolling window of 28 days: a gap changes nothing but the count of days in view, and a
    day older than four weeks slides out."""
    today = date(2026, 5, 13)
    days = [today - timedelta(days=n) for n in (1, 2, 3, 5)]
    assert days_practised(days, today) == 4
    assert days_practised([*days, today, today], today) == 5
    assert days_practised([today - timedelta(days=27)], today) == 1
    assert days_practised([today - timedelta(days=28)], today) == 0


def test_count_axes_use_whole_round_steps():
    """Ticks at 1, 2, 5, 10 … so a bar of 3 never sits between labels 2 and 4 wrongly."""
    assert [nice_step(t) for t in (1, 6, 7, 13, 40, 121, 900)] == [1, 1, 2, 5, 10, 50, 200]
