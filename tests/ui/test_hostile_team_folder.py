"""A shared team folder with broken and hostile files: the app's real start path still loads
every good scenario and lists the bad files; nothing hangs.

The review's team folder emptied the whole library (a TOML bomb), hung the load for ever (a
FIFO named x.md) or read until memory ran out (a link to /dev/zero).
"""

from __future__ import annotations

import json
import os

import pytest

from tests.core.lint_fixtures import VALID_SCENARIO

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


@posix_only
def test_start_with_a_hostile_team_folder_loads_all_good_scenarios(qtbot, data_home, tmp_path):
    """Team folder (set in the user's settings) with a good scenario, a nested-array bomb, a
    5,000-digit integer, a FIFO and a /dev/zero link: started as the app starts (settings
    resolved, window shown, library loaded on the thread pool), the good team scenario and the
    bundled ones are there and each bad file is named with a finding."""
    from desktop.app import build_window, load_library_async, resolve_settings
    from desktop.core import paths
    from desktop.core.scenarios.library import load_library

    team = tmp_path / "team"
    team.mkdir()
    good = VALID_SCENARIO.replace('techniques = ["aktives-zuhoeren"]\n', "")
    (team / "gut.md").write_text(good, "utf-8")
    (team / "bombe.md").write_text(
        good.replace("format = 1\n", "format = 1\nx = " + "[" * 5000 + "]" * 5000 + "\n", 1),
        "utf-8")
    (team / "zahl.md").write_text(good.replace("format = 1\n", "format = 1\nx = " + "9" * 5000
                                               + "\n", 1), "utf-8")
    os.mkfifo(team / "pipe.md")
    (team / "null.md").symlink_to("/dev/zero")
    (data_home / "settings.json").write_text(json.dumps({"team_scenario_folder": str(team)}),
                                             "utf-8")
    settings, data = resolve_settings()
    ctx, window = build_window(settings, data)
    qtbot.addWidget(window)
    window.show()
    load_library_async(ctx)
    qtbot.waitUntil(lambda: ctx.library is not None, timeout=60_000)
    library = ctx.library
    bundled = load_library([paths.bundled_scenarios_dir()])
    assert set(library.scenarios) == set(bundled.scenarios) | {"testfall"}
    broken = {os.path.basename(p) for p in library.broken_files}
    assert broken == {"bombe.md", "zahl.md", "pipe.md", "null.md"}
    window.close()
