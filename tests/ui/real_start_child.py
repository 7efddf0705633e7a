"""Child process for tests/ui/test_real_start.py: starts the app exactly as a user does
(`desktop.app.run()`), drives it from inside its event loop, and prints what it saw as JSON.

A separate process because `app.run()` owns its QApplication's event loop for the whole
session, as in life; the test process only reads the outcome.

    python -m tests.ui.real_start_child share|settle ARGS_JSON
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from desktop import app as app_module  # noqa: E402
from desktop.ui.common.journal_service import JournalState  # noqa: E402

Step = Callable[[], bool]  # True when done; called again until then


def drive(steps: Iterator[Step], timeout_ms: int = 30_000) -> list[str]:
    """Run `app.run()` and, inside its event loop, the steps one after another (each polled
    every 20 ms); returns what went wrong ([] when every step was done and the app quit)."""
    problems: list[str] = []
    state = {"step": next(steps, None), "waited": 0}
    timer = QTimer()
    timer.setInterval(20)

    def tick() -> None:
        state["waited"] += 20
        try:
            while state["step"] is not None and state["step"]():
                state["step"] = next(steps, None)
                state["waited"] = 0
        except Exception as exc:  # noqa: BLE001 - reported, and the app is closed
            problems.append(repr(exc))
            state["step"] = None
        if state["step"] is None or state["waited"] > timeout_ms:
            if state["step"] is not None:
                problems.append(f"step timed out: {state['step']}")
            timer.stop()
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.quit()

    timer.timeout.connect(tick)
    timer.start()
    code = app_module.run()
    if code != 0:
        problems.append(f"exit code {code}")
    return problems


def main_window():
    from desktop.ui.shell.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()), None)


def share(args: dict) -> dict:
    """Datei → teilen, then Datei → Rückmeldungen importieren, once the journal is open."""
    ids = args["ids"]
    told: list[str] = []
    QFileDialog.getOpenFileName = staticmethod(lambda *_a, **_k: (args["feedback"], ""))
    QMessageBox.information = staticmethod(lambda _p, _t, text: told.append(text))
    seen: dict = {}

    def window_shown() -> bool:
        window = main_window()
        if window is None:
            return False
        seen["window"] = window
        seen["first_state"] = window.ctx.journal.state
        seen["first_tip"] = window.share_action.toolTip()
        return True

    def share_enabled() -> bool:
        return seen["window"].share_action.isEnabled()

    def open_share() -> bool:
        window = seen["window"]
        assert window.file_menu.actions().count(window.share_action) == 1
        window.share_action.trigger()
        return True

    def dialog_open() -> bool:
        from desktop.ui.journal.share_dialog import ShareDialog

        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ShareDialog) and w.isVisible()), None)
        if dialog is None:
            return False
        dialog.set_checked([ids["uebung"]])
        dialog.rebuild()
        seen["dialog"] = dialog
        return True

    def preview_built() -> bool:
        dialog = seen["dialog"]
        if dialog.build is None:
            return False
        dialog.write_button.click()
        return True

    def written() -> bool:
        dialog = seen["dialog"]
        if dialog.written is None:
            return False
        seen["share_file"] = dialog.written
        dialog.close()
        return True

    def import_feedback() -> bool:
        seen["window"].feedback_action.trigger()
        return True

    def imported() -> bool:
        return bool(told)

    def check_journal() -> bool:
        journal = seen["window"].ctx.journal.store
        seen["shares"] = [s.file_name for s in journal.shares.for_session(ids["uebung"])]
        seen["feedback"] = [f.text for f in journal.feedback.for_session(ids["uebung"])]
        return True

    seen["problems"] = drive(iter([window_shown, share_enabled, open_share, dialog_open,
                                   preview_built, written, import_feedback, imported,
                                   check_journal]))
    seen["told"] = told
    seen.pop("window", None)
    seen.pop("dialog", None)
    return seen


def settle(args: dict) -> dict:
    """Start, wait until the journal has settled, note what the File menu says."""
    told: list[str] = []
    QMessageBox.information = staticmethod(lambda _p, _t, text: told.append(text))
    seen: dict = {}

    def settled() -> bool:
        window = main_window()
        if window is None or window.ctx.journal.state is JournalState.OPENING:
            return False
        seen["state"] = window.ctx.journal.state
        seen["count"] = window.ctx.journal.store.count_sessions()
        seen["tips"] = [a.toolTip() for a in (window.share_action, window.feedback_action,
                                              window.actions_by_name["delete_all"])]
        seen["enabled"] = [a.isEnabled() for a in (window.share_action,
                                                   window.feedback_action,
                                                   window.actions_by_name["delete_all"],
                                                   window.actions_by_name["export_all"])]
        seen["label"] = window.journal_state_label.text()
        return True

    seen["problems"] = drive(iter([settled]))
    seen["told"] = told
    return seen


def focus(args: dict) -> dict:
    """Start, then as a keyboard user: Tab onto the start page (the focus ring frames the
    control), open Szenarien, and look at its divider as assistive technology sees it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QSplitter, QWidget

    seen: dict = {}

    def tab_onto_page() -> bool:
        window = main_window()
        if window is None or window.ctx.journal.state is JournalState.OPENING:
            return False
        window.activateWindow()
        seen["window"] = window
        for _ in range(3):
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        return True

    def ring_drawn() -> bool:
        focused = QApplication.focusWidget()
        ring = seen["window"].findChild(QWidget, "focus-ring")
        if focused is None or ring is None or not ring.isVisible():
            return False
        corner = focused.mapTo(ring.parentWidget(), focused.rect().topLeft())
        seen["ring_around"] = ring.geometry().contains(corner)
        return True

    def divider() -> bool:
        page = seen["window"].show_page("scenarios")
        handle = page.findChild(QSplitter).handle(1)
        seen["divider_tab_stop"] = bool(handle.focusPolicy() & Qt.FocusPolicy.TabFocus)
        seen["divider_role"] = QAccessible.queryAccessibleInterface(handle).role().name
        return True

    seen["problems"] = drive(iter([tab_onto_page, ring_drawn, divider]))
    seen.pop("window", None)
    return seen


def main() -> int:
    scenario, args = sys.argv[1], json.loads(sys.argv[2])
    QApplication(sys.argv[:1])  # as `python -m desktop` would; run() takes this instance
    seen = {"share": share, "settle": settle, "focus": focus}[scenario](args)
    print("gk-result " + json.dumps(seen, default=lambda v: getattr(v, "value", str(v))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
