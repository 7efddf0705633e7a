"""Settings → Practice: the practice-days chart, the reminder, own words first, the review
hint; each a check box with a sentence saying what it does."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from desktop.ui.common.context import AppContext
from desktop.ui.common.widgets import FittedLabel
from desktop.ui.settings.tab_base import SettingsTab, named


class PracticeTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.streak = self._switch(
            "streak_enabled",
            self.tr("Show my practice &days of the last four weeks in the statistics"),
            self.tr("Shows on how many of the last 28 days you practised. A day without "
                    "practice never counts against you, nothing can be broken, and nobody "
                    "else sees it."))
        self.reminder = self._switch(
            "reminder_enabled", self.tr("A gentle &reminder on the start page"),
            self.tr("Only a short note on the start page when you have not practised for a "
                    "while: never a pop-up, never a notification."))
        self.own_words = self._switch(
            "own_words_first",
            self.tr("In Reagieren, write your &own words before the options appear"),
            self.tr("At each decision you first write what you would say; then the options "
                    "appear and you pick the nearest one. Recalling before recognising trains "
                    "more. Both stay in your journal."))
        self.review_hint = self._switch(
            "review_hint_enabled",
            self.tr("Say on the start page when &moments are ready for review"),
            self.tr("Decision points you found hard come back in Zwischendurch after a day or "
                    "two, those that went well after weeks. Zwischendurch always starts with "
                    "them; this only adds one quiet sentence to the start page."))
        self.layout_.addStretch(1)

    def _switch(self, key: str, text: str, note: str) -> QCheckBox:
        box = named(QCheckBox(text))
        box.setChecked(bool(self.settings.get(key)))
        box.toggled.connect(lambda on: self.change(key, on))
        self.layout_.addWidget(self.row(box, key=key))
        self.layout_.addWidget(FittedLabel(note))
        return box
