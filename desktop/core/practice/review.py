"""Spaced repetition of decision points: which moments are due for a Zwischendurch review.

Every decision node a learner answered comes back for review on expanding intervals: one
answered ungünstig soon, one answered teils a little later, one answered hilfreich much later
(and then rarely). The schedule is FSRS (the `fsrs` package, the scheduler Anki uses): it
tracks each moment's stability and difficulty over its whole history, so a moment that keeps
going wrong stays close and one that keeps going well drifts away, better than a fixed
Leitner box scheme would.

Derived from the journal's attempts, never edited: `schedule` replays a whole history in
time order; `replay` does the same for one moment, which is all the journal needs to keep
its per-moment cache current (journal/review_cards.py: only moments whose attempts changed
are replayed, so a question does not replay 500,000 attempts). Either way the result cannot
disagree with what was recorded, deleting an entry removes its reviews too, and nothing here
is a score (design.md §2.3). One attempt is the first choice made at a node in one session;
a choice taken back still counts, since the first reaction is what the review is meant to
train.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from desktop.core.scenarios.model import Rating

if TYPE_CHECKING:
    import fsrs

MomentKey = tuple[str, str]  # (scenario id, node id)

# Reviews are days apart: no minute-long learning steps, as a flash-card app would have.
# A year at most, so that nothing practised well is gone for good.
MAXIMUM_INTERVAL_DAYS = 365


@dataclass(frozen=True)
class Attempt:
    """The first choice made at one decision node in one session."""

    scenario_id: str
    node_id: str
    at: datetime
    rating: Rating


@dataclass(frozen=True)
class Review:
    """When a moment is next due, and how it went the last time."""

    scenario_id: str
    node_id: str
    due: datetime
    last_rating: Rating
    attempts: int

    @property
    def key(self) -> MomentKey:
        return self.scenario_id, self.node_id


@cache
def _scheduler() -> fsrs.Scheduler:
    # Imported on first use: the start of the app does not need it.
    import fsrs

    # No fuzzing: the same history gives the same dates (a resumed schedule never jumps).
    return fsrs.Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False,
                          maximum_interval=MAXIMUM_INTERVAL_DAYS)


def _grade(rating: Rating) -> fsrs.Rating:
    import fsrs

    return {Rating.UNGUENSTIG: fsrs.Rating.Again, Rating.TEILS: fsrs.Rating.Hard,
            Rating.HILFREICH: fsrs.Rating.Easy}[rating]


def replay(attempts: Iterable[Attempt]) -> Review | None:
    """One moment's attempts, oldest first, replayed: its next review (None without any).

    The same steps as `schedule` takes for that moment: attempts at other moments never
    change a moment's card. Takes an iterator, so a long history is never held as a list."""
    import fsrs

    scheduler = _scheduler()
    card: fsrs.Card | None = None
    last: Attempt | None = None
    count = 0
    for attempt in attempts:
        card, _log = scheduler.review_card(card or fsrs.Card(card_id=1), _grade(attempt.rating),
                                           review_datetime=attempt.at.astimezone(UTC))
        last, count = attempt, count + 1
    if card is None or last is None:
        return None
    return Review(last.scenario_id, last.node_id, card.due, last.rating, count)


def schedule(attempts: Iterable[Attempt]) -> dict[MomentKey, Review]:
    """Replay every attempt in time order; the next review of each moment answered so far.

    Attempts at the same moment with the same time keep the order they come in (the journal
    gives them by session and step)."""
    import fsrs

    scheduler = _scheduler()
    cards: dict[MomentKey, tuple[fsrs.Card, Rating, int]] = {}
    for number, attempt in enumerate(sorted(attempts, key=lambda a: a.at)):
        key = (attempt.scenario_id, attempt.node_id)
        card, _, count = cards.get(key) or (fsrs.Card(card_id=number + 1), attempt.rating, 0)
        card, _log = scheduler.review_card(card, _grade(attempt.rating),
                                           review_datetime=attempt.at.astimezone(UTC))
        cards[key] = (card, attempt.rating, count + 1)
    return {key: Review(key[0], key[1], card.due, rating, count)
            for key, (card, rating, count) in cards.items()}


def due_reviews(attempts: Iterable[Attempt], now: datetime) -> list[Review]:
    """The moments due at `now`, the longest overdue first (replaying every attempt)."""
    return due_of(schedule(attempts).values(), now)


def due_of(reviews: Iterable[Review], now: datetime) -> list[Review]:
    """Of the moments' next reviews, those due at `now`, the longest overdue first."""
    due = [r for r in reviews if r.due <= now]
    return sorted(due, key=lambda r: (r.due, r.scenario_id, r.node_id))


def interval(review: Review, answered: datetime) -> timedelta:
    """How long after an attempt at `answered` the moment comes back."""
    return review.due - answered
