"""The supervisor's workspace: its own file and schema, imports with duplicates recognised,
queries by scenario, stage and pseudonym, comments, feedback export."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop.core.exchange import read_feedback
from desktop.core.paths import DataPaths
from desktop.core.scenarios.model import Stage
from desktop.core.supervision import (
    SCHEMA_VERSION,
    EntryFilter,
    Workspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceNewerSchema,
)
from tests.core.exchange_factory import (
    fill_journal,
    open_journal,
    practice_share,
    shared,
)


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(DataPaths(tmp_path).supervision_database)
    yield ws
    ws.close()


def test_workspace_is_its_own_file_beside_the_journal(tmp_path):
    """supervision.sqlite3, not journal.sqlite3; importing never touches the journal."""
    paths = DataPaths(tmp_path)
    journal = open_journal(tmp_path)
    ids = fill_journal(journal)
    build = shared(journal, [ids["uebung"]])
    before = list(journal.db.conn.iterdump())
    with Workspace.open(paths.supervision_database) as ws:
        assert ws.import_bytes("f.json", build.data).imported == 1
    assert paths.supervision_database.is_file()
    assert paths.supervision_database != paths.database
    assert list(journal.db.conn.iterdump()) == before
    journal.close()


def test_schema_has_its_own_version(workspace):
    assert workspace.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 1


def test_newer_or_foreign_files_are_left_untouched(tmp_path):
    """A newer schema, the journal or a non-database: refused, the file keeps its bytes."""
    newer = tmp_path / "neu.sqlite3"
    Workspace.open(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 9")
    conn.close()
    with pytest.raises(WorkspaceNewerSchema):
        Workspace.open(newer)
    journal = open_journal(tmp_path / "j")
    journal.close()
    before = (tmp_path / "j" / "journal.sqlite3").read_bytes()
    with pytest.raises(WorkspaceDamaged, match="kein Supervisions-Arbeitsbereich"):
        Workspace.open(tmp_path / "j" / "journal.sqlite3")
    assert (tmp_path / "j" / "journal.sqlite3").read_bytes() == before
    junk = tmp_path / "kaputt.sqlite3"
    junk.write_bytes(b"das ist keine Datenbank" * 100)
    with pytest.raises(WorkspaceDamaged):
        Workspace.open(junk)
    assert junk.read_bytes() == b"das ist keine Datenbank" * 100


def test_duplicates_are_recognised_by_file_and_by_entry(workspace, tmp_path):
    """The same file again: "already"; the same entry in a new file: skipped and counted."""
    journal = open_journal(tmp_path / "j")
    ids = fill_journal(journal)
    first = shared(journal, [ids["uebung"], ids["moment"]])
    second = shared(journal, [ids["uebung"], ids["own"]])
    journal.close()
    assert workspace.import_bytes("a.json", first.data).imported == 2
    again = workspace.import_bytes("a.json", first.data)
    assert again.already and again.imported == 0
    overlap = workspace.import_bytes("b.json", second.data)
    assert (overlap.imported, overlap.duplicates) == (1, 1)
    assert workspace.count_entries() == 3


def test_import_many_files_and_a_folder(workspace, tmp_path):
    """Files and folders mixed; one result per file; a bad file does not stop the others."""
    folder = tmp_path / "eingang"
    folder.mkdir()
    for n in range(3):
        (folder / f"f{n}.json").write_bytes(practice_share(f"P{n}").data)
    (folder / "kaputt.json").write_bytes(b"{")
    (folder / "notiz.txt").write_text("ignoriert")
    single = tmp_path / "einzeln.json"
    single.write_bytes(practice_share("P9", entries=2).data)
    report = workspace.import_paths([folder, single])
    assert [f.name for f in report.files] == ["f0.json", "f1.json", "f2.json", "kaputt.json",
                                              "einzeln.json"]
    assert report.imported == 5 and len(report.refused) == 1
    assert "kaputt.json: abgelehnt" in report.lines()[3]


def test_queries_by_scenario_stage_and_pseudonym(workspace, tmp_path):
    journal = open_journal(tmp_path / "j")
    ids = fill_journal(journal)
    workspace.import_bytes("a.json", shared(journal, [ids["uebung"], ids["own"]]).data)
    workspace.import_bytes("b.json", shared(journal, [ids["moment"]], "Anderes-7").data)
    journal.close()
    assert workspace.pseudonyms() == ["Anderes-7", "Kompass-17"]
    assert [s for s, _ in workspace.scenarios()] == ["", "unterlagen-fehlen"]
    by_scenario = workspace.list_entries(EntryFilter(scenario_id="unterlagen-fehlen"))
    assert sorted(r.kind for r in by_scenario) == ["uebung", "zwischendurch"]
    own = workspace.list_entries(EntryFilter(scenario_id=""))
    assert [r.kind for r in own] == ["eigener-fall"]
    assert {r.kind for r in workspace.list_entries(EntryFilter(stage=Stage.BEEINFLUSSEN))} \
        == {"uebung"}
    assert {r.kind for r in workspace.list_entries(EntryFilter(stage=Stage.REAGIEREN))} \
        == {"uebung", "zwischendurch", "eigener-fall"}
    assert [r.pseudonym for r in workspace.list_entries(EntryFilter(pseudonym="Anderes-7"))] \
        == ["Anderes-7"]
    entry = workspace.entry(own[0].id)
    assert entry["pseudonym"] == "Kompass-17" and entry["kind"] == "eigener-fall"
    with pytest.raises(KeyError):
        workspace.entry("0" * 32)


def test_comments_on_entry_and_stages_then_feedback_export(workspace, tmp_path):
    """Comments per entry and stage; one validated feedback file per pseudonym, marked sent."""
    workspace.import_bytes("a.json", practice_share("Kompass-17", entries=2).data)
    workspace.import_bytes("b.json", practice_share("Anderes-7").data)
    mine = workspace.list_entries(EntryFilter(pseudonym="Kompass-17"))
    whole = workspace.add_comment(mine[0].id, "Gut reflektiert.")
    staged = workspace.add_comment(mine[0].id, "Noch eine Deutung?", Stage.DEUTEN)
    workspace.add_comment(mine[1].id, "Ruhig geblieben.", "reagieren")
    other = workspace.list_entries(EntryFilter(pseudonym="Anderes-7"))[0]
    workspace.add_comment(other.id, "Nur für Anderes-7.")
    assert [c.stage for c in workspace.comments_for(mine[0].id)] == [None, Stage.DEUTEN]
    workspace.update_comment(staged.id, "Welche zweite Deutung gibt es?")
    path = workspace.export_feedback("Kompass-17", tmp_path / "aus", "Frau Berger",
                                     today=date(2025, 3, 20))
    document = read_feedback(path.read_bytes())
    assert document["pseudonym"] == "Kompass-17" and document["sender"] == "Frau Berger"
    assert sorted(c["text"] for c in document["comments"]) == [
        "Gut reflektiert.", "Ruhig geblieben.", "Welche zweite Deutung gibt es?"]
    assert all(c["written"] for c in document["comments"])
    assert workspace.sender() == "Frau Berger"
    assert {c.exported for c in workspace.comments_for(mine[0].id)} == {"2025-03-20"}
    workspace.delete_comment(whole.id)
    assert len(workspace.comments_for(mine[0].id)) == 1


def test_export_without_comments_says_so(workspace, tmp_path):
    workspace.import_bytes("a.json", practice_share("Kompass-17").data)
    with pytest.raises(Exception, match="noch keine Kommentare"):
        workspace.export_feedback("Kompass-17", tmp_path)


def test_empty_comment_and_missing_entry_are_refused(workspace):
    workspace.import_bytes("a.json", practice_share("Kompass-17").data)
    entry = workspace.list_entries()[0]
    with pytest.raises(WorkspaceError, match="leer"):
        workspace.add_comment(entry.id, "   ")
    with pytest.raises(WorkspaceError):
        workspace.add_comment("0" * 32, "Text")


def test_deleting_entries_forgets_the_file_so_it_can_come_back(workspace):
    build = practice_share("Kompass-17")
    workspace.import_bytes("a.json", build.data)
    entry = workspace.list_entries()[0]
    workspace.add_comment(entry.id, "Kommentar")
    workspace.delete_entry(entry.id)
    assert workspace.count_entries() == 0
    assert workspace.db.execute("SELECT count(*) FROM comments").fetchone()[0] == 0
    assert workspace.import_bytes("a.json", build.data).imported == 1


def test_list_is_never_ordered_by_pseudonym(workspace):
    """Newest day first, then scenario: the pseudonym plays no part in the order."""
    for name in ("Kompass-3", "Birke-1", "Wolke-2"):
        workspace.import_bytes(f"{name}.json", practice_share(name).data)
    sql = workspace.db.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'entries'").fetchone()[0]
    assert "pseudonym" in sql
    import inspect

    from desktop.core.supervision import workspace as module
    source = inspect.getsource(module.Workspace.list_entries)
    assert "ORDER BY e.created DESC" in source and "ORDER BY e.pseudonym" not in source
