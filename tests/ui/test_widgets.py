"""The shared widgets of desktop/ui/common/widgets.py, in real layouts."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desktop.ui.common.widgets import FittedLabel

NOTE = ("Reflections on real cases are deleted automatically when they have not been changed "
        "for this many days.")


def _column(qtbot, width: int) -> tuple[QWidget, FittedLabel]:
    host = QWidget()
    layout = QVBoxLayout(host)
    label = FittedLabel(NOTE)
    layout.addWidget(label)
    layout.addStretch(1)
    qtbot.addWidget(host)
    host.resize(width, 600)
    host.show()
    qtbot.waitExposed(host)
    QApplication.processEvents()
    return host, label


def test_a_fitted_label_is_as_tall_as_its_lines(qtbot):
    """In a wide column the note takes the height of its one or two lines, not the height a
    wrapped label guesses for a narrow layout (the gaps in the settings tabs)."""
    _host, label = _column(qtbot, 900)
    line = label.fontMetrics().lineSpacing()
    assert label.height() == label.heightForWidth(label.width())
    assert label.height() <= 2 * line + 2 * label.margin() + 4


def test_a_longer_text_set_later_is_shown_whole(qtbot):
    """A status line that grows (the retention note after deleting, the data folder's note
    after choosing a folder) is measured again: none of its lines is cut off at the height
    the shorter text had."""
    _host, label = _column(qtbot, 400)
    short = label.height()
    label.setText(NOTE * 4)
    qtbot.waitUntil(lambda: label.height() == label.heightForWidth(label.width()))
    assert label.height() > 2 * short
    label.setText("Kurz.")
    qtbot.waitUntil(lambda: label.height() == label.heightForWidth(label.width()))
    assert label.height() < short


def test_a_fitted_label_shows_markup_as_text(qtbot):
    """An imported or typed text is shown as it is: "<b>" stays visible, never markup."""
    _host, label = _column(qtbot, 400)
    label.setText("<b>fett</b>")
    assert label.textFormat().name == "PlainText"
