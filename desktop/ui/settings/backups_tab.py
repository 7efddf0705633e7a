"""Settings → Backups: the folder, the list of backups, back up now, restore one.

Backups are made and restored on the thread pool behind a progress dialog; a restore first
closes a running practice session (its autosave must not write into the restored journal).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.core.journal import BackupInfo
from desktop.core.journal.backup import backup_folder, list_backups, take_backup
from desktop.ui.common.context import AppContext
from desktop.ui.common.journal_events import ChangeKind
from desktop.ui.common.widgets import FittedLabel
from desktop.ui.settings.data_actions import Confirm, DataActions, FolderChooser, FolderOpener
from desktop.ui.settings.tab_base import SettingsTab, named


class BackupsTab(SettingsTab):
    def __init__(self, ctx: AppContext, actions: DataActions, confirm: Confirm,
                 choose_folder: FolderChooser, open_folder: FolderOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data_actions = actions
        self.confirm = confirm
        self.choose_folder = choose_folder
        layout = self.layout_
        self.backup_folder = self.folder_field(str(self.folder()))
        choose = named(QPushButton(self.tr("Choose …")), self.tr("Choose the backup folder"))
        choose.clicked.connect(self._choose_backup_folder)
        self.open_button = named(QPushButton(self.tr("&Open folder")),
                                 self.tr("Open the backup folder"))
        self.open_button.clicked.connect(lambda: open_folder(self.folder()))
        layout.addWidget(self.row(self.label(self.tr("Backup &folder:"), self.backup_folder),
                                  self.backup_folder, choose, key="backup_folder"))
        layout.addWidget(FittedLabel(self.tr(
            "The app backs up your journal automatically when something changed: the newest "
            "of each of the last 7 days, 4 weeks and 6 months are kept.")))
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleDescription(self.tr("Newest first"))
        self.backup_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        layout.addWidget(self.label(self.tr("&Backups:"), self.backup_list))
        layout.addWidget(self.backup_list, 1)
        self.backup_now_button = named(QPushButton(self.tr("Back up &now")))
        self.backup_now_button.clicked.connect(self.backup_now)
        self.ctx.journal.requires_journal(self.backup_now_button, write=False)
        self.restore_button = named(QPushButton(self.tr("&Restore …")),
                                    self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_now_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.backup_status)
        self.refresh()

    def folder(self) -> Path:
        return backup_folder(self.ctx.data, self.settings)

    def _choose_backup_folder(self) -> None:
        folder = self.choose_folder(self, self.tr("Choose the backup folder"),
                                    self.backup_folder.text())
        if folder:
            self.change("backup_folder", folder)
            self.backup_folder.setText(str(self.folder()))
            self.refresh()

    def refresh(self) -> None:
        """List the backups, newest first, with date, reason and size."""
        self.backup_list.clear()
        backups = list_backups(self.folder())
        for info in backups:
            item = QListWidgetItem(self.tr("{label}, {size} MB").format(
                label=info.label, size=f"{info.size / 1e6:.1f}"))
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.backup_list.addItem(item)
        if not backups:
            self.backup_status.setText(self.tr("There are no backups yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        why = self.ctx.journal.unavailable_text()
        self.restore_button.setEnabled(self.selected_backup() is not None and not why)
        self.restore_button.setToolTip(why)

    def selected_backup(self) -> BackupInfo | None:
        item = self.backup_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def backup_now(self) -> None:
        if not self.ctx.journal.readable:
            return
        database, folder = self.ctx.data.database, self.folder()

        def done(info: BackupInfo) -> None:
            self.refresh()
            self.backup_status.setText(self.tr("Backup made: {label}.").format(label=info.label))

        self.data_actions.run_with_progress(
            self, self.tr("Back up now"), self.tr("Backing up the journal …"),
            lambda _r: take_backup(database, folder, "manuell"), done, self._failed,
            cancellable=False)

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if not self.ctx.journal.writable or backup is None:
            return
        text = self.tr("Replace everything in your journal with the backup of {label}? Entries "
                       "written since then are not in that backup. The current content is "
                       "backed up first, so this step can be undone.").format(label=backup.label)
        if not self.confirm(self, self.tr("Restore a backup"), text, self.tr("Restore")):
            return
        self.ctx.release_sessions()

        def done(_safety: object) -> None:
            self.ctx.journal.did_change(ChangeKind.OPENED, origin=self)
            self.refresh()
            self.backup_status.setText(self.tr("Restored: {label}.").format(label=backup.label))

        self.data_actions.run_with_progress(
            self, self.tr("Restore a backup"), self.tr("Restoring …"),
            self.data_actions.in_own_journal(lambda own: own.restore(backup)),
            done, self._failed, cancellable=False)

    def _failed(self, exc: BaseException) -> None:
        self.backup_status.setText(str(exc))
        QMessageBox.warning(self, self.tr("Not possible"), str(exc))
