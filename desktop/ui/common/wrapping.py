"""Controls that reflow instead of scrolling sideways (WCAG 1.4.10, reflow at 200 % text):
radio buttons and check boxes whose text wraps, and `FlowRows`, groups of controls on as many
rows as the width needs.

Qt's QRadioButton and QCheckBox draw their text on one line and ask for its whole width: at
200 % text a Deuten option is 1,000 px wide and the step scrolls sideways. These are the same
buttons (the text is the button's own text, so the accessible name is the visible text, Space
toggles, the focus ring frames the whole button), drawn with the text wrapped to the width
they get; a click anywhere on the text toggles, as on a one-line button. The indicator stays
beside the first line.

`FlowRows` puts groups of widgets (a step button with its "›", a label with its combo box, a
button) side by side while they fit and starts a new row when they do not; a group stays
whole. The widgets are its own children in fixed row layouts and only move between rows,
never to another parent, so Tab order and focus chain stay as they were set. (A Python
QLayout subclass for this kept PySide wrappers of Qt's layout items, which PySide later took
for deleted: the layout raised in every pass, the session's geometry broke, and the AT-SPI
walk could not reach Weiter.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
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

    def _setup(self) -> None:
        button: QAbstractButton = self  # type: ignore[assignment]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        button.setSizePolicy(policy)
        # Where the text goes, by width, text and the states a style sheet can draw
        # differently (high contrast gives a focused button a border): a layout pass asks
        # heightForWidth several times at the same width, and each answer costs a style
        # option, two style queries and a wrapped text measured (a Deuten step's dozen
        # buttons were a third of its build). Font and style changes clear it (changeEvent).
        self._measured: dict[tuple[object, ...], QRect] = {}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measured.clear()
        super().changeEvent(event)  # type: ignore[misc]

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
        key = (width, button.text(), button.hasFocus(), button.isChecked(),
               button.underMouse(), button.isEnabled())
        known = self._measured.get(key)
        if known is None:
            known = self._measured[key] = self._measure_text(width)
        return QRect(known)

    def _measure_text(self, width: int) -> QRect:
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
        """As narrow as the longest word: everything else wraps. One line high: the layout
        asks `heightForWidth` for the width it gives; a minimum as tall as the text wrapped
        word by word made every layout around it that much taller (empty space below a step)."""
        button: QAbstractButton = self  # type: ignore[assignment]
        metrics = QFontMetrics(button.font())
        words = button.text().replace("&", "").split() or [""]
        width = self._indent() + max(metrics.horizontalAdvance(w) for w in words) + _MARGIN
        return QSize(width, self._first_line())

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


class FlowRows(QWidget):
    """`groups` of widgets on as many rows as the width needs, in order, each group whole on
    one row and the rows left-aligned (see the module doc). Hidden widgets take no room; a
    widget shown, hidden or changed in size lays the rows out again."""

    def __init__(self, groups: Sequence[Sequence[QWidget | None]], spacing: int = 6,
                 parent: QWidget | None = None, stretch: Sequence[QWidget] = ()) -> None:
        super().__init__(parent)
        self.groups = [tuple(w for w in group if w is not None) for group in groups]
        self.spacing = spacing
        self.stretching = set(stretch)  # these take a row's spare room (else the row's end)
        for group in self.groups:
            for widget in group:
                widget.setParent(self)
        # One row layout per group at most, each ending in a stretch; empty ones take no room.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(spacing)
        # The rows decide the width, not the one-row sum of the groups (minimumSizeHint).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._rows: list[QHBoxLayout] = []
        for _ in self.groups:
            row = QHBoxLayout()
            row.setSpacing(spacing)
            row.addStretch(1)
            layout.addLayout(row)
            self._rows.append(row)
        self._counts: tuple[int, ...] = ()
        self._arrange((len(self.groups),))

    def _width(self, group: tuple[QWidget, ...], minimum: bool = False) -> int:
        shown = [w for w in group if not w.isHidden()]
        if not shown:
            return 0
        return sum((w.minimumSizeHint() if minimum else w.sizeHint()).width()
                   for w in shown) + self.spacing * (len(shown) - 1)

    def rows_for(self, width: int) -> tuple[int, ...]:
        """How many groups go on each row at `width`: as many as fit, in order."""
        counts: list[int] = []
        used = 0
        for group in self.groups:
            need = self._width(group)
            if counts and (need == 0 or used + self.spacing + need <= width):
                counts[-1] += 1
                used += self.spacing + need if need else 0
            else:
                counts.append(1)
                used = need
        return tuple(counts)

    def _arrange(self, counts: tuple[int, ...]) -> None:
        if counts == self._counts:
            return
        self._counts = counts
        for group in self.groups:
            for widget in group:
                for row in self._rows:
                    row.removeWidget(widget)
        groups = iter(self.groups)
        for row, count in zip(self._rows, counts, strict=False):
            for _ in range(count):
                for widget in next(groups):
                    row.insertWidget(row.count() - 1, widget)
            placed = [item.widget() if item is not None else None
                      for item in (row.itemAt(i) for i in range(row.count() - 1))]
            grows = any(w in self.stretching for w in placed)
            for index, shown in enumerate(placed):
                row.setStretch(index, 1 if shown in self.stretching else 0)
            row.setStretch(row.count() - 1, 0 if grows else 1)
        self.updateGeometry()

    def reflow(self) -> None:
        """Rows for the current width (and text size)."""
        self._arrange(self.rows_for(self.contentsRect().width()))

    def row_count(self) -> int:
        """Rows that hold a shown widget."""
        groups = iter(self.groups)
        filled = 0
        for count in self._counts:
            row = [w for _ in range(count) for w in next(groups)]
            filled += any(not w.isHidden() for w in row)
        return filled

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The widest group: the others can go onto another row."""
        hint = super().minimumSizeHint()
        width = max((self._width(g, minimum=True) for g in self.groups), default=0)
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.reflow()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget's text, font or visibility
            self.reflow()
        return super().event(event)


class CheckList(QGroupBox):
    """Check boxes in up to `columns` columns; `changed(list)` with the checked values in list
    order. The values are what the journal stores (`items`); each box shows `display(value)`.

    As many columns as fit with every text on one line (at least one): at 200 % text four
    columns of feelings were wider than the step, which scrolled sideways. The boxes fill each
    column top to bottom, and Tab goes through them in that order. The title is a wrapping
    label in the box (a group box's own title never wraps), and the box's accessible name."""

    changed = Signal(list)

    def __init__(self, title: str, items: tuple[str, ...], checked: tuple[str, ...],
                 columns: int = 3, parent: QWidget | None = None,
                 display: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.items = items
        self.most_columns = columns
        self.columns = 0
        self.boxes: list[WrappingCheckBox] = []
        layout = QVBoxLayout(self)
        # The columns decide the width, not the widest arrangement (minimumSizeHint).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.heading)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        for item in items:
            box = WrappingCheckBox(display(item), self)
            box.setAccessibleName(box.text())
            box.setProperty("value", item)
            box.setChecked(item in checked)
            box.toggled.connect(self._emit)
            self.boxes.append(box)
        self._arrange(columns)

    def columns_for(self, width: int) -> int:
        """The most columns (up to the number asked for) whose boxes fit `width` on one line."""
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        widest = max((box.sizeHint().width() for box in self.boxes), default=0)
        spacing = max(self.grid.horizontalSpacing(), 0)
        fits = (room + spacing) // max(widest + spacing, 1)
        return max(1, min(self.most_columns, fits))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self.grid.removeWidget(box)
        rows = (len(self.boxes) + columns - 1) // columns
        for i, box in enumerate(self.boxes):  # in the same order: Tab goes as before
            self.grid.addWidget(box, i % rows, i // rows)
        for column in range(self.grid.columnCount()):  # as wide as each other, left to right
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """One column of the widest box, wrapped: more columns when there is room."""
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        widest = max((box.minimumSizeHint().width() for box in self.boxes), default=0)
        return QSize(widest + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange(self.columns_for(self.width()))

    def _emit(self, _on: bool = False) -> None:
        self.changed.emit([str(b.property("value")) for b in self.boxes if b.isChecked()])
