"""The user's data rights (DSGVO Art. 15, 17, 20): export everything, delete everything, and
the retention setting that deletes eigener-fall entries automatically.

Deleting runs on the thread pool through a journal connection of its own (`in_own_journal`);
the GUI's connection stays on the GUI thread. A running practice session is closed first, so
its autosave cannot write a deleted entry back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.config import Settings
from desktop.core.journal import ExportResult, Journal
from desktop.core.paths import DataPaths
from desktop.core.practice import SessionKind
from desktop.ui.common.context import AppContext
from desktop.ui.common.i18n import translator
from desktop.ui.common.journal_service import ChangeKind, JournalService
from desktop.ui.common.widgets import accessible, wrapped_label
from desktop.ui.journal.export import Reporter, run_with_progress

T = TypeVar("T")
FolderChooser = Callable[[QWidget, str, str], str]
Confirm = Callable[[QWidget, str, str, str], bool]


_tr = translator("data_rights")


def confirm_with_box(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is go


def default_folder_chooser(parent: QWidget, caption: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, caption, start)


def in_own_journal(service: JournalService, fn: Callable[[Journal], T]
                   ) -> Callable[[Reporter], T]:
    """Work for `run_with_progress` that opens the journal again on the worker thread (its own
    connection), runs `fn` on it and closes it."""
    paths: DataPaths = service.data
    settings: Settings = service.settings

    def work(_reporter: Reporter) -> T:
        own = Journal.open(paths, settings)
        try:
            return fn(own)
        finally:
            own.close()

    return work


def _inform(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A message that does not block (the work it reports on is already done)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # else each stays a hidden child
    box.open()
    return box


# -- export everything ---------------------------------------------------------------------------

def export_everything(database: Path, target: Path) -> ExportResult:
    """On the worker thread: the export reads through connections of its own."""
    from desktop.core.journal.export import export_all
    from desktop.ui.journal.journal_detail import journal_labels

    return export_all(database, target, journal_labels())


def export_all_data(parent: QWidget, ctx: AppContext,
                    choose_folder: FolderChooser = default_folder_chooser) -> bool:
    """Everything as journal.json plus one Markdown file per entry, in a new folder inside the
    folder the user picks; False if there is no journal or the user cancelled."""
    if not ctx.journal.readable:
        return False
    database = ctx.journal.data.database
    folder = choose_folder(parent, _tr("Where should the export go?"), str(Path.home()))
    if not folder:
        return False
    target = Path(folder) / f"gespraechskompass-export-{datetime.now():%Y-%m-%d_%H%M%S}"

    def done(result: ExportResult) -> None:
        _inform(parent, _tr("Export all my data"), _tr(
            "%n entries exported to {folder}: journal.json with everything, and one "
            "readable file per entry in “sitzungen”.", "", result.sessions).format(
                folder=result.folder))

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, _tr("Export all my data"), str(exc))

    run_with_progress(parent, _tr("Export all my data"), _tr("Exporting all your data …"),
                      lambda _r: export_everything(database, target), done, failed,
                      cancellable=False)
    return True


# -- delete everything ---------------------------------------------------------------------------

class DeleteAllDialog(QDialog):
    """Names what will be gone (the entries; backups only if ticked) before anything is."""

    def __init__(self, entries: int, backups: int, backup_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries
        self.backups = backups
        self.setWindowTitle(self.tr("Delete all my data"))
        self.setAccessibleName(self.tr("Delete all my data"))
        self.text = wrapped_label(self.tr(
            "This deletes all %n entries of your journal for good: every answer, note, "
            "reflection, tag and feedback received, and every draft. It cannot be undone. If you "
            "want to keep a copy, export your data first.", "", entries))
        self.include_backups = accessible(
            QCheckBox(self.tr("Also delete the &backups in {folder} (%n)", "", backups).format(
                folder=backup_folder)),
            self.tr("Also delete the backups"),
            self.tr("Without this, the backups stay, and a backup could bring the entries back"))
        self.include_backups.setEnabled(backups > 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.include_backups.toggled.connect(self._on_backups_toggle)
        buttons = QDialogButtonBox()
        self.delete_button = buttons.addButton(self.tr("&Delete everything"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setAccessibleName(self.tr("Delete everything"))
        self.delete_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.include_backups)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._on_backups_toggle(False)
        self.cancel_button.setFocus()

    def _on_backups_toggle(self, on: bool) -> None:
        text = self.tr("Entries to be deleted: %n.", "", self.entries) + " "
        if on:
            text += self.tr("Backups deleted as well: %n.", "", self.backups)
        elif self.backups:
            text += self.tr("Backups that stay: %n.", "", self.backups)
        else:
            text += self.tr("There are no backups.")
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.delete_button.setAccessibleDescription(text)


def delete_all_data(parent: QWidget, ctx: AppContext,
                    on_done: Callable[[int], None] | None = None) -> DeleteAllDialog | None:
    """Open the confirmation; when confirmed, delete on the thread pool and tell the user."""
    if not ctx.journal.writable:
        return None
    journal = ctx.journal.store
    dialog = DeleteAllDialog(journal.count_sessions(), len(journal.backups.list()),
                             journal.backups.folder(), parent)

    def confirmed() -> None:
        include = dialog.include_backups.isChecked()
        ctx.release_sessions()

        def done(count: int) -> None:
            ctx.journal.did_change(ChangeKind.DELETED, origin=dialog)
            text = (_tr("All %n entries and all backups were deleted.", "", count) if include
                    else _tr("All %n entries were deleted. The backups were kept.", "", count))
            _inform(parent, _tr("Delete all my data"), text)
            if on_done is not None:
                on_done(count)

        def failed(exc: BaseException) -> None:
            ctx.journal.did_change(ChangeKind.DELETED, origin=dialog)
            QMessageBox.warning(parent, _tr("Delete all my data"), str(exc))

        run_with_progress(parent, _tr("Delete all my data"), _tr("Deleting all your data …"),
                          in_own_journal(ctx.journal, lambda own: own.delete_all(include)),
                          done, failed, cancellable=False)

    dialog.accepted.connect(confirmed)
    dialog.open()
    return dialog


# -- retention -----------------------------------------------------------------------------------

def retention_question(days: int, due: int) -> str:
    return _tr("From now on, “own case” entries that have not been changed for %n day(s) are "
               "deleted automatically, at every start and every few hours.", "", days) + " " + _tr(
        "%n entries are older than that and will be deleted now.", "", due)


def apply_retention_setting(parent: QWidget, ctx: AppContext, days: int,
                            confirm: Confirm,
                            on_done: Callable[[int], None] | None = None) -> bool:
    """Set the retention period; a period that deletes entries now is confirmed first."""
    service = ctx.journal
    if days > 0 and service.writable:
        due = service.store.stats.count_expired_own_cases(days)
        if due and not confirm(parent, _tr("Automatic deletion"), retention_question(days, due),
                               _tr("Delete %n entries", "", due)):
            return False
    ctx.change_setting("retention_days", days)
    if days <= 0 or not service.writable:
        if on_done is not None:
            on_done(0)
        return True
    # An own case resumed but not yet changed may be old enough for retention: close it first.
    ctx.release_sessions(kinds=[SessionKind.EIGENER_FALL])

    def done(deleted: int) -> None:
        if deleted:
            service.did_change(ChangeKind.DELETED, origin=parent)
        if on_done is not None:
            on_done(deleted)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, _tr("Automatic deletion"), str(exc))

    run_with_progress(parent, _tr("Automatic deletion"), _tr("Deleting old entries …"),
                      in_own_journal(service, lambda own: own.apply_retention()),
                      done, failed, cancellable=False)
    return True
