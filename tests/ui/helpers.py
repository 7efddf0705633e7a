"""Shared helpers for UI tests: a real window over the bundled library and a real journal."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import config, paths
from desktop.core.scenarios.library import load_library


def bundled_library():
    return load_library([paths.bundled_scenarios_dir()])


def make_window(qtbot, home, journal=None, library=None):
    """The main window with every page installed, the library loaded synchronously."""
    from desktop.app import build_window

    data = paths.DataPaths(home)
    settings = config.load(data.settings, policy={})
    ctx, window = build_window(settings, data, journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ctx.set_library(library or bundled_library())
    return ctx, window


def window_on_template(qtbot, data_home, template, library, page_key: str):
    """Generator for a fixture: the main window on a copy of the template journal with the
    page `page_key` shown; yields (ctx, window, page, journal, known) and closes both after."""
    from tests.ui import journal_data

    root, known = template
    journal = journal_data.install(root, data_home)
    ctx, window = make_window(qtbot, data_home, journal, library)
    page = window.show_page(page_key)
    yield ctx, window, page, journal, known
    window.close()
    ctx.journal.close()  # closes the journal; a page's pending timer then finds none


SESSION_KINDS = ("uebung", "zwischendurch", "eigener-fall")
WALK_SCENARIO = "ablehnung-persoenlich"


def walk_session_steps(ctx, kinds=SESSION_KINDS):
    """Open an Übung, a Zwischendurch moment (at the scenario's second decision point) and an
    eigener Fall in turn, the way the practice controller opens them, and show every step of
    each, with the first answer taken in Reagieren so that its feedback shows. Yields
    (kind, step, view) while the step is on screen; each session is closed after its last
    step."""
    from desktop.core.practice import PracticeSession

    scenario = ctx.library.scenarios[WALK_SCENARIO]
    start = {"uebung": lambda: PracticeSession.uebung(scenario),
             "zwischendurch": lambda: PracticeSession.zwischendurch(
                 scenario, scenario.decision_nodes()[1].id),
             "eigener-fall": PracticeSession.eigener_fall}
    for kind in kinds:
        session = start[kind]()
        ctx.practice._open(session, new=True)
        view = ctx.practice.view
        for step in session.steps:
            view.go_to(step)
            if step.value == "reagieren" and session.dialogue is not None:
                view.player.choose(0)
            QApplication.processEvents()
            yield kind, step.value, view
        ctx.practice.close_current()


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def focusable_widgets(root: QWidget) -> list[QWidget]:
    from PySide6.QtCore import Qt

    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def unnamed_focusable(root: QWidget) -> list[str]:
    """Focusable, visible widgets without an accessible name, described for the message."""
    QApplication.processEvents()
    missing = []
    for widget in focusable_widgets(root):
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.parent()).__name__ if widget.parent() else '-'}")
    return missing


def mnemonic_clashes(root) -> list[str]:
    """Alt+letter keys claimed twice among the visible buttons, labelled fields and, for a
    main window, the menu bar."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow

    claimed: dict[str, list[str]] = {}
    texts = [a.text() for a in root.menuBar().actions()] if isinstance(root, QMainWindow) else []
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.buddy()]
    for text in texts:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            claimed.setdefault(key, []).append(text)
    return [f"{key}: {names}" for key, names in claimed.items() if len(names) > 1]


def tab_through_charts(qtbot, window: QWidget, cards, tabs: int = 20) -> None:
    """Press Tab from the focused widget until each of `cards`' charts had the focus, and
    assert they came in the cards' order, each scrolled into sight and framed by the focus
    ring, and each a chart to a screen reader: role Chart, named by its card's heading,
    described by its card's (non-empty) sentence."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.ui.common.charts import ChartView

    reached: list[QWidget] = []
    for _ in range(tabs):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if isinstance(widget, ChartView) and widget not in reached:
            reached.append(widget)
            qtbot.waitUntil(lambda w=widget: not w.visibleRegion().isEmpty())
            ring = window.findChild(QWidget, "focus-ring")
            assert ring is not None and ring.isVisible()
            assert ring.geometry().contains(widget.geometry().center())
        if len(reached) == len(cards):
            break
    assert reached == [card.view for card in cards]
    for card in cards:
        interface = QAccessible.queryAccessibleInterface(card.view)
        assert interface.role() == QAccessible.Role.Chart
        assert interface.text(QAccessible.Text.Name) == card.title
        assert interface.text(QAccessible.Text.Description) == card.description.text() != ""


def assert_chart_keys_scroll(chart: QWidget, bar) -> None:
    """On a focused chart, Down and Page Down scroll the page (`bar` its scroll bar), End goes
    to its end, Home back to its top, and the focus stays on the chart."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    chart.setFocus(Qt.FocusReason.TabFocusReason)
    bar.setValue(0)
    QTest.keyClick(chart, Qt.Key.Key_Down)
    assert bar.value() > 0
    QTest.keyClick(chart, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    QTest.keyClick(chart, Qt.Key.Key_Home)
    assert bar.value() == 0
    QTest.keyClick(chart, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    assert QApplication.focusWidget() is chart  # scrolling moved the page, not the focus


def type_key(widget: QWidget, char: str) -> None:
    """One keystroke of `char` to `widget` as a keyboard sends it, umlauts and ß included
    (QTest.keyClicks handles ASCII only). Qt's key codes are the upper-case code points."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    upper = char.upper()
    key = ord(upper) if len(upper) == 1 else ord(char)
    shift = Qt.KeyboardModifier.ShiftModifier if char != char.lower() else \
        Qt.KeyboardModifier.NoModifier
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(key), char, shift)


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        type_key(widget, char)


class Heartbeat:
    """A 10 ms timer on the GUI thread; `worst` is the longest it was kept from running.

    `worst_own` leaves out the time the GUI thread stood in the kernel's run queue meanwhile
    (Linux schedstat; runnable, but every core busy with other processes), as the stall
    probe's "own" column does: on a loaded machine (load 5 on 2 cores) the wall-clock figure
    grows by whatever the other processes take, the own figure only by what the app did on
    its GUI thread or by a worker holding the interpreter lock. Where schedstat is missing
    (Windows, Wine) it equals `worst`."""

    def __init__(self) -> None:
        import os

        self._schedstat: int | None = None
        # Linux only: under Wine the path opens through drive Z: (the host's /proc), but
        # Windows Python has no os.pread, and the host's figures are not this thread's.
        if sys.platform.startswith("linux"):
            try:  # opened on the GUI thread, so it keeps reading that thread's figures
                self._schedstat = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
            except OSError:
                self._schedstat = None
        self.worst = self.worst_own = 0.0
        self._last = time.perf_counter()
        self._last_queued = self._queued()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _queued(self) -> float:
        """Seconds the GUI thread has waited for a CPU so far (0 where unknown)."""
        import os

        if self._schedstat is None:
            return 0.0
        return int(os.pread(self._schedstat, 100, 0).split()[1]) / 1e9

    def _beat(self) -> None:
        now, queued = time.perf_counter(), self._queued()
        late = now - self._last - 0.010
        self.worst = max(self.worst, late)
        self.worst_own = max(self.worst_own, late - (queued - self._last_queued))
        self._last, self._last_queued = now, queued

    def stop(self) -> None:
        import os

        self.timer.stop()
        if self._schedstat is not None:
            os.close(self._schedstat)
            self._schedstat = None


WINDOWS_UI_FONTS = ("Segoe UI", "Tahoma", "Microsoft Sans Serif", "MS Shell Dlg 2")


def skip_without_windows_ui_font() -> None:
    """Skip a test of text widths under Wine without a Windows UI font: Wine maps "MS Shell
    Dlg 2" to whatever font it finds (seen: a wide maths font, twice Segoe UI's advance), so
    the widths say nothing about Windows; real Windows runs the test with Segoe UI."""
    from PySide6.QtGui import QFontInfo

    family = QFontInfo(QApplication.font()).family()
    if sys.platform == "win32" and family not in WINDOWS_UI_FONTS:
        pytest.skip(f"no Windows UI font ({family}): Wine's substitute metrics")
