"""Running Windows programs under Wine from the Linux side: the one place for Wine's quirks.

Used by wine_build.py (the bundle, the MSI, the signatures) and wine_checks.py (what CI proves
with them). Quirks handled here (docs: shared/reviews/windows-trial-2026-12.md):

- a Windows process whose stdout is a regular file dies (`init_sys_streams … [WinError 6]`):
  every run pipes stdout and stderr, and stdin is /dev/null;
- Wine does not pass QT_* variables: Qt's variables are given as WINEQT_* (Wine strips WINE);
- WinPython's console-script launchers look python.exe up on PATH: WINEPATH holds the Python
  folder and its Scripts folder;
- wine-mono and wine-gecko are never installed (no network, not needed): mscoree and mshtml
  are disabled.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("GK_WINDOWS_CACHE", ROOT / ".cache" / "windows"))
PREFIX = CACHE / "prefix"
PYTHON_DIR = PREFIX / "drive_c" / "Python311"
OUT = ROOT / "dist" / "windows"  # the deliverables: bundle folder, MSI
WORK = CACHE / "work"  # PyInstaller's work folder, harvested .wxs, test MSIs
APP = "gespraechskompass"
WIN_PYTHON = r"C:\Python311\python.exe"


def winpath(path: Path | str) -> str:
    """A Linux path as Wine sees it (drive Z: is /)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


def wine_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "PYTHON", "GESPRAECHSKOMPASS_", "VIRTUAL_ENV"))}
    env.update(
        WINEPREFIX=str(PREFIX), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=",
        WINEPATH=r"C:\Python311\Scripts;C:\Python311",
        # No PYTHONUTF8: the build runs in Windows' own code page, as on a build PC (the tools
        # make their own output UTF-8).
        WINEQT_QPA_PLATFORM="offscreen",
    )
    for key, value in extra.items():
        # Qt's variables reach the Windows process only with the WINE prefix.
        env[("WINE" + key) if key.startswith("QT_") else key] = value
    return env


def wine(args: list[str], *, check: bool = True, echo: bool = True, timeout: float = 1800,
         cwd: Path = ROOT, **extra: str) -> subprocess.CompletedProcess[str]:
    """Run `wine ARGS` with piped output (echoed line by line when `echo`); returns the result."""
    started = time.perf_counter()
    proc = subprocess.Popen(["wine", *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, env=wine_env(**extra), cwd=cwd,
                            text=True, encoding="utf-8", errors="replace")
    lines: list[str] = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            lines.append(line)
            if echo:
                sys.stdout.write(line)
                sys.stdout.flush()
        code = proc.wait(timeout=max(1.0, timeout - (time.perf_counter() - started)))
    except subprocess.TimeoutExpired:
        proc.kill()
        raise SystemExit(f"wine {' '.join(args[:3])} …: no end after {timeout:.0f} s") from None
    result = subprocess.CompletedProcess(["wine", *args], code, "".join(lines), "")
    if check and code != 0:
        tail = "" if echo else "".join(lines[-40:])
        raise SystemExit(f"{tail}wine {' '.join(args[:4])} … failed with exit code {code}")
    return result


def python(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    """The Windows Python under Wine."""
    return wine([WIN_PYTHON, *args], **kwargs)


def wait_for_wineserver() -> None:
    """Let the prefix's wineserver finish writing the registry (before a copy or the end)."""
    subprocess.run(["wineserver", "-w"], env=wine_env(), check=False)


def drive_c_user_data() -> Path:
    """%LOCALAPPDATA%\\Gespraechskompass of the prefix's user, as a Linux path."""
    user = os.environ.get("USER") or "root"
    return PREFIX / "drive_c" / "users" / user / "AppData" / "Local" / "Gespraechskompass"


class Step:
    """Times one step of the build and prints it, so a slow step shows in every log."""

    timings: list[tuple[str, float]] = []

    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> Step:
        print(f"\n== {self.name}", flush=True)
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        seconds = time.perf_counter() - self.t0
        Step.timings.append((self.name, seconds))
        print(f"== {self.name}: {seconds:.1f} s", flush=True)

    @classmethod
    def summary(cls) -> str:
        total = sum(s for _, s in cls.timings)
        return "\n".join([f"  {s:7.1f} s  {n}" for n, s in cls.timings]
                         + [f"  {total:7.1f} s  in all"])
