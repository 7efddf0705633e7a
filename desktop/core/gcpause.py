"""Pausing Python's cyclic garbage collector for work that makes many long-lived objects.

Importing Qt, building the window, unpickling the scenario cache: each allocates tens of
thousands of objects that stay, and no garbage cycles. The collector would walk them again and
again; paused, they cost one walk when it resumes.
"""

from __future__ import annotations

import gc
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
