"""A caseworker's few minutes: a whole scenario by keyboard alone, pause and resume, and a
Zwischendurch moment; every test against a real journal file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QRadioButton, QSlider

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.practice import SessionKind, Step
from desktop.core.scenarios.model import Rating
from desktop.ui.practice.dialogue_player import ChoiceButton
from tests.ui.helpers import make_window

SCENARIO = "verlaengerung-unterlagen"


def open_journal(home):
    data = paths.DataPaths(home)
    return Journal.open(data, config.load(data.settings, policy={}))


def press(key, modifier=Qt.KeyboardModifier.NoModifier):
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def work_through_step_by_keyboard(window, typed: list[str]) -> None:
    """Tab through the step and act on what has focus, as a keyboard user would."""
    seen = set()
    for _ in range(200):
        widget = QApplication.focusWidget()
        if isinstance(widget, QRadioButton) and widget.group() is not None \
                and widget.group().checkedId() < 0:
            press(Qt.Key.Key_Space)
        elif isinstance(widget, QPlainTextEdit) and not widget.toPlainText():
            text = f"Antwort {len(typed) + 1}"
            QTest.keyClicks(widget, text)
            typed.append(text)
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.accessibleName():
            text = f"Satz {len(typed) + 1}"
            QTest.keyClicks(widget, text)
            typed.append(text)
        elif isinstance(widget, QSlider) and id(widget) not in seen:
            press(Qt.Key.Key_Right)
        elif isinstance(widget, ChoiceButton):
            # Options come in a shuffled order: Tab on to the helpful one (always taking the
            # first could circle through the dialogue's way-back nodes), then Space.
            player = window.ctx.practice.view.player
            helpful = {entry.id for entry in player.walk.shown_choices(player.walk.current.id)
                       if entry.item.rating is Rating.HILFREICH}
            if widget.property("choice_id") in helpful:
                press(Qt.Key.Key_Space)
                continue
        if id(widget) in seen and widget is window.ctx.practice.view.next_button:
            return
        seen.add(id(widget))
        press(Qt.Key.Key_Tab)


def test_whole_scenario_with_keys_only(qtbot, data_home):
    """From the start page to the summary without the mouse: find the scenario, start it,
    answer every step, walk the dialogue to an ending; the journal holds the finished run."""
    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window._nav.setFocus()
    press(Qt.Key.Key_Down)  # Heute → Szenarien
    assert window.current_page_key() == "scenarios"
    press(Qt.Key.Key_Tab)  # into the page: the search field
    QTest.keyClicks(QApplication.focusWidget(), "Arbeitsvertrag")
    press(Qt.Key.Key_Return)  # to the first match
    press(Qt.Key.Key_Return)  # start it
    view = window.ctx.practice.view
    assert view is not None and view.session.scenario_id == SCENARIO
    typed: list[str] = []
    for step in view.session.steps[:-1]:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        work_through_step_by_keyboard(window, typed)
        # Alt+W "Weiter", on the last step before the summary Alt+S "Abschließen"; a button's
        # mnemonic clicks with a short animation, so wait for the step to change.
        key = Qt.Key.Key_S if step is view.session.steps[-2] else Qt.Key.Key_W
        press(key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda s=step: view.session.step is not s)
    session = view.session
    assert session.step is Step.ZUSAMMENFASSUNG and session.finished
    assert session.dialogue.current.ending
    assert session.instruments.strain_before is not None
    assert session.instruments.strain_after is not None
    assert len(session.choices) >= 2
    stored = journal.resume(session.id, ctx.library.scenarios[SCENARIO])
    assert stored.finished and stored.dialogue.visited == session.dialogue.visited
    written = {a.text for a in stored.answers} | {stored.instruments.takeaway,
                                                  stored.instruments.helps_other}
    assert set(typed) <= written


def test_resume_after_closing_the_window_mid_session(qtbot, data_home):
    """Close the window in Reagieren after one choice and a half-typed answer; a new window
    on the same data folder continues at the exact point with every answer."""
    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    view.forward()  # Deuten
    radio = view.step_area.widget().findChildren(QRadioButton)[1]
    # On the indicator: a radio button only takes clicks on its indicator and its text.
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    clicked = radio.property("option_id")
    edit = view.step_area.widget().findChildren(QPlainTextEdit)
    if edit:
        qtbot.keyClicks(edit[0], "Er hat Angst um seine Stelle")
    view.go_to(Step.REAGIEREN)
    view.player.choose(0)
    visited = view.session.dialogue.visited
    window.close()
    journal.close()

    journal2 = open_journal(data_home)
    ctx2, window2 = make_window(qtbot, data_home, journal2)
    home = window2.page("home")
    assert home.resume_button.isEnabled()
    qtbot.mouseClick(home.resume_button, Qt.MouseButton.LeftButton)
    resumed = window2.ctx.practice.view
    assert resumed.session.step is Step.REAGIEREN
    assert resumed.session.dialogue.visited == visited
    assert resumed.session.choice("deuten", 0).option_id == clicked
    if edit:
        assert "Er hat Angst um seine Stelle" in resumed.session.answer_text(Step.DEUTEN, 0)
    assert "Sie:" in resumed.player.transcript.plain_text()


def test_zwischendurch_moment_is_played_and_saved(qtbot, data_home):
    """The start page's Zwischendurch: context, one choice with feedback, one line, saved;
    the next moment prefers a node not practised yet."""
    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    home = window.page("home")
    qtbot.mouseClick(home.moment_button, Qt.MouseButton.LeftButton)
    # The moment is picked from the journal on the thread pool, then opened.
    qtbot.waitUntil(lambda: window.ctx.practice.view is not None, timeout=5000)
    view = window.ctx.practice.view
    session = view.session
    assert session.kind is SessionKind.ZWISCHENDURCH
    first = (session.scenario_id, session.focus_node)
    view.forward()  # Reagieren
    buttons = view.player.choice_buttons()
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    transcript = view.player.transcript.plain_text()
    assert session.dialogue.path[0].feedback.split()[0] in transcript
    line = next(e for e in view.step_area.widget().findChildren(QLineEdit))
    qtbot.keyClicks(line, "Erst die Sorge, dann die Liste.")
    view.forward()  # Zusammenfassung (flushes the line)
    assert session.reflection == "Erst die Sorge, dann die Liste."
    view.forward()  # Fertig
    assert window.ctx.practice.view is None
    stored = journal.resume(session.id, ctx.library.scenarios[first[0]])
    assert stored.reflection == "Erst die Sorge, dann die Liste."
    assert stored.kind is SessionKind.ZWISCHENDURCH
    assert journal.stats.moment_counts()[first] == 1
    qtbot.mouseClick(home.moment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.practice.view is not None, timeout=5000)
    second = window.ctx.practice.view.session
    assert (second.scenario_id, second.focus_node) != first
