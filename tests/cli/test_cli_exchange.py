"""`supervision import PATH…` and `feedback import PATH`: exit 0 when imported, 1 with a German
message when refused, never a traceback; a refused file changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.exchange import OutgoingComment, build_feedback, entry_id
from desktop.core.journal import Journal
from desktop.core.paths import DataPaths
from desktop.core.supervision import Workspace
from tests.core.exchange_factory import TODAY, fill_journal, practice_share, shared
from tests.core.scenario_factory import make_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path, monkeypatch):
    folder = tmp_path / "daten"
    folder.mkdir()
    monkeypatch.setenv("GESPRAECHSKOMPASS_HOME", str(folder))
    monkeypatch.setenv("GESPRAECHSKOMPASS_POLICY", str(tmp_path / "keine-policy.json"))
    return folder


def supervisor(home: Path) -> None:
    (home / "settings.json").write_text(json.dumps({"supervisor_workspace": True}), "utf-8")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def dump(home: Path) -> list[str]:
    with Workspace.open(DataPaths(home).supervision_database) as ws:
        return list(ws.db.conn.iterdump())


def test_supervision_import_files_and_folder(home, tmp_path, capsys):
    """Several files and a folder: exit 0, a line per file, duplicates reported."""
    supervisor(home)
    folder = tmp_path / "eingang"
    folder.mkdir()
    (folder / "a.json").write_bytes(practice_share("Kompass-1").data)
    (folder / "b.json").write_bytes(practice_share("Kompass-2").data)
    single = tmp_path / "c.json"
    single.write_bytes(practice_share("Kompass-3", entries=2).data)
    code, out, _ = run(capsys, "supervision", "import", str(folder), str(single))
    assert code == 0
    assert "4 Eintrag/Einträge importiert" in out
    code, out, _ = run(capsys, "supervision", "import", str(single))
    assert code == 0 and "schon früher importiert" in out


def test_supervision_import_refuses_hostile_file_and_changes_nothing(home, tmp_path, capsys):
    """A tampered file: exit 1, German reason on stderr, database unchanged; a good file in
    the same call is still imported."""
    supervisor(home)
    good = tmp_path / "gut.json"
    good.write_bytes(practice_share("Kompass-1").data)
    run(capsys, "supervision", "import", str(good))
    before = dump(home)
    bad = tmp_path / "manipuliert.json"
    bad.write_bytes(practice_share("Kompass-2").data.replace(b"Angst", b"Mut"))
    code, _, err = run(capsys, "supervision", "import", str(bad))
    assert code == 1
    assert "manipuliert.json: abgelehnt" in err and "Prüfsumme stimmt nicht" in err
    assert "nichts übernommen" in err
    assert dump(home) == before


def test_supervision_import_needs_the_workspace_switched_on(home, tmp_path, capsys):
    path = tmp_path / "a.json"
    path.write_bytes(practice_share("Kompass-1").data)
    code, _, err = run(capsys, "supervision", "import", str(path))
    assert code == 1 and "nicht eingeschaltet" in err
    assert not DataPaths(home).supervision_database.exists()


def test_supervision_import_without_path_is_a_wrong_call(home, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["supervision", "import"])
    assert caught.value.code == 2


def _journal_with_feedback(home: Path, tmp_path: Path) -> tuple[dict[str, int], Path]:
    journal = Journal.open(DataPaths(home), make_settings())
    ids = fill_journal(journal)
    uid = journal.load(ids["uebung"])["uid"]
    shared(journal, [ids["uebung"]])
    journal.close()
    # This caseworker shares as Kompass-17 (the setting the share dialog keeps).
    (home / "settings.json").write_text(json.dumps({"pseudonym": "Kompass-17"}), "utf-8")
    build = build_feedback("Kompass-17", "Supervision", [
        OutgoingComment("1" * 32, entry_id(uid), "deuten", "Gut gesehen.", "2025-03-20")],
        TODAY)
    path = tmp_path / build.file_name
    path.write_bytes(build.data)
    return ids, path


def test_feedback_import(home, tmp_path, capsys):
    """Exit 0, the comment is in the journal; the same file again adds nothing."""
    ids, path = _journal_with_feedback(home, tmp_path)
    code, out, _ = run(capsys, "feedback", "import", str(path))
    assert code == 0 and "1 Rückmeldung(en) übernommen" in out
    code, out, _ = run(capsys, "feedback", "import", str(path))
    assert code == 0 and "schon vorhanden" in out
    journal = Journal.open(DataPaths(home), make_settings())
    assert [f.text for f in journal.feedback.for_session(ids["uebung"])] == ["Gut gesehen."]
    journal.close()


def test_feedback_import_refuses_hostile_file(home, tmp_path, capsys):
    """Not JSON, a share file, a missing file: exit 1 with a German message, journal as it was."""
    _journal_with_feedback(home, tmp_path)
    journal = Journal.open(DataPaths(home), make_settings())
    before = list(journal.db.conn.iterdump())
    journal.close()
    junk = tmp_path / "junk.json"
    junk.write_text("<html><script>alert(1)</script></html>")
    share = tmp_path / "freigabe.json"
    share.write_bytes(practice_share("Kompass-1").data)
    for path, message in ((junk, "kein gültiges JSON"), (share, "Freigabedatei"),
                          (tmp_path / "fehlt.json", "gibt es nicht")):
        code, _, err = run(capsys, "feedback", "import", str(path))
        assert code == 1 and message in err, err
    journal = Journal.open(DataPaths(home), make_settings())
    assert list(journal.db.conn.iterdump()) == before
    journal.close()


def test_real_command_line_prints_no_traceback(home, tmp_path):
    """Through `python -m desktop`: German message, exit 1, no Python traceback."""
    supervisor(home)
    bad = tmp_path / "kaputt.json"
    bad.write_bytes(b'{"format": "gespraechskompass-freigabe", "version": 1, ')
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home),
               GESPRAECHSKOMPASS_POLICY=str(tmp_path / "keine.json"))
    proc = subprocess.run([sys.executable, "-m", "desktop", "supervision", "import", str(bad)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 1
    assert "abgeschnitten oder beschädigt" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_locked_workspace_is_reported_as_locked_not_damaged(home, tmp_path, capsys):
    """While another program holds the workspace exclusively, `supervision import` says it is
    locked / in use (try again), not "beschädigt"; nothing is changed."""
    import sqlite3

    supervisor(home)
    database = DataPaths(home).supervision_database
    Workspace.open(database).close()
    share = tmp_path / "freigabe.json"
    share.write_bytes(practice_share("Kompass-1").data)
    holder = sqlite3.connect(database)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        code, _, err = run(capsys, "supervision", "import", str(share))
    finally:
        holder.close()
    assert code == 1
    assert "gesperrt" in err and "beschädigt" not in err
    with Workspace.open(database) as ws:
        assert ws.count_entries() == 0
