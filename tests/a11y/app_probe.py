"""The real app (`desktop.cli.main([])`, as `python -m desktop` starts it) with one observer:
every widget that takes keyboard focus is written to a JSON-lines file with its visible label
and its accessible name.

AT-SPI gives a screen reader the accessible name only; once a name is set, the visible text
is gone from the tree. WCAG 2.5.3 (label in name) needs both, so the walk reads the visible
label here, from the widget itself, for exactly the controls the keyboard reached.

    GK_A11Y_PROBE=/tmp/focus.jsonl python -m tests.a11y.app_probe
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget


def visible_label(widget: QWidget) -> tuple[str, str]:
    """What the user sees as the control's name, and where it comes from ("" if none)."""
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text(), "text"
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.isVisible() and label.text():
            return label.text(), "buddy"
    parent = widget.parentWidget()
    if isinstance(parent, QGroupBox) and parent.isCheckable() and parent.title():
        return parent.title(), "group"
    return "", ""


def install(path: str) -> None:
    app = QApplication.instance()
    out = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the app's lifetime

    def on_focus(_old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        text, source = visible_label(new)
        record = {"cls": type(new).__name__, "visible": text, "source": source,
                  "name": new.accessibleName(), "window": new.window().windowTitle()}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()

    app.focusChanged.connect(on_focus)


def main() -> int:
    """Start the GUI as `python -m desktop` does; the observer goes in as the window is built
    (the QApplication exists by then)."""
    from desktop import app as app_module
    from desktop.cli import main as desktop_main

    path = os.environ.get("GK_A11Y_PROBE", "")
    build_window = app_module.build_window

    def build_and_observe(*args, **kwargs):
        built = build_window(*args, **kwargs)
        if path:
            install(path)
        return built

    app_module.build_window = build_and_observe
    return desktop_main([])


if __name__ == "__main__":
    sys.exit(main())
