"""The path replay (issue 17.3) by keyboard alone: after the summary and from a journal
entry; node by node with the arrow keys, details in words, the text alternative lists the
path, and earlier attempts are the user's own."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.core.practice import PracticeSession, Step
from desktop.core.scenarios.model import Rating
from desktop.ui.common.dialogue_graph import DialogueGraphView
from desktop.ui.common.path_replay import overlays
from tests.ui.helpers import bundled_library, make_window
from tests.ui.test_practice_flow import SCENARIO, open_journal, press


class DrawingAll(DialogueGraphView):
    """The graph widget made to draw every node, edge and path step at each repaint, as it
    did before it drew only the exposed part (the device still clips to that part)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.drawn = 0

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(QPaintEvent(self.rect()))

    def _node(self, *args) -> None:
        self.drawn += 1
        super()._node(*args)


class Counting(DialogueGraphView):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.drawn = 0

    def _node(self, *args) -> None:
        self.drawn += 1
        super()._node(*args)


def test_the_replay_draws_only_the_exposed_part_and_it_looks_the_same(qtbot):
    """The path replay's graph with my path, the recommended path and two earlier attempts:
    a repaint of any part (a node, the paths between two columns, a strip below the boxes
    where loops bend, the whole) looks pixel for pixel as drawing everything, and a repaint
    of one node draws only the few nodes near it."""
    from desktop.core.scenarios.layout import layout

    scenario = bundled_library().scenarios[SCENARIO]
    session = PracticeSession.uebung(scenario)
    play(session.dialogue, Rating.HILFREICH, Rating.TEILS, Rating.UNGUENSTIG, Rating.TEILS)
    earlier = [(1, "2026-11-01T10:00:00+00:00", tuple(n.id for n in scenario.dialogue.nodes[:3])),
               (2, "2026-11-02T10:00:00+00:00", session.dialogue.visited[:2])]
    graph = layout(scenario.dialogue)
    shown = overlays(session, earlier)
    view, reference = Counting(graph, shown), DrawingAll(graph, shown)
    for widget in (view, reference):
        qtbot.addWidget(widget)
        widget.resize(widget.sizeHint())
        widget.select(session.dialogue.visited[1])
    width, height = view.width(), view.height()
    box = view.node_rect(graph.node(session.dialogue.visited[1])).toAlignedRect()
    lowest = max(int(view.node_rect(n).bottom()) for n in graph.nodes)
    for part in (box, box.adjusted(-6, -6, 6, 6), QRect(box.right(), 0, 80, height),
                 QRect(0, lowest - 4, width, height - lowest + 4), view.rect(),
                 QRect(width // 2, height // 3, 150, 90)):
        assert view.grab(part).toImage() == reference.grab(part).toImage(), part
    view.drawn = reference.drawn = 0
    view.grab(box)
    reference.grab(box)
    assert reference.drawn == len(graph.nodes) > 6
    assert 1 <= view.drawn <= 4


def play(walk, *ratings: Rating) -> None:
    for rating in ratings:
        if walk.finished:
            return
        shown = walk.shown_choices()
        pick = next((c for c in shown if c.item.rating is rating), shown[0])
        walk.choose(pick.id)


def test_replay_after_the_summary_by_keyboard(qtbot, data_home):
    """An earlier attempt in the journal, then an Übung in the window to an ending: the summary
    shows the graph; Tab reaches it, Home/Right/Down move node by node and the detail and the
    accessible description say the node's title, my choice and rating, and the thought once
    revealed; the text alternative lists my path in order and the earlier attempt."""
    journal = open_journal(data_home)
    scenario = bundled_library().scenarios[SCENARIO]
    earlier = PracticeSession.uebung(scenario)
    journal.attach(earlier)
    play(earlier.dialogue, *[Rating.UNGUENSTIG] * 8)
    journal.detach(earlier)
    ctx, window = make_window(qtbot, data_home, journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    session = view.session
    walk = session.dialogue
    play(walk, Rating.HILFREICH)
    if walk.thought_available(walk.start):
        walk.reveal_thought(walk.start)
    play(walk, *[Rating.TEILS] * 8)
    assert walk.current.ending
    view.go_to(Step.VERARBEITEN)
    view.forward()  # Abschließen
    replay = view.replay
    graph = replay.view
    view.back_button.setFocus()
    for _ in range(60):
        if QApplication.focusWidget() is graph:
            break
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is graph
    assert graph.accessibleName() == "Gespräch als Grafik"
    press(Qt.Key.Key_Home)
    start = scenario.dialogue.node(walk.start)
    first = walk.path[0]
    description = graph.accessibleDescription()
    assert (start.title or start.id) in description and "Ihre Wahl" in description
    assert "hilfreich" in description and replay.detail.text() == description
    if start.thought:
        assert start.thought.split()[0] in description  # revealed, so it is shown
    press(Qt.Key.Key_Right)
    second = scenario.dialogue.node(first.target)
    assert graph.current == second.id or graph.graph.node(graph.current).column == 1
    press(Qt.Key.Key_Down)  # within a column: moves or stays, never leaves the graph
    assert QApplication.focusWidget() is graph
    text = replay.text.plain_text()
    titles = [scenario.dialogue.node(n).title or n for n in walk.visited]
    positions = [text.index(t) for t in titles]
    assert positions == sorted(positions)
    assert "Der empfohlene Weg" in text and "Ihre früheren Versuche" in text
    assert text.count("Versuch vom") == 1  # only the user's own earlier attempt


def test_replay_from_a_journal_entry(qtbot, data_home):
    """The journal entry's 'Weg als Grafik' opens the graph in a window; its graph takes the
    focus and answers the arrow keys."""
    journal = open_journal(data_home)
    scenario = bundled_library().scenarios[SCENARIO]
    session = PracticeSession.uebung(scenario)
    journal.attach(session)
    play(session.dialogue, *[Rating.HILFREICH] * 8)
    session.finish()
    journal.detach(session)
    ctx, window = make_window(qtbot, data_home, journal)
    page = window.show_page("journal")
    page.detail.show_entry(session.id)
    assert page.detail.graph_button.isVisible()
    seen = {}

    def inspect() -> None:
        dialog = page.detail.graph_dialog
        graph = dialog.findChild(DialogueGraphView)
        seen["focus"] = QApplication.focusWidget() is graph
        QTest.keyClick(graph, Qt.Key.Key_Right)
        seen["moved"] = graph.current != graph.graph.start
        seen["text"] = dialog.replay.text.plain_text()
        dialog.reject()

    QTimer.singleShot(200, inspect)
    qtbot.mouseClick(page.detail.graph_button, Qt.MouseButton.LeftButton)
    assert seen["focus"] and seen["moved"]
    assert "Ihr Weg diesmal" in seen["text"]
