"""Radio buttons and check boxes whose text wraps (WCAG 1.4.10, reflow at 200 % text).

Qt's QRadioButton and QCheckBox draw their text on one line and ask for its whole width: at
200 % text a Deuten option is 1,000 px wide and the step scrolls sideways. These are the same
buttons (the text is the button's own text, so the accessible name is the visible text, Space
toggles, the focus ring frames the whole button), drawn with the text wrapped to the width
they get; a click anywhere on the text toggles, as on a one-line button. The indicator stays
beside the first line.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_WRAP = int(_FLAGS) | int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextShowMnemonic)
_MARGIN = 2  # px above and below the text, as the style's one-line button has


class _Wrapping:
    """What a wrapping radio button and check box share; mixed into QAbstractButton subclasses
    (the style's own element names differ between the two)."""

    _control: QStyle.ControlElement
    _indicator_height: QStyle.PixelMetric
    _indicator: QStyle.SubElement
    _contents: QStyle.SubElement

    def _setup(self: QAbstractButton) -> None:  # type: ignore[misc]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self, width: int) -> QStyleOptionButton:
        """The style's option for the button without its text, one line high: where the
        style puts the indicator, and where the text starts (after any style sheet border)."""
        button: QAbstractButton = self  # type: ignore[assignment]
        option = QStyleOptionButton()
        button.initStyleOption(option)  # type: ignore[attr-defined]
        option.text = ""
        option.rect = QRect(0, 0, width, self._first_line())
        return option

    def _first_line(self) -> int:
        button: QAbstractButton = self  # type: ignore[assignment]
        indicator = button.style().pixelMetric(self._indicator_height, None, button)
        return max(indicator, QFontMetrics(button.font()).height()) + 2 * _MARGIN

    def _text_rect(self, width: int) -> QRect:
        """Where the wrapped text goes at `width`: right of the indicator, its first line
        level with it."""
        button: QAbstractButton = self  # type: ignore[assignment]
        contents = button.style().subElementRect(self._contents, self._option(width), button)
        room = max(1, contents.width() - _MARGIN)
        bound = QFontMetrics(button.font()).boundingRect(QRect(0, 0, room, 100_000), _WRAP,
                                                         button.text())
        top = (self._first_line() - QFontMetrics(button.font()).height()) // 2
        return QRect(contents.left(), top, room, bound.height())

    def _indent(self) -> int:
        return self._text_rect(10_000).left()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        text = self._text_rect(width)
        return max(self._first_line(), text.bottom() + 1 + _MARGIN)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the longest word: everything else wraps."""
        button: QAbstractButton = self  # type: ignore[assignment]
        metrics = QFontMetrics(button.font())
        words = button.text().replace("&", "").split() or [""]
        width = self._indent() + max(metrics.horizontalAdvance(w) for w in words) + _MARGIN
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The one-line width (no wider than the screen allows), at its height."""
        button: QAbstractButton = self  # type: ignore[assignment]
        one_line = QFontMetrics(button.font()).horizontalAdvance(button.text().replace("&", ""))
        width = self._indent() + one_line + 2 * _MARGIN
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt API
        """The whole button, text included, toggles (Qt's own hit area is one line long)."""
        button: QAbstractButton = self  # type: ignore[assignment]
        return button.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """The style draws the button without text twice: at its full height for what
        surrounds it (a style sheet's focus border, the hover panel) with the indicator left
        out, then one line high for the indicator, clipped to it, so that it sits beside the
        first line. Then the text, wrapped."""
        button: QAbstractButton = self  # type: ignore[assignment]
        style = button.style()
        painter = QStylePainter(button)
        top = self._option(button.width())
        full = QStyleOptionButton(top)
        full.rect = button.rect()
        centred = style.subElementRect(self._indicator, full, button)
        painter.save()
        painter.setClipRegion(QRegion(full.rect).subtracted(QRegion(centred)))
        painter.drawControl(self._control, full)
        painter.restore()
        painter.save()
        painter.setClipRect(style.subElementRect(self._indicator, top, button))
        painter.drawControl(self._control, top)
        painter.restore()
        painter.drawItemText(self._text_rect(button.width()), _WRAP, top.palette,
                             button.isEnabled(), button.text(), QPalette.ColorRole.WindowText)


class WrappingRadioButton(_Wrapping, QRadioButton):
    """A QRadioButton whose text wraps to the width it gets."""

    _control = QStyle.ControlElement.CE_RadioButton
    _indicator_height = QStyle.PixelMetric.PM_ExclusiveIndicatorHeight
    _indicator = QStyle.SubElement.SE_RadioButtonIndicator
    _contents = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrappingCheckBox(_Wrapping, QCheckBox):
    """A QCheckBox whose text wraps to the width it gets."""

    _control = QStyle.ControlElement.CE_CheckBox
    _indicator_height = QStyle.PixelMetric.PM_IndicatorHeight
    _indicator = QStyle.SubElement.SE_CheckBoxIndicator
    _contents = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()
