"""Render the scenario studio offscreen into docs/screenshots/studio-*.png.

A bundled scenario is copied into a temporary team folder and one target is broken, so the
pictures show a finding in the margin and in the list, the preview and the test run.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from screens import ROOT, start  # first: Qt offscreen, the project on the path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
SCENARIO = "beschimpfung-am-schalter.md"


def main() -> int:
    from desktop.core import paths
    from desktop.ui.studio.studio_play import TestRunDialog

    screens = start("gk-studio-", journal=False)
    home = screens.home
    team = home / "team"
    team.mkdir()
    source = paths.bundled_scenarios_dir() / SCENARIO
    text = source.read_text("utf-8")
    target = text.index("-> @", text.index("## Reagieren"))
    end = text.index("\n", target)
    broken = text[:end] + "x" + text[end:]
    (team / SCENARIO).write_text(broken, "utf-8")
    screens.settings.set("team_scenario_folder", str(team))
    screens.settings.set("authoring", True)
    ctx, window = screens.show_window()
    page = window.show_page("studio")
    page.open_file(team / SCENARIO)
    page.editor.go_to_line(broken[:end].count("\n") + 1)
    screens.grab(window, OUT / "studio-befund.png")
    shutil.copy(source, team / SCENARIO)
    page.open_file(team / SCENARIO)
    line = text[: text.index("### @", text.index("## Reagieren"))].count("\n") + 3
    page.editor.go_to_line(line)
    screens.grab(window, OUT / "studio-vorschau.png")
    first_node = text.index("### @", text.index("## Reagieren"))
    lonely = (text[:first_node] + text[first_node:].replace(
        "## Verarbeiten", "### @vergessen Ein Knoten ohne Weg dorthin\n\n*Stille.*\n\n"
        "## Verarbeiten", 1))
    (team / SCENARIO).write_text(lonely, "utf-8")
    page.open_file(team / SCENARIO)
    screens.settle()
    page.side.setCurrentWidget(page.map)
    screens.settle()  # the map is built on the thread pool
    page.map.view.setFocus()
    page.map.view.select("vergessen")
    screens.grab(window, OUT / "studio-dialogkarte.png")
    page.editor.document().setModified(False)
    shutil.copy(source, team / SCENARIO)
    page.open_file(team / SCENARIO)
    screens.settle()
    dialog = TestRunDialog(page.last_valid, page.last_valid.dialogue.start, parent=page)
    dialog.show()
    screens.grab(dialog, OUT / "studio-testlauf.png")
    dialog.close()
    window.close()
    print(f"Bilder in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
