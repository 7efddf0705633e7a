"""Hostile and broken files in a scenario folder: each becomes a finding for that file, and the
rest of the library still loads (the team folder is shared, so one file must never empty it).

The hostile inputs are real files: generated TOML bombs, a real FIFO, a real symlink to
/dev/zero (never read unbounded: the loader must refuse it before reading), and a header with
tens of thousands of keys. Each test runs in a child process with a hard time limit, so a hang
or an unbounded read fails the test instead of stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.core.lint_fixtures import VALID_SCENARIO

ROOT = Path(__file__).resolve().parents[2]
LIMIT_S = 60  # far above the few seconds a good loader needs on a busy machine

# Without a technique reference: the folders here hold no technique cards.
GOOD = VALID_SCENARIO.replace('techniques = ["aktives-zuhoeren"]\n', "")
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
symlinks = pytest.mark.skipif(sys.platform == "win32",
                              reason="creating symlinks needs a privilege on Windows")


def _header_with(extra: str) -> str:
    """The valid scenario with `extra` lines added to the top level of its TOML header."""
    assert GOOD.startswith("+++\nformat = 1\n")
    return GOOD.replace("format = 1\n", f"format = 1\n{extra}\n", 1)


def _good(folder: Path) -> None:
    (folder / "gut.md").write_text(GOOD, "utf-8")


def _load_in_child(folder: Path, data_home: Path) -> dict:
    """Load the library (through the cache, as the app does) in a child process with a 3 GB
    memory cap and a time limit; returns what it loaded."""
    code = textwrap.dedent(f"""
        import json, sys
        from pathlib import Path
        try:  # the cap is POSIX's; on Windows the time limit alone guards the run
            import resource
            cap = 3 * 1024 ** 3
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        except ImportError:
            pass
        from desktop.core.scenarios.library import ParseCache, load_library
        lib = load_library([Path({str(folder)!r})],
                           ParseCache(Path({str(data_home)!r}) / "cache" / "scenarios.cache"))
        json.dump({{"scenarios": sorted(lib.scenarios), "broken": lib.broken_files,
                   "findings": [str(f) for f in lib.findings]}}, sys.stdout)
    """)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=LIMIT_S)
    assert proc.returncode == 0, proc.stderr[-2000:]
    import json

    return json.loads(proc.stdout)


def _assert_only_bad_is_broken(result: dict, bad: str, words: str) -> None:
    assert result["scenarios"] == ["testfall"], result
    assert [Path(b).name for b in result["broken"]] == [bad], result
    assert any(words in f for f in result["findings"]), result["findings"]


@pytest.mark.parametrize(("name", "extra", "words"), [
    ("nested-arrays", "bombe = " + "[" * 5000 + "]" * 5000, "verschachtelt"),
    ("nested-tables", "bombe = " + "{a = " * 3000 + "1" + "}" * 3000, "verschachtelt"),
    ("huge-integer", "bombe = " + "9" * 5000, "Zahl"),
])
def test_toml_bomb_is_a_finding_for_its_file_only(tmp_path, name, extra, words):
    """A header with 5,000 nested arrays, 3,000 nested inline tables or a 5,000-digit integer
    is reported for that file; the good file beside it still loads."""
    folder = tmp_path / "team"
    folder.mkdir()
    _good(folder)
    (folder / f"{name}.md").write_text(_header_with(extra), "utf-8")
    _assert_only_bad_is_broken(_load_in_child(folder, tmp_path / "home"), f"{name}.md", words)


@posix_only
def test_fifo_named_md_is_refused_without_hanging(tmp_path):
    """A FIFO named x.md (nobody ever writes to it) is reported, not read for ever."""
    folder = tmp_path / "team"
    folder.mkdir()
    _good(folder)
    os.mkfifo(folder / "x.md")
    _assert_only_bad_is_broken(_load_in_child(folder, tmp_path / "home"), "x.md",
                               "keine gewöhnliche Datei")


@posix_only
def test_link_to_dev_zero_is_refused_before_reading(tmp_path):
    """A x.md symlink to /dev/zero is refused (it points outside the folder and is a device);
    under a 3 GB memory cap an unbounded read would end in MemoryError."""
    folder = tmp_path / "team"
    folder.mkdir()
    _good(folder)
    (folder / "x.md").symlink_to("/dev/zero")
    _assert_only_bad_is_broken(_load_in_child(folder, tmp_path / "home"), "x.md",
                               "außerhalb")


@symlinks
def test_link_to_a_file_outside_the_folder_is_refused(tmp_path):
    """A link that leads out of the scenario folder is not followed: the folder's owner did not
    write what it points to."""
    folder = tmp_path / "team"
    folder.mkdir()
    _good(folder)
    outside = tmp_path / "anderswo.md"
    outside.write_text(GOOD.replace('id = "testfall"', 'id = "fremd"'), "utf-8")
    (folder / "fremd.md").symlink_to(outside)
    _assert_only_bad_is_broken(_load_in_child(folder, tmp_path / "home"), "fremd.md",
                               "außerhalb")


@symlinks
def test_link_inside_the_folder_still_loads(tmp_path):
    """A link to another file inside the same folder is fine (trainers use them for variants)."""
    folder = tmp_path / "team"
    (folder / "varianten").mkdir(parents=True)
    source = folder / "varianten" / "quelle.txt"
    source.write_text(GOOD, "utf-8")
    (folder / "gut.md").symlink_to(source)
    result = _load_in_child(folder, tmp_path / "home")
    assert result["scenarios"] == ["testfall"] and result["broken"] == []


def test_header_with_many_unknown_keys_is_linear(tmp_path):
    """20,000 unknown header keys (278 kB) took 64 s with a line search per key; now the file
    is reported within the time limit (a few seconds at most) and the other file loads."""
    folder = tmp_path / "team"
    folder.mkdir()
    _good(folder)
    keys = "\n".join(f"unbekannt{i} = {i}" for i in range(20_000))
    (folder / "viele.md").write_text(_header_with(keys), "utf-8")
    result = _load_in_child(folder, tmp_path / "home")
    assert result["scenarios"] == ["testfall"]  # the same id twice: the second is refused
    assert any("Unbekannter Schlüssel" in f for f in result["findings"])


def test_file_larger_than_the_limit_is_refused_before_reading(tmp_path):
    """A sparse 3 GB file (no disk space used) is refused by its size, never read."""
    folder = tmp_path / "team"
    folder.mkdir()
    _good(folder)
    with (folder / "riesig.md").open("wb") as handle:
        handle.truncate(3 * 1024 ** 3)
    _assert_only_bad_is_broken(_load_in_child(folder, tmp_path / "home"), "riesig.md",
                               "größer als 2 MB")


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=LIMIT_S)


def test_lint_and_show_never_print_a_traceback_for_a_bomb(tmp_path):
    """`lint` reports the bomb as a finding (exit 1) and `show` explains it, both without a
    Python traceback."""
    folder = tmp_path / "team"
    folder.mkdir()
    _good(folder)
    bomb = folder / "bombe.md"
    bomb.write_text(_header_with("bombe = " + "[" * 5000 + "]" * 5000), "utf-8")
    lint = _cli("lint", str(folder), home=tmp_path / "home")
    assert lint.returncode == 1
    assert "Traceback" not in lint.stderr + lint.stdout
    assert "bombe.md" in lint.stdout and "verschachtelt" in lint.stdout
    show = _cli("show", str(bomb), home=tmp_path / "home")
    assert show.returncode == 1
    assert "Traceback" not in show.stderr + show.stdout
    assert "verschachtelt" in show.stderr
