"""Start-up in instructions: a steady companion to the start-up times.

Wall-clock start-up on a shared machine drifts by ±25 % from one run to the next. The number of
instructions a start executes does not: valgrind's callgrind counts them the same on a busy and
on a quiet machine (PYTHONHASHSEED fixed, caches warm). Each process runs once under callgrind:
`python -m desktop` quitting as soon as its window is shown and idle
(GESPRAECHSKOMPASS_EXIT_WHEN_IDLE=shown), and the bare PySide6 window, which quits at the same
point. Both counts include the process's exit. Reported without a target (the target is on
the time); skipped in --quick mode and where valgrind is missing.
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


def instructions(cmd: list[str], env: dict[str, str]) -> int:
    """Instructions executed by `cmd` (and the libraries it loads) from exec to exit."""
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
        app_cmd = [sys.executable, "-m", "desktop"]
        base_cmd = [sys.executable, str(BARE_WINDOW)]
        for cmd in (app_cmd, base_cmd):  # bytecode caches written, settings and cache made
            subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, timeout=120,
                           check=True)
        app = instructions(app_cmd, env) / 1e6
        base = instructions(base_cmd, env) / 1e6
    return [Result("start to idle main window, instructions (source)", "M instr", [app],
                   baseline=[base], baseline_name="bare PySide6 window",
                   note="callgrind, one run each: the count does not vary from run to run")]
