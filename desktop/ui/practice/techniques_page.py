"""The technique library: every card, searchable, rendered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios import render
from desktop.core.scenarios.cards import search_cards
from desktop.core.scenarios.model import TechniqueCard
from desktop.ui.common import labels
from desktop.ui.common.context import AppContext
from desktop.ui.common.tasks import LatestJob
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import accessible, heading


class TechniquesPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._render = LatestJob(self)  # the newest card choice, rendered on the pool
        self.search = accessible(QLineEdit(), self.tr("Search techniques"))
        self.search.setPlaceholderText(self.tr("Search, e.g. “interpreter” or “refusal” …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Technique cards"))
        self.list.currentItemChanged.connect(self._on_current_change)
        self.view = TextView(name=self.tr("Technique card"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(heading(self.tr("Techniques")))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter()  # keyboard-operable: the shell applies keyboard_splitter
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        ctx.library_did_load.connect(lambda _lib: self.refresh())
        self.refresh()

    def cards(self) -> list[TechniqueCard]:
        lib = self.ctx.library
        return list(lib.techniques.values()) if lib else []

    def refresh(self) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.clear()
        for card in search_cards(self.cards(), self.search.text()):
            item = QListWidgetItem(card.title)
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setToolTip(card.summary)
            self.list.addItem(item)
        if self.list.count():
            if not (keep and self.show_card(keep)):
                self.list.setCurrentRow(0)
        else:
            self.view.set_html(f"<p>{self.tr('No technique card found.')}</p>"
                               if self.ctx.library else "")

    def show_card(self, ident: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == ident:
                self.list.setCurrentRow(row)
                return True
        return False

    def _on_current_change(self, item: QListWidgetItem | None, _prev) -> None:
        """The card's Markdown is rendered on the thread pool: the first render of a session
        loads the Markdown library and its extensions (52–82 ms on the GUI thread before,
        bench/stall_probe.py). The card shown so far stays until the new one is ready, a
        few milliseconds later, so paging through the list does not flicker."""
        if item is None or self.ctx.library is None:
            return
        card = self.ctx.library.technique(item.data(Qt.ItemDataRole.UserRole))
        if card is None:
            return
        heading_html, body = card_heading(card), card.body

        def show(html: str) -> None:  # only if not overtaken by a later choice (LatestJob)
            self.view.set_html(heading_html + html)

        self._render.submit(lambda: render.to_html(body), show,
                            lambda exc: show(render.notice(str(exc))))


def card_heading(card: TechniqueCard) -> str:
    stages = ", ".join(labels.stage_label(s) for s in card.stages)
    return (f"<h1>{render.escape(card.title)}</h1>"
            f"<p class='muted'>{render.escape(stages)}</p>"
            f"<p><i>{render.escape(card.summary)}</i></p>")
