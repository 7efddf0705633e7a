"""A person typing into the real app, for the kill test: loaded by `tests/ui/app_child.py`
into the child process before the app starts, driven by environment variables only.

It waits until the window is shown and the journal and library are ready, starts a session the
way a user does (the start page's button, or a scenario and "Weiter" twice), clicks into the free-text
fields and types German text with a human rhythm: 60-220 ms per key, now and then a pause to
think (0.4-1.6 s, longer than the typing pause), now and then a click into the next field.
Keys are real key events to the focused widget (`type_key`), sent from the event loop's timers
so the app's own timers run as they would for a person.

Every keystroke is logged *after* the widget has taken it, as one JSON line flushed to the
side file at once (it survives SIGKILL in the page cache): {"t": wall-clock time, "f": field,
"c": character}. The first line is {"ready": uid} when the session is open.

Environment: GK_TYPING_LOG (the side file; no driver without it), GK_TYPING_SEED,
GK_TYPING_KIND ("own" for an eigener Fall: title and first prompt; "exercise": the answers of
Beeinflussen in the first scenario that asks more than one there).
"""

from __future__ import annotations

import json
import os
import random
import time
from typing import IO

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from tests.ui.helpers import type_key

TEXT = ("Die Frau wirkte erschöpft; sie hatte Angst, ihre Stelle zu verlieren, weil die "
        "Fiktionsbescheinigung fehlte. Ich habe zuerst zugehört, dann die Unterlagen "
        "erklärt und einen Termin für nächste Woche gegeben. Das Gespräch war schwierig, "
        "aber am Ende ruhiger. ") * 4


class Driver:
    def __init__(self, log: IO[str], seed: int, kind: str) -> None:
        self.log = log
        self.rng = random.Random(seed)
        self.kind = kind
        self.fields: list[tuple[str, QWidget]] = []
        self.positions: dict[str, int] = {}
        self.current = 0

    # --- waiting for the app --------------------------------------------------------------

    def poll(self) -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if type(w).__name__ == "MainWindow" and w.isVisible()), None)
        ctx = getattr(window, "ctx", None)
        if ctx is None or not ctx.journal.writable or ctx.library is None:
            QTimer.singleShot(20, self.poll)
            return
        self.start(window, ctx)

    def start(self, window, ctx) -> None:
        from desktop.core.practice import Step
        from desktop.core.scenarios.model import Stage

        if self.kind == "own":
            button = window.page("home").own_button
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            view = window.ctx.practice.view
            edits = self.text_fields(view)
            self.fields = [("title", edits[0]), ("answer:situation:0", edits[1])]
        else:
            scenarios = ctx.library.scenarios
            ctx.scenario_requested.emit(next(
                i for i in sorted(scenarios) if len(scenarios[i].stage(Stage.BEEINFLUSSEN).prompts) > 1))
            view = window.ctx.practice.view
            for _ in range(2):
                QTest.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
            assert view.session.step is Step.BEEINFLUSSEN
            self.fields = [(f"answer:beeinflussen:{i}", edit)
                           for i, edit in enumerate(self.text_fields(view))]
        # A new step puts the focus on its first widget right after it is shown; a person
        # clicks into the field after that.
        QTimer.singleShot(100, lambda: self.begin(view.session.uid))

    def begin(self, uid: str) -> None:
        self.click_into(0)
        self.write({"ready": uid, "t": time.time()})
        QTimer.singleShot(self.rng.randint(100, 400), self.key)

    @staticmethod
    def text_fields(view) -> list[QWidget]:
        content = view.step_area.widget()
        return [w for w in content.findChildren(QWidget)
                if isinstance(w, (QPlainTextEdit, QLineEdit)) and w.isVisibleTo(content)]

    # --- typing ---------------------------------------------------------------------------

    def click_into(self, index: int) -> None:
        self.current = index
        field = self.fields[index][1]
        target = field.viewport() if isinstance(field, QPlainTextEdit) else field
        QTest.mouseClick(target, Qt.MouseButton.LeftButton)
        field.setFocus(Qt.FocusReason.MouseFocusReason)  # offscreen: the click may not focus

    def key(self) -> None:
        name, field = self.fields[self.current]
        position = self.positions.get(name, 0)
        if position >= len(TEXT) or (isinstance(field, QLineEdit) and position >= 80):
            self.click_into((self.current + 1) % len(self.fields))
            QTimer.singleShot(150, self.key)
            return
        char = TEXT[position]
        if QApplication.focusWidget() is not field:
            self.click_into(self.current)
        type_key(field, char)
        self.positions[name] = position + 1
        self.write({"t": time.time(), "f": name, "c": char})
        roll = self.rng.random()
        if roll < 0.03:
            self.click_into((self.current + 1) % len(self.fields))
            delay = self.rng.randint(200, 600)
        elif roll < 0.11:
            delay = self.rng.randint(400, 1600)  # thinking
        else:
            delay = self.rng.randint(60, 220)
        QTimer.singleShot(delay, self.key)

    def write(self, record: dict) -> None:
        self.log.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.log.flush()  # in the kernel's page cache: survives the process's SIGKILL


def install() -> None:
    """Start driving once the event loop runs (no-op without GK_TYPING_LOG)."""
    path = os.environ.get("GK_TYPING_LOG")
    if not path:
        return
    log = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process's life
    driver = Driver(log, int(os.environ.get("GK_TYPING_SEED", "0")),
                    os.environ.get("GK_TYPING_KIND", "own"))
    QTimer.singleShot(0, driver.poll)
    _keep.append(driver)


_keep: list[Driver] = []  # the timers call into it for the whole process
