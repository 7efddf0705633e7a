"""`lint`, `show --json` and `--version` as the command line contract says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.lint_fixtures import VALID_CARD, VALID_SCENARIO, line_of

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "data" / "unterlagen-fehlen.md"


def run(*args: str, home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, cwd=cwd or ROOT, timeout=120)


def test_version(tmp_path):
    """--version prints the name and version, exit 0."""
    proc = run("--version", home=tmp_path)
    assert proc.returncode == 0 and "Gesprächskompass" in proc.stdout


def test_lint_example_exits_zero_with_warnings(tmp_path):
    """The format page's example lints with exit 0 and PATH:LINE: warning: lines."""
    proc = run("lint", str(EXAMPLE), home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines and all(f"{EXAMPLE}:" in ln and ": warning: " in ln for ln in lines)


def test_lint_folder_with_error_exits_one_and_names_the_line(tmp_path):
    """A folder with one broken file: exit 1, the error line names file and line, the valid
    file is still checked, and no traceback is printed."""
    lib = tmp_path / "lib"
    (lib / "techniken").mkdir(parents=True)
    (lib / "gut.md").write_text(VALID_SCENARIO, "utf-8")
    (lib / "techniken" / "aktives-zuhoeren.md").write_text(VALID_CARD, "utf-8")
    (lib / "schlecht.md").write_text(VALID_SCENARIO.replace('id = "testfall"', 'id = "x"')
                                     .replace("- [x] Sorge", "- [ ] Sorge"), "utf-8")
    proc = run("lint", "lib", home=tmp_path / "home", cwd=tmp_path)
    assert proc.returncode == 1
    line = line_of(VALID_SCENARIO, "### Auswahl")
    # The path as the platform writes it (lib\\schlecht.md on Windows), as an editor expects.
    assert proc.stdout.strip() == (f"{Path('lib', 'schlecht.md')}:{line}: error: Auswahl hat "
                                   "keine empfohlene "
                                   "Option ([x]). Markieren Sie mindestens eine Option mit "
                                   "„- [x]“.")
    assert "Traceback" not in proc.stderr


def test_lint_missing_path_exits_two(tmp_path):
    """A path that does not exist is a wrong call: exit 2, German message, no traceback."""
    proc = run("lint", str(tmp_path / "gibt-es-nicht"), home=tmp_path)
    assert proc.returncode == 2
    assert "nicht gefunden" in proc.stderr and "Traceback" not in proc.stderr


def test_show_json_matches_the_format_page(tmp_path):
    """show --json gives the documented keys and nesting."""
    proc = run("show", str(EXAMPLE), "--json", home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["kind"] == "szenario" and data["id"] == "unterlagen-fehlen"
    # The contract's order (scenario-format.md §4): tools may diff the output byte by byte.
    assert list(data) == ["kind", "id", "format", "title", "summary", "minutes", "level",
                          "setting", "topics", "techniques", "language", "content_note",
                          "rechtsstand", "people", "situation", "stages", "sources"]
    assert [s["key"] for s in data["stages"]] == ["deuten", "beeinflussen", "reagieren",
                                                   "verarbeiten"]
    reagieren = data["stages"][2]
    assert reagieren["start"] == "start"
    node = reagieren["nodes"][0]
    assert set(node) == {"id", "title", "line", "lines", "thought", "ending", "choices"}
    assert node["lines"][0]["speaker"] == "kunde"
    assert node["choices"][0] == {"rating": "hilfreich", "text": node["choices"][0]["text"],
                                  "target": "erleichtert",
                                  "feedback": "Sie nehmen die größte Sorge zuerst weg."}
    assert data["sources"] is None and data["content_note"] is None


def test_show_broken_file_exits_one(tmp_path):
    """A broken document: its findings on stderr, exit 1."""
    bad = tmp_path / "bad.md"
    bad.write_text("kein Kopf", "utf-8")
    proc = run("show", str(bad), "--json", home=tmp_path)
    assert proc.returncode == 1 and "+++" in proc.stderr


def test_wrong_call_exits_two(tmp_path):
    """An unknown subcommand or option: exit 2 without a traceback."""
    proc = run("gibtsnicht", home=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
