"""The safe rich-text view: Markdown rendered by desktop.core.scenarios.render, nothing loaded.

A long text is rendered off the GUI thread (desktop.ui.common.tasks) while a short note stands in its
place; render.to_html itself refuses texts over its limits with a German notice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from desktop.core.scenarios import render
from desktop.ui.common import theme

if TYPE_CHECKING:
    from desktop.ui.common.tasks import LatestJob

# Above this many characters a text renders in the background: below it, even a text at the
# renderer's limits (render.problem) renders in well under 50 ms; the largest allowed text
# (render.MAX_CHARS) takes up to about 60 ms of Markdown, which then runs in the background.
BACKGROUND_CHARS = 10_000


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
        # Long texts render on the pool, the newest only; made with the first long text (the
        # start page imports no tasks module). Any text shown meanwhile cancels the render.
        self._render: LatestJob | None = None
        self._apply_css()

    def loadResource(self, kind: int, url: QUrl | str) -> None:  # noqa: N802 - Qt API
        return None  # offline: nothing is ever loaded, not even a local file

    def _apply_css(self) -> None:
        self.document().setDefaultStyleSheet(theme.document_css(self.palette()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_css()
            if self._html is not None:
                super().setHtml(self._html)
        super().changeEvent(event)

    def set_markdown(self, text: str | None, before: str = "") -> None:
        """Show Markdown, after the sanitised HTML `before` (a heading, say); a long text is
        rendered in the background, so the window never freezes on it."""
        # render.problem only counts: a text it refuses gets its notice at once.
        if not text or len(text) <= BACKGROUND_CHARS or render.problem(text) is not None:
            self.set_html(before + render.to_html(text))
            return
        from desktop.ui.common.tasks import LatestJob

        self.set_html(before + "<p>" + render.escape(self.tr("Preparing the text …")) + "</p>")
        if self._render is None:
            self._render = LatestJob(self)  # a view destroyed meanwhile gets no result
        self._render.submit(lambda: render.to_html(text), lambda html: self._show(before + html),
                            lambda exc: self._show(before + render.notice(str(exc))))

    def set_html(self, html: str) -> None:
        """Show sanitised HTML (callers build it from render.to_html or render.escape)."""
        if self._render is not None:
            self._render.cancel()  # a long text still rendering is no longer wanted
        self._show(html)

    def _show(self, html: str) -> None:
        self._html = html
        super().setHtml(html)

    def plain_text(self) -> str:
        return self.document().toPlainText()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt API
        """Tab moves through the text's links before it leaves the view; Qt sends a screen
        reader nothing for that, so the link that now has focus is announced."""
        moved = super().focusNextPrevChild(next)
        cursor = self.textCursor()
        if self.hasFocus() and cursor.hasSelection() and cursor.charFormat().isAnchor():
            from desktop.ui.common.a11y import announce

            announce(self, self.tr("Link: {text}").format(text=cursor.selectedText().strip()))
        return moved

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
