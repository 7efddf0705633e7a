"""The journal's schema and its ordered migrations.

Migrations use sqlite-utils' own mechanism (`sqlite_utils.Migrations`, sqlite-utils ≥ 4): each
migration runs in one transaction together with its record in `_sqlite_migrations`, and rolls
back whole if it fails. Each migration also sets `PRAGMA user_version` to its number inside
that transaction, so the version can be read cheaply and a database written by a newer app
(a higher user_version, or a migration name this app does not know) is refused untouched.

Rules: a shipped migration is never edited (tests keep the v1 SQL as a fixture); a change is a
new migration appended to the list. The store backs the database up before applying any.

v1: sessions, answers, choices, path_steps, tags, feedback, shares, meta; FTS5 over all free
    text (external-content tables kept by triggers); indices for date, kind, scenario, stage
    (answers.step) and tag.
v2: sessions.scenario_digest (to tell a resumed draft that its scenario changed) and a partial
    index for the latest unfinished session.
v3: sessions.personal_data: an eigener Fall the user chose to keep with personal data in it;
    such an entry stays local and can never be shared.
v4: sessions.order_seed (the order in which the session shows options), choices.option_id and
    path_steps.choice_id (records name the option, never the place it was shown), and for
    "own words first" path_steps.own_words and sessions.own_words_draft. Existing
    sessions get their uid as seed and ids computed from the stored texts, so they resume
    with one stable order.
v5: review_cards, the review schedule kept per moment (practice/review.py): what its
    attempts gave (how many, the last rating, when it is due), and a change counter that
    triggers on path_steps and sessions raise whenever a moment's attempts may have changed,
    so only those moments are replayed (journal/review_cards.py). Derived data: filled as
    "to be replayed" here, computed on first use.
"""

from __future__ import annotations

from functools import cache
from typing import Any

MIGRATION_SET = "gespraechskompass-journal"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite_utils.Migrations.migrations_table

# unicode61 with diacritics removed finds "Arger" for "Ärger"; prefix indices keep search-as-
# you-type ("Fikt*") fast.
_FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"

V1_SQL = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('generation', 0), ('backup_generation', 0);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    scenario_id TEXT,
    scenario_title TEXT,
    focus_node TEXT,
    title TEXT NOT NULL DEFAULT '',
    step TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT,
    strain_before INTEGER,
    strain_after INTEGER,
    feelings TEXT NOT NULL DEFAULT '[]',
    helps TEXT NOT NULL DEFAULT '[]',
    helps_other TEXT NOT NULL DEFAULT '',
    takeaway TEXT NOT NULL DEFAULT '',
    reflection TEXT NOT NULL DEFAULT '',
    hints_seen TEXT NOT NULL DEFAULT '[]',
    thoughts_seen TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX sessions_created ON sessions (created_at);
CREATE INDEX sessions_kind ON sessions (kind, created_at);
CREATE INDEX sessions_scenario ON sessions (scenario_id, created_at);
CREATE INDEX sessions_kind_updated ON sessions (kind, updated_at);

CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    prompt_index INTEGER NOT NULL,
    prompt TEXT NOT NULL,
    text TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (session_id, step, prompt_index)
);
CREATE INDEX answers_step ON answers (step, session_id);

CREATE TABLE choices (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    question_index INTEGER NOT NULL,
    option_index INTEGER NOT NULL,
    question TEXT NOT NULL,
    option TEXT NOT NULL,
    recommended INTEGER NOT NULL,
    feedback TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (session_id, stage, question_index)
);

CREATE TABLE path_steps (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    node_id TEXT NOT NULL,
    choice_index INTEGER NOT NULL,
    text TEXT NOT NULL,
    rating TEXT NOT NULL,
    target TEXT NOT NULL,
    feedback TEXT,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE tags (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (session_id, tag)
);
CREATE INDEX tags_tag ON tags (tag, session_id);

CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    stage TEXT,
    text TEXT NOT NULL,
    sender TEXT NOT NULL DEFAULT '',
    written_at TEXT,
    received_at TEXT NOT NULL
);
CREATE INDEX feedback_session ON feedback (session_id);

CREATE TABLE shares (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    shared_at TEXT NOT NULL,
    file_name TEXT NOT NULL
);
CREATE INDEX shares_session ON shares (session_id);

CREATE VIRTUAL TABLE answers_fts USING fts5 (
    text, content = 'answers', content_rowid = 'id', {_FTS_OPTIONS}
);
CREATE TRIGGER answers_fts_insert AFTER INSERT ON answers BEGIN
    INSERT INTO answers_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER answers_fts_delete AFTER DELETE ON answers BEGIN
    INSERT INTO answers_fts (answers_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER answers_fts_update AFTER UPDATE OF text ON answers BEGIN
    INSERT INTO answers_fts (answers_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO answers_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE sessions_fts USING fts5 (
    title, takeaway, helps_other, reflection,
    content = 'sessions', content_rowid = 'id', {_FTS_OPTIONS}
);
CREATE TRIGGER sessions_fts_insert AFTER INSERT ON sessions BEGIN
    INSERT INTO sessions_fts (rowid, title, takeaway, helps_other, reflection)
    VALUES (new.id, new.title, new.takeaway, new.helps_other, new.reflection);
END;
CREATE TRIGGER sessions_fts_delete AFTER DELETE ON sessions BEGIN
    INSERT INTO sessions_fts (sessions_fts, rowid, title, takeaway, helps_other, reflection)
    VALUES ('delete', old.id, old.title, old.takeaway, old.helps_other, old.reflection);
END;
-- Only when a text changed: every autosave updates the session row (step, updated_at).
CREATE TRIGGER sessions_fts_update AFTER UPDATE ON sessions
WHEN old.title IS NOT new.title OR old.takeaway IS NOT new.takeaway
    OR old.helps_other IS NOT new.helps_other OR old.reflection IS NOT new.reflection
BEGIN
    INSERT INTO sessions_fts (sessions_fts, rowid, title, takeaway, helps_other, reflection)
    VALUES ('delete', old.id, old.title, old.takeaway, old.helps_other, old.reflection);
    INSERT INTO sessions_fts (rowid, title, takeaway, helps_other, reflection)
    VALUES (new.id, new.title, new.takeaway, new.helps_other, new.reflection);
END;

CREATE VIRTUAL TABLE feedback_fts USING fts5 (
    text, content = 'feedback', content_rowid = 'id', {_FTS_OPTIONS}
);
CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO feedback_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
    INSERT INTO feedback_fts (feedback_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER feedback_fts_update AFTER UPDATE OF text ON feedback BEGIN
    INSERT INTO feedback_fts (feedback_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO feedback_fts (rowid, text) VALUES (new.id, new.text);
END;
"""

V2_SQL = """
ALTER TABLE sessions ADD COLUMN scenario_digest TEXT;
CREATE INDEX sessions_open ON sessions (updated_at) WHERE finished_at IS NULL;
"""

V3_SQL = """
ALTER TABLE sessions ADD COLUMN personal_data INTEGER NOT NULL DEFAULT 0;
"""

V4_SQL = """
ALTER TABLE sessions ADD COLUMN order_seed TEXT;
ALTER TABLE choices ADD COLUMN option_id TEXT;
ALTER TABLE path_steps ADD COLUMN choice_id TEXT;
ALTER TABLE path_steps ADD COLUMN own_words TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN own_words_draft TEXT NOT NULL DEFAULT '';
UPDATE sessions SET order_seed = uid;
UPDATE choices SET option_id = gk_text_id(option);
UPDATE path_steps SET choice_id = gk_text_id(text);
"""

# A moment's card is current when `folded` (the `changes` it was computed at) equals
# `changes`. The triggers only raise the counter: they never compute, so every write path
# (autosave, a whole session saved again, deletion, retention, restore of a row) stays as it
# was, and a counter raised needlessly costs only one moment's replay. A session's rows are
# gone when its cascade deletes its path steps, hence the BEFORE DELETE on sessions.
V5_SQL = """
CREATE TABLE review_cards (
    scenario_id TEXT NOT NULL,
    node_id TEXT NOT NULL,
    changes INTEGER NOT NULL DEFAULT 0,
    folded INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_rating TEXT,
    due TEXT,
    PRIMARY KEY (scenario_id, node_id)
) WITHOUT ROWID;
INSERT INTO review_cards (scenario_id, node_id)
    SELECT DISTINCT s.scenario_id, p.node_id FROM path_steps p
    JOIN sessions s ON s.id = p.session_id WHERE s.scenario_id IS NOT NULL;

-- Only a first choice at its node in its session is an attempt.
CREATE TRIGGER review_cards_step_insert AFTER INSERT ON path_steps
WHEN NOT EXISTS (SELECT 1 FROM path_steps WHERE session_id = new.session_id
                 AND node_id = new.node_id AND seq < new.seq)
BEGIN
    INSERT INTO review_cards (scenario_id, node_id)
        SELECT scenario_id, new.node_id FROM sessions
        WHERE id = new.session_id AND scenario_id IS NOT NULL
        ON CONFLICT (scenario_id, node_id) DO UPDATE SET changes = changes + 1;
END;
CREATE TRIGGER review_cards_step_delete AFTER DELETE ON path_steps BEGIN
    UPDATE review_cards SET changes = changes + 1
    WHERE node_id = old.node_id
        AND scenario_id = (SELECT scenario_id FROM sessions WHERE id = old.session_id);
END;
CREATE TRIGGER review_cards_step_update
AFTER UPDATE OF session_id, seq, node_id, rating, at ON path_steps BEGIN
    UPDATE review_cards SET changes = changes + 1
    WHERE node_id = old.node_id
        AND scenario_id = (SELECT scenario_id FROM sessions WHERE id = old.session_id);
    INSERT INTO review_cards (scenario_id, node_id)
        SELECT scenario_id, new.node_id FROM sessions
        WHERE id = new.session_id AND scenario_id IS NOT NULL
        ON CONFLICT (scenario_id, node_id) DO UPDATE SET changes = changes + 1;
END;
CREATE TRIGGER review_cards_session_delete BEFORE DELETE ON sessions
WHEN old.scenario_id IS NOT NULL
BEGIN
    UPDATE review_cards SET changes = changes + 1
    WHERE scenario_id = old.scenario_id
        AND node_id IN (SELECT node_id FROM path_steps WHERE session_id = old.id);
END;
CREATE TRIGGER review_cards_session_update AFTER UPDATE OF scenario_id ON sessions
WHEN old.scenario_id IS NOT new.scenario_id
BEGIN
    UPDATE review_cards SET changes = changes + 1
    WHERE scenario_id = old.scenario_id
        AND node_id IN (SELECT node_id FROM path_steps WHERE session_id = old.id);
    INSERT INTO review_cards (scenario_id, node_id)
        SELECT DISTINCT new.scenario_id, node_id FROM path_steps
        WHERE session_id = new.id AND new.scenario_id IS NOT NULL
        ON CONFLICT (scenario_id, node_id) DO UPDATE SET changes = changes + 1;
END;
"""


def m001_initial(db: Any) -> None:
    db.executescript(V1_SQL)
    db.execute("PRAGMA user_version = 1")


def m002_scenario_digest(db: Any) -> None:
    db.executescript(V2_SQL)
    db.execute("PRAGMA user_version = 2")


def m003_personal_data(db: Any) -> None:
    db.executescript(V3_SQL)
    db.execute("PRAGMA user_version = 3")


def m004_option_order(db: Any) -> None:
    from desktop.core.practice.order import text_id

    db.conn.create_function("gk_text_id", 1, text_id, deterministic=True)
    db.executescript(V4_SQL)
    db.execute("PRAGMA user_version = 4")


def m005_review_cards(db: Any) -> None:
    db.executescript(V5_SQL)
    db.execute("PRAGMA user_version = 5")


# The ordered list; a shipped migration is never edited, only appended to.
MIGRATION_STEPS = (m001_initial, m002_scenario_digest, m003_personal_data, m004_option_order,
                   m005_review_cards)
MIGRATION_NAMES: tuple[str, ...] = tuple(f.__name__ for f in MIGRATION_STEPS)


@cache
def _registry():
    """sqlite-utils' Migrations with our steps (imported on first use: see db.py)."""
    import sqlite_utils

    registry = sqlite_utils.Migrations(MIGRATION_SET)
    for step in MIGRATION_STEPS:
        registry(name=step.__name__)(step)
    return registry


def __getattr__(name: str) -> Any:
    if name == "migrations":  # schema.migrations, as the tests and tools know it
        return _registry()
    raise AttributeError(name)
SCHEMA_VERSION = len(MIGRATION_NAMES)


def schema_version(db: Any) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _applied_names(db: Any) -> list[str]:
    """Names recorded in sqlite-utils' migrations table, read with plain SQL (cheap)."""
    exists = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (MIGRATIONS_TABLE,)).fetchone()
    if not exists:
        return []
    return [r[0] for r in db.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ?", (MIGRATION_SET,))]


def unknown_migrations(db: Any) -> list[str]:
    """Applied migrations this app does not know: the database is from a newer version."""
    return [name for name in _applied_names(db) if name not in MIGRATION_NAMES]


def pending(db: Any) -> list[str]:
    applied = set(_applied_names(db))
    return [name for name in MIGRATION_NAMES if name not in applied]


def migrate(db: Any) -> None:
    """Apply every pending migration, each in its own transaction (sqlite-utils' mechanism,
    imported only now: most starts have nothing to migrate)."""
    from desktop.core.journal.db import Database, migration_db

    _registry().apply(migration_db(db) if isinstance(db, Database) else db)
