"""The workspace database's schema, its own version, and opening it safely.

A separate SQLite file (`DataPaths.supervision_database`), never the supervisor's own journal:
imported material stays apart from what the supervisor writes for themselves (design.md §5).
Migrations use sqlite-utils' `Migrations` under their own set name and set `PRAGMA
user_version`, so a workspace written by a newer app is refused untouched, as is a file that is
not a workspace (the journal, say, picked by mistake).

v1: meta, imports (one row per imported file, by its content hash), entries (the checked entry
    as JSON plus the columns the lists filter on), entry_stages and path_steps (for filters and
    team figures), comments.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from desktop.core.supervision.errors import (
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceNewerSchema,
)

MIGRATION_SET = "gespraechskompass-supervision"
MIGRATIONS_TABLE = sqlite_utils.Migrations.migrations_table

V1_SQL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    pseudonym TEXT NOT NULL,
    created TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    entries INTEGER NOT NULL
);
CREATE TABLE entries (
    id TEXT PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id),
    pseudonym TEXT NOT NULL,
    kind TEXT NOT NULL,
    scenario_id TEXT,
    scenario_title TEXT,
    title TEXT NOT NULL,
    created TEXT NOT NULL,
    finished TEXT,
    strain_before INTEGER,
    strain_after INTEGER,
    data TEXT NOT NULL
);
CREATE INDEX entries_created ON entries (created);
CREATE INDEX entries_scenario ON entries (scenario_id, created);
CREATE INDEX entries_pseudonym ON entries (pseudonym, created);
CREATE TABLE entry_stages (
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    PRIMARY KEY (entry_id, stage)
) WITHOUT ROWID;
CREATE INDEX entry_stages_stage ON entry_stages (stage, entry_id);
CREATE TABLE path_steps (
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    node_id TEXT NOT NULL,
    node_title TEXT,
    rating TEXT NOT NULL,
    undone INTEGER NOT NULL,
    PRIMARY KEY (entry_id, seq)
) WITHOUT ROWID;
CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    stage TEXT,
    text TEXT NOT NULL,
    written TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    exported TEXT
);
CREATE INDEX comments_entry ON comments (entry_id);
"""

migrations = sqlite_utils.Migrations(MIGRATION_SET)


@migrations(name="m001_initial")
def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(V1_SQL)
    db.execute("PRAGMA user_version = 1")


MIGRATION_NAMES: tuple[str, ...] = ("m001_initial",)
SCHEMA_VERSION = len(MIGRATION_NAMES)


def connect(database: Path) -> sqlite_utils.Database:
    """Open (or create) and check the workspace; raises a WorkspaceError subclass (German)."""
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(database), timeout=5.0)
    except (OSError, sqlite3.Error) as exc:
        raise WorkspaceError(f"Der Supervisions-Arbeitsbereich {database} kann nicht geöffnet "
                             f"werden ({exc}).") from exc
    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    try:
        _check(db, database)
        db.enable_wal()
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA secure_delete = ON")
        migrations.apply(db)
    except sqlite3.OperationalError as exc:
        db.close()
        if _locked(exc):
            raise WorkspaceError(
                f"Der Supervisions-Arbeitsbereich {database} wird gerade von einem anderen "
                "Programm verwendet und ist gesperrt (ist Gesprächskompass noch einmal "
                "geöffnet, oder läuft gerade ein Import?). Er bleibt unverändert. Bitte "
                "versuchen Sie es gleich noch einmal.") from exc
        raise _damaged(database, exc) from exc
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _damaged(database, exc) from exc
    except BaseException:
        db.close()
        raise
    return db


def _locked(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: someone else holds the file, it is not damaged."""
    code = getattr(exc, "sqlite_errorcode", None)
    return (isinstance(code, int) and code & 0xFF in (5, 6)) or "locked" in str(exc).lower()


def _damaged(database: Path, exc: sqlite3.Error) -> WorkspaceDamaged:
    return WorkspaceDamaged(
        f"Der Supervisions-Arbeitsbereich {database} ist beschädigt oder keine Datenbank von "
        f"Gesprächskompass ({exc}). Die Datei bleibt unverändert. Bitte wenden Sie sich an "
        "Ihre IT; Ihr eigenes Journal ist davon nicht betroffen.")


def _check(db: sqlite_utils.Database, database: Path) -> None:
    """Identity first (is it a workspace at all?), then the version; reads only."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    tables = set(db.table_names())
    applied = [m.name for m in migrations.applied(db)]
    if tables - {MIGRATIONS_TABLE} and not applied:
        raise WorkspaceDamaged(
            f"Die Datei {database} ist eine Datenbank, aber kein Supervisions-Arbeitsbereich. "
            "Sie bleibt unverändert.")
    unknown = [name for name in applied if name not in MIGRATION_NAMES]
    if version > SCHEMA_VERSION or unknown:
        raise WorkspaceNewerSchema(
            f"Der Supervisions-Arbeitsbereich {database} wurde von einer neueren Version von "
            f"Gesprächskompass geschrieben (Schema {max(version, SCHEMA_VERSION + 1)}; diese "
            f"Version kennt Schema {SCHEMA_VERSION}). Er bleibt unverändert.")
    if applied and "entries" not in tables:
        raise WorkspaceDamaged(
            f"Der Supervisions-Arbeitsbereich {database} ist unvollständig. Er bleibt "
            "unverändert; bitte wenden Sie sich an Ihre IT.")
