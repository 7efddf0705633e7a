"""The journal: a user's sessions in one local SQLite database (sqlite-utils), Qt-free.

API in brief (see the module docstrings for the details):

- `Journal.open(paths, settings)` opens or creates `paths.database`; it raises `JournalError`
  subclasses with German messages: `NetworkFolderRefused`, `JournalNotWritable`,
  `JournalDamaged` (the file was moved to `paths.damaged`; `.backup` is the newest good backup),
  `JournalNewerSchema` (left untouched).
- Autosave: `attach(session, on_error=None)` stores a `PracticeSession` and writes every change
  at once; `unsaved`, `flush()` for a disk that was full or read-only; `save(session)`.
- Reading: `load(id) -> dict`, `entry(id) -> EntryView` (what every renderer reads, see
  `entry.py`), `resume(id, scenario) -> PracticeSession`, `info(id)`,
  `latest_unfinished(kind)`, `list_sessions(SessionFilter, offset, limit)`,
  `count_sessions(SessionFilter)`, `search(text, limit) -> list[SearchHit]`.
- Managers, each a small class over the journal's connection and its write transaction:
  `journal.tags` (`set/add/remove/of/all`), `journal.feedback` (`add/for_session`),
  `journal.shares` (`add/add_many/for_session`), `journal.stats` (`scenario_counts()`,
  `moment_counts()`, `node_counts(id)`, `sessions_per_week()`, `strain_series()`,
  `ratings_per_stage()`, `totals()`, `reviews()`, `due_reviews()`, …; the same class on a worker's
  `ReadOnlyJournal`), `journal.backups` (`now/auto/list/folder`).
- Care and data rights: `restore(backup)`, `check()`, `export_all(folder, labels)`,
  `delete_session(id)`, `delete_all(include_backups)`, `apply_retention()`, `scrub()` (the
  last two explicit: opening never deletes; the app runs them on a worker thread).
- `Journal.open_read_only(paths, settings)`: read a journal whose folder cannot be written;
  `JournalBusy`: another connection held the write lock (the autosave keeps the change).

Opening: `opening.py`. Schema and migrations: `schema.py` (sqlite-utils' `Migrations`, plus
PRAGMA user_version).
"""

from __future__ import annotations

from desktop.core.journal.backup import BackupInfo, KeepRule
from desktop.core.journal.entry import EntryLabels, EntryView
from desktop.core.journal.errors import (
    JournalBusy,
    JournalDamaged,
    JournalError,
    JournalNewerSchema,
    JournalNotWritable,
    NetworkFolderRefused,
)
from desktop.core.journal.records import (
    ExportResult,
    FeedbackRow,
    SearchHit,
    SessionFilter,
    SessionInfo,
    ShareRow,
    StageRatings,
    StrainPoint,
    Totals,
    WeekCount,
)
from desktop.core.journal.schema import SCHEMA_VERSION
from desktop.core.journal.store import Journal

__all__ = [
    "SCHEMA_VERSION", "BackupInfo", "EntryLabels", "EntryView", "ExportResult", "FeedbackRow", "Journal", "JournalBusy", "JournalDamaged",
    "JournalError", "JournalNewerSchema", "JournalNotWritable", "KeepRule",
    "NetworkFolderRefused", "SearchHit", "SessionFilter", "SessionInfo", "ShareRow",
    "StageRatings", "StrainPoint", "Totals", "WeekCount",
]
