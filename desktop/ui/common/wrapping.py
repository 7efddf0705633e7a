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
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette
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
    _indicator_width: QStyle.PixelMetric
    _indicator_height: QStyle.PixelMetric
    _spacing: QStyle.PixelMetric

    def _setup(self: QAbstractButton) -> None:  # type: ignore[misc]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        """Where the text starts: after the indicator and the style's spacing."""
        button: QAbstractButton = self  # type: ignore[assignment]
        style = button.style()
        return (style.pixelMetric(self._indicator_width, None, button)
                + style.pixelMetric(self._spacing, None, button))

    def _first_line(self) -> int:
        button: QAbstractButton = self  # type: ignore[assignment]
        indicator = button.style().pixelMetric(self._indicator_height, None, button)
        return max(indicator, QFontMetrics(button.font()).height()) + 2 * _MARGIN

    def _text_rect(self, width: int) -> QRect:
        button: QAbstractButton = self  # type: ignore[assignment]
        indent = self._indent()
        room = max(1, width - indent - _MARGIN)
        bound = QFontMetrics(button.font()).boundingRect(QRect(0, 0, room, 100_000), _WRAP,
                                                         button.text())
        return QRect(indent, _MARGIN, room, bound.height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        text = self._text_rect(width)
        return max(self._first_line(), text.height() + 2 * _MARGIN)

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
        button: QAbstractButton = self  # type: ignore[assignment]
        painter = QStylePainter(button)
        option = QStyleOptionButton()
        button.initStyleOption(option)  # type: ignore[attr-defined]
        text = option.text
        # The style draws the indicator (and its states) beside the first line, no text.
        option.text = ""
        option.rect = QRect(0, 0, button.width(), self._first_line())
        painter.drawControl(self._control, option)
        line = QFontMetrics(button.font()).height()
        rect = self._text_rect(button.width())
        rect.moveTop((self._first_line() - line) // 2)
        painter.drawItemText(rect, _WRAP, option.palette, button.isEnabled(), text,
                             QPalette.ColorRole.WindowText)


class WrappingRadioButton(_Wrapping, QRadioButton):
    """A QRadioButton whose text wraps to the width it gets."""

    _control = QStyle.ControlElement.CE_RadioButton
    _indicator_width = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
    _indicator_height = QStyle.PixelMetric.PM_ExclusiveIndicatorHeight
    _spacing = QStyle.PixelMetric.PM_RadioButtonLabelSpacing

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrappingCheckBox(_Wrapping, QCheckBox):
    """A QCheckBox whose text wraps to the width it gets."""

    _control = QStyle.ControlElement.CE_CheckBox
    _indicator_width = QStyle.PixelMetric.PM_IndicatorWidth
    _indicator_height = QStyle.PixelMetric.PM_IndicatorHeight
    _spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()
