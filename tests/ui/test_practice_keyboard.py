"""The practice room with the keyboard and a screen reader (issue 20, points 1–7, 10–12):
where focus lands when a session starts, a Tab order that follows the screen, a focused field
in sight, step buttons that are buttons, buddy labels for combo boxes, links and dialogue
outcomes announced, names equal to visible labels, a readable scenario table at 200 % and a
splitter that moves by keyboard. Real windows over a real journal, driven by key presses."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from desktop.core.practice import PracticeSession, SessionKind, Step
from desktop.ui.common.labels import visible_text
from desktop.ui.practice.dialogue_player import ChoiceButton
from tests.ui.helpers import make_window
from tests.ui.test_practice_flow import SCENARIO, open_journal, press

HEAVY = "ablehnung-persoenlich"  # has a content note


class Closing:
    """The journal, closed after the window (as at quit): `journal.close()` in a test."""

    def __init__(self, window, journal) -> None:
        self.window = window
        self.journal = journal

    def close(self) -> None:
        self.window.close()
        self.journal.close()


def active_window(qtbot, data_home):
    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return ctx, window, Closing(window, journal)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def assert_on_first_control(qtbot, window) -> None:
    """Focus is inside the step's content (not on the view, its scroll area or the step
    buttons) on something to answer or press."""
    view = window.ctx.practice.view
    qtbot.waitUntil(lambda: view.pane is not None and view.pane.isAncestorOf(focus()))
    widget = focus()
    assert widget is not view and not isinstance(widget, QScrollArea)
    assert widget not in view.indicator.buttons.values()


def tab_sequence(start: QWidget, count: int, backwards: bool = False) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen = []
    for _ in range(count):
        press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
        seen.append(focus())
    return seen


def test_starting_a_session_puts_focus_on_the_first_control(qtbot, data_home):
    """Übung beginnen in the content note, Zwischendurch üben on the start page (Space) and
    Ctrl+E: each time focus is on step 1's first control, never on the page."""
    ctx, window, journal = active_window(qtbot, data_home)
    browser = window.show_page("scenarios")
    assert browser.select(HEAVY)

    def accept_note() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, accept_note)
            return
        QTest.keyClick(box, Qt.Key.Key_Return)  # the default: "Übung beginnen"

    QTimer.singleShot(50, accept_note)
    browser.start_button.setFocus()
    press(Qt.Key.Key_Space)
    assert window.ctx.practice.view.session.scenario_id == HEAVY
    # The window manager activates the window again once the note is closed; offscreen
    # nobody does, so the test does it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert_on_first_control(qtbot, window)
    window.ctx.practice.close_current()

    home = window.show_page("home")
    home.moment_button.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.ctx.practice.view is not None, timeout=5000)
    assert window.ctx.practice.view.session.kind is SessionKind.ZWISCHENDURCH
    assert_on_first_control(qtbot, window)
    window.ctx.practice.close_current()

    window._nav.setFocus()
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.practice.view.session.kind is SessionKind.EIGENER_FALL
    assert_on_first_control(qtbot, window)
    window.ctx.practice.close_current()
    journal.close()


def test_tab_goes_through_the_step_before_its_buttons(qtbot, data_home):
    """In every step of an Übung, Tab from the last step button reaches every control of the
    step's content before Unterbrechen, Zurück and Weiter; in Reagieren the answers come before
    the tools and the hints."""
    ctx, window, journal = active_window(qtbot, data_home)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    for step in view.session.steps:
        view.go_to(step)
        qtbot.waitUntil(lambda: view.pane.isAncestorOf(focus()))
        last_step_button = list(view.indicator.buttons.values())[-1]
        seen = tab_sequence(last_step_button, 80)
        pause = seen.index(view.pause_button)
        inside = [w for w in seen[:pause] if view.pane.isAncestorOf(w)]
        assert inside and seen[0] is inside[0], (step, seen[:3])
        assert all(view.pane.isAncestorOf(w) for w in seen[:pause]), step
        assert seen[pause:pause + 3] == [view.pause_button, view.back_button,
                                         view.next_button] or step is view.session.steps[0]
        if step is Step.REAGIEREN:
            player = view.player
            answers = [seen.index(b) for b in player.choice_buttons()]
            tools = [seen.index(w) for w in (player.undo_button, player.restart_combo)
                     if w in seen]
            hints = [seen.index(h.button) for h in view.pane.hints if h.button in seen]
            assert answers and max(answers) < min(tools + hints + [pause])
    journal.close()


def test_a_focused_field_in_verarbeiten_is_scrolled_into_sight(qtbot, data_home):
    """Entering Verarbeiten's content from outside (Tab from the step buttons with the
    content scrolled to its end, Shift+Tab from Unterbrechen with it at its start): the field
    that gets focus is inside the visible part of the scroll area."""
    ctx, window, journal = active_window(qtbot, data_home)
    window.resize(900, 560)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    view.go_to(Step.VERARBEITEN)
    qtbot.waitUntil(lambda: view.pane.isAncestorOf(focus()))
    bar = view.step_area.verticalScrollBar()
    assert bar.maximum() > 0, "the step must be taller than the window for this test"

    def in_sight(widget: QWidget) -> bool:
        viewport = view.step_area.viewport()
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        shown = QRect(top_left, widget.size()).intersected(viewport.rect())
        return shown.height() >= min(widget.height(), 8)

    bar.setValue(bar.maximum())
    tab_sequence(list(view.indicator.buttons.values())[-1], 1)
    assert view.pane.isAncestorOf(focus()) and in_sight(focus())
    bar.setValue(0)
    tab_sequence(view.pause_button, 1, backwards=True)
    assert view.pane.isAncestorOf(focus()) and in_sight(focus())
    journal.close()


def test_step_buttons_are_buttons_and_say_which_step_is_current(qtbot, data_home):
    """The step buttons are push buttons (not check boxes) for a screen reader; the current
    one says "aktueller Schritt" in its description; Space on one goes to that step; scroll
    areas are never a Tab stop."""
    ctx, window, journal = active_window(qtbot, data_home)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    for step, button in view.indicator.buttons.items():
        assert not button.isCheckable()
        assert QAccessible.queryAccessibleInterface(button).role() == QAccessible.Role.Button
        current = step is view.session.step
        assert (button.accessibleDescription() == "aktueller Schritt") is current
        assert button.accessibleName() == visible_text(button.text())
    view.indicator.buttons[Step.BEEINFLUSSEN].setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.session.step is Step.BEEINFLUSSEN)
    assert view.indicator.buttons[Step.BEEINFLUSSEN].accessibleDescription() == \
        "aktueller Schritt"
    seen = tab_sequence(view.next_button, 60)
    assert not [w for w in seen if isinstance(w, QScrollArea)]
    journal.close()


def buddy_of(root: QWidget, control: QWidget) -> QLabel | None:
    return next((label for label in root.findChildren(QLabel) if label.buddy() is control),
                None)


def test_combo_boxes_are_named_by_a_visible_label(qtbot, data_home):
    """Heute's "Vor dem Termin" combo box and Reagieren's restart combo box each have a
    visible buddy label whose text is their accessible name; the label's Alt key (none) or a
    click on it puts focus on the combo box."""
    ctx, window, journal = active_window(qtbot, data_home)
    home = window.show_page("home")
    for combo in (home.kind_combo, home.explain_combo):
        label = buddy_of(home, combo)
        assert label is not None and label.isVisible()
        assert combo.accessibleName() == label.text().rstrip(":")
    assert home.kind_combo.accessibleName() == "Art des Termins"
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    view.go_to(Step.REAGIEREN)
    view.player.choose(0)
    combo = view.player.restart_combo
    label = buddy_of(view, combo)
    assert label is not None and label.isVisible()
    assert combo.accessibleName() == label.text().rstrip(":") == "Neu beginnen ab"
    journal.close()


def test_links_in_a_text_view_are_announced_when_tab_reaches_them(qtbot, data_home):
    """Vor dem Termin: Tab into the text and on through its links; each link that gets focus
    is announced with its text ("Ganze Karte öffnen")."""
    ctx, window, journal = active_window(qtbot, data_home)
    page = window.show_page("before")
    view = page.view
    qtbot.waitUntil(lambda: "Ganze Karte öffnen" in view.plain_text())  # rendered on the pool
    page.kind.setFocus(Qt.FocusReason.TabFocusReason)
    heard = []
    for _ in range(6):
        press(Qt.Key.Key_Tab)
        if focus() is view and view.textCursor().hasSelection():
            heard.append(view.accessibleDescription())
            assert view.accessibleDescription() == \
                f"Link: {view.textCursor().selectedText().strip()}"
    assert heard and all(h == "Link: Ganze Karte öffnen" for h in heard)
    journal.close()


def test_a_dialogue_choice_announces_reply_rating_and_feedback(qtbot, data_home):
    """Space on an answer: the rating, the feedback and what the client says next are
    announced (kept as the transcript's description), and focus is on the next answers."""
    ctx, window, journal = active_window(qtbot, data_home)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    view.go_to(Step.REAGIEREN)
    qtbot.waitUntil(lambda: isinstance(focus(), ChoiceButton))
    press(Qt.Key.Key_Space)
    walk = view.session.dialogue
    taken = walk.path[-1]
    said = view.player.transcript.accessibleDescription()
    assert said.startswith("✔ hilfreich.") or said.startswith("◐ teils hilfreich.") \
        or said.startswith("✖ ungünstig.")
    assert taken.feedback.split()[0] in said
    person = view.session.scenario.person(walk.current.lines[0].speaker)
    assert person is None or f"{person.name}:" in said
    assert isinstance(focus(), ChoiceButton) or walk.finished
    journal.close()


def test_practice_controls_are_named_as_they_read(qtbot, data_home):
    """The controls the review found (Hinweise erfahrener Kolleginnen lesen, Weitermachen,
    Zwischendurch üben, Rückgängig: letzte Wahl, Ab hier neu) and every other button of the
    start page and a session have their visible text as accessible name."""
    ctx, window, journal = active_window(qtbot, data_home)
    home = window.show_page("home")
    names = {b.accessibleName() for b in home.findChildren(QAbstractButton)}
    assert {"Weitermachen", "Zwischendurch üben"} <= names
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    view.go_to(Step.REAGIEREN)
    view.player.choose(0)
    names |= {b.accessibleName() for b in view.findChildren(QAbstractButton)}
    assert {"Hinweise erfahrener Kolleginnen lesen", "Rückgängig: letzte Wahl",
            "Ab hier neu"} <= names
    for root in (home, view):
        for button in root.findChildren(QAbstractButton):
            if button.text() and not isinstance(button, ChoiceButton):
                assert button.accessibleName() == visible_text(button.text()), button.text()
    journal.close()


def test_scenario_titles_stay_readable_at_200_percent_and_the_divider_moves_by_key(
        qtbot, data_home):
    """With the text at double size in a window of 1280 × 800 the Szenarien table keeps at
    least 18 characters' room for the title; Tab reaches the divider between list and
    description and the arrow keys move it."""
    app = QApplication.instance()
    font = app.font()
    ctx, window, journal = active_window(qtbot, data_home)
    try:
        big = app.font()
        big.setPointSizeF(font.pointSizeF() * 2)
        app.setFont(big)
        window.resize(1280, 800)
        page = window.show_page("scenarios")
        QApplication.processEvents()
        table = page.table
        header = table.horizontalHeader()
        # 18 characters of German text, measured on a sentence of its own (averageCharWidth
        # is the font file's figure: under Wine it is nearly twice the real advance).
        sample = "Die Verlängerung der Aufenthaltserlaubnis wurde abgelehnt."
        eighteen = table.fontMetrics().horizontalAdvance(sample) / len(sample) * 18
        assert header.sectionSize(0) >= eighteen
        splitter = page.findChild(QSplitter)
        handle = splitter.handle(1)  # between the list and the description
        before = splitter.sizes()[0]
        page.start_button.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(40):
            if focus() is handle:
                break
            press(Qt.Key.Key_Tab)
        assert focus() is handle, "Tab never reaches the divider"
        assert handle.accessibleName() == "Trennlinie"
        press(Qt.Key.Key_Left)
        press(Qt.Key.Key_Left)
        assert splitter.sizes()[0] < before
    finally:
        app.setFont(font)
        journal.close()


def test_a_session_built_again_keeps_every_step_reachable(qtbot, data_home):
    """An own case walked with Weiter (Alt+W): at each step focus lands in the step and a Tab
    order exists from the step buttons through the content to Weiter."""
    ctx, window, journal = active_window(qtbot, data_home)
    window.ctx.practice._open(PracticeSession.eigener_fall(), new=True)
    view = window.ctx.practice.view
    view.focus_step()
    for step in view.session.steps[:-2]:
        assert_on_first_control(qtbot, window)
        press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda s=step: view.session.step is not s)
    assert_on_first_control(qtbot, window)
    journal.close()


def test_the_summary_opens_at_its_top_with_focus_on_the_summary(qtbot, data_home):
    """Abschließen (Alt+S) from Verarbeiten: focus is on the summary text, which is in sight
    from its first line (not on the takeaway field further down, scrolled to)."""
    ctx, window, journal = active_window(qtbot, data_home)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    view.go_to(Step.REAGIEREN)
    view.player.choose(0)
    view.go_to(Step.VERARBEITEN)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.session.step is Step.ZUSAMMENFASSUNG)
    qtbot.waitUntil(lambda: focus() is view.pane.summary_view)
    assert view.step_area.verticalScrollBar().value() == 0
    journal.close()


def test_the_summarys_path_graph_comes_where_it_is_seen_in_the_tab_order(qtbot, data_home):
    """Issue 20 point 2 on the summary: the path graph sits in its own scroll area below the
    summary text; Tab reaches it after the summary and before the takeaway and Unterbrechen
    (it came after Unterbrechen: a scroll area's content is no layout item, so the screen
    order skipped it), and every control of the summary comes in the order seen."""
    ctx, window, journal = active_window(qtbot, data_home)
    ctx.scenario_requested.emit(SCENARIO)
    view = window.ctx.practice.view
    view.go_to(Step.REAGIEREN)
    view.player.choose(0)
    view.go_to(Step.ZUSAMMENFASSUNG)
    pane = view.pane
    qtbot.waitUntil(lambda: pane.isAncestorOf(focus()))
    assert pane.replay is not None
    graph = pane.replay.view
    last_step_button = list(view.indicator.buttons.values())[-1]
    seen = tab_sequence(last_step_button, 80)
    pause = seen.index(view.pause_button)
    assert graph in seen[:pause]
    takeaway = pane.findChild(QWidget, "takeaway")
    assert seen.index(pane.summary_view) < seen.index(graph) < seen.index(takeaway)
    inside = [w for w in seen[:pause] if pane.isAncestorOf(w)]
    tops = [w.mapTo(pane, w.rect().topLeft()).y() for w in inside]
    assert tops == sorted(tops), [(type(w).__name__, y) for w, y in zip(inside, tops, strict=True)]
    journal.close()
