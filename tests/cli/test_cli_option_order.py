"""The pinned Auswahl heading on the command line: `lint` accepts it, `show --json` says
"fixed_order" for every Auswahl (scenario-format.md §3.1, §4)."""

from __future__ import annotations

import json

from tests.cli.test_cli_scenarios import run
from tests.core.lint_fixtures import VALID_SCENARIO, line_of


def test_show_json_reports_fixed_order(tmp_path):
    """A pinned Auswahl lints without error and shows "fixed_order": true; an ordinary one
    false."""
    pinned = VALID_SCENARIO.replace("### Auswahl: Was hören Sie?",
                                    "### Auswahl (Reihenfolge fest): Was hören Sie?")
    (tmp_path / "fest.md").write_text(pinned, "utf-8")
    (tmp_path / "frei.md").write_text(VALID_SCENARIO, "utf-8")
    lint = run("lint", "fest.md", home=tmp_path / "home", cwd=tmp_path)
    assert lint.returncode == 0 and ": error:" not in lint.stdout
    fest = json.loads(run("show", "fest.md", "--json", home=tmp_path / "home",
                          cwd=tmp_path).stdout)
    frei = json.loads(run("show", "frei.md", "--json", home=tmp_path / "home",
                          cwd=tmp_path).stdout)
    assert fest["stages"][0]["choices"][0] == {**frei["stages"][0]["choices"][0],
                                               "fixed_order": True}
    assert frei["stages"][0]["choices"][0]["fixed_order"] is False
    assert fest["stages"][0]["choices"][0]["question"] == "Was hören Sie?"


def test_lint_names_an_unknown_note(tmp_path):
    """`### Auswahl (egal): …` is an error at the heading's line, exit 1, German message."""
    broken = VALID_SCENARIO.replace("### Auswahl: Was hören Sie?",
                                    "### Auswahl (egal): Was hören Sie?")
    (tmp_path / "kaputt.md").write_text(broken, "utf-8")
    proc = run("lint", "kaputt.md", home=tmp_path / "home", cwd=tmp_path)
    assert proc.returncode == 1
    line = line_of(broken, "### Auswahl (egal)")
    assert f"kaputt.md:{line}: error: Unbekannter Zusatz „(egal)“" in proc.stdout
