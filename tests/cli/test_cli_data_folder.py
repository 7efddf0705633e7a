"""Every command finds the user's data where the GUI does: the IT policy's data_folder.

The CLI used to take the default folder: with a policy data_folder, `journal stats` counted 0
instead of 5 entries, `journal backup` backed up an empty journal and a second, empty journal
appeared in the default folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.app import resolve_settings
from desktop.cli import main
from desktop.core import config, paths
from desktop.core.exchange import OutgoingComment, build_feedback, entry_id
from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from desktop.core.supervision import Workspace
from tests.core.exchange_factory import TODAY, practice_share, shared
from tests.core.scenario_factory import make_scenario, make_settings


@pytest.fixture
def places(tmp_path, monkeypatch):
    """A default data folder (GESPRAECHSKOMPASS_HOME) and an IT policy (the system file)
    whose data_folder points elsewhere."""
    home = tmp_path / "home"
    policy_folder = tmp_path / "it-daten"
    system = tmp_path / "etc" / "policy.json"
    system.parent.mkdir()
    system.write_text(json.dumps({"data_folder": str(policy_folder),
                                  "supervisor_workspace": True}), "utf-8")
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    monkeypatch.delenv(config.POLICY_ENV, raising=False)
    monkeypatch.setattr(config, "SYSTEM_POLICY", system)
    monkeypatch.setattr(paths, "install_dir", lambda: tmp_path / "install")
    return {"home": home, "data": policy_folder, "tmp": tmp_path}


def _fill(folder: Path, count: int) -> list[str]:
    journal = Journal.open(paths.DataPaths(folder), make_settings())
    uids = []
    for n in range(count):
        session = PracticeSession.uebung(make_scenario())
        journal.attach(session)
        session.answer("deuten", 0, f"Antwort {n}")
        uids.append(session.uid)
    journal.close()
    return uids


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_gui_and_commands_resolve_the_same_folder(places):
    """desktop.app.resolve_settings and the core resolution agree (one code path)."""
    gui_settings, gui_data = resolve_settings()
    cli_settings, cli_data = config.resolve_settings()
    assert gui_data == cli_data == paths.DataPaths(places["data"])
    assert gui_settings.values == cli_settings.values


def test_journal_stats_counts_the_entries_in_the_policy_folder(places, capsys):
    """`journal stats` counts the 5 entries in the policy's data_folder and creates no second
    journal in the default folder."""
    _fill(places["data"], 5)
    code, out, _ = run(capsys, "journal", "stats", "--json")
    assert code == 0 and json.loads(out)["sessions"] == 5
    assert not (places["home"] / "journal.sqlite3").exists()


def test_journal_backup_check_export_use_the_policy_folder(places, capsys, tmp_path):
    """backup writes the copy below the policy folder; check and export read the journal
    there; restore --liste lists that backup."""
    _fill(places["data"], 3)
    code, out, _ = run(capsys, "journal", "backup")
    assert code == 0 and str(places["data"] / "backups") in out
    code, out, _ = run(capsys, "journal", "check")
    assert code == 0 and f"Datenordner: {places['data']}" in out
    code, out, _ = run(capsys, "journal", "export", str(tmp_path / "export"))
    assert code == 0 and out.startswith("3 Sitzung(en)")
    code, out, _ = run(capsys, "journal", "restore", "--liste")
    assert code == 0 and "manuell" in out
    assert not (places["home"] / "journal.sqlite3").exists()


def test_supervision_and_feedback_import_use_the_policy_folder(places, capsys, tmp_path):
    """`supervision import` fills the workspace in the policy folder; `feedback import` files
    the comments beside the entries of the journal there."""
    build = practice_share("Kompass-17")
    share = tmp_path / build.file_name
    share.write_bytes(build.data)
    code, _, _ = run(capsys, "supervision", "import", str(share))
    assert code == 0
    with Workspace.open(paths.DataPaths(places["data"]).supervision_database) as ws:
        assert ws.count_entries() == 1
    assert not (places["home"] / "supervision.sqlite3").exists()

    journal = Journal.open(paths.DataPaths(places["data"]), make_settings())
    session = PracticeSession.uebung(make_scenario())
    journal.attach(session)
    session.answer("deuten", 0, "Er hat Angst um seine Arbeit.")
    journal.flush()
    sid = session.id
    shared(journal, [sid])
    journal.close()
    (places["home"]).mkdir(parents=True, exist_ok=True)
    (places["home"] / "settings.json").write_text(json.dumps({"pseudonym": "Kompass-17"}),
                                                 "utf-8")
    feedback = build_feedback("Kompass-17", "Supervision", [OutgoingComment(
        "c" * 32, entry_id(session.uid), None, "Gut beobachtet.", TODAY.isoformat())], TODAY)
    path = tmp_path / feedback.file_name
    path.write_bytes(feedback.data)
    code, out, _ = run(capsys, "feedback", "import", str(path))
    assert code == 0 and "1 Rückmeldung(en) übernommen" in out
    with Journal.open(paths.DataPaths(places["data"]), make_settings()) as journal:
        assert len(journal.feedback.for_session(sid)) == 1
    assert not (places["home"] / "journal.sqlite3").exists()
