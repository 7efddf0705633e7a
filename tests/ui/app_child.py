"""Child process of the typing kill test: the real GUI start (`gespraechskompass` without
arguments) with the typing driver of `tests/ui/typing_driver.py` loaded beside it.

The QApplication is made here, a moment before `desktop.app.run()` would make it (run() takes
the existing one), only so that the driver's first timer can wait in its event loop; nothing
of the app is replaced or switched. Usage: python -m tests.ui.app_child (environment: see
typing_driver; GESPRAECHSKOMPASS_HOME and QT_QPA_PLATFORM as for the app).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def main() -> int:
    QApplication(sys.argv[:1])
    from tests.ui import typing_driver

    typing_driver.install()
    from desktop.cli import main as gespraechskompass

    return gespraechskompass([])


if __name__ == "__main__":
    raise SystemExit(main())
