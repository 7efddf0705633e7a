"""Build the one-folder bundle, its SBOM and the Linux tarball: `make bundle`.

    python build/make_bundle.py          build dist/gespraechskompass/ and the tarball
    python build/make_bundle.py --ci     the same, then check the frozen app (self-test offscreen,
                                         read-only copy, size limit, install.sh) and fail on a
                                         finding

PyInstaller's work folder is pyinstaller-work/ (kept between runs, so a rebuild is fast), the
output goes to dist/. PYTHONHASHSEED and SOURCE_DATE_EPOCH are fixed for reproducible builds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build"), str(ROOT)]

import bundle_check  # noqa: E402
import bundle_rules  # noqa: E402
import linux_package  # noqa: E402

APP = "gespraechskompass"
SPEC = ROOT / "build" / f"{APP}.spec"
WORK = ROOT / "pyinstaller-work"
DIST = ROOT / "dist"
TRANSLATIONS = ROOT / "resources" / "translations"
# 10^6 bytes, the targets of docs/performance.md (bench_bundle, bench_windows): a library
# creeping in fails the build. The Windows bundle needs no ICU, fontconfig or X11 of its own.
# Windows: 61 MB since the twelfth session (was 60 with 0.5 MB to spare at 59.5): the app's
# own personal-data rules and their compiled-pattern store grew it to 60.16 MB, everything
# else being as squeezed as it goes (docs/performance.md, "Anonymiser, twelfth session");
# the smallest library the bundle leaves out on purpose (_decimal, 0.25 MB) still fails it.
SIZE_LIMIT_MB = 61 if sys.platform == "win32" else 110
COMMIT_ENV = "GESPRAECHSKOMPASS_BUILD_COMMIT"  # the commit, when git cannot be called (Wine)


def version() -> str:
    from desktop import __version__

    return __version__


def source_date_epoch() -> int:
    """The time stamp every built file carries: SOURCE_DATE_EPOCH or the last commit's time."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int(time.time())


def _git_commit() -> str:
    if os.environ.get(COMMIT_ENV):
        return os.environ[COMMIT_ENV]
    try:
        return subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _tool(name: str) -> str:
    """A console script of this environment (pyside6-lrelease, …).

    A venv has them beside python, a Windows Python without venv in its Scripts folder.
    """
    for scripts in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        for candidate in (scripts / name, scripts / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: is PySide6 installed in this environment?")
    return found


def compile_translations() -> list[str]:
    """Compile every resources/translations/*.ts to .qm; returns the languages compiled."""
    languages = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
        languages.append(ts.stem.rsplit("_", 1)[-1])
    return languages


def write_build_info(path: Path, languages: list[str], source_date: int) -> None:
    """build-info.json in the bundle: what self-test expects and what IT may ask for."""
    from PySide6 import __version__ as pyside_version

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "version": version(), "commit": _git_commit(),
        "source_date": time.strftime("%Y-%m-%d", time.gmtime(source_date)),
        "translations": languages, "python": platform.python_version(),
        "pyside6": pyside_version, "platform": sys.platform,
    }, indent=2) + "\n", "utf-8")


def run_pyinstaller(spec_args: list[str], distpath: Path, workpath: Path,
                    script: Path | None = None) -> None:
    """PyInstaller with our spec (or, with `script`, its defaults: the naive baseline)."""
    # zlib's best compression for the Python archive (PyInstaller's default is 6): a few per
    # cent smaller, and inflating costs the same.
    env = {**os.environ, "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": str(source_date_epoch()),
           "PYINSTALLER_ZLIB_COMPRESSION_LEVEL": "9"}
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--workpath", str(workpath), "--distpath", str(distpath)]
    if script is not None:
        cmd += ["--onedir", "--specpath", str(workpath), *spec_args, str(script)]
    else:
        cmd += [str(SPEC), "--", *spec_args]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)


def verify_bundle(bundle: Path) -> list[str]:
    """Problems with the bundle's contents: forbidden libraries, missing pieces."""
    problems = []
    for path in bundle.rglob("*"):
        rel = path.relative_to(bundle).as_posix()
        if path.is_file() and bundle_rules.is_forbidden(rel):
            problems.append(f"forbidden library in the bundle: {rel}")
        if "QtNetwork" in path.name:
            problems.append(f"QtNetwork in the bundle: {rel}")
    internal = bundle / "_internal"
    for needed in ("resources/icons/gespraechskompass.png", "scenarios", "build-info.json"):
        if not (internal / needed).exists():
            problems.append(f"missing in the bundle: {needed}")
    if not bundle_check.executable(bundle).exists():
        problems.append("the executable is missing")
    return problems


def _shown(path: Path) -> str:
    """A path for the log: relative to the checkout when inside it (--dist may be elsewhere)."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def build(tarball: bool = True, sbom: bool = True, dist: Path = DIST, work: Path = WORK) -> Path:
    """Build dist/gespraechskompass (and its SBOM and tarball); returns the bundle folder."""
    steps: list[tuple[str, float]] = []
    t0 = time.perf_counter()
    source_date = source_date_epoch()
    languages = compile_translations()
    info = work / "build-info.json"
    write_build_info(info, languages, source_date)
    run_pyinstaller(["--build-info", str(info)], dist, work)
    bundle = dist / APP
    steps.append(("pyinstaller", time.perf_counter() - t0))
    problems = verify_bundle(bundle)
    if problems:
        raise SystemExit("bundle check failed:\n  " + "\n  ".join(problems))
    if sbom:
        import sbom as sbom_module

        t1 = time.perf_counter()
        present = sbom_module.bundled_names(bundle, work / APP / "PYZ-00.toc")
        sbom_module.write_sbom(bundle / "sbom.cdx.json", ROOT, str(source_date), present)
        steps.append(("sbom", time.perf_counter() - t1))
    if tarball and sys.platform.startswith("linux"):
        t1 = time.perf_counter()
        out = linux_package.make_tarball(bundle, dist, version(), source_date)
        steps.append(("tarball", time.perf_counter() - t1))
        print(f"tarball: {_shown(out)} ({out.stat().st_size / 1e6:.1f} MB)")
    size = bundle_check.folder_size(bundle)
    print(f"bundle: {_shown(bundle)} ({size / 1e6:.1f} MB); translations: "
          f"{', '.join(languages) or 'none'}; "
          + ", ".join(f"{name} {secs:.0f} s" for name, secs in steps))
    return bundle


def _check_install_script(tarball: Path) -> list[str]:
    """Unpack the tarball, install per user into a scratch HOME, run it, uninstall."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="gk-install-") as tmp:
        with tarfile.open(tarball) as tar:
            tar.extractall(tmp, filter="tar")
        top = next(Path(tmp).iterdir())
        home = Path(tmp) / "home"
        env = {**os.environ, "HOME": str(home)}
        env.pop("XDG_DATA_HOME", None)
        for args in (["install.sh"], ["install.sh", "--uninstall"]):
            result = subprocess.run(["sh", *args], cwd=top, env=env, capture_output=True,
                                    text=True)
            if result.returncode != 0:
                problems.append(f"{' '.join(args)}: exit {result.returncode}: {result.stderr}")
                return problems
            if args == ["install.sh"]:
                exe = home / ".local/opt" / APP / APP
                desktop = home / ".local/share/applications" / f"{APP}.desktop"
                run = bundle_check.run_app(exe, ["--version"], home / "data")
                if run.returncode != 0 or "Gesprächskompass" not in run.stdout:
                    problems.append(f"installed app does not run: {run.stderr}")
                if f'Exec="{exe}"' not in desktop.read_text("utf-8"):
                    problems.append("the installed .desktop file does not point to the app")
        if (home / ".local/opt" / APP).exists():
            problems.append("install.sh --uninstall left the program folder behind")
    return problems


def ci_checks(bundle: Path) -> int:
    """The frozen app's checks for CI; returns the exit code."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="gk-selftest-") as home:
        result = bundle_check.run_app(bundle_check.executable(bundle), ["self-test"], Path(home))
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    if result.returncode != 0:
        problems.append(f"frozen self-test failed (exit {result.returncode})")
    problems += bundle_check.read_only_copy_check(bundle)
    size_mb = bundle_check.folder_size(bundle) / 1e6
    if size_mb > SIZE_LIMIT_MB:
        problems.append(f"bundle is {size_mb:.1f} MB, over the limit of {SIZE_LIMIT_MB} MB")
    tarball = bundle.parent / linux_package.tarball_name(version())
    checked = ["self-test", "read-only copy", f"size ({size_mb:.1f} MB ≤ {SIZE_LIMIT_MB} MB)"]
    if sys.platform.startswith("linux") and tarball.exists():
        problems += _check_install_script(tarball)
        checked.append("install.sh")
    for problem in problems:
        print(f"FEHLER  {problem}", file=sys.stderr)
    if not problems:
        print(f"bundle checks: {', '.join(checked)}: all OK")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make_bundle.py", description=__doc__.split("\n")[0])
    parser.add_argument("--ci", action="store_true", help="build, then check the frozen app")
    parser.add_argument("--no-tarball", action="store_true")
    parser.add_argument("--no-sbom", action="store_true")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=WORK, help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    # A pipe on Windows gets the ANSI code page (cp1252), which has no "→" for the self-test's
    # output: the tool's own output is UTF-8 everywhere, as the app's command line is.
    from desktop.cli import utf8_stdio

    utf8_stdio()
    t0 = time.perf_counter()
    bundle = build(tarball=not args.no_tarball, sbom=not args.no_sbom, dist=args.dist,
                   work=args.work)
    code = ci_checks(bundle) if args.ci else 0
    print(f"make_bundle: {time.perf_counter() - t0:.0f} s in all")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
