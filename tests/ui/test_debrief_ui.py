"""The debrief in the Zusammenfassung by keyboard alone (issue 17.4): its four parts, the
takeaway typed with human pauses and saved, and shown once on the start page if chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from desktop.core.practice import Step
from desktop.core.scenarios.model import Rating, Stage
from desktop.ui.common.text_view import AutoHeightTextView
from tests.ui.helpers import make_window
from tests.ui.test_practice_flow import SCENARIO, open_journal, press


def tab_to(widget, limit: int = 40) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_debrief_by_keyboard_and_takeaway_on_the_start_page(qtbot, data_home):
    """Play badly in places, open the summary: the four parts are there (with the hidden
    thought and the missed reading); Tab to the takeaway, type it with pauses, Tab to the
    checkbox and tick it with Space, finish with the keyboard; the start page then shows the
    takeaway, and no longer once the next exercise has begun."""
    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    session = view.session
    wrong = next(o for o in session.shown_options(Stage.DEUTEN, 0) if not o.item.recommended)
    session.choose(Stage.DEUTEN, 0, wrong.id)
    walk = session.dialogue
    walk.choose(next(c.id for c in walk.shown_choices() if c.item.rating is Rating.UNGUENSTIG))
    view.go_to(Step.VERARBEITEN)
    view.forward()  # "Abschließen": finished, the debrief opens
    assert session.finished and session.step is Step.ZUSAMMENFASSUNG
    content = view.step_area.widget()
    page = "\n".join(v.plain_text() for v in content.findChildren(AutoHeightTextView))
    for part in ("1. Wie war es für Sie?", "2. Was ist passiert?", "3. Genauer hingeschaut",
                 "Deutungen, die Sie noch ergänzen können",
                 "Wo es schwierig wurde und was helfen kann"):
        assert part in page
    start = session.scenario.dialogue.node(walk.start)
    if start.thought:
        assert start.thought.split()[0] in page
    takeaway = content.findChild(QLineEdit, "takeaway")
    remind = content.findChild(QCheckBox, "takeaway_on_start")
    assert takeaway.accessibleName() and remind.accessibleName()
    view.back_button.setFocus()
    tab_to(takeaway)
    for word in ("Erst", " die", " Sorge,", " dann", " die", " Liste."):
        QTest.keyClicks(takeaway, word)
        qtbot.wait(350)  # a human pause between words
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is remind
    press(Qt.Key.Key_Space)
    assert remind.isChecked() and ctx.settings.get("takeaway_on_start") is True
    press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Fertig
    qtbot.waitUntil(lambda: window.ctx.practice.view is None)
    stored = journal.load(session.id)
    assert stored["instruments"]["takeaway"] == "Erst die Sorge, dann die Liste."
    home = window.show_page("home")
    home.refresh()
    assert home.takeaway.isVisible()
    assert "Erst die Sorge, dann die Liste." in home.takeaway.text()
    ctx.scenario_requested.emit(SCENARIO)
    home.refresh()
    assert not home.takeaway.isVisible()
