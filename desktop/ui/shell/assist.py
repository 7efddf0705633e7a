"""What the window does for keyboard and screen-reader users everywhere.

- `StatusLine`: the status bar's message as a real label (a screen reader can read it again
  at any time), announced when it appears ("18 scenarios loaded.", "Not saved: …").
  QStatusBar paints its own messages, which assistive technology never sees.
- `FocusFollower`: whichever field gets focus is scrolled into sight. QScrollArea does that
  only for focus moves that start inside it; Tab from "Finish" into a step's scroll area used
  to focus a question far above the visible part. A widget's focused part (the text cursor;
  the dialogue graph's node in focus) is shown, else the whole widget, or its start when it is
  larger than the visible part: `QScrollArea.ensureWidgetVisible` centred a larger widget,
  which cut the start of the path graph.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QScrollBar, QWidget

MARGIN = 50  # px around a shown widget where there is room (QScrollArea's own default)


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
        show_in_scroll_areas(new)


def focused_part(widget: QWidget) -> QRect | None:
    """The part of `widget` that has the focus, in its own coordinates, when it says so: the
    text cursor of a text field, the node in focus of the dialogue graph (Qt's "micro focus",
    which screen magnifiers follow too); None when it is the whole widget."""
    from PySide6.QtCore import Qt  # not on the first screen: the `Qt` namespace costs ~20 ms

    query = Qt.InputMethodQuery.ImCursorRectangle
    own, default = widget.inputMethodQuery(query), QWidget.inputMethodQuery(widget, query)
    if isinstance(own, QRectF):
        own = own.toRect()
    if isinstance(default, QRectF):
        default = default.toRect()
    if isinstance(own, QRect) and own != default and own.isValid():
        return own
    return None


def show_in_scroll_areas(widget: QWidget) -> None:
    """Scroll each scroll area around `widget`, innermost first, so that it is seen: its
    focused part if it has one, else the whole widget where it fits, else its start (with a
    margin where there is room). An outer area shows what the inner one shows of it."""
    whole = widget.rect()
    area = _scroll_area_of(widget)
    if _seen_whole(widget):
        return  # (the first screen's focus, too: no `Qt` namespace built for it)
    part = focused_part(widget)
    while area is not None:
        content = area.widget()
        if content is None:
            return
        corner = widget.mapTo(content, QPoint(0, 0))
        view = QRect(-content.pos(), area.viewport().size())
        _scroll_axis(area.horizontalScrollBar(), corner.x() + whole.left(), whole.width(),
                     None if part is None else (corner.x() + part.left(), part.width()),
                     view.left(), view.width())
        _scroll_axis(area.verticalScrollBar(), corner.y() + whole.top(), whole.height(),
                     None if part is None else (corner.y() + part.top(), part.height()),
                     view.top(), view.height())
        # What is now seen of it, in the viewport: the outer area shows that.
        shown = QRect(widget.mapTo(area.viewport(), whole.topLeft()), whole.size()).intersected(
            area.viewport().rect())
        if part is not None:
            seen = QRect(widget.mapTo(area.viewport(), part.topLeft()), part.size()).intersected(
                area.viewport().rect())
            part = seen if seen.isValid() else None
        if not shown.isValid():
            return
        widget, whole = area.viewport(), shown
        area = _scroll_area_of(area)


def _seen_whole(widget: QWidget) -> bool:
    """Every scroll area around `widget` shows all of it."""
    area = _scroll_area_of(widget)
    while area is not None:
        if not area.viewport().rect().contains(
                QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())):
            return False
        widget, area = area, _scroll_area_of(area)
    return True


def _scroll_axis(bar: QScrollBar, start: int, length: int, part: tuple[int, int] | None,
                 view_start: int, view_length: int) -> None:
    """Along one axis: the focused part if there is one (as Qt does: the summary opens at
    its first line, not scrolled to show its end), else the whole if it fits, else its start;
    nothing if that is seen already."""
    if part is not None:
        start, length = part
    if start >= view_start and start + length <= view_start + view_length:
        return
    if length > view_length:  # too long: its start at the viewport's start
        bar.setValue(start)
        return
    margin = min(MARGIN, (view_length - length) // 2)
    if start + length + margin > view_start + view_length:
        bar.setValue(start + length + margin - view_length)
    if start - margin < bar.value():
        bar.setValue(start - margin)
