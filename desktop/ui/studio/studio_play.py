"""The studio's test run: walk the dialogue from one node in a test mode that shows every
choice's rating and target, so a trainer checks the paths without practising them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios import preview
from desktop.core.scenarios.model import Scenario
from desktop.ui.common.text_view import TextView


class TestRunDialog(QDialog):
    """Enter on a choice goes to its target; "Back to the editor" (Esc) closes."""

    __test__ = False  # not a pytest class

    def __init__(self, scenario: Scenario, node_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.setWindowTitle(self.tr("Test run: {title}").format(title=scenario.title))
        self.resize(720, 560)
        self.where = QLabel()
        self.where.setAccessibleName(self.tr("Current node"))
        self.view = TextView(name=self.tr("Dialogue"))
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("Choices with rating and target"))
        self.choices.itemActivated.connect(self._on_choice)
        from desktop.ui.studio.studio_page import _wrap

        _wrap(self.choices)
        buttons = QDialogButtonBox()
        back = buttons.addButton(self.tr("&Back to the editor"),
                                 QDialogButtonBox.ButtonRole.RejectRole)
        back.setAccessibleName(self.tr("Back to the editor"))
        self.restart = buttons.addButton(self.tr("&Again from here"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.first = node_id or scenario.dialogue.start or scenario.dialogue.nodes[0].id
        self.restart.clicked.connect(lambda: self.show_node(self.first))
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)
        self.path: list[str] = []
        self.show_node(self.first)

    @property
    def node_id(self) -> str:
        return self.path[-1]

    def show_node(self, node_id: str) -> None:
        node = self.scenario.dialogue.node(node_id)
        self.path.append(node_id)
        self.where.setText(self.tr("Node @{id} (test mode: ratings and targets shown)")
                           .format(id=node_id))
        self.view.set_html(preview.node_html(self.scenario, node))
        self.choices.clear()
        for choice in node.choices:
            item = QListWidgetItem(f"({preview.RATING_WORDS[choice.rating]}) {choice.text}"
                                   f" → @{choice.target}")
            item.setData(Qt.ItemDataRole.UserRole, choice.target)
            self.choices.addItem(item)
        if node.ending:
            self.choices.addItem(QListWidgetItem(self.tr("End of the dialogue.")))
        self.choices.setCurrentRow(0)
        self.choices.setFocus()

    def _on_choice(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.show_node(target)
