"""Vor dem Termin: pick a kind of appointment, see the matching cards' steps and phrases."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from desktop.core.scenarios import render
from desktop.core.scenarios.cards import APPOINTMENT_KINDS, card_section, cards_for_kind
from desktop.ui.common.context import AppContext
from desktop.ui.common.labels import appointment_kind_label
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import accessible, heading


class BeforeAppointmentPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.kind = accessible(QComboBox(), self.tr("Type of appointment"))
        for kind in APPOINTMENT_KINDS:
            self.kind.addItem(appointment_kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.view = TextView(name=self.tr("Steps and phrases"))
        self.view.technique_requested.connect(ctx.technique_requested)
        form = QFormLayout()
        form.addRow(self.tr("&Appointment:"), self.kind)
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
        lib = self.ctx.library
        if lib is None:
            self.view.set_html(f"<p>{self.tr('Loading the technique cards …')}</p>")
            return
        kind = self.kind.currentData()
        cards = cards_for_kind(list(lib.techniques.values()), kind)
        parts = [f"<h1>{render.escape(appointment_kind_label(kind))}</h1>"]
        if not cards:
            parts.append(f"<p>{self.tr('There are no cards for this type of appointment yet.')}</p>")
        for card in cards:
            parts.append(f"<h2>{render.escape(card.title)}</h2>"
                         f"<p><i>{render.escape(card.summary)}</i></p>")
            for title, label in (("So geht's", self.tr("How it works")),
                                 ("Formulierungen", self.tr("Phrases"))):
                section = card_section(card, title)
                if section:
                    parts.append(f"<h3>{render.escape(label)}</h3>{render.to_html(section)}")
            parts.append(f"<p><a href='technik:{card.id}'>{self.tr('Open the whole card')}</a></p>")
        self.view.set_html("".join(parts))
