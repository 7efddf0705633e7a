"""Focus is scrolled into sight (desktop/ui/shell/assist.py, `FocusFollower`): a control that
fits is shown whole; one larger than the visible part shows its focused part (a text cursor,
the dialogue graph's node in focus) or else its start, never its middle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.practice import Step
from desktop.core.scenarios.model import Rating
from tests.ui.helpers import make_window


def _seen(widget: QWidget, area: QScrollArea, part: QRect | None = None) -> QRect:
    """What of `widget` (or of its `part`) the area's viewport shows, in widget coordinates."""
    rect = part or widget.rect()
    corner = widget.mapTo(area.viewport(), QPoint(0, 0))
    shown = area.viewport().rect().translated(-corner)
    return rect.intersected(shown)


@pytest.fixture
def host(qtbot, data_home):
    """A window with a line edit above a small scroll area (the app's focus follower is
    installed by the main window, which is made first)."""
    make_window(qtbot, data_home)
    area = QScrollArea()
    content = QWidget()
    column = QVBoxLayout(content)
    outside = QLineEdit("außen")
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.addWidget(outside)
    layout.addWidget(area)
    host.resize(400, 320)
    qtbot.addWidget(host)
    host.area, host.column, host.content, host.outside = area, column, content, outside
    return host


def _show(qtbot, host) -> None:
    host.area.setWidget(host.content)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    host.outside.setFocus()


def test_a_control_wider_and_taller_than_the_view_shows_its_start(qtbot, host):
    """A button twice as wide and tall as the visible part, below and right of other
    content: focus from outside scrolls to its top left corner (Qt centred it, cutting its
    start)."""
    for n in range(12):
        host.column.addWidget(QLineEdit(f"Feld {n}"))
    big = QPushButton("groß")
    big.setFixedSize(900, 700)
    row = QWidget()
    row_layout = QVBoxLayout(row)
    row_layout.setContentsMargins(300, 0, 0, 0)
    row_layout.addWidget(big)
    host.column.addWidget(row)
    _show(qtbot, host)
    assert big.visibleRegion().isEmpty()
    big.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not big.visibleRegion().isEmpty(), timeout=2000)
    seen = _seen(big, host.area)
    assert seen.topLeft() == QPoint(0, 0), seen
    assert host.area.horizontalScrollBar().value() > 0  # it is right of the first column


def test_a_tall_text_field_shows_its_cursor(qtbot, host):
    """A text field taller than the view with its cursor at the end: the end is shown,
    not the field's start or middle."""
    edit = QPlainTextEdit("\n".join(f"Zeile {n}" for n in range(80)))
    edit.setFixedHeight(1600)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    host.column.addWidget(QLineEdit("oben"))
    host.column.addWidget(edit)
    _show(qtbot, host)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    cursor = edit.cursorRect().translated(edit.viewport().pos())
    qtbot.waitUntil(lambda: _seen(edit, host.area, cursor) == cursor, timeout=2000)
    assert not _seen(edit, host.area).contains(QPoint(0, 0))


def test_a_control_that_fits_is_shown_whole_with_room_around(qtbot, host):
    """A field far below: shown whole, with a margin below it where there is room."""
    fields = [QLineEdit(f"Feld {n}") for n in range(40)]
    for field in fields:
        host.column.addWidget(field)
    _show(qtbot, host)
    target = fields[25]
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _seen(target, host.area) == target.rect(), timeout=2000)
    below = host.area.viewport().height() - target.mapTo(host.area.viewport(), QPoint(
        0, target.height())).y()
    assert below >= 40


def test_the_path_graph_shows_its_start_node_whole(qtbot, data_home):
    """The summary's path graph, wider than its scroll area, reached by focus in a 900-px
    window: its start node (in focus) is seen whole in the graph's area and in the step's,
    the graph's left edge is not cut off, and moving focus away and back keeps it so."""
    ctx, window = make_window(qtbot, data_home)
    window.resize(900, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctx.scenario_requested.emit("ablehnung-persoenlich")
    view = ctx.practice.view
    walk = view.session.dialogue
    for _ in range(12):  # the helpful answer each time: the conversation ends (no loop back)
        if walk.finished:
            break
        shown = walk.shown_choices()
        walk.choose(next((c for c in shown if c.item.rating is Rating.HILFREICH), shown[0]).id)
    assert walk.finished
    view.go_to(Step.VERARBEITEN)
    view.forward()
    replay = view.replay
    graph = replay.view
    assert graph.width() > replay.scroll_area.viewport().width()
    view.next_button.setFocus()
    graph.setFocus(Qt.FocusReason.TabFocusReason)
    start = graph.node_rect(graph.graph.node(graph.current)).toAlignedRect()
    qtbot.waitUntil(lambda: _seen(graph, replay.scroll_area, start) == start, timeout=2000)
    assert _seen(graph, view.step_area, start) == start
    assert replay.scroll_area.horizontalScrollBar().value() <= start.left()
    ctx.practice.close_current()
