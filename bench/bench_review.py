"""Review schedule (issue 17.2, kept per moment since schema v5): which moments are due, as
Zwischendurch asks when it is started and the start page (on the thread pool) when the review
hint is switched on.

Baseline in the same run: the full replay of every attempt in the journal (`schedule` over
`review_attempts()`), which is what each question cost before the journal kept the schedule
per moment. Figures: the question with nothing changed since the last one; after one
Zwischendurch choice (one moment replayed); and once after the update to v5 (every moment
replayed, stored as it goes). No target: all run on the thread pool (desktop/ui/common/
tasks.py); the figures say how long the user waits for the moment to open. `quick` uses 5,000
sessions, the full run 100,000, as bench_journal.
"""

from __future__ import annotations

import itertools
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
    from desktop.core.practice.review import due_reviews

    count = QUICK_SESSIONS if quick else FULL_SESSIONS
    settings = load(user_file=None, policy={})
    with tempfile.TemporaryDirectory(prefix="gk-bench-review-") as tmp:
        root = Path(tmp) / "daten"
        gen_journal.generate(root, count)
        journal = Journal.open(DataPaths(root), settings)
        attempts = len(journal.stats.review_attempts())
        conn = journal.db.conn

        def forget() -> None:
            conn.execute("UPDATE review_cards SET folded = NULL")

        def cold() -> None:
            forget()
            journal.stats.due_reviews()

        def full() -> None:
            due_reviews(journal.stats.review_attempts(), _now())

        numbers = itertools.count()

        def after_one_choice() -> None:
            # A Zwischendurch at one of the generated scenarios' moments (long histories, as
            # a real journal of this size would have), written as the autosave writes it.
            number = next(numbers)
            stamp = _now().isoformat(timespec="milliseconds")
            with journal.db.atomic():
                session_id = conn.execute(
                    "INSERT INTO sessions (uid, kind, scenario_id, step, created_at, updated_at)"
                    " VALUES (?, 'zwischendurch', ?, 'zusammenfassung', ?, ?) RETURNING id",
                    (f"bench-{number}", f"szenario-{number % 25}", stamp, stamp)).fetchone()[0]
                conn.execute("INSERT INTO path_steps (session_id, seq, node_id, choice_index, "
                             "text, rating, target, at) VALUES (?, 1, 'start', 0, 'Gut.', "
                             "'teils', 'knoten-1', ?)", (session_id, stamp))
            start = time.perf_counter()
            journal.stats.due_reviews()
            timings.append(time.perf_counter() - start)

        journal.stats.due_reviews()  # warm: imports fsrs, fills the page cache
        baseline = time_calls(full, runs=3)
        first = time_calls(cold, runs=3)
        current = time_calls(journal.stats.due_reviews, runs=5)
        timings: list[float] = []
        for _ in range(5):
            after_one_choice()
        due = len(journal.stats.due_reviews())
        journal.close()
    note = f"{attempts} attempts in the journal, {due} moments due"
    name = f"({count} sessions)"
    return [
        Result(f"review schedule: due moments, nothing changed {name}", "ms", ms(current),
               baseline=ms(baseline), baseline_name="full replay of every attempt", note=note),
        Result(f"review schedule: due moments after one Zwischendurch choice {name}", "ms",
               ms(timings), baseline=ms(baseline), baseline_name="full replay of every attempt",
               note="one moment replayed"),
        Result(f"review schedule: first question after the update to v5 {name}", "ms",
               ms(first), baseline=ms(baseline), baseline_name="full replay of every attempt",
               note="every moment replayed from its own attempts and stored"),
    ]


def _now():
    from desktop.core.practice.state import utc_now

    return utc_now()


if __name__ == "__main__":
    import sys

    for result in run(quick="--quick" in sys.argv):
        print(f"{result.name}: median {result.median:.1f} {result.unit}, baseline "
              f"{result.baseline_median:.1f} ms, ratio {result.ratio:.2f}. {result.note}")
