"""`pack export` / `pack import` as the command line contract says: exit 0, 1, 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.core.lint_fixtures import VALID_SCENARIO
from tests.core.test_scenario_packs import make_library, snapshot, with_entry

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home))
    env.pop("GESPRAECHSKOMPASS_POLICY", None)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def home_with_team(tmp_path: Path, team: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text(json.dumps({"team_scenario_folder": str(team)}),
                                        "utf-8")
    return home


def test_export_then_import_round_trip(tmp_path):
    """Export from the configured team folder, import into another folder with --into: exit 0
    both times, the files arrive byte for byte and the summary names them."""
    source = make_library(tmp_path / "quelle")
    home = home_with_team(tmp_path, source)
    out = tmp_path / "paket.zip"
    proc = run("pack", "export", str(out), "testfall", "--autor", "Team Nord", home=home)
    assert proc.returncode == 0, proc.stderr
    assert "szenarien/testfall.md" in zipfile.ZipFile(out).namelist()
    into = tmp_path / "anderes-team"
    proc = run("pack", "import", str(out), "--into", str(into), home=tmp_path / "leer")
    assert proc.returncode == 0, proc.stderr
    assert (into / "testfall.md").read_text("utf-8") == VALID_SCENARIO
    assert "Szenario testfall „Ein Testfall“: neu" in proc.stdout


def test_hostile_import_exit_one_nothing_written(tmp_path):
    """A zip-slip pack: exit 1, the German reason, no traceback, no file anywhere."""
    source = make_library(tmp_path / "quelle")
    out = tmp_path / "paket.zip"
    assert run("pack", "export", str(out), "testfall",
               home=home_with_team(tmp_path, source)).returncode == 0
    out.write_bytes(with_entry(out.read_bytes(), "../../boese.md"))
    into = tmp_path / "ziel"
    into.mkdir()
    before = snapshot(tmp_path)
    proc = run("pack", "import", str(out), "--into", str(into), home=tmp_path / "home")
    assert proc.returncode == 1
    assert "unzulässigen Pfad" in proc.stderr and "nichts wurde geschrieben" in proc.stderr
    assert "Traceback" not in proc.stderr
    after = snapshot(tmp_path)
    after.pop("home/scenario-cache.json", None)
    assert {k: v for k, v in after.items() if not k.startswith("home/")} == \
        {k: v for k, v in before.items() if not k.startswith("home/")}


def test_wrong_calls_exit_two(tmp_path):
    """No such pack, no team folder and no --into, no ids: exit 2 with a German message."""
    proc = run("pack", "import", str(tmp_path / "fehlt.zip"), home=tmp_path)
    assert proc.returncode == 2 and "nicht gefunden" in proc.stderr
    pack = tmp_path / "p.zip"
    pack.write_bytes(b"PK")
    proc = run("pack", "import", str(pack), home=tmp_path)
    assert proc.returncode == 2 and "Team-Ordner" in proc.stderr
    proc = run("pack", "export", str(pack), home=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_export_unknown_id_exit_one(tmp_path):
    """An id the library does not have: exit 1, German message, no pack file."""
    proc = run("pack", "export", str(tmp_path / "p.zip"), "gibt-es-nicht", home=tmp_path)
    assert proc.returncode == 1 and "gibt es nicht" in proc.stderr
    assert not (tmp_path / "p.zip").exists()
