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
        _warn(str(newer) + "\n\n" + _tr("Bitte verwenden Sie die neuere Version der App. Ihre "
                                        "Daten bleiben unverändert."))
    except JournalError as exc:
        _warn(str(exc))
    return None


def _warn(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message)
    box.setInformativeText(_tr("Sie können trotzdem üben; Ihre Eingaben werden in dieser Sitzung "
                               "aber nicht gespeichert."))
    box.exec()


def _recover(settings: Settings, data: DataPaths, damaged: JournalDamaged) -> Journal | None:
    moved = str(damaged.moved_to) if damaged.moved_to else _tr("(konnte nicht verschoben werden)")
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, _tr(
        "Ihre Journal-Datenbank ist beschädigt und konnte nicht geöffnet werden. Sie wurde nicht "
        "gelöscht, sondern beiseitegelegt:\n{moved}").format(moved=moved))
    restore = None
    if damaged.backup is not None:
        box.setInformativeText(_tr("Die neueste intakte Sicherung ist vom {date}. Möchten Sie "
                                   "sie wiederherstellen?").format(date=damaged.backup.label))
        restore = box.addButton(_tr("Sicherung wiederherstellen"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(_tr("Es gibt keine intakte Sicherung. Die App beginnt mit einem "
                                   "leeren Journal."))
    box.addButton(_tr("Mit leerem Journal beginnen"), QMessageBox.ButtonRole.RejectRole)
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
