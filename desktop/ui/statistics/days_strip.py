"""The practice days of the last four weeks as a strip of boxes (only when switched on)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class DaysStrip(QWidget):
    """The last 28 days as a strip of boxes, oldest left: filled for a day with practice, an
    outline for a day without. Shape, not colour, tells them apart; a day without practice is
    just an empty box, never marked."""

    BOX = 14
    GAP = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled: list[bool] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_days(self, days: list[date], today: date, text: str) -> None:
        """Fill the boxes for `days` within the 28 days ending `today`."""
        practised = set(days)
        self._filled = [today - timedelta(days=27 - n) in practised for n in range(28)]
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def _box(self) -> float:
        # Grows with the font, so 200 % text gives bigger boxes.
        return max(self.BOX, QFontMetricsF(self.font()).height() * 0.8)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        box = self._box()
        return QSize(int(28 * (box + self.GAP)), int(box + 4))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = self._box()
        pen = QPen(palette.color(QPalette.ColorRole.WindowText), 1.2)
        painter.setPen(pen)
        for n, filled in enumerate(self._filled):
            rect = QRectF(n * (box + self.GAP) + 1, 2, box, box)
            painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Highlight)) if filled
                             else Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        painter.end()
