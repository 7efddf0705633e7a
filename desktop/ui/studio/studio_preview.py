"""The studio's live preview, updated piece by piece.

Setting the whole HTML of a 200-node scenario costs 20–40 ms on the GUI thread after every
pause in typing (and PySide holds the interpreter lock meanwhile, so doing it on a worker would
stall the GUI thread just the same). The preview comes as pieces instead
(`preview.document_parts`: the head, each section, each dialogue node); the view remembers where
each piece starts in its document and replaces only the pieces that differ from those shown —
typing inside one node costs about a millisecond. A piece always starts a block of its own
(an empty block format in between), so a piece replaced gives the same document as one built
afresh.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from desktop.ui.common.text_view import TextView

LEADING_TAG = re.compile(r"<(h[1-6]|p)>")


class StudioPreview(TextView):
    """`show_parts(parts)` shows a document in pieces; `set_html` a message instead."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        self._parts: list[str] | None = None  # before Qt's first changeEvent
        self._starts: list[int] = []  # document position where each piece starts
        self._formats: dict[str, tuple[QTextBlockFormat, QTextCharFormat]] = {}  # by tag
        super().__init__(parent, name)
        self.document().setUndoRedoEnabled(False)  # read-only: no history to grow

    def set_html(self, html: str) -> None:
        self._parts = None
        super().set_html(html)

    def show_parts(self, parts: list[str]) -> None:
        """Show the document `parts` make, replacing only the pieces that changed."""
        old = self._parts
        if not old or not parts:
            self._build(parts)
            return
        limit = min(len(old), len(parts))
        first = 0
        while first < limit and old[first] == parts[first]:
            first += 1
        if first == len(old) == len(parts):
            return
        same_tail = 0
        while same_tail < limit - first and old[-1 - same_tail] == parts[-1 - same_tail]:
            same_tail += 1
        old_end, new_end = len(old) - same_tail, len(parts) - same_tail
        if old_end == first or new_end == first:
            # Pieces only added or only removed: replace a neighbour along with them, so
            # that the edit always has a block to start in.
            if first > 0:
                first -= 1
            else:
                old_end, new_end = old_end + 1, new_end + 1
        self._splice(first, old_end, parts[first:new_end])
        self._parts = list(parts)

    def _build(self, parts: list[str]) -> None:
        self.document().clear()
        self._parts, self._starts = None, []
        if parts:
            self._parts = []
            self._splice(0, 0, parts)
            self._parts = list(parts)

    def _splice(self, first: int, old_end: int, parts: list[str]) -> None:
        """Replace the shown pieces first..old_end-1 with `parts`."""
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        last = doc.characterCount() - 1
        end = self._starts[old_end] - 1 if old_end < len(self._starts) else last
        if old_end > first:
            cursor.setPosition(self._starts[first])
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            # What remains is one empty block with the old piece's first format (a heading,
            # a list item): a fresh piece starts from none, as in a document built afresh.
            listed = cursor.block().textList()
            if listed is not None:
                listed.remove(cursor.block())
            cursor.setBlockFormat(QTextBlockFormat())
            cursor.setCharFormat(QTextCharFormat())
        starts = []
        for index, part in enumerate(parts):
            if index:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            starts.append(cursor.position())
            cursor.insertHtml(part)
            # Qt pours a piece's first block into the block it is inserted into, keeping that
            # block's formats: the heading level, margins and font it would have in the
            # whole document are set here.
            block_format, char_format = self._first_formats(part)
            opening = QTextCursor(doc.findBlock(starts[-1]))
            opening.setBlockFormat(block_format)
            opening.setBlockCharFormat(char_format)
        cursor.endEditBlock()
        shift = cursor.position() - end  # the pieces after the edit moved by this much
        self._starts[first:old_end] = starts
        for index in range(first + len(starts), len(self._starts)):
            self._starts[index] += shift

    def _first_formats(self, part: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """The block and block character formats `part`'s first element gets in a document
        of its own (a piece starts with a heading or a paragraph: preview.document_parts)."""
        match = LEADING_TAG.match(part)
        key = match[0] if match else part
        if key not in self._formats:
            scratch = QTextDocument()
            scratch.setDefaultStyleSheet(self.document().defaultStyleSheet())
            scratch.setHtml(key + "x" if match else part)
            self._formats[key] = (scratch.begin().blockFormat(), scratch.begin().charFormat())
        return self._formats[key]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._formats.clear()  # they follow the style sheet
            if self._parts is not None:
                self._build(self._parts)  # with the new colours and sizes
