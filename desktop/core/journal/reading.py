"""The journal's read side as a mixin of `Journal`: list, count, search, counts, statistics.

Thin wrappers over `queries`, so that the GUI talks to one object and never writes SQL.
Timings with 100,000 sessions (bench/bench_journal.py, warm cache): listing, counting,
search and latest_unfinished take a few ms; the statistics and moment_counts scan whole
tables (50–250 ms there, a few ms at a typical few thousand sessions), so the GUI should
compute charts off its thread on a large journal.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from desktop.core.journal import queries
from desktop.core.journal.records import (
    SearchHit,
    SessionFilter,
    SessionInfo,
    StageRatings,
    StrainPoint,
    Totals,
    WeekCount,
)
from desktop.core.scenarios.model import Stage


class JournalReading:
    db: sqlite_utils.Database

    def list_sessions(self, filters: SessionFilter = SessionFilter(), offset: int = 0,
                      limit: int = 100) -> list[SessionInfo]:
        """Sessions newest first (by start), filtered; page with offset and limit."""
        return queries.list_sessions(self.db.conn, filters, offset, limit)

    def count_sessions(self, filters: SessionFilter = SessionFilter()) -> int:
        return queries.count_sessions(self.db.conn, filters)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over every free text (answers, notes, titles, feedback)."""
        return queries.search(self.db.conn, text, limit)

    def scenario_counts(self) -> dict[str, int]:
        """How often each scenario was practised (the GUI prefers the least practised)."""
        return queries.scenario_counts(self.db.conn)

    def practice_counts(self) -> dict[str, int]:
        """Same as scenario_counts()."""
        return queries.scenario_counts(self.db.conn)

    def moment_counts(self) -> dict[tuple[str, str], int]:
        """{(scenario_id, node_id): sessions with a choice there}, for picking a moment."""
        return queries.moment_counts(self.db.conn)

    def scenario_status(self) -> dict[str, str]:
        """{scenario_id: "done" | "in_progress"}; scenarios never practised are absent."""
        return queries.scenario_status(self.db.conn)

    def node_counts(self, scenario_id: str) -> dict[str, int]:
        """How often a choice was made at each dialogue node of a scenario."""
        return queries.node_counts(self.db.conn, scenario_id)

    def sessions_per_week(self, since: date | None = None) -> list[WeekCount]:
        return queries.sessions_per_week(self.db.conn, since)

    def strain_series(self, since: date | None = None) -> list[StrainPoint]:
        return queries.strain_series(self.db.conn, since)

    def ratings_per_stage(self) -> dict[Stage, StageRatings]:
        return queries.ratings_per_stage(self.db.conn)

    def totals(self) -> Totals:
        return queries.totals(self.db.conn)
