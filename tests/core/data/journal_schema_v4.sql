-- Journal schema version 4 exactly as it was on main before v5 (migrations m001_initial to
-- m004_option_order, with sqlite-utils' bookkeeping; m004's UPDATEs touch no schema and an
-- empty database's rows). Frozen test fixture: never edit it.
-- tests/core/test_journal_migrations.py builds a v4 database from it and migrates it.

CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
INSERT INTO _sqlite_migrations (migration_set, name, applied_at)
VALUES ('gespraechskompass-journal', 'm001_initial', '2026-05-01 08:00:00.000000+00:00');

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
    text, content = 'answers', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
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
    content = 'sessions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
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
    text, content = 'feedback', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
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

ALTER TABLE sessions ADD COLUMN scenario_digest TEXT;
CREATE INDEX sessions_open ON sessions (updated_at) WHERE finished_at IS NULL;
INSERT INTO _sqlite_migrations (migration_set, name, applied_at)
    VALUES ('gespraechskompass-journal', 'm002_scenario_digest', '2026-11-22 01:40:00');


ALTER TABLE sessions ADD COLUMN personal_data INTEGER NOT NULL DEFAULT 0;
INSERT INTO _sqlite_migrations (migration_set, name, applied_at)
    VALUES ('gespraechskompass-journal', 'm003_personal_data', '2026-11-22 02:02:00');

ALTER TABLE sessions ADD COLUMN order_seed TEXT;
ALTER TABLE choices ADD COLUMN option_id TEXT;
ALTER TABLE path_steps ADD COLUMN choice_id TEXT;
ALTER TABLE path_steps ADD COLUMN own_words TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN own_words_draft TEXT NOT NULL DEFAULT '';
INSERT INTO _sqlite_migrations (migration_set, name, applied_at)
    VALUES ('gespraechskompass-journal', 'm004_option_order', '2026-12-06 02:37:00');

PRAGMA user_version = 4;
