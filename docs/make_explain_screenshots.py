"""Render "Verständlich erklären" (issue 23) at 1280×800 offscreen, in normal size and at
200 % text: the page with a first version and its hints, and the comparison with the model
answers (`python docs/make_explain_screenshots.py [FOLDER]`, default docs/screenshots/).
New files only; make_screenshots.py renders everything else."""

from __future__ import annotations

import sys
from pathlib import Path

from screens import ROOT, start  # first: Qt offscreen, the project on the path

EXERCISE = "erklaeren-fiktionsbescheinigung"
FIRST = ("Aufgrund Ihres Antrags wurde Ihnen eine Fiktionsbescheinigung gemäß § 81 Abs. 4 "
         "AufenthG ausgestellt. Bringen Sie den Pass mit und zeigen Sie es Ihrem Arbeitgeber.")
REVISED = ("Frau Osei, Sie dürfen weiter hier wohnen und arbeiten. Das ist kein Nein. Das Papier "
           "zeigt: Ihre alte Erlaubnis gilt weiter. Wir prüfen Ihren Antrag noch. Zeigen Sie "
           "das Papier Ihrem Chef.")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    from desktop.ui.common import theme
    from desktop.ui.common.tasks import wait_for_background

    screens = start("gk-explain-shots-")
    app = screens.app
    ctx, window = screens.show_window()
    written = []
    for mode in ("normal", "200-prozent"):
        if mode == "200-prozent":
            theme.apply_font_size(app, 2 * theme.system_point_size())
        ctx.exercise_requested.emit(EXERCISE)
        view = ctx.practice.view
        view.editor.setPlainText(FIRST)
        view.run_check()
        view.run_figure()
        wait_for_background()
        screens.settle()
        scroll = view.findChild(type(view.layout().itemAt(0).widget()))
        bar = scroll.verticalScrollBar()

        def shot(name: str, mode: str = mode) -> None:
            written.append(screens.grab(window, out / f"{name}-{mode}.png"))

        top = view.editor_label.mapTo(scroll.widget(), view.editor_label.rect().topLeft()).y()
        bar.setValue(top - 20)
        shot("erklaeren-hinweise")
        view.keep_first_version()
        view.editor.setPlainText(REVISED)
        view.run_check()
        view.run_figure()
        wait_for_background()
        view.show_models()
        screens.settle()
        top = view.first_heading.mapTo(scroll.widget(), view.first_heading.rect().topLeft()).y()
        bar.setValue(top - 20)
        shot("erklaeren-ueberarbeitet")
        top = view.points_label.mapTo(scroll.widget(), view.points_label.rect().topLeft()).y()
        bar.setValue(top - 20)
        shot("erklaeren-kernpunkte-und-knoepfe")
        top = view.models_heading.mapTo(scroll.widget(), view.models_heading.rect().topLeft()).y()
        bar.setValue(top - 20)
        shot("erklaeren-musterantworten")
        view.debounce.pending = False
        ctx.practice.close_current()
    theme.apply_font_size(app, 0)
    screens.journal.close()
    print("\n".join(str(p) for p in written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
