"""The scenario parse cache: plain JSON that cannot run code, checked against the model's shape.

A pickle planted in the data folder used to run code at every start and `lint`; the cache is
now JSON rebuilt into the dataclasses with every value checked, and keyed by a hash of the
model's shape instead of a hand-bumped version.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from desktop.core import paths
from desktop.core.scenarios import cache as cache_format
from desktop.core.scenarios.library import ParseCache, load_library

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = paths.bundled_scenarios_dir()


class _Payload:
    """Unpickling this creates the marker file: proof that a planted pickle ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_planted_pickle_runs_nothing_in_lint(tmp_path):
    """A pickle planted under the old and the new cache name is never unpickled by `lint`
    (a new process, as a trainer runs it): the marker it would create does not appear."""
    home = tmp_path / "home"
    data = paths.DataPaths(home)
    data.cache.mkdir(parents=True)
    marker = tmp_path / "code-ran"
    planted = pickle.dumps(_Payload(marker))
    (data.cache / "scenarios.pickle").write_bytes(planted)
    data.scenario_cache.write_bytes(planted)
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "desktop", "lint"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr
    assert not marker.exists()
    # The planted file was ignored and replaced by a real cache.
    assert json.loads(data.scenario_cache.read_bytes())["shape"] == cache_format.shape()


def test_warm_load_gives_the_same_library_as_a_cold_one(tmp_path):
    """Documents rebuilt from the cache equal freshly parsed ones, findings included."""
    cache_file = tmp_path / "scenarios.json"
    cold = load_library([BUNDLED], ParseCache(cache_file))
    assert cache_file.exists()
    warm_cache = ParseCache(cache_file)
    assert warm_cache.entries, "the cache was read back"
    warm = load_library([BUNDLED], warm_cache)
    assert warm.scenarios == cold.scenarios and warm.techniques == cold.techniques
    assert warm.findings == cold.findings
    first = next(iter(warm.scenarios.values()))
    assert first.path is not None and first.path.is_file()


def test_cache_with_wrong_types_is_ignored_and_rebuilt(tmp_path):
    """A cache whose values do not fit the model (a title that is a number, an unknown stage)
    is ignored as a whole; the library is parsed again and is complete."""
    cache_file = tmp_path / "scenarios.json"
    cold = load_library([BUNDLED], ParseCache(cache_file))
    data = json.loads(cache_file.read_bytes())
    for entry in data["entries"].values():
        document = entry[2][1]
        if document is not None:
            document[1][1] = 12345  # the title
    cache_file.write_text(json.dumps(data), "utf-8")
    assert ParseCache(cache_file).entries == {}
    assert load_library([BUNDLED], ParseCache(cache_file)).scenarios == cold.scenarios


def test_cache_of_another_shape_is_ignored(tmp_path):
    """A cache written for another model shape is not used."""
    cache_file = tmp_path / "scenarios.json"
    load_library([BUNDLED], ParseCache(cache_file))
    data = json.loads(cache_file.read_bytes())
    data["shape"] = "0" * 16
    cache_file.write_text(json.dumps(data), "utf-8")
    assert ParseCache(cache_file).entries == {}


def test_shape_follows_the_dataclass_fields():
    """Adding, renaming or retyping a field changes the shape string: no version to bump."""

    def shape_of(*fields: tuple[str, type]) -> str:
        cls = dataclasses.make_dataclass("Probe", list(fields), frozen=True)
        return cache_format._Builder().codec(cls)[2]

    base = shape_of(("title", str), ("level", int))
    assert base == shape_of(("title", str), ("level", int))
    assert base != shape_of(("title", str), ("level", int), ("note", str))
    assert base != shape_of(("name", str), ("level", int))
    assert base != shape_of(("title", str), ("level", str))


def test_hostile_cache_values_are_ignored_not_raised(tmp_path):
    """Planted values of every wrong kind (a list as a union tag, nesting 10,000 deep, a
    string where an entry should be) only make the cache be ignored."""
    cache_file = tmp_path / "scenarios.json"
    load_library([BUNDLED], ParseCache(cache_file))
    data = json.loads(cache_file.read_bytes())
    key = next(iter(data["entries"]))
    for planted in ([[1], []], "x", [1, 2, ["a", [["tag"], []], [], {}]]):
        data["entries"][key] = [1, 2, planted] if planted != "x" else planted
        cache_file.write_text(json.dumps(data), "utf-8")
        assert ParseCache(cache_file).entries == {}
    cache_file.write_text('{"shape": "x", "entries": ' + "[" * 10_000 + "]" * 10_000 + "}")
    assert ParseCache(cache_file).entries == {}
