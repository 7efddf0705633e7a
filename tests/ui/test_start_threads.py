"""What the start imports after the window is shown, and on which thread: the scenario
library's modules (parser, model, tomllib: 0.1 s the first time) load on the worker that
parses the library, not on the GUI thread the user is already looking at."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import importlib.abc, sys, threading, time
    importers = {}

    class Note(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.startswith("desktop.core.scenarios"):
                importers.setdefault(name, threading.current_thread().name)
            return None

    sys.meta_path.insert(0, Note())
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    app = QApplication(["start"])
    from desktop.app import build_window, start_services
    from desktop.core import config, paths
    data = paths.data_paths()
    ctx, window = build_window(config.load(data.settings, policy={}), data)
    window.show()
    shown = sorted(importers)
    start_services(ctx, recover=lambda _d: False, inform=lambda *_t: None)
    end = time.time() + 60
    while ctx.library is None and time.time() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    print("gk-shown", ",".join(shown))
    print("gk-library", ctx.library is not None)
    for name, thread in sorted(importers.items()):
        print("gk-import", name, thread)
    ctx.journal.close()
""")


def test_the_scenario_modules_load_on_the_worker(data_home: Path):
    """The real start sequence in a fresh process (nothing imported before, as a user's
    start): when the library has arrived, every scenario module the window had not needed
    for its first frame was imported on a worker thread (the parser among them)."""
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(data_home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.splitlines()
    assert "gk-library True" in lines
    imports = [line.split()[1:] for line in lines if line.startswith("gk-import ")]
    assert any(name == "desktop.core.scenarios.parser" for name, _thread in imports), imports
    before = next(line for line in lines if line.startswith("gk-shown")).split()[1:]
    before = before[0].split(",") if before else []
    on_gui = [name for name, thread in imports if thread == "MainThread" and name not in before]
    assert on_gui == [], on_gui
