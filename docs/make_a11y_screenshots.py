"""Every page and every step of an Übung at 200 % text and in high contrast, 1280×800 offscreen,
into docs/screenshots/a11y/ (for docs/barrierefreiheit.md; look at them after UI changes).

    .venv/bin/python docs/make_a11y_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "a11y"
    home = Path(tempfile.mkdtemp(prefix="gk-a11y-shots-"))
    os.environ["GESPRAECHSKOMPASS_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from make_screenshots import _fill_history, _fill_journal

    from desktop.app import build_window
    from desktop.core import config, paths
    from desktop.core.journal import Journal
    from desktop.core.practice import PracticeSession, Step
    from desktop.core.scenarios.library import load_library
    from desktop.ui.common import a11y, i18n, theme

    i18n.install(app, "de")
    a11y.install_focus_ring(app)
    data = paths.DataPaths(home)
    settings = config.load(data.settings, policy={})
    journal = Journal.open(data, settings)
    library = load_library([paths.bundled_scenarios_dir()])
    _fill_journal(journal, library)
    _fill_history(journal, library)
    ctx, window = build_window(settings, data, journal)
    window.resize(1280, 800)
    window.show()
    ctx.set_library(library)
    out.mkdir(parents=True, exist_ok=True)
    theme.remember_system_defaults(app)
    normal = theme.system_point_size()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    for mode in ("kontrast", "groesse-200"):
        if mode == "kontrast":
            theme.apply_theme(app, "high-contrast")
        else:
            theme.apply_theme(app, "system")
            theme.apply_font_size(app, normal * 2)
        for key in window.page_keys():
            page = window.show_page(key)
            prepare = getattr(page, "prepare_screenshot", None)
            if callable(prepare):
                prepare()
            shot(f"{mode}-seite-{key}")
        session = PracticeSession.uebung(library.scenarios["ablehnung-persoenlich"])
        window.practice._open(session, new=True)
        view = window.practice.view
        for step in session.steps:
            view.go_to(step)
            if step is Step.REAGIEREN and session.dialogue is not None:
                view.player.choose(0)
            shot(f"{mode}-uebung-{step.value}")
        window.practice.close_current()
    theme.apply_theme(app, "system")
    print(f"{len(list(out.glob('*.png')))} screenshots in {out}")
    window.close()
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
