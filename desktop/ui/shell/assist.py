"""What the window does for keyboard and screen-reader users everywhere.

- `StatusLine`: the status bar's message as a real label (a screen reader can read it again
  at any time), announced when it appears ("18 scenarios loaded.", "Not saved: …").
  QStatusBar paints its own messages, which assistive technology never sees.
- `FocusFollower`: whichever field gets focus is scrolled into sight. QScrollArea does that
  only for focus moves that start inside it; Tab from "Finish" into a step's scroll area used
  to focus a question far above the visible part.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget


class StatusLine(QLabel):
    """A message in the status bar, optionally for `timeout_ms`, spoken when shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-line")
        self.setWordWrap(False)
        self.setMinimumWidth(1)  # long messages are cut, not the window widened
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(self.clear_message)

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        self._clear.stop()
        self.setText(text)
        self.setToolTip(text)  # the whole line where the bar cuts it
        if not text:
            return
        if timeout_ms > 0:
            self._clear.start(timeout_ms)
        if not self.isVisible():
            return
        from PySide6.QtGui import QAccessible  # 1.7 ms to import: not before the first screen

        if QAccessible.isActive():
            from desktop.ui.common.a11y import announce  # builds PySide6's `Qt` namespace

            announce(self, text)
        else:  # nobody listening now: only keep it to be read later, as announce() does
            self.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self._clear.stop()
        self.setText("")
        self.setToolTip("")

    def current_message(self) -> str:
        return self.text()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The nearest scroll area whose scrolled content holds `widget`."""
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and child is parent.viewport():
            return parent
        child, parent = parent, parent.parentWidget()
    return None


class FocusFollower(QObject):
    """Scrolls every newly focused widget into sight inside its scroll area(s)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_change)

    def _on_focus_change(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not new.isVisible():
            return  # nothing to show, or a window being closed and destroyed
        widget = new
        area = _scroll_area_of(widget)
        while area is not None:  # nested scroll areas: each shows the part holding the field
            area.ensureWidgetVisible(widget)
            widget = area
            area = _scroll_area_of(area)
