"""Backups through SQLite's online backup API: consistent copies while the app keeps writing.

Each copy is written to a `.partial` file, switched to rollback-journal mode (a standalone file,
no -wal beside it), checked with `PRAGMA integrity_check` and only then renamed to its final
name, so a backup that exists is a good one. A backup holds an OS lock on `.sicherung.lock` in
the backup folder while it writes; the lock dies with the process, so whoever gets it knows no
backup is running and removes the `.partial` copies a killed backup left behind (at every start,
through `auto_backup`, and before every backup, e.g. `journal backup`). Names carry the local time and the reason:
`journal-2026-05-09_173012-auto.sqlite3`.

Automatic backups happen only when something changed since the last one: every write of the
journal bumps `meta.generation` in its own transaction, and `meta.backup_generation` remembers
the generation the last backup copied. Rotation keeps the newest backup of each of the last
7 days, 4 ISO weeks and 6 months that have one (as `borg prune` does); backups made before a
migration or a restore are kept out of rotation, they are the way back from a failed upgrade.

The functions here open their own connections, so they may run on a worker thread.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.config import Settings
from desktop.core.journal.errors import JournalError, JournalNotWritable, not_writable_message
from desktop.core.journal.places import inspect_header, unique_path
from desktop.core.paths import DataPaths

log = logging.getLogger(__name__)

REASONS: dict[str, str] = {
    "auto": "automatisch",
    "manuell": "manuell",
    "vor-migration": "vor einer Aktualisierung",
    "vor-wiederherstellung": "vor einer Wiederherstellung",
}
ROTATED = frozenset({"auto", "manuell"})
LOCK_NAME = ".sicherung.lock"
PARTIAL_GLOB = "journal-*.sqlite3.partial"
_NAME = re.compile(r"^journal-(\d{4}-\d{2}-\d{2}_\d{6})-(" + "|".join(REASONS) +
                   r")(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class KeepRule:
    """How many of the newest daily, weekly and monthly backups rotation keeps."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, naive, from the name
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def label(self) -> str:
        """German, for lists: "09.05.2026, 17:30 (automatisch)"."""
        return f"{self.taken_at:%d.%m.%Y, %H:%M} ({REASONS[self.reason]})"


def backup_folder(paths: DataPaths, settings: Settings) -> Path:
    configured = settings.get("backup_folder") or ""
    return Path(configured).expanduser() if configured else paths.backups


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in `folder`, newest first; files with other names are ignored."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        taken = datetime.strptime(match.group(1), "%Y-%m-%d_%H%M%S")
        found.append(BackupInfo(path, taken, match.group(2), size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def verify(path: Path, known_version: int | None = None) -> str | None:
    """None if the file is an intact journal copy; else a German reason."""
    header = inspect_header(path)
    if header.problem:
        return header.problem
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return f"die Datei kann nicht geöffnet werden ({exc})"
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        return f"die Prüfung ist fehlgeschlagen ({exc})"
    finally:
        conn.close()
    if result != ["ok"]:
        return "die Integritätsprüfung meldet Fehler: " + "; ".join(result[:3])
    if version == 0:
        return "die Datei ist keine Journal-Datenbank"
    if known_version is not None and version > known_version:
        return f"die Sicherung stammt von einer neueren Version (Schema {version})"
    return None


def newest_good(folder: Path, known_version: int | None = None) -> BackupInfo | None:
    for info in list_backups(folder):
        if verify(info.path, known_version) is None:
            return info
        log.warning("backup %s failed its check", info.path)
    return None


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows (mypy reads the platform)
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextmanager
def backup_lock(folder: Path, wait: float = 0.0) -> Iterator[bool]:
    """Hold the folder's backup lock for a block; yields False if another process holds it
    after `wait` seconds (or the lock file cannot be made). Released when the block ends or
    the process dies, however it dies."""
    try:
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        log.info("backup lock unavailable in %s: %s", folder, exc)
        yield False
        return
    try:
        deadline = time.monotonic() + wait
        held = _try_lock(fd)
        while not held and time.monotonic() < deadline:
            time.sleep(0.05)
            held = _try_lock(fd)
        yield held
    finally:
        os.close(fd)  # closing releases the lock


def _remove_partials(folder: Path) -> list[Path]:
    """Remove the partial copies in `folder`; call only while holding its backup lock."""
    removed = []
    for stale in folder.glob(PARTIAL_GLOB):
        try:
            stale.unlink()
            removed.append(stale)
        except OSError as exc:
            log.warning("could not remove the unfinished backup %s: %s", stale, exc)
    if removed:
        log.info("removed %d unfinished backup copies in %s", len(removed), folder)
    return removed


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the `.partial` copies interrupted backups left, unless a backup is running now
    (in this or another process); returns what was removed."""
    if not folder.is_dir():
        return []
    with backup_lock(folder) as held:
        return _remove_partials(folder) if held else []


def make_backup(database: Path, folder: Path, reason: str,
                now: datetime | None = None) -> BackupInfo:
    """Copy the database into `folder` through the backup API; integrity-checked. Holds the
    folder's backup lock meanwhile and first removes what interrupted backups left."""
    if reason not in REASONS:
        raise ValueError(reason)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalNotWritable(not_writable_message(folder, exc.strerror or str(exc))) \
            from exc
    with backup_lock(folder, wait=30.0) as held:
        if held:
            _remove_partials(folder)
        return _copy(database, folder, reason, now)


def _copy(database: Path, folder: Path, reason: str, now: datetime | None) -> BackupInfo:
    moment = (now or datetime.now().astimezone()).astimezone().replace(tzinfo=None)
    target = unique_path(folder, f"journal-{moment:%Y-%m-%d_%H%M%S}-{reason}", ".sqlite3")
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(str(database), timeout=10)
        try:
            copy = sqlite3.connect(str(partial))
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                result = [r[0] for r in copy.execute("PRAGMA integrity_check").fetchall()]
            finally:
                copy.close()
        finally:
            source.close()
        if result != ["ok"]:
            raise JournalError(
                "Die Sicherung ist fehlgeschlagen: die Kopie besteht die Integritätsprüfung "
                f"nicht ({'; '.join(result[:3])}). Bitte führen Sie "
                "„gespraechskompass journal check“ aus.")
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise JournalNotWritable(not_writable_message(folder, str(exc))) from exc
    except OSError as exc:
        raise JournalNotWritable(not_writable_message(folder, exc.strerror or str(exc))) \
            from exc
    finally:
        # Only our own unfinished temporary copy is ever removed here.
        if partial.exists():
            partial.unlink(missing_ok=True)
    return BackupInfo(target, moment.replace(microsecond=0), reason, target.stat().st_size)


def _generations(database: Path) -> tuple[int, int]:
    conn = sqlite3.connect(str(database), timeout=10)
    try:
        rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()
    return int(rows.get("generation", 0)), int(rows.get("backup_generation", -1))


def take_backup(database: Path, folder: Path, reason: str, keep: KeepRule = KeepRule(),
                now: datetime | None = None) -> BackupInfo:
    """Back up, remember the generation copied (so unchanged data is not copied again), rotate."""
    info = make_backup(database, folder, reason, now)
    copied, _ = _generations(info.path)
    try:
        conn = sqlite3.connect(str(database), timeout=10)
        try:
            with conn:
                conn.execute("UPDATE meta SET value = ? WHERE key = 'backup_generation'",
                             (copied,))
        finally:
            conn.close()
    except sqlite3.Error as exc:  # the copy exists and is good; only the bookkeeping failed
        log.warning("could not record the backup generation: %s", exc)
    rotate(folder, keep)
    return info


def auto_backup(database: Path, folder: Path, keep: KeepRule = KeepRule(),
                now: datetime | None = None) -> BackupInfo | None:
    """Back up if anything changed since the last backup, then rotate; None if not needed.
    Runs at every start, so it first removes what a backup killed last time left behind."""
    remove_stale_partials(folder)
    try:
        generation, backed_up = _generations(database)
    except sqlite3.Error as exc:
        raise JournalError(f"Die Sicherung ist fehlgeschlagen: {exc}.") from exc
    if generation == backed_up and any(b.reason in ROTATED for b in list_backups(folder)):
        return None
    return take_backup(database, folder, "auto", keep, now)


def _periods(keep: KeepRule) -> list[tuple[int, Callable[[datetime], object]]]:
    return [
        (keep.daily, lambda t: t.date()),
        (keep.weekly, lambda t: t.isocalendar()[:2]),
        (keep.monthly, lambda t: (t.year, t.month)),
    ]


def to_keep(backups: list[BackupInfo], keep: KeepRule) -> set[Path]:
    """Paths rotation keeps: the newest backup of each of the newest N days, weeks, months."""
    rotated = [b for b in backups if b.reason in ROTATED]
    rotated.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    kept: set[Path] = {b.path for b in backups if b.reason not in ROTATED}
    for count, period in _periods(keep):
        seen: list[object] = []
        for info in rotated:
            key = period(info.taken_at)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            kept.add(info.path)
    return kept


def rotate(folder: Path, keep: KeepRule = KeepRule()) -> list[Path]:
    """Delete rotated backups no rule keeps, and stale partial copies; returns the removed."""
    backups = list_backups(folder)
    kept = to_keep(backups, keep)
    removed = []
    for info in backups:
        if info.path not in kept:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", info.path, exc)
    remove_stale_partials(folder)
    return removed
