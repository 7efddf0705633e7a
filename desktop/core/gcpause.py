"""Pausing Python's cyclic garbage collector for work that makes many long-lived objects,
and handing the interpreter lock to the GUI thread sooner.

Importing Qt, building the window, unpickling the scenario cache: each allocates tens of
thousands of objects that stay, and no garbage cycles. The collector would walk them again and
again; paused, they cost one walk when it resumes.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a block; afterwards it runs as it did before (it
    may also be resumed inside the block, as the app does once its window is shown)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# How long a thread may hold the interpreter lock while another waits for it (Python's
# default is 5 ms). A background parse, replay or scrub holds the lock in Python code; every
# time the GUI thread needs Python (each slot, each event handler) it waits up to this long,
# several times per keystroke. Measured on 2 busy cores, the studio's 200-key typing with the
# map shown: worst stall 51–82 ms at 5 ms, 27–47 ms at 1 ms (docs/performance.md).
GUI_SWITCH_INTERVAL = 0.001


def favour_the_gui_thread() -> None:
    """Let a waiting thread (the GUI's) take the interpreter lock after 1 ms, not 5."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
