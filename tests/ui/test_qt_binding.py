"""The Qt binding itself must not corrupt Python: PySide6 6.12.0 on Python 3.11 dropped a
reference to None on every void call, which ends a long session in a fatal error."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_leave_the_refcount_of_none_alone(qtbot):
    """Thousands of void calls (what a long session makes) keep None's refcount stable."""
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(5000):
        widget.setMinimumWidth(i % 100)
    assert abs(sys.getrefcount(None) - before) < 100
