"""`Journal`: the one SQLite database of a user's sessions, opened safely and written at once.

Opening (`Journal.open`) in this order, so that nothing is changed before it is understood:
1. a data folder on a network file system is refused unless settings allow it;
2. the folder is created; if it cannot be, `JournalNotWritable`;
3. a database file whose header is not SQLite or that is shorter than its header says is
   moved into `damaged/` (renamed, never copied over or deleted) and `JournalDamaged` names
   the newest good backup; so is a file SQLite calls corrupt or that is not a journal;
4. a database written by a newer version (`user_version` or unknown migrations) is refused
   with `JournalNewerSchema` and not touched;
5. WAL, synchronous=FULL, foreign keys, secure_delete (deleted notes are overwritten, not
   merely unlinked); a backup before pending migrations; the migrations.
Opening never deletes anything: retention (`apply_retention`) and the search-index merge
(`scrub`) are explicit operations the app schedules on a worker thread with their own
connection. `verify=True` adds `PRAGMA quick_check` (seconds at 100,000 sessions: the app runs
it, with the migrations, off the GUI thread before it opens the GUI's connection).
`open_read_only` reads a journal whose folder cannot be written (nothing is changed).

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
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core.config import Settings
from desktop.core.journal import backup as backups
from desktop.core.journal import queries, schema
from desktop.core.journal.annotations import JournalAnnotations
from desktop.core.journal.db import Database
from desktop.core.journal.errors import (
    JournalDamaged,
    JournalError,
    JournalNewerSchema,
    JournalNotWritable,
    NetworkFolderRefused,
    not_writable_message,
    translate,
)
from desktop.core.journal.maintenance import JournalMaintenance
from desktop.core.journal.places import (
    MOUNTS_FILE,
    inspect_header,
    move_aside,
    network_reason,
    sidecars,
)
from desktop.core.journal.reading import JournalReading
from desktop.core.journal.records import SessionInfo
from desktop.core.journal.sessions_sql import SessionWriter, load_session
from desktop.core.paths import DataPaths
from desktop.core.practice.catalog import SessionKind
from desktop.core.practice.session import PracticeSession
from desktop.core.practice.state import Change, Clock, stamp, utc_now
from desktop.core.scenarios.model import Scenario

log = logging.getLogger(__name__)

ErrorHandler = Callable[[JournalError], None]


BUSY_TIMEOUT = 5.0  # seconds a worker connection waits for another writer


def connect(database: Path, busy_timeout: float = BUSY_TIMEOUT) -> Database:
    """A connection with the journal's pragmas (the schema is not touched here)."""
    return Database(sqlite3.connect(str(database), timeout=busy_timeout))


def configure(db: Database) -> None:
    db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")


class Journal(JournalReading, JournalAnnotations, JournalMaintenance):
    """The user's journal. Create it with `Journal.open(paths, settings)`."""

    def __init__(self, db: Database, paths: DataPaths, settings: Settings,
                 clock: Clock) -> None:
        self.db = db
        self.paths = paths
        self.settings = settings
        self._clock = clock
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
        root = paths.root
        if not settings.get("allow_network_data_folder", False):
            reason = network_reason(root, mounts_file, platform)
            if reason:
                raise NetworkFolderRefused(
                    f"Der Datenordner {root} liegt auf einem Netzlaufwerk ({reason}). Dort "
                    "kann die Journal-Datenbank bei einer Verbindungsstörung beschädigt werden, "
                    "deshalb wird sie dort nicht geöffnet. Bitte wählen Sie einen lokalen "
                    "Ordner, oder Ihre IT erlaubt Netzlaufwerke ausdrücklich "
                    "(Einstellung „allow_network_data_folder“).")
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise JournalNotWritable(not_writable_message(root, exc.strerror or str(exc))) \
                from exc
        database = paths.database
        if database.exists():
            header = inspect_header(database)
            if not header.readable:
                raise JournalNotWritable(not_writable_message(root, header.problem or ""))
            if header.problem and cls._never_written(paths, settings, header.size):
                # Killed while the first start created the file: nothing was ever stored, so
                # there is nothing to set aside and no damage to report.
                log.info("empty journal file from an interrupted first start: created anew")
                for leftover in sidecars(database):
                    leftover.unlink()
            elif header.problem:
                cls._set_aside(paths, settings, header.problem, clock)
        try:
            db = connect(database, busy_timeout)
        except sqlite3.Error as exc:
            raise translate(exc, database) from exc
        try:
            cls._check_identity(db, database, verify)
            configure(db)
            if schema.pending(db):
                cls._migrate(db, paths, settings)
        except _Damage as damage:
            db.close()
            cls._set_aside(paths, settings, str(damage), clock)
        except (UnicodeDecodeError, ValueError) as exc:
            # Garbage inside a page can surface as undecodable text rather than an SQLite
            # error (seen with random bytes in the schema table): still a damaged file.
            db.close()
            log.warning("journal unreadable: %r", exc)
            cls._set_aside(paths, settings, "Die Datenbank enthält unlesbare Daten", clock)
        except sqlite3.Error as exc:
            db.close()
            error = translate(exc, database)
            if isinstance(error, JournalDamaged):
                cls._set_aside(paths, settings, "SQLite meldet einen Schaden", clock)
            raise error from exc
        except BaseException:
            db.close()
            raise
        return cls(db, paths, settings, clock)

    @classmethod
    def open_read_only(cls, paths: DataPaths, settings: Settings, *,
                       clock: Clock = utc_now) -> Journal:
        """Open an existing, current journal for reading only (its folder cannot be written:
        read-only, full, or held by nobody's lock). Writes raise `JournalNotWritable`."""
        database = paths.database
        if not database.is_file():
            raise JournalNotWritable(not_writable_message(paths.root, "kein Journal vorhanden"))
        uri = database.resolve().as_uri()
        # mode=ro still needs the -shm file of a WAL database; where the folder is read-only
        # it cannot be made, and immutable=1 (nobody can write there either) reads without it.
        for suffix in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                db = Database(sqlite3.connect(uri + suffix, uri=True, timeout=BUSY_TIMEOUT))
                db.execute("PRAGMA query_only = ON")
                cls._check_identity(db, database, verify=False)
            except (sqlite3.Error, _Damage) as exc:
                log.info("read-only open %s failed: %s", suffix, exc)
                continue
            if schema.pending(db):
                db.close()
                raise JournalNotWritable(not_writable_message(
                    paths.root, "das Journal müsste erst auf den neuen Stand gebracht werden"))
            return cls(db, paths, settings, clock)
        raise JournalNotWritable(not_writable_message(paths.root, "das Journal ist nicht lesbar"))

    @staticmethod
    def _migrate(db: Database, paths: DataPaths, settings: Settings) -> None:
        """Back up (unless the database is new), then apply the pending migrations."""
        folder = backups.backup_folder(paths, settings)
        copy = None
        if schema.schema_version(db) > 0:
            copy = backups.make_backup(paths.database, folder, "vor-migration")
        try:
            schema.migrate(db)
        except sqlite3.Error as exc:
            if isinstance(translate(exc, paths.database), JournalNotWritable | JournalDamaged):
                raise
            where = f" Die Sicherung davor liegt in {copy.path}." if copy else ""
            raise JournalError(
                "Das Journal konnte nicht auf den Stand dieser Version gebracht werden "
                f"({exc}). Es ist unverändert geblieben.{where} Bitte wenden Sie sich an "
                "Ihre IT.") from exc

    @staticmethod
    def _check_identity(db: Database, database: Path, verify: bool) -> None:
        """Refuse a newer schema; report a foreign or corrupt file as _Damage. Reads only."""
        try:
            version = schema.schema_version(db)
            unknown = schema.unknown_migrations(db)
            tables = set(db.table_names())
        except sqlite3.DatabaseError as exc:
            if isinstance(translate(exc, database), JournalDamaged):
                raise _Damage("SQLite kann ihren Inhalt nicht lesen") from exc
            raise
        if version > schema.SCHEMA_VERSION or unknown:
            found = max(version, schema.SCHEMA_VERSION + 1)
            raise JournalNewerSchema(
                f"Das Journal {database} wurde von einer neueren Version von Gesprächskompass "
                f"geschrieben (Schema {found}; diese Version kennt Schema "
                f"{schema.SCHEMA_VERSION}). Es bleibt unverändert. Bitte installieren Sie die "
                "neuere Version oder wenden Sie sich an Ihre IT.", found, schema.SCHEMA_VERSION)
        if version == 0 and tables - {schema.MIGRATIONS_TABLE}:
            raise _Damage("die Datei ist eine SQLite-Datenbank, aber kein Journal")
        if verify:
            result = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                raise _Damage("die Integritätsprüfung meldet: " + "; ".join(result[:3]))

    @staticmethod
    def _never_written(paths: DataPaths, settings: Settings, size: int) -> bool:
        """An empty file with no write-ahead log and no backup of it ever made: the first start
        was interrupted before the database was set up. (An emptied journal that had entries
        has backups, and is set aside and reported like any other damage.)"""
        wal = paths.database.with_name(paths.database.name + "-wal")
        if size or (wal.exists() and wal.stat().st_size > 0):
            return False
        return not backups.list_backups(backups.backup_folder(paths, settings))

    @staticmethod
    def _set_aside(paths: DataPaths, settings: Settings, problem: str, clock: Clock) -> None:
        try:
            moved = move_aside(paths.database, paths.damaged, clock())
        except OSError as exc:
            raise JournalNotWritable(
                f"Die Journal-Datenbank {paths.database} ist beschädigt ({problem}) und kann "
                f"nicht beiseitegelegt werden ({exc.strerror or exc}). Sie bleibt unverändert. "
                "Bitte wenden Sie sich an Ihre IT.") from exc
        good = backups.newest_good(backups.backup_folder(paths, settings), schema.SCHEMA_VERSION)
        message = (f"Die Journal-Datenbank war beschädigt ({problem}). Sie wurde nicht "
                   f"gelöscht, sondern nach {moved} verschoben.")
        if good is not None:
            message += (f" Die neueste intakte Sicherung ist vom {good.label}; Sie können sie "
                        "wiederherstellen oder mit einem leeren Journal beginnen.")
        else:
            message += " Es gibt keine intakte Sicherung; Sie beginnen mit einem leeren Journal."
        log.warning("journal damaged (%s), moved to %s", problem, moved)
        raise JournalDamaged(message, moved, good)

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

    def create(self, session: PracticeSession, on_error: ErrorHandler | None = None) -> int:
        """Store a new session and autosave it from now on (same as attach)."""
        return self.attach(session, on_error)

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

    def delete_session(self, session_id: int) -> None:
        """Delete a session with its answers, path, tags, feedback and shares.

        Its words are purged from the search index too (see `_purge_search_index`): about a
        second on a 100,000-session journal, milliseconds on a typical one.
        """
        for uid, (session, unsubscribe) in list(self._attached.items()):
            if session.id == session_id:
                unsubscribe()
                del self._attached[uid]
                self._unsaved.pop(uid, None)
        with self._write() as conn:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            _purge_search_index(conn)
        self._truncate_wal()

    def scrub(self) -> None:
        """Remove the traces of text that was overwritten (personal data replaced in a note):
        merge the search index, so its old terms go, and empty the WAL of old page images;
        secure_delete has already zeroed the freed pages."""
        with self._write() as conn:
            _purge_search_index(conn)
        self._truncate_wal()

    def _truncate_wal(self) -> None:
        """Checkpoint and empty the WAL, so old page images of deleted rows leave the disk."""
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise translate(exc, self.database) from exc

    # -- data rights ---------------------------------------------------------------------------

    def apply_retention(self, now: datetime | None = None) -> int:
        """Delete eigener-fall entries not changed for `retention_days` (0: keep); count.

        Counted from the last change, so an entry being written is never deleted under the
        user's hands. Backups still hold them until rotation drops those copies.
        """
        days = int(self.settings.get("retention_days", 0) or 0)
        if days <= 0:
            return 0
        cutoff = stamp((now or self._clock()) - timedelta(days=days))
        where = "FROM sessions WHERE kind = 'eigener-fall' AND updated_at < ?"
        # Looking first keeps an opening without expired entries free of writes (a write
        # would count as a change and trigger a needless backup).
        if not self.db.conn.execute(f"SELECT count(*) {where}", (cutoff,)).fetchone()[0]:
            return 0
        with self._write() as conn:
            deleted = conn.execute(f"DELETE {where}", (cutoff,)).rowcount
            _purge_search_index(conn)
        self._truncate_wal()
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
            _purge_search_index(conn, everything=True)
        self._truncate_wal()
        if include_backups:
            folders = [backups.backup_folder(self.paths, self.settings), self.paths.damaged]
            for folder in folders:
                for path in folder.glob("journal*.sqlite3*") if folder.is_dir() else ():
                    path.unlink(missing_ok=True)
        return int(count)


def _purge_search_index(conn: sqlite3.Connection, everything: bool = False) -> None:
    """Remove deleted texts' words from the FTS5 indices, not just mark them deleted.

    FTS5 (before SQLite 3.42's secure-delete option) only appends delete markers; the words
    stay in old index segments until a merge. Erasure must erase, so after a deletion the
    indices are merged ('optimize'), and secure_delete zeroes the pages that frees.
    """
    command = "delete-all" if everything else "optimize"
    for table in ("answers_fts", "sessions_fts", "feedback_fts"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('{command}')")


class _Damage(Exception):
    """Internal: the opened file is damaged or foreign; its message is the German reason."""
