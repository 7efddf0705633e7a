"""Render every screen at 1280×800 offscreen into docs/screenshots/ (`make screenshots`).

Runs against the bundled scenarios and a fresh journal in a temporary folder, filled with a few
sessions so that the journal and statistics pages show something real.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="gk-shots-"))
    os.environ["GESPRAECHSKOMPASS_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication, QRadioButton

    app = QApplication(sys.argv[:1])
    from desktop.app import build_window
    from desktop.core import config, paths
    from desktop.core.journal import Journal
    from desktop.core.practice import PracticeSession, Step
    from desktop.core.scenarios.library import load_library
    from desktop.ui import i18n

    i18n.install(app, "de")
    data = paths.DataPaths(home)
    settings = config.load(data.settings, policy={})
    journal = Journal.open(data, settings)
    library = load_library([paths.bundled_scenarios_dir()])
    _fill_journal(journal, library)
    ctx, window = build_window(settings, data, journal)
    window.resize(1280, 800)
    window.show()
    ctx.set_library(library)
    OUT.mkdir(parents=True, exist_ok=True)
    shots: list[str] = []

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        shots.append(name)

    for key in window.page_keys():
        page = window.show_page(key)
        prepare = getattr(page, "prepare_screenshot", None)
        if callable(prepare):
            prepare()
        shot(f"seite-{key}")

    scenario = library.scenarios["ablehnung-persoenlich"]
    session = PracticeSession.uebung(scenario)
    window.practice._open(session, new=True)
    view = window.practice.view
    shot("uebung-1-situation")
    view.go_to(Step.DEUTEN)
    view.scroll.widget().findChildren(QRadioButton)[1].click()
    shot("uebung-2-deuten")
    view.go_to(Step.BEEINFLUSSEN)
    shot("uebung-3-beeinflussen")
    view.go_to(Step.REAGIEREN)
    view.player.choose(2)
    view.player._reveal_thought()
    shot("uebung-4-reagieren")
    view.player.choose(0)
    view.player.choose(0)
    view.player.choose(0)
    shot("uebung-4-reagieren-ende")
    view.go_to(Step.VERARBEITEN)
    shot("uebung-5-verarbeiten")
    session.set_strain_after(4)
    session.set_takeaway("Erst die Entscheidung, dann Raum für das Gefühl, dann die Wege.")
    view.forward()
    shot("uebung-6-zusammenfassung")
    window.practice.close_current()

    node = scenario.decision_nodes()[2].id
    window.practice._open(PracticeSession.zwischendurch(scenario, node), new=True)
    window.practice.view.forward()
    window.practice.view.player.choose(0)
    shot("zwischendurch")
    window.practice.close_current()
    journal.close()
    print("\n".join(f"docs/screenshots/{name}.png" for name in shots))
    return 0


def _fill_journal(journal, library) -> None:
    """A few finished and unfinished sessions, so lists and charts are not empty."""
    from desktop.core.practice import PracticeSession

    for index, scenario in enumerate(library.sorted_scenarios()[:6]):
        session = PracticeSession.uebung(scenario)
        journal.attach(session)
        session.set_strain_before(6 - index % 3)
        session.answer("beeinflussen", 0, "Ruhig anfangen, den Ablauf erklären, Zeit lassen.")
        walk = session.dialogue
        while not walk.finished:
            walk.choose(index % len(walk.current.choices))
        session.set_strain_after(3 + index % 3)
        if index % 2 == 0:
            session.finish()
        journal.detach(session)


if __name__ == "__main__":
    raise SystemExit(main())
