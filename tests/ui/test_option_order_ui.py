"""Option order in the window (issue 17.1): buttons, number keys, focus and the journal refer
to the option, never to where it stands; a resumed session shows the same order."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton

from desktop.core import paths
from desktop.core.practice import Step
from desktop.core.scenarios.model import Stage
from tests.ui.helpers import make_window
from tests.ui.test_practice_flow import SCENARIO, open_journal


def shown_ids(player) -> list[str]:
    return [b.property("choice_id") for b in player.choice_buttons()]


def test_buttons_number_keys_and_focus_follow_the_session_order(qtbot, data_home):
    """The decision buttons stand in the session's order, focus lands on the first one shown,
    the key "2" takes the second one shown, and the journal records that choice's id; the
    Auswahl radio buttons stand in the session's order too."""
    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    session = view.session
    view.go_to(Step.DEUTEN)
    radios = [r for r in view.step_area.widget().findChildren(QRadioButton)
              if r.property("option_id")]
    first_question = [s.id for s in session.shown_options(Stage.DEUTEN, 0)]
    assert [r.property("option_id") for r in radios[:len(first_question)]] == first_question
    view.go_to(Step.REAGIEREN)
    walk = session.dialogue
    player = view.player
    assert shown_ids(player) == [s.id for s in walk.shown_choices()]
    first_button = player.choice_buttons()[0]
    first_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_button)
    second = shown_ids(player)[1]
    QTest.keyClick(first_button, Qt.Key.Key_2)
    assert walk.path[-1].choice_id == second
    assert QApplication.focusWidget() in player.choice_buttons()
    assert QApplication.focusWidget() is player.choice_buttons()[0]
    conn = sqlite3.connect(paths.DataPaths(data_home).database)
    assert conn.execute("SELECT choice_id FROM path_steps").fetchall() == [(second,)]
    conn.close()
    order_here = shown_ids(player)
    window.close()
    journal.close()

    journal2 = open_journal(data_home)
    ctx2, window2 = make_window(qtbot, data_home, journal2)
    qtbot.mouseClick(window2.page("home").resume_button, Qt.MouseButton.LeftButton)
    resumed = window2.ctx.practice.view
    assert resumed.session.order_seed == session.order_seed
    assert shown_ids(resumed.player) == order_here
