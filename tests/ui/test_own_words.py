"""Own words first (issue 17.5): off by default; switched on, each decision asks for the
learner's own words before the options appear; typed with pauses they are saved, survive a
restart, and the journal keeps them with the choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from desktop.core.journal.markdown import render_markdown
from desktop.core.practice import Step
from desktop.ui.journal.journal_detail import entry_html, journal_labels
from tests.ui.helpers import make_window
from tests.ui.test_practice_flow import SCENARIO, open_journal, press


def open_reagieren(qtbot, data_home, journal, own_words: bool):
    ctx, window = make_window(qtbot, data_home, journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if own_words:
        ctx.change_setting("own_words_first", True)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    view.go_to(Step.REAGIEREN)
    return ctx, window, view


def test_off_by_default(qtbot, data_home):
    """Without the setting the options are there at once and nothing asks for own words."""
    journal = open_journal(data_home)
    ctx, window, view = open_reagieren(qtbot, data_home, journal, own_words=False)
    assert view.player.choice_buttons() and not view.player.own_box.isVisible()


def test_own_words_then_options_by_keyboard_and_both_kept(qtbot, data_home):
    """Switched on: the options are hidden and focus is in the own-words field; words typed
    with pauses are in the journal before any choice; a new window resumes with them; the
    button shows the options with the words above them; the key 1 takes the first option; the
    path step keeps both the words and the choice, and the transcript shows both."""
    journal = open_journal(data_home)
    ctx, window, view = open_reagieren(qtbot, data_home, journal, own_words=True)
    player = view.player
    assert player.own_box.isVisible() and player.choice_buttons() == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is player.own_edit)
    for word in ("Ich", " verstehe,", " dass", " das", " Sie", " trifft."):
        QTest.keyClicks(player.own_edit, word)
        qtbot.wait(350)
    session = view.session
    assert journal.load(session.id)["own_words_draft"] == "Ich verstehe, dass das Sie trifft."
    window.close()
    journal.close()

    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctx.change_setting("own_words_first", True)
    qtbot.mouseClick(window.page("home").resume_button, Qt.MouseButton.LeftButton)
    view = window.ctx.practice.view
    player = view.player
    assert player.own_edit.toPlainText() == "Ich verstehe, dass das Sie trifft."
    player.own_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is player.own_edit)
    press(Qt.Key.Key_Tab)  # Tab leaves the text field (it does not insert a tab)
    assert QApplication.focusWidget() is player.reveal_button
    press(Qt.Key.Key_Space)
    assert player.choice_buttons() and not player.own_box.isVisible()
    assert "Ich verstehe" in player.own_shown.text()
    assert QApplication.focusWidget() is player.choice_buttons()[0]
    first = player.choice_buttons()[0].property("choice_id")
    press(Qt.Key.Key_1)
    step = view.session.dialogue.path[-1]
    assert step.choice_id == first and step.own_words == "Ich verstehe, dass das Sie trifft."
    stored = journal.load(view.session.id)
    assert stored["walk"][0]["own_words"] == "Ich verstehe, dass das Sie trifft."
    assert stored["walk"][0]["choice_id"] == first and stored["own_words_draft"] == ""
    assert "Zuerst in eigenen Worten" in player.transcript.plain_text()
    entry = journal.entry(view.session.id)
    assert "Zuerst in eigenen Worten: Ich verstehe, dass das Sie trifft." in \
        render_markdown(entry, journal_labels())
    assert "Ich verstehe, dass das Sie trifft." in entry_html(entry)
    # At the next node the own-words field is asked again, empty.
    if not view.session.dialogue.finished:
        assert player.own_box.isVisible() and player.own_edit.toPlainText() == ""
        assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
