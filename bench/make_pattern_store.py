"""Build the store of compiled patterns (desktop/core/privacy/data/muster.zlib).

Every pattern the privacy package compiles while it anonymises the development texts
(bench/privacy_same.development_texts, quick set: notes with capitals and in lower case,
dictated, lists …; the short notes of the speed bench) is recorded and stored compiled
(desktop/core/privacy/stored_patterns.py). The file is the same byte for byte when run again.
Run it after changing a pattern: a changed or new pattern is compiled at run time as before
until then (tests/core/test_privacy_stored_patterns.py names those of the shaped table). The
file depends on the Python minor version (the regex engine's private code format); the bundle's
Python (3.11) is the project's.

    PYTHONPATH=/tmp/mimesis python -m bench.make_pattern_store

With Mimesis on the path (as bench/privacy_same.py reads it) the development texts include its
notes; without it a pattern met only in those may be left out of the store, and is then
compiled at run time as any pattern not stored (the store of main was built with it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = str(ROOT / "desktop") + "/"
RE_DIR = str(Path(re.__file__).parent)


def compiled_sources() -> set[tuple[str, int]]:
    """(source, flags) of every pattern the package compiles while it reads the texts: recorded
    from `re._compiler.compile`, called where `re`'s cache misses. Run in a fresh process with
    the store left out, so that each is compiled here."""
    from re import _compiler  # type: ignore[attr-defined]

    seen: set[tuple[str, int]] = set()
    compile_ = _compiler.compile

    def recording(pattern: object, flags: int = 0) -> re.Pattern[str]:
        frame: FrameType | None = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith(RE_DIR):
            frame = frame.f_back
        if isinstance(pattern, str) and frame is not None and \
                frame.f_code.co_filename.replace("\\", "/").startswith(PACKAGE):
            seen.add((pattern, flags))
        return compile_(pattern, flags)

    _compiler.compile = recording
    from bench.bench_anonymizer import short_notes
    from bench.privacy_same import development_texts
    from desktop.core.privacy import anonymize, stored_patterns

    assert stored_patterns.INSTALLED == 0, "run with GESPRAECHSKOMPASS_NO_STORED_PATTERNS=1"
    for text in development_texts(quick=True) + short_notes(1000):
        anonymize(text)
    _compiler.compile = compile_
    return seen


def main() -> int:
    import os
    import subprocess

    if os.environ.get("GESPRAECHSKOMPASS_NO_STORED_PATTERNS") != "1":
        # a fresh process that compiles every pattern itself
        env = {**os.environ, "GESPRAECHSKOMPASS_NO_STORED_PATTERNS": "1"}
        return subprocess.run([sys.executable, "-m", "bench.make_pattern_store"], env=env,
                              cwd=ROOT).returncode
    sources = sorted(compiled_sources())  # first: the package is imported with the recorder on
    from desktop.core.privacy import stored_patterns
    from desktop.core.privacy.lexicon import _DATA

    entries = [stored_patterns.entry(source, flags) for source, flags in sources]
    data = stored_patterns.dumps(entries)
    Path(_DATA, stored_patterns.FILENAME).write_bytes(data)
    print(f"{len(entries)} patterns, {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
