"""The benchmark suite's verdicts: how a ratio to a baseline is formed and judged."""

from __future__ import annotations

from bench.common import Result


def test_a_paired_ratio_is_the_median_of_the_per_pair_ratios():
    """Paired: each run is divided by the baseline run beside it and the median of those ratios
    is judged (here 1.2, met); unpaired, the two medians are divided (here 1.6, missed). The
    app's three slow runs sit beside baseline runs of 150 and 200, and the medians pick a slow
    app run against a fast baseline run."""
    app = [120, 120, 240, 240, 240]
    base = [150, 150, 150, 200, 200]
    paired = Result("start", "ms", app, target=1.5, goal="ratio", baseline=base, paired=True)
    unpaired = Result("start", "ms", app, target=1.5, goal="ratio", baseline=base)
    assert paired.ratio == 1.2 and paired.met
    assert unpaired.ratio == 1.6 and not unpaired.met
    assert paired.as_dict()["ratio_method"] == "median of paired ratios"
    assert unpaired.as_dict()["ratio_method"] == "median / baseline median"


def test_a_paired_result_with_unequal_runs_falls_back_to_the_ratio_of_medians():
    """A pairing needs one baseline run per run; otherwise the medians are compared."""
    result = Result("size", "MB", [110, 100, 90], goal="ratio", baseline=[50], paired=True,
                    target=1.5)
    assert result.ratio == 2.0 and result.met is False
    assert result.ratio_method == "median / baseline median"
