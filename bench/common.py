"""Shared pieces of the benchmark suite: a result record and timing helpers.

Every benchmark module `bench/bench_*.py` listed in `bench/__main__.py` exposes
`run(quick: bool) -> list[Result]`. Figures are medians of at least five runs; where a baseline
makes sense it is measured in the same run and the target applies to the ratio.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Result:
    """One measured figure.

    `goal` says how `target` is read: "max" (median <= target), "min" (median >= target) or
    "ratio" (the ratio to the baseline <= target). `target` None: reported only.

    The ratio is the median over the baseline's median; with `paired`, where each sample was
    measured right beside the baseline sample of the same index, it is the median of the
    per-pair ratios instead. On a shared machine whose speed drifts between a fast and a slow
    state, a pair shares its state, while two separate medians may each land in another one.
    """

    name: str
    unit: str
    samples: list[float]
    target: float | None = None
    goal: str = "max"
    baseline: list[float] | None = None
    baseline_name: str | None = None
    note: str = ""
    paired: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def baseline_median(self) -> float | None:
        return statistics.median(self.baseline) if self.baseline else None

    @property
    def ratio(self) -> float | None:
        if self.paired and self.baseline and len(self.baseline) == len(self.samples):
            return statistics.median(a / b for a, b in zip(self.samples, self.baseline,
                                                           strict=True) if b)
        base = self.baseline_median
        return self.median / base if base else None

    @property
    def ratio_method(self) -> str | None:
        if self.baseline is None:
            return None
        if self.paired and len(self.baseline) == len(self.samples):
            return "median of paired ratios"
        return "median / baseline median"

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        if self.goal == "ratio":
            return self.ratio is not None and self.ratio <= self.target
        if self.goal == "min":
            return self.median >= self.target
        return self.median <= self.target

    def as_dict(self) -> dict:
        return {
            "name": self.name, "unit": self.unit, "median": self.median,
            "min": min(self.samples), "max": max(self.samples), "runs": len(self.samples),
            "baseline_name": self.baseline_name, "baseline_median": self.baseline_median,
            "ratio": self.ratio, "ratio_method": self.ratio_method, "target": self.target,
            "goal": self.goal, "met": self.met,
            "note": self.note, **self.extra,
        }


def time_calls(fn: Callable[[], object], runs: int = 5, warmup: int = 0) -> list[float]:
    """Wall-clock seconds of `runs` calls of fn (after `warmup` unmeasured calls)."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return samples


def ms(samples: list[float]) -> list[float]:
    return [s * 1000 for s in samples]
