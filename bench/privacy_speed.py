"""The anonymiser's speed now and at another revision, measured in the same minutes.

On a shared machine the figures of two separate runs cannot be compared; alternating runs of
both trees can. Each round runs, for the revision and for the working tree:
- `anonymize --jsonl` as a whole process on 3,000 short notes (the notes of
  bench/bench_anonymizer.py), wall and CPU time (user + system) as MB/s, and the CPU time of
  the first process alone (its forks work beside it: about the wall time on idle cores);
  compiled modules cached as in an installed copy (bench_anonymizer.cli_throughput);
- in-process CPU time per short note (anonymize(), the best of three passes).

    python -m bench.privacy_speed --against REV [--rounds 3]

Prints each round and the medians, with the median of the paired ratios (now / REV).
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_IN_PROCESS = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from desktop.core.privacy import anonymize
notes = json.load(open(sys.argv[2], encoding="utf-8"))
for n in notes[:300]:
    anonymize(n)
best = 1e9
for _ in range(3):
    t0 = time.process_time()
    for n in notes:
        anonymize(n)
    best = min(best, time.process_time() - t0)
print(best / len(notes) * 1e6)
"""


def _cli(tree: Path, jsonl: str, size: float, pycache: str) -> tuple[float, float, float]:
    from bench.bench_anonymizer import run_cli

    env = {**os.environ, "GESPRAECHSKOMPASS_HOME": tempfile.mkdtemp(prefix="gk-speed-"),
           "PYTHONPATH": str(tree), "PYTHONPYCACHEPREFIX": pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    wall, cpu, own = run_cli([], jsonl, env, cwd=str(tree))
    return size / wall, size / cpu, size / own


def _per_note(tree: Path, notes_json: str) -> float:
    out = subprocess.run([sys.executable, "-c", _IN_PROCESS, str(tree), notes_json],
                         capture_output=True, text=True, check=True, cwd=tree)
    return float(out.stdout)


def main(argv: list[str] | None = None) -> int:
    from bench.bench_anonymizer import short_notes

    args = sys.argv[1:] if argv is None else argv
    rev = args[args.index("--against") + 1] if "--against" in args else "HEAD"
    rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else 3
    notes = short_notes(3000)
    size = sum(len(t.encode("utf-8")) for t in notes) / 1e6
    figures: dict[str, list[tuple[float, float, float, float]]] = {rev: [], "now": []}
    with tempfile.TemporaryDirectory(prefix="gk-speed-") as tmp:
        old = Path(tmp) / "old"
        old.mkdir()
        archive = subprocess.run(["git", "archive", rev, "desktop", "resources"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(old, filter="data")
        jsonl, notes_json = Path(tmp) / "notes.jsonl", Path(tmp) / "notes.json"
        jsonl.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n"
                                 for t in notes), encoding="utf-8")
        notes_json.write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
        pycache = str(Path(tmp) / "pycache")
        for tree in (old, ROOT):  # not counted: fills the cache of compiled modules
            _cli(tree, str(jsonl), size, pycache)
        for i in range(rounds):
            for label, tree in ((rev, old), ("now", ROOT)):
                wall, cpu, own = _cli(tree, str(jsonl), size, pycache)
                per_note = _per_note(tree, str(notes_json))
                figures[label].append((wall, cpu, own, per_note))
                print(f"round {i + 1} {label:>8}: CLI {wall:.2f} MB/s wall, {cpu:.2f} MB/s CPU, "
                      f"{own:.2f} MB/s longest process; {per_note:.0f} µs a note in-process",
                      flush=True)
    print(f"\n{len(notes)} notes, {size:.2f} MB; medians of {rounds} rounds:")
    for label, rows in figures.items():
        print(f"  {label:>8}: CLI {statistics.median(r[0] for r in rows):.2f} MB/s wall, "
              f"{statistics.median(r[1] for r in rows):.2f} MB/s CPU, "
              f"{statistics.median(r[2] for r in rows):.2f} MB/s longest process; "
              f"{statistics.median(r[3] for r in rows):.0f} µs a note")
    ratios = [(n[0] / o[0], n[1] / o[1], n[2] / o[2], o[3] / n[3])
              for o, n in zip(figures[rev], figures["now"], strict=True)]
    print(f"  paired, now against {rev}: CLI wall throughput × "
          f"{statistics.median(r[0] for r in ratios):.2f}, CLI CPU throughput × "
          f"{statistics.median(r[1] for r in ratios):.2f}, longest process × "
          f"{statistics.median(r[2] for r in ratios):.2f}, in-process speed × "
          f"{statistics.median(r[3] for r in ratios):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
