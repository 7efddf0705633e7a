"""The dialogue as a graph: my path, the recommended path, my own earlier walks (issue 17.3).

A reusable widget: `DialogueGraphView` draws a `DialogueGraph` (core/scenarios/layout.py) with
QPainter and overlays given as plain data (`Overlay`), so the summary, a journal entry and
later the scenario studio use the same piece. Paths differ by line pattern and width as well
as colour; each node shows its title and, on my path, the rating of my choice as symbol and
word. Keyboard: the arrow keys move node by node (left/right along the conversation, up/down
within a column), Home goes to the start; the focused node's details (title, my choice with
its rating, the client's thought once revealed) are the widget's accessible description and
stand in a label below. `GraphReplay` (desktop/ui/common/path_replay.py) adds that label, a
legend and the text alternative: the paths as lists, for screen readers and for anyone who
prefers reading.

A repaint draws only what lies in the exposed part: the edges, path steps and nodes whose
bounds meet it (each node's box and each edge's bounds are kept until the graph or the font
changes). On a 200-node dialogue most lie outside, and drawing them anyway cost 20–40 ms a
repaint — the studio's map repaints while a trainer types, and the replay as it scrolls.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.scenarios.layout import DialogueGraph, GraphNode
from desktop.core.scenarios.model import Rating
from desktop.ui.common import labels

NODE_WIDTH_EM = 12.0
GAP_EM = 3.0
REACH = 10.0  # px beyond its boxes that an edge's arrow head, offset and pen may draw
Box = tuple[float, float, float, float]  # left, top, right, bottom


def tr(text: str) -> str:
    return QCoreApplication.translate("graph", text)


@dataclass(frozen=True)
class Geometry:
    """Where everything is drawn, for one graph at one font size: each node's rectangle and
    box, and each edge's bounds (in the graph's edge order)."""

    graph: DialogueGraph
    em: float
    rects: dict[str, QRectF]
    boxes: dict[str, Box]
    edges: list[Box]


def meets(box: Box, area: Box) -> bool:
    """The two boxes overlap (edges touching count)."""
    return box[0] <= area[2] and box[2] >= area[0] and box[1] <= area[3] and box[3] >= area[1]


@dataclass(frozen=True)
class Overlay:
    """A walk to draw over the graph: visited node ids in order; `style` is "mine" or
    "earlier"; `ratings` and `choices` say what I chose at each node (mine only). The
    recommended path comes with the graph itself."""

    label: str
    visited: tuple[str, ...]
    style: str
    ratings: dict[str, Rating] = field(default_factory=dict)
    choices: dict[str, str] = field(default_factory=dict)  # node id -> the text I chose


class DialogueGraphView(QWidget):
    """The graph itself: focusable, one node at a time (see the module doc)."""

    node_did_focus = Signal(str)

    def __init__(self, graph: DialogueGraph, overlays: list[Overlay] | None = None,
                 thoughts_seen: tuple[str, ...] = (), name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.overlays = overlays or []
        self.thoughts_seen = set(thoughts_seen)
        self.current = graph.start
        self._name = name or tr("Conversation as a graph")
        self._geometry: Geometry | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self._name)
        self._describe()

    # -- geometry ----------------------------------------------------------------------------

    def _em(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _box(self) -> tuple[float, float, float]:
        em = self._em()
        return NODE_WIDTH_EM * em, 3.2 * em, GAP_EM * em

    def node_rect(self, node: GraphNode) -> QRectF:
        width, height, gap = self._box()
        return QRectF(gap / 2 + node.column * (width + gap), gap / 2 + node.row * (height + gap),
                      width, height)

    def geometry_now(self) -> Geometry:
        """The boxes and edge bounds of the graph shown, kept until it or the font changes (a
        loop back bends below its boxes by up to half a gap)."""
        em = self._em()
        kept = self._geometry
        if kept is not None and kept.graph is self.graph and kept.em == em:
            return kept
        rects = {node.id: self.node_rect(node) for node in self.graph.nodes}
        boxes = {ident: (r.left(), r.top(), r.right(), r.bottom()) for ident, r in rects.items()}
        drop = self._box()[2]
        edges = []
        for edge in self.graph.edges:
            a, b = boxes[edge.source], boxes[edge.target]
            edges.append((min(a[0], b[0]) - REACH, min(a[1], b[1]) - REACH,
                          max(a[2], b[2]) + REACH, max(a[3], b[3]) + drop + REACH))
        self._geometry = Geometry(self.graph, em, rects, boxes, edges)
        return self._geometry

    def set_graph(self, graph: DialogueGraph, same_layout: bool = False) -> None:
        """Show `graph`; `same_layout`: its nodes, edges and paths lie where the shown
        graph's do (a title or a mark changed), so the kept geometry still holds."""
        if same_layout and self._geometry is not None:
            self._geometry = replace(self._geometry, graph=graph)
        self.graph = graph  # the caller resizes the view if its size changed

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> Any:  # noqa: N802 - Qt API
        """The node in focus is the focused part ("micro focus"): scrolling into sight
        (desktop.ui.shell.assist) and screen magnifiers follow it, not the whole graph."""
        if query == Qt.InputMethodQuery.ImCursorRectangle:
            rect = self.node_rect(self.graph.node(self.current))
            return rect.adjusted(-8, -8, 8, 8).toAlignedRect()
        return super().inputMethodQuery(query)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width, height, gap = self._box()
        return QSize(int(self.graph.columns * (width + gap)), int(self.graph.rows * (height + gap)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        self.updateGeometry()  # a bigger font makes bigger boxes

    # -- reading -----------------------------------------------------------------------------

    def mine(self) -> Overlay | None:
        return next((o for o in self.overlays if o.style == "mine"), None)

    def describe(self, node_id: str) -> str:
        """The node in words: title, my choice and its rating, the thought once revealed."""
        node = self.graph.node(node_id)
        parts = [node.title or node_id]
        if node.ending:
            parts.append(tr("an ending"))
        mine = self.mine()
        if mine is not None and node_id in mine.ratings:
            rating = mine.ratings[node_id]
            parts.append(tr("your choice: {text} ({rating})").format(
                text=render_plain(mine.choices.get(node_id, "")),
                rating=labels.rating_label(rating)))
        elif mine is not None and node_id in mine.visited:
            parts.append(tr("on your path"))
        if node_id in self.graph.recommended:
            parts.append(tr("on the recommended path"))
        earlier = sum(1 for o in self.overlays if o.style == "earlier" and node_id in o.visited)
        if earlier:
            parts.append(tr("earlier attempts that came here: {n}").format(n=earlier))
        if node.thought and node_id in self.thoughts_seen:
            parts.append(tr("thought: {text}").format(text=render_plain(node.thought)))
        return "; ".join(parts)

    def _describe(self) -> None:
        self.setAccessibleDescription(self.describe(self.current))

    # -- keyboard ----------------------------------------------------------------------------

    def select(self, node_id: str) -> None:
        self.current = node_id
        self._describe()
        self.update()
        if self.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))
        self.node_did_focus.emit(node_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        node = self.graph.node(self.current)
        key = event.key()
        target: GraphNode | None = None
        if key == Qt.Key.Key_Home:
            target = self.graph.node(self.graph.start)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            column = node.column + (1 if key == Qt.Key.Key_Right else -1)
            found = [n for n in self.graph.nodes if n.column == column]
            if found:  # the nearest row in the next column
                target = min(found, key=lambda n: (abs(n.row - node.row), n.row))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = node.row + (1 if key == Qt.Key.Key_Down else -1)
            target = next((n for n in self.graph.nodes
                           if n.column == node.column and n.row == row), None)
        if target is None:
            super().keyPressEvent(event)
            return
        self.select(target.id)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        for node in self.graph.nodes:
            if self.node_rect(node).contains(event.position()):
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self.select(node.id)
                return
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.update()

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Draw what meets the exposed part (see the module doc), then `paint_over` it."""
        exposed = QRectF(event.rect()).adjusted(-8, -8, 8, 8)
        area: Box = (exposed.left(), exposed.top(), exposed.right(), exposed.bottom())
        geo = self.geometry_now()
        rects, boxes = geo.rects, geo.boxes
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        mid = pal.color(QPalette.ColorRole.Mid)
        accent = pal.color(QPalette.ColorRole.Highlight)
        thin = QPen(mid, 1)
        for edge, bounds in zip(self.graph.edges, geo.edges, strict=True):
            if meets(bounds, area):  # every possible choice, thin and grey
                self._edge(painter, rects[edge.source], rects[edge.target], thin)
        # Drawn beneath to above: earlier walks (dotted), the recommended path (dashed), my
        # path (thick); each a little apart so that shared stretches stay visible.
        walks = [(o.visited, QPen(text, 1.5, Qt.PenStyle.DotLine), -4.0)
                 for o in self.overlays if o.style == "earlier"]
        walks.append((self.graph.recommended, QPen(text, 2.0, Qt.PenStyle.DashLine), 4.0))
        walks += [(o.visited, QPen(accent, 3.5), 0.0) for o in self.overlays
                  if o.style == "mine"]
        drop = self._box()[2]
        for visited, pen, offset in walks:
            for a, b in zip(visited, visited[1:], strict=False):
                if a not in boxes or b not in boxes:
                    continue
                one, two = boxes[a], boxes[b]
                step = (min(one[0], two[0]) - REACH, min(one[1], two[1]) - REACH,
                        max(one[2], two[2]) + REACH, max(one[3], two[3]) + drop + REACH)
                if meets(step, area):
                    self._edge(painter, rects[a], rects[b], pen, offset)
        mine = self.mine()
        for node in self.graph.nodes:
            box = boxes[node.id]
            if meets((box[0] - 8, box[1] - 8, box[2] + 8, box[3] + 8), area):  # and its ring
                self._node(painter, node, rects[node.id], mine)
        self.paint_over(painter, geo, area)
        painter.end()

    def paint_over(self, painter: QPainter, geometry: Geometry, exposed: Box) -> None:
        """What a subclass draws above the graph in the `exposed` part (the studio: the
        linter's problem marks)."""

    def update_nodes(self, node_ids: frozenset[str] | set[str]) -> None:
        """Repaint only these nodes (with their focus ring and marks)."""
        for node in self.graph.nodes:
            if node.id in node_ids:
                self.update(self.node_rect(node).adjusted(-8, -8, 8, 8).toAlignedRect())

    def _edge(self, painter: QPainter, a: QRectF, b: QRectF, pen: QPen,
              offset: float = 0.0) -> None:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        size = 5.0
        if b.left() > a.right():  # forward: right side to left side, a gentle S
            start = QPointF(a.right(), a.center().y() + offset)
            end = QPointF(b.left(), b.center().y() + offset)
            bend = QPointF((end.x() - start.x()) / 2, 0)
            path = QPainterPath(start)
            path.cubicTo(start + bend, end - bend, end)
            wings = (QPointF(-size, -size), QPointF(-size, size))
        elif abs(b.left() - a.left()) < 1:  # same column: straight up or down between boxes
            down = b.top() > a.top()
            start = QPointF(a.center().x() + offset, a.bottom() if down else a.top())
            end = QPointF(b.center().x() + offset, b.top() if down else b.bottom())
            path = QPainterPath(start)
            path.lineTo(end)
            sign = -1 if down else 1
            wings = (QPointF(-size, sign * size), QPointF(size, sign * size))
        else:  # a loop back: bottom to bottom, curved below the boxes
            start = QPointF(a.center().x() + offset, a.bottom())
            end = QPointF(b.center().x() + offset, b.bottom())
            drop = QPointF(0, self._box()[2] / 2)
            path = QPainterPath(start)
            path.cubicTo(start + drop, end + drop, end)
            wings = (QPointF(-size, size), QPointF(size, size))
        painter.drawPath(path)
        # An arrow head at the end, so the direction does not depend on position alone.
        for wing in wings:
            painter.drawLine(end, end + wing)

    def _node(self, painter: QPainter, node: GraphNode, rect: QRectF,
              mine: Overlay | None) -> None:
        pal = self.palette()
        on_path = mine is not None and node.id in mine.visited
        focused = node.id == self.current
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        width = 3.0 if on_path else 1.0
        painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), width))
        radius = self._em() * (0.9 if node.ending else 0.3)  # endings are rounder
        painter.drawRoundedRect(rect, radius, radius)
        if focused:
            ring = QPen(pal.color(QPalette.ColorRole.Highlight), 3, Qt.PenStyle.DashLine)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), radius + 4, radius + 4)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        metrics = QFontMetricsF(self.font())
        inner = rect.adjusted(6, 4, -6, -4)
        title = metrics.elidedText(node.title or node.id, Qt.TextElideMode.ElideRight,
                                   inner.width())
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() / 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        second = ""
        if mine is not None and node.id in mine.ratings:
            rating = mine.ratings[node.id]
            second = f"{labels.rating_symbol(rating)} {labels.rating_label(rating)}"
        elif node.ending:
            second = tr("Ending")
        if second:
            painter.drawText(QRectF(inner.left(), inner.center().y(), inner.width(),
                                    inner.height() / 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(second, Qt.TextElideMode.ElideRight,
                                                inner.width()))


def render_plain(markdown: str) -> str:
    from desktop.ui.common.stage_widgets import plain

    return plain(markdown)
