"""The journal's state in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.common.journal_events import JournalState

if TYPE_CHECKING:
    from desktop.ui.common.journal_service import JournalService


def _tr(text: str) -> str:
    return QCoreApplication.translate("journal_service", text)


class JournalStateLabel(QLabel):
    """The journal's state in the status bar, quietly: "opening …" while it opens, a warning
    that nothing is saved while it cannot be written, nothing while it is ready."""

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        service.state_did_change.connect(self._on_state_change)
        self._on_state_change(service.state)

    def _on_state_change(self, state: JournalState) -> None:
        text = {
            JournalState.OPENING: _tr("Opening the journal …"),
            JournalState.READY: "",
            JournalState.READ_ONLY: _tr("⚠ Journal read-only: nothing is saved"),
            JournalState.DAMAGED: _tr("⚠ Journal damaged: nothing is saved"),
            JournalState.UNAVAILABLE: _tr("⚠ No journal: nothing is saved"),
        }[state]
        self.setText(text)
        self.setAccessibleName(text or _tr("Journal ready"))
        self.setToolTip(self.service.reason)
        self.setAccessibleDescription(self.service.reason)
        self.setVisible(bool(text))
