"""The studio's text editor: line numbers, finding markers in the margin, and the linter run
while typing (debounced; off the GUI thread once the file is large).

The markers carry a symbol as well as a colour (✖ error, ▲ warning), and every finding is also
in the page's list, so nothing depends on colour or on seeing the margin.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from desktop.core.scenarios.model import Finding, Severity
from desktop.core.scenarios.parser import ParseResult
from desktop.core.scenarios.preview import check_text
from desktop.ui.common.tasks import LatestJob
from desktop.ui.studio.studio_highlighter import ScenarioHighlighter

DEBOUNCE_MS = 350
# Parsing a file of this size takes a few milliseconds; larger ones go to the thread pool so a
# keystroke never waits for the linter.
BACKGROUND_CHARS = 12_000


class _Gutter(QWidget):
    def __init__(self, editor: ScenarioEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        self.editor.paint_gutter(event)


class ScenarioEditor(QPlainTextEdit):
    """Plain-text editor for one scenario file; `findings_did_change` after each lint run."""

    findings_did_change = Signal()

    def __init__(self, known_techniques: Callable[[], set[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # keyboard users must be able to leave the editor
        self.highlighter = ScenarioHighlighter(self.document(), self.palette())
        self.known_techniques = known_techniques or (lambda: set())
        self.display = "<neu>"
        self.findings: list[Finding] = []
        self.result: ParseResult | None = None
        self.linted_text = ""  # the text `result` and `findings` belong to
        self._generation = 0
        self._lint = LatestJob(self)
        self._gutter = _Gutter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.lint_now)
        self.textChanged.connect(self._on_text_change)
        self.blockCountChanged.connect(lambda _n: self._update_margin())
        self.updateRequest.connect(self._on_update_request)
        self._update_margin()

    # --- lint --------------------------------------------------------------------------------

    def _on_text_change(self) -> None:
        self._generation += 1
        self._timer.start()

    @property
    def linting(self) -> bool:
        """Findings for newer text are still to come (the debounce or a run is pending)."""
        return self._timer.isActive() or self._lint.busy

    def lint_now(self) -> None:
        """Run the linter on the current text (in the background for a large file)."""
        self._timer.stop()
        text, generation = self.toPlainText(), self._generation
        known = self.known_techniques()
        display = self.display
        if len(text) <= BACKGROUND_CHARS:
            self._show(generation, text, check_text(text, display, known))
            return
        # One run at a time; text typed meanwhile is linted after it (the newest only).
        self._lint.submit(lambda: check_text(text, display, known),
                          lambda value: self._show(generation, text, value))

    def _show(self, generation: int, text: str,
              value: tuple[ParseResult, list[Finding]]) -> None:
        if generation != self._generation:
            return  # typed on meanwhile: the debounce timer lints the newer text
        self.result, self.findings = value
        self.linted_text = text
        self._mark_lines()
        self._gutter.update()
        self.findings_did_change.emit()

    def _mark_lines(self) -> None:
        selections = []
        for finding in self.findings:
            block = self.document().findBlockByNumber(max(finding.line, 1) - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.WaveUnderline if finding.severity is Severity.ERROR
                else QTextCharFormat.UnderlineStyle.DotLine)
            selection.format.setUnderlineColor(_colour(finding.severity))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    # --- navigation --------------------------------------------------------------------------

    def current_line(self) -> int:
        return self.textCursor().blockNumber() + 1

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(max(line, 1) - 1)
        if block.isValid():
            self.setTextCursor(QTextCursor(block))
            self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- margin ------------------------------------------------------------------------------

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * (digits + 2)

    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        rect = self.contentsRect()
        self._gutter.setGeometry(QRect(rect.left(), rect.top(), self.gutter_width(),
                                       rect.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.alternateBase())
        worst: dict[int, Severity] = {}
        for finding in self.findings:
            if worst.get(finding.line) is not Severity.ERROR:
                worst[finding.line] = finding.severity
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = self._gutter.width()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                line = block.blockNumber() + 1
                painter.setPen(palette.placeholderText().color())
                painter.drawText(0, top, width - 4, height, Qt.AlignmentFlag.AlignRight,
                                 str(line))
                severity = worst.get(line)
                if severity is not None:
                    painter.setPen(_colour(severity))
                    painter.drawText(2, top, height, height, Qt.AlignmentFlag.AlignLeft,
                                     "✖" if severity is Severity.ERROR else "▲")
            block = block.next()
            top = bottom
        painter.end()


def _colour(severity: Severity) -> QColor:
    return QColor("#b00020") if severity is Severity.ERROR else QColor("#8a5a00")
