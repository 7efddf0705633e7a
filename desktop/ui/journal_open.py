"""Open the journal at start, turning its damage cases into German dialogs.

Nothing is ever lost here: a damaged file has already been moved aside by the core, and the
user chooses between the newest good backup and an empty journal. Where the journal cannot be
opened at all, the app still runs for practice, and says that nothing is saved.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.core.config import Settings
from desktop.core.journal import (
    Journal,
    JournalDamaged,
    JournalError,
    JournalNewerSchema,
)
from desktop.core.paths import DataPaths

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("journal_open", text)


def open_journal_interactive(settings: Settings, data: DataPaths) -> Journal | None:
    """The opened journal, or None when it cannot be used (the user was told why)."""
    try:
        return Journal.open(data, settings)
    except JournalDamaged as damaged:
        log.warning("journal damaged: %s", damaged)
        return _recover(settings, data, damaged)
    except JournalNewerSchema as newer:
        _warn(str(newer) + "\n\n" + _tr("Please use the newer version of the app. Your data "
                                        "stays unchanged."))
    except JournalError as exc:
        _warn(str(exc))
    return None


def _warn(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message)
    box.setInformativeText(_tr("You can still practise, but nothing you enter in this session "
                               "will be saved."))
    box.exec()


def _recover(settings: Settings, data: DataPaths, damaged: JournalDamaged) -> Journal | None:
    moved = str(damaged.moved_to) if damaged.moved_to else _tr("(could not be moved)")
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, _tr(
        "Your journal database is damaged and could not be opened. It was not deleted but set "
        "aside:\n{moved}").format(moved=moved))
    restore = None
    if damaged.backup is not None:
        box.setInformativeText(_tr("The newest intact backup is from {date}. Would you like to "
                                   "restore it?").format(date=damaged.backup.label))
        restore = box.addButton(_tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(_tr("There is no intact backup. The app starts with an empty "
                                   "journal."))
    box.addButton(_tr("Start with an empty journal"), QMessageBox.ButtonRole.RejectRole)
    box.setDetailedText(str(damaged))
    box.exec()
    try:
        journal = Journal.open(data, settings)
        if restore is not None and box.clickedButton() is restore:
            journal.restore(damaged.backup)
        return journal
    except JournalError as exc:
        _warn(str(exc))
        return None
