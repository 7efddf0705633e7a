"""How the journal's database is opened: safely, and without changing what it does not understand.

`open_database` (for `Journal.open`) works in this order, so that nothing is changed before it is understood:
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
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

from desktop.core.config import Settings
from desktop.core.journal import backup as backups
from desktop.core.journal import schema
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
from desktop.core.journal.places import (
    MOUNTS_FILE,
    inspect_header,
    move_aside,
    network_reason,
    sidecars,
)
from desktop.core.paths import DataPaths
from desktop.core.practice.state import Clock, utc_now

log = logging.getLogger(__name__)

BUSY_TIMEOUT = 5.0  # seconds a worker connection waits for another writer


def connect(database: Path, busy_timeout: float = BUSY_TIMEOUT) -> Database:
    """A connection with the journal's pragmas (the schema is not touched here)."""
    return Database(sqlite3.connect(str(database), timeout=busy_timeout))


def configure(db: Database) -> None:
    db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")


def open_database(paths: DataPaths, settings: Settings, *, mounts_file: Path = MOUNTS_FILE,
                  platform: str = sys.platform, clock: Clock = utc_now,
                  verify: bool = False, busy_timeout: float = BUSY_TIMEOUT) -> Database:
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
        if header.problem and _never_written(paths, settings, header.size):
            # Killed while the first start created the file: nothing was ever stored, so
            # there is nothing to set aside and no damage to report.
            log.info("empty journal file from an interrupted first start: created anew")
            for leftover in sidecars(database):
                leftover.unlink()
        elif header.problem:
            _set_aside(paths, settings, header.problem, clock)
    try:
        db = connect(database, busy_timeout)
    except sqlite3.Error as exc:
        raise translate(exc, database) from exc
    try:
        _check_identity(db, database, verify)
        configure(db)
        if schema.pending(db):
            _migrate(db, paths, settings)
    except _Damage as damage:
        db.close()
        _set_aside(paths, settings, str(damage), clock)
    except (UnicodeDecodeError, ValueError) as exc:
        # Garbage inside a page can surface as undecodable text rather than an SQLite
        # error (seen with random bytes in the schema table): still a damaged file.
        db.close()
        log.warning("journal unreadable: %r", exc)
        _set_aside(paths, settings, "Die Datenbank enthält unlesbare Daten", clock)
    except sqlite3.Error as exc:
        db.close()
        error = translate(exc, database)
        if isinstance(error, JournalDamaged):
            _set_aside(paths, settings, "SQLite meldet einen Schaden", clock)
        raise error from exc
    except BaseException:
        db.close()
        raise
    return db


def open_read_only_database(paths: DataPaths) -> Database:
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
            _check_identity(db, database, verify=False)
        except (sqlite3.Error, _Damage) as exc:
            log.info("read-only open %s failed: %s", suffix, exc)
            continue
        if schema.pending(db):
            db.close()
            raise JournalNotWritable(not_writable_message(
                paths.root, "das Journal müsste erst auf den neuen Stand gebracht werden"))
        return db
    raise JournalNotWritable(not_writable_message(paths.root, "das Journal ist nicht lesbar"))


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


def _never_written(paths: DataPaths, settings: Settings, size: int) -> bool:
    """An empty file with no write-ahead log and no backup of it ever made: the first start
    was interrupted before the database was set up. (An emptied journal that had entries
    has backups, and is set aside and reported like any other damage.)"""
    wal = paths.database.with_name(paths.database.name + "-wal")
    if size or (wal.exists() and wal.stat().st_size > 0):
        return False
    return not backups.list_backups(backups.backup_folder(paths, settings))


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


class _Damage(Exception):
    """Internal: the opened file is damaged or foreign; its message is the German reason."""
