"""A deletion's erasure empties the WAL before it counts as done: a checkpoint that another
connection keeps from finishing (the user typing meanwhile, another reader) leaves the deleted
rows' old page images in the WAL, so the erasure is tried again a little later, and while the
WAL cannot be emptied the deletion stays marked as not yet erased (for the next try and the
next start) instead of being reported done."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.journal import Journal, JournalBusy
from desktop.core.journal import store as store_module
from desktop.core.practice import PracticeSession, Step
from tests.core.scenario_factory import make_paths, make_settings

SECRET = "Jolanta Przybyszewska"


def journal_bytes(paths) -> bytes:
    return b"".join(p.read_bytes() for p in paths.root.glob("journal.sqlite3*"))


def journal_with_deleted_case(paths) -> Journal:
    # A short busy timeout: each checkpoint waits this long for the other connection.
    journal = Journal.open(paths, make_settings(), busy_timeout=0.2)
    session = PracticeSession.eigener_fall("Mittwoch")
    journal.attach(session)
    session.answer(Step.SITUATION, 0, f"Frau {SECRET} kam ohne Termin.")
    assert session.id is not None
    journal.delete_session(session.id, erase=False)
    assert journal.erasure_pending
    return journal


def test_an_erasure_a_reader_blocks_stays_pending_and_finishes_later(tmp_path, monkeypatch):
    """Another connection holds a read transaction on an older snapshot: the checkpoint
    cannot empty the WAL, so after its tries the erasure reports a busy journal and the
    deletion stays marked; once the reader is gone the erasure finishes and the name is in
    no file of the journal."""
    monkeypatch.setattr(store_module, "WAL_PAUSE", 0.01, raising=False)
    paths = make_paths(tmp_path / "daten")
    journal = journal_with_deleted_case(paths)
    reader = sqlite3.connect(paths.root / "journal.sqlite3")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM sessions").fetchone()  # a snapshot before the merge
    with pytest.raises(JournalBusy):
        journal.erase_deleted()
    assert journal.erasure_pending
    reader.rollback()
    reader.close()
    journal.erase_deleted()
    assert not journal.erasure_pending
    journal.close()
    data = journal_bytes(paths)
    assert b"Jolanta" not in data and b"Przybyszewska" not in data


def test_an_erasure_nobody_blocks_empties_the_wal_at_once(tmp_path):
    """Without another connection the erasure finishes at its first checkpoint: the mark is
    gone, the WAL is empty, and the name is in no file even before the journal is closed."""
    paths = make_paths(tmp_path / "daten")
    journal = journal_with_deleted_case(paths)
    journal.erase_deleted()
    assert not journal.erasure_pending
    data = journal_bytes(paths)
    assert b"Jolanta" not in data and b"Przybyszewska" not in data
    journal.close()
