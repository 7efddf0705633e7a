"""A bare PySide6 main window: the baseline that start-up and bundle figures are compared with.

It does what the app does at start, minus the app: create the application, show a main
window, and (with GESPRAECHSKOMPASS_EXIT_WHEN_IDLE set) quit once the first frame is painted
and the event loop is idle. Run from source and frozen (bench_startup, bench_bundle).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def peak_rss_kb() -> int:
    """Peak resident memory as the process itself sees it (Linux VmHWM), as desktop.app does."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline")
    window.resize(1280, 800)
    window.show()
    if os.environ.get("GESPRAECHSKOMPASS_EXIT_WHEN_IDLE"):
        # The same double single-shot as desktop.app.run: note the first idle pass, then quit.
        def idle() -> None:
            print(f"gk-idle {time.time():.6f}", file=sys.stderr, flush=True)
            print(f"gk-cpu {time.process_time():.6f}", file=sys.stderr, flush=True)
            print(f"gk-peak-kb {peak_rss_kb()}", file=sys.stderr, flush=True)
            app.quit()

        QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
