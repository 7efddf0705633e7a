"""Search matches marked in a cell: bold and underlined on the highlight colour, so a match
does not rely on colour alone; the cell's text starts shortly before the first match."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.journal.journal_model import ROLE_HIGHLIGHTS

Index = QModelIndex | QPersistentModelIndex


def near_first_mark(text: str, spans: tuple[tuple[int, int], ...],
                    lead: int = 24) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut the text so that it starts shortly before the first marked word (with "…"), so a
    narrow cell still shows the match."""
    if not spans or min(s for s, _ in spans) <= lead:
        return text, spans
    cut = min(s for s, _ in spans) - lead
    space = text.find(" ", cut)
    if 0 <= space < min(s for s, _ in spans):
        cut = space + 1
    shift = cut - 1  # the "…" takes one character
    return "…" + text[cut:], tuple((s - shift, e - shift) for s, e in spans if s >= cut)


def marked_html(text: str, spans: tuple[tuple[int, int], ...], palette: QPalette,
                selected: bool = False) -> str:
    """Plain text as HTML with the spans bold, underlined and on the highlight colour (on the
    base colour in a selected row, which already has the highlight colour)."""
    roles = ((QPalette.ColorRole.Base, QPalette.ColorRole.Text) if selected else
             (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText))
    back = palette.color(roles[0]).name()
    front = palette.color(roles[1]).name()
    out: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start < position:
            continue
        out.append(html.escape(text[position:start]))
        out.append(f"<b><u><span style='background-color:{back}; color:{front}'>"
                   f"{html.escape(text[start:end])}</span></u></b>")
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with its `ROLE_HIGHLIGHTS` spans marked; other cells as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        spans = index.data(ROLE_HIGHLIGHTS)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        # One line, offsets kept: a line break becomes one space, the cell clips the rest.
        line, marks = near_first_mark(text.replace("\n", " "), spans)
        doc.setHtml(f"<span style='color:{opt.palette.color(role).name()}'>"
                    f"{marked_html(line, marks, opt.palette, selected)}</span>")
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2)
        painter.setClipRect(QRectF(0, 0, rect.width(), doc.size().height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, context)
        painter.restore()
