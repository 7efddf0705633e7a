"""Start-up from source: process start to main window shown and idle, and its peak memory.

`GESPRAECHSKOMPASS_EXIT_WHEN_IDLE=1 python -m desktop` (offscreen, data in a temporary folder)
against bench/bare_window.py run the same way: a bare PySide6 QMainWindow. Each process is
timed from spawn to the moment it reports its window shown and idle; its peak resident memory
is its own high-water mark. One unmeasured run of each warms the disk cache (and the app's
scenario cache, as on a user's second start); the app and the baseline then alternate, and the
ratio is the median of the ratios of each app run to the baseline run beside it, so that a
machine drifting between a fast and a slow state hits both sides of each pair alike.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import Result

ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = ROOT / "bench" / "bare_window.py"
RUNS = 5  # short runs: five in quick mode too
FULL_RUNS = 21  # a full run: on a busy 2-core machine five medians still jump by ±25 %


def child_env(home: Path) -> dict[str, str]:
    # Without bytecode caches every start would compile the sources again, which no installed
    # app does: PYTHONDONTWRITEBYTECODE is dropped, so the warm-up run writes them.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("GESPRAECHSKOMPASS_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", GESPRAECHSKOMPASS_HOME=str(home),
               GESPRAECHSKOMPASS_EXIT_WHEN_IDLE="1")
    return env


def run_child(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float | None]:
    """Seconds from spawn to the window shown and idle, the child's peak RSS in MB over its
    whole run (including what it loads after the window is shown), and the CPU seconds the
    child had used by the idle window (None if it does not say); raises if it failed.

    The child prints `gk-idle <epoch seconds>` when its window is shown and the event loop
    is idle (desktop.app and bench/bare_window.py alike), with `gk-cpu <seconds>` beside it,
    then finishes its start and exits; the exit itself is not part of the figure.
    """
    t0 = time.time()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own rusage; RUSAGE_CHILDREN would be the maximum of all children.
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    idle = [line for line in stderr.decode(errors="replace").splitlines()
            if line.startswith("gk-idle ")]
    if not idle:
        raise RuntimeError(f"{' '.join(cmd)} never reported an idle window: "
                           f"{stderr.decode(errors='replace')[-2000:]}")
    elapsed = float(idle[0].split()[1]) - t0
    # The child's own high-water mark: a parent's ru_maxrss for a child after fork+exec also
    # counts the parent's image at the fork, which made every figure equal here once.
    peaks = [line for line in stderr.decode(errors="replace").splitlines()
             if line.startswith("gk-peak-kb ")]
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {proc.returncode}: "
                           f"{stderr.decode(errors='replace')[-2000:]}")
    peak_kb = int(peaks[-1].split()[1]) if peaks else 0
    cpu = [float(line.split()[1]) for line in stderr.decode(errors="replace").splitlines()
           if line.startswith("gk-cpu ")]
    return elapsed, (peak_kb or usage.ru_maxrss) / 1024, cpu[0] if cpu else None


Run = tuple[float, float, float | None]  # seconds to idle, peak MB, CPU seconds to idle


def interleaved(app: Callable[[], Run], base: Callable[[], Run],
                runs: int) -> tuple[list[Run], list[Run]]:
    """Alternate app and baseline runs so that machine noise hits both alike."""
    app_results, base_results = [], []
    for _ in range(runs):
        app_results.append(app())
        base_results.append(base())
    return app_results, base_results


def startup_results(app_cmd: list[str], base_cmd: list[str], label: str,
                    runs: int = RUNS) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="gk-bench-start-") as tmp:
        app_env, base_env = child_env(Path(tmp) / "app"), child_env(Path(tmp) / "base")
        run_child(app_cmd, app_env)
        run_child(base_cmd, base_env)
        app_runs, base_runs = interleaved(lambda: run_child(app_cmd, app_env),
                                          lambda: run_child(base_cmd, base_env), runs)
    ms = lambda rs: [r[0] * 1000 for r in rs]  # noqa: E731
    mb = lambda rs: [r[1] for r in rs]  # noqa: E731
    results = [
        Result(f"start to idle main window ({label})", "ms", ms(app_runs), target=1.5,
               goal="ratio", baseline=ms(base_runs), baseline_name="bare PySide6 window",
               paired=True),
        Result(f"peak memory, idle main window ({label})", "MB", mb(app_runs), target=1.5,
               goal="ratio", baseline=mb(base_runs), baseline_name="bare PySide6 window",
               paired=True),
    ]
    app_cpu = [r[2] * 1000 for r in app_runs if r[2] is not None]
    base_cpu = [r[2] * 1000 for r in base_runs if r[2] is not None]
    if app_cpu and len(app_cpu) == len(app_runs) and len(base_cpu) == len(base_runs):
        # Reported only: the target is on the time a user waits. CPU time hardly moves with
        # the other work on a shared machine, which the wall-clock pairs only partly cancel.
        results.append(Result(f"CPU time to idle main window ({label})", "ms", app_cpu,
                              goal="ratio", baseline=base_cpu,
                              baseline_name="bare PySide6 window", paired=True,
                              note="process CPU time (all threads) when the window is idle"))
    return results


def run(quick: bool) -> list[Result]:
    if not hasattr(os, "wait4"):
        print("bench_startup: os.wait4 is missing on this platform; skipped", file=sys.stderr)
        return []
    return startup_results([sys.executable, "-m", "desktop"],
                           [sys.executable, str(BARE_WINDOW)], "source",
                           runs=RUNS if quick else FULL_RUNS)
