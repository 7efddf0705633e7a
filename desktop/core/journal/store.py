"""`Journal`: the one SQLite database of a user's sessions, opened safely and written at once.

Opening is in `opening.py` (the order in which a file is checked before anything changes).

Autosave: `attach(session)` stores a session and subscribes to its changes; every change is
one small transaction (synchronous=FULL: durable when the call returns). If a write fails (a
full or read-only disk, a lock held elsewhere longer than the busy timeout: `JournalBusy`,
damage), the session is kept in `unsaved`, the error goes to `on_error` (or is raised), and the
next change or `flush()` writes the whole session once writing works again.

The connection belongs to the thread that opened the journal (the GUI thread); work that may
take longer (backups, export, integrity check) opens its own connections and may run on a
worker thread: `backup.auto_backup`, `export.export_all`, `check()` via `check_database`.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core.config import Settings
from desktop.core.journal import backup as backups
from desktop.core.journal import export, queries
from desktop.core.journal.annotations import Feedback, Shares, Tags
from desktop.core.journal.db import Database
from desktop.core.journal.entry import EntryLabels
from desktop.core.journal.errors import JournalError, translate
from desktop.core.journal.maintenance import Backups, check_database, restore_into
from desktop.core.journal.opening import BUSY_TIMEOUT, open_database, open_read_only_database
from desktop.core.journal.places import MOUNTS_FILE
from desktop.core.journal.reading import JournalReader
from desktop.core.journal.records import ExportResult, SessionInfo
from desktop.core.journal.sessions_sql import SessionWriter, load_session
from desktop.core.paths import DataPaths
from desktop.core.practice.catalog import SessionKind
from desktop.core.practice.session import PracticeSession
from desktop.core.practice.state import Change, Clock, stamp, utc_now
from desktop.core.scenarios.model import Scenario

log = logging.getLogger(__name__)

ErrorHandler = Callable[[JournalError], None]


class Journal(JournalReader):
    """The user's journal. Create it with `Journal.open(paths, settings)`.

    A façade: sessions, autosave and data rights here; the rest in small managers that share
    its connection and its `_write()` transaction: `tags`, `feedback`, `shares`, `stats`
    (the same class a worker's `ReadOnlyJournal` has) and `backups`.
    """

    def __init__(self, db: Database, paths: DataPaths, settings: Settings,
                 clock: Clock) -> None:
        super().__init__(db)
        self.paths = paths
        self.settings = settings
        self._clock = clock
        self.tags = Tags(db.conn, self._write)
        self.feedback = Feedback(db.conn, self._write, clock)
        self.shares = Shares(db.conn, self._write, clock)
        self.backups = Backups(paths, settings)
        self._writer = SessionWriter(db.conn)
        self._attached: dict[str, tuple[PracticeSession, Callable[[], None]]] = {}
        self._unsaved: dict[str, PracticeSession] = {}

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, paths: DataPaths, settings: Settings, *, mounts_file: Path = MOUNTS_FILE,
             platform: str = sys.platform, clock: Clock = utc_now,
             verify: bool = False, busy_timeout: float = BUSY_TIMEOUT) -> Journal:
        """Open (or create) the journal; raises a JournalError subclass with a German message.

        `verify` runs `PRAGMA quick_check` too (seconds on a very large journal; the header
        check always runs). `busy_timeout`: how long a write waits for another connection's
        write lock before `JournalBusy` (the GUI's connection waits briefly and retries later).
        `mounts_file` and `platform` are injectable for tests.
        """
        db = open_database(paths, settings, mounts_file=mounts_file, platform=platform,
                           clock=clock, verify=verify, busy_timeout=busy_timeout)
        return cls(db, paths, settings, clock)

    @classmethod
    def open_read_only(cls, paths: DataPaths, settings: Settings, *,
                       clock: Clock = utc_now) -> Journal:
        """Open an existing, current journal for reading only (its folder cannot be written:
        read-only, full, or held by nobody's lock). Writes raise `JournalNotWritable`."""
        return cls(open_read_only_database(paths), paths, settings, clock)


    def close(self) -> None:
        """Write what is still unsaved if possible, then close the connection.

        Call `flush()` first when the caller must know: close() only logs a failure.
        """
        try:
            self.flush()
        except JournalError as exc:
            log.error("closing with unsaved sessions: %s", exc)
        self._forget_sessions()
        self.db.close()

    def _forget_sessions(self) -> None:
        """Detach every session and drop unsaved state (after restore, delete_all, close)."""
        for _, unsubscribe in self._attached.values():
            unsubscribe()
        self._attached.clear()
        self._unsaved.clear()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction that also bumps the change generation (backups look at it)."""
        try:
            with self.db.atomic():
                yield self.db.conn
                self.db.conn.execute(
                    "UPDATE meta SET value = value + 1 WHERE key = 'generation'")
        except sqlite3.Error as exc:
            raise translate(exc, self.database) from exc

    # -- sessions and autosave -------------------------------------------------------------

    def attach(self, session: PracticeSession, on_error: ErrorHandler | None = None) -> int:
        """Store the session now and write each later change at once; returns its id.

        Without `on_error`, a failed write raises from the session method that changed it
        (after the change is made in memory); with it, the error is passed there instead.
        """
        self.detach(session)

        def listener(change: Change) -> None:
            # Every JournalError (also "locked"): the typing path calls this from a timer, where
            # an exception would only end in a traceback while the user is told nothing.
            try:
                self.record(session, change)
            except JournalError as exc:
                if on_error is None:
                    raise
                on_error(exc)

        # Subscribed before the first write: if that fails, later changes are still followed
        # and the session is written whole as soon as writing works again.
        self._attached[session.uid] = (session, session.subscribe(listener))
        try:
            self.save(session)
        except JournalError as exc:
            self._unsaved[session.uid] = session
            if on_error is None:
                raise
            on_error(exc)
        return session.id if session.id is not None else -1

    def detach(self, session: PracticeSession) -> None:
        entry = self._attached.pop(session.uid, None)
        if entry is not None:
            entry[1]()

    def save(self, session: PracticeSession) -> int:
        """Write the whole session (insert or replace); sets and returns `session.id`."""
        try:
            with self._write() as conn:
                session.id = self._writer.save(conn, session)
        except JournalError:
            if session.uid in self._attached:  # the autosave keeps it for the next try
                self._unsaved[session.uid] = session
            raise
        self._unsaved.pop(session.uid, None)
        return session.id

    def record(self, session: PracticeSession, change: Change) -> None:
        """Write one change of a session in one small transaction."""
        try:
            if self._unsaved:
                self.flush()
            if session.id is None:
                self.save(session)
                return
            with self._write() as conn:
                self._writer.record(conn, session, change)
        except JournalError:  # kept in memory, written whole with the next write that works
            self._unsaved[session.uid] = session
            raise

    @property
    def unsaved(self) -> tuple[PracticeSession, ...]:
        """Sessions with changes that could not be written yet (kept in memory)."""
        return tuple(self._unsaved.values())

    def flush(self) -> bool:
        """Write every unsaved session; True if nothing is left unsaved (raises otherwise)."""
        for session in list(self._unsaved.values()):
            self.save(session)
        return not self._unsaved

    def load(self, session_id: int) -> dict[str, Any]:
        """A stored session as `PracticeSession.to_dict()` data; KeyError if there is none."""
        try:
            return load_session(self.db.conn, session_id)
        except sqlite3.Error as exc:
            raise translate(exc, self.database) from exc

    def load_session(self, session_id: int,
                     scenarios: Mapping[str, Scenario] | None = None) -> PracticeSession:
        """Rebuild a stored session (not attached); its scenario is looked up in `scenarios`."""
        data = self.load(session_id)
        scenario = None
        scenario_id = data.get("scenario_id")
        if scenario_id is not None:
            scenario = (scenarios or {}).get(scenario_id)
            if scenario is None:
                raise JournalError(
                    f"Das Szenario „{data.get('scenario_title') or scenario_id}“ ist nicht mehr "
                    "vorhanden, deshalb kann diese Übung nicht fortgesetzt werden. Der Eintrag "
                    "bleibt im Journal erhalten und lässt sich exportieren.")
        try:
            return PracticeSession.from_dict(data, scenario, clock=self._clock)
        except (ValueError, KeyError) as exc:
            raise JournalError(f"Diese Sitzung kann nicht fortgesetzt werden: {exc}") from exc

    def resume(self, session_id: int, scenario: Scenario | None = None,
               on_error: ErrorHandler | None = None) -> PracticeSession:
        """Rebuild a stored session (at its step and dialogue node) and attach it."""
        session = PracticeSession.from_dict(self.load(session_id), scenario, clock=self._clock)
        self.attach(session, on_error)
        return session

    def info(self, session_id: int) -> SessionInfo | None:
        return queries.get_info(self.db.conn, session_id)

    def latest_unfinished(self, kind: SessionKind | None = None) -> SessionInfo | None:
        """The draft changed last (to offer \"Weitermachen\")."""
        return queries.latest_unfinished(self.db.conn, kind)

    def delete_session(self, session_id: int, erase: bool = True) -> None:
        """Delete a session with its answers, path, tags, feedback and shares.

        Its words are then erased from the search index too (`erase_deleted`: about a second
        on a 100,000-session journal, milliseconds on a typical one, in short steps). With
        `erase=False` the caller runs `erase_deleted()` itself (the app: on the thread pool
        after the list has been updated); a start finishes an erasure a killed process left.
        """
        for uid, (session, unsubscribe) in list(self._attached.items()):
            if session.id == session_id:
                unsubscribe()
                del self._attached[uid]
                self._unsaved.pop(uid, None)
        with self._write() as conn:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            _mark_erasure(conn)
        self.stats.reviews()  # its moments replayed now: no rating of it stays in the schedule
        if erase:
            self.erase_deleted()

    @property
    def erasure_pending(self) -> bool:
        """Deleted text may still be in the search index (a deletion not yet erased)."""
        row = self.db.conn.execute(
            "SELECT value FROM meta WHERE key = ?", (_ERASURE_KEY,)).fetchone()
        return bool(row and row[0])

    def erase_deleted(self) -> None:
        """Erase deleted sessions' words from the search index and the WAL: the index is
        merged (FTS5 only marks deleted rows until a merge; secure_delete zeroes the pages it
        frees), the mark of the pending erasure is removed, and the WAL is emptied.

        In short steps, not one 'optimize' in the delete's transaction: that held the write
        lock for about a second at 100,000 sessions, and the autosave of what the user types
        meanwhile waits only briefly (GUI_BUSY_TIMEOUT). The mark is set in the deletion's
        own transaction and removed only after the merge: a process killed in between leaves
        it, and the next start erases (JournalService.opened). The WAL is emptied before the
        mark goes too: a checkpoint that another connection's writes keep from finishing (the
        user typing meanwhile) leaves the deleted rows' old page images in it, and then the
        mark stays for the next try."""
        self._merge_search_index()
        self._truncate_wal()
        try:
            with self.db.atomic():
                self.db.conn.execute("DELETE FROM meta WHERE key = ?", (_ERASURE_KEY,))
        except sqlite3.Error as exc:
            raise translate(exc, self.database) from exc
        self._truncate_wal(required=False)  # the mark's own page image holds no words

    def scrub(self) -> None:
        """Remove the traces of text that was overwritten (personal data replaced in a note):
        merge the search index, so its old terms go, and empty the WAL of old page images;
        secure_delete has already zeroed the freed pages. The WAL is emptied as far as other
        connections let it (the next scrub or erasure empties the rest)."""
        self._merge_search_index()
        self._truncate_wal(required=False)

    def _merge_search_index(self) -> None:
        """FTS5's incremental merge, in short transactions with a pause between them:
        'optimize' holds the write lock for seconds at 100,000 sessions, and the autosave of
        what the user types meanwhile (the takeaway after an own case) waits for it only
        briefly (GUI_BUSY_TIMEOUT) before it fails and is retried. Run to the end, the
        incremental merge leaves the index as 'optimize' does (SQLite's FTS5 documentation,
        the 'merge' command)."""
        conn = self.db.conn
        try:
            for table in _FTS_TABLES:
                pages = -MERGE_PAGES  # negative at first: every segment joins the merge
                while True:
                    before = conn.total_changes
                    with self.db.atomic():
                        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('merge', ?)",
                                     (pages,))
                    if conn.total_changes - before < 2:  # nothing left to merge
                        break
                    pages = MERGE_PAGES  # then finish that merge, even if segments are added
                    time.sleep(MERGE_PAUSE)
        except sqlite3.Error as exc:
            raise translate(exc, self.database) from exc

    def _truncate_wal(self, required: bool = True) -> None:
        """Checkpoint and empty the WAL, so old page images of deleted rows leave the disk.

        A checkpoint that another connection keeps from finishing does not fail: after the
        connection's busy timeout its row says 'busy' and the WAL stays as it was. It is tried
        again (WAL_TRIES; this runs on the thread pool, never on the GUI's connection); a WAL
        still not emptied then is a busy journal where `required`."""
        try:
            for _ in range(WAL_TRIES):
                if not self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
                    return
                time.sleep(WAL_PAUSE)
        except sqlite3.Error as exc:
            raise translate(exc, self.database) from exc
        if required:
            raise translate(sqlite3.OperationalError("database is locked: the WAL could not be "
                                                     "emptied"), self.database)

    # -- care and data rights -------------------------------------------------------------------

    @property
    def database(self) -> Path:
        return self.paths.database

    def restore(self, backup: backups.BackupInfo | Path) -> backups.BackupInfo | None:
        """Replace the journal's content with a backup's; returns the safety copy made first.

        The backup is verified first; the current content is backed up ("vor-wiederherstellung")
        unless the journal is empty, so a restore can itself be undone. Attached sessions are
        detached: they belong to the content that was replaced.
        """
        return restore_into(self.db, self.database, self.backups.folder(), backup,
                            self._forget_sessions)

    def export_all(self, target: Path, labels: EntryLabels,
                   now: datetime | None = None) -> ExportResult:
        """Everything as journal.json plus one Markdown file per session in `target`."""
        return export.export_all(self.database, target, labels, now)

    def check(self) -> list[str]:
        """Full integrity check of the journal (German problems; empty when all is well)."""
        return check_database(self.database)


    def apply_retention(self, now: datetime | None = None) -> int:
        """Delete eigener-fall entries not changed for `retention_days` (0: keep); count.

        Counted from the last change, so an entry being written is never deleted under the
        user's hands. Backups still hold them until rotation drops those copies. Deleted in
        batches of RETENTION_BATCH, each its own short transaction (thousands at once held
        the write lock for a quarter of a second at 100,000 sessions, and the autosave waits
        only briefly); a process killed meanwhile leaves the rest for the next run.
        """
        days = int(self.settings.get("retention_days", 0) or 0)
        if days <= 0:
            return 0
        cutoff = stamp((now or self._clock()) - timedelta(days=days))
        where = "kind = 'eigener-fall' AND updated_at < ?"
        # Looking first keeps an opening without expired entries free of writes (a write
        # would count as a change and trigger a needless backup).
        expired = [r[0] for r in self.db.conn.execute(
            f"SELECT id FROM sessions WHERE {where} ORDER BY id", (cutoff,))]
        if not expired:
            return 0
        deleted = 0
        for start in range(0, len(expired), RETENTION_BATCH):
            batch = expired[start:start + RETENTION_BATCH]
            with self._write() as conn:
                deleted += conn.execute(
                    f"DELETE FROM sessions WHERE id IN ({','.join('?' * len(batch))}) "
                    f"AND {where}", (*batch, cutoff)).rowcount  # still expired: re-checked
                _mark_erasure(conn)
            time.sleep(MERGE_PAUSE)
        self.erase_deleted()
        log.info("retention: deleted %d own-case entries", deleted)
        return deleted

    def delete_all(self, include_backups: bool = False) -> int:
        """Delete every entry (and, if asked, every backup and set-aside copy); count.

        secure_delete overwrites the freed pages, the search index is cleared and the WAL is
        truncated afterwards, so the deleted texts do not linger in the files.
        """
        self._forget_sessions()
        with self._write() as conn:
            count = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
            conn.execute("DELETE FROM sessions")
            conn.execute("DELETE FROM review_cards")
            for table in _FTS_TABLES:  # empties the index at once: nothing left to merge
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
            conn.execute("DELETE FROM meta WHERE key = ?", (_ERASURE_KEY,))
        self._truncate_wal()
        if include_backups:
            folders = [backups.backup_folder(self.paths, self.settings), self.paths.damaged]
            for folder in folders:
                for path in folder.glob("journal*.sqlite3*") if folder.is_dir() else ():
                    path.unlink(missing_ok=True)
        return int(count)


_FTS_TABLES = ("answers_fts", "sessions_fts", "feedback_fts")
_ERASURE_KEY = "erasure_pending"  # in meta: a deletion whose words are not yet merged away
# One step of the scrub's merge writes about this many pages of the search index (10–35 ms
# at 100,000 sessions on a busy machine), then the write lock stays free for a moment, so a
# waiting autosave gets it at one of its busy handler's polls (1, 3, 8, 18, 33 ms).
MERGE_PAGES = 64
MERGE_PAUSE = 0.015  # s
# Checkpoints of the WAL a busy journal gets, WAL_PAUSE apart; each waits the connection's
# busy timeout for the other connections (a worker's: 5 s) before it reports 'busy'.
WAL_TRIES = 3
WAL_PAUSE = 0.05  # s
RETENTION_BATCH = 100  # own cases deleted in one transaction (about 10 ms)


def _mark_erasure(conn: sqlite3.Connection) -> None:
    """Note, in a deletion's transaction, that its words are still to be erased from the
    search index (FTS5 before SQLite 3.42's secure-delete option only appends delete markers;
    the words stay in old index segments until a merge: `Journal.erase_deleted`)."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, 1)", (_ERASURE_KEY,))
