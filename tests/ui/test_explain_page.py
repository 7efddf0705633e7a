"""Verständlich erklären in the app: a whole exercise by keyboard, with a real journal."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.practice import SessionKind, Step
from tests.ui.helpers import make_window, type_text

FIRST = ("Aufgrund des Antrags wurde Ihnen eine Fiktionsbescheinigung ausgestellt. "
         "Bringen Sie den Pass mit und zeigen Sie es Ihrem Arbeitgeber.")


@pytest.fixture
def journal(data_home):
    data = paths.DataPaths(data_home)
    opened = Journal.open(data, config.load(data.settings, policy={}))
    yield opened
    opened.close()


def type_like_a_person(qtbot, widget, text: str) -> None:
    """Words with short pauses, as a person types (the check runs during the pauses)."""
    for word in text.split(" "):
        type_text(widget, word + " ")
        qtbot.wait(40)


def tab_to(qtbot, widget, limit: int = 20) -> None:
    """Press Tab until `widget` has the focus, as a keyboard user moves through the page."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert widget.hasFocus(), f"Tab never reached {widget.text()}"


def choose_by_keyboard(qtbot, combo, data) -> None:
    """Arrow keys in a combo box until the entry with `data` is chosen, as a keyboard user
    does it (no popup, no mouse)."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def test_a_whole_exercise_by_keyboard(qtbot, data_home, journal, tmp_path):
    """Start page by Tab and arrow keys → Erklären; type a first version word by word with
    human pauses: the hints are there while typing goes on, marked in the text; Enter on a
    hint selects its words; keep the first version (Alt+B), revise, compare with the model
    answers (Alt+M), Tab to "finish" and press Space: the journal file, opened afresh, holds
    both versions."""
    ctx, window = make_window(qtbot, data_home, journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    home = window.show_page("home")
    home.setFocus()
    tab_to(qtbot, home.explain_combo, limit=40)
    choose_by_keyboard(qtbot, home.explain_combo, "erklaeren-fiktionsbescheinigung")
    tab_to(qtbot, home.explain_button)
    qtbot.keyClick(home.explain_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.ctx.practice.view is not None)
    view = window.ctx.practice.view
    assert view.session.kind is SessionKind.ERKLAEREN
    assert view.exercise.id == "erklaeren-fiktionsbescheinigung"
    qtbot.waitUntil(lambda: view.editor.hasFocus())
    first_sentence, rest = FIRST.split(". ", 1)
    type_like_a_person(qtbot, view.editor, first_sentence + ".")
    qtbot.wait(400)  # a person pauses after a sentence: the hints come while they think
    early = {h.kind.value for h in view.report.hints}
    assert {"amtsdeutsch", "passiv"} <= early
    type_like_a_person(qtbot, view.editor, rest)
    assert view.editor.toPlainText().rstrip() == FIRST  # nothing typed was lost on the way
    # After the last pause the hints cover the whole text, the list shows each of them.
    expected = {"amtsdeutsch", "passiv", "fachwort", "bitten"}
    qtbot.waitUntil(lambda: expected <= {h.kind.value for h in view.report.hints},
                    timeout=3000)
    assert view.hints.count() == len(view.report.hints) >= 4
    assert view.highlighter.spans  # the words are underlined in the editor
    assert view.hints_label.text().startswith(("Hin&ts: ", "Hin&weise: "))
    qtbot.waitUntil(lambda: "Wiener Sachtextformel" in view.figures.text(), timeout=5000)
    if "KLARTEXT_SHOT" in os.environ:  # for looking at it: the hints marked in the text
        view.editor.ensureCursorVisible()
        window.grab().save(os.environ["KLARTEXT_SHOT"].replace(".png", "-hints.png"))
    # Enter on the passive hint selects "wurde … ausgestellt" in the text.
    tab_to(qtbot, view.hints)  # Tab from the text to the hint list
    row = next(i for i in range(view.hints.count()) if "Passiv" in view.hints.item(i).text())
    qtbot.keyClick(view.hints, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(view.hints, Qt.Key.Key_Down)
    assert view.hints.currentRow() == row
    qtbot.keyClick(view.hints, Qt.Key.Key_Return)
    assert view.editor.hasFocus()
    assert view.editor.textCursor().selectedText() == "wurde Ihnen eine Fiktionsbescheinigung " \
                                                      "ausgestellt"
    # Keep the first version (Alt+B, "Erste Fassung behalten"; a mnemonic clicks with a
    # short animation), then revise: select all, retype.
    qtbot.keyClick(view.editor, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.revising)
    assert view.first_view.toPlainText().rstrip() == FIRST
    assert view.editor.hasFocus()
    qtbot.keyClick(view.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_like_a_person(qtbot, view.editor,
                       "Sie dürfen weiter hier wohnen und arbeiten. Das Papier zeigt: Ihre "
                       "alte Erlaubnis gilt weiter. Wir prüfen Ihren Antrag noch. Es gilt bis "
                       "zum 6. März. Zeigen Sie es Ihrem Arbeitgeber.")
    qtbot.waitUntil(lambda: all(p.covered for p in view.report.points), timeout=3000)
    assert not view.report.hints  # the revision is plain: no hint left
    qtbot.keyClick(view.editor, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Musterantw.
    qtbot.waitUntil(view.models.isVisible)
    assert "Kurz am Schalter" in view.models.plain_text()
    assert view.models.hasFocus()  # the model answers are read next, not skipped
    assert "in your first version" in view.comparison.text() or \
        "in Ihrer ersten Fassung" in view.comparison.text()
    render = Path(os.environ.get("KLARTEXT_SHOT", tmp_path / "erklaeren.png"))
    window.grab().save(str(render))
    tab_to(qtbot, view.finish_button)
    qtbot.keyClick(view.finish_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.ctx.practice.view is None)
    # A second connection to the journal file: what is on disk, not what a cache holds.
    data = paths.DataPaths(data_home)
    reopened = Journal.open(data, config.load(data.settings, policy={}))
    try:
        info = reopened.list_sessions()[0]
        assert info.kind is SessionKind.ERKLAEREN and info.finished
        assert info.scenario_id == "erklaeren-fiktionsbescheinigung"
        stored = reopened.resume(info.id, None)
        assert stored.answer_text(Step.SITUATION, 0).rstrip() == FIRST
        assert stored.answer_text(Step.SITUATION, 1).startswith("Sie dürfen weiter hier wohnen")
    finally:
        reopened.close()


def test_typing_a_long_text_never_stalls_the_window(qtbot, data_home, journal):
    """10,000 characters in the editor: the check goes to the background, and no check on the
    GUI thread takes 50 ms."""
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.exercise_requested.emit("erklaeren-ablehnung-verlaengerung")
    view = window.ctx.practice.view
    view.editor.setPlainText((FIRST + " ") * 70)
    started = time.perf_counter()
    view.run_check()
    assert time.perf_counter() - started < 0.05
    qtbot.waitUntil(lambda: view.report is not None and len(view.report.hints) > 50,
                    timeout=5000)


def test_an_unfinished_exercise_resumes_from_the_start_page(qtbot, data_home, journal):
    """Typed text is in the journal; after closing, "Continue" opens the exercise again with
    the text in the editor."""
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.exercise_requested.emit("erklaeren-terminbrief")
    view = window.ctx.practice.view
    view.editor.setFocus()
    type_like_a_person(qtbot, view.editor, "Sie haben einen Termin.")
    qtbot.wait(400)
    window.ctx.practice.close_current()
    home = window.show_page("home")
    assert home.resume_button.isEnabled()
    home.resume_button.click()
    view = window.ctx.practice.view
    assert view.editor.toPlainText() == "Sie haben einen Termin. "
    QApplication.processEvents()


def test_started_from_the_browser_and_as_a_zwischendurch(qtbot, data_home, journal):
    """The scenario browser starts the chosen exercise; the Zwischendurch tile's button starts
    the least practised one (a finished one is not offered again first)."""
    ctx, window = make_window(qtbot, data_home, journal)
    browser = window.show_page("scenarios")
    browser.explain_combo.setCurrentIndex(browser.explain_combo.findData("erklaeren-duldung"))
    qtbot.keyClick(browser.explain_button, Qt.Key.Key_Space)
    view = window.ctx.practice.view
    assert view.exercise.id == "erklaeren-duldung"
    view.editor.setPlainText("Sie dürfen vorerst hierbleiben.")
    view.finish()
    qtbot.waitUntil(lambda: window.ctx.practice.view is None)
    home = window.show_page("home")
    qtbot.keyClick(home.moment_explain_button, Qt.Key.Key_Space)
    # the practice counts are read on the thread pool, then the exercise opens
    qtbot.waitUntil(lambda: window.ctx.practice.view is not None)
    assert window.ctx.practice.view.exercise.id != "erklaeren-duldung"


def test_marking_the_hints_does_not_start_another_check(qtbot, data_home, journal):
    """The marks change only formats, which Qt reports as a text change too: once typing
    stops, the checks stop (no loop every 250 ms), and the figure arrives."""
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.exercise_requested.emit("erklaeren-duldung")
    view = window.ctx.practice.view
    view.editor.setFocus()
    type_like_a_person(qtbot, view.editor, "Ihnen wird eine Duldung erteilt.")
    qtbot.waitUntil(lambda: view.score is not None, timeout=5000)
    settled = view._generation
    qtbot.wait(800)
    assert view._generation == settled
    assert "Wiener Sachtextformel" in view.figures.text()


def test_at_200_percent_the_page_reflows_and_no_button_is_cut(qtbot, qapp, data_home, journal):
    """At 1280×800 the three buttons stand side by side; with the text doubled (as the
    settings do it) the page is no wider than its scroll area (no sideways scrolling, WCAG
    1.4.10) and the buttons stand one under the other, each as wide as its whole label."""
    from PySide6.QtWidgets import QBoxLayout, QScrollArea

    from desktop.ui.common import theme
    from tests.ui.helpers import skip_without_windows_ui_font

    skip_without_windows_ui_font()
    ctx, window = make_window(qtbot, data_home, journal)
    window.resize(1280, 800)
    theme.remember_system_defaults(qapp)

    def page():
        ctx.exercise_requested.emit("erklaeren-fiktionsbescheinigung")
        view = window.ctx.practice.view
        view.editor.setPlainText(FIRST)
        view.run_check()
        for _ in range(5):
            QApplication.processEvents()
        return view, view.findChild(QScrollArea)

    view, scroll = page()
    assert view.buttons.box.direction() is QBoxLayout.Direction.LeftToRight
    ctx.practice.close_current()
    ctx.change_setting("font_size", 2 * theme.system_point_size())
    try:
        view, scroll = page()
        assert scroll.widget().width() <= scroll.viewport().width()
        assert view.buttons.box.direction() is QBoxLayout.Direction.TopToBottom
        for button in (view.keep_button, view.compare_button, view.finish_button):
            assert button.width() >= button.sizeHint().width(), button.text()
            right = button.mapTo(scroll.widget(), button.rect().topRight()).x()
            assert right <= scroll.viewport().width(), button.text()
    finally:  # the application font is shared by every later test
        ctx.practice.close_current()
        ctx.change_setting("font_size", 0)


def test_only_the_newest_long_text_is_checked_into_view(qtbot, data_home, journal):
    """Two long texts one after the other, each checked in the background: the hints shown
    are those of the second; the first text's check, finished late, never shows its hints
    over it (they would mark words that are not there)."""
    from desktop.ui.common.tasks import wait_for_background

    ctx, window = make_window(qtbot, data_home, journal)
    ctx.exercise_requested.emit("erklaeren-ablehnung-verlaengerung")
    view = window.ctx.practice.view
    shown = []
    show = view._show

    def recording(report, text) -> None:
        shown.append(text)
        show(report, text)

    view._show = recording
    first, second = (FIRST + " ") * 70, (FIRST + " Bitte rufen Sie uns an. ") * 60
    view.editor.setPlainText(first)
    view.run_check()
    view.editor.setPlainText(second)
    view.run_check()
    assert wait_for_background(10_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(50)  # a late result would be shown by now
    assert set(shown) == {second}  # (the pause timer may check the second text again)
    assert view.report is not None and view.editor.toPlainText() == second
