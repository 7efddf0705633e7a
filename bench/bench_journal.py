"""Journal benchmarks: opening a large journal and listing, full-text search, one autosave write.

Targets (issue 4): with 100,000 sessions, opening the journal and listing the newest 100 under
50 ms; a full-text query under 50 ms at the 95th percentile. `quick` uses 5,000 sessions.
The journal is generated once per run in a temporary folder (bench/gen_journal.py); the
figures are taken with a warm page cache, as when the app starts a second time in a day.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from bench import gen_journal
from bench.common import Result, ms

FULL_SESSIONS = 100_000
QUICK_SESSIONS = 5_000


def search_queries(seed: int = 3) -> list[str]:
    """40 queries as people type them: domain words, rare words, two words, a word half typed."""
    rng = random.Random(seed)
    domain = [w for w in gen_journal.WORDS if len(w) > 3]
    queries = [rng.choice(domain) for _ in range(12)]
    queries += [rng.choice(gen_journal.RARE) for _ in range(10)]
    queries += [f"{rng.choice(domain)} {rng.choice(domain)}" for _ in range(8)]
    queries += [rng.choice(domain)[: rng.randrange(3, 6)] for _ in range(6)]  # still typing
    queries += [rng.choice(gen_journal.COMMON) for _ in range(4)]
    return queries


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def run(quick: bool) -> list[Result]:
    from desktop.core.config import load
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths
    from desktop.core.practice import PracticeSession

    count = QUICK_SESSIONS if quick else FULL_SESSIONS
    settings = load(user_file=None, policy={})
    with tempfile.TemporaryDirectory(prefix="gk-bench-journal-") as tmp:
        root = Path(tmp) / "daten"
        t0 = time.perf_counter()
        gen_journal.generate(root, count)
        generated = time.perf_counter() - t0
        paths = DataPaths(root)

        def open_and_list() -> float:
            start = time.perf_counter()
            journal = Journal.open(paths, settings)
            rows = journal.list_sessions(limit=100)
            elapsed = time.perf_counter() - start
            journal.close()
            assert len(rows) == 100
            return elapsed

        open_and_list()  # warm the page cache once
        opening = [open_and_list() for _ in range(7)]

        journal = Journal.open(paths, settings)
        queries = search_queries()
        for query in queries:  # warm-up round
            journal.search(query)
        rounds: list[float] = []
        every: list[float] = []
        hits = 0
        for _ in range(5):
            times = []
            for query in queries:
                start = time.perf_counter()
                hits += len(journal.search(query))
                times.append(time.perf_counter() - start)
            rounds.append(p95(times))
            every += times

        # One autosave write: an answer typed into a running session, one transaction.
        session = PracticeSession.eigener_fall("Benchmark")
        journal.attach(session)
        writes = []
        for n in range(200):
            start = time.perf_counter()
            session.answer("deuten", n % 3, f"Antwort {n}: der Kunde hatte Angst um die Frist")
            writes.append(time.perf_counter() - start)
        journal.close()

    return [
        Result(f"journal: open and list the newest 100 ({count} sessions)", "ms", ms(opening),
               target=50.0, note=f"generating the {count} sessions: {generated:.1f} s"),
        Result("full-text query, 95th percentile", "ms", ms(rounds), target=50.0,
               note=f"{len(queries)} queries × 5 rounds, {count} sessions; "
                    f"median query {statistics.median(every) * 1000:.1f} ms, "
                    f"{hits // 5} hits per round",
               extra={"max_ms": max(every) * 1000}),
        Result("autosave: write one answer (synchronous=FULL)", "ms", ms(writes),
               target=None, note="one transaction per change, WAL"),
    ]


if __name__ == "__main__":
    import sys

    for result in run(quick="--quick" in sys.argv):
        print(f"{result.name}: median {result.median:.2f} {result.unit} "
              f"(min {min(result.samples):.2f}, max {max(result.samples):.2f}), "
              f"target {result.target}, met: {result.met}. {result.note}")
