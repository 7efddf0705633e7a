"""What the screenshot scripts (docs/make_*screenshots.py) share: the app offscreen in a
temporary data folder, with the bundled scenarios and (optionally) a journal, and its main
window at 1280×800.

Import this module first: it switches Qt to the offscreen platform and puts the project on
the path. Then

    shots = start("gk-shots-", "de")        # QApplication, settings, library, journal
    fill(shots.journal, shots.library)      # anything the window should find at start
    ctx, window = shots.show_window()
    shots.grab(window, out / "seite.png")   # events settled first
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.core.config import Settings
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths
    from desktop.core.scenarios.library import Library
    from desktop.ui.common.context import AppContext
    from desktop.ui.shell.main_window import MainWindow

SIZE = (1280, 800)


@dataclass
class Screens:
    app: QApplication
    home: Path
    data: DataPaths
    settings: Settings
    library: Library
    journal: Journal | None

    def show_window(self) -> tuple[AppContext, MainWindow]:
        """The main window as the app builds it, shown at 1280×800 with the library loaded."""
        from desktop.app import build_window

        ctx, window = build_window(self.settings, self.data, self.journal)
        window.resize(*SIZE)
        window.show()
        ctx.set_library(self.library)
        return ctx, window

    def settle(self, rounds: int = 3) -> None:
        """Let the thread pool finish (lists, figures, previews) and the screen catch up."""
        from desktop.ui.common.tasks import wait_for_background

        for _ in range(rounds):
            wait_for_background()
            for _ in range(5):
                self.app.processEvents()

    def grab(self, widget: QWidget, path: Path) -> Path:
        """`widget` as it is on screen now, saved as a PNG at `path`."""
        self.settle()
        path.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(path))
        return path


def start(prefix: str, language: str = "de", journal: bool = True,
          settings: dict[str, object] | None = None) -> Screens:
    """The application in a fresh temporary data folder (`prefix` names it): translations
    for `language`, the system's font and palette remembered (so themes and text sizes can
    be switched back), the bundled library, a new journal unless `journal` is False, and
    `settings` written as the user's."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["GESPRAECHSKOMPASS_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop.core import config, paths
    from desktop.core.journal import Journal
    from desktop.core.scenarios.library import load_library
    from desktop.ui.common import i18n, theme

    i18n.install(app, language)
    theme.remember_system_defaults(app)
    data = paths.DataPaths(home)
    values = config.load(data.settings, policy={})
    for key, value in (settings or {}).items():
        values.set(key, value)
    library = load_library([paths.bundled_scenarios_dir()])
    opened = Journal.open(data, values) if journal else None
    return Screens(app, home, data, values, library, opened)
