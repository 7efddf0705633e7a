"""The journal's list of entries as a table: rows, whole-row selection, the keys a keyboard
user needs (Return opens, Delete deletes), and a visible current row from the first Tab; below
it the count and the buttons that act on the selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.journal.journal_model import SearchHitModel, SessionListModel

EntryModel = SessionListModel | SearchHitModel


class EntryTable(QTableView):
    """A table of journal entries (`SessionListModel` or `SearchHitModel`).

    Tabbing into the list makes its first row current and selected when none is: an item view
    without a current row draws no focus and ignores Return and Space, so a keyboard user
    would land on nothing (a11y review, point 9)."""

    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def entries(self) -> EntryModel:
        model = self.model()
        assert isinstance(model, SessionListModel | SearchHitModel)
        return model

    def size_columns(self) -> None:
        """Columns as wide as their samples; the one without a sample takes the rest."""
        header = self.horizontalHeader()
        mode = QHeaderView.ResizeMode
        for number, sample in enumerate(self.entries().WIDTH_SAMPLES):
            header.setSectionResizeMode(number, mode.Interactive if sample else mode.Stretch)
            if sample:
                header.resizeSection(number, self.fontMetrics().horizontalAdvance(sample) + 18)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def make_current(self, row: int) -> None:
        """Row `row` current and (alone) selected."""
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.selectionModel().setCurrentIndex(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        if self.current_row() < 0:
            self.make_current(0)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def described(button: QPushButton, description: str) -> QPushButton:
    """A button named by its visible text (Qt drops the "&"), so a voice-control user says
    what is written on it (WCAG 2.5.3); what it does is its description and tooltip."""
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    return button


class EntryListPanel(QWidget):
    """The entry table with the count and the Open / Export / Delete buttons under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.table = EntryTable()
        self.table.setAccessibleName(tr("Journal entries"))
        self.table.setAccessibleDescription(tr("Newest first. Enter opens the entry in a window "
                                               "of its own."))
        self.open_button = described(QPushButton(tr("Open in &window")),
                                     tr("Open the entry in a window of its own"))
        self.export_button = described(QPushButton(tr("E&xport …")),
                                       tr("Export entries as PDF or Markdown"))
        self.delete_button = described(QPushButton(tr("De&lete …")),
                                       tr("Delete the selected entries"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Number of entries"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.open_button, self.export_button, self.delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
