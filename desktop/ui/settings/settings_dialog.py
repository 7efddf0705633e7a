"""Settings: language, text size, colours, practice aids, folders, backups, retention.

Every change takes effect at once (language and folders from the next start, as the dialog
says). A setting IT has locked by policy is shown disabled with a note saying so. The tabs are
classes of their own (display, practice, data, backups); what touches the journal's data comes
in as `DataActions` from the shell.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.context import AppContext
from desktop.ui.settings.backups_tab import BackupsTab
from desktop.ui.settings.data_actions import Confirm, DataActions, FolderChooser, FolderOpener
from desktop.ui.settings.data_tab import DataTab
from desktop.ui.settings.display_tab import DisplayTab
from desktop.ui.settings.practice_tab import PracticeTab
from desktop.ui.settings.tab_base import LOCKED_NOTE

__all__ = ["LOCKED_NOTE", "SettingsDialog", "default_folder_opener"]


def default_folder_opener(folder: Path) -> None:
    """Show a folder in the system's file manager (a local folder; nothing is downloaded)."""
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SettingsDialog(QDialog):
    """All user settings in four tabs: display, practice, data, backups.

    `confirm` and `choose_folder` default to the shell's (`actions`); tests hand in plain
    functions instead of answering real dialogs."""

    def __init__(self, ctx: AppContext, actions: DataActions, confirm: Confirm | None = None,
                 choose_folder: FolderChooser | None = None,
                 open_folder: FolderOpener = default_folder_opener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = ctx.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.resize(760, 600)
        confirm = confirm or actions.confirm
        choose_folder = choose_folder or actions.choose_folder
        self.display_tab = DisplayTab(ctx)
        self.practice_tab = PracticeTab(ctx)
        self.backups_tab = BackupsTab(ctx, actions, confirm, choose_folder, open_folder)
        self.data_tab = DataTab(ctx, actions, confirm, choose_folder, open_folder,
                                on_deleted=lambda _n: self.backups_tab.refresh())
        self.tabs = QTabWidget()
        # Fusion draws inactive tabs two pixels lower and clips capital umlauts ("Üben");
        # a little more top padding keeps them whole, bold marks the current tab (not colour).
        self.tabs.tabBar().setStyleSheet(
            "QTabBar::tab { padding: 5px 12px 3px 12px; border: 1px solid palette(mid); "
            "border-bottom: none; background: palette(button); }"
            "QTabBar::tab:selected { background: palette(base); font-weight: bold; }")
        self.tabs.setAccessibleName(self.tr("Settings areas"))
        self.tabs.addTab(self.display_tab, self.tr("Display"))
        self.tabs.addTab(self.practice_tab, self.tr("Practice"))
        self.tabs.addTab(self.data_tab, self.tr("Data"))
        self.tabs.addTab(self.backups_tab, self.tr("Backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter closes the dialog; it never presses "Choose …" or "Restore …" by accident.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.tabs.setFocus()  # start on the tabs: nothing is pressed or typed by accident
