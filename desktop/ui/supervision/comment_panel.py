"""The supervision page's comment editor: what the comment is about, the comment, the comments
already written on the entry, and the drafts typed for other entries.

The panel holds no workspace: the page saves and deletes through it (`save_requested`,
`delete_requested`) and gives it the entry's comments to list (`show_comments`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios.model import Stage
from desktop.core.supervision import Comment
from desktop.ui.common import labels
from desktop.ui.common.a11y import chain, label_for
from desktop.ui.common.widgets import SPACE
from desktop.ui.supervision.supervision_widgets import ROLE_ID


class CommentDrafts:
    """Comments typed but not saved yet, per entry: a comment written for one entry stays with
    it when another entry is chosen (it is never saved onto the wrong one) and is back in the
    box when its entry is chosen again. The box holds the current entry's draft; this keeps the
    others, each with the stage it was about."""

    def __init__(self, edit: QPlainTextEdit, stage: QComboBox) -> None:
        self.edit = edit
        self.stage = stage
        self._others: dict[str, tuple[str, int]] = {}

    def switch(self, old: str | None, new: str | None) -> None:
        if old == new:
            return  # the same entry shown again (a refresh): leave the box and its cursor
        if old is not None and self.edit.toPlainText().strip():
            self._others[old] = (self.edit.toPlainText(), self.stage.currentIndex())
        text, index = self._others.pop(new, ("", -1)) if new is not None else ("", -1)
        self.edit.setPlainText(text)
        if index >= 0:
            self.stage.setCurrentIndex(index)

    def pending(self, current: str | None) -> dict[str, tuple[str, str | None]]:
        """Every unsaved comment: entry id → (text, stage value or None for the whole entry)."""
        found = {entry: (text, self.stage.itemData(index))
                 for entry, (text, index) in self._others.items()}
        if current is not None and self.edit.toPlainText().strip():
            found[current] = (self.edit.toPlainText(), self.stage.currentData())
        return found

    def forget(self) -> None:
        self._others.clear()
        self.edit.clear()


class CommentPanel(QWidget):
    """Write a comment on the shown entry or one of its stages; list and delete comments."""

    save_requested = Signal()
    delete_requested = Signal(str)  # the comment's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("the whole entry"), None)
        for stage in Stage:
            self.stage.addItem(labels.stage_label(stage), stage.value)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(self.tr("What would you like to say about it?"))
        self.save_button = QPushButton(self.tr("&Save comment"))
        self.save_button.clicked.connect(lambda _checked=False: self.save_requested.emit())
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comments.currentItemChanged.connect(lambda *_: self._update_delete())
        self.delete_button = QPushButton(self.tr("D&elete comment"))
        self.delete_button.clicked.connect(lambda _checked=False: self._on_delete())
        self.drafts = CommentDrafts(self.edit, self.stage)
        self._fit_heights()
        self._lay_out()
        self.set_entry_shown(False)

    def _lay_out(self) -> None:
        on_row = QHBoxLayout()
        on_row.addWidget(label_for(QLabel(self.tr("Comment &on:")), self.stage))
        on_row.addWidget(self.stage)
        on_row.addStretch(1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit, 1)
        edit_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        list_row = QHBoxLayout()
        list_row.addWidget(self.comments, 1)
        list_row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE[0])
        layout.addLayout(on_row)
        layout.addSpacing(SPACE[1])
        layout.addWidget(label_for(QLabel(self.tr("Your &comment:")), self.edit))
        layout.addLayout(edit_row)
        layout.addSpacing(SPACE[1])
        layout.addWidget(label_for(QLabel(self.tr("Your comments on this entry:")),
                                   self.comments))
        layout.addLayout(list_row)
        self._on_row = on_row
        chain(self.stage, self.edit, self.save_button, self.comments, self.delete_button)

    def ask_about_drafts(self, entries: int) -> str:
        """Ask what becomes of comments typed on `entries` entries and not saved: "save",
        "discard" or "back" (to the app, the default on Escape)."""
        text = (self.tr("You have written a comment that is not saved yet.") if entries == 1
                else self.tr("You have written comments on %n entries that are not saved "
                             "yet.", "", entries))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Comments not saved"), text,
                          parent=self)
        save = box.addButton(self.tr("&Save comments"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard comments"),
                                QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("&Back to the app"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(back)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "back"

    def add_entry_action(self, button: QPushButton) -> None:
        """A button acting on the whole entry, at the right of the first row."""
        self._on_row.addWidget(button)

    def _fit_heights(self) -> None:
        """The comment box and the list: two and a half to four lines each, in the current
        text size."""
        line = self.fontMetrics().lineSpacing()
        for box in (self.edit, self.comments):
            box.setMinimumHeight(int(line * 2.5))
            box.setMaximumHeight(line * 4 + 2 * box.frameWidth() + 8)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_heights()

    def text(self) -> str:
        return self.edit.toPlainText()

    def about(self) -> str | None:
        """The stage the comment is about (its value), None for the whole entry."""
        data = self.stage.currentData()
        return str(data) if data else None

    def show_comments(self, comments: Sequence[Comment]) -> None:
        self.comments.clear()
        for comment in comments:
            about = labels.stage_label(comment.stage) if comment.stage else \
                self.tr("whole entry")
            item = QListWidgetItem(f"{about}: {comment.text}")
            item.setData(ROLE_ID, comment.id)
            self.comments.addItem(item)
        self._update_delete()

    def set_entry_shown(self, shown: bool) -> None:
        """Writing needs an entry; without one, the editor is greyed out."""
        for widget in (self.save_button, self.edit, self.stage):
            widget.setEnabled(shown)
        if not shown:
            self.comments.clear()
        self._update_delete()

    def _update_delete(self) -> None:
        self.delete_button.setEnabled(self.save_button.isEnabled()
                                      and self.comments.currentItem() is not None)

    def _on_delete(self) -> None:
        item = self.comments.currentItem()
        if item is not None:
            self.delete_requested.emit(str(item.data(ROLE_ID)))
