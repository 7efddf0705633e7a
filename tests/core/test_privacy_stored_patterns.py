"""The compiled patterns stored with the privacy package (stored_patterns.py): each is the
pattern its source compiles to, the shaped table is all stored, and a store that does not fit
the interpreter is left alone."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from re import _compiler  # type: ignore[attr-defined]

from desktop.core.privacy import stored_patterns
from desktop.core.privacy.lexicon import data_bytes
from desktop.core.privacy.pattern_sources import _sources


def _stored() -> list[stored_patterns.Entry]:
    key, entries = marshal.loads(zlib.decompress(data_bytes(stored_patterns.FILENAME)))
    assert key == stored_patterns.engine_key()
    return entries


def test_each_stored_pattern_is_what_its_source_compiles_to() -> None:
    """The stored code, flags and groups of every pattern are what `re` makes of its source
    now, so a stored pattern matches exactly as the compiled one would."""
    for entry in _stored():
        source, flags = entry[0], entry[1]
        assert entry == stored_patterns.entry(source, flags), source
        fresh = _compiler.compile(source, flags)
        installed = re.compile(source, flags)
        assert (installed.flags, installed.groups, installed.groupindex) == (
            fresh.flags, fresh.groups, fresh.groupindex), source


def test_the_stored_patterns_are_the_ones_re_compile_returns() -> None:
    """Importing the package put the stored patterns into `re`'s cache: re.compile of a stored
    source returns the stored object, no compile."""
    assert stored_patterns.INSTALLED == len(_stored()) > 200
    source = _sources()["date_any"]
    assert re.compile(source) is re._cache[str, source, 0]  # type: ignore[attr-defined]


def test_the_store_holds_every_pattern_of_the_shaped_table() -> None:
    """Every pattern of pattern_sources is stored; after changing one, run
    `python -m bench.make_pattern_store` (until then it is compiled at run time)."""
    stored = {entry[0] for entry in _stored()}
    missing = [name for name, source in _sources().items() if source not in stored]
    assert not missing, f"not stored (python -m bench.make_pattern_store): {missing}"


def test_a_store_for_another_engine_or_a_broken_file_installs_nothing() -> None:
    """A store made for another interpreter or regex engine, or a file that does not load,
    installs no pattern: they are compiled as usual."""
    source = r"[0-9]{3}(?P<x>ab)"
    entry = stored_patterns.entry(source)
    other = zlib.compress(marshal.dumps((("cpython-399", 1, 4, 1, 1, "little", 4), [entry])))
    assert stored_patterns.install(other) == 0
    assert stored_patterns.install(b"not a store") == 0
    assert stored_patterns.install(stored_patterns.dumps([entry])) == 1
    match = re.compile(source).search("x123ab")
    assert match is not None and match["x"] == "ab"
    re.purge()  # the test's own pattern out of the shared cache again


def test_detection_is_the_same_without_the_store() -> None:
    """Notes of every kind of finding give the same output with the stored patterns as with
    every pattern compiled at run time."""
    code = ("import json, sys\nfrom desktop.core.privacy import anonymize\n"
            "from bench.bench_anonymizer import short_notes\n"
            "notes = short_notes(150)\nnotes += [n.lower() for n in notes[:50]]\n"
            "print(json.dumps([[anonymize(n).text, [(f.start, f.end, f.kind.value)"
            " for f in anonymize(n).findings]] for n in notes]))")
    outputs = []
    for off in ("0", "1"):
        env = {**os.environ, "GESPRAECHSKOMPASS_NO_STORED_PATTERNS": off}
        outputs.append(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                      text=True, check=True).stdout)
    assert outputs[0] == outputs[1] and len(outputs[0]) > 10_000
