"""`gespraechskompass journal check|backup|restore|export|stats`: German output, exit codes
0 / 1 / 2, never a traceback for an expected failure."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.cli import main
from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from tests.core.scenario_factory import make_paths, make_scenario, make_settings


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The data folder the commands use (GESPRAECHSKOMPASS_HOME), with no IT policy."""
    folder = tmp_path / "daten"
    monkeypatch.setenv("GESPRAECHSKOMPASS_HOME", str(folder))
    monkeypatch.setenv("GESPRAECHSKOMPASS_POLICY", str(tmp_path / "keine-policy.json"))
    return folder


def _fill(home, sessions: int = 2) -> None:
    journal = Journal.open(make_paths(home), make_settings())
    for n in range(sessions):
        session = PracticeSession.uebung(make_scenario())
        journal.attach(session)
        session.answer("deuten", 0, f"Antwort {n}")
    journal.close()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["journal", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_wrong_calls_exit_2(home, capsys):
    """No action, an unknown action or an unknown backup number are wrong calls: exit 2."""
    with pytest.raises(SystemExit) as caught:
        main(["journal"])
    assert caught.value.code == 2
    assert "Fehler" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["journal", "aufraeumen"])
    capsys.readouterr()
    _fill(home)
    code, _, err = run(capsys, "restore", "99")
    assert code == 2 and "keine Sicherung Nummer 99" in err
    code, _, err = run(capsys, "restore")
    assert code == 2 and "welche Sicherung" in err


def test_check_reports_ok_and_never_moves_a_damaged_file(home, capsys):
    """check: exit 0 when all is well; 1 for a damaged file, which it leaves where it is."""
    code, out, _ = run(capsys, "check")
    assert code == 0 and "noch kein Journal" in out
    _fill(home)
    code, out, _ = run(capsys, "check")
    assert code == 0 and "in Ordnung" in out
    database = make_paths(home).database
    database.write_bytes(b"kaputt" * 500)
    code, out, _ = run(capsys, "check")
    assert code == 1 and "keine SQLite-Datenbank" in out
    assert database.read_bytes() == b"kaputt" * 500


def test_backup_stats_and_export(home, tmp_path, capsys):
    """backup makes a checked copy, stats counts (also as JSON), export writes JSON and
    Markdown and refuses to overwrite an earlier export with exit 1."""
    _fill(home, 3)
    code, out, _ = run(capsys, "backup")
    assert code == 0 and "Sicherung angelegt und geprüft" in out
    code, out, _ = run(capsys, "stats")
    assert code == 0 and "Sitzungen: 3" in out and "Sicherungen: 1" in out
    code, out, _ = run(capsys, "stats", "--json")
    assert code == 0 and json.loads(out)["sessions"] == 3
    target = tmp_path / "export"
    code, out, _ = run(capsys, "export", str(target))
    assert code == 0 and "3 Sitzung(en) exportiert" in out
    assert len(list((target / "sitzungen").glob("*.md"))) == 3
    code, _, err = run(capsys, "export", str(target))
    assert code == 1 and "nicht überschrieben" in err


def test_restore_lists_and_restores(home, capsys):
    """restore --liste lists; restore NUMBER and --neueste bring a backup back."""
    _fill(home, 1)
    run(capsys, "backup")
    _fill(home, 2)
    code, out, _ = run(capsys, "restore", "--liste")
    assert code == 0 and "manuell" in out
    code, out, _ = run(capsys, "restore", "1")
    assert code == 0 and "Wiederhergestellt" in out and "vorherige Stand" in out
    code, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["sessions"] == 1


def test_restore_after_damage_and_newer_schema_refused(home, capsys):
    """A damaged journal is set aside by restore --neueste, which then restores the backup;
    a journal from a newer version makes every command fail with exit 1, explained."""
    _fill(home, 2)
    run(capsys, "backup")
    database = make_paths(home).database
    database.write_bytes(b"\x00" * 5000)
    code, out, err = run(capsys, "stats")
    assert code == 1 and "beschädigt" in err and "restore --neueste" in err
    code, out, err = run(capsys, "restore", "--neueste")
    assert code == 0, err
    code, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["sessions"] == 2

    conn = sqlite3.connect(database)
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    for action in ("stats", "backup", "export"):
        code, _, err = run(capsys, action)
        assert code == 1 and "neueren Version" in err
    code, out, _ = run(capsys, "check")
    assert code == 1 and "neueren Version" in out
