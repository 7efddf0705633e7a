"""Every page and every step of an Übung at 200 % text and in high contrast, 1280×800 offscreen,
and every step at 200 % text in a window 900 px wide (the window, and the step's whole content
as one tall picture: nothing may be cut or stick out on the right), into
docs/screenshots/a11y/ (for docs/barrierefreiheit.md; look at them after UI changes).

    .venv/bin/python docs/make_a11y_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_screenshots import _fill_history, _fill_journal
from screens import ROOT, start  # first: Qt offscreen, the project on the path


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "a11y"
    from desktop.core.practice import PracticeSession, Step
    from desktop.ui.common import a11y, theme

    screens = start("gk-a11y-shots-")
    app, library = screens.app, screens.library
    a11y.install_focus_ring(app)
    _fill_journal(screens.journal, library)
    _fill_history(screens.journal, library)
    ctx, window = screens.show_window()
    normal = theme.system_point_size()

    for mode in ("kontrast", "groesse-200"):
        if mode == "kontrast":
            theme.apply_theme(app, "high-contrast")
        else:
            theme.apply_theme(app, "system")
            theme.apply_font_size(app, normal * 2)
        for key in window.page_keys():
            window.show_page(key)
            screens.grab(window, out / f"{mode}-seite-{key}.png")
        session = PracticeSession.uebung(library.scenarios["ablehnung-persoenlich"])
        ctx.practice._open(session, new=True)
        view = ctx.practice.view
        for step in session.steps:
            view.go_to(step)
            if step is Step.REAGIEREN and session.dialogue is not None:
                view.player.choose(0)
            screens.grab(window, out / f"{mode}-uebung-{step.value}.png")
        ctx.practice.close_current()
    _narrow_session(screens, ctx, window, out)
    theme.apply_theme(app, "system")
    print(f"{len(list(out.glob('*.png')))} screenshots in {out}")
    window.close()
    screens.journal.close()
    return 0


def _narrow_session(screens, ctx, window, out: Path) -> None:
    """Each step of an Übung at 200 % text in a window 900 px wide (WCAG 1.4.10: reflow)."""
    from desktop.core.practice import PracticeSession, Step

    window.resize(900, 800)
    session = PracticeSession.uebung(screens.library.scenarios["ablehnung-persoenlich"])
    ctx.practice._open(session, new=True)
    view = ctx.practice.view
    for step in session.steps:
        view.go_to(step)
        if step is Step.REAGIEREN and session.dialogue is not None:
            view.player.choose(0)
        screens.grab(window, out / f"groesse-200-900px-{step.value}.png")
        screens.grab(view.step_area.widget(), out / f"groesse-200-900px-{step.value}-ganz.png")
    ctx.practice.close_current()
    window.resize(1280, 800)


if __name__ == "__main__":
    raise SystemExit(main())
