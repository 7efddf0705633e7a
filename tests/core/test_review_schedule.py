"""Spaced repetition of decision points (issue 17.2), with a fake clock and a real journal:
moments answered badly come back soon, moments answered well much later, and Zwischendurch
picks what is due before anything else."""

from __future__ import annotations

import random
from datetime import timedelta

from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from desktop.core.practice.moments import pick_moment
from desktop.core.practice.review import Attempt, due_reviews, schedule
from desktop.core.scenarios.model import Rating
from tests.core.scenario_factory import StepClock, make_settings
from tests.core.test_option_order import bundled


def answer_start(journal: Journal, scenario, clock: StepClock, rating: Rating) -> str:
    """One Übung in which the learner takes a choice of `rating` at the start node."""
    session = PracticeSession.uebung(scenario, clock=clock)
    journal.attach(session)
    walk = session.dialogue
    choice = next(c for c in walk.shown_choices() if c.item.rating is rating)
    walk.choose(choice.id)
    journal.detach(session)
    return walk.start


def test_moment_answered_badly_becomes_due_and_is_picked_first(paths):
    """A start node answered ungünstig is not due at once, is due after its interval (a day
    or so, not weeks), and Zwischendurch then picks it although other moments were practised
    less."""
    scenario = bundled()
    clock = StepClock()
    with Journal.open(paths, make_settings(), clock=clock) as journal:
        node = answer_start(journal, scenario, clock, Rating.UNGUENSTIG)
        assert journal.stats.due_reviews(clock.now) == []
        review = schedule(journal.stats.review_attempts())[(scenario.id, node)]
        wait = review.due - clock.now
        assert timedelta(hours=12) <= wait <= timedelta(days=3)
        assert journal.stats.due_reviews(review.due - timedelta(minutes=1)) == []
        later = review.due + timedelta(minutes=1)
        due = journal.stats.due_reviews(later)
        assert [r.key for r in due] == [(scenario.id, node)]
        counts = journal.stats.moment_counts()
        assert counts[(scenario.id, node)] == 1  # practised more than every other node
        for seed in range(10):
            picked = pick_moment([scenario], counts, rng=random.Random(seed),
                                 due=[r.key for r in due])
            assert picked == (scenario, node)
        # Without anything due, the least practised moment comes first, as before.
        picked = pick_moment([scenario], counts, rng=random.Random(1), due=[])
        assert picked is not None and picked[1] != node


def test_moment_answered_well_comes_back_later_than_one_answered_badly():
    """The same moment answered hilfreich comes back much later (a week or more) than answered
    teils or ungünstig (about a day); answered well again, the interval grows; answered badly
    after being answered well, it comes back soon."""
    scenario = bundled()
    node = scenario.dialogue.start
    start = StepClock().now

    def due_after(*ratings: Rating) -> timedelta:
        attempts = [Attempt(scenario.id, node, start + timedelta(days=30 * i), r)
                    for i, r in enumerate(ratings)]
        return schedule(attempts)[(scenario.id, node)].due - attempts[-1].at

    bad, partly, good = (due_after(r) for r in (Rating.UNGUENSTIG, Rating.TEILS,
                                                 Rating.HILFREICH))
    assert bad <= partly < good and good >= timedelta(days=7) and bad <= timedelta(days=2)
    assert due_after(Rating.TEILS, Rating.TEILS, Rating.TEILS) > partly
    assert due_after(Rating.HILFREICH, Rating.HILFREICH) > good
    assert due_after(Rating.HILFREICH, Rating.UNGUENSTIG) < good


def test_due_reviews_are_ordered_and_follow_the_journal(paths):
    """Two moments due: the longer overdue first. A taken-back choice still counts as the
    first reaction; deleting the entry removes its review."""
    scenario = bundled()
    clock = StepClock()
    with Journal.open(paths, make_settings(), clock=clock) as journal:
        first = PracticeSession.uebung(scenario, clock=clock)
        journal.attach(first)
        walk = first.dialogue
        walk.choose(next(c.id for c in walk.shown_choices()
                         if c.item.rating is Rating.UNGUENSTIG))
        walk.undo()
        walk.choose(next(c.id for c in walk.shown_choices()
                         if c.item.rating is Rating.HILFREICH))
        clock.now += timedelta(hours=6)
        second_node = walk.current.id
        bad = next(c for c in walk.shown_choices() if c.item.rating is Rating.UNGUENSTIG)
        walk.choose(bad.id)
        attempts = journal.stats.review_attempts()
        assert [(a.node_id, a.rating) for a in attempts] == [
            (walk.start, Rating.UNGUENSTIG), (second_node, Rating.UNGUENSTIG)]
        due = journal.stats.due_reviews(clock.now + timedelta(days=5))
        assert [r.node_id for r in due] == [walk.start, second_node]
        journal.delete_session(first.id)
        assert journal.stats.due_reviews(clock.now + timedelta(days=5)) == []


def test_same_history_gives_the_same_dates():
    """The schedule is replayed without fuzz: the same attempts always give the same dates."""
    scenario = bundled()
    start = StepClock().now
    attempts = [Attempt(scenario.id, n.id, start + timedelta(hours=i), Rating.TEILS)
                for i, n in enumerate(scenario.decision_nodes())]
    assert schedule(attempts) == schedule(list(reversed(attempts)))
    assert due_reviews(attempts, start) == []
