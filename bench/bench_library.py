"""Load and check 1,000 generated scenario files, cold (no cache) and warm (cache by size+mtime).

Targets (issue 2 / issue 10): cold ≤ 1.0 s, warm ≤ 0.2 s. Run alone:
`python -m bench --only bench_library`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Result, time_calls
from desktop.core.scenarios.library import ParseCache, load_library

TEMPLATE = (Path(__file__).resolve().parents[1] / "tests" / "data" / "unterlagen-fehlen.md")


def generate(folder: Path, count: int) -> None:
    """Write `count` valid scenario files, each a variant of the format page's example."""
    text = TEMPLATE.read_text("utf-8")
    for i in range(count):
        body = text.replace('id = "unterlagen-fehlen"', f'id = "szenario-{i:05d}"')
        body = body.replace("Verlängerung mit fehlenden Unterlagen", f"Übung Nummer {i}")
        (folder / f"szenario-{i:05d}.md").write_text(body, "utf-8")


def run(quick: bool) -> list[Result]:
    count = 200 if quick else 1000
    root = Path(tempfile.mkdtemp(prefix="gk-bench-lib-"))
    try:
        folder = root / "scenarios"
        folder.mkdir()
        generate(folder, count)
        cache_file = root / "scenarios.json"

        def cold() -> None:
            cache_file.unlink(missing_ok=True)
            lib = load_library([folder], ParseCache(cache_file))
            assert len(lib.scenarios) == count, len(lib.scenarios)

        def warm() -> None:
            lib = load_library([folder], ParseCache(cache_file))
            assert len(lib.scenarios) == count

        cold_samples = time_calls(cold, runs=5)
        warm_samples = time_calls(warm, runs=5, warmup=1)

        def lint_cli() -> None:
            # The whole command as a trainer runs it: a new process, an empty cache.
            home = root / "home"
            shutil.rmtree(home, ignore_errors=True)
            env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home))
            proc = subprocess.run([sys.executable, "-m", "desktop", "lint", str(folder)],
                                  env=env, capture_output=True)
            assert proc.returncode == 0, proc.stderr[-500:]

        cli_samples = time_calls(lint_cli, runs=5)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return [
        Result(f"load and check the library, {count} files, cold", "s", cold_samples, target=1.0),
        Result(f"load and check the library, {count} files, warm", "s", warm_samples, target=0.2),
        Result(f"gespraechskompass lint, {count} files, new process, cold", "s",
               cli_samples, target=1.0),
    ]
