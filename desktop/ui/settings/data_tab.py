"""Settings → Data: where the journal is, team scenarios, the studio switch, automatic
deletion of own cases, and the data rights (export or delete everything)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from desktop.ui.common.context import AppContext
from desktop.ui.common.widgets import FittedLabel
from desktop.ui.settings.data_actions import Confirm, DataActions, FolderChooser, FolderOpener
from desktop.ui.settings.tab_base import SettingsTab, named


class DataTab(SettingsTab):
    def __init__(self, ctx: AppContext, actions: DataActions, confirm: Confirm,
                 choose_folder: FolderChooser, open_folder: FolderOpener,
                 on_deleted: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data_actions = actions
        self.confirm = confirm
        self.choose_folder = choose_folder
        self.open_folder = open_folder
        self._on_deleted = on_deleted
        self._folders()
        self._retention()
        self._rights()
        self.layout_.addStretch(1)

    def _folders(self) -> None:
        self.data_folder = self.folder_field(str(self.ctx.data.root))
        choose = named(QPushButton(self.tr("&Choose …")), self.tr("Choose the data folder"))
        choose.clicked.connect(self._choose_data_folder)
        show = named(QPushButton(self.tr("&Open folder")), self.tr("Open the data folder"))
        show.clicked.connect(lambda: self.open_folder(self.ctx.data.root))
        self.data_folder_note = FittedLabel(self.tr(
            "Your journal lives in this folder. A new folder is used from the next start; the "
            "entries stay in the old one (move them with a backup and a restore)."))
        self.layout_.addWidget(self.group(
            self.tr("Where your journal is"),
            self.row(self.label(self.tr("&Data folder:"), self.data_folder), self.data_folder,
                     choose, show, key="data_folder"),
            self.data_folder_note))
        show.setEnabled(True)  # looking is allowed where IT fixed the folder
        self.team_folder = self.folder_field(self.settings.get("team_scenario_folder") or "")
        self.team_folder.setPlaceholderText(self.tr("none"))
        team_choose = named(QPushButton(self.tr("Choose …")),
                            self.tr("Choose the team scenario folder"))
        team_choose.clicked.connect(self._choose_team_folder)
        team_clear = named(QPushButton(self.tr("Remove")),
                           self.tr("Remove the team scenario folder"))
        team_clear.clicked.connect(lambda: self._set_team_folder(""))
        self.authoring = named(QCheckBox(self.tr("Show the scenario st&udio (for trainers)")))
        self.authoring.setChecked(bool(self.settings.get("authoring")))
        self.authoring.toggled.connect(lambda on: self.change("authoring", on))
        self.layout_.addWidget(self.group(
            self.tr("Team scenarios"),
            self.row(self.label(self.tr("&Team folder:"), self.team_folder), self.team_folder,
                     team_choose, team_clear, key="team_scenario_folder"),
            FittedLabel(self.tr("Scenarios your team shares, in addition to the bundled "
                              "ones. Takes effect the next time the app starts.")),
            self.row(self.authoring, key="authoring")))

    def _retention(self) -> None:
        self.retention = QSpinBox()
        self.retention.setRange(0, 3650)
        self.retention.setSpecialValueText(self.tr("never"))
        self.retention.setAccessibleDescription(self.tr("0 keeps them until you delete them"))
        self.retention.valueChanged.connect(self._show_days_suffix)
        self.retention.setValue(int(self.settings.get("retention_days") or 0))
        self._show_days_suffix(self.retention.value())
        label = self.label(self.tr("Delete after unchanged for:"), self.retention)
        self.retention.lineEdit().setAccessibleName(self.retention.accessibleName())
        self.retention_apply = named(QPushButton(self.tr("A&pply")),
                                     self.tr("Apply the automatic deletion"))
        self.retention_apply.clicked.connect(self.apply_retention)
        self.retention_status = FittedLabel(self.tr(
            "Reflections on real cases are deleted automatically when they have not been "
            "changed for this many days. “never” keeps them until you delete them."))
        self.layout_.addWidget(self.group(
            self.tr("Automatic deletion of “own case” entries"),
            self.row(label, self.retention, self.retention_apply, key="retention_days"),
            self.retention_status))

    def _show_days_suffix(self, days: int) -> None:
        self.retention.setSuffix(self.tr(" day(s)", "", days))  # " Tag", " Tage"

    def _rights(self) -> None:
        rights = QGroupBox(self.tr("Your data"))
        row = QHBoxLayout(rights)
        self.export_all_button = named(QPushButton(self.tr("E&xport all my data …")))
        self.export_all_button.clicked.connect(
            lambda: self.data_actions.export_all(self, self.choose_folder))
        self.delete_all_button = named(QPushButton(self.tr("De&lete all my data …")))
        self.delete_all_button.clicked.connect(
            lambda: self.data_actions.delete_all(self, self._on_deleted))
        self.ctx.journal.requires_journal(self.export_all_button, write=False)
        self.ctx.journal.requires_journal(self.delete_all_button)
        row.addWidget(self.export_all_button)
        row.addWidget(self.delete_all_button)
        row.addStretch(1)
        self.layout_.addWidget(rights)

    def _choose_data_folder(self) -> None:
        folder = self.choose_folder(self, self.tr("Choose the data folder"),
                                    self.data_folder.text())
        if folder:
            self.change("data_folder", folder)
            self.data_folder.setText(folder)
            self.data_folder_note.setText(self.tr(
                "From the next start the app uses {folder}. Your entries stay in {old} until "
                "you move them with a backup and a restore.").format(
                folder=folder, old=self.ctx.data.root))

    def _choose_team_folder(self) -> None:
        folder = self.choose_folder(self, self.tr("Choose the team scenario folder"),
                                    self.team_folder.text())
        if folder:
            self._set_team_folder(folder)

    def _set_team_folder(self, folder: str) -> None:
        self.change("team_scenario_folder", folder)
        self.team_folder.setText(folder)

    def apply_retention(self) -> bool:
        days = self.retention.value()

        def done(deleted: int) -> None:
            if days <= 0:
                text = self.tr("Own-case entries are kept until you delete them.")
            else:
                text = (self.tr("Own-case entries are deleted after %n day(s) unchanged.", "",
                                days)
                        + " " + self.tr("Deleted just now: %n.", "", deleted))
            self.retention_status.setText(text)

        applied = self.data_actions.apply_retention(self, days, self.confirm, done)
        if not applied:
            self.retention.setValue(int(self.settings.get("retention_days") or 0))
        return applied
