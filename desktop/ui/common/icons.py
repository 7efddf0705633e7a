"""Navigation icons, drawn with QPainter in the palette's text colour.

Line icons drawn at run time instead of image files: they follow the theme (normal, dark,
high contrast) and the text size without a second set, need no image plugin, and cost well
under a millisecond each on the first screen. Like the rest of the first screen, this module
does not touch PySide6's `Qt` namespace (building it costs tens of milliseconds at start-up; see
tests/test_startup_imports.py): default pen caps, a transparent QColor, an empty QBrush. Every icon is paired with its visible label in the
navigation: the icon never carries meaning alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

Draw = Callable[[QPainter], None]  # draws into a 24 x 24 box


def _home(p: QPainter) -> None:  # Heute: a sun over the horizon
    p.drawArc(QRectF(6, 9, 12, 12), 0, 180 * 16)
    p.drawLine(QPointF(3, 15), QPointF(21, 15))
    for x1, y1, x2, y2 in ((12, 3, 12, 6), (4.5, 7, 6.5, 9), (19.5, 7, 17.5, 9)):
        p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    p.drawLine(QPointF(6, 19), QPointF(18, 19))


def _scenarios(p: QPainter) -> None:  # Szenarien: two speech bubbles
    p.drawRoundedRect(QRectF(2.5, 4, 12, 8), 2, 2)
    p.drawLine(QPointF(5, 12), QPointF(4.5, 15.5))
    p.drawLine(QPointF(4.5, 15.5), QPointF(8, 12))
    p.drawRoundedRect(QRectF(9.5, 11, 12, 8), 2, 2)
    p.drawLine(QPointF(19, 19), QPointF(19.5, 22))
    p.drawLine(QPointF(19.5, 22), QPointF(16, 19))


def _techniques(p: QPainter) -> None:  # Techniken: two cards
    p.drawRoundedRect(QRectF(3, 6, 12, 15), 1.5, 1.5)
    path = QPainterPath()
    path.moveTo(8, 6)
    path.lineTo(8, 3)
    path.lineTo(21, 3)
    path.lineTo(21, 18)
    path.lineTo(15, 18)
    p.drawPath(path)
    for y in (10, 13, 16):
        p.drawLine(QPointF(6, y), QPointF(12, y))


def _before(p: QPainter) -> None:  # Vor dem Termin: a clock
    p.drawEllipse(QRectF(3, 3, 18, 18))
    p.drawLine(QPointF(12, 12), QPointF(12, 6.5))
    p.drawLine(QPointF(12, 12), QPointF(16, 14))


def _journal(p: QPainter) -> None:  # Journal: a notebook
    p.drawRoundedRect(QRectF(5, 2.5, 14, 19), 1.5, 1.5)
    p.drawLine(QPointF(8, 2.5), QPointF(8, 21.5))
    for y in (8, 11.5):
        p.drawLine(QPointF(11, y), QPointF(16, y))


def _stats(p: QPainter) -> None:  # Statistik: bars on an axis
    p.drawLine(QPointF(3, 21), QPointF(21, 21))
    for x, top in ((5, 13), (10, 7), (15, 10)):
        p.drawRect(QRectF(x, top, 3.5, 21 - top))


def _supervision(p: QPainter) -> None:  # Supervision: a comment on a page
    p.drawRect(QRectF(3, 3, 13, 17))
    for y in (7, 10, 13):
        p.drawLine(QPointF(6, y), QPointF(13, y))
    p.drawRoundedRect(QRectF(11, 12, 10, 7), 2, 2)
    p.drawLine(QPointF(18, 19), QPointF(19, 22))


def _team(p: QPainter) -> None:  # Team: three people, none singled out
    for cx in (6, 12, 18):
        p.drawEllipse(QRectF(cx - 2.5, 5, 5, 5))
        p.drawArc(QRectF(cx - 4, 12, 8, 10), 0, 180 * 16)


def _studio(p: QPainter) -> None:  # Szenario-Studio: a pencil
    path = QPainterPath()
    path.moveTo(4, 20)
    path.lineTo(5, 15.5)
    path.lineTo(16, 4.5)
    path.lineTo(19.5, 8)
    path.lineTo(8.5, 19)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(14, 6.5), QPointF(17.5, 10))


def _practice(p: QPainter) -> None:  # the current exercise: a play mark
    path = QPainterPath()
    path.moveTo(7, 4)
    path.lineTo(19, 12)
    path.lineTo(7, 20)
    path.closeSubpath()
    p.drawPath(path)


DRAWINGS: dict[str, Draw] = {
    "home": _home, "scenarios": _scenarios, "techniques": _techniques, "before": _before,
    "journal": _journal, "stats": _stats, "supervision": _supervision, "team": _team,
    "studio": _studio, "practice": _practice,
}


def page_icon(key: str, color: QColor, size: int = 24, ratio: float = 1.0) -> QIcon:
    """The icon of a page (an empty icon for a page without one)."""
    draw = DRAWINGS.get(key)
    if draw is None:
        return QIcon()
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    painter.setPen(QPen(color, 1.6))
    painter.setBrush(QBrush())  # no fill
    draw(painter)
    painter.end()
    return QIcon(pixmap)
