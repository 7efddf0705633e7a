"""The review schedule kept per moment in the journal (table review_cards, schema v5).

Zwischendurch and the start page's review hint ask which moments are due. Replaying every
attempt ever made for each question (practice/review.py `schedule`) costs seconds at 100,000
sessions (~300,000 attempts through FSRS in Python), and building, sorting and freeing a list
of that many objects holds the GIL long enough to freeze the window for a third of a second
even on a worker thread. So each moment's result is stored with the value of its change
counter at the time; the triggers of schema v5 raise the counter whenever that moment's
attempts may have changed (a new first choice, a deleted entry, a rewritten session), and
only those moments are replayed, each from its own attempts, read row by row.

Derived data: it never leaves the computer (exports and shares read the sessions), and a
moment whose entries are all deleted loses its row at the next refresh. A refresh written
from a reader never counts as a change (no generation bump: it triggers no backup), and
writes a moment only if its counter has not moved meanwhile, so a choice recorded while a
worker replays is never lost; it just stays to be replayed next time.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import datetime

from desktop.core.journal import queries
from desktop.core.practice.review import Attempt, MomentKey, Review, replay
from desktop.core.practice.state import parse_rating

log = logging.getLogger(__name__)

# Moments written per transaction while many are replayed (after the migration to v5): the
# write lock is held only for a moment at a time, and an interrupted refresh keeps its work.
WRITE_EVERY = 25

_Stale = tuple[Review | None, str, str, int]  # (result, scenario id, node id, counter read)


def moment_attempts(conn: sqlite3.Connection, scenario_id: str,
                    node_id: str) -> Iterator[Attempt]:
    """The attempts at one moment, oldest first, one row at a time."""
    for at, rating in queries.moment_attempts(conn, scenario_id, node_id):
        yield Attempt(scenario_id, node_id, datetime.fromisoformat(at), parse_rating(rating))


def current_reviews(conn: sqlite3.Connection, persist: bool = True) -> dict[MomentKey, Review]:
    """Every answered moment's next review: stored ones as they are, changed ones replayed
    (and stored again when `persist` and the connection can write)."""
    rows = conn.execute("SELECT scenario_id, node_id, changes, folded, attempts, last_rating, "
                        "due FROM review_cards").fetchall()
    reviews: dict[MomentKey, Review] = {}
    stale: list[_Stale] = []
    for scenario_id, node_id, changes, folded, attempts, last_rating, due in rows:
        if folded == changes:
            review: Review | None = Review(scenario_id, node_id, datetime.fromisoformat(due),
                                           parse_rating(last_rating), attempts)
        else:
            review = replay(moment_attempts(conn, scenario_id, node_id))
            stale.append((review, scenario_id, node_id, changes))
            if persist and len(stale) >= WRITE_EVERY:
                persist = _store(conn, stale)
                stale = []
        if review is not None:
            reviews[review.key] = review
    if persist and stale:
        _store(conn, stale)
    return reviews


def _store(conn: sqlite3.Connection, results: list[_Stale]) -> bool:
    """Write replayed moments whose counter is still the one read; False if the journal
    cannot be written now (read-only, locked): the results are only kept in memory."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for review, scenario_id, node_id, changes in results:
                if review is None:
                    conn.execute("DELETE FROM review_cards WHERE scenario_id = ? AND node_id = ? "
                                 "AND changes = ?", (scenario_id, node_id, changes))
                else:
                    conn.execute(
                        "UPDATE review_cards SET folded = changes, attempts = ?, "
                        "last_rating = ?, due = ? WHERE scenario_id = ? AND node_id = ? "
                        "AND changes = ?",
                        (review.attempts, review.last_rating.value, review.due.isoformat(),
                         scenario_id, node_id, changes))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        log.info("review schedule kept in memory only: %s", exc)
        return False
    return True
