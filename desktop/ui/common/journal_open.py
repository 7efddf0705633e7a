"""The dialogs of opening the journal: offer the newest backup for a damaged file, and say
plainly when the journal cannot be used (`JournalService.open` calls them; tests pass plain
functions instead).

Nothing is ever lost here: a damaged file has already been moved aside by the core, and the
user chooses between the newest good backup and an empty journal. Where the journal cannot be
opened at all, the app still runs for practice, and says that nothing is saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME

if TYPE_CHECKING:
    from desktop.core.journal import JournalDamaged


def _tr(text: str) -> str:
    return QCoreApplication.translate("journal_open", text)


def inform_with_box(message: str, consequence: str) -> None:
    """A warning that does not block the start (the window behind it keeps working)."""
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message,
                      parent=QApplication.activeWindow())
    box.setInformativeText(consequence)
    box.setAccessibleName(APP_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def ask_restore(damaged: JournalDamaged) -> bool:
    """Say where the damaged file went; True if the user wants the newest backup back."""
    moved = str(damaged.moved_to) if damaged.moved_to else _tr("(could not be moved)")
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, _tr(
        "Your journal database is damaged and could not be opened. It was not deleted but set "
        "aside:\n{moved}").format(moved=moved), parent=QApplication.activeWindow())
    box.setAccessibleName(APP_NAME)
    restore = None
    if damaged.backup is not None:
        box.setInformativeText(_tr("The newest intact backup is from {date}. Would you like to "
                                   "restore it?").format(date=damaged.backup.label))
        restore = box.addButton(_tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)  # Return takes back the entries; nothing is lost either way
    else:
        box.setInformativeText(_tr("There is no intact backup. The app starts with an empty "
                                   "journal."))
    box.addButton(_tr("Start with an empty journal"), QMessageBox.ButtonRole.RejectRole)
    box.setDetailedText(str(damaged))
    box.exec()
    return restore is not None and box.clickedButton() is restore
