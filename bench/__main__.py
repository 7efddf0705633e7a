"""Run every benchmark: `python -m bench [--quick] [--only NAME] [--json PATH]`.

Prints a table (median of at least five runs, min, max, baseline, ratio, target) and writes the
figures as JSON; the last line says how many targets are met. `--quick` runs everything small,
for CI, so that the benchmarks never rot; its figures are not the ones to report.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
import traceback
from pathlib import Path

from bench.common import Result

BENCHMARKS = (
    "bench.bench_library",
    "bench.bench_journal",
    "bench.bench_review",
    "bench.bench_typing_crash",
    "bench.bench_anonymizer",
    "bench.bench_klartext",
    "bench.bench_startup",
    "bench.bench_instructions",
    "bench.bench_journal_view",
    "bench.bench_bundle",
    "bench.bench_studio",
    "bench.stall_probe",
    "bench.bench_windows",
)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def _target(r: Result) -> str:
    if r.target is None:
        return "–"
    sign = {"max": "≤", "min": "≥", "ratio": "ratio ≤"}[r.goal]
    unit = "" if r.goal == "ratio" else f" {r.unit}"
    return f"{sign} {_fmt(r.target)}{unit}"


def print_table(results: list[Result]) -> None:
    header = ("figure", "median", "min", "max", "unit", "baseline", "ratio", "target", "met")
    rows = [header]
    for r in results:
        met = {True: "yes", False: "NO", None: "–"}[r.met]
        rows.append((r.name, _fmt(r.median), _fmt(min(r.samples)), _fmt(max(r.samples)), r.unit,
                     _fmt(r.baseline_median), _fmt(r.ratio), _target(r), met))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header))]
    for index, row in enumerate(rows):
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--only", action="append", default=[], help="run only these modules")
    parser.add_argument("--json", type=Path, default=None, help="where to write the figures")
    args = parser.parse_args(argv)
    results: list[Result] = []
    failures: list[str] = []
    for name in BENCHMARKS:
        short = name.rsplit(".", 1)[1]
        if args.only and short not in args.only and name not in args.only:
            continue
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        print(f"# {short} …", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        try:
            results.extend(module.run(quick=args.quick))
        except Exception:  # noqa: BLE001 - report and go on with the other benchmarks
            failures.append(short)
            traceback.print_exc()
        print(f"# {short} took {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    print_table(results)
    out = args.json or Path("bench/results") / ("quick.json" if args.quick else "full.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "date": time.strftime("%Y-%m-%d %H:%M"), "quick": args.quick,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cores": __import__("os").cpu_count()},
        "results": [r.as_dict() for r in results], "failed": failures,
    }, indent=2, ensure_ascii=False), "utf-8")
    judged = [r for r in results if r.met is not None]
    met = sum(1 for r in judged if r.met)
    print(f"{met} of {len(judged)} targets met" + (f"; failed to run: {', '.join(failures)}"
                                                   if failures else ""))
    if failures:
        return 1
    # In quick mode the sizes are too small to judge; only a crash fails the run.
    return 0 if args.quick or met == len(judged) else 1


if __name__ == "__main__":
    raise SystemExit(main())
