"""Only one window per user: a second start says the app is already open and leaves."""

from __future__ import annotations

import gc

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from desktop import app as app_module
from desktop.core import paths


def test_second_start_says_already_open_and_exits(qtbot, data_home, monkeypatch):
    """While another instance holds the lock, run() shows the German note and returns 1
    without opening a window or the journal, and the garbage collector it pauses for the start
    runs again."""
    data = paths.DataPaths(data_home)
    held = QLockFile(str(data.lock_file))
    assert held.tryLock(100)
    told: list[str] = []
    # A plain function in place of the dialog (patching PySide6 classes with Mock can crash).
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    try:
        assert app_module.run() == 1
    finally:
        held.unlock()
    assert len(told) == 1 and "bereits geöffnet" in told[0]
    assert not data.database.exists()
    assert gc.isenabled()
