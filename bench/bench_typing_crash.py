"""Typing lost when the real app is killed: 50 SIGKILLs of the GUI while a person-like driver
types (tests/ui/typing_crash.py, the same harness as the test), the worst loss reported.

Target (design §5, issue 14): at most 0.5 s of typing lost at every kill, the database intact
and the app starting again every time. The loss of a kill is the time from the oldest
keystroke not in the journal file to the kill. `quick` runs 6 kills.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from bench.common import Result

FULL_KILLS = 50
QUICK_KILLS = 6


def run(quick: bool) -> list[Result]:
    from tests.ui.typing_crash import run_kills

    kills = QUICK_KILLS if quick else FULL_KILLS
    with tempfile.TemporaryDirectory(prefix="gk-bench-typing-") as tmp:
        rounds, restarted = run_kills(Path(tmp), kills)
    losses = [r.loss_s * 1000 for r in rounds if r.ready]
    intact = sum(1 for r in rounds if r.integrity == "ok")
    started = sum(1 for r in rounds if r.ready) - 1 + restarted  # restarts after a kill
    typed = sum(r.typed for r in rounds)
    stored = sum(r.stored for r in rounds)
    note = (f"{kills} kills, integrity ok {intact}/{kills}, restarted {started}/{kills}, "
            f"{stored} of {typed} typed keys in the file at the kill, median typing time "
            f"{statistics.median(r.typing_s for r in rounds):.1f} s")
    problems = [p for r in rounds for p in r.problems]
    # A damaged file, a failed restart or stored text nobody typed fails the figure outright.
    worst = max(losses) if intact == kills and started == kills and not problems \
        else float("inf")
    return [
        Result(f"typing lost at a kill of the app, worst of {kills}", "ms", [worst],
               target=500.0, note=note,
               extra={"losses_ms": losses, "integrity_ok": intact, "restarted": started,
                      "problems": problems}),
        Result("typing lost at a kill of the app, per kill", "ms", losses, target=None,
               note="0 when everything typed was stored"),
    ]
