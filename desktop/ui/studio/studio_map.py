"""The studio's dialogue map: the practice replay's graph widget, with the linter's problems
on the nodes (a red double frame and "!" plus the message in the node's description, so
nothing depends on colour) and Enter or a click jumping to the node's line in the editor."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.scenarios.dialogue_map import DialogueMap
from desktop.ui.common.dialogue_graph import DialogueGraphView

PROBLEM = QColor("#b00020")


class LintGraphView(DialogueGraphView):
    node_activated = Signal(str)

    def __init__(self, dmap: DialogueMap, parent: QWidget | None = None) -> None:
        assert dmap.graph is not None, "a map without a dialogue has no view (show_map)"
        self.dmap = dmap
        super().__init__(dmap.graph, name=self.tr("Dialogue map"), parent=parent)

    def describe(self, node_id: str) -> str:
        text = super().describe(node_id)
        problems = self.dmap.problems.get(node_id)
        if problems:
            text += "; " + self.tr("problem: {text}").format(text=" ".join(problems))
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.node_activated.emit(self.current)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().mousePressEvent(event)
        if any(self.node_rect(n).contains(event.position()) for n in self.graph.nodes):
            self.node_activated.emit(self.current)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for node in self.graph.nodes:
            if node.id not in self.dmap.problems:
                continue
            rect = self.node_rect(node)
            painter.setPen(QPen(PROBLEM, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
            badge = QRectF(rect.right() - 18, rect.top() + 2, 16, 16)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
        painter.end()


class StudioMap(QWidget):
    """The map in a scroll area, notes about the whole dialogue above, the focused node's
    description below; `line_requested(int)` when a node is activated."""

    line_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Notes on the dialogue"))
        self.scroll_area = QScrollArea()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Selected node"))
        self.view: LintGraphView | None = None
        self.dmap: DialogueMap | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.detail)

    def show_map(self, dmap: DialogueMap) -> None:
        previous, self.dmap = self.dmap, dmap
        if dmap.graph is None:
            self.view = None
            self.scroll_area.takeWidget()
            self.notes.setText(self.tr("No dialogue yet: write nodes under “## Reagieren”."))
            return
        if self.view is not None and previous is not None and _shape(dmap) == _shape(
                self.view.dmap):
            # Typing inside a node changes lines, not the graph: keep the drawn view (its
            # rebuild is the slowest part of a keystroke on a large dialogue).
            self.view.dmap = dmap
            self._on_node(self.view.current)
            return
        current = self.view.current if self.view is not None else None
        had_focus = self.view is not None and self.view.hasFocus()
        view = LintGraphView(dmap)
        if current and any(n.id == current for n in dmap.graph.nodes):
            view.select(current)
        view.node_did_focus.connect(self._on_node)
        view.node_activated.connect(self._on_activate)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(view)
        self.view = view
        if had_focus:
            view.setFocus()
        count = len(dmap.problems)
        notes = list(dmap.notes)
        if count:
            notes.insert(0, self.tr("%n node(s) with problems, marked with “!”.", "", count))
        self.notes.setText("\n".join(notes) or self.tr("No problems in the dialogue."))
        self._on_node(view.current)

    def _on_node(self, node_id: str) -> None:
        if self.view is not None:
            self.detail.setText(self.view.describe(node_id))
            center = self.view.node_rect(self.view.graph.node(node_id)).center()
            self.scroll_area.ensureVisible(int(center.x()), int(center.y()), 120, 60)

    def _on_activate(self, node_id: str) -> None:
        if self.dmap is not None and node_id in self.dmap.lines:
            self.line_requested.emit(self.dmap.lines[node_id])


def _shape(dmap: DialogueMap) -> tuple:
    graph = dmap.graph
    return (graph, tuple(sorted((k, tuple(v)) for k, v in dmap.problems.items())),
            tuple(dmap.notes))
