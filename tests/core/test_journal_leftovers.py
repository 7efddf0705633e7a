"""What a killed backup leaves behind is cleared at the next start and by `journal backup`, and
a command that only reads the journal does not claim it "cannot be saved".

The review found 15 full-size `.partial` copies (2.1 GB) after 20 kills during `journal backup`,
removed only by a rotation more than an hour later.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.journal import Journal
from desktop.core.journal import backup as backups
from desktop.core.practice import PracticeSession
from tests.core.scenario_factory import make_paths, make_scenario, make_settings

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and RLIMIT_FSIZE")


def _fill(home: Path) -> None:
    journal = Journal.open(make_paths(home), make_settings())
    session = PracticeSession.uebung(make_scenario())
    journal.attach(session)
    session.answer("deuten", 0, "Eine Antwort")
    journal.close()


def _killed_backup(folder: Path) -> Path:
    """A real process that takes the backup lock, writes a partial copy as make_backup does,
    and is killed with SIGKILL in the middle; returns the partial it left."""
    code = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from desktop.core.journal import backup
        folder = Path({str(folder)!r})
        folder.mkdir(parents=True, exist_ok=True)
        with backup.backup_lock(folder) as held:
            assert held
            partial = folder / "journal-2026-12-06_020000-manuell.sqlite3.partial"
            partial.write_bytes(b"SQLite format 3\\x00" + bytes(200_000))
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60,
                          capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    [partial] = folder.glob(backups.PARTIAL_GLOB)
    return partial


@posix_only
def test_next_start_removes_what_a_killed_backup_left(tmp_path):
    """After a backup process was killed, the start-of-day auto_backup removes its partial
    copy at once, even when nothing changed and no new backup is taken."""
    home = tmp_path / "daten"
    _fill(home)
    journal = Journal.open(make_paths(home), make_settings())
    journal.backups.auto()  # the first backup: afterwards nothing has changed
    partial = _killed_backup(journal.backups.folder())
    assert journal.backups.auto() is None  # nothing new to back up …
    assert not partial.exists()  # … but the leftover is gone
    journal.close()


@posix_only
def test_journal_backup_command_removes_leftovers(tmp_path, monkeypatch, capsys):
    """`journal backup` clears the leftovers of killed backups before it writes its own."""
    home = tmp_path / "daten"
    monkeypatch.setenv("GESPRAECHSKOMPASS_HOME", str(home))
    monkeypatch.setenv("GESPRAECHSKOMPASS_POLICY", str(tmp_path / "keine.json"))
    _fill(home)
    partial = _killed_backup(home / "backups")
    assert main(["journal", "backup"]) == 0
    assert not partial.exists()
    assert len(backups.list_backups(home / "backups")) == 1
    capsys.readouterr()


def test_a_running_backup_keeps_its_partial(tmp_path):
    """While a backup holds the lock (here: this test), its partial copy is not touched."""
    folder = tmp_path / "sicherungen"
    folder.mkdir()
    partial = folder / "journal-2026-12-06_020000-auto.sqlite3.partial"
    partial.write_bytes(b"in Arbeit")
    code = textwrap.dedent(f"""
        from pathlib import Path
        from desktop.core.journal import backup
        print(len(backup.remove_stale_partials(Path({str(folder)!r}))))
    """)
    with backups.backup_lock(folder) as held:
        assert held
        other = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60,
                               capture_output=True, text=True)
    assert other.stdout.strip() == "0", other.stderr
    assert partial.exists()


def _no_writes() -> None:
    import resource  # POSIX only: imported here so that the module loads on Windows too

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


@posix_only
def test_stats_on_a_full_disk_says_it_cannot_open_not_save(tmp_path):
    """`journal stats` only reads: on a full disk (every file write refused by the kernel) it
    explains that the journal cannot be opened and nothing changed, not that it "cannot be
    saved" with the GUI's promise about unsaved input."""
    home = tmp_path / "daten"
    _fill(home)
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home),
               GESPRAECHSKOMPASS_POLICY=str(tmp_path / "keine.json"))
    proc = subprocess.run([sys.executable, "-m", "desktop", "journal", "stats"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60,
                          preexec_fn=_no_writes)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "kann nicht geöffnet werden" in proc.stderr
    assert "nichts verändert" in proc.stderr
    assert "nicht gespeichert werden" not in proc.stderr
    assert "Eingaben bleiben erhalten" not in proc.stderr
