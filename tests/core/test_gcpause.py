"""Pausing the garbage collector leaves it as it found it."""

from __future__ import annotations

import gc

from desktop.core.gcpause import gc_paused


def test_the_collector_runs_again_after_the_block_and_stays_off_if_it_was_off():
    """Paused inside, running after; inside an outer pause, the inner block does not switch it
    back on; an exception in the block still restores it."""
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    try:
        with gc_paused():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()
