"""At 200 % text Reagieren reflows instead of scrolling sideways (WCAG 1.4.10): its tools
(thought, undo, restart) fit the step's width."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.core.practice import PracticeSession, Step
from desktop.ui.common import theme
from desktop.ui.common.tasks import wait_for_background
from tests.ui.helpers import make_window


def _settle() -> None:
    for _ in range(3):
        wait_for_background()
        for _ in range(5):
            QApplication.processEvents()


def test_at_200_percent_reagieren_fits_the_width(qtbot, qapp, data_home):
    """An Übung at 1280×800 with the text doubled: in Reagieren, after a first answer, the
    step's content is no wider than its scroll area (nothing to scroll sideways)."""
    ctx, window = make_window(qtbot, data_home)
    window.resize(1280, 800)
    theme.remember_system_defaults(qapp)
    ctx.change_setting("font_size", 2 * theme.system_point_size())  # as the settings do
    try:
        session = PracticeSession.uebung(ctx.library.scenarios["ablehnung-persoenlich"])
        ctx.practice._open(session, new=True)
        view = ctx.practice.view
        view.go_to(Step.REAGIEREN)
        view.player.choose(0)
        _settle()
        area = view.step_area
        assert area.widget().width() <= area.viewport().width()
        assert not area.horizontalScrollBar().isVisible()
    finally:  # the application font is shared by every later test
        ctx.practice.close_current()
        ctx.change_setting("font_size", 0)
        window.close()
