"""Schema migrations: from every earlier shipped version to the current one, with a backup
before, in one transaction each, and v1 frozen as fixture SQL (tests/core/data)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from desktop.core.journal import SCHEMA_VERSION, Journal, JournalError, schema
from desktop.core.practice import PracticeSession
from tests.core.scenario_factory import make_paths, make_scenario, make_settings

DATA = Path(__file__).parent / "data"
# Every schema version ever shipped, with its frozen creation SQL. Add one per release.
SHIPPED = {1: DATA / "journal_schema_v1.sql", 2: DATA / "journal_schema_v2.sql",
           4: DATA / "journal_schema_v4.sql"}


def _schema_of(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                        "ORDER BY type, name").fetchall()
    return [(t, n, " ".join(s.split())) for t, n, s in rows]


def _old_journal(paths, version: int) -> None:
    """A journal as version `version` wrote it, with one session in that version's shape."""
    paths.root.mkdir(parents=True)
    conn = sqlite3.connect(paths.database)
    conn.executescript(SHIPPED[version].read_text("utf-8"))
    conn.execute(
        "INSERT INTO sessions (id, uid, kind, scenario_id, scenario_title, step, created_at, "
        "updated_at, strain_before, feelings, takeaway) VALUES (1, 'alt-0001', 'uebung', "
        "'unterlagen-fehlen', 'Verlängerung mit fehlenden Unterlagen', 'reagieren', "
        "'2026-04-01T08:00:00.000+00:00', '2026-04-01T08:05:00.000+00:00', 7, "
        "'[\"wütend\"]', 'Ruhig bleiben.')")
    conn.execute(
        "INSERT INTO answers (session_id, step, prompt_index, prompt, text, at) VALUES "
        "(1, 'deuten', 0, 'Was hören Sie heraus?', 'Existenzangst hinter dem Ärger', "
        "'2026-04-01T08:01:00.000+00:00')")
    conn.execute(
        "INSERT INTO path_steps (session_id, seq, node_id, choice_index, text, rating, target, "
        "feedback, at, undone) VALUES (1, 1, 'start', 0, 'Nein.', 'hilfreich', 'ruhig', NULL, "
        "'2026-04-01T08:02:00.000+00:00', 0)")
    conn.execute("UPDATE meta SET value = 3 WHERE key = 'generation'")
    conn.commit()
    conn.close()


def test_v1_fixture_is_what_the_first_migration_creates(tmp_path):
    """The frozen v1 SQL equals the schema m001 creates: a shipped migration was not edited."""
    migrated = sqlite_utils.Database(tmp_path / "migriert.sqlite3")
    schema.migrations.apply(migrated, stop_before="m002_scenario_digest")
    fixture = sqlite3.connect(tmp_path / "fixture.sqlite3")
    fixture.executescript(SHIPPED[1].read_text("utf-8"))
    assert _schema_of(migrated.conn) == _schema_of(fixture)
    assert schema.schema_version(migrated) == 1
    assert fixture.execute("PRAGMA user_version").fetchone() == (1,)


@pytest.mark.parametrize("version", sorted(SHIPPED))
def test_every_shipped_version_migrates_to_the_current_one(version, tmp_path):
    """An old journal opens: migrated to the current schema, data intact and searchable,
    a backup of the old state taken first, and the result equals a fresh journal's schema."""
    paths = make_paths(tmp_path / "daten")
    _old_journal(paths, version)
    journal = Journal.open(paths, make_settings())
    assert schema.schema_version(journal.db) == SCHEMA_VERSION
    assert schema.pending(journal.db) == []
    data = journal.load(1)
    assert data["answers"][0]["text"] == "Existenzangst hinter dem Ärger"
    assert data["instruments"]["strain_before"] == 7 and data["scenario_digest"] is None
    assert [h.session_id for h in journal.search("Existenzangst")] == [1]
    resumed = journal.load_session(1, {"unterlagen-fehlen": make_scenario()})
    assert resumed.dialogue.current.id == "ruhig" and resumed.content_changed
    assert journal.latest_unfinished().id == 1  # the index v2 added serves this
    journal.close()

    reopened = Journal.open(paths, make_settings())
    copies = [b for b in reopened.backups.list() if b.reason == "vor-migration"]
    reopened.close()
    assert len(copies) == 1
    old = sqlite3.connect(copies[0].path)
    assert old.execute("PRAGMA user_version").fetchone() == (version,)
    assert old.execute("SELECT uid FROM sessions").fetchall() == [("alt-0001",)]
    old.close()

    fresh = make_paths(tmp_path / "neu")
    Journal.open(fresh, make_settings()).close()
    a, b = sqlite3.connect(fresh.database), sqlite3.connect(paths.database)
    assert _schema_of(a) == _schema_of(b)
    a.close()
    b.close()


def test_new_journal_gets_the_current_schema_without_a_backup(tmp_path):
    """Creating a journal runs all migrations; there is nothing to back up before."""
    paths = make_paths(tmp_path / "daten")
    journal = Journal.open(paths, make_settings())
    assert schema.schema_version(journal.db) == SCHEMA_VERSION
    applied = schema.migrations.applied(sqlite_utils.Database(journal.db.conn))
    assert [m.name for m in applied] == list(schema.MIGRATION_NAMES)
    assert schema.pending(journal.db) == []
    assert journal.backups.list() == []
    session = PracticeSession.uebung(make_scenario())
    journal.attach(session)
    assert journal.load(session.id)["scenario_digest"] == session.scenario_digest
    journal.close()


def test_a_failing_migration_rolls_back_and_explains(tmp_path):
    """If a migration fails halfway, its transaction rolls back: still v1, data intact, a
    German message names the backup taken before."""
    paths = make_paths(tmp_path / "daten")
    _old_journal(paths, 1)
    conn = sqlite3.connect(paths.database)
    # m002 first adds a column, then this index name: the second statement fails.
    conn.execute("CREATE INDEX sessions_open ON sessions (kind)")
    conn.commit()
    conn.close()
    with pytest.raises(JournalError) as caught:
        Journal.open(paths, make_settings())
    message = str(caught.value)
    assert "nicht auf den Stand dieser Version gebracht" in message
    assert "unverändert" in message and "vor-migration" in message
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(sessions)")]
    assert "scenario_digest" not in columns
    assert conn.execute("SELECT count(*) FROM answers").fetchone() == (1,)
    conn.close()


def test_v2_fixture_is_what_the_first_two_migrations_create(tmp_path):
    """The frozen v2 SQL equals the schema m001 + m002 create (m002 was not edited either)."""
    migrated = sqlite_utils.Database(tmp_path / "migriert.sqlite3")
    schema.migrations.apply(migrated, stop_before="m003_personal_data")
    fixture = sqlite3.connect(tmp_path / "fixture.sqlite3")
    fixture.executescript(SHIPPED[2].read_text("utf-8"))
    assert _schema_of(migrated.conn) == _schema_of(fixture)
    assert schema.schema_version(migrated) == 2
    assert fixture.execute("PRAGMA user_version").fetchone() == (2,)


def test_v4_fixture_is_what_the_first_four_migrations_create(tmp_path):
    """The frozen v4 SQL equals the schema m001 to m004 create (none of them was edited)."""
    migrated = sqlite_utils.Database(tmp_path / "migriert.sqlite3")
    schema.migrations.apply(migrated, stop_before="m005_review_cards")
    fixture = sqlite3.connect(tmp_path / "fixture.sqlite3")
    fixture.executescript(SHIPPED[4].read_text("utf-8"))
    assert _schema_of(migrated.conn) == _schema_of(fixture)
    assert schema.schema_version(migrated) == 4


def test_v5_keeps_the_review_schedule_of_an_old_journal(tmp_path):
    """A v4 journal with practice history migrates to v5: every answered moment gets a row
    to be replayed (none is computed in the migration), and the first question gives the
    full replay's schedule, stored, so reopening replays nothing."""
    from desktop.core.practice.review import schedule

    paths = make_paths(tmp_path / "daten")
    _old_journal(paths, 4)
    conn = sqlite3.connect(paths.database)
    steps = [(2, 1, "start", "ungünstig", "2026-04-02T08:00:00.000+00:00"),
             (2, 2, "ruhig", "teils", "2026-04-02T08:01:00.000+00:00"),
             (2, 3, "start", "hilfreich", "2026-04-02T08:02:00.000+00:00"),  # not first
             (3, 1, "start", "teils", "2026-04-09T08:00:00.000+00:00")]
    for session_id in (2, 3):
        conn.execute("INSERT INTO sessions (id, uid, kind, scenario_id, step, created_at, "
                     "updated_at) VALUES (?, ?, 'uebung', 'unterlagen-fehlen', 'reagieren', "
                     "'2026-04-02T08:00:00.000+00:00', '2026-04-09T08:05:00.000+00:00')",
                     (session_id, f"alt-000{session_id}"))
    conn.executemany("INSERT INTO path_steps (session_id, seq, node_id, choice_index, text, "
                     "rating, target, at) VALUES (?, ?, ?, 0, 'Text.', ?, 'ruhig', ?)", steps)
    conn.commit()
    conn.close()
    journal = Journal.open(paths, make_settings())
    rows = journal.db.conn.execute(
        "SELECT scenario_id, node_id, folded FROM review_cards ORDER BY node_id").fetchall()
    assert rows == [("unterlagen-fehlen", "ruhig", None), ("unterlagen-fehlen", "start", None)]
    full = schedule(journal.stats.review_attempts())
    assert journal.stats.reviews() == full
    assert full[("unterlagen-fehlen", "start")].attempts == 3
    journal.close()
    with Journal.open(paths, make_settings()) as reopened:
        assert reopened.db.conn.execute(
            "SELECT count(*) FROM review_cards WHERE folded IS NOT changes").fetchone() == (0,)
        assert reopened.stats.reviews() == full


def test_personal_data_flag_round_trips(tmp_path):
    """v3: an eigener Fall marked as containing personal data stays marked after reopening."""
    paths = make_paths(tmp_path)
    journal = Journal.open(paths, make_settings())
    session = PracticeSession.eigener_fall("Dienstag")
    journal.attach(session)
    session.mark_personal_data(True)
    journal.close()
    journal = Journal.open(paths, make_settings())
    assert journal.info(session.id).personal_data is True
    assert journal.resume(session.id, None).personal_data is True
    journal.close()
