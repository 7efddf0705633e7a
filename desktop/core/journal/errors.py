"""The journal's exceptions; every message is German and says what happened and what to do.

The UI shows `str(error)` as it is. Extra attributes carry what a dialog needs to offer a way
out (the damaged file's new place, the newest good backup).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.journal.backup import BackupInfo


class JournalError(Exception):
    """Any expected failure of the journal (message in German)."""


class JournalDamaged(JournalError):
    """The database is corrupt, truncated or not a journal; it was moved aside, not deleted.

    `moved_to` is where the original now lies (None if it could not be moved), `backup` the
    newest backup that passed its integrity check (None if there is none).
    """

    def __init__(self, message: str, moved_to: Path | None = None,
                 backup: BackupInfo | None = None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup


class JournalNewerSchema(JournalError):
    """The database was written by a newer version of the app; it is left untouched."""

    def __init__(self, message: str, found: int, known: int) -> None:
        super().__init__(message)
        self.found = found
        self.known = known


class NetworkFolderRefused(JournalError):
    """The data folder lies on a network file system and the settings do not allow that."""


class JournalNotWritable(JournalError):
    """The data folder cannot be written (read-only, full, missing); data stays in memory."""


class JournalBusy(JournalError):
    """Another connection held the write lock longer than this one waits; nothing was
    written, and the autosave keeps the change in memory for the next try."""


log = logging.getLogger(__name__)

# Primary SQLite result codes (the low byte of the extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED = 3, 5, 6
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 13, 14, 26


def not_writable_message(folder: Path, detail: str = "") -> str:
    extra = f" ({detail})" if detail else ""
    return (
        f"Das Journal kann im Datenordner {folder} nicht gespeichert werden{extra}. "
        "Der Ordner ist schreibgeschützt, voll oder nicht erreichbar. Ihre Eingaben bleiben "
        "erhalten, solange Gesprächskompass geöffnet ist, und werden gespeichert, sobald das "
        "wieder möglich ist. Bitte schaffen Sie Platz oder wenden Sie sich an Ihre IT."
    )


def translate(exc: sqlite3.Error, database: Path) -> JournalError:
    """Turn an SQLite error into the journal error the UI can explain (German only; the
    SQLite wording goes to the log)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    log.warning("sqlite error on %s: %s (%s)", database, exc, code)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text \
            or "not a database" in text:
        return JournalDamaged(
            f"Die Journal-Datenbank {database} ist beschädigt. Bitte schließen Sie "
            "Gesprächskompass und starten Sie es neu; beim Start wird die beschädigte Datei "
            "beiseitegelegt und die neueste Sicherung angeboten.")
    if primary == _SQLITE_FULL or "full" in text:
        return JournalNotWritable(not_writable_message(database.parent, "Speicher voll"))
    if primary == _SQLITE_READONLY or "readonly" in text:
        return JournalNotWritable(not_writable_message(database.parent, "schreibgeschützt"))
    if primary in (_SQLITE_CANTOPEN, _SQLITE_PERM) or "unable to open" in text:
        return JournalNotWritable(not_writable_message(
            database.parent, "die Datenbankdatei lässt sich nicht öffnen oder anlegen"))
    if primary == _SQLITE_IOERR or "i/o" in text:
        return JournalNotWritable(not_writable_message(database.parent, "Schreibfehler"))
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return JournalBusy(
            "Das Journal ist gerade von einem anderen Vorgang gesperrt (läuft Gesprächskompass "
            "ein zweites Mal?). Bitte versuchen Sie es gleich noch einmal.")
    return JournalError(f"Unerwarteter Datenbankfehler im Journal ({exc}).")
