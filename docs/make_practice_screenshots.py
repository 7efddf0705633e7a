"""Render the debrief and the path replay (issue 17) at 1280×800 offscreen: in normal size,
at 200 % text and in high contrast (`python docs/make_practice_screenshots.py [FOLDER]`,
default docs/screenshots/). New files only; make_screenshots.py renders everything else."""

from __future__ import annotations

import sys
from pathlib import Path

from screens import ROOT, start  # first: Qt offscreen, the project on the path

SCENARIO = "ablehnung-persoenlich"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    from desktop.core.practice import PracticeSession, Step
    from desktop.core.scenarios.model import Rating, Stage
    from desktop.ui.common import theme
    from desktop.ui.common.text_view import AutoHeightTextView

    screens = start("gk-practice-shots-")
    app, journal = screens.app, screens.journal
    scenario = screens.library.scenarios[SCENARIO]

    def play(walk, ratings) -> None:
        for rating in ratings:
            if walk.finished:
                return
            shown = walk.shown_choices()
            walk.choose(next((c for c in shown if c.item.rating is rating), shown[0]).id)

    earlier = PracticeSession.uebung(scenario)
    journal.attach(earlier)
    play(earlier.dialogue, [Rating.UNGUENSTIG, Rating.TEILS, Rating.UNGUENSTIG] * 3)
    earlier.finish()
    journal.detach(earlier)
    ctx, window = screens.show_window()
    written = []

    for mode in ("normal", "200-prozent", "hoher-kontrast"):
        if mode == "200-prozent":
            theme.apply_font_size(app, 2 * theme.system_point_size())
        if mode == "hoher-kontrast":
            theme.apply_font_size(app, 0)
            theme.apply_theme(app, "high-contrast")
        session = PracticeSession.uebung(scenario)
        session.order_seed = "bildschirmfoto"
        ctx.practice._open(session, new=True)
        view = ctx.practice.view
        wrong = next(o for o in session.shown_options(Stage.DEUTEN, 0) if not o.item.recommended)
        session.choose(Stage.DEUTEN, 0, wrong.id)
        walk = session.dialogue
        play(walk, [Rating.HILFREICH])
        walk.reveal_thought(walk.start)
        play(walk, [Rating.UNGUENSTIG, Rating.HILFREICH, Rating.HILFREICH, Rating.HILFREICH,
                    Rating.HILFREICH])
        session.set_strain_before(6)
        session.set_strain_after(4)
        session.set_feelings(["angespannt", "erleichtert"])
        session.set_takeaway("Erst die Entscheidung, dann Raum für das Gefühl, dann die Wege.")
        view.go_to(Step.VERARBEITEN)
        view.forward()

        def shot(name: str, mode: str = mode) -> None:
            written.append(screens.grab(window, out / f"{name}-{mode}.png"))

        view.step_area.verticalScrollBar().setValue(0)
        shot("uebung-nachbesprechung")
        summary = view.step_area.widget().findChild(AutoHeightTextView)
        found = summary.document().find("3. Genauer hingeschaut")
        top = summary.mapTo(view.step_area.widget(), summary.cursorRect(found).topLeft()).y()
        view.step_area.verticalScrollBar().setValue(top - 30)
        shot("uebung-nachbesprechung-analyse")
        view.replay.view.setFocus()
        view.replay.view.select(walk.visited[1])
        view.step_area.ensureWidgetVisible(view.replay, 0, 0)
        bar = view.step_area.verticalScrollBar()
        bar.setValue(view.replay.mapTo(view.step_area.widget(), view.replay.rect().topLeft()).y()
                     - 40)
        shot("uebung-weg-als-grafik")
        ctx.practice.close_current()
    theme.apply_theme(app, "system")
    journal.close()
    print("\n".join(str(p) for p in written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
