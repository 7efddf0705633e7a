"""The Windows deliverable (built by `make windows`): its size, the MSI's size, and the frozen
start-up under Wine against a frozen bare PySide6 window built the same way in the same run.

- Size: dist/windows/gespraechskompass (target at most 61 MB; 60 until the twelfth session)
  and the MSI (at most 30 MB).
- Start-up: `gespraechskompass-cli.exe` without arguments (the GUI, offscreen, with a console
  for the idle line) against bench/bare_window.py frozen under Wine with our spec and --bare
  (same Qt filtering). Both include Wine's own start, so the ratio (target 1.5) is the figure.

The baseline is cached in .cache/windows/work/baselines under a key of its inputs. Skipped in
--quick mode and when there is no Windows bundle or no Wine.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.bench_startup import FULL_RUNS, startup_results
from bench.common import Result

ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = ROOT / "bench" / "bare_window.py"
SIZE_TARGET_MB, MSI_TARGET_MB = 61, 30


def _windows():
    sys.path[:0] = [str(ROOT / "build" / "windows"), str(ROOT / "build")]
    import bundle_check
    import winehost

    return winehost, bundle_check


def bare_baseline(winehost) -> Path:
    """The bare window frozen under Wine with our spec (--bare), built unless cached."""
    folder = winehost.WORK / "baselines"
    exe = folder / "dist" / "bare_window" / "bare_window.exe"
    digest = hashlib.sha256()
    for path in (BARE_WINDOW, ROOT / "build/gespraechskompass.spec",
                 ROOT / "build/bundle_rules.py", winehost.PYTHON_DIR / "python.exe"):
        digest.update(path.read_bytes())
    stamp = folder / "bare_window.key"
    if exe.exists() and stamp.exists() and stamp.read_text() == digest.hexdigest():
        return exe
    print("bench_windows: building the bare window under Wine …", file=sys.stderr, flush=True)
    script = ("import sys; from pathlib import Path; sys.path[:0] = ['build', '.']; "
              "import make_bundle; make_bundle.run_pyinstaller(['--entry', "
              f"{str(winehost.winpath(BARE_WINDOW))!r}, '--name', 'bare_window', '--bare'], "
              f"Path({winehost.winpath(folder / 'dist')!r}), "
              f"Path({winehost.winpath(folder / 'work')!r}))")
    winehost.python(["-c", script], echo=False)
    stamp.write_text(digest.hexdigest())
    return exe


def run(quick: bool) -> list[Result]:
    if quick:
        print("bench_windows: skipped in --quick mode", file=sys.stderr)
        return []
    winehost, bundle_check = _windows()
    bundle = winehost.OUT / "gespraechskompass"
    msis = sorted(winehost.OUT.glob("Gespraechskompass-*-x64.msi"))
    if not bundle.is_dir() or not msis or not shutil.which("wine"):
        print("bench_windows: no Windows bundle (make windows) or no Wine; skipped",
              file=sys.stderr)
        return []
    results = [
        Result("bundle size on disk (Windows)", "MB", [bundle_check.folder_size(bundle) / 1e6],
               target=SIZE_TARGET_MB, goal="max", note="sum of file sizes, 10^6 bytes"),
        Result("MSI size (Windows)", "MB", [msis[-1].stat().st_size / 1e6],
               target=MSI_TARGET_MB, goal="max", note="wixl, MSZIP cabinet, signed"),
    ]
    bare = bare_baseline(winehost)
    # Wine's settings for the children (bench_startup copies this environment): the prefix,
    # and Qt's platform as WINEQT_*, since Wine drops QT_* variables.
    env = winehost.wine_env()
    for key in ("WINEPREFIX", "WINEDEBUG", "WINEDLLOVERRIDES", "WINEQT_QPA_PLATFORM"):
        os.environ[key] = env[key]
    # A persistent wineserver: Wine's own boot (services, devices) stays out of every start, as
    # Windows' does; otherwise each run restarts it and adds about a second to both figures.
    subprocess.run(["wineserver", "-p"], env=env, check=False)
    # Wine's services start with the first program and inherit its output: start them here,
    # on /dev/null, or they would hold the first measured child's stderr open forever.
    subprocess.run(["wine", "cmd", "/c", "exit"], env=env, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    try:
        started = startup_results(["wine", str(bundle / "gespraechskompass-cli.exe")],
                                  ["wine", str(bare)], "frozen, Windows under Wine",
                                  runs=FULL_RUNS)
    finally:
        subprocess.run(["wineserver", "-k"], env=env, check=False)
    # Only the time: the peak memory bench_startup reads is the Wine loader's, not the app's.
    return results + [r for r in started if r.unit == "ms"]
