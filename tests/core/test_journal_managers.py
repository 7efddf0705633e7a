"""The journal as a façade: its managers share its connection and its write transaction, and a
worker's read-only journal has the very same statistics."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core.journal import Journal, JournalNotWritable
from desktop.core.journal.reading import JournalStats, ReadOnlyJournal
from desktop.core.practice import PracticeSession
from tests.core.scenario_factory import make_settings


def _uebung(journal, scenario) -> PracticeSession:
    session = PracticeSession.uebung(scenario)
    journal.attach(session)
    session.answer("deuten", 0, "Angst um den Job")
    session.dialogue.choose(0)
    return session


def test_a_managers_write_counts_as_a_change_for_the_backups(journal, scenario):
    """Tags, feedback and shares are written in the journal's own transaction: after the
    first automatic backup nothing is copied again until one of them changes something."""
    session = _uebung(journal, scenario)
    assert journal.backups.auto(now=datetime(2026, 5, 4, 9, 0).astimezone()) is not None
    assert journal.backups.auto(now=datetime(2026, 5, 5, 9, 0).astimezone()) is None
    for day, change in enumerate((
            lambda: journal.tags.set(session.id, ["schalter"]),
            lambda: journal.feedback.add(session.id, "Gut.", sender="S."),
            lambda: journal.shares.add(session.id, "freigabe.json")), start=6):
        change()
        taken = journal.backups.auto(now=datetime(2026, 5, day, 9, 0).astimezone())
        assert taken is not None, day
    assert [b.path for b in journal.backups.list()][0] == taken.path
    assert journal.tags.of(session.id) == ("schalter",)
    assert [f.text for f in journal.feedback.for_session(session.id)] == ["Gut."]
    assert [s.file_name for s in journal.shares.for_session(session.id)] == ["freigabe.json"]


def test_a_read_only_journal_refuses_the_managers_writes(journal, scenario, paths):
    """Opened read-only, every manager still reads, and a write fails with the journal's
    German "not writable" error instead of an SQLite one."""
    session = _uebung(journal, scenario)
    journal.tags.set(session.id, ["schalter"])
    journal.close()
    reader = Journal.open_read_only(paths, make_settings())
    try:
        assert reader.tags.all() == [("schalter", 1)]
        assert reader.stats.totals().sessions == 1
        with pytest.raises(JournalNotWritable):
            reader.tags.add(session.id, "neu")
        with pytest.raises(JournalNotWritable):
            reader.feedback.add(session.id, "Gut.")
    finally:
        reader.close()


def test_the_worker_reads_the_same_statistics_as_the_gui(journal, scenario, paths):
    """`ReadOnlyJournal` (a worker's own connection) carries the same `JournalStats` class as
    the GUI's journal, and both count the same."""
    _uebung(journal, scenario)
    _uebung(journal, scenario)
    with ReadOnlyJournal(paths.database) as worker:
        assert type(worker.stats) is type(journal.stats) is JournalStats
        assert worker.stats.scenario_counts() == journal.stats.scenario_counts() == \
            {scenario.id: 2}
        assert worker.stats.moment_counts() == journal.stats.moment_counts()
        assert worker.stats.totals() == journal.stats.totals()


def test_the_aliases_are_gone(journal):
    """`create` (= attach) and `practice_counts` (= scenario_counts) were aliases; one name
    each is left."""
    assert not hasattr(journal, "create") and not hasattr(journal, "practice_counts")
    assert not hasattr(journal.stats, "practice_counts")
