"""Tags, feedback received and shares made: three small managers of the `Journal`.

Each receives the journal's connection for reading and its `write()` context for writing (one
transaction that also counts the change for the backups): `journal.tags`, `journal.feedback`,
`journal.shares`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import datetime

from desktop.core.journal.records import FeedbackRow, ShareRow
from desktop.core.practice.state import stamp
from desktop.core.scenarios.model import Stage

Write = Callable[[], AbstractContextManager[sqlite3.Connection]]


class Tags:
    """A session's tags (trimmed, at most 60 characters, no blanks)."""

    def __init__(self, conn: sqlite3.Connection, write: Write) -> None:
        self._conn = conn
        self._write = write

    def set(self, session_id: int, tags: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        """Replace a session's tags (trimmed, blanks dropped); returns them sorted."""
        clean = sorted({" ".join(t.split())[:60] for t in tags if t.strip()})
        with self._write() as conn:
            conn.execute("DELETE FROM tags WHERE session_id = ?", (session_id,))
            conn.executemany("INSERT INTO tags (session_id, tag) VALUES (?, ?)",
                             [(session_id, t) for t in clean])
        return tuple(clean)

    def add(self, session_id: int, tag: str) -> tuple[str, ...]:
        return self.set(session_id, [*self.of(session_id), tag])

    def remove(self, session_id: int, tag: str) -> tuple[str, ...]:
        return self.set(session_id, [t for t in self.of(session_id) if t != tag])

    def of(self, session_id: int) -> tuple[str, ...]:
        return tuple(r[0] for r in self._conn.execute(
            "SELECT tag FROM tags WHERE session_id = ? ORDER BY tag", (session_id,)))

    def all(self) -> list[tuple[str, int]]:
        """Every tag with the number of sessions carrying it, alphabetically."""
        return tag_counts(self._conn)


def tag_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every tag with the number of sessions carrying it, alphabetically (also for a reader
    on a worker: `JournalStats.tag_counts`)."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT tag, count(*) FROM tags GROUP BY tag ORDER BY tag")]


class Feedback:
    """Feedback a supervisor sent back for an entry (from a feedback package)."""

    def __init__(self, conn: sqlite3.Connection, write: Write,
                 clock: Callable[[], datetime]) -> None:
        self._conn = conn
        self._write = write
        self._clock = clock

    def add(self, session_id: int, text: str, *, stage: str | None = None, sender: str = "",
            written_at: str | None = None) -> int:
        """Store feedback received for an entry."""
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO feedback (session_id, stage, text, sender, written_at, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (session_id, stage, text, sender, written_at, stamp(self._clock())))
        return int(cursor.lastrowid or 0)

    def for_session(self, session_id: int) -> list[FeedbackRow]:
        return [FeedbackRow(r[0], r[1], Stage(r[2]) if r[2] else None, r[3], r[4], r[5], r[6])
                for r in self._conn.execute(
                    "SELECT id, session_id, stage, text, sender, written_at, received_at "
                    "FROM feedback WHERE session_id = ? ORDER BY received_at, id",
                    (session_id,))]


class Shares:
    """The share packages made from entries (date and file name)."""

    def __init__(self, conn: sqlite3.Connection, write: Write,
                 clock: Callable[[], datetime]) -> None:
        self._conn = conn
        self._write = write
        self._clock = clock

    def add(self, session_id: int, file_name: str, shared_at: str | None = None) -> int:
        """Record that an entry was shared as a package."""
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO shares (session_id, shared_at, file_name) VALUES (?, ?, ?)",
                (session_id, shared_at or stamp(self._clock()), file_name))
        return int(cursor.lastrowid or 0)

    def add_many(self, session_ids: Iterable[int], file_name: str,
                 shared_at: str | None = None) -> None:
        """Record one package for several entries, in one transaction (one fsync)."""
        when = shared_at or stamp(self._clock())
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO shares (session_id, shared_at, file_name) VALUES (?, ?, ?)",
                [(session_id, when, file_name) for session_id in session_ids])

    def for_session(self, session_id: int) -> list[ShareRow]:
        return [ShareRow(*r) for r in self._conn.execute(
            "SELECT id, session_id, shared_at, file_name FROM shares WHERE session_id = ? "
            "ORDER BY shared_at, id", (session_id,))]

    def last_shared(self, session_ids: Iterable[int]) -> dict[int, str]:
        """When each of these entries was last shared (entries never shared are left out):
        one query for a whole list instead of one per entry."""
        ids = list(session_ids)
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):  # within SQLite's limit of bound parameters
            chunk = ids[start:start + 500]
            found.update(self._conn.execute(
                "SELECT session_id, max(shared_at) FROM shares WHERE session_id IN "
                f"({','.join('?' * len(chunk))}) GROUP BY session_id", chunk).fetchall())
        return found
