"""Vor dem Termin: pick a kind of appointment, see the matching cards' steps and phrases."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from desktop.core.scenarios import render
from desktop.core.scenarios.cards import APPOINTMENT_KINDS, card_section, cards_for_kind
from desktop.core.scenarios.model import TechniqueCard
from desktop.ui.common import a11y
from desktop.ui.common.context import AppContext
from desktop.ui.common.labels import appointment_kind_label
from desktop.ui.common.tasks import LatestJob
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import accessible, heading


class BeforeAppointmentPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._render = LatestJob(self)  # the newest choice's page, rendered on the pool
        self.kind = accessible(QComboBox(), self.tr("Type of appointment"))
        for kind in APPOINTMENT_KINDS:
            self.kind.addItem(appointment_kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.view = TextView(name=self.tr("Steps and phrases"))
        self.view.technique_requested.connect(ctx.technique_requested)
        form = QFormLayout()
        form.addRow(self.tr("&Appointment:"), self.kind)
        a11y.name_fields_by_labels(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Before the appointment")))
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        ctx.library_did_load.connect(lambda _lib: self.refresh())
        self.refresh()

    def show_kind(self, kind: str) -> None:
        index = self.kind.findData(kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        self.refresh()

    def refresh(self) -> None:
        """The cards' sections are rendered on the thread pool, like a technique card (the
        first Markdown render of a session loads the library: 78 ms on the GUI thread before,
        bench/stall_probe.py); the page shown so far stays until the new one is ready."""
        lib = self.ctx.library
        if lib is None:
            self._render.cancel()
            self.view.set_html(f"<p>{self.tr('Loading the technique cards …')}</p>")
            return
        kind = self.kind.currentData()
        cards = cards_for_kind(list(lib.techniques.values()), kind)
        # Translated here, on the GUI thread; the worker only renders Markdown.
        words = {"how": self.tr("How it works"), "phrases": self.tr("Phrases"),
                 "open": self.tr("Open the whole card"),
                 "none": self.tr("There are no cards for this type of appointment yet.")}
        title = appointment_kind_label(kind)
        self._render.submit(lambda: page_html(title, cards, words), self.view.set_html,
                            lambda exc: self.view.set_html(render.notice(str(exc))))


def page_html(title: str, cards: list[TechniqueCard], words: dict[str, str]) -> str:
    """The steps and phrases of `cards` under `title` (Qt-free: runs on the thread pool)."""
    parts = [f"<h1>{render.escape(title)}</h1>"]
    if not cards:
        parts.append(f"<p>{render.escape(words['none'])}</p>")
    for card in cards:
        parts.append(f"<h2>{render.escape(card.title)}</h2>"
                     f"<p><i>{render.escape(card.summary)}</i></p>")
        # The section names are the card format's own (German) headings.
        for section_title, label in (("So geht's", words["how"]),
                                     ("Formulierungen", words["phrases"])):
            section = card_section(card, section_title)
            if section:
                parts.append(f"<h3>{render.escape(label)}</h3>{render.to_html(section)}")
        parts.append(f"<p><a href='technik:{card.id}'>{render.escape(words['open'])}</a></p>")
    return "".join(parts)
