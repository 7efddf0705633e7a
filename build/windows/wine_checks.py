"""What CI proves about the Windows deliverable, under Wine (called by wine_build.py).

1. The bundle: no stand-in DLL, no OpenSSL, no Qt Network; every DLL its PE files import is in
   the bundle or on build/windows/system-dlls.txt (so a missing runtime DLL fails the build).
2. Signatures on both executables and the MSI verify; both carry the version resource.
3. The MSI installs silently per machine into Program Files; the installed self-test passes;
   the installed GUI starts (offscreen) to its idle window and exits 0; the Visual C++ runtime
   it loads is the bundle's own copy.
4. Every ADMX policy set with `reg add` is honoured and reported as locked by
   `gespraechskompass-cli config`; a value of the wrong type is reported, not crashed on.
5. A data folder on a network drive is refused with the German message.
6. An upgrade from a lower version keeps the journal; a downgrade is refused; uninstall removes
   every program file and keeps the user data; uninstall with REMOVEUSERDATA=1 removes it.

Each check prints "OK …" or "FEHLER …"; the run fails if any check failed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import standins
from winehost import (
    APP,
    PREFIX,
    ROOT,
    WORK,
    Step,
    drive_c_user_data,
    wait_for_wineserver,
    wine,
    winpath,
)

INSTALLED = PREFIX / "drive_c" / "Program Files" / "Gespraechskompass"
INSTALLED_WIN = r"C:\Program Files\Gespraechskompass"
CLI = INSTALLED_WIN + rf"\{APP}-cli.exe"
GUI = INSTALLED_WIN + rf"\{APP}.exe"
POLICY_KEY = r"HKLM\Software\Policies\Gespraechskompass"
SYSTEM_DLLS = ROOT / "build" / "windows" / "system-dlls.txt"
ADMX = ROOT / "build" / "windows" / "policy" / "gespraechskompass.admx"
ADMX_NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
LOWER_VERSION = "0.0.1"  # the "previous release" for the upgrade check, built from this tree
NETWORK_DRIVE = "n:"
ARP_NAME = '"Gespr\\x00e4chskompass"'  # as Wine's system.reg writes „Gesprächskompass“

results: list[tuple[bool, str]] = []


def report(ok: bool, text: str) -> bool:
    results.append((ok, text))
    print(f"{'OK     ' if ok else 'FEHLER '} {text}", flush=True)
    return ok


# -- 1. the bundle -------------------------------------------------------------------------

def pe_imports(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    return [m.group(1).lower() for m in re.finditer(r"DLL Name: (\S+)", out)]


def system_dlls() -> set[str]:
    lines = SYSTEM_DLLS.read_text("utf-8").splitlines()
    return {line.split("#")[0].strip().lower() for line in lines if line.split("#")[0].strip()}


def check_bundle(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file()]
    names = {p.name.lower() for p in files}
    for standin in standins.NAMES:
        report(standin not in names, f"Stand-in {standin} ist nicht im Bundle")
    openssl = sorted(p.name for p in files if re.match(r"lib(ssl|crypto)", p.name.lower())
                     or p.name.lower() in ("_ssl.pyd", "_hashlib.pyd"))
    report(not openssl, f"kein OpenSSL im Bundle {openssl or ''}".rstrip())
    network = sorted(p.name for p in files if "qt6network" in p.name.lower()
                     or "qtnetwork" in p.name.lower())
    report(not network, f"kein Qt Network im Bundle {network or ''}".rstrip())
    allowed = system_dlls()
    missing: dict[str, set[str]] = {}
    pe_files = [p for p in files if p.suffix.lower() in (".exe", ".dll", ".pyd")]
    for path in pe_files:
        for dll in pe_imports(path):
            if dll in names or dll in allowed or dll.startswith(("api-ms-win-", "ext-ms-win-")):
                continue
            missing.setdefault(dll, set()).add(path.relative_to(bundle).as_posix())
    detail = "; ".join(f"{dll} (von {', '.join(sorted(users)[:3])})"
                       for dll, users in sorted(missing.items()))
    report(not missing, f"DLL-Importe von {len(pe_files)} PE-Dateien: alle im Bundle oder "
                        f"Windows-Systembibliotheken (system-dlls.txt)"
                        + (f"; fehlen: {detail}" if missing else ""))


# -- 2. signatures and version resource -----------------------------------------------------

def version_strings(exe: Path) -> dict[str, str]:
    """The version resource's strings: each is its UTF-16 key, a NUL, padding, the value."""
    data = exe.read_bytes()
    found = {}
    for key in ("CompanyName", "ProductName", "FileDescription", "FileVersion",
                "ProductVersion", "OriginalFilename"):
        pattern = re.escape(key.encode("utf-16-le")) + rb"\x00\x00(?:\x00\x00)?((?:[^\x00].|\x00[^\x00])*?)\x00\x00"
        match = re.search(pattern, data, re.DOTALL)
        if match:
            raw = match.group(1)
            found[key] = raw[: len(raw) // 2 * 2].decode("utf-16-le", "replace")
    return found


def check_signed(paths: list[Path], signer) -> None:
    for path in paths:
        try:
            who = signer.verify(path)
            report(True, f"Signatur von {path.name} gültig ({who})")
        except SystemExit as exc:
            report(False, f"Signatur von {path.name}: {exc}")


def check_version_resource(bundle: Path, version: str) -> None:
    for exe in (bundle / f"{APP}.exe", bundle / f"{APP}-cli.exe"):
        strings = version_strings(exe)
        ok = (strings.get("FileVersion") == version and strings.get("ProductVersion") == version
              and strings.get("OriginalFilename") == exe.name
              and strings.get("ProductName") == "Gesprächskompass"
              and bool(strings.get("CompanyName")) and bool(strings.get("FileDescription")))
        report(ok, f"Versionsressource von {exe.name}: {strings}")


# -- 3. install, self-test, GUI --------------------------------------------------------------

def msiexec(*args: str, log: str) -> int:
    result = wine(["msiexec", *args, "/qn", "/l*v", winpath(WORK / f"msi-{log}.log")],
                  check=False, echo=False, timeout=600)
    wait_for_wineserver()
    return result.returncode


def installed_version() -> str:
    """DisplayVersion of every "Gesprächskompass" entry in Add/Remove Programs (comma-joined).

    Read from the prefix's system.reg (Wine's reg.exe has no `query /f`); non-ASCII characters
    are written there as \\x escapes.
    """
    wait_for_wineserver()
    versions = []
    section = ""
    name = version = None
    for line in (PREFIX / "system.reg").read_text("utf-8", "replace").splitlines() + ["["]:
        if line.startswith("["):
            if "CurrentVersion\\\\Uninstall\\\\" in section and name == ARP_NAME and version:
                versions.append(version)
            section, name, version = line, None, None
        elif line.startswith('"DisplayName"='):
            name = line.split("=", 1)[1]
        elif line.startswith('"DisplayVersion"='):
            version = line.split("=", 1)[1].strip('"')
    return ",".join(sorted(versions))


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return wine([CLI, *args], check=False, echo=False, timeout=300, **env)


def gui_start(mode: str) -> int:
    """The installed windowed exe, offscreen, until its idle window (Wine: no display)."""
    result = wine([GUI], check=False, echo=False, timeout=300,
                  GESPRAECHSKOMPASS_EXIT_WHEN_IDLE=mode, QT_QPA_PLATFORM="offscreen")
    wait_for_wineserver()
    # Wine reuses small process ids, so QLockFile could take a stale lock for a live app.
    (drive_c_user_data() / "app.lock").unlink(missing_ok=True)
    return result.returncode


def check_install(msi: Path, version: str) -> None:
    code = msiexec("/i", winpath(msi), log="install")
    report(code == 0 and (INSTALLED / f"{APP}-cli.exe").exists(),
           f"MSI still installiert (Exit {code}) nach {INSTALLED_WIN}")
    report(installed_version() == version, f"installierte Version {installed_version()}")
    result = cli("self-test")
    report(result.returncode == 0, "installierter self-test: "
           + (f"{result.stdout.count('OK')} Prüfungen OK" if result.returncode == 0
              else result.stdout[-1500:]))
    code = gui_start("shown")
    report(code == 0, f"installierte GUI startet (offscreen) bis zum Fenster, Exit {code}")
    check_runtime_from_bundle()


def check_runtime_from_bundle() -> None:
    """The Visual C++ runtime the installed app loads is the bundle's one copy in _internal/
    (found through the bootloader's DLL directory), never a System32 copy that a PC may or may
    not have. Wine's loader trace names the file it resolved (Wine then maps its own
    implementation of the runtime in its place, so this proves the search, not the DLL)."""
    result = cli("self-test", WINEDEBUG="+loaddll")
    loaded = {path.replace("\\\\", "\\") for path in re.findall(
        r'Loaded L"([^"]*(?:msvcp|vcruntime)140[^"]*\.dll)"', result.stdout, re.IGNORECASE)}
    outside = sorted(p for p in loaded if not p.lower().startswith(INSTALLED_WIN.lower()))
    report(bool(loaded) and not outside and result.returncode == 0,
           f"Visual-C++-Laufzeit aus dem Programmordner geladen ({len(loaded)} DLLs)"
           + (f"; von außerhalb: {outside}" if outside else ""))


# -- 4. policies -------------------------------------------------------------------------------

def admx_policies() -> list[tuple[str, str, str, object]]:
    """(value name, reg type, reg data, expected setting) for every policy of the ADMX."""
    sys.path.insert(0, str(ROOT))
    from desktop.core import config

    tree = ET.parse(ADMX)
    found = []
    for policy in tree.getroot().iterfind(".//p:policy", ADMX_NS):
        if policy.get("valueName"):  # an on/off policy (0/1): set it against the default
            name = policy.get("valueName")
            wanted = not config.DEFAULTS[name][0]
            found.append((name, "REG_DWORD", str(int(wanted)), wanted))
        for element in policy.iterfind("p:elements/*", ADMX_NS):
            name = element.get("valueName")
            tag = element.tag.split("}")[1]
            if tag == "text":
                expandable = element.get("expandable") == "true"
                data = "%LOCALAPPDATA%\\GK-Richtlinie\\" + name if expandable else name
                expected = rf"C:\users\{_wine_user()}\AppData\Local\GK-Richtlinie\{name}" \
                    if expandable else name
                found.append((name, "REG_EXPAND_SZ" if expandable else "REG_SZ", data,
                              expected))
            elif tag == "decimal":  # a number in range that is not the default
                default = config.DEFAULTS[name][0]
                value = default + 1 if default + 1 <= int(element.get("maxValue", "1000")) \
                    else default - 1
                found.append((name, "REG_DWORD", str(value), value))
            elif tag == "enum":  # the first choice that is not the default
                choices = [c.text for c in element.iterfind(".//p:string", ADMX_NS)]
                value = next(c for c in choices if c != config.DEFAULTS[name][0])
                found.append((name, "REG_SZ", value, value))
            elif tag == "list":
                found.append((name, "REG_MULTI_SZ", r"C:\Szenarien\A\0C:\Szenarien\B",
                              [r"C:\Szenarien\A", r"C:\Szenarien\B"]))
    return found


def _wine_user() -> str:
    return drive_c_user_data().parents[2].name


def reg(*args: str) -> int:
    return wine(["reg", *args], check=False, echo=False).returncode


def config_report() -> tuple[int, dict]:
    result = cli("config", "--json")
    try:
        return result.returncode, json.loads(result.stdout[result.stdout.index("{"):])
    except ValueError:
        return result.returncode, {"error": result.stdout[-1500:]}


def check_policies() -> None:
    policies = admx_policies()
    reg("delete", POLICY_KEY, "/f")
    for name, kind, data, _expected in policies:
        reg("add", POLICY_KEY, "/v", name, "/t", kind, "/d", data, "/f")
    wait_for_wineserver()
    _code, found = config_report()
    settings = found.get("settings", {})
    for name, _kind, _data, expected in policies:
        entry = settings.get(name, {})
        report(entry.get("value") == expected and entry.get("locked") is True
               and entry.get("source") == "policy",
               f"Richtlinie {name} ({_kind}) wirksam und gesperrt: {entry or found}")
    report(not found.get("problems"), f"keine Probleme gemeldet {found.get('problems') or ''}")
    # A value of the wrong type: reported in German, the rest of the policy still applies.
    reg("add", POLICY_KEY, "/v", "font_size", "/t", "REG_SZ", "/d", "14", "/f")
    wait_for_wineserver()
    code, found = config_report()
    problems = " ".join(found.get("problems", []))
    report(code == 1 and "falschen Registry-Typ" in problems
           and found.get("settings", {}).get("language", {}).get("locked") is True,
           f"falscher Typ (font_size als REG_SZ) gemeldet, Exit {code}: {problems or found}")
    reg("delete", POLICY_KEY, "/f")
    wait_for_wineserver()


# -- 5. network drive --------------------------------------------------------------------------

def check_network_drive(share: Path) -> None:
    """A Wine drive declared as a network drive (GetDriveTypeW = DRIVE_REMOTE) as data folder."""
    share.mkdir(parents=True, exist_ok=True)
    link = PREFIX / "dosdevices" / NETWORK_DRIVE
    link.unlink(missing_ok=True)
    link.symlink_to(share)
    reg("add", r"HKLM\Software\Wine\Drives", "/v", NETWORK_DRIVE, "/t", "REG_SZ", "/d",
        "network", "/f")
    reg("add", POLICY_KEY, "/v", "data_folder", "/t", "REG_SZ", "/d",
        NETWORK_DRIVE.upper() + r"\Gespraechskompass", "/f")
    wait_for_wineserver()
    code, found = config_report()
    refused = (found.get("data_folder") or {}).get("refused") or ""
    report(code == 1 and "Netzlaufwerk" in refused and not any(share.iterdir()),
           f"Datenordner auf Netzlaufwerk {NETWORK_DRIVE.upper()} abgelehnt: {refused or found}")
    reg("delete", POLICY_KEY, "/f")
    reg("delete", r"HKLM\Software\Wine\Drives", "/v", NETWORK_DRIVE, "/f")
    link.unlink(missing_ok=True)
    wait_for_wineserver()


# -- 6. upgrade, downgrade, uninstall ---------------------------------------------------------

def write_journal(folder: Path, entries: int) -> None:
    """A journal with real entries, written with the app's own code on the Linux side."""
    sys.path.insert(0, str(ROOT))
    from desktop.core import config, paths
    from desktop.core.journal import Journal
    from desktop.core.practice.session import PracticeSession

    journal = Journal.open(paths.DataPaths(folder), config.load(None, policy={}))
    try:
        for n in range(entries):
            journal.save(PracticeSession.eigener_fall(f"Upgrade-Prüfung {n + 1}"))
    finally:
        journal.close()


def journal_sessions() -> int | None:
    result = cli("journal", "stats", "--json")
    try:
        return json.loads(result.stdout[result.stdout.index("{"):])["sessions"]
    except (ValueError, KeyError):
        print(result.stdout[-1500:])
        return None


def check_lifecycle(msi: Path, lower_msi: Path, version: str) -> None:
    data = drive_c_user_data()
    msiexec("/x", winpath(msi), log="uninstall-before-upgrade")
    shutil.rmtree(data, ignore_errors=True)
    code = msiexec("/i", winpath(lower_msi), log="install-lower")
    report(code == 0 and installed_version() == LOWER_VERSION,
           f"Vorversion {LOWER_VERSION} installiert (Exit {code})")
    write_journal(data, 3)
    before = journal_sessions()
    code = msiexec("/i", winpath(msi), log="upgrade")
    after = journal_sessions()
    report(code == 0 and installed_version() == version and before == after == 3,
           f"Upgrade {LOWER_VERSION} → {version} (Exit {code}): installiert "
           f"{installed_version()}, Journal vorher {before}, nachher {after} Einträge")
    code = msiexec("/i", winpath(lower_msi), log="downgrade")
    report(code != 0 and installed_version() == version,
           f"Downgrade auf {LOWER_VERSION} abgelehnt (Exit {code}), installiert bleibt "
           f"{installed_version()}")
    code = msiexec("/x", winpath(msi), log="uninstall")
    left = sorted(p.relative_to(INSTALLED).as_posix() for p in INSTALLED.rglob("*")) \
        if INSTALLED.exists() else []
    report(code == 0 and not left and not installed_version(),
           f"Deinstallation (Exit {code}) entfernt alle Programmdateien"
           + (f"; übrig: {left[:5]}" if left else ""))
    report((data / "journal.sqlite3").exists(),
           f"Deinstallation behält die Benutzerdaten ({data.name} mit Journal)")
    msiexec("/i", winpath(msi), log="reinstall")
    code = msiexec("/x", winpath(msi), "REMOVEUSERDATA=1", log="uninstall-removeuserdata")
    report(code == 0 and not data.exists() and not INSTALLED.exists(),
           f"Deinstallation mit REMOVEUSERDATA=1 (Exit {code}) entfernt auch "
           f"%LOCALAPPDATA%\\Gespraechskompass: {'noch da' if data.exists() else 'entfernt'}")


def run_all(bundle: Path, msi: Path, signer, build_msi: Callable[..., Path]) -> int:
    sys.path.insert(0, str(ROOT))
    from desktop import __version__ as version

    with Step("checks: bundle contents, DLL imports, version resource, signatures"):
        check_bundle(bundle)
        check_version_resource(bundle, version)
        check_signed([bundle / f"{APP}.exe", bundle / f"{APP}-cli.exe", msi], signer)
    with Step("checks: MSI install, installed self-test and GUI start"):
        check_install(msi, version)
        check_signed([INSTALLED / f"{APP}.exe", INSTALLED / f"{APP}-cli.exe"], signer)
    with Step("checks: ADMX policies in the registry"):
        check_policies()
    with Step("checks: data folder on a network drive"):
        check_network_drive(WORK / "network-share")
    with Step("checks: upgrade, downgrade, uninstall"):
        lower = build_msi(bundle, LOWER_VERSION,
                          WORK / f"Gespraechskompass-{LOWER_VERSION}-x64.msi")
        check_lifecycle(msi, lower, version)
    failed = [text for ok, text in results if not ok]
    print(f"\nWindows checks: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0
