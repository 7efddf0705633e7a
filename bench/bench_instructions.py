"""Start-up in instructions: a steady companion to the start-up times.

Wall-clock start-up on a shared machine drifts by ±25 % from one run to the next. The number of
instructions a start executes does not: valgrind's callgrind counts them the same on a busy and
on a quiet machine (PYTHONHASHSEED fixed, caches warm). Each process runs once under callgrind:
`python -m desktop` with its window shown and idle (GESPRAECHSKOMPASS_EXIT_WHEN_IDLE=shown),
and the bare PySide6 window. Both are counted up to their `gk-idle` marker, as bench_startup
times them: `UNTIL_IDLE` runs each under a wrapper that ends the process (`os._exit`) when the
marker is printed, so the quit path and the interpreter's teardown, which under valgrind's
slowness also let wall-clock timers fire, are not in the count. The navigation icons are drawn
on a 200-ms timer after the first frame (a user reads the labels first): under valgrind the
first frame takes longer than that, so the wrapper holds that timer back, or the count would
include them on a slow run and not on a fast one. Reported without a target (the target is
on the time); skipped in --quick mode and where valgrind is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_startup import BARE_WINDOW, ROOT, child_env
from bench.common import Result

# Runs a module (`-m NAME`) or a script (a path) as `python` would, and ends the process when
# the idle marker's line is written (its CPU line follows it at once): nothing after the
# marker is counted. The icon timer of the navigation (desktop/ui/shell/nav_list.py) is set
# when that module is first imported, so the start imports nothing earlier than it would.
UNTIL_IDLE = r"""
import importlib.abc, importlib.machinery, os, runpy, sys

class UntilIdle:
    def __init__(self, stream):
        self.stream = stream
    def write(self, text):
        written = self.stream.write(text)
        if text.startswith("gk-cpu"):
            self.stream.write("\n")
            self.stream.flush()
            os._exit(0)
        return written
    def __getattr__(self, name):
        return getattr(self.stream, name)

class HoldIcons(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "desktop.ui.shell.nav_list":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            module.ICONS_AFTER_MS = 10 ** 7
        spec.loader.exec_module = exec_module
        return spec

sys.stderr = UntilIdle(sys.stderr)
sys.meta_path.insert(0, HoldIcons())
target = sys.argv.pop(1)
if target == "-m":
    runpy.run_module(sys.argv.pop(1), run_name="__main__", alter_sys=True)
else:
    sys.argv[0] = target
    runpy.run_path(target, run_name="__main__")
"""


def instructions(cmd: list[str], env: dict[str, str]) -> int:
    """Instructions executed by `cmd` (and the libraries it loads) from exec to its idle
    marker (`UNTIL_IDLE`)."""
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           *cmd], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or not found or "gk-idle" not in proc.stderr:
        raise RuntimeError(f"{' '.join(cmd)} under callgrind: {proc.stderr[-2000:]}")
    return int(found.group(1))


def run(quick: bool) -> list[Result]:
    if quick:
        print("bench_instructions: skipped in --quick mode", file=sys.stderr)
        return []
    if shutil.which("valgrind") is None:
        print("bench_instructions: valgrind is missing (apt-get install valgrind); skipped",
              file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory(prefix="gk-bench-instr-") as tmp:
        env = child_env(Path(tmp))
        env.update(PYTHONHASHSEED="0", GESPRAECHSKOMPASS_EXIT_WHEN_IDLE="shown")
        app_cmd = [sys.executable, "-c", UNTIL_IDLE, "-m", "desktop"]
        base_cmd = [sys.executable, "-c", UNTIL_IDLE, str(BARE_WINDOW)]
        for cmd in (app_cmd, base_cmd):  # bytecode caches written, settings and cache made
            subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, timeout=120,
                           check=True)
        app = instructions(app_cmd, env) / 1e6
        base = instructions(base_cmd, env) / 1e6
    return [Result("start to idle main window, instructions (source)", "M instr", [app],
                   baseline=[base], baseline_name="bare PySide6 window",
                   note="callgrind, one run each, up to the gk-idle marker: the count does "
                        "not vary from run to run")]
