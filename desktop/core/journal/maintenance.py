"""The journal's care: its backups (`journal.backups`), restoring one, the integrity check.

`check_database` is also usable without opening the journal (the `journal check` command must
diagnose a damaged file without moving it).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.core.config import Settings
from desktop.core.journal import backup as backups
from desktop.core.journal import schema
from desktop.core.journal.db import Database
from desktop.core.journal.errors import JournalError, translate
from desktop.core.journal.places import inspect_header
from desktop.core.paths import DataPaths

log = logging.getLogger(__name__)


def check_database(database: Path) -> list[str]:
    """German problems found in a journal file (empty: all well). Reads only, moves nothing."""
    if not database.exists():
        return [f"Es gibt noch keine Journal-Datenbank ({database})."]
    header = inspect_header(database)
    if header.problem:
        return [f"{database}: {header.problem}."]
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return [f"{database} kann nicht geöffnet werden: {exc}."]
    problems: list[str] = []
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.SCHEMA_VERSION:
            return [f"{database} stammt von einer neueren Version (Schema {version}, diese "
                    f"Version kennt {schema.SCHEMA_VERSION})."]
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems += [f"Integritätsprüfung: {line}" for line in result[:20]]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"{len(broken)} Einträge verweisen auf fehlende Sitzungen.")
        if version == 0:
            problems.append(f"{database} ist keine Journal-Datenbank.")
    except sqlite3.Error as exc:
        problems.append(f"Die Prüfung ist fehlgeschlagen: {exc}.")
    finally:
        conn.close()
    return problems


class Backups:
    """The journal's backups (`journal.backups`): they copy the file through connections of
    their own, so each of these may run on a worker thread."""

    def __init__(self, paths: DataPaths, settings: Settings) -> None:
        self._paths = paths
        self._settings = settings

    def folder(self) -> Path:
        return backups.backup_folder(self._paths, self._settings)

    def list(self) -> list[backups.BackupInfo]:
        """Backups, newest first."""
        return backups.list_backups(self.folder())

    def now(self) -> backups.BackupInfo:
        """A manual backup, integrity-checked, then rotation."""
        return backups.take_backup(self._paths.database, self.folder(), "manuell")

    def auto(self, now: datetime | None = None) -> backups.BackupInfo | None:
        """A backup only if something changed since the last one; call at start and close."""
        return backups.auto_backup(self._paths.database, self.folder(), now=now)


def restore_into(db: Database, database: Path, folder: Path, backup: backups.BackupInfo | Path,
                 forget: Callable[[], None]) -> backups.BackupInfo | None:
    """Replace the content behind `db` with a backup's (verified first); returns the safety
    copy of the current content made before (None for an empty journal). `forget` detaches
    the sessions of the content being replaced, once the restore is sure to start."""
    path = backup.path if isinstance(backup, backups.BackupInfo) else Path(backup)
    problem = backups.verify(path, schema.SCHEMA_VERSION)
    if problem:
        raise JournalError(f"Die Sicherung {path.name} kann nicht wiederhergestellt "
                           f"werden: {problem}.")
    safety = None
    if db.conn.execute("SELECT count(*) FROM sessions").fetchone()[0]:
        safety = backups.make_backup(database, folder, "vor-wiederherstellung")
    forget()
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(db.conn)
        from desktop.core.journal.opening import configure

        configure(db)
        schema.migrate(db)  # a backup from an older version is brought up to date
    except sqlite3.Error as exc:
        raise translate(exc, database) from exc
    finally:
        source.close()
    log.info("restored %s (safety copy %s)", path, safety.path if safety else None)
    return safety
