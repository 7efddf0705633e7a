"""Backups: SQLite backup API copies, integrity-checked, only when something changed, rotated
7 daily / 4 weekly / 6 monthly, restorable (with a safety copy of what is replaced)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from desktop.core.journal import Journal, JournalError, JournalNotWritable
from desktop.core.journal import backup as backups
from desktop.core.practice import PracticeSession
from tests.core.scenario_factory import make_scenario, make_settings


def _add(journal: Journal, text: str) -> PracticeSession:
    session = PracticeSession.uebung(make_scenario())
    journal.attach(session)
    session.answer("deuten", 0, text)
    return session


def test_backup_is_a_checked_standalone_copy(journal):
    """backup_now() copies through the backup API into a file that passes integrity_check,
    runs without a -wal beside it, and holds the data."""
    _add(journal, "gesichert")
    info = journal.backups.now()
    assert info.reason == "manuell" and info.path.parent == journal.backups.folder()
    assert backups.verify(info.path) is None
    assert not info.path.with_name(info.path.name + "-wal").exists()
    copy = sqlite3.connect(info.path)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert copy.execute("SELECT text FROM answers").fetchall() == [("gesichert",)]
    copy.close()
    assert "manuell" in info.label


def test_automatic_backup_only_when_something_changed(journal):
    """auto_backup() copies after a change and does nothing while nothing changed."""
    _add(journal, "eins")
    first = journal.backups.auto(now=datetime(2026, 5, 4, 9, 0).astimezone())
    assert first is not None and first.reason == "auto"
    assert journal.backups.auto(now=datetime(2026, 5, 4, 10, 0).astimezone()) is None
    _add(journal, "zwei")
    second = journal.backups.auto(now=datetime(2026, 5, 5, 9, 0).astimezone())
    assert second is not None
    assert [b.path for b in journal.backups.list()] == [second.path, first.path]


def test_reopening_is_no_change(paths):
    """Opening the journal again (retention on, nothing expired) writes nothing, so the next
    automatic backup is skipped."""
    journal = Journal.open(paths, make_settings(retention_days=30))
    _add(journal, "eins")
    assert journal.backups.auto() is not None
    journal.close()
    for _ in range(2):
        again = Journal.open(paths, make_settings(retention_days=30))
        assert again.backups.auto() is None
        again.close()


def test_backup_folder_from_settings(paths, tmp_path):
    """IT can put backups elsewhere (backup_folder); an unusable place is explained."""
    elsewhere = tmp_path / "sicherungen"
    journal = Journal.open(paths, make_settings(backup_folder=str(elsewhere)))
    assert journal.backups.now().path.parent == elsewhere
    journal.close()
    blocked = tmp_path / "datei"
    blocked.write_text("x")
    journal = Journal.open(paths, make_settings(backup_folder=str(blocked)))
    with pytest.raises(JournalNotWritable, match="nicht gespeichert werden"):
        journal.backups.now()
    journal.close()


def _fake(folder, moment: datetime, reason: str = "auto") -> backups.BackupInfo:
    path = folder / f"journal-{moment:%Y-%m-%d_%H%M%S}-{reason}.sqlite3"
    path.write_bytes(b"")
    return backups.BackupInfo(path, moment, reason, 0)


def test_rotation_keeps_7_daily_4_weekly_6_monthly(tmp_path):
    """Of a year of daily backups (two a day), rotation keeps the newest of each of the last
    7 days, 4 weeks and 6 months, plus every pre-migration copy, and deletes the rest."""
    folder = tmp_path / "backups"
    folder.mkdir()
    newest = datetime(2026, 5, 31, 18, 0)
    made = []
    for day in range(365):
        for hour in (9, 17):
            made.append(_fake(folder, newest - timedelta(days=day) - timedelta(hours=18 - hour)))
    special = _fake(folder, datetime(2025, 7, 1, 8, 0), "vor-migration")
    other_file = folder / "notizen.txt"
    other_file.write_text("bleibt")
    removed = backups.rotate(folder)
    left = backups.list_backups(folder)
    kept_times = sorted(b.taken_at for b in left if b.reason == "auto")
    days = {t.date() for t in kept_times}
    assert all((newest - timedelta(days=d)).date() in days for d in range(7))
    weeks = {t.isocalendar()[:2] for t in kept_times}
    assert len(weeks) >= 4
    months = {(t.year, t.month) for t in kept_times}
    assert months >= {(2026, m) for m in range(1, 6)} | {(2025, 12)}
    assert len(kept_times) <= 7 + 4 + 6
    assert all(t.hour == 17 for t in kept_times)  # always the newest of its period
    assert special.path.exists() and other_file.read_text() == "bleibt"
    assert len(removed) + len(left) == len(made) + 1


def test_restore_replaces_content_and_keeps_a_safety_copy(journal):
    """restore() brings back the backup's content; what it replaced is saved first, so the
    restore can itself be undone; attached sessions are detached."""
    kept = _add(journal, "vor der Sicherung")
    info = journal.backups.now()
    later = _add(journal, "nach der Sicherung")
    safety = journal.restore(info)
    assert safety is not None and safety.reason == "vor-wiederherstellung"
    assert {s.uid for s in journal.list_sessions()} == {kept.uid}
    later.answer("deuten", 1, "geht nicht mehr ins Journal")  # detached: no write
    assert journal.count_sessions() == 1
    journal.restore(safety)
    assert {s.uid for s in journal.list_sessions()} == {kept.uid, later.uid}
    assert journal.search("nach der Sicherung")
    _add(journal, "nach der Wiederherstellung wird weiter gespeichert")
    assert journal.count_sessions() == 3
    assert journal.check() == []


def test_restore_refuses_a_damaged_backup(journal, paths):
    """A backup file that fails its check is refused with a German message; nothing changes."""
    _add(journal, "bleibt")
    bad = journal.backups.folder() / "journal-2026-05-04_090000-auto.sqlite3"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"Unsinn" * 1000)
    with pytest.raises(JournalError, match="kann nicht wiederhergestellt werden"):
        journal.restore(bad)
    assert journal.count_sessions() == 1


def test_newest_good_backup_skips_a_damaged_one(journal):
    """The backup offered after damage is the newest one that passes its integrity check."""
    _add(journal, "gut")
    good = journal.backups.now()
    broken = journal.backups.folder() / "journal-2099-01-01_000000-auto.sqlite3"
    broken.write_bytes(b"kaputt" * 1000)
    assert backups.list_backups(journal.backups.folder())[0].path == broken
    assert backups.newest_good(journal.backups.folder()).path == good.path
