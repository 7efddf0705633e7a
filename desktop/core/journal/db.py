"""A thin connection wrapper for the journal's everyday work.

The journal reads and writes with plain SQL. sqlite-utils (with click, dateutil and pluggy
behind it) costs about 80 ms and 13 MB to import, which every start of the app would pay,
so it is imported only when the schema has to change: `migration_db()` hands the migrations a
real `sqlite_utils.Database` over the same connection. The connection runs in autocommit mode
(`isolation_level=None`), so a write outside `atomic()` commits at once, as in sqlite-utils.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


class Database:
    """The subset of sqlite_utils.Database the journal uses, over one sqlite3 connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        conn.isolation_level = None
        self.conn = conn
        # Savepoint names only need to be unique per connection (no `secrets`: it imports
        # hmac and with it OpenSSL's libcrypto, 3.6 MB, on every start).
        self._savepoints = itertools.count(1)

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters or ())

    def executescript(self, script: str) -> sqlite3.Cursor:
        return self.conn.executescript(script)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; nested blocks use savepoints (as sqlite-utils does)."""
        if self.conn.in_transaction:
            name = f"journal_{next(self._savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        # IMMEDIATE: the write lock is taken (or waited for, up to the busy timeout) at the
        # start. A deferred transaction that reads first and then writes fails at once with
        # SQLITE_BUSY when another connection wrote in between, without waiting (WAL).
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def enable_wal(self) -> None:
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode=wal")

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]

    def close(self) -> None:
        self.conn.close()


def migration_db(db: Database):
    """A sqlite_utils.Database over the same connection, for the migrations only."""
    import sqlite_utils

    return sqlite_utils.Database(db.conn, recursive_triggers=False, execute_plugins=False)
