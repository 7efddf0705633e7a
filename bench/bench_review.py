"""Review schedule (issue 17.2): replaying the FSRS schedule of every decision point from the
journal, as Zwischendurch does when it is started and the start page does (on the thread
pool) when the review hint is switched on.

Baseline in the same run: `moment_counts()`, the query Zwischendurch has always run on the
GUI thread at the same click. No target: both the start page and Zwischendurch run the replay
on the thread pool (desktop/ui/common/tasks.py), so it never blocks the GUI; the figure says how long
the user waits for the moment to open. `quick` uses 5,000 sessions, the full run 100,000, as
bench_journal.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench import gen_journal
from bench.common import Result, ms, time_calls

FULL_SESSIONS = 100_000
QUICK_SESSIONS = 5_000


def run(quick: bool) -> list[Result]:
    from desktop.core.config import load
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths

    count = QUICK_SESSIONS if quick else FULL_SESSIONS
    settings = load(user_file=None, policy={})
    with tempfile.TemporaryDirectory(prefix="gk-bench-review-") as tmp:
        root = Path(tmp) / "daten"
        gen_journal.generate(root, count)
        journal = Journal.open(DataPaths(root), settings)
        attempts = len(journal.stats.review_attempts())
        journal.stats.due_reviews()  # warm: imports fsrs, fills the page cache
        start = time.perf_counter()
        due = len(journal.stats.due_reviews())
        first = time.perf_counter() - start
        replay = time_calls(journal.stats.due_reviews, runs=5)
        counts = time_calls(journal.stats.moment_counts, runs=5)
        journal.close()
    return [Result(f"review schedule: due moments ({count} sessions)", "ms", ms(replay),
                   baseline=ms(counts), baseline_name="moment_counts (same click)",
                   note=f"{attempts} attempts replayed, {due} due; one call "
                        f"{first * 1000:.0f} ms")]


if __name__ == "__main__":
    import sys

    for result in run(quick="--quick" in sys.argv):
        print(f"{result.name}: median {result.median:.1f} {result.unit}, baseline "
              f"{result.baseline_median:.1f} ms, ratio {result.ratio:.1f}. {result.note}")
