"""The journal's care as a mixin of `Journal`: backups, restore, export, integrity check.

`check_database` is also usable without opening the journal (the `journal check` command must
diagnose a damaged file without moving it).
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.core.config import Settings
from desktop.core.journal import backup as backups
from desktop.core.journal import export, schema
from desktop.core.journal.db import Database
from desktop.core.journal.entry import EntryLabels
from desktop.core.journal.errors import JournalError, translate
from desktop.core.journal.places import inspect_header
from desktop.core.journal.records import ExportResult
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


class JournalMaintenance:
    db: Database
    paths: DataPaths
    settings: Settings

    @property
    def database(self) -> Path:
        return self.paths.database

    def _forget_sessions(self) -> None:  # provided by Journal
        raise NotImplementedError

    def backup_folder(self) -> Path:
        return backups.backup_folder(self.paths, self.settings)

    def list_backups(self) -> list[backups.BackupInfo]:
        """Backups, newest first."""
        return backups.list_backups(self.backup_folder())

    def backup_now(self) -> backups.BackupInfo:
        """A manual backup, integrity-checked, then rotation."""
        return backups.take_backup(self.database, self.backup_folder(), "manuell")

    def auto_backup(self, now: datetime | None = None) -> backups.BackupInfo | None:
        """A backup only if something changed since the last one; call at start and close."""
        return backups.auto_backup(self.database, self.backup_folder(), now=now)

    def restore(self, backup: backups.BackupInfo | Path) -> backups.BackupInfo | None:
        """Replace the journal's content with a backup's; returns the safety copy made first.

        The backup is verified first; the current content is backed up ("vor-wiederherstellung")
        unless the journal is empty, so a restore can itself be undone. Attached sessions are
        detached: they belong to the content that was replaced.
        """
        path = backup.path if isinstance(backup, backups.BackupInfo) else Path(backup)
        problem = backups.verify(path, schema.SCHEMA_VERSION)
        if problem:
            raise JournalError(f"Die Sicherung {path.name} kann nicht wiederhergestellt "
                               f"werden: {problem}.")
        safety = None
        if self.db.conn.execute("SELECT count(*) FROM sessions").fetchone()[0]:
            safety = backups.make_backup(self.database, self.backup_folder(),
                                         "vor-wiederherstellung")
        self._forget_sessions()
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            source.backup(self.db.conn)
            from desktop.core.journal.store import configure

            configure(self.db)
            schema.migrate(self.db)  # a backup from an older version is brought up to date
        except sqlite3.Error as exc:
            raise translate(exc, self.database) from exc
        finally:
            source.close()
        log.info("restored %s (safety copy %s)", path, safety.path if safety else None)
        return safety

    def export_all(self, target: Path, labels: EntryLabels,
                   now: datetime | None = None) -> ExportResult:
        """Everything as journal.json plus one Markdown file per session in `target`."""
        return export.export_all(self.database, target, labels, now)

    def check(self) -> list[str]:
        """Full integrity check of the journal (German problems; empty when all is well)."""
        return check_database(self.database)
