"""Verständlich erklären's hints in the text: offsets, the wavy underline, the list items."""

from __future__ import annotations

import bisect

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QListWidgetItem


class Utf16:
    """Code-point offsets (the checker's) to UTF-16 positions (Qt's text cursor)."""

    def __init__(self, text: str) -> None:
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, index: int) -> int:
        return index + bisect.bisect_left(self.astral, index)


class HintHighlighter(QSyntaxHighlighter):
    """Underlines the words every hint is about (wavy, as a spelling checker does)."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.spans: list[tuple[int, int]] = []
        self.mark = QTextCharFormat()
        self.mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.mark.setUnderlineColor(QColor("#c05600"))
        # A light tint as well: a thin wavy line alone is easy to miss (and translucent, so
        # the text keeps the system's colours and contrast).
        self.mark.setBackground(QColor(255, 170, 60, 70))

    def set_spans(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        block = self.currentBlock()
        first, last = block.position(), block.position() + block.length()
        for start, end in self.spans:
            lo, hi = max(start, first), min(end, last)
            if lo < hi:
                self.setFormat(lo - first, hi - lo, self.mark)


class HintItem(QListWidgetItem):
    """A hint in the list; knows the UTF-16 span of its words in the editor."""

    def __init__(self, label: str, start: int, end: int) -> None:
        super().__init__(label)
        self.span = (start, end)
