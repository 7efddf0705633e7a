"""The studio's dialogue map: the practice replay's graph widget, with the linter's problems
on the nodes (a red double frame and "!" plus the message in the node's description, so
nothing depends on colour) and Enter or a click jumping to the node's line in the editor.

The map follows the text while a trainer types, and on a 200-node dialogue neither reading the
nodes and laying them out (pure Python, ~10 ms) nor drawing all of them (~30 ms) may happen on
the GUI thread per keystroke. So: the map is refreshed only from a finished lint run (which
waits for a pause in typing), it is built and compared with the map shown on the thread pool
(`refresh`, one job at a time, the newest text wins), and on the GUI thread the one view is
kept and only told what changed — new positions, new marks, or nothing but the lines when
typing stayed inside a node. Painting draws only what lies in the exposed part of the map
(the common graph widget does that; the problem marks follow the same rule).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.scenarios.dialogue_map import DialogueMap, build
from desktop.core.scenarios.layout import DialogueGraph
from desktop.core.scenarios.model import Finding
from desktop.ui.common.dialogue_graph import Box, DialogueGraphView, Geometry, meets
from desktop.ui.common.tasks import LatestJob

PROBLEM = QColor("#b00020")


@dataclass(frozen=True)
class MapUpdate:
    """A map built on the pool, and what differs from `since`, the map shown when it was
    asked for (compared there too: 200 nodes and 600 edges are not compared on the GUI
    thread). `changed` names the nodes to redraw when the boxes and edges stayed where they
    were (a title typed, a problem found); None when the map must be drawn anew."""

    dmap: DialogueMap
    since: DialogueMap | None
    same_graph: bool
    same_marks: bool
    changed: frozenset[str] | None = None


def prepare(text: str, findings: list[Finding], since: DialogueMap | None) -> MapUpdate:
    """Build the map of `text` and compare it with `since` (runs on the thread pool)."""
    return compare(build(text, findings), since)


def compare(dmap: DialogueMap, since: DialogueMap | None) -> MapUpdate:
    """What differs between `dmap` and the map `since`."""
    if since is None:
        return MapUpdate(dmap, since, False, False)
    new, old = dmap.graph, since.graph
    same_marks = (dmap.problems, dmap.notes) == (since.problems, since.notes)
    changed = None
    if new is not None and old is not None and _places(new) == _places(old) and (
            new.edges, new.recommended) == (old.edges, old.recommended):
        before = {node.id: node for node in old.nodes}
        changed = frozenset(
            [node.id for node in new.nodes if before[node.id] != node]
            + [ident for ident in dmap.problems.keys() | since.problems.keys()
               if dmap.problems.get(ident) != since.problems.get(ident)])
    return MapUpdate(dmap, since, new == old, same_marks, changed)


def _places(graph: DialogueGraph) -> tuple:
    return graph.start, tuple((node.id, node.column, node.row) for node in graph.nodes)


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

    def set_map(self, dmap: DialogueMap, graph_changed: bool, marks_changed: bool,
                changed: frozenset[str] | None = None) -> None:
        """Show a newer map of the same dialogue in this view, redrawing only the `changed`
        nodes when given: the focused node stays focused while it exists (else the start
        is), and a screen reader hears of a changed description of it."""
        assert dmap.graph is not None
        self.dmap = dmap
        if not (graph_changed or marks_changed):
            return
        if graph_changed:
            self.set_graph(dmap.graph, same_layout=changed is not None)  # boxes stayed: kept
            self.resize(self.sizeHint())  # the scroll area keeps its place where it can
            if not any(n.id == self.current for n in self.graph.nodes):
                self.select(self.graph.start)
        before = self.accessibleDescription()
        self.setAccessibleDescription(self.describe(self.current))
        if self.hasFocus() and self.accessibleDescription() != before:
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
        if changed is None:
            self.update()
        else:
            self.update_nodes(changed)  # with their focus ring and problem frame

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.node_activated.emit(self.current)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().mousePressEvent(event)
        if any(self.node_rect(n).contains(event.position()) for n in self.graph.nodes):
            self.node_activated.emit(self.current)

    def paint_over(self, painter: QPainter, geometry: Geometry, exposed: Box) -> None:
        """The problem marks: a double red frame and "!" on each node with a problem."""
        painter.setPen(QPen(PROBLEM, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for node_id in self.dmap.problems:
            box = geometry.boxes.get(node_id)
            if box is None or not meets(box, exposed):
                continue
            rect = geometry.rects[node_id]
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
            badge = QRectF(rect.right() - 18, rect.top() + 2, 16, 16)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")


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
        self._job = LatestJob(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.detail)

    @property
    def updating(self) -> bool:
        """A newer map is being built."""
        return self._job.busy

    def refresh(self, text: str, findings: list[Finding]) -> None:
        """Follow `text` and its lint `findings`: built on the pool, shown when ready."""
        since = self.dmap
        self._job.submit(lambda: prepare(text, findings, since), self.apply)

    def show_map(self, dmap: DialogueMap) -> None:
        """Show `dmap` now (compared on the GUI thread; typing goes through `refresh`)."""
        self._job.cancel()
        self.apply(compare(dmap, self.dmap))

    def apply(self, update: MapUpdate) -> None:
        dmap = update.dmap
        known = update.since is self.dmap and self.view is not None
        self.dmap = dmap
        if dmap.graph is None:
            old = self.scroll_area.takeWidget()
            if old is not None:
                old.deleteLater()
            self.view = None
            self.notes.setText(self.tr("No dialogue yet: write nodes under “## Reagieren”."))
            self.detail.clear()
            return
        graph_changed = not (known and update.same_graph)
        marks_changed = not (known and update.same_marks)
        view = self.view
        if view is None:
            view = self._make_view(dmap)
        else:
            view.set_map(dmap, graph_changed, marks_changed, update.changed if known else None)
        if marks_changed:
            count = len(dmap.problems)
            notes = list(dmap.notes)
            if count:
                notes.insert(0, self.tr("%n node(s) with problems, marked with “!”.", "",
                                        count))
            self.notes.setText("\n".join(notes) or self.tr("No problems in the dialogue."))
        if graph_changed or marks_changed:
            self.detail.setText(view.describe(view.current))

    def _make_view(self, dmap: DialogueMap) -> LintGraphView:
        view = LintGraphView(dmap)
        view.node_did_focus.connect(self._on_node)
        view.node_activated.connect(self._on_activate)
        self.scroll_area.setWidget(view)
        self.view = view
        return view

    def _on_node(self, node_id: str) -> None:
        if self.view is not None:
            self.detail.setText(self.view.describe(node_id))
            center = self.view.node_rect(self.view.graph.node(node_id)).center()
            self.scroll_area.ensureVisible(int(center.x()), int(center.y()), 120, 60)

    def _on_activate(self, node_id: str) -> None:
        if self.dmap is not None and node_id in self.dmap.lines:
            self.line_requested.emit(self.dmap.lines[node_id])

