"""Saving scenario files safely: only into the team folder, atomically, the previous version kept.

The file stays the source of truth, and a team folder is shared: two trainers may have the same
file open. So a save first checks that the file on disk is still the one that was opened (by
content hash; size and mtime alone miss a same-second edit on a network share) and never
overwrites a foreign change silently: it raises `ChangedOnDisk` with both texts, and the caller
lets the trainer choose. The old bytes are kept in `_vorversionen/` beside the file (a `_`
folder is never loaded as a library folder), the new bytes are written to a temporary file in
the same folder, flushed to disk and renamed over the old one, so a crash or a full disk leaves
either the old or the new file, never half of one.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.core.files import NotReadable
from desktop.core.scenarios.parser import MAX_BYTES, read_limited

VERSIONS_DIR = "_vorversionen"
KEEP_VERSIONS = 10


class SaveRefused(Exception):
    """The file is not written; the message (German) says why."""


class ChangedOnDisk(SaveRefused):
    """Someone else changed (or removed) the file since it was opened."""

    def __init__(self, path: Path, theirs: str | None) -> None:
        what = "gelöscht" if theirs is None else "geändert"
        super().__init__(f"Die Datei {path.name} wurde seit dem Öffnen von jemand anderem "
                         f"{what}. Vergleichen Sie beide Fassungen und entscheiden Sie, welche "
                         "gespeichert werden soll.")
        self.path = path
        self.theirs = theirs


@dataclass(frozen=True)
class OpenedFile:
    """What a file looked like when it was opened: enough to notice a later change and to
    write it back in the same shape (line endings, byte order mark)."""

    path: Path
    digest: str | None  # sha256 of the bytes; None: a new file that did not exist
    newline: str = "\n"
    bom: bool = False


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes) -> tuple[str, str, bool]:
    """(text with "\\n" line ends, the file's line end, whether it had a BOM); raises
    SaveRefused for a file that is not UTF-8."""
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data[3 if bom else 0:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SaveRefused("Die Datei ist nicht in UTF-8 gespeichert und kann im Studio nicht "
                          "bearbeitet werden.") from exc
    newline = "\r\n" if b"\r\n" in data else "\n"
    return text.replace("\r\n", "\n"), newline, bom


def encode(text: str, opened: OpenedFile | None) -> bytes:
    newline = opened.newline if opened else "\n"
    body = text.replace("\r\n", "\n")
    if newline != "\n":
        body = body.replace("\n", newline)
    data = body.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if opened and opened.bom else data


def open_document(path: Path) -> tuple[str, OpenedFile]:
    """The text of a scenario file for editing, and what it looked like on disk."""
    try:
        data = read_limited(path)
    except NotReadable as exc:
        raise SaveRefused(str(exc)) from exc
    text, newline, bom = decode(data)
    return text, OpenedFile(path, digest(data), newline, bom)


def new_document(path: Path) -> OpenedFile:
    """A file that does not exist yet (a template or a draft to be saved as `path`)."""
    return OpenedFile(path, None)


def inside(path: Path, folder: Path) -> bool:
    """Is `path` (resolved, links followed) inside `folder`?"""
    try:
        real, root = os.path.realpath(path), os.path.realpath(folder)
        return os.path.commonpath([real, root]) == root and real != root
    except ValueError:  # another drive on Windows
        return False


def check_target(path: Path, team_folder: Path | None, bundled: Path | None = None) -> None:
    """Refuse any place but the team folder (and never the bundled scenarios)."""
    if not team_folder:
        raise SaveRefused("Es ist kein Team-Ordner für Szenarien eingestellt. Stellen Sie ihn "
                          "in den Einstellungen ein (oder bitten Sie Ihre IT darum).")
    if bundled is not None and inside(path, bundled):
        raise SaveRefused("Die mitgelieferten Szenarien werden nicht verändert. Speichern Sie "
                          "eine Kopie im Team-Ordner.")
    if not inside(path, team_folder):
        raise SaveRefused(f"Gespeichert wird nur im Team-Ordner ({team_folder}).")
    if not path.name.endswith(".md") or path.name.startswith(("_", ".")):
        raise SaveRefused("Der Dateiname muss auf „.md“ enden und darf nicht mit „_“ oder „.“ "
                          "beginnen.")


def current_bytes(path: Path) -> bytes | None:
    """The file's bytes now, or None when it does not exist."""
    if not (path.exists() or path.is_symlink()):
        return None
    try:
        return read_limited(path, MAX_BYTES * 2)
    except NotReadable as exc:
        raise SaveRefused(str(exc)) from exc


def save_document(text: str, opened: OpenedFile, team_folder: Path | None,
                  bundled: Path | None = None, *, force: bool = False) -> OpenedFile:
    """Write `text` to `opened.path`; returns what the file now looks like.

    Raises ChangedOnDisk when the file changed since it was opened (unless `force`: the trainer
    chose to keep their version after seeing both) and SaveRefused for a place outside the
    team folder or a write that failed (nothing is changed then)."""
    path = opened.path
    check_target(path, team_folder, bundled)
    data = encode(text, opened)
    old = current_bytes(path)
    if not force and (None if old is None else digest(old)) != opened.digest:
        theirs = None if old is None else decode(old)[0]
        raise ChangedOnDisk(path, theirs)
    if old == data:
        return OpenedFile(path, digest(data), opened.newline, opened.bom)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if old is not None:
            keep_version(path, old)
        write_atomic(path, data)
    except OSError as exc:
        raise SaveRefused(f"Die Datei {path.name} kann nicht gespeichert werden "
                          f"({exc.strerror or exc}). Ihr Text ist noch im Editor; prüfen Sie "
                          "den Ordner oder wenden Sie sich an Ihre IT.") from exc
    return OpenedFile(path, digest(data), opened.newline, opened.bom)


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, flushed, then renamed over `path`."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def keep_version(path: Path, data: bytes) -> Path:
    """Keep `data` (the file's previous bytes) in `_vorversionen/`; the newest ten per file."""
    folder = path.parent / VERSIONS_DIR
    folder.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}.{stamp}.md"
    n = 2
    while target.exists():
        target = folder / f"{path.stem}.{stamp}-{n}.md"
        n += 1
    write_atomic(target, data)
    kept = sorted(folder.glob(f"{path.stem}.*.md"), key=lambda p: p.stat().st_mtime_ns)
    for stale in kept[:-KEEP_VERSIONS]:
        stale.unlink(missing_ok=True)
    return target
