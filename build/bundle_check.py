"""Checks of a finished bundle: it runs headless, and it never writes into its own folder.

Used by make_bundle.py --ci, tests/test_bundle.py and bench/bench_bundle.py. Write protection
is checked honestly: as root, a read-only file mode does not stop writes, so the copy's every
path, size and modification time is recorded before and compared after the runs.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = "gespraechskompass"
Snapshot = dict[str, tuple[str, int, int]]  # relative path: (kind, size, mtime_ns)


def executable(bundle: Path, name: str = APP) -> Path:
    """The console executable of a bundle folder (on Windows the -cli one)."""
    if sys.platform == "win32":
        cli = bundle / f"{name}-cli.exe"
        return cli if cli.exists() else bundle / f"{name}.exe"
    return bundle / name


def snapshot(folder: Path) -> Snapshot:
    """Every file, folder and symlink below `folder` with its size and modification time."""
    found: Snapshot = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            kind = "link" if stat.S_ISLNK(st.st_mode) else "dir" if stat.S_ISDIR(st.st_mode) \
                else "file"
            # A folder's size and mtime change when an entry is added or removed in it.
            found[str(path.relative_to(folder))] = (kind, st.st_size, st.st_mtime_ns)
    return found


def differences(before: Snapshot, after: Snapshot) -> list[str]:
    """Human-readable changes between two snapshots (empty: unchanged)."""
    changes = [f"neu: {p}" for p in sorted(after.keys() - before.keys())]
    changes += [f"entfernt: {p}" for p in sorted(before.keys() - after.keys())]
    changes += [f"geändert: {p}" for p in sorted(before.keys() & after.keys())
                if before[p] != after[p]]
    return changes


def app_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for a headless run with its own data folder and no inherited policy."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GESPRAECHSKOMPASS_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", GESPRAECHSKOMPASS_HOME=str(home), **extra)
    return env


def run_app(exe: Path, args: list[str], home: Path, timeout: float = 120,
            **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], env=app_env(home, **extra), capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout,
                          stdin=subprocess.DEVNULL)


def _make_read_only(folder: Path) -> None:
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                path.chmod(path.stat().st_mode & ~0o222)
    folder.chmod(folder.stat().st_mode & ~0o222)


def _make_writable(folder: Path) -> None:
    folder.chmod(folder.stat().st_mode | 0o200)
    for dirpath, dirnames, _ in os.walk(folder):
        for name in dirnames:
            (Path(dirpath) / name).chmod((Path(dirpath) / name).stat().st_mode | 0o200)


def read_only_copy_check(bundle: Path) -> list[str]:
    """Run self-test and a short GUI start from a read-only copy; return the problems found."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="gk-readonly-") as tmp:
        copy = Path(tmp) / bundle.name
        shutil.copytree(bundle, copy, symlinks=True)
        _make_read_only(copy)
        before = snapshot(copy)
        exe = executable(copy)
        try:
            result = run_app(exe, ["self-test"], Path(tmp) / "home-selftest")
            if result.returncode != 0:
                problems.append(f"self-test aus der Kopie: Exit-Code {result.returncode}\n"
                                f"{result.stdout}{result.stderr}")
            result = run_app(exe, [], Path(tmp) / "home-gui", GESPRAECHSKOMPASS_EXIT_WHEN_IDLE="1")
            if result.returncode != 0:
                problems.append(f"GUI-Start aus der Kopie: Exit-Code {result.returncode}\n"
                                f"{result.stderr}")
            problems += [f"in den Programmordner geschrieben: {c}"
                         for c in differences(before, snapshot(copy))]
        finally:
            _make_writable(copy)
    return problems


def folder_size(folder: Path) -> int:
    """Bytes of all files below a folder (symlinks counted as links, not followed)."""
    return sum(st.st_size for st in (p.lstat() for p in folder.rglob("*"))
               if not stat.S_ISDIR(st.st_mode))


def main() -> int:
    """`python build/bundle_check.py [BUNDLE]`: the read-only copy check on its own."""
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / APP
    problems = read_only_copy_check(bundle)
    for problem in problems:
        print(problem)
    print("OK: nichts in den Programmordner geschrieben." if not problems else "FEHLER")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
