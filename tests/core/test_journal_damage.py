"""Damage and odd places, with real files: every case ends in a clear German message and the
original bytes still on disk (moved aside into damaged/, or left where they were)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.journal import (
    Journal,
    JournalDamaged,
    JournalNewerSchema,
    JournalNotWritable,
    NetworkFolderRefused,
)
from desktop.core.journal.places import inspect_header, network_reason, windows_network_reason
from desktop.core.practice import PracticeSession
from tests.core.scenario_factory import make_paths, make_scenario, make_settings

# Paths in a Linux mount table (/proc/self/mounts) are POSIX paths; Windows has no such table
# (its network check, GetDriveTypeW and UNC, is tested with windows_network_reason).
LINUX_MOUNTS = pytest.mark.skipif(sys.platform == "win32", reason="Linux mount table")

ROOT = Path(__file__).resolve().parents[2]


def _journal_with_data(paths, sessions: int = 30) -> list[str]:
    """A real journal with enough rows for several pages; returns the session uids."""
    journal = Journal.open(paths, make_settings())
    uids = []
    for n in range(sessions):
        session = PracticeSession.uebung(make_scenario())
        journal.attach(session)
        session.answer("deuten", 0, f"Antwort {n} " + "Text " * 100)
        uids.append(session.uid)
    journal.close()
    return uids


def _only_damaged_copy(paths) -> Path:
    copies = [p for p in paths.damaged.iterdir() if p.suffix == ".sqlite3"]
    assert len(copies) == 1
    return copies[0]


def test_garbage_bytes_are_moved_aside_and_a_new_journal_starts(paths):
    """A file that is not SQLite at all is renamed into damaged/, bytes intact; no backup."""
    paths.root.mkdir(parents=True)
    garbage = b"Das ist keine Datenbank.\n" * 200 + os.urandom(3000)
    paths.database.write_bytes(garbage)
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(paths, make_settings())
    message = str(caught.value)
    assert "keine SQLite-Datenbank" in message and "nicht gelöscht" in message
    assert "keine intakte Sicherung" in message and caught.value.backup is None
    assert caught.value.moved_to.read_bytes() == garbage
    assert _only_damaged_copy(paths) == caught.value.moved_to
    assert not paths.database.exists()
    fresh = Journal.open(paths, make_settings())
    assert fresh.count_sessions() == 0
    fresh.close()
    assert caught.value.moved_to.read_bytes() == garbage


def test_truncated_database_is_moved_aside_and_the_newest_backup_offered(paths):
    """A journal cut short (its header says more pages than the file has) is set aside; the
    newest intact backup is named, and restoring it brings the sessions back."""
    uids = _journal_with_data(paths)
    journal = Journal.open(paths, make_settings())
    backup = journal.backups.now()
    journal.close()
    original = paths.database.read_bytes()
    assert len(original) > 20 * 4096
    cut = original[: len(original) // 2 // 4096 * 4096]
    paths.database.write_bytes(cut)
    assert "abgeschnitten" in inspect_header(paths.database).problem
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(paths, make_settings())
    assert "abgeschnitten" in str(caught.value)
    assert caught.value.backup is not None and caught.value.backup.path == backup.path
    assert "Sicherung" in str(caught.value) and "wiederherstellen" in str(caught.value)
    assert caught.value.moved_to.read_bytes() == cut
    fresh = Journal.open(paths, make_settings())
    fresh.restore(caught.value.backup)
    assert {s.uid for s in fresh.list_sessions(limit=1000)} == set(uids)
    fresh.close()


def test_partial_last_page_counts_as_truncated(paths):
    """A file whose length is not a whole number of pages has lost its end."""
    _journal_with_data(paths, 3)
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[:-100])
    with pytest.raises(JournalDamaged, match="abgeschnitten"):
        Journal.open(paths, make_settings())
    assert _only_damaged_copy(paths).read_bytes() == data[:-100]


def test_corrupt_pages_inside_are_found_by_verify(paths):
    """Garbage in the middle of a valid-looking file is caught by the quick check (verify)."""
    _journal_with_data(paths)
    data = bytearray(paths.database.read_bytes())
    for page in range(3, len(data) // 4096 - 1, 2):
        data[page * 4096 + 8: page * 4096 + 4000] = os.urandom(3992)
    paths.database.write_bytes(bytes(data))
    assert inspect_header(paths.database).problem is None
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(paths, make_settings(), verify=True)
    assert "beschädigt" in str(caught.value)
    assert caught.value.moved_to.read_bytes() == bytes(data)


def test_foreign_sqlite_database_is_not_taken_for_a_journal(paths):
    """An SQLite file of another program is set aside, not migrated into a journal."""
    paths.root.mkdir(parents=True)
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE kunden (name TEXT)")
    conn.commit()
    conn.close()
    original = paths.database.read_bytes()
    with pytest.raises(JournalDamaged, match="kein Journal"):
        Journal.open(paths, make_settings())
    assert _only_damaged_copy(paths).read_bytes() == original


def test_database_from_a_newer_version_is_refused_untouched(paths):
    """A higher schema version (or an unknown migration) is refused; the file stays as is."""
    from desktop.core.journal import SCHEMA_VERSION

    _journal_with_data(paths, 2)
    conn = sqlite3.connect(paths.database)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('gespraechskompass-journal', 'm999_aus_der_zukunft', 'x')")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    original = paths.database.read_bytes()
    with pytest.raises(JournalNewerSchema) as caught:
        Journal.open(paths, make_settings())
    assert "neueren Version" in str(caught.value) and "unverändert" in str(caught.value)
    assert (caught.value.found, caught.value.known) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)
    assert paths.database.read_bytes() == original
    assert not paths.damaged.exists()


def test_unknown_migration_alone_means_newer(paths):
    """Even with the same user_version, a migration this app does not know means newer."""
    _journal_with_data(paths, 1)
    conn = sqlite3.connect(paths.database)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('gespraechskompass-journal', 'm002b_zweig', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(JournalNewerSchema):
        Journal.open(paths, make_settings())


def test_data_folder_that_is_a_file_is_not_writable(tmp_path):
    """Read-only folder, honestly simulated for root too: the data folder's path is taken by a
    regular file, so the kernel refuses to create anything there (chmod does not bind root).
    The message is German and the file is untouched."""
    blocker = tmp_path / "daten"
    blocker.write_bytes(b"kein Ordner")
    for root in (blocker, blocker / "unterordner"):
        with pytest.raises(JournalNotWritable) as caught:
            Journal.open(make_paths(root), make_settings())
        assert "nicht gespeichert werden" in str(caught.value)
    assert blocker.read_bytes() == b"kein Ordner"


def test_database_path_taken_by_a_folder_is_not_writable(paths):
    """If the database file's name is taken by a folder, SQLite cannot open it: explained."""
    paths.database.mkdir(parents=True)
    (paths.database / "inhalt.txt").write_text("bleibt")
    with pytest.raises(JournalNotWritable, match="nicht gespeichert werden"):
        Journal.open(paths, make_settings())
    assert (paths.database / "inhalt.txt").read_text() == "bleibt"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="as root, chmod does not stop writes; see the file-path tests")
def test_read_only_folder_with_chmod(paths):
    """For a normal user, a folder without write permission is refused with the message."""
    uids = _journal_with_data(paths, 1)
    original = paths.database.read_bytes()
    paths.root.chmod(0o555)
    paths.database.chmod(0o444)
    try:
        with pytest.raises(JournalNotWritable):
            Journal.open(paths, make_settings())
    finally:
        paths.root.chmod(0o755)
        paths.database.chmod(0o644)
    assert paths.database.read_bytes() == original and uids


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE on Linux")
def test_full_disk_keeps_changes_in_memory_until_they_can_be_written(tmp_path):
    """Full disk, made real in a child process (RLIMIT_FSIZE 0: every file write fails in the
    kernel): each change reports a German error, stays in memory, and is written by flush()
    once writing works again; afterwards everything is on disk."""
    folder = tmp_path / "daten"
    done = subprocess.run([sys.executable, "-m", "tests.core.journal_full_disk_child",
                           str(folder)], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(report["errors"]) == 2
    assert all(e.startswith("JournalNotWritable: ") and "bleiben erhalten" in e
               for e in report["errors"])
    assert report["unsaved_while_full"] == 1
    assert "nicht gespeichert werden" in report["flush_while_full"]
    assert report["flushed"] is True
    journal = Journal.open(make_paths(folder), make_settings())
    stored = journal.load(journal.list_sessions()[0].id)
    journal.close()
    assert stored["uid"] == report["uid"]
    assert [a["text"] for a in stored["answers"]] == [
        "vor dem Vollwerden", "geschrieben, während die Platte voll ist"]
    assert stored["instruments"]["takeaway"] == "auch das bleibt im Speicher"


MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fileserver/amt {net} cifs rw,relatime,vers=3.1.1 0 0
fileserver:/export {nfs} nfs4 rw 0 0
/dev/sdb1 {net}/lokal ext4 rw 0 0
//fileserver/mit\\040leer {spaced} smb3 rw 0 0
"""


@pytest.fixture
def mounts(tmp_path):
    """A faked mount table whose network mounts point into the test folder."""
    net, nfs, spaced = tmp_path / "netz", tmp_path / "nfs", tmp_path / "mit leer"
    for folder in (net, nfs, spaced):
        folder.mkdir()
    table = tmp_path / "mounts"
    table.write_text(MOUNTS.format(net=net, nfs=nfs,
                                   spaced=str(spaced).replace(" ", "\\040")))
    return table


@LINUX_MOUNTS
def test_network_folder_is_refused_by_the_mount_table(tmp_path, mounts):
    """cifs, nfs4 and smb3 mounts (also with an escaped space) are refused with an
    explanation; a local mount nested inside a network mount is fine."""
    for folder, fstype in ((tmp_path / "netz" / "daten", "cifs"), (tmp_path / "nfs", "nfs4"),
                           (tmp_path / "mit leer" / "gk", "smb3")):
        with pytest.raises(NetworkFolderRefused) as caught:
            Journal.open(make_paths(folder), make_settings(), mounts_file=mounts,
                         platform="linux")
        assert "Netzlaufwerk" in str(caught.value) and fstype in str(caught.value)
        assert "allow_network_data_folder" in str(caught.value)
        assert not (folder / "journal.sqlite3").exists()
    local = make_paths(tmp_path / "netz" / "lokal" / "daten")
    Journal.open(local, make_settings(), mounts_file=mounts, platform="linux").close()


@LINUX_MOUNTS
def test_network_folder_allowed_by_settings_and_existing_journal_untouched(tmp_path, mounts):
    """A refused network folder leaves an existing journal's bytes alone; the IT setting
    allow_network_data_folder lets it open."""
    paths = make_paths(tmp_path / "netz" / "daten")
    _journal_with_data(paths, 2)
    original = paths.database.read_bytes()
    with pytest.raises(NetworkFolderRefused):
        Journal.open(paths, make_settings(), mounts_file=mounts, platform="linux")
    assert paths.database.read_bytes() == original
    allowed = Journal.open(paths, make_settings(allow_network_data_folder=True),
                           mounts_file=mounts, platform="linux")
    assert allowed.count_sessions() == 2
    allowed.close()


def test_windows_unc_paths_and_mapped_drives():
    """UNC paths and mapped network drives (GetDriveType DRIVE_REMOTE) are network places."""
    assert "UNC" in windows_network_reason(r"\\fileserver\amt\gk")
    assert "UNC" in windows_network_reason("//fileserver/amt/gk")
    assert "UNC" in windows_network_reason(r"\\?\UNC\fileserver\amt\gk")
    assert windows_network_reason(r"\\?\C:\Users\me", drive_type=3) is None
    assert windows_network_reason(r"C:\Users\me\AppData\Local", drive_type=3) is None
    assert "Netzlaufwerk" in windows_network_reason(r"H:\Daten", drive_type=4)
    assert network_reason(Path(r"\\fileserver\amt\gk"), platform="win32") is not None
    with pytest.raises(NetworkFolderRefused, match="UNC"):
        Journal.open(make_paths(Path(r"\\fileserver\amt\gk")), make_settings(),
                     platform="win32")


def test_missing_mount_table_means_not_refused(tmp_path, paths):
    """Without a readable mount table nothing can be said; the journal opens."""
    Journal.open(paths, make_settings(), mounts_file=tmp_path / "fehlt",
                 platform="linux").close()


@pytest.mark.parametrize("seed", range(12))
def test_random_garbage_inside_never_escapes_as_a_python_error(paths, seed):
    """Whatever random bytes land inside the pages, open(verify=True) either opens the journal
    or raises JournalDamaged with the original bytes kept: never a raw Python exception."""
    import random

    _journal_with_data(paths)
    rng = random.Random(seed)
    data = bytearray(paths.database.read_bytes())
    for page in range(1, len(data) // 4096):
        if rng.random() < 0.5:
            start = page * 4096 + rng.randrange(0, 2000)
            data[start:start + 1500] = rng.randbytes(1500)
    paths.database.write_bytes(bytes(data))
    try:
        journal = Journal.open(paths, make_settings(), verify=True)
    except JournalDamaged as damaged:
        assert damaged.moved_to.read_bytes() == bytes(data)
    else:
        journal.close()


def test_short_file_with_a_wal_is_not_called_truncated(paths):
    """A checkpoint cut short by a crash can leave the main file shorter than its header says
    while the WAL still holds the pages: that is recoverable, not damage. Without a WAL the
    same file is truncated."""
    _journal_with_data(paths)
    full = paths.database.read_bytes()
    short = full[: len(full) - 4096]
    paths.database.write_bytes(short)
    wal = paths.database.with_name(paths.database.name + "-wal")
    wal.unlink(missing_ok=True)
    assert inspect_header(paths.database).problem is not None
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    assert inspect_header(paths.database).problem is None


def test_empty_file_from_an_interrupted_first_start_is_created_anew(tmp_path):
    """A first start killed right after SQLite created the file leaves it empty (seen in the
    SIGKILL test under load): nothing was ever stored, so the next start makes the journal
    instead of reporting damage and moving an empty file aside."""
    paths = make_paths(tmp_path / "daten")
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"")
    journal = Journal.open(paths, make_settings())
    session = PracticeSession.uebung(make_scenario())
    journal.attach(session)
    journal.close()
    assert not paths.damaged.exists() or not any(paths.damaged.iterdir())
    assert Journal.open(paths, make_settings()).list_sessions()


def test_emptied_journal_with_backups_is_still_reported_as_damage(tmp_path):
    """A journal that had entries (it has backups) and is found empty is damage: it is set
    aside and the message offers the newest intact backup, never a silent fresh start."""
    paths = make_paths(tmp_path / "daten")
    _journal_with_data(paths, sessions=3)
    from desktop.core.journal import backup as backups

    backups.make_backup(paths.database, backups.backup_folder(paths, make_settings()), "manuell")
    for leftover in (paths.database.with_name(paths.database.name + s) for s in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    paths.database.write_bytes(b"")
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(paths, make_settings())
    assert "Sicherung" in str(caught.value)
