"""A splitter whose handle can be moved with the keyboard, not only dragged with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QStyle, QStyleOptionFocusRect, QWidget

STEP_PX = 32  # one arrow key press; Page Up/Down move four times as far


class KeyboardHandle(QSplitterHandle):
    """A Tab stop: the arrow keys move it, Home/End to the ends; drawn with a focus frame."""

    def __init__(self, orientation: Qt.Orientation, parent: QSplitter) -> None:
        super().__init__(orientation, parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Divider"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys move the divider; Home and End move it to the edge"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        splitter = self.splitter()
        index = splitter.indexOf(self)
        sizes = splitter.sizes()
        if index <= 0 or index >= len(sizes):
            super().keyPressEvent(event)
            return
        position = sum(sizes[:index])
        total = sum(sizes)
        key = Qt.Key(event.key())
        moves = {Qt.Key.Key_Left: -STEP_PX, Qt.Key.Key_Up: -STEP_PX,
                 Qt.Key.Key_Right: STEP_PX, Qt.Key.Key_Down: STEP_PX,
                 Qt.Key.Key_PageUp: -4 * STEP_PX, Qt.Key.Key_PageDown: 4 * STEP_PX}
        if key in moves:
            self.moveSplitter(max(0, min(total, position + moves[key])))
        elif key == Qt.Key.Key_Home:
            self.moveSplitter(0)
        elif key == Qt.Key.Key_End:
            self.moveSplitter(total)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect()
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option,
                                       painter, self)
            painter.fillRect(self.rect().adjusted(1, 1, -1, -1),
                             self.palette().highlight())


class KeyboardSplitter(QSplitter):
    """A QSplitter whose handles are keyboard operable (Tab to the handle, then arrows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHandleWidth(max(self.handleWidth(), 6))

    def createHandle(self) -> QSplitterHandle:  # noqa: N802 - Qt API
        return KeyboardHandle(self.orientation(), self)
