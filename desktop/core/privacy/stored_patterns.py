"""The privacy package's regular expressions, compiled at build time and loaded without compiling.

Python's `re` compiles a pattern in Python code (parse, then code generation): the package's
~240 patterns took about 40 ms of every `anonymize --jsonl` run before its first note, serial
time before the fork, and each fork compiled the lazily built ones again. Python stores no
compiled pattern (pickling one compiles it again). So the compiled code of each pattern is
stored in `data/muster.zlib` (bench/make_pattern_store.py) and, when this module is imported
(first thing of the package: anonymizer.py imports it before anything else), handed to the
regex engine's own constructor, `_sre.compile`, exactly as `re._compiler.compile` hands it the
code it generates. The pattern objects go into `re`'s own cache under the key `re.compile`
looks up, so every `re.compile(source)` and `re.search(source, …)` of the package finds them
and nothing else changes: a pattern not stored (new or changed since the store was built) is
compiled as before.

The engine's code format is private, so the store says which one it was made for: the
interpreter (`sys.implementation.cache_tag`, "cpython-311") and the engine's own marks
(`_sre.MAGIC`, which CPython changes with the format, the code unit's size and the repeat and
group limits). On any other, or a file that does not load, nothing is installed; the engine
also checks each code it is given and refuses a broken one (then the rest is left too).
`GESPRAECHSKOMPASS_NO_STORED_PATTERNS=1` leaves the store out.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # (no stub: re's own engine)
import marshal
import os
import re
import sys
import zlib
from array import array

from desktop.core.privacy.lexicon import data_bytes

FILENAME = "muster.zlib"

# One stored pattern: source, flags as given to re.compile, then what _sre.compile takes:
# the flags with the pattern's inline ones, the code (uint32, little- or big-endian as
# written: see engine_key), the number of groups, the group names both ways.
Entry = tuple[str, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]


def engine_key() -> tuple[object, ...]:
    """What the stored code depends on: the interpreter, the regex engine's format and limits,
    the byte order of the stored code units."""
    return (sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT,
            _sre.MAXGROUPS, sys.byteorder, array("I").itemsize)


def entry(source: str, flags: int = 0) -> Entry:
    """A pattern compiled as `re._compiler.compile` does it, up to the engine call."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return (source, flags, flags | parsed.state.flags, array("I", code).tobytes(),
            parsed.state.groups - 1, names, tuple(by_index))


def dumps(entries: list[Entry]) -> bytes:
    """The store's file: the engine key and the entries, marshalled and compressed."""
    return zlib.compress(marshal.dumps((engine_key(), entries)), 9)  # type: ignore[arg-type]


def install(data: bytes | None = None) -> int:
    """Put the stored patterns into `re`'s cache; how many (0 where the store does not fit this
    interpreter or does not load)."""
    try:
        key, entries = marshal.loads(zlib.decompress(
            data_bytes(FILENAME) if data is None else data))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return 0
    if key != engine_key():
        return 0
    cache = re._cache  # type: ignore[attr-defined]
    done = 0
    for source, flags, all_flags, code, groups, names, by_index in entries:
        try:
            cache[str, source, flags] = _sre.compile(
                source, all_flags, array("I", code).tolist(), groups, names, by_index)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # a code the engine refuses
            break
        done += 1
    return done


# Left out where asked (bench/make_pattern_store.py records what the package compiles; a
# check of whether a stored pattern behaves differently).
INSTALLED = 0 if os.environ.get("GESPRAECHSKOMPASS_NO_STORED_PATTERNS") == "1" else install()
