"""The damaged-journal dialog at start, as a user meets it: the window is shown, the journal
opens after it, and the real message box (`journal_open.ask_restore`) asks what to do. The box
is answered by a plain function that presses a key on it, as a keyboard user would; the files
are real: a garbage file and a journal cut short, each with and without a backup."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.journal import backup as backups
from desktop.core.practice import PracticeSession, Step
from desktop.ui.common.journal_service import JournalState
from tests.ui.helpers import make_window

SESSIONS = 12


@dataclass
class Answerer:
    """Waits for the start's message box and presses the button named `choice` by keyboard
    (Tab to it, then Space); keeps what the box said."""

    choice: str
    seen: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    timer: QTimer = field(default_factory=QTimer)

    def start(self) -> None:
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        if not box.isActiveWindow():  # keys go to the active window, as on a desktop
            box.activateWindow()
            return
        self.timer.stop()
        try:
            self._answer(box)
        except AssertionError as exc:  # never leave the start waiting on an open box
            self.errors.append(str(exc))
            box.reject()

    def _answer(self, box: QMessageBox) -> None:
        buttons = {b.text().replace("&", ""): b for b in box.findChildren(QPushButton)
                   if b.isVisible()}
        buttons = {text: b for text, b in buttons.items() if not text.startswith("Details")}
        self.seen.append({"text": box.text(), "info": box.informativeText(),
                          "buttons": sorted(buttons), "name": box.accessibleName()})
        target = buttons[self.choice]
        for _ in range(2 * len(buttons) + 2):  # Tab through the box to the button wanted
            if target.hasFocus():
                break
            QTest.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Tab)
        assert target.hasFocus(), f"{self.choice!r} not reached by Tab"
        QTest.keyClick(target, Qt.Key.Key_Space)


def fill(home: Path) -> tuple[paths.DataPaths, config.Settings]:
    data = paths.DataPaths(home)
    settings = config.load(data.settings, policy={})
    with Journal.open(data, settings) as journal:
        for n in range(SESSIONS):
            session = PracticeSession.eigener_fall(f"Fall {n}")
            journal.attach(session)
            session.answer(Step.SITUATION, 0, f"Antwort {n} " + "Text " * 200)
    return data, settings


def garbage(database: Path) -> bytes:
    """Not SQLite at all (a file overwritten by something else)."""
    return b"Das ist keine Datenbank.\n" * 200 + os.urandom(3000)


def truncated(database: Path) -> bytes:
    """The journal cut short: its header promises more pages than the file has."""
    original = database.read_bytes()
    assert len(original) > 8 * 4096
    return original[: len(original) // 2 // 4096 * 4096]


def start_on(qtbot, home: Path, answerer: Answerer, told: list):
    """The app's start order: the window first, then the journal opens (off the GUI thread),
    and damage is put to the user with the real dialog."""
    ctx, window = make_window(qtbot, home)
    window.activateWindow()
    answerer.start()
    ctx.journal.open(inform=lambda *text: told.append(text))  # recover: the real ask_restore
    qtbot.waitUntil(lambda: ctx.journal.state is JournalState.READY, timeout=20000)
    assert answerer.errors == []
    return ctx, window


@pytest.mark.parametrize("damage", [garbage, truncated], ids=["garbage", "truncated"])
def test_damaged_journal_with_a_backup_is_restored_when_the_user_says_so(qtbot, data_home,
                                                                         damage):
    """The box says where the damaged file went and offers the newest backup by its date;
    choosing "Sicherung wiederherstellen" brings every entry back, the damaged bytes stay in
    damaged/ as they were."""
    data, settings = fill(data_home)
    backups.take_backup(data.database, backups.backup_folder(data, settings), "manuell")
    broken = damage(data.database)
    data.database.write_bytes(broken)
    answerer, told = Answerer("Sicherung wiederherstellen"), []
    ctx, window = start_on(qtbot, data_home, answerer, told)
    assert len(answerer.seen) == 1
    box = answerer.seen[0]
    assert "beschädigt" in box["text"] and str(data.damaged) in box["text"]
    assert "Sicherung" in box["info"]
    assert box["buttons"] == ["Mit leerem Journal beginnen", "Sicherung wiederherstellen"]
    assert box["name"]
    assert ctx.journal.store.count_sessions() == SESSIONS
    assert ctx.journal.store.check() == []
    moved = [p for p in data.damaged.iterdir() if p.suffix == ".sqlite3"]
    assert [p.read_bytes() for p in moved] == [broken]
    assert told == []
    ctx.journal.close()


@pytest.mark.parametrize("damage", [garbage, truncated], ids=["garbage", "truncated"])
def test_damaged_journal_declined_or_without_backup_starts_empty(qtbot, data_home, damage):
    """Without a backup the box says so and offers only an empty journal; with one, declining
    it also starts empty and keeps the backup for later. Either way the damaged file is kept
    aside, and the new journal can be written."""
    data, settings = fill(data_home)
    folder = backups.backup_folder(data, settings)
    with_backup = damage is truncated  # one case each way
    if with_backup:
        backups.take_backup(data.database, folder, "manuell")
    broken = damage(data.database)
    data.database.write_bytes(broken)
    answerer, told = Answerer("Mit leerem Journal beginnen"), []
    ctx, window = start_on(qtbot, data_home, answerer, told)
    box = answerer.seen[0]
    if with_backup:
        assert box["buttons"] == ["Mit leerem Journal beginnen", "Sicherung wiederherstellen"]
    else:
        assert box["buttons"] == ["Mit leerem Journal beginnen"]
        assert "keine intakte Sicherung" in box["info"]
    assert ctx.journal.store.count_sessions() == 0 and ctx.journal.writable
    assert [p.read_bytes() for p in data.damaged.iterdir() if p.suffix == ".sqlite3"] == [broken]
    # (the start-of-day backup of the new journal may be written meanwhile: not counted)
    assert bool(list(folder.glob("*manuell*"))) is with_backup
    ctx.own_case_requested.emit()  # the empty journal takes new entries
    assert ctx.practice.view.session.id is not None
    ctx.practice.close_current()
    ctx.journal.close()


def test_journal_of_a_newer_version_is_left_alone_and_said_without_blocking(qtbot, data_home):
    """A journal written by a newer version of the app: the start goes on, a warning box says
    why and that practice works but nothing is saved, Escape closes it, the File menu's
    sharing says why it is off, and the file is untouched."""
    import sqlite3

    from desktop.core.journal.schema import SCHEMA_VERSION

    data, _settings = fill(data_home)
    conn = sqlite3.connect(data.database)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = data.database.read_bytes()
    ctx, window = make_window(qtbot, data_home)
    ctx.journal.open(recover=lambda _damaged: pytest.fail("not damaged"))  # inform: the box
    qtbot.waitUntil(lambda: ctx.journal.state is JournalState.UNAVAILABLE, timeout=20000)

    def warning() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()), None)

    qtbot.waitUntil(lambda: warning() is not None)
    box = warning()
    assert "neueren Version" in box.text() + box.informativeText()
    assert "üben" in box.informativeText() and "wird gespeichert" in box.informativeText()
    assert box.accessibleName()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: warning() is None)
    assert data.database.read_bytes() == before
    assert not window.share_action.isEnabled() and window.share_action.toolTip()
