"""The studio's dialogue map while a trainer types: it follows the text once the typing pauses,
on a large scenario too (built on the thread pool), keeps its place and keyboard focus instead
of being rebuilt, and the side not shown (preview or map) catches up when it is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from bench.bench_studio import scenario_text
from desktop.core import config, paths
from desktop.core.scenarios.library import load_library
from desktop.ui.common.context import AppContext
from desktop.ui.studio.studio_editor import BACKGROUND_CHARS
from desktop.ui.studio.studio_page import StudioPage
from tests.core.lint_fixtures import VALID_CARD, VALID_SCENARIO, line_of
from tests.ui.helpers import type_text
from tests.ui.test_studio import press, tab_to

WORD_PAUSE_MS = 300  # a person between words: shorter than the linter's debounce


@pytest.fixture
def team(tmp_path):
    folder = tmp_path / "team"
    (folder / "techniken").mkdir(parents=True)
    (folder / "testfall.md").write_text(VALID_SCENARIO, "utf-8")
    (folder / "gross.md").write_text(scenario_text(), "utf-8")
    (folder / "techniken" / "aktives-zuhoeren.md").write_text(VALID_CARD, "utf-8")
    return folder


@pytest.fixture
def page(qtbot, data_home, team):
    data = paths.DataPaths(data_home)
    settings = config.load(data.settings, policy={})
    settings.set("team_scenario_folder", str(team))
    settings.set("authoring", True)
    ctx = AppContext(settings, data)
    ctx.set_library(load_library([paths.bundled_scenarios_dir(), team]))
    page = StudioPage(ctx)
    page.show_message = lambda title, text: None
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.editor.document().setModified(False)


def type_like_a_person(qtbot, widget, text: str) -> None:
    """Word by word with a pause of 0.3 s after each, the event loop running all along."""
    words = text.split(" ")
    for index, word in enumerate(words):
        type_text(widget, word + (" " if index < len(words) - 1 else ""))  # umlauts too
        qtbot.wait(WORD_PAUSE_MS)


def end_of_line(page: StudioPage, line: int) -> None:
    page.editor.go_to_line(line)
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    page.editor.setTextCursor(cursor)


def open_with_map(qtbot, page: StudioPage, path) -> None:
    page.open_file(path)
    page.side.setCurrentWidget(page.map)
    qtbot.waitUntil(lambda: page.map.view is not None and not page.map.updating,
                    timeout=10_000)


def test_large_map_follows_typing_and_keeps_its_place(qtbot, page, team):
    """On a 200-node scenario (linted in the background): the trainer picks node n100 on the
    map, Enter takes them to its heading, they type a longer title and then a choice to a node
    that does not exist, word by word with pauses. Once they stop, the map shows the new title
    and marks n100 with the missing target, in the same view, with n100 still the focused
    node and its description (what a screen reader reads) saying the problem."""
    text = (team / "gross.md").read_text("utf-8")
    assert len(text) > BACKGROUND_CHARS  # the background path, as a real large file takes
    open_with_map(qtbot, page, team / "gross.md")
    view = page.map.view
    view.setFocus()
    view.select("n100")
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.editor
    heading = line_of(text, "### @n100 ")
    assert page.editor.current_line() == heading
    end_of_line(page, heading)
    type_like_a_person(qtbot, page.editor, " beim zweiten Termin")
    qtbot.waitUntil(lambda: page.map.view.graph.node("n100").title
                    == "Moment 100 beim zweiten Termin", timeout=10_000)
    assert page.map.view is view  # told what changed, not rebuilt
    end_of_line(page, heading + 6)  # the helpful choice's feedback line
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    type_like_a_person(qtbot, page.editor, "- (teils) Erst einmal abwarten. -> @nirgends")
    qtbot.waitUntil(lambda: "n100" in page.map.dmap.problems, timeout=10_000)
    assert "@nirgends" in " ".join(page.map.dmap.problems["n100"])
    assert page.map.view is view and view.current == "n100"
    assert "@nirgends" in view.accessibleDescription()
    assert "@nirgends" in page.map.detail.text()
    assert "1 Knoten mit Problemen" in page.map.notes.text()
    tab_to(view, limit=8)  # back on the map by keyboard: still at n100, Enter still jumps
    assert view.current == "n100"
    press(Qt.Key.Key_Return)
    assert page.editor.current_line() == heading


def test_typed_node_appears_on_the_map_and_a_deleted_one_leaves_it(qtbot, page, team):
    """A new node typed under Reagieren, with a choice leading to it, appears on the map once
    the typing pauses and the arrow keys reach it; deleting the focused node's heading moves
    the map's focus to the start instead of to a node that no longer exists."""
    open_with_map(qtbot, page, team / "testfall.md")
    view = page.map.view
    assert not any(n.id == "nachfrage" for n in view.graph.nodes)
    end_of_line(page, line_of(VALID_SCENARIO, "  > Anerkennen, dann zur Sache."))
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    type_like_a_person(qtbot, page.editor, "- (teils) Wie meinen Sie das? -> @nachfrage")
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    type_like_a_person(qtbot, page.editor, "### @nachfrage Die Nachfrage")
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    type_like_a_person(qtbot, page.editor, "- (hilfreich) Ich erkläre es. -> @plan")
    qtbot.waitUntil(lambda: any(n.id == "nachfrage" for n in page.map.view.graph.nodes),
                    timeout=5000)
    assert page.map.view is view
    assert view.width() >= view.sizeHint().width()  # the scroll area shows the new size
    view.setFocus()
    view.select("aerger")
    press(Qt.Key.Key_Right)
    assert view.current == "nachfrage" or any(
        n.id == "nachfrage" and n.column == view.graph.node(view.current).column
        for n in view.graph.nodes)
    view.select("nachfrage")
    press(Qt.Key.Key_Return)
    heading = page.editor.current_line()
    assert page.editor.toPlainText().split("\n")[heading - 1].startswith("### @nachfrage")
    cursor = page.editor.textCursor()
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    cursor.removeSelectedText()
    qtbot.waitUntil(lambda: not any(n.id == "nachfrage" for n in page.map.view.graph.nodes),
                    timeout=5000)
    assert view.current == "start" and page.map.view is view


def test_the_hidden_side_catches_up_when_shown(qtbot, page, team):
    """While the map is shown the preview does not follow each pause in typing, and while
    the preview is shown the map does not; switching with Alt+V / Alt+K shows the text as it
    is now on either side."""
    open_with_map(qtbot, page, team / "testfall.md")
    end_of_line(page, line_of(VALID_SCENARIO, "### @plan Der nächste Schritt"))
    type_like_a_person(qtbot, page.editor, " und die Frist")
    qtbot.waitUntil(lambda: page.map.view.graph.node("plan").title
                    == "Der nächste Schritt und die Frist", timeout=5000)
    assert "und die Frist" not in page.preview.plain_text()
    page.editor.setFocus()
    press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert page.side.currentWidget() is page.preview
    qtbot.waitUntil(lambda: "Der nächste Schritt und die Frist" in page.preview.plain_text(),
                    timeout=5000)
    page.editor.setFocus()
    end_of_line(page, line_of(VALID_SCENARIO, "### @aerger Der Ärger"))
    type_like_a_person(qtbot, page.editor, " am Schalter")
    qtbot.waitUntil(lambda: "Der Ärger am Schalter" in page.preview.plain_text(), timeout=5000)
    assert page.map.view.graph.node("aerger").title == "Der Ärger"
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert page.side.currentWidget() is page.map
    qtbot.waitUntil(lambda: page.map.view.graph.node("aerger").title == "Der Ärger am Schalter",
                    timeout=5000)


def test_drawing_only_the_exposed_part_looks_like_drawing_all(qtbot, page, team):
    """The map draws only what lies in the part being repainted; any part of a 200-node map
    (edges to a far ending crossing it or bending below the boxes, the focus ring) looks pixel
    for pixel as the replay's graph widget draws it when told to draw everything."""
    from PySide6.QtCore import QRect

    from tests.ui.test_path_replay import DrawingAll as DialogueGraphView

    open_with_map(qtbot, page, team / "gross.md")
    view = page.map.view
    assert not page.map.dmap.problems
    view.select("n100")
    reference = DialogueGraphView(view.graph, name="Dialogkarte")
    qtbot.addWidget(reference)
    reference.resize(view.size())
    reference.select("n100")
    width, height = view.width(), view.height()
    box = view.node_rect(view.graph.node("n100")).toAlignedRect()
    lowest = max(int(view.node_rect(n).bottom()) for n in view.graph.nodes)
    for part in (QRect(width // 3, lowest + 10, 500, height - lowest - 10),  # loops bend here
                 QRect(0, 0, 600, height), QRect(width // 2, 0, 700, height), box,
                 QRect(box.center().x(), box.bottom() - 3, 40, 30), box.adjusted(-5, -5, 5, 5),
                 QRect(box.left() + 20, box.bottom() + 2, 60, 6),  # only the focus ring
                 QRect(width - 500, 0, 500, height)):
        assert view.grab(part).toImage() == reference.grab(part).toImage(), part
