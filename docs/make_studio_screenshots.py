"""Render the scenario studio offscreen into docs/screenshots/studio-*.png.

A bundled scenario is copied into a temporary team folder and one target is broken, so the
pictures show a finding in the margin and in the list, the preview and the test run.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))
SCENARIO = "beschimpfung-am-schalter.md"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="gk-studio-"))
    os.environ["GESPRAECHSKOMPASS_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop.app import build_window
    from desktop.core import config, paths
    from desktop.core.scenarios.library import load_library
    from desktop.ui.common import i18n
    from desktop.ui.common.tasks import wait_for_background
    from desktop.ui.studio.studio_play import TestRunDialog

    def settle() -> None:  # the linter and the preview run on the thread pool
        for _ in range(3):
            wait_for_background()
            for _ in range(5):
                app.processEvents()

    i18n.install(app, "de")
    team = home / "team"
    team.mkdir()
    source = paths.bundled_scenarios_dir() / SCENARIO
    text = source.read_text("utf-8")
    target = text.index("-> @", text.index("## Reagieren"))
    end = text.index("\n", target)
    broken = text[:end] + "x" + text[end:]
    (team / SCENARIO).write_text(broken, "utf-8")
    data = paths.DataPaths(home)
    settings = config.load(data.settings, policy={})
    settings.set("team_scenario_folder", str(team))
    settings.set("authoring", True)
    ctx, window = build_window(settings, data, None)
    window.resize(1280, 800)
    window.show()
    ctx.set_library(load_library([paths.bundled_scenarios_dir()]))
    page = window.show_page("studio")
    page.open_file(team / SCENARIO)
    page.editor.go_to_line(broken[:end].count("\n") + 1)
    OUT.mkdir(parents=True, exist_ok=True)
    settle()
    window.grab().save(str(OUT / "studio-befund.png"))
    shutil.copy(source, team / SCENARIO)
    page.open_file(team / SCENARIO)
    line = text[: text.index("### @", text.index("## Reagieren"))].count("\n") + 3
    page.editor.go_to_line(line)
    settle()
    window.grab().save(str(OUT / "studio-vorschau.png"))
    first_node = text.index("### @", text.index("## Reagieren"))
    lonely = (text[:first_node] + text[first_node:].replace(
        "## Verarbeiten", "### @vergessen Ein Knoten ohne Weg dorthin\n\n*Stille.*\n\n"
        "## Verarbeiten", 1))
    (team / SCENARIO).write_text(lonely, "utf-8")
    page.open_file(team / SCENARIO)
    settle()
    page.side.setCurrentWidget(page.map)
    settle()  # the map is built on the thread pool
    page.map.view.setFocus()
    page.map.view.select("vergessen")
    settle()
    window.grab().save(str(OUT / "studio-dialogkarte.png"))
    page.editor.document().setModified(False)
    shutil.copy(source, team / SCENARIO)
    page.open_file(team / SCENARIO)
    settle()
    dialog = TestRunDialog(page.last_valid, page.last_valid.dialogue.start, parent=page)
    dialog.show()
    settle()
    dialog.grab().save(str(OUT / "studio-testlauf.png"))
    dialog.close()
    window.close()
    print(f"Bilder in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
