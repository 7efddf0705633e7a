"""The journal store: autosave, resume at the exact point, listing, search, tags, statistics,
export, deletion and retention — all against real SQLite files in a temporary folder."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.commands.labels_de import GERMAN
from desktop.core.journal import (
    Journal,
    JournalError,
    SessionFilter,
)
from desktop.core.practice import PracticeSession, SessionKind, Step
from desktop.core.scenarios.model import Stage
from tests.core.scenario_factory import StepClock, make_paths, make_scenario, make_settings


def _uebung(journal: Journal, scenario, clock=None) -> PracticeSession:
    session = PracticeSession.uebung(scenario, clock=clock or StepClock(datetime.now(UTC)))
    journal.attach(session)
    return session


def test_every_change_is_on_disk_when_the_call_returns(journal, paths, scenario):
    """Autosave: a second, independent connection sees each change right after it is made."""
    session = _uebung(journal, scenario)
    other = sqlite3.connect(paths.database)

    def row(sql: str) -> tuple:
        return other.execute(sql, (session.id,)).fetchone()

    session.next_step()
    assert row("SELECT step FROM sessions WHERE id = ?") == ("deuten",)
    session.answer("deuten", 0, "Angst")
    assert row("SELECT text FROM answers WHERE session_id = ?") == ("Angst",)
    session.choose("deuten", 0, 1)
    assert row("SELECT option_index FROM choices WHERE session_id = ?") == (1,)
    session.dialogue.choose(1)
    session.dialogue.undo()
    assert row("SELECT node_id, undone FROM path_steps WHERE session_id = ?") == ("start", 1)
    session.set_strain_before(9)
    session.set_feelings(["hilflos"])
    assert row("SELECT strain_before, feelings FROM sessions WHERE id = ?") == (9, '["hilflos"]')
    session.answer("deuten", 0, "")
    assert row("SELECT count(*) FROM answers WHERE session_id = ?") == (0,)
    other.close()


@pytest.mark.parametrize("kind", list(SessionKind))
def test_save_close_reopen_gives_the_identical_state_at_the_exact_step(kind, paths, scenario):
    """A draft resumes days later exactly where it was left: step, node, every answer."""
    journal = Journal.open(paths, make_settings())
    if kind is SessionKind.EIGENER_FALL:
        session = PracticeSession.eigener_fall("Fall am Schalter")
        journal.attach(session)
        session.answer(Step.SITUATION, 0, "Ein Kunde wurde laut.")
        session.go_to(Step.BEEINFLUSSEN)
    elif kind is SessionKind.ZWISCHENDURCH:
        session = PracticeSession.zwischendurch(scenario, "laut")
        journal.attach(session)
        session.go_to(Step.REAGIEREN)
        session.dialogue.choose(1)
        session.dialogue.reveal_thought()
        session.set_reflection("Nicht auf Lautstärke reagieren.")
    else:
        session = _uebung(journal, scenario)
        session.go_to(Step.DEUTEN)
        session.answer("deuten", 0, "Angst")
        session.choose("deuten", 1, 2)
        session.show_hints("deuten")
        session.go_to(Step.REAGIEREN)
        session.dialogue.choose(2)
        session.dialogue.choose(1)  # loop back to start
        session.dialogue.choose(1)
        session.dialogue.reveal_thought("start")
        session.dialogue.restart_from("start")
    session.set_strain_before(6)
    session.set_helps(["Supervision"])
    session.set_helps_other("Tee")
    expected = session.to_dict()
    session_id = session.id
    journal.close()

    reopened = Journal.open(paths, make_settings())
    resumed = reopened.load_session(session_id, {scenario.id: scenario})
    assert resumed.to_dict() == expected
    assert resumed.step is session.step
    if session.dialogue is not None:
        assert resumed.dialogue.current.id == session.dialogue.current.id
    info = reopened.latest_unfinished()
    assert info is not None and info.id == session_id and info.step_label == session.step.title
    reopened.close()


def test_resumed_session_keeps_autosaving(journal, scenario):
    """resume() attaches the session again: later changes are stored too."""
    session = _uebung(journal, scenario)
    session.answer("deuten", 0, "erst")
    journal.detach(session)
    again = journal.resume(session.id, scenario)
    again.answer("deuten", 1, "dann")
    assert [a["text"] for a in journal.load(session.id)["answers"]] == ["erst", "dann"]


def test_load_session_without_its_scenario_explains_in_german(journal, scenario):
    """A session whose scenario file is gone cannot be resumed; the message says so."""
    session = _uebung(journal, scenario)
    with pytest.raises(JournalError, match="nicht mehr vorhanden"):
        journal.load_session(session.id, {})
    with pytest.raises(KeyError):
        journal.load(99_999)


def test_list_is_newest_first_with_offset_limit_filters_and_count(journal, scenario):
    """Listing orders by start, pages with offset/limit and filters by kind, scenario,
    stage, tag, date range and finished; count_sessions agrees."""
    base = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
    made = []
    for day in range(10):
        clock = StepClock(base + timedelta(days=day))
        if day % 3 == 0:
            session = PracticeSession.eigener_fall(f"Fall {day}", clock=clock)
            journal.attach(session)
            session.answer(Step.VERARBEITEN, 0, "belastet")
        else:
            session = _uebung(journal, make_scenario(f"szenario-{day % 2}"), clock)
            session.answer("deuten", 0, "gedeutet")
        if day >= 8:
            session.finish()
        made.append(session)
    journal.tags.set(made[4].id, ["wut", "schalter"])
    journal.tags.set(made[7].id, ["wut"])

    listed = journal.list_sessions()
    assert [s.id for s in listed] == [s.id for s in reversed(made)]
    assert [s.id for s in journal.list_sessions(offset=2, limit=3)] == \
        [made[7].id, made[6].id, made[5].id]
    assert listed[-1].title == "Fall 0" and listed[-1].own_title == "Fall 0"
    assert listed[-2].title == made[1].scenario_title

    cases = [
        (SessionFilter(kind=SessionKind.EIGENER_FALL), [9, 6, 3, 0]),
        (SessionFilter(scenario_id="szenario-1"), [7, 5, 1]),
        (SessionFilter(stage=Stage.VERARBEITEN), [9, 6, 3, 0]),
        (SessionFilter(stage=Step.DEUTEN), [8, 7, 5, 4, 2, 1]),
        (SessionFilter(tag="wut"), [7, 4]),
        (SessionFilter(since=date(2026, 3, 5), until=date(2026, 3, 7)), [5, 4, 3]),
        (SessionFilter(finished=False, kind=SessionKind.UEBUNG), [7, 5, 4, 2, 1]),
        (SessionFilter(finished=True), [9, 8]),
    ]
    for filters, days in cases:
        assert [s.id for s in journal.list_sessions(filters)] == [made[d].id for d in days], \
            filters
        assert journal.count_sessions(filters) == len(days)
    assert journal.count_sessions() == 10
    assert journal.list_sessions(SessionFilter(tag="wut"))[1].tags == ("schalter", "wut")


def test_search_finds_all_free_text_with_highlights(journal, scenario):
    """FTS5 search covers answers, titles, notes and feedback; umlauts fold; the last word is
    a prefix; user input with FTS syntax is harmless; highlights point at the words."""
    session = _uebung(journal, scenario)
    session.answer("deuten", 0, "Er hatte Ärger mit der Fiktionsbescheinigung und große Angst.")
    session.set_takeaway("Zuerst die Sorge benennen.")
    own = PracticeSession.eigener_fall("Telefonat mit Anwalt")
    journal.attach(own)
    own.set_helps_other("Spaziergang")
    journal.feedback.add(session.id, "Schön, wie Sie die Angst benannt haben.", stage="deuten",
                         sender="Supervisorin K.")

    hits = journal.search("arger")
    assert len(hits) == 1 and hits[0].source == "answer" and hits[0].step is Step.DEUTEN
    start, end = hits[0].highlights[0]
    assert hits[0].snippet[start:end] == "Ärger"
    assert hits[0].prompt == "Was hören Sie heraus?"
    assert {h.source for h in journal.search("Angst")} == {"answer", "feedback"}
    assert journal.search("Fiktions")[0].session_id == session.id  # typing, prefix
    assert journal.search("Angst Fiktionsbescheinigung")[0].source == "answer"
    assert journal.search("Angst Spaziergang") == []  # all words must occur in one text
    assert [h.source for h in journal.search("telefonat")] == ["title"]
    assert [h.source for h in journal.search("spazier")] == ["helps_other"]
    assert [h.source for h in journal.search("sorge")] == ["takeaway"]
    for hostile in ('"', "AND OR NOT", "Angst)", "title:Angst", "*", "NEAR(a b)", ""):
        journal.search(hostile)  # never an FTS5 syntax error
    journal.delete_session(session.id)
    assert journal.search("Angst") == []


def test_tags_feedback_and_shares(journal, scenario):
    """Tags are trimmed and counted; feedback and shares are kept per session."""
    session = _uebung(journal, scenario)
    other = _uebung(journal, scenario)
    assert journal.tags.set(session.id, ["  Wut  am Schalter ", "", "familie"]) == \
        ("Wut am Schalter", "familie")
    journal.tags.add(other.id, "familie")
    journal.tags.remove(session.id, "familie")
    assert journal.tags.all() == [("Wut am Schalter", 1), ("familie", 1)]
    feedback_id = journal.feedback.add(session.id, "Gut gelöst.", sender="T. Berg",
                                       written_at="2026-05-01")
    rows = journal.feedback.for_session(session.id)
    assert [(r.id, r.stage, r.text, r.sender) for r in rows] == \
        [(feedback_id, None, "Gut gelöst.", "T. Berg")]
    journal.shares.add(session.id, "freigabe-2026-05-04.gkshare")
    assert [s.file_name for s in journal.shares.for_session(session.id)] == ["freigabe-2026-05-04.gkshare"]


def test_practice_counts_and_statistics(journal, scenario):
    """Counts per scenario and node, status, weekly counts, strain and ratings per stage."""
    monday = datetime(2026, 3, 2, 10, 0).astimezone()
    first = _uebung(journal, scenario, StepClock(monday))
    first.set_strain_before(8)
    first.set_strain_after(4)
    first.choose("deuten", 0, 0)
    first.choose("deuten", 1, 1)
    first.dialogue.choose(2)
    first.dialogue.choose(0)
    first.finish()
    second = PracticeSession.zwischendurch(scenario, "ruhig", clock=StepClock(monday + timedelta(days=8)))
    journal.attach(second)
    second.dialogue.choose(1)
    third = _uebung(journal, make_scenario("andere"), StepClock(monday + timedelta(days=9)))
    third.dialogue.choose(1)
    third.dialogue.undo()

    assert journal.stats.scenario_counts() == {scenario.id: 2, "andere": 1}
    assert journal.stats.scenario_counts() == journal.stats.scenario_counts()
    assert journal.stats.node_counts(scenario.id) == {"start": 1, "nachfrage": 1, "ruhig": 1}
    assert journal.stats.moment_counts()[(scenario.id, "ruhig")] == 1
    assert journal.stats.scenario_status() == {scenario.id: "done", "andere": "in_progress"}
    weeks = journal.stats.sessions_per_week()
    assert [(w.week_start, w.count) for w in weeks] == [(date(2026, 3, 2), 1), (date(2026, 3, 9), 2)]
    assert [(p.before, p.after) for p in journal.stats.strain_series()] == [(8, 4)]
    ratings = journal.stats.ratings_per_stage()
    assert (ratings[Stage.DEUTEN].recommended, ratings[Stage.DEUTEN].other) == (1, 1)
    reag = ratings[Stage.REAGIEREN]
    assert (reag.hilfreich, reag.teils, reag.unguenstig) == (1, 2, 0)  # the undone one not
    totals = journal.stats.totals()
    assert totals.sessions == 3 and totals.unfinished == 2
    assert totals.by_kind == {"uebung": 2, "zwischendurch": 1}


def _assert_gone(paths, word: str) -> None:
    """Neither the text nor the lower-cased index token is anywhere in the database files."""
    for part in (paths.database, paths.database.with_name("journal.sqlite3-wal")):
        if part.exists():
            data = part.read_bytes()
            assert word.encode() not in data and word.lower().encode() not in data, part


def test_deleting_one_session_purges_its_words_from_the_files(journal, paths, scenario):
    """Erasure erases: after delete_session the words are gone from table, index and WAL."""
    keep = []
    for n in range(20):
        other = _uebung(journal, scenario)
        other.answer("deuten", 0, f"alltägliche Notiz {n}")
        keep.append(other.id)
    own = PracticeSession.eigener_fall("Fall")
    journal.attach(own)
    own.answer(Step.SITUATION, 0, "Herr Quastenflosser kam ohne Termin")
    own.set_takeaway("Quastenflosser-Lektion")
    journal.delete_session(own.id)
    _assert_gone(paths, "Quastenflosser")
    assert len(journal.search("Notiz")) == 20


def test_delete_session_removes_all_its_rows(journal, paths, scenario):
    """Deleting a session removes answers, path, tags, feedback and shares with it."""
    session = _uebung(journal, scenario)
    session.answer("deuten", 0, "x")
    session.dialogue.choose(0)
    journal.tags.set(session.id, ["a"])
    journal.feedback.add(session.id, "f")
    journal.shares.add(session.id, "s")
    keep = _uebung(journal, scenario)
    journal.delete_session(session.id)
    session.answer("deuten", 1, "nach dem Löschen nicht mehr gespeichert")
    conn = sqlite3.connect(paths.database)
    for table in ("answers", "path_steps", "tags", "feedback", "shares"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert conn.execute("SELECT id FROM sessions").fetchall() == [(keep.id,)]
    conn.close()


def test_retention_is_explicit_and_deletes_only_old_own_cases(paths, scenario):
    """Opening never deletes; `apply_retention()` deletes eigener-fall entries unchanged for
    longer than the period; exercises and recent own cases stay; 0 keeps everything."""
    long_ago = StepClock(datetime.now(UTC) - timedelta(days=40))
    journal = Journal.open(paths, make_settings())
    old_case = PracticeSession.eigener_fall("alt", clock=long_ago)
    journal.attach(old_case)
    old_exercise = _uebung(journal, scenario, long_ago)
    recent_case = PracticeSession.eigener_fall("neu")
    journal.attach(recent_case)
    journal.close()

    kept = Journal.open(paths, make_settings(retention_days=0))
    assert kept.apply_retention() == 0 and kept.count_sessions() == 3
    kept.close()
    pruned = Journal.open(paths, make_settings(retention_days=30))
    assert pruned.count_sessions() == 3  # opening alone deletes nothing
    assert pruned.apply_retention() == 1
    assert {s.id for s in pruned.list_sessions()} == {old_exercise.id, recent_case.id}
    pruned.close()


def test_export_writes_json_and_one_markdown_file_per_session(journal, scenario, tmp_path):
    """Export everything: one JSON file with all data, one readable Markdown file per session,
    and never over an earlier export."""
    session = _uebung(journal, scenario)
    session.answer("deuten", 0, "Angst um den Job")
    session.dialogue.choose(0)
    session.set_takeaway("Zuerst die Sorge.")
    journal.tags.set(session.id, ["schalter"])
    journal.feedback.add(session.id, "Sehr gut.", sender="K.")
    own = PracticeSession.eigener_fall("Telefonat")
    journal.attach(own)
    target = tmp_path / "export"
    result = journal.export_all(target, GERMAN)
    assert result.sessions == 2 and result.markdown_files == 2
    data = json.loads((target / "journal.json").read_text("utf-8"))
    assert data["format"] == 1 and len(data["sessions"]) == 2
    exported = next(s for s in data["sessions"] if s["uid"] == session.uid)
    assert exported["answers"][0]["text"] == "Angst um den Job"
    assert exported["tags"] == ["schalter"] and exported["feedback"][0]["text"] == "Sehr gut."
    assert PracticeSession.from_dict(exported, scenario).to_dict()["answers"] == \
        session.to_dict()["answers"]
    pages = sorted((target / "sitzungen").glob("*.md"))
    assert len(pages) == 2
    text = next(p for p in pages if session.uid[:8] in p.name).read_text("utf-8")
    assert "**Was hören Sie heraus?**" in text and "> Angst um den Job" in text
    assert "**Was ich mitnehme:** Zuerst die Sorge." in text and "Von K." in text
    with pytest.raises(JournalError, match="nicht überschrieben"):
        journal.export_all(target, GERMAN)


def test_delete_all_leaves_no_trace_of_the_texts(journal, paths, scenario):
    """delete_all empties the journal; secure_delete and a WAL truncate leave no deleted text
    in the files; backups stay unless asked for."""
    secret = "Zwiebelkuchenrezept"
    session = _uebung(journal, scenario)
    session.answer("deuten", 0, f"Notiz {secret}")
    journal.backups.now()
    assert journal.delete_all() == 1
    assert journal.count_sessions() == 0 and journal.search(secret) == []
    _assert_gone(paths, secret)
    assert len(journal.backups.list()) == 1
    journal.delete_all(include_backups=True)
    assert journal.backups.list() == []


def test_keyset_paging_gives_the_same_rows_as_offset_paging(tmp_path):
    """Paging after the last row seen returns exactly the rows OFFSET paging returns."""
    journal = Journal.open(make_paths(tmp_path), make_settings())
    for _ in range(25):
        journal.attach(PracticeSession.uebung(make_scenario()))
    by_offset = [s.id for page in range(5)
                 for s in journal.list_sessions(offset=page * 5, limit=5)]
    by_key, after = [], None
    while True:
        page = journal.list_sessions(limit=5, after=after)
        if not page:
            break
        by_key += [s.id for s in page]
        after = (page[-1].created_at, page[-1].id)
    assert by_key == by_offset and len(by_key) == 25
    journal.close()
