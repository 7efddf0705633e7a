"""The safe rich-text view: Markdown rendered by desktop.core.scenarios.render, nothing loaded."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from desktop.core.scenarios import render
from desktop.ui import theme


class TextView(QTextBrowser):
    """Read-only rich text from Markdown; never loads a resource and never opens a link itself.

    `technique_requested(id)` is emitted for `technik:` links so the window can show the card.
    """

    technique_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tab moves focus on; the text stays reachable for screen readers and keyboard users.
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if name:
            self.setAccessibleName(name)
        self._markdown: str | None = None
        self._html: str | None = None
        self._apply_css()

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt API
        return None  # offline: nothing is ever loaded, not even a local file

    def _apply_css(self) -> None:
        self.document().setDefaultStyleSheet(theme.document_css(self.palette()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_css()
            if self._html is not None:
                super().setHtml(self._html)
        super().changeEvent(event)

    def set_markdown(self, text: str | None) -> None:
        self.set_html(render.to_html(text))

    def set_html(self, html: str) -> None:
        """Show sanitised HTML (callers build it from render.to_html or render.escape)."""
        self._html = html
        super().setHtml(html)

    def plain_text(self) -> str:
        return self.document().toPlainText()

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("technik:"):
            self.technique_requested.emit(text.split(":", 1)[1])


class AutoHeightTextView(TextView):
    """A TextView that grows with its content instead of scrolling (for stacked cards)."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent, name)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self, *_args) -> None:
        doc: QTextDocument = self.document()
        doc.setTextWidth(self.viewport().width())
        height = int(doc.size().height()) + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)
