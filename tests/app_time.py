"""The app's own time, told apart from the machine's: how long each thread of this process ran
on a core (Linux schedstat). For tests that judge a wait by what the app did during it, so a
loaded machine (load 5+ on two cores, a disk busy with other suites) does not fail them while
the app's own work still can.

Where schedstat is missing (Windows, Wine) the process's CPU time less the calling thread's
stands for the others' work (their sum, never less than the busiest one's, so it excuses less);
where neither is known nothing is excused.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

TASKS = Path("/proc/self/task")


def cpu_by_thread() -> dict[int, float]:
    """Seconds each thread of this process has run on a core so far ({} where unknown)."""
    found: dict[int, float] = {}
    try:
        tasks = list(TASKS.iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            found[int(task.name)] = int((task / "schedstat").read_text().split()[0]) / 1e9
        except (OSError, ValueError, IndexError):
            continue  # the thread ended meanwhile
    return found


def others_cpu() -> float:
    """Seconds the other threads of this process have run on a core so far, together: the
    process's CPU time less the calling thread's (Windows' GetProcessTimes and GetThreadTimes;
    under Wine as coarse as the kernel's tick)."""
    return time.process_time() - time.thread_time()


@dataclass
class TimedWait:
    """A wait of the calling thread (a write waiting for another connection's lock), with
    how much of it the app's other threads spent working (`busiest`: the most any one of
    them ran on a core meanwhile; where threads are not told apart, all of them together)."""

    took: float = 0.0
    busiest: float = 0.0
    known: bool = False
    _start: float = 0.0
    _cpu: dict[int, float] = field(default_factory=dict)
    _others: float = 0.0

    def __enter__(self) -> TimedWait:
        self._cpu = cpu_by_thread()
        self._others = others_cpu()
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.took = time.perf_counter() - self._start
        after = cpu_by_thread()
        me = threading.get_native_id()
        if after and os.name == "posix":
            self.known = True
            self.busiest = max((cpu - self._cpu.get(tid, 0.0) for tid, cpu in after.items()
                                if tid != me), default=0.0)
        else:
            self.known = True
            self.busiest = others_cpu() - self._others

    @property
    def held_up_by_the_machine(self) -> bool:
        """The lock holder worked for less than half of the wait: it was waiting for a core
        or the disk (another process's load), not doing the app's work. A long write that
        holds the lock (an FTS 'optimize') runs on a core the whole time."""
        return self.known and self.busiest < self.took / 2
