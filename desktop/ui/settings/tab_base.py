"""What every settings tab shares: rows of controls, IT-locked settings shown disabled with a
note, labels that name their controls, and changing a setting through the context."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.a11y import label_for
from desktop.ui.common.context import AppContext

LOCKED_NOTE = "locked-note"
B = TypeVar("B", bound=QAbstractButton)


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


def named(button: B, description: str = "") -> B:
    """The button's accessible name is its visible text (WCAG 2.5.3: voice control finds it by
    what it says); what it acts on goes in the description."""
    button.setAccessibleName(button.text().replace("&", ""))
    if description:
        button.setAccessibleDescription(description)
    return button


class SettingsTab(QWidget):
    """One tab of the settings dialog, laid out top to bottom."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = ctx.settings
        self.layout_ = QVBoxLayout(self)

    def change(self, key: str, value: object) -> None:
        if not self.settings.is_locked(key) and self.settings.get(key) != value:
            self.ctx.change_setting(key, value)

    def locked(self, key: str, *widgets: QWidget) -> QLabel | None:
        """Disable the widgets of a setting IT locked; return the note to show beside them."""
        if not self.settings.is_locked(key):
            return None
        note = QLabel(_tr("Set by your IT"))
        note.setObjectName(LOCKED_NOTE)
        note.setAccessibleName(note.text())
        for widget in widgets:
            widget.setEnabled(False)
            widget.setAccessibleDescription(_tr("Set by your IT; cannot be changed here"))
        return note

    def row(self, *widgets: QWidget, key: str | None = None) -> QWidget:
        """Widgets side by side; fields and combo boxes take the free width."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, QLineEdit | QComboBox) else 0)
        note = self.locked(key, *widgets) if key else None
        if note is not None:
            row.addWidget(note)
        if not any(isinstance(w, QLineEdit | QComboBox) for w in widgets):
            row.addStretch(1)
        return box

    @staticmethod
    def group(title: str, *rows: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        box = QVBoxLayout(group)
        for row in rows:
            box.addWidget(row)
        return group

    @staticmethod
    def label(text: str, control: QWidget) -> QLabel:
        """A visible label that names `control` (buddy; its accessible name is the label)."""
        return label_for(QLabel(text), control)

    @staticmethod
    def folder_field(value: str) -> QLineEdit:
        field = QLineEdit(value)
        field.setReadOnly(True)
        return field
