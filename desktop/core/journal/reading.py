"""The journal's read side: `JournalReader` (list, count, search, one entry) with its `stats`.

Thin wrappers over `queries`, so that the GUI talks to typed methods and never writes SQL.
Timings with 100,000 sessions (bench/bench_journal.py, warm cache): listing, counting,
search and latest_unfinished take a few ms; the statistics scan whole
tables (50–250 ms there, a few ms at a typical few thousand sessions), so the GUI should
compute charts off its thread on a large journal.
`Journal` is a reader (plus writing); `ReadOnlyJournal` is a reader over its own read-only
connection, for statistics and exports on a worker thread while the GUI keeps the journal's
connection. Both hand out the same `JournalStats`.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core.journal import queries, review_cards
from desktop.core.journal.annotations import tag_counts
from desktop.core.journal.db import Database
from desktop.core.journal.entry import EntryView
from desktop.core.journal.records import (
    SearchHit,
    SessionFilter,
    SessionInfo,
    StageRatings,
    StrainPoint,
    Totals,
    WeekCount,
)
from desktop.core.journal.sessions_sql import load_session
from desktop.core.practice.review import Attempt, MomentKey, Review, due_of
from desktop.core.practice.state import parse_rating, stamp, utc_now
from desktop.core.scenarios.model import Stage


class JournalStats:
    """Counts and statistics over the whole journal (`journal.stats`)."""

    def __init__(self, conn: sqlite3.Connection, writable: bool = True) -> None:
        self._conn = conn
        self._writable = writable

    def practice_days(self, since: date | None = None) -> list[date]:
        """Local days with at least one session, oldest first (for an opt-in streak)."""
        return queries.practice_days(self._conn, since)

    def count_expired_own_cases(self, days: int, now: datetime | None = None) -> int:
        """How many eigener-fall entries retention of `days` days would delete now."""
        if days <= 0:
            return 0
        cutoff = stamp((now or utc_now()) - timedelta(days=days))
        return queries.count_expired_own_cases(self._conn, cutoff)

    def scenario_counts(self) -> dict[str, int]:
        """How often each scenario was practised (the GUI prefers the least practised)."""
        return queries.scenario_counts(self._conn)

    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag with the number of sessions carrying it, alphabetically."""
        return tag_counts(self._conn)

    def moment_counts(self) -> dict[tuple[str, str], int]:
        """{(scenario_id, node_id): sessions with a choice there}, for picking a moment: the
        number of attempts the review schedule keeps per moment (a session with a choice at
        a node has exactly one first choice there), not a scan of every path step."""
        return {key: review.attempts for key, review in self.reviews().items()}

    def scenario_walks(self, scenario_id: str,
                       exclude: int | None = None) -> list[tuple[int, str, tuple[str, ...]]]:
        """Your own earlier walks through a scenario's dialogue (for the path replay)."""
        return queries.scenario_walks(self._conn, scenario_id, exclude)

    def review_attempts(self) -> list[Attempt]:
        """Every first choice at a decision node, oldest first: the whole history (for
        `review.schedule`, tests and benchmarks; the app asks `reviews()`)."""
        return [Attempt(scenario, node, datetime.fromisoformat(at), parse_rating(rating))
                for scenario, node, at, rating in queries.review_attempts(self._conn)]

    def reviews(self) -> dict[MomentKey, Review]:
        """Every answered moment's next review, from the journal's per-moment schedule
        (only moments changed since it was last asked are replayed: review_cards.py)."""
        return review_cards.current_reviews(self._conn, persist=self._writable)

    def due_reviews(self, now: datetime | None = None) -> list[Review]:
        """The decision points due for a Zwischendurch review now, longest overdue first."""
        return due_of(self.reviews().values(), now or utc_now())

    def scenario_status(self) -> dict[str, str]:
        """{scenario_id: "done" | "in_progress"}; scenarios never practised are absent."""
        return queries.scenario_status(self._conn)

    def node_counts(self, scenario_id: str) -> dict[str, int]:
        """How often a choice was made at each dialogue node of a scenario."""
        return queries.node_counts(self._conn, scenario_id)

    def sessions_per_week(self, since: date | None = None) -> list[WeekCount]:
        return queries.sessions_per_week(self._conn, since)

    def strain_series(self, since: date | None = None) -> list[StrainPoint]:
        return queries.strain_series(self._conn, since)

    def ratings_per_stage(self) -> dict[Stage, StageRatings]:
        return queries.ratings_per_stage(self._conn)

    def totals(self) -> Totals:
        return queries.totals(self._conn)


class JournalReader:
    """Reading the journal's sessions over one connection; `stats` for the figures."""

    def __init__(self, db: Database, writable: bool = True) -> None:
        self.db = db
        self.stats = JournalStats(db.conn, writable)

    def list_sessions(self, filters: SessionFilter = SessionFilter(), offset: int = 0,
                      limit: int = 100, after: tuple[str, int] | None = None,
                      oldest_first: bool = False) -> list[SessionInfo]:
        """Sessions newest first (by start; `oldest_first` reverses), filtered; page with
        offset and limit, or after the (created_at, id) of the last row already shown."""
        return queries.list_sessions(self.db.conn, filters, offset, limit, after, oldest_first)

    def position(self, session_id: int, filters: SessionFilter = SessionFilter()) -> int:
        """The row of a session in the filtered list, newest first; -1 if not in it."""
        return queries.position(self.db.conn, filters, session_id)

    def count_sessions(self, filters: SessionFilter = SessionFilter()) -> int:
        return queries.count_sessions(self.db.conn, filters)

    def search(self, text: str, limit: int = 50,
               filters: SessionFilter | None = None) -> list[SearchHit]:
        """Full-text search over every free text (answers, notes, titles, feedback)."""
        return queries.search(self.db.conn, text, limit, filters)

    def session_ids(self, filters: SessionFilter = SessionFilter()) -> list[int]:
        """Ids of all sessions the filters keep, newest first (to export "all")."""
        return queries.session_ids(self.db.conn, filters)

    def entry(self, session_id: int) -> EntryView:
        """A session with its tags, feedback and shares, as every renderer reads it (see
        `entry.py`); KeyError if none."""
        return queries.entry(self.db.conn, session_id)

    def load(self, session_id: int) -> dict[str, Any]:
        """A stored session as `PracticeSession.to_dict()` data; KeyError if there is none."""
        return load_session(self.db.conn, session_id)

    def pending_takeaway(self) -> str | None:
        """The last finished session's takeaway while no newer session exists, else None."""
        return queries.pending_takeaway(self.db.conn)


class ReadOnlyJournal(JournalReader):
    """The read side over a read-only connection of its own: open it on the worker thread that
    uses it (SQLite connections stay on their thread); it never writes."""

    def __init__(self, database: Path) -> None:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        super().__init__(Database(conn), writable=False)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> ReadOnlyJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
