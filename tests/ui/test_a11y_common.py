"""Visible focus in every theme: the focus ring (desktop.ui.common.a11y) frames whatever has
keyboard focus, follows it, and never becomes a pane of a splitter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.ui.common import a11y


def test_ring_frames_the_focused_widget_and_follows_focus_into_a_splitter(qtbot):
    """A default button and a splitter handle get the ring around them when focused (by Tab,
    as a keyboard user does); focusing the handle leaves the splitter's panes as they were."""
    a11y.install_focus_ring(QApplication.instance())
    window = QWidget()
    box = QVBoxLayout(window)
    start = QPushButton("Übung starten")
    start.setDefault(True)
    splitter = QSplitter()
    splitter.addWidget(QLabel("links"))
    splitter.addWidget(QLabel("rechts"))
    splitter.handle(1).setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    box.addWidget(start)
    box.addWidget(splitter)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: start.hasFocus())
    ring = window.findChild(QWidget, "focus-ring")
    assert ring is not None and ring.isVisible()
    assert ring.geometry().contains(start.geometry())
    splitter.handle(1).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: splitter.handle(1).hasFocus())
    ring = window.findChild(QWidget, "focus-ring")
    assert ring.parentWidget() is window  # not inside the splitter
    handle_at = splitter.handle(1).mapTo(window, splitter.handle(1).rect().topLeft())
    assert ring.geometry().contains(handle_at)
    assert splitter.count() == 2


def test_splitter_handles_are_separators_for_assistive_technology(qtbot):
    """After `a11y.install`, a splitter handle is announced as a separator (a screen reader
    said nothing useful for Qt's "grip", which AT-SPI reports as unknown), with its name."""
    from PySide6.QtGui import QAccessible

    a11y.install(QApplication.instance())
    splitter = QSplitter()
    splitter.addWidget(QLabel("links"))
    splitter.addWidget(QLabel("rechts"))
    splitter.handle(1).setAccessibleName("Trennlinie")
    qtbot.addWidget(splitter)
    splitter.show()
    interface = QAccessible.queryAccessibleInterface(splitter.handle(1))
    assert interface.role() == QAccessible.Role.Separator
    assert interface.text(QAccessible.Text.Name) == "Trennlinie"


def test_charts_are_charts_for_assistive_technology(qtbot):
    """A statistics chart is announced as a chart (it was a "filler"), also where the role
    factory of `a11y.install` was installed first."""
    from PySide6.QtGui import QAccessible

    from desktop.ui.common.charts import ChartView

    a11y.install(QApplication.instance())
    chart = ChartView()
    qtbot.addWidget(chart)
    chart.show()
    interface = QAccessible.queryAccessibleInterface(chart)
    assert interface.role() == QAccessible.Role.Chart


def test_personal_data_notice_buttons_are_named_as_shown_and_follow_the_field(qtbot):
    """While typing a client's name, the notice's replace buttons carry their visible text
    as their name (what they do is the description), and Tab goes from the field to them
    before anything made earlier on the screen."""
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.ui.common.privacy_guard import PrivacyGuard

    window = QWidget()
    box = QVBoxLayout(window)
    editor = QPlainTextEdit()
    later = QPushButton("Weiter")
    guard = PrivacyGuard(editor, lambda _text: None, window)
    box.addWidget(editor)
    box.addWidget(guard.panel)
    box.addWidget(later)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(editor, "Frau Aylin Demir rief an, Telefon 0176 1234567.")
    qtbot.waitUntil(lambda: guard.panel.isVisible() and bool(guard._button_widgets) and all(
        b.isVisible() for b in guard._button_widgets), timeout=5000)
    buttons = guard._button_widgets
    for button in [*buttons, guard.all_button]:
        assert button.accessibleName() in ("", button.text())
        assert button.accessibleDescription()
    order = []
    widget = editor.nextInFocusChain()
    while widget is not editor and len(order) < len(buttons) + 2:
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == [*buttons, guard.all_button, later]


def test_a_form_field_is_named_by_the_label_beside_it(qtbot):
    """WCAG 2.5.3 as the project's rule: a form row's field is named exactly by its visible
    label (without "&" and ":"), so voice control finds it by the words written there; a
    longer name it had before is kept as its description, not lost."""
    from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

    window = QWidget()
    form = QFormLayout(window)
    search = QLineEdit()
    search.setAccessibleName("Suche in Titel und Beschreibung")
    place = QComboBox()
    place.setAccessibleName("Ort des Gesprächs")
    place.setAccessibleDescription("Wo das Gespräch stattfindet")
    form.addRow("Such&e:", search)
    form.addRow("&Ort:", place)
    qtbot.addWidget(window)
    a11y.name_fields_by_labels(form)
    assert search.accessibleName() == "Suche"
    assert search.accessibleDescription() == "Suche in Titel und Beschreibung"
    assert place.accessibleName() == "Ort"
    assert place.accessibleDescription() == "Wo das Gespräch stattfindet"  # its own stays
    label = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(label, QLabel) and label.buddy() is search
