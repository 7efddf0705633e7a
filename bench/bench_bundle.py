"""The frozen bundle: its size on disk and its start-up, each against a baseline built in the
same run.

- Size: dist/gespraechskompass against a naive one-folder PyInstaller build of a bare PySide6
  window (`pyinstaller --onedir bench/bare_window.py`, all defaults). Target: at most 110 MB.
- Start-up and peak memory: the bundle against the same bare window built the same way (our
  spec with --bare: same Qt filtering, no app). Target ratio: at most 1.5.

Both baselines are cached in pyinstaller-work/ under a key of their inputs, so a repeated run
only measures. Skipped in --quick mode and when no bundle has been built (`make bundle`).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from bench.bench_startup import FULL_RUNS, startup_results
from bench.common import Result

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "gespraechskompass"
BASELINES = ROOT / "pyinstaller-work" / "baselines"
BARE_WINDOW = ROOT / "bench" / "bare_window.py"
SIZE_TARGET_MB = 110


def _builders():
    sys.path[:0] = [str(ROOT / "build"), str(ROOT)]
    import bundle_check
    import make_bundle

    return make_bundle, bundle_check


def _key(*files: Path) -> str:
    from PyInstaller import __version__ as pyinstaller_version
    from PySide6 import __version__ as pyside_version

    digest = hashlib.sha256(f"{pyinstaller_version} {pyside_version}".encode())
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def baseline(name: str, same_way: bool) -> Path:
    """The baseline bundle folder, built unless a build with the same inputs is cached."""
    make_bundle, _ = _builders()
    inputs = [BARE_WINDOW] + ([make_bundle.SPEC, ROOT / "build" / "bundle_rules.py"]
                              if same_way else [])
    folder = BASELINES / "dist" / name
    stamp = BASELINES / f"{name}.key"
    key = _key(*inputs)
    if folder.is_dir() and stamp.exists() and stamp.read_text() == key:
        return folder
    print(f"bench_bundle: building the baseline {name} …", file=sys.stderr, flush=True)
    work = BASELINES / f"work-{name}"
    if same_way:
        make_bundle.run_pyinstaller(["--entry", str(BARE_WINDOW), "--name", name, "--bare"],
                                    BASELINES / "dist", work)
    else:
        make_bundle.run_pyinstaller(["--name", name], BASELINES / "dist", work,
                                    script=BARE_WINDOW)
    stamp.write_text(key)
    return folder


def run(quick: bool) -> list[Result]:
    if quick:
        print("bench_bundle: skipped in --quick mode", file=sys.stderr)
        return []
    if not BUNDLE.is_dir():
        print("bench_bundle: no bundle in dist/ (make bundle); skipped", file=sys.stderr)
        return []
    _, bundle_check = _builders()
    naive = baseline("naive_window", same_way=False)
    bare = baseline("bare_window", same_way=True)
    size = bundle_check.folder_size(BUNDLE) / 1e6
    results = [Result("bundle size on disk (Linux)", "MB", [size], target=SIZE_TARGET_MB,
                      goal="max", baseline=[bundle_check.folder_size(naive) / 1e6],
                      baseline_name="naive one-folder PySide6 hello-world",
                      note="sum of file sizes, 10^6 bytes")]
    results += startup_results([str(bundle_check.executable(BUNDLE))],
                               [str(bundle_check.executable(bare, "bare_window"))], "frozen",
                               runs=FULL_RUNS)
    return results
