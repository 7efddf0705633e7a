"""The learner's statistics, read and condensed in one go (Qt-free).

`read_stats` opens a read-only journal of its own, so the app can run it on the thread pool
while the GUI keeps the journal's connection; the statistics page only draws what it returns.
The rules that shape the figures live here, where the core tests reach them: weeks start on
Monday, strain is averaged per week over the values present, practice days are a rolling
window of 28 days (never a run of days in a row), count axes step by 1, 2, 5, 10 ….
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.core.journal.reading import ReadOnlyJournal
from desktop.core.journal.records import StageRatings
from desktop.core.scenarios.model import Stage

WEEKS_SHOWN = 8
STRAIN_WEEKS = 26
DAYS_WINDOW = 28  # the rolling view of practice days (never a streak)


@dataclass(frozen=True)
class StrainWeek:
    """Average strain before and after in one week (Monday), over its sessions."""

    week_start: date
    before: float | None
    after: float | None
    sessions: int


@dataclass
class StatsData:
    """Everything the page shows, read in one go off the GUI thread."""

    today: date
    weeks: dict[date, int]
    strain: list[StrainWeek]
    strain_pairs: int
    strain_lower_after: int
    ratings: dict[Stage, StageRatings]
    scenario_counts: dict[str, int]
    practice_days: list[date] = field(default_factory=list)
    sessions: int = 0


def monday(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())


def read_stats(database: Path, streak: bool, today: date | None = None) -> StatsData:
    """Read and condense the journal's figures (on a worker thread: its own connection)."""
    today = today or date.today()
    with ReadOnlyJournal(database) as journal:
        first_week = monday(today) - timedelta(weeks=WEEKS_SHOWN - 1)
        weeks = {w.week_start: w.count for w in journal.stats.sessions_per_week(first_week)}
        since = monday(today) - timedelta(weeks=STRAIN_WEEKS - 1)
        grouped: dict[date, list[tuple[int | None, int | None]]] = defaultdict(list)
        pairs = lower = 0
        for point in journal.stats.strain_series(since):
            day = datetime.fromisoformat(point.created_at).astimezone().date()
            grouped[monday(day)].append((point.before, point.after))
            if point.before is not None and point.after is not None:
                pairs += 1
                lower += point.after < point.before
        strain = [StrainWeek(week, mean([b for b, _ in values]), mean([a for _, a in values]),
                             len(values)) for week, values in sorted(grouped.items())]
        return StatsData(
            today=today, weeks=weeks, strain=strain, strain_pairs=pairs,
            strain_lower_after=lower, ratings=journal.stats.ratings_per_stage(),
            scenario_counts=journal.stats.scenario_counts(),
            practice_days=journal.stats.practice_days(today - timedelta(days=DAYS_WINDOW - 1))
            if streak else [],
            sessions=journal.count_sessions())


def mean(values: list[int | None] | list[float]) -> float | None:
    """The average of the values present; None if there are none."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def days_practised(days: list[date], today: date) -> int:
    """On how many of the last DAYS_WINDOW days (today included) there was practice.

    A rolling window, never a run of days in a row: a day without practice never resets
    anything, it only slides out of view four weeks later.
    """
    first = today - timedelta(days=DAYS_WINDOW - 1)
    return len({d for d in days if first <= d <= today})


def nice_step(top: float, intervals: int = 6) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50 … that splits 0..top into at most `intervals`."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if top / (factor * magnitude) <= intervals:
                return factor * magnitude
        magnitude *= 10
