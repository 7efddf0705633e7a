"""The main window's own controls: text size by keyboard, remembered; high contrast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import config
from tests.ui.helpers import make_window


def test_ctrl_plus_and_minus_change_the_text_size_and_it_is_remembered(qtbot, data_home):
    """Ctrl++ makes the text larger, Ctrl+- smaller, Ctrl+0 returns to the system size; the
    size is saved in the user's settings."""
    ctx, window = make_window(qtbot, data_home)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    app = QApplication.instance()
    start = app.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == start + 2
    saved = config.load(ctx.data.settings, policy={})
    assert saved.get("font_size") == int(start + 2)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == start + 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == start
    assert config.load(ctx.data.settings, policy={}).get("font_size") == 0


def test_high_contrast_from_the_view_menu_is_remembered(qtbot, data_home):
    """Ansicht → Hoher Kontrast switches the palette and saves the choice."""
    ctx, window = make_window(qtbot, data_home)
    window.contrast_action.trigger()
    try:
        assert QApplication.instance().palette().window().color().name() == "#000000"
        assert config.load(ctx.data.settings, policy={}).get("theme") == "high-contrast"
    finally:
        window.contrast_action.trigger()
    assert config.load(ctx.data.settings, policy={}).get("theme") == "system"


def test_headings_grow_and_shrink_with_the_text_size(qtbot, data_home):
    """A heading keeps its proportion to the body text when Ctrl++ enlarges the text: the
    start page's title stays 1.6 times, a tile's title 1.3 times the text size."""
    from PySide6.QtWidgets import QLabel

    ctx, window = make_window(qtbot, data_home)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    app = QApplication.instance()
    home = window.page("home")
    titles = {label.property("heading"): label for label in home.findChildren(QLabel)
              if label.property("heading")}
    try:
        for _ in range(3):
            qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        size = app.font().pointSizeF()
        assert titles[1].font().pointSizeF() == size * 1.6
        assert titles[2].font().pointSizeF() == size * 1.3
        assert titles[2].font().bold()
    finally:
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert titles[1].font().pointSizeF() == app.font().pointSizeF() * 1.6
