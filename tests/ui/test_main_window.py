"""The main window's own controls: text size by keyboard, remembered; high contrast; the
status line a screen reader can read; focus never scrolled out of sight; dividers moved by
keyboard; the pages and the File menu as declared."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizeGrip,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.practice import Step
from desktop.ui.common.journal_service import GUI_BUSY_TIMEOUT
from tests.ui.helpers import accessible_name, make_window


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


def test_the_status_line_is_a_label_a_screen_reader_reads_and_hears(qtbot, data_home):
    """"18 Szenarien geladen." stands in a real label in the status bar: its accessible name is
    the message (AT-SPI shows it), and it is announced (the announcement text is kept as the
    label's description). A timed message goes away by itself."""
    ctx, window = make_window(qtbot, data_home)
    line = window.status_line
    assert isinstance(line, QLabel) and window.statusBar().isAncestorOf(line)
    count = len(ctx.library.scenarios)
    assert line.text() == f"{count} Szenarien geladen."
    assert accessible_name(line) == line.text()
    assert line.accessibleDescription() == line.text()
    window.show_status("Kurz", 50)
    qtbot.waitUntil(lambda: line.text() == "", timeout=2000)


def test_could_not_save_is_shown_and_announced(qtbot, data_home):
    """While another program holds the journal's write lock, typing goes on; after a few quiet
    retries the status line says saving is not possible right now, readable and announced."""
    data = paths.DataPaths(data_home)
    settings = config.load(data.settings, policy={})
    journal = Journal.open(data, settings, busy_timeout=GUI_BUSY_TIMEOUT)
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.own_case_requested.emit()
    session = ctx.practice.view.session
    other = sqlite3.connect(str(data.database), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        session.answer(Step.SITUATION, 0, "Während der Sperre getippt")
        line = window.status_line
        qtbot.waitUntil(lambda: "nicht möglich" in line.text(), timeout=8000)
        assert accessible_name(line) == line.text()
        assert line.accessibleDescription() == line.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: not journal.unsaved, timeout=8000)
    ctx.practice.close_current()
    ctx.journal.close()


def test_the_window_has_no_mouse_only_size_grip(qtbot, data_home):
    """The status bar's size grip cannot be used by keyboard and is unnamed for a screen
    reader: it is gone (the window manager resizes by keyboard: Alt+Space, Alt+F8)."""
    _ctx, window = make_window(qtbot, data_home)
    assert not window.statusBar().isSizeGripEnabled()
    assert [g for g in window.findChildren(QSizeGrip) if g.isVisible()] == []


def test_a_focused_field_is_scrolled_into_sight(qtbot, data_home):
    """Focus set from outside a scroll area onto a field far below its visible part (as Tab
    from "Abschließen" did on Verarbeiten): the area scrolls so the field is seen."""
    _ctx, window = make_window(qtbot, data_home)
    area = QScrollArea()
    content = QWidget()
    column = QVBoxLayout(content)
    fields = [QLineEdit(f"Feld {n}") for n in range(60)]
    for field in fields:
        column.addWidget(field)
    area.setWidget(content)
    area.setWidgetResizable(True)
    outside = QLineEdit("außen")
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.addWidget(outside)
    layout.addWidget(area)
    host.resize(400, 300)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    outside.setFocus()
    last = fields[-1]
    assert last.visibleRegion().isEmpty()
    last.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not last.visibleRegion().isEmpty(), timeout=2000)
    assert area.verticalScrollBar().value() > 0


def test_verarbeiten_focus_entering_from_the_buttons_is_in_sight(qtbot, data_home):
    """Verarbeiten, the step's content scrolled to its end: focus entering the content from
    the buttons below it (as Tab from "Abschließen" did) lands on the first question, which
    is scrolled into sight instead of staying above the visible part."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    ctx, window = make_window(qtbot, data_home)
    window.resize(900, 560)
    ctx.scenario_requested.emit(next(iter(ctx.library.scenarios)))
    view = ctx.practice.view
    view.go_to(Step.VERARBEITEN)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = view.step_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    view.next_button.setFocus()
    fields = [w for w in view.step_area.widget().findChildren(QWidget)
              if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and w.isVisible()
              and not (isinstance(w, QTextEdit) and w.isReadOnly())]
    first = min(fields, key=lambda w: w.mapTo(view.step_area.widget(), w.rect().topLeft()).y())
    assert first.visibleRegion().isEmpty()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not first.visibleRegion().isEmpty(), timeout=2000)
    ctx.practice.close_current()


def test_a_divider_moves_with_the_keyboard(qtbot, data_home):
    """On Szenarien, Tab from the last control under the list reaches the divider (before the
    description); it is a separator named "Trennlinie", framed by the focus ring while focused
    (as every control is in the app), and the arrow keys widen and narrow the list (Home: all the way)."""
    from desktop.ui.common import a11y

    a11y.install_focus_ring(QApplication.instance())  # as the app does at start
    _ctx, window = make_window(qtbot, data_home)
    page = window.show_page("scenarios")
    splitter = page.findChild(QSplitter)
    handle = splitter.handle(1)
    assert handle.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert accessible_name(handle) == "Trennlinie"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    last_left = handle.previousInFocusChain()  # "Erklär-Übung starten", below the list
    assert splitter.widget(0).isAncestorOf(last_left) and last_left.isEnabled()
    last_left.setFocus()
    qtbot.waitUntil(last_left.hasFocus)
    QTest.keyClick(last_left, Qt.Key.Key_Tab)
    qtbot.waitUntil(handle.hasFocus)
    ring = window.findChild(QWidget, "focus-ring")
    assert ring is not None and ring.isVisible()
    host = ring.parentWidget()
    assert ring.geometry().contains(handle.mapTo(host, handle.rect().center()))
    before = splitter.sizes()[0]
    QTest.keyClick(handle, Qt.Key.Key_Right)
    QTest.keyClick(handle, Qt.Key.Key_Right)
    assert splitter.sizes()[0] > before
    wider = splitter.sizes()[0]
    QTest.keyClick(handle, Qt.Key.Key_Left)
    assert splitter.sizes()[0] < wider
    QTest.keyClick(handle, Qt.Key.Key_Home)
    assert splitter.sizes()[0] <= splitter.widget(0).minimumSizeHint().width() + 1
    # a separator to assistive technology (a "grip" would reach AT-SPI as an unknown role)
    assert QAccessible.queryAccessibleInterface(handle).role() == QAccessible.Role.Separator


def test_every_page_and_file_action_is_built_from_its_declaration(qtbot, data_home):
    """The navigation lists the declared pages in order; the studio comes and goes with its
    setting; the File menu holds the declared actions above "Beenden"."""
    ctx, window = make_window(qtbot, data_home)
    assert window.page_keys()[:6] == ["home", "scenarios", "techniques", "before", "journal",
                                      "stats"]
    assert not window.has_page("studio") and window.show_page("studio") is None
    ctx.change_setting("authoring", True)
    assert window.has_page("studio")
    window.show_page("studio")
    ctx.change_setting("authoring", False)
    assert not window.has_page("studio") and window.current_page_key() == "home"
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts.index("Ein&stellungen …") < texts.index("Alle meine Daten &löschen …") \
        < texts.index("&Beenden")
    assert set(window.actions_by_name) >= {"own_case", "settings", "export_all", "delete_all"}


def test_navigation_icons_follow_the_text_size_and_the_theme(qtbot, data_home):
    """Each page in the navigation gets its icon once the window is up; Ctrl+Plus makes the
    icons larger with the text and the list wide enough for its longest label, and high
    contrast redraws them in its (white) text colour."""
    from desktop.ui.common import theme

    ctx, window = make_window(qtbot, data_home)
    nav = window.findChild(QWidget, "navigation")
    qtbot.waitUntil(lambda: all(not nav.item(r).icon().isNull() for r in range(nav.count())),
                    timeout=3000)
    app = QApplication.instance()
    size = nav.iconSize().width()
    try:
        window.change_font(+4)
        qtbot.waitUntil(lambda: nav.iconSize().width() > size, timeout=3000)
        window.change_font(+4)  # about twice the normal size: every label still whole
        qtbot.waitUntil(lambda: nav.sizeHintForColumn(0) <= nav.viewport().width(),
                        timeout=3000)
        ctx.change_setting("theme", "high-contrast")

        def white() -> bool:
            image = nav.item(1).icon().pixmap(nav.iconSize()).toImage()
            inked = [image.pixelColor(x, y) for x in range(image.width())
                     for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
            return bool(inked) and all(c.lightness() > 240 for c in inked)

        qtbot.waitUntil(white, timeout=3000)
    finally:
        ctx.change_setting("theme", "system")
        ctx.change_setting("font_size", 0)
        theme.apply_font_size(app, 0)


def test_larger_text_reaches_every_label_in_high_contrast(qtbot, data_home):
    """High contrast on, then Ctrl+Plus four times: the start page's body text grows with the
    headings (under the high-contrast style sheet it used to stay at the old size)."""
    from desktop.ui.common import theme

    ctx, window = make_window(qtbot, data_home)
    app = QApplication.instance()
    home = window.page("home")
    body = next(label for label in home.findChildren(QLabel)
                if label.text().startswith("Ein paar Minuten"))
    start = body.font().pointSizeF()
    try:
        window.contrast_action.trigger()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        for _ in range(4):
            qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: body.font().pointSizeF() == app.font().pointSizeF() > start,
                        timeout=3000)
    finally:
        ctx.change_setting("theme", "system")
        ctx.change_setting("font_size", 0)
        theme.apply_font_size(app, 0)
