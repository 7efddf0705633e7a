"""Path replay of a session (issue 17.3): the dialogue graph with this walk, the recommended
path and the user's own earlier walks through the same scenario, after the summary and from
any journal entry. Earlier walks come from this user's journal only, never anyone else's.

`GraphReplay` puts the graph (desktop/ui/common/dialogue_graph.py) in a scroll area with the
focused node in words, a legend and the text alternative (`paths_html`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from desktop.core.practice import PracticeSession
from desktop.core.scenarios import render
from desktop.core.scenarios.layout import DialogueGraph, layout
from desktop.ui.common import labels
from desktop.ui.common.dialogue_graph import DialogueGraphView, Overlay
from desktop.ui.common.labels import local_time
from desktop.ui.common.text_view import AutoHeightTextView
from desktop.ui.common.widgets import paragraph

MAX_EARLIER = 10  # the most recent earlier walks; more lines would hide the picture


def tr(text: str) -> str:
    return QCoreApplication.translate("replay", text)


def overlays(session: PracticeSession, earlier: list[tuple[int, str, tuple[str, ...]]]
             ) -> list[Overlay]:
    """This session's path (with my choices and ratings) and the earlier walks."""
    walk = session.dialogue
    assert walk is not None
    ratings = {s.node_id: s.rating for s in walk.path}
    choices = {s.node_id: s.text for s in walk.path}
    found = [Overlay(tr("Your path this time"), walk.visited, "mine", ratings, choices)]
    for _sid, created, visited in earlier[-MAX_EARLIER:]:
        found.append(Overlay(tr("Attempt of {date}").format(date=local_time(created)), visited,
                             "earlier"))
    return found


def replay_for(session: PracticeSession, journal) -> GraphReplay | None:
    """The replay widget of a session with a dialogue (None for an eigener Fall)."""
    if session.dialogue is None or session.scenario is None:
        return None
    earlier = (journal.stats.scenario_walks(session.scenario.id, session.id)
               if journal is not None else [])
    return GraphReplay(layout(session.scenario.dialogue), overlays(session, earlier),
                       session.dialogue.thoughts_seen)


class PathReplayDialog(QDialog):
    """A journal entry's path in a window of its own."""

    def __init__(self, session: PracticeSession, journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = tr("Path through the conversation: {title}").format(
            title=session.scenario_title or "")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(980, 720)
        self.replay = replay_for(session, journal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        box = QVBoxLayout(self)
        if self.replay is not None:
            box.addWidget(self.replay, 1)
        box.addWidget(buttons)
        if self.replay is not None:
            self.replay.view.setFocus()


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
        self.detail = paragraph()
        self.detail.setObjectName("graph_detail")
        self.legend = paragraph(tr(
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
