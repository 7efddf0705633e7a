"""Saving scenario files from the studio: team folder only, atomic, previous version kept, and a
foreign change on disk is never overwritten silently."""

from __future__ import annotations

import os

import pytest

from desktop.core.scenarios import authoring
from desktop.core.scenarios.authoring import ChangedOnDisk, SaveRefused
from tests.core.lint_fixtures import VALID_SCENARIO


@pytest.fixture
def team(tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    return folder


def test_save_and_reopen_byte_for_byte_keeps_crlf_and_bom(team):
    """A CRLF file with a BOM opens as plain text and, saved unchanged, is the same bytes."""
    path = team / "fall.md"
    data = b"\xef\xbb\xbf" + VALID_SCENARIO.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(data)
    text, opened = authoring.open_document(path)
    assert "\r" not in text and opened.newline == "\r\n" and opened.bom
    authoring.save_document(text, opened, team)
    assert path.read_bytes() == data
    edited = text.replace("Ein Testfall", "Ein geänderter Testfall")
    after = authoring.save_document(edited, opened, team)
    assert path.read_bytes() == b"\xef\xbb\xbf" + edited.replace("\n", "\r\n").encode("utf-8")
    assert authoring.open_document(path)[0] == edited
    assert after.digest == authoring.digest(path.read_bytes())


def test_previous_version_is_kept(team):
    """Each save that changes the file keeps the bytes it replaced in _vorversionen/."""
    path = team / "fall.md"
    path.write_text(VALID_SCENARIO, "utf-8")
    text, opened = authoring.open_document(path)
    opened = authoring.save_document(text + "\n", opened, team)
    kept = list((team / "_vorversionen").glob("fall.*.md"))
    assert [p.read_text("utf-8") for p in kept] == [VALID_SCENARIO]
    assert not [p for p in team.iterdir() if p.name.endswith(".tmp")]


def test_changed_on_disk_is_not_overwritten(team):
    """A colleague saves the same file meanwhile: saving raises ChangedOnDisk with their text
    and leaves their file untouched; only an explicit force writes ours (theirs is kept)."""
    path = team / "fall.md"
    path.write_text(VALID_SCENARIO, "utf-8")
    text, opened = authoring.open_document(path)
    theirs = VALID_SCENARIO.replace("Ein Testfall", "Fassung der Kollegin")
    path.write_text(theirs, "utf-8")
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size class, same second
    with pytest.raises(ChangedOnDisk) as caught:
        authoring.save_document(text.replace("Ein Testfall", "Meine Fassung"), opened, team)
    assert caught.value.theirs == theirs
    assert path.read_text("utf-8") == theirs
    authoring.save_document(text.replace("Ein Testfall", "Meine Fassung"), opened, team,
                            force=True)
    assert "Meine Fassung" in path.read_text("utf-8")
    kept = [p.read_text("utf-8") for p in (team / "_vorversionen").glob("fall.*.md")]
    assert theirs in kept


def test_deleted_on_disk_is_reported(team):
    """A file removed by someone else since opening is reported, not silently recreated."""
    path = team / "fall.md"
    path.write_text(VALID_SCENARIO, "utf-8")
    text, opened = authoring.open_document(path)
    path.unlink()
    with pytest.raises(ChangedOnDisk, match="gelöscht"):
        authoring.save_document(text, opened, team)
    assert not path.exists()


def test_new_file_must_not_exist_yet(team):
    """Saving a new document under a name another file took meanwhile is a conflict."""
    path = team / "neu.md"
    opened = authoring.new_document(path)
    path.write_text("fremd", "utf-8")
    with pytest.raises(ChangedOnDisk):
        authoring.save_document(VALID_SCENARIO, opened, team)
    assert path.read_text("utf-8") == "fremd"


@pytest.mark.parametrize("where", ["outside", "bundled", "escape", "no-team", "not-md"])
def test_only_the_team_folder_is_written(tmp_path, team, where):
    """Bundled scenarios, other folders, a path escaping by `..`, a missing team folder and a
    non-document name are refused in German before anything is written."""
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    target = {"outside": tmp_path / "x.md", "bundled": bundled / "x.md",
              "escape": team / ".." / "x.md", "no-team": team / "x.md",
              "not-md": team / "x.txt"}[where]
    with pytest.raises(SaveRefused):
        authoring.save_document(VALID_SCENARIO, authoring.new_document(target),
                                None if where == "no-team" else team, bundled)
    assert not target.exists()


def test_read_only_folder_keeps_file(team):
    """A folder that cannot be written: German message, the old file unchanged."""
    if os.name == "nt" or os.geteuid() == 0:
        pytest.skip("root ignores permissions; Windows ignores a folder's mode bits")
    path = team / "fall.md"
    path.write_text(VALID_SCENARIO, "utf-8")
    text, opened = authoring.open_document(path)
    os.chmod(team, 0o500)
    try:
        with pytest.raises(SaveRefused, match="kann nicht gespeichert werden"):
            authoring.save_document(text + "x", opened, team)
    finally:
        os.chmod(team, 0o700)
    assert path.read_text("utf-8") == VALID_SCENARIO
