"""Verständlich erklären's hints in the text (offsets, the marks, the list items) and its row of
buttons that reflows at large text."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QResizeEvent, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QBoxLayout, QLayout, QListWidgetItem, QPushButton, QWidget

from desktop.core.plain.checker import HintKind

# Hints about a whole sentence (its length, its start, its requests): underlined only, so the
# tint still picks out the words the other hints are about inside such a sentence.
SENTENCE_KINDS = frozenset({HintKind.SATZLAENGE, HintKind.WICHTIGSTES_ZUERST, HintKind.BITTEN})
Span = tuple[int, int, bool]  # UTF-16 start, end, and whether it is about single words


class Utf16:
    """Code-point offsets (the checker's) to UTF-16 positions (Qt's text cursor)."""

    def __init__(self, text: str) -> None:
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, index: int) -> int:
        return index + bisect.bisect_left(self.astral, index)


class HintHighlighter(QSyntaxHighlighter):
    """Underlines what every hint is about (wavy, as a spelling checker does); the words of a
    word hint are tinted too, a sentence hint's sentence only underlined."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.spans: list[Span] = []
        self.sentence = QTextCharFormat()
        self.sentence.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.sentence.setUnderlineColor(QColor("#c05600"))
        # Words get a light tint as well: a thin wavy line alone is easy to miss (translucent,
        # so the text keeps the system's colours and contrast).
        self.words = QTextCharFormat(self.sentence)
        self.words.setBackground(QColor(255, 170, 60, 90))

    def set_spans(self, spans: list[Span]) -> None:
        self.spans = spans
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        block = self.currentBlock()
        first, last = block.position(), block.position() + block.length()
        # Sentences first, words over them.
        for start, end, words in sorted(self.spans, key=lambda s: s[2]):
            lo, hi = max(start, first), min(end, last)
            if lo < hi:
                self.setFormat(lo - first, hi - lo, self.words if words else self.sentence)


class HintItem(QListWidgetItem):
    """A hint in the list; knows the UTF-16 span of its words in the editor."""

    def __init__(self, label: str, start: int, end: int) -> None:
        super().__init__(label)
        self.span = (start, end)


class ButtonRow(QWidget):
    """Buttons side by side while they fit, one under the other when they do not (at 200 %
    text the three of the exercise are wider than the page): no sideways scrolling, no cut
    button (WCAG 1.4.10). Tab order stays the order given."""

    def __init__(self, buttons: Iterable[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for button in self.buttons:
            self.box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.box.addStretch(1)

    def _shown(self) -> list[QPushButton]:
        return [b for b in self.buttons if not b.isHidden()]

    def side_by_side_width(self) -> int:
        shown = self._shown()
        return (sum(b.sizeHint().width() for b in shown)
                + self.box.spacing() * max(0, len(shown) - 1))

    def reflow(self, width: int | None = None) -> None:
        width = self.contentsRect().width() if width is None else width
        fits = self.side_by_side_width() <= width
        direction = (QBoxLayout.Direction.LeftToRight if fits
                     else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The widest button: the others can go below it."""
        widest = max((b.sizeHint().width() for b in self._shown()), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.reflow(event.size().width())
