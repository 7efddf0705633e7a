"""The review schedule the journal keeps per moment (schema v5, journal/review_cards.py)
always equals the full replay of every attempt (practice/review.py `schedule`), through every
way the attempts can change, on a generated history of thousands of sessions and on sessions
recorded through the real autosave; and it replays only the moments that changed."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from bench import gen_journal
from desktop.core.journal import Journal
from desktop.core.journal import review_cards as cards_module
from desktop.core.journal.reading import ReadOnlyJournal
from desktop.core.practice import PracticeSession
from desktop.core.practice.review import schedule
from tests.core.scenario_factory import StepClock, make_paths, make_settings
from tests.core.test_option_order import bundled

# Not the benchmarks' seed (1): the cache is checked on a history it was not tuned on.
SEED = 23
SESSIONS = 2_000


def stale(journal: Journal) -> int:
    """How many moments are marked to be replayed."""
    return journal.db.conn.execute(
        "SELECT count(*) FROM review_cards WHERE folded IS NOT changes").fetchone()[0]


def assert_kept_equals_replay(journal: Journal) -> None:
    """The kept schedule (read-only reader first: it replays without storing; then the
    journal itself, which stores) equals replaying every attempt; afterwards none is stale."""
    full = schedule(journal.stats.review_attempts())
    with ReadOnlyJournal(journal.database) as reader:
        assert reader.stats.reviews() == full
    assert journal.stats.reviews() == full
    assert stale(journal) == 0
    assert journal.stats.moment_counts() == {key: r.attempts for key, r in full.items()}


def practise(journal: Journal, scenario, clock: StepClock, rng: random.Random,
             undo: bool = False) -> PracticeSession:
    """An Übung through the autosave: a few choices of random rating, one taken back."""
    session = PracticeSession.uebung(scenario, clock=clock)
    journal.attach(session)
    walk = session.dialogue
    for number in range(rng.randrange(1, 5)):
        if walk.finished:
            break
        walk.choose(rng.choice(walk.shown_choices()).id)
        if undo and number == 0:
            walk.undo()
            walk.choose(rng.choice(walk.shown_choices()).id)
    journal.detach(session)
    return session


@pytest.fixture
def generated(tmp_path):
    paths = make_paths(tmp_path / "daten")
    gen_journal.generate(paths.root, SESSIONS, seed=SEED)
    journal = Journal.open(paths, make_settings())
    yield journal
    journal.close()


def test_kept_schedule_equals_the_full_replay_through_every_kind_of_change(generated):
    """A generated history, then each way attempts change: new sessions through the
    autosave (a choice taken back still counts), deleted entries, a whole session written
    again, a step inserted out of time order and a rating changed by plain SQL (an older
    tool, a restored row), retention, reopening: the kept schedule always equals the full
    replay, for a writing journal and for a read-only reader alike."""
    journal = generated
    rng = random.Random(SEED)
    assert stale(journal) > 0  # generated rows went in through the triggers
    assert_kept_equals_replay(journal)

    scenario = bundled()
    clock = StepClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    sessions = [practise(journal, scenario, clock, rng, undo=n % 3 == 0) for n in range(12)]
    assert_kept_equals_replay(journal)

    # 25 entries chosen by the seeded generator (SQLite's random() is not seeded: it once
    # picked the session rewritten below), never the two sessions the steps below use
    later = {sessions[4].id, sessions[7].id}
    ids = rng.sample([r[0] for r in journal.db.conn.execute(
        "SELECT id FROM sessions WHERE scenario_id IS NOT NULL ORDER BY id") if r[0] not in later],
        25)
    for session_id in ids:
        journal.delete_session(session_id)
    journal.delete_session(sessions[4].id)
    assert stale(journal) == 0  # deleting replays at once: no rating of the entries stays
    assert_kept_equals_replay(journal)

    rewritten = journal.resume(sessions[7].id, scenario)
    journal.save(rewritten)  # deletes and inserts every row of the session
    assert_kept_equals_replay(journal)

    conn = journal.db.conn
    session_id, at = conn.execute(
        "SELECT id, created_at FROM sessions WHERE kind = 'uebung' ORDER BY id LIMIT 1 OFFSET 500"
    ).fetchone()
    earlier = (datetime.fromisoformat(at) - timedelta(days=40)).isoformat(timespec="milliseconds")
    conn.execute("INSERT INTO path_steps (session_id, seq, node_id, choice_index, text, rating, "
                 "target, at) VALUES (?, 99, 'knoten-3', 0, 'Nachgetragen.', 'ungünstig', "
                 "'knoten-4', ?)", (session_id, earlier))
    conn.execute("UPDATE path_steps SET rating = 'hilfreich' WHERE session_id = ? AND seq = 1",
                 (ids[-1] + 1,))
    assert_kept_equals_replay(journal)

    journal.settings.values["retention_days"] = 365
    assert journal.apply_retention(now=datetime(2026, 6, 1, tzinfo=UTC)) > 0
    assert_kept_equals_replay(journal)

    paths, settings = journal.paths, journal.settings
    journal.close()
    with Journal.open(paths, settings) as reopened:
        assert stale(reopened) == 0
        assert_kept_equals_replay(reopened)


def test_only_the_moments_that_changed_are_replayed(generated, monkeypatch):
    """Once the schedule is current, asking again replays nothing; one Zwischendurch choice
    replays that one moment, from its own attempts only."""
    journal = generated
    journal.stats.reviews()
    replayed: list[tuple[str, str]] = []
    original = cards_module.replay

    def counting(attempts):
        review = original(attempts)
        replayed.append(review.key if review else ("", ""))
        return review

    monkeypatch.setattr(cards_module, "replay", counting)
    journal.stats.reviews()
    assert replayed == []

    scenario = bundled()
    node = scenario.dialogue.start
    session = PracticeSession.zwischendurch(scenario, node, clock=StepClock())
    journal.attach(session)
    session.dialogue.choose(session.dialogue.shown_choices()[0].id)
    journal.detach(session)
    assert stale(journal) == 1
    reviews = journal.stats.reviews()
    assert replayed == [(scenario.id, node)]
    assert reviews[(scenario.id, node)].attempts == 1
    assert_kept_equals_replay(journal)


def test_a_choice_recorded_while_a_worker_replays_is_not_lost(paths, monkeypatch):
    """A worker replays a moment over its own connection while the GUI's autosave records a
    new choice at that very moment: the worker's result is not stored as current, so the
    next question replays the moment again and counts the new choice."""
    scenario = bundled()
    node = scenario.dialogue.start
    clock = StepClock()
    gui = Journal.open(paths, make_settings())

    def choose_at_start() -> int:
        session = PracticeSession.zwischendurch(scenario, node, clock=clock)
        gui.attach(session)
        session.dialogue.choose(session.dialogue.shown_choices()[0].id)
        gui.detach(session)
        return session.id

    choose_at_start()
    original = cards_module.replay
    recorded: list[int] = []

    def replay_while_the_user_chooses(attempts):
        review = original(attempts)  # the worker has read the attempts it knows
        if not recorded:
            recorded.append(choose_at_start())
        return review

    monkeypatch.setattr(cards_module, "replay", replay_while_the_user_chooses)
    with Journal.open(paths, make_settings()) as worker:
        seen = worker.stats.reviews()
    monkeypatch.setattr(cards_module, "replay", original)
    assert recorded and seen[(scenario.id, node)].attempts == 1
    assert stale(gui) == 1
    assert gui.stats.reviews()[(scenario.id, node)].attempts == 2
    assert_kept_equals_replay(gui)
    gui.close()


def test_a_read_only_journal_replays_without_writing(generated):
    """A journal that can only be read (its folder is read-only) still answers from the
    kept schedule, replaying changed moments in memory; the file is left as it was."""
    journal = generated
    paths = journal.paths
    full = schedule(journal.stats.review_attempts())
    journal.close()
    before = paths.database.read_bytes()
    with Journal.open_read_only(paths, make_settings()) as reader:
        assert reader.stats.reviews() == full
        assert reader.stats.reviews() == full
    assert paths.database.read_bytes() == before
    journal.db = Journal.open(paths, make_settings()).db  # for the fixture to close


def test_deleting_everything_leaves_no_review_state(generated):
    """After "delete every entry" nothing of the practice history is left in the schedule
    either (it holds dates and ratings of the deleted practice)."""
    journal = generated
    journal.stats.reviews()
    journal.delete_all()
    assert journal.db.conn.execute("SELECT count(*) FROM review_cards").fetchone() == (0,)
    assert journal.stats.reviews() == {}


def test_the_schedule_survives_a_restore_of_a_backup(generated):
    """A backup carries the schedule as it was; restored (after more practice), the kept
    schedule equals the replay of the restored attempts, and nothing of the replaced
    content's schedule is left."""
    journal = generated
    journal.stats.reviews()
    backup = journal.backups.now()
    scenario = bundled()
    practise(journal, scenario, StepClock(), random.Random(2))
    assert any(key[0] == scenario.id for key in journal.stats.reviews())
    journal.restore(backup)
    assert not any(key[0] == scenario.id for key in journal.stats.reviews())
    assert_kept_equals_replay(journal)
