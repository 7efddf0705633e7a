"""Parts of the supervision page: the entry table's model and the feedback export dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.supervision import EntryRow
from desktop.ui.common import labels
from desktop.ui.common.a11y import label_for
from desktop.ui.common.shared_entry import day_label
from desktop.ui.common.widgets import wrapped_label

Index = QModelIndex | QPersistentModelIndex
ROLE_ID = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("supervision", text)


class EntryTableModel(QAbstractTableModel):
    """The imported entries, as the workspace lists them (by day, then scenario).

    A row's cell texts are made once, when the view first asks for one of them: fitting the
    columns to their contents asks every column of a hundred rows for several roles, and
    each row's date and kind were formatted again for every one of its cells."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[EntryRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # by row
        self._headers = (_tr("Day"), _tr("Pseudonym"), _tr("Kind"), _tr("Scenario or title"),
                         _tr("Comments"))

    def set_rows(self, rows: list[EntryRow]) -> None:
        """Replace all rows (a model reset: the view keeps no stale indices)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def row_at(self, row: int) -> EntryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROLE_ID:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            texts = self._texts.get(index.row())
            if texts is None:
                kind = labels.kind_label(row.kind)
                texts = self._texts[index.row()] = (
                    day_label(row.created), row.pseudonym, kind, row.label or kind,
                    f"✎ {row.comments}" if row.comments else "")
            return texts[index.column()]
        return None


class FeedbackExportDialog(QDialog):
    """Which pseudonym, how to sign, where to write."""

    def __init__(self, pseudonyms: list[str], current: str | None, sender: str, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Export feedback"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        self.pseudonym = QComboBox()
        self.pseudonym.addItems(pseudonyms)
        if current in pseudonyms:
            self.pseudonym.setCurrentText(current)
        self.signature = QLineEdit(sender)
        self.signature.setAccessibleDescription(
            self.tr("How the caseworker sees who wrote the feedback"))
        self.signature.setPlaceholderText(self.tr("e.g. Supervision team north"))
        self.folder_label = wrapped_label(str(folder), selectable=True)
        choose = QPushButton(self.tr("Choose &folder …"))
        choose.clicked.connect(lambda _checked=False: self._choose())
        form = QFormLayout()
        form.addRow(label_for(QLabel(self.tr("&Pseudonym:")), self.pseudonym), self.pseudonym)
        form.addRow(label_for(QLabel(self.tr("&Signed as:")), self.signature), self.signature)
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Folder:"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xport"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr(
            "One file with every comment on this pseudonym's entries. Comments are anonymised "
            "on the way out. Give the file to the caseworker who uses this pseudonym.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the feedback file"),
                                                  str(self.folder))
        if folder:
            self.folder = Path(folder)
            self.folder_label.setText(folder)
