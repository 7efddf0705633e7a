"""Settings: language, text size, colours, streak and reminder, folders, backups, retention.

Every change takes effect at once (language and folders from the next start, as the dialog
says). A setting IT has locked by policy is shown disabled with a note saying so. Backups are
made and restored on the thread pool; a restore first closes a running practice session.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.journal import BackupInfo
from desktop.core.journal.backup import backup_folder, list_backups, take_backup
from desktop.ui.common import theme
from desktop.ui.common.context import AppContext
from desktop.ui.common.journal_service import ChangeKind
from desktop.ui.common.widgets import accessible
from desktop.ui.journal import data_rights
from desktop.ui.journal.data_rights import (
    Confirm,
    FolderChooser,
    confirm_with_box,
    default_folder_chooser,
    in_own_journal,
)
from desktop.ui.journal.export import run_with_progress

FolderOpener = Callable[[Path], None]
LANGUAGES = (("de", "Deutsch"), ("en", "English"))  # each in its own language
LOCKED_NOTE = "locked-note"


class NoteLabel(QLabel):
    """A wrapped explanatory text exactly as tall as its lines at its width.

    A word-wrapped QLabel asks for the height it needs at a guessed narrow width, and a layout
    inside a tab gives it that, leaving gaps; capping it at heightForWidth removes them.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height > 0 and self.maximumHeight() != height:
            self.setMaximumHeight(height)


def default_folder_opener(folder: Path) -> None:
    """Show a folder in the system's file manager (a local folder; nothing is downloaded)."""
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SettingsDialog(QDialog):
    """All user settings in four tabs: display, practice, data, backups."""

    def __init__(self, ctx: AppContext, window=None, confirm: Confirm = confirm_with_box,
                 choose_folder: FolderChooser = default_folder_chooser,
                 open_folder: FolderOpener = default_folder_opener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = ctx.settings
        self.window_ = window
        self.confirm = confirm
        self.choose_folder = choose_folder
        self.open_folder = open_folder
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.resize(760, 600)
        self.tabs = QTabWidget()
        # Fusion draws inactive tabs two pixels lower and clips capital umlauts ("Üben");
        # a little more top padding keeps them whole, bold marks the current tab (not colour).
        self.tabs.tabBar().setStyleSheet(
            "QTabBar::tab { padding: 5px 12px 3px 12px; border: 1px solid palette(mid); "
            "border-bottom: none; background: palette(button); }"
            "QTabBar::tab:selected { background: palette(base); font-weight: bold; }")
        self.tabs.setAccessibleName(self.tr("Settings areas"))
        self.tabs.addTab(self._display_tab(), self.tr("Display"))
        self.tabs.addTab(self._practice_tab(), self.tr("Practice"))
        self.tabs.addTab(self._data_tab(), self.tr("Data"))
        self.tabs.addTab(self._backups_tab(), self.tr("Backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter closes the dialog; it never presses "Choose …" or "Restore …" by accident.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.refresh_backups()
        self.tabs.setFocus()  # start on the tabs: nothing is pressed or typed by accident

    # --- helpers ------------------------------------------------------------------------------

    def _locked(self, key: str, *widgets: QWidget) -> QLabel | None:
        """Disable the widgets of a setting IT locked; return the note to show beside them."""
        if not self.settings.is_locked(key):
            return None
        note = QLabel(self.tr("Set by your IT"))
        note.setObjectName(LOCKED_NOTE)
        note.setAccessibleName(self.tr("Set by your IT"))
        for widget in widgets:
            widget.setEnabled(False)
            widget.setAccessibleDescription(self.tr("Set by your IT; cannot be changed here"))
        return note

    def _row(self, *widgets: QWidget, key: str | None = None) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, QLineEdit | QComboBox) else 0)
        note = self._locked(key, *widgets) if key else None
        if note is not None:
            row.addWidget(note)
        if not any(isinstance(w, QLineEdit | QComboBox) for w in widgets):
            row.addStretch(1)
        return box

    def _change(self, key: str, value: object) -> None:
        if not self.settings.is_locked(key) and self.settings.get(key) != value:
            self.ctx.change_setting(key, value)

    # --- display ------------------------------------------------------------------------------

    def _group(self, title: str, *rows: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        box = QVBoxLayout(group)
        for row in rows:
            box.addWidget(row)
        return group

    def _display_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.language = accessible(QComboBox(), self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.settings.get("language")),
                                          0))
        self.language.currentIndexChanged.connect(self._on_language_change)
        self.language_note = NoteLabel(self.tr("A new language takes effect after a "
                                                   "restart of the app."))
        layout.addWidget(self._group(
            self.tr("Language"),
            self._row(self._label(self.tr("&Language:"), self.language), self.language,
                      key="language"),
            self.language_note))
        self.font_size = accessible(QSpinBox(), self.tr("Font size in points"),
                                    self.tr("The lowest value follows the system's size"))
        self.font_size.lineEdit().setAccessibleName(self.font_size.accessibleName())
        self.font_size.setRange(theme.MIN_POINT_SIZE - 1, theme.MAX_POINT_SIZE)
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setSuffix(self.tr(" pt"))
        size = int(self.settings.get("font_size") or 0)
        self.font_size.setValue(size if size else theme.MIN_POINT_SIZE - 1)
        self.font_size.valueChanged.connect(self._on_font_size_change)
        self.follow_system = accessible(QRadioButton(self.tr("Follow the s&ystem")),
                                        self.tr("Follow the system colours"),
                                        self.tr("Includes the system's own high-contrast mode"))
        self.high_contrast = accessible(QRadioButton(self.tr("Hi&gh contrast")),
                                        self.tr("High contrast"))
        (self.high_contrast if self.settings.get("theme") == "high-contrast"
         else self.follow_system).setChecked(True)
        self.high_contrast.toggled.connect(self._on_contrast_toggle)
        layout.addWidget(self._group(
            self.tr("Text and colours"),
            self._row(self._label(self.tr("&Font size:"), self.font_size), self.font_size,
                      key="font_size"),
            NoteLabel(self.tr("Ctrl+Plus and Ctrl+Minus change the size anywhere in the "
                                  "app.")),
            self._row(self.follow_system, self.high_contrast, key="theme")))
        layout.addStretch(1)
        return page

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _on_language_change(self) -> None:
        self._change("language", self.language.currentData())

    def _on_font_size_change(self, value: int) -> None:
        size = 0 if value < theme.MIN_POINT_SIZE else value
        app = QApplication.instance()
        if app is not None:
            theme.apply_font_size(app, size)
        self._change("font_size", size)

    def _on_contrast_toggle(self, on: bool) -> None:
        value = "high-contrast" if on else "system"
        app = QApplication.instance()
        if app is not None:
            theme.apply_theme(app, value)
        self._change("theme", value)

    # --- practice -----------------------------------------------------------------------------

    def _practice_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.streak = accessible(
            QCheckBox(self.tr("Show my practice &days of the last four weeks in the statistics")),
            self.tr("Show my practice days of the last four weeks in the statistics"))
        self.streak.setChecked(bool(self.settings.get("streak_enabled")))
        self.streak.toggled.connect(lambda on: self._change("streak_enabled", on))
        layout.addWidget(self._row(self.streak, key="streak_enabled"))
        layout.addWidget(NoteLabel(self.tr(
            "Shows on how many of the last 28 days you practised. A day without practice never "
            "counts against you, nothing can be broken, and nobody else sees it.")))
        self.reminder = accessible(QCheckBox(self.tr("A gentle &reminder on the start page")),
                                   self.tr("A gentle reminder on the start page"))
        self.reminder.setChecked(bool(self.settings.get("reminder_enabled")))
        self.reminder.toggled.connect(lambda on: self._change("reminder_enabled", on))
        layout.addWidget(self._row(self.reminder, key="reminder_enabled"))
        layout.addWidget(NoteLabel(self.tr(
            "Only a short note on the start page when you have not practised for a while: "
            "never a pop-up, never a notification.")))
        self.own_words = accessible(
            QCheckBox(self.tr("In Reagieren, write your &own words before the options appear")),
            self.tr("In Reagieren, write your own words before the options appear"))
        self.own_words.setChecked(bool(self.settings.get("own_words_first")))
        self.own_words.toggled.connect(lambda on: self._change("own_words_first", on))
        layout.addWidget(self._row(self.own_words, key="own_words_first"))
        layout.addWidget(NoteLabel(self.tr(
            "At each decision you first write what you would say; then the options appear and "
            "you pick the nearest one. Recalling before recognising trains more. Both stay in "
            "your journal.")))
        self.review_hint = accessible(
            QCheckBox(self.tr("Say on the start page when &moments are ready for review")),
            self.tr("Say on the start page when moments are ready for review"))
        self.review_hint.setChecked(bool(self.settings.get("review_hint_enabled")))
        self.review_hint.toggled.connect(lambda on: self._change("review_hint_enabled", on))
        layout.addWidget(self._row(self.review_hint, key="review_hint_enabled"))
        layout.addWidget(NoteLabel(self.tr(
            "Decision points you found hard come back in Zwischendurch after a day or two, "
            "those that went well after weeks. Zwischendurch always starts with them; this "
            "only adds one quiet sentence to the start page.")))
        layout.addStretch(1)
        return page

    # --- data ---------------------------------------------------------------------------------

    def _folder_field(self, name: str, value: str) -> QLineEdit:
        field = accessible(QLineEdit(value), name)
        field.setReadOnly(True)
        return field

    def _data_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.data_folder = self._folder_field(self.tr("Data folder"), str(self.ctx.data.root))
        choose = accessible(QPushButton(self.tr("&Choose …")), self.tr("Choose the data folder"))
        choose.clicked.connect(self._choose_data_folder)
        show = accessible(QPushButton(self.tr("&Open folder")), self.tr("Open the data folder"))
        show.clicked.connect(lambda: self.open_folder(self.ctx.data.root))
        self.data_folder_note = NoteLabel(self.tr(
            "Your journal lives in this folder. A new folder is used from the next start; the "
            "entries stay in the old one (move them with a backup and a restore)."))
        layout.addWidget(self._group(
            self.tr("Where your journal is"),
            self._row(self._label(self.tr("&Data folder:"), self.data_folder), self.data_folder,
                      choose, show, key="data_folder"),
            self.data_folder_note))
        show.setEnabled(True)  # looking is allowed where IT fixed the folder
        self.team_folder = self._folder_field(self.tr("Team scenario folder"),
                                              self.settings.get("team_scenario_folder") or "")
        self.team_folder.setPlaceholderText(self.tr("none"))
        team_choose = accessible(QPushButton(self.tr("Choose …")),
                                 self.tr("Choose the team scenario folder"))
        team_choose.clicked.connect(self._choose_team_folder)
        team_clear = accessible(QPushButton(self.tr("Remove")),
                                self.tr("Remove the team scenario folder"))
        team_clear.clicked.connect(lambda: self._set_team_folder(""))
        layout.addWidget(self._group(
            self.tr("Team scenarios"),
            self._row(self._label(self.tr("&Team folder:"), self.team_folder), self.team_folder,
                      team_choose, team_clear, key="team_scenario_folder"),
            NoteLabel(self.tr("Scenarios your team shares, in addition to the bundled "
                                  "ones. Takes effect the next time the app starts.")),
            self._authoring_row()))

        retention = QGroupBox(self.tr("Automatic deletion of “own case” entries"))
        box = QVBoxLayout(retention)
        self.retention = accessible(QSpinBox(), self.tr("Delete own-case entries after days"),
                                    self.tr("0 keeps them until you delete them"))
        self.retention.lineEdit().setAccessibleName(self.retention.accessibleName())
        self.retention.setRange(0, 3650)
        self.retention.setSpecialValueText(self.tr("never"))
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(int(self.settings.get("retention_days") or 0))
        self.retention_apply = accessible(QPushButton(self.tr("A&pply")),
                                          self.tr("Apply the automatic deletion"))
        self.retention_apply.clicked.connect(self.apply_retention)
        box.addWidget(self._row(self._label(self.tr("Delete after unchanged for:"),
                                            self.retention),
                                self.retention, self.retention_apply, key="retention_days"))
        self.retention_status = NoteLabel(self.tr(
            "Reflections on real cases are deleted automatically when they have not been "
            "changed for this many days. “never” keeps them until you delete them."))
        box.addWidget(self.retention_status)
        layout.addWidget(retention)

        rights = QGroupBox(self.tr("Your data"))
        row = QHBoxLayout(rights)
        self.export_all_button = accessible(QPushButton(self.tr("E&xport all my data …")),
                                            self.tr("Export all my data"))
        self.export_all_button.clicked.connect(
            lambda: data_rights.export_all_data(self, self.ctx, self.choose_folder))
        self.delete_all_button = accessible(QPushButton(self.tr("De&lete all my data …")),
                                            self.tr("Delete all my data"))
        self.delete_all_button.clicked.connect(
            lambda: data_rights.delete_all_data(self, self.ctx, self.window_,
                                                lambda _n: self.refresh_backups()))
        self.ctx.journal.requires_journal(self.export_all_button, write=False)
        self.ctx.journal.requires_journal(self.delete_all_button)
        for button in (self.export_all_button, self.delete_all_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(rights)
        layout.addStretch(1)
        return page

    def _authoring_row(self) -> QWidget:
        self.authoring = accessible(QCheckBox(self.tr("Show the scenario st&udio (for "
                                                      "trainers)")),
                                    self.tr("Show the scenario studio (for trainers)"))
        self.authoring.setChecked(bool(self.settings.get("authoring")))
        self.authoring.toggled.connect(lambda on: self._change("authoring", on))
        return self._row(self.authoring, key="authoring")

    def _choose_data_folder(self) -> None:
        folder = self.choose_folder(self, self.tr("Choose the data folder"),
                                    self.data_folder.text())
        if folder:
            self._change("data_folder", folder)
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
        self._change("team_scenario_folder", folder)
        self.team_folder.setText(folder)

    def apply_retention(self) -> bool:
        days = self.retention.value()

        def done(deleted: int) -> None:
            if days <= 0:
                text = self.tr("Own-case entries are kept until you delete them.")
            else:
                text = self.tr("Own-case entries are deleted after {days} days unchanged; "
                               "{n} were deleted now.").format(days=days, n=deleted)
            self.retention_status.setText(text)

        applied = data_rights.apply_retention_setting(self, self.ctx, days, self.confirm, done)
        if not applied:
            self.retention.setValue(int(self.settings.get("retention_days") or 0))
        return applied

    # --- backups ------------------------------------------------------------------------------

    def _backup_folder(self) -> Path:
        return backup_folder(self.ctx.data, self.settings)

    def _backups_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.backup_folder = self._folder_field(self.tr("Backup folder"),
                                                str(self._backup_folder()))
        choose = accessible(QPushButton(self.tr("Choose …")), self.tr("Choose the backup folder"))
        choose.clicked.connect(self._choose_backup_folder)
        show = accessible(QPushButton(self.tr("&Open folder")),
                          self.tr("Open the backup folder"))
        show.clicked.connect(lambda: self.open_folder(self._backup_folder()))
        layout.addWidget(self._row(self._label(self.tr("Backup &folder:"), self.backup_folder),
                                   self.backup_folder, choose, key="backup_folder"))
        layout.addWidget(NoteLabel(self.tr(
            "The app backs up your journal automatically when something changed: the newest "
            "of each of the last 7 days, 4 weeks and 6 months are kept.")))
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_list.currentRowChanged.connect(lambda _r: self._update_backup_buttons())
        layout.addWidget(self._label(self.tr("&Backups:"), self.backup_list))
        layout.addWidget(self.backup_list, 1)
        self.backup_now_button = accessible(QPushButton(self.tr("Back up &now")),
                                            self.tr("Back up now"))
        self.backup_now_button.clicked.connect(self.backup_now)
        self.ctx.journal.requires_journal(self.backup_now_button, write=False)
        self.restore_button = accessible(QPushButton(self.tr("&Restore …")),
                                         self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_now_button)
        row.addWidget(self.restore_button)
        row.addWidget(show)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.backup_status)
        return page

    def _choose_backup_folder(self) -> None:
        folder = self.choose_folder(self, self.tr("Choose the backup folder"),
                                    self.backup_folder.text())
        if folder:
            self._change("backup_folder", folder)
            self.backup_folder.setText(str(self._backup_folder()))
            self.refresh_backups()

    def refresh_backups(self) -> None:
        """List the backups, newest first, with date, reason and size."""
        self.backup_list.clear()
        backups = list_backups(self._backup_folder())
        for info in backups:
            item = QListWidgetItem(self.tr("{label}, {size} MB").format(
                label=info.label, size=f"{info.size / 1e6:.1f}"))
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.backup_list.addItem(item)
        if not backups:
            self.backup_status.setText(self.tr("There are no backups yet."))
        self._update_backup_buttons()

    def _update_backup_buttons(self) -> None:
        why = self.ctx.journal.unavailable_text()
        self.restore_button.setEnabled(self.selected_backup() is not None and not why)
        self.restore_button.setToolTip(why)

    def selected_backup(self) -> BackupInfo | None:
        item = self.backup_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def backup_now(self) -> None:
        if not self.ctx.journal.readable:
            return
        database, folder = self.ctx.data.database, self._backup_folder()

        def done(info: BackupInfo) -> None:
            self.refresh_backups()
            self.backup_status.setText(self.tr("Backup made: {label}.").format(label=info.label))

        run_with_progress(self, self.tr("Back up now"), self.tr("Backing up the journal …"),
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
        data_rights.release_sessions(self.window_)

        def done(_safety: object) -> None:
            self.ctx.journal.did_change(ChangeKind.OPENED, origin=self)
            self.refresh_backups()
            self.backup_status.setText(self.tr("Restored: {label}.").format(label=backup.label))

        run_with_progress(self, self.tr("Restore a backup"), self.tr("Restoring …"),
                          in_own_journal(self.ctx.journal, lambda own: own.restore(backup)),
                          done, self._failed, cancellable=False)

    def _failed(self, exc: BaseException) -> None:
        self.backup_status.setText(str(exc))
        QMessageBox.warning(self, self.tr("Not possible"), str(exc))

    def prepare_screenshot(self) -> None:
        self.tabs.setCurrentIndex(2)
