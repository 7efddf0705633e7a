"""The dialogue as a graph: my path, the recommended path, my own earlier walks (issue 17.3).

A reusable widget: `DialogueGraphView` draws a `DialogueGraph` (core/scenarios/layout.py) with
QPainter and overlays given as plain data (`Overlay`), so the summary, a journal entry and
later the scenario studio use the same piece. Paths differ by line pattern and width as well
as colour; each node shows its title and, on my path, the rating of my choice as symbol and
word. Keyboard: the arrow keys move node by node (left/right along the conversation, up/down
within a column), Home goes to the start; the focused node's details (title, my choice with
its rating, the client's thought once revealed) are the widget's accessible description and
stand in a label below. `GraphReplay` adds that label, a legend and the text alternative: the
paths as lists, for screen readers and for anyone who prefers reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.scenarios import render
from desktop.core.scenarios.layout import DialogueGraph, GraphNode
from desktop.core.scenarios.model import Rating
from desktop.ui.common import labels
from desktop.ui.common.text_view import AutoHeightTextView
from desktop.ui.common.widgets import wrapped_label

NODE_WIDTH_EM = 12.0
GAP_EM = 3.0


def tr(text: str) -> str:
    return QCoreApplication.translate("graph", text)


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
            parts.append(tr("reached in {n} earlier attempt(s)").format(n=earlier))
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

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        mid = pal.color(QPalette.ColorRole.Mid)
        accent = pal.color(QPalette.ColorRole.Highlight)
        rects = {n.id: self.node_rect(n) for n in self.graph.nodes}
        for edge in self.graph.edges:  # every possible choice, thin and grey
            self._edge(painter, rects[edge.source], rects[edge.target], QPen(mid, 1))
        # Drawn beneath to above: earlier walks (dotted), the recommended path (dashed), my
        # path (thick); each a little apart so that shared stretches stay visible.
        walks = [(o.visited, QPen(text, 1.5, Qt.PenStyle.DotLine), -4.0)
                 for o in self.overlays if o.style == "earlier"]
        walks.append((self.graph.recommended, QPen(text, 2.0, Qt.PenStyle.DashLine), 4.0))
        walks += [(o.visited, QPen(accent, 3.5), 0.0) for o in self.overlays
                  if o.style == "mine"]
        for visited, pen, offset in walks:
            for a, b in zip(visited, visited[1:], strict=False):
                if a in rects and b in rects:
                    self._edge(painter, rects[a], rects[b], pen, offset)
        mine = self.mine()
        for node in self.graph.nodes:
            self._node(painter, node, rects[node.id], mine)
        painter.end()

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


class GraphReplay(QWidget):
    """The graph in a scroll area, the focused node in words, a legend and the text
    alternative (each path as a numbered list)."""

    def __init__(self, graph: DialogueGraph, overlays: list[Overlay],
                 thoughts_seen: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = DialogueGraphView(graph, overlays, thoughts_seen)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setAccessibleName(tr("Conversation as a graph"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        height = self.view.sizeHint().height() + 24
        self.scroll_area.setMinimumHeight(min(height, 420))
        self.scroll_area.setMaximumHeight(height)
        self.detail = wrapped_label()
        self.detail.setObjectName("graph_detail")
        self.legend = wrapped_label(tr(
            "Thick line: your path this time. Dashed: the recommended path. Dotted: your own "
            "earlier attempts. Arrow keys move from point to point, Home goes to the start."))
        self.text = AutoHeightTextView(name=tr("The paths as a list"))
        self.text.set_html(paths_html(graph, overlays))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.scroll_area)
        layout.addWidget(self.detail)
        layout.addWidget(self.text)
        self.view.node_did_focus.connect(self._on_node)
        self._on_node(self.view.current)

    def _on_node(self, node_id: str) -> None:
        self.detail.setText(self.view.describe(node_id))
        self.scroll_area.ensureVisible(int(self.view.node_rect(self.view.graph.node(node_id))
                                      .center().x()),
                                  int(self.view.node_rect(self.view.graph.node(node_id))
                                      .center().y()), 120, 60)


def paths_html(graph: DialogueGraph, overlays: list[Overlay]) -> str:
    """The text alternative: my path with my choices and ratings, the recommended path, and
    how many earlier attempts took each way."""
    e = render.escape
    title = {n.id: n.title or n.id for n in graph.nodes}
    parts = []
    for overlay in overlays:
        if overlay.style != "mine":
            continue
        parts.append(f"<h4>{e(overlay.label)}</h4><ol>")
        for node_id in overlay.visited:
            line = e(title.get(node_id, node_id))
            if node_id in overlay.ratings:
                rating = overlay.ratings[node_id]
                line += (f": {render.inline_html(overlay.choices.get(node_id, ''))} "
                         f"({labels.rating_symbol(rating)} {e(labels.rating_label(rating))})")
            parts.append(f"<li>{line}</li>")
        parts.append("</ol>")
    parts.append(f"<h4>{e(tr('The recommended path'))}</h4><ol>")
    parts.extend(f"<li>{e(title.get(n, n))}</li>" for n in graph.recommended)
    parts.append("</ol>")
    earlier = [o for o in overlays if o.style == "earlier"]
    if earlier:
        parts.append(f"<h4>{e(tr('Your earlier attempts'))}</h4><ol>")
        for overlay in earlier:
            way = " → ".join(title.get(n, n) for n in overlay.visited)
            parts.append(f"<li>{e(overlay.label)}: {e(way)}</li>")
        parts.append("</ol>")
    return "".join(parts)
