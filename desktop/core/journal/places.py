"""Where the journal lies: network folders, the file header, moving a damaged file aside.

SQLite on a network file system (SMB/CIFS, NFS) can lose data: its locking depends on the file
system, and a dropped connection mid-write corrupts the file. The data folder is therefore
refused there unless IT explicitly allows it (`allow_network_data_folder`).
"""

from __future__ import annotations

import os
import re
import struct
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PureWindowsPath

MOUNTS_FILE = Path("/proc/self/mounts")

# Linux file system types that are network (or cluster) file systems.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda",
    "9p", "ceph", "glusterfs", "lustre", "gfs2", "ocfs2", "davfs", "fuse.sshfs",
    "fuse.davfs2", "fuse.rclone", "fuse.glusterfs", "fuse.cephfs", "fuse.s3fs",
})

SQLITE_MAGIC = b"SQLite format 3\x00"


def _unescape_mount(field: str) -> str:
    # /proc/self/mounts escapes space, tab, newline and backslash as octal (\040 …).
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def network_mount(path: Path, mounts_file: Path = MOUNTS_FILE) -> tuple[str, str] | None:
    """(mount point, fs type) when `path` lies on a network file system per the mount table."""
    try:
        table = mounts_file.read_text("utf-8", errors="replace")
    except OSError:
        return None
    target = str(_resolved(path))
    best: tuple[str, str] | None = None
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape_mount(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        # The longest matching mount point is the one the path really lies on.
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fstype)
    if best is not None and (best[1] in NETWORK_FS_TYPES or best[1].startswith("nfs")):
        return best
    return None


def _resolved(path: Path) -> Path:
    """The path with symlinks resolved as far as it exists (it may not be created yet)."""
    current = path.absolute()
    missing: list[str] = []
    while not current.exists() and current.parent != current:
        missing.append(current.name)
        current = current.parent
    return current.resolve().joinpath(*reversed(missing))


def windows_network_reason(path: str, drive_type: int | None = None) -> str | None:
    """Why a Windows path is a network path (UNC or a mapped network drive), else None.

    `drive_type` is GetDriveTypeW's answer for the drive; None asks Windows (on Windows only).
    """
    pure = PureWindowsPath(path)
    if path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\")):
        return f"{pure.anchor} ist eine Netzwerkfreigabe (UNC-Pfad)"
    if path.startswith("\\\\?\\UNC\\"):
        return "der Pfad ist eine Netzwerkfreigabe (UNC-Pfad)"
    drive = pure.drive
    if not drive:
        return None
    if drive_type is None and sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive_type = ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\")
    if drive_type == 4:  # DRIVE_REMOTE
        return f"Laufwerk {drive} ist ein verbundenes Netzlaufwerk"
    return None


def network_reason(path: Path, mounts_file: Path = MOUNTS_FILE,
                   platform: str = sys.platform) -> str | None:
    """A German reason why `path` is on a network file system, or None."""
    if platform == "win32":
        return windows_network_reason(str(path))
    if platform.startswith("linux"):
        found = network_mount(path, mounts_file)
        if found:
            return f"{found[0]} ist ein Netzwerk-Dateisystem ({found[1]})"
    return None


@dataclass(frozen=True)
class HeaderCheck:
    """What the first 100 bytes of a database file say; `problem` is German, None if fine.

    `readable` False: the file could not be read at all (a folder, no permission), which says
    nothing about damage and must not get it moved aside.
    """

    problem: str | None
    size: int
    readable: bool = True


def inspect_header(path: Path) -> HeaderCheck:
    """Check a database file's header without SQLite: is it SQLite, is it complete?"""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return HeaderCheck(f"die Datei kann nicht gelesen werden ({exc.strerror})", 0, False)
    if size == 0:
        return HeaderCheck("die Datei ist leer", size)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return HeaderCheck("die Datei ist keine SQLite-Datenbank", size)
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        return HeaderCheck("der Kopf der Datenbank ist beschädigt", size)
    # The in-header page count is only reliable when written by a current SQLite, which the
    # "version valid for" field tells; then a shorter file has lost its end. Not so while a
    # WAL holds frames: a checkpoint cut short by a crash may have written page 1 before the
    # pages past the old end, and SQLite completes it from the WAL on the next open.
    wal = path.with_name(path.name + "-wal")
    wal_frames = wal.exists() and wal.stat().st_size > 32
    if (change_counter == valid_for and page_count and size < page_count * page_size
            and not wal_frames):
        return HeaderCheck(
            f"die Datei ist abgeschnitten ({size} statt {page_count * page_size} Bytes)", size)
    if size % page_size:
        return HeaderCheck("die Datei ist abgeschnitten (unvollständige Seite)", size)
    return HeaderCheck(None, size)


def sidecars(database: Path) -> list[Path]:
    """The database file and its WAL and shared-memory files that exist."""
    names = [database, database.with_name(database.name + "-wal"),
             database.with_name(database.name + "-shm")]
    return [p for p in names if p.exists()]


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """A path in folder that does not exist yet: never overwrite anything."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists() or candidate.with_name(candidate.name + "-wal").exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def move_aside(database: Path, folder: Path, now: datetime) -> Path:
    """Move a damaged database (with its -wal and -shm) into `folder`; returns its new path.

    os.replace within one data folder is a rename: the bytes are never copied or rewritten.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone().strftime("%Y-%m-%d_%H%M%S")
    target = unique_path(folder, f"{database.stem}-{stamp}", database.suffix)
    for part in sidecars(database):
        os.replace(part, target.with_name(target.name + part.name[len(database.name):]))
    return target
