"""Counts in English: the English translation (only the plural messages) gives "1 scenario" and
"30 scenarios", never "scenario(s)"."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.core import paths
from desktop.core.scenarios.library import load_library
from tests.ui.english import english  # noqa: F401 - the fixture
from tests.ui.helpers import make_window


def _library_of(folder, count: int):
    """A library folder with `count` of the bundled scenarios (and the cards they name), read
    as the app reads one."""
    bundled = paths.bundled_scenarios_dir()
    shutil.copytree(bundled, folder, ignore=lambda where, names: [
        n for n in names if Path(where) == bundled and n.endswith(".md")])
    for source in sorted(bundled.glob("*.md"))[:count]:
        shutil.copy(source, folder / source.name)
    library = load_library([folder])
    assert len(library.scenarios) == count and not library.broken_files
    return library


def test_the_status_bar_counts_scenarios_in_english(qtbot, data_home, tmp_path,
                                                     english):  # noqa: F811
    """The window in English, loading a library of one scenario and then one of thirty: the
    status bar (what is seen and what a screen reader is given) says "1 scenario loaded." and
    "30 scenarios loaded."."""
    one, thirty = _library_of(tmp_path / "one", 1), _library_of(tmp_path / "thirty", 30)
    ctx, window = make_window(qtbot, data_home, library=one)
    line = window.status_line
    qtbot.waitUntil(lambda: line.text() == "1 scenario loaded.", timeout=5000)
    assert line.toolTip() == "1 scenario loaded." and line.isVisible()
    ctx.set_library(thirty)
    qtbot.waitUntil(lambda: line.text() == "30 scenarios loaded.", timeout=5000)
    assert "(s)" not in line.toolTip()
    window.close()
