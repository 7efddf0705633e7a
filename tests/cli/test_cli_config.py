"""`gespraechskompass config` and `remove-user-data`: what IT runs to check a rollout and to
remove the app's data; German output, exit codes 0 / 1, never a traceback."""

from __future__ import annotations

import json
import sys

import pytest

from desktop.cli import main
from desktop.core import config
from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from tests.core.scenario_factory import make_paths, make_settings


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The data folder (GESPRAECHSKOMPASS_HOME) and an IT policy file the test may fill."""
    folder = tmp_path / "daten"
    monkeypatch.setenv("GESPRAECHSKOMPASS_HOME", str(folder))
    monkeypatch.setenv("GESPRAECHSKOMPASS_POLICY", str(tmp_path / "policy.json"))
    monkeypatch.setattr(config, "SYSTEM_POLICY", tmp_path / "keine-system-policy.json")
    return folder


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


def test_config_names_each_value_and_where_it_came_from(home, tmp_path, capsys):
    """A default, a user setting and a policy value each show their source; the policy one is
    locked and wins over the user's."""
    home.mkdir()
    (home / "settings.json").write_text(json.dumps({"font_size": 14, "language": "en"}))
    (tmp_path / "policy.json").write_text(json.dumps({"language": "de",
                                                      "retention_days": 30}))
    code, out = run(capsys, "config", "--json")
    found = json.loads(out)["settings"]
    assert code == 0
    assert found["font_size"] == {"value": 14, "source": "user", "locked": False, "default": 0}
    assert found["language"]["value"] == "de" and found["language"]["source"] == "policy"
    assert found["language"]["locked"] and found["retention_days"]["value"] == 30
    assert found["theme"]["source"] == "default"
    code, out = run(capsys, "config")
    assert code == 0
    assert "IT-Richtlinie (gesperrt)" in out and "Benutzereinstellung" in out
    assert f"Datenordner: {home}" in out


def test_config_reports_a_bad_policy_value_and_exits_1(home, tmp_path, capsys):
    """A policy value of the wrong type is reported in German (exit 1); the rest applies."""
    (tmp_path / "policy.json").write_text(json.dumps({"font_size": "gross",
                                                      "theme": "high-contrast"}))
    code, out = run(capsys, "config")
    assert code == 1
    assert "PROBLEM" in out and "font_size" in out
    assert '"high-contrast"  [IT-Richtlinie (gesperrt)]' in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux mount table")
def test_config_shows_the_journals_refusal_of_a_network_folder(home, tmp_path, capsys,
                                                                 monkeypatch):
    """A data folder on a network file system: the journal's own German refusal, nothing
    created there."""
    from desktop.core.journal import places

    share = tmp_path / "netz"
    mounts = tmp_path / "mounts"
    mounts.write_text(f"//server/freigabe {share} cifs rw 0 0\n")
    monkeypatch.setattr(places, "MOUNTS_FILE", mounts)
    (tmp_path / "policy.json").write_text(json.dumps({"data_folder": str(share / "gk")}))
    code, out = run(capsys, "config")
    assert code == 1
    assert "FEHLER" in out and "Netzlaufwerk" in out and "allow_network_data_folder" in out
    assert not (share / "gk").exists()


def _journal(folder, entries: int) -> None:
    journal = Journal.open(make_paths(folder), make_settings())
    for n in range(entries):
        journal.save(PracticeSession.eigener_fall(f"Fall {n}"))
    journal.close()


def test_remove_user_data_deletes_the_users_folder_and_says_so(home, capsys):
    """Journal, backups and settings go; a second run finds nothing and still exits 0."""
    _journal(home, 2)
    (home / "settings.json").write_text("{}")
    code, out = run(capsys, "remove-user-data")
    assert code == 0 and "entfernt" in out and str(home) in out
    assert not home.exists()
    code, out = run(capsys, "remove-user-data")
    assert code == 0 and "Keine Daten" in out


def test_remove_user_data_also_takes_a_policy_data_folder_but_only_with_a_journal(
        home, tmp_path, capsys):
    """--all-profiles removes a folder IT set by policy when it holds a journal, and leaves a
    policy folder without one (a wrong setting must not delete someone's files)."""
    moved = tmp_path / "verschoben"
    _journal(moved, 1)
    other = tmp_path / "fremd"
    other.mkdir()
    (other / "wichtig.txt").write_text("bleibt")
    (tmp_path / "policy.json").write_text(json.dumps({"data_folder": str(moved),
                                                      "backup_folder": str(other)}))
    _journal(home, 1)
    code, out = run(capsys, "remove-user-data", "--all-profiles")
    assert code == 0
    assert not moved.exists() and not home.exists()
    assert (other / "wichtig.txt").read_text() == "bleibt"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo terminal")
def test_remove_user_data_in_a_terminal_asks_first(tmp_path):
    """Run by hand in a terminal, nothing is deleted without a "j"."""
    import os
    import pty

    home = tmp_path / "daten"
    _journal(home, 1)
    env = {"GESPRAECHSKOMPASS_HOME": str(home), "PATH": "/usr/bin:/bin",
           "GESPRAECHSKOMPASS_POLICY": str(tmp_path / "keine.json")}
    pid, fd = pty.fork()
    if pid == 0:  # the child: its stdin is the pseudo terminal
        os.execve(sys.executable, [sys.executable, "-m", "desktop", "remove-user-data"], env)
    output = b""
    while b"[j/N]" not in output:
        output += os.read(fd, 1024)
    os.write(fd, b"n\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 1
    assert "Nichts gelöscht" in output.decode("utf-8", "replace")
    assert (home / "journal.sqlite3").exists()
