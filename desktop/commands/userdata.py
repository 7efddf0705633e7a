"""`remove-user-data [--all-profiles]`: delete the app's user data (design.md §4).

Without options: the current user's data folder (journal, backups, logs, settings). With
`--all-profiles` (the MSI runs this as SYSTEM on `msiexec /x … REMOVEUSERDATA=1`): the data
folder in every user profile of this computer, found through the registry's profile list and
the profiles folder on Windows, the user database's home folders elsewhere. A folder that IT
moved elsewhere by policy (`data_folder`, `backup_folder`) is removed only if it holds a
journal, and never a drive's root. Without `--all-profiles` it asks first when run in a
terminal (`--ja` skips that).
Each removal is printed and, with `--all-profiles` on Windows, logged to
%WINDIR%\\Temp\\Gespraechskompass-Benutzerdaten-entfernt.log. Exit 0 when everything found was
removed, 1 when something could not be (a file still open, no permission).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

LOG_NAME = "Gespraechskompass-Benutzerdaten-entfernt.log"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("remove-user-data", help="die Daten der App löschen (Journal, "
                                                     "Sicherungen, Protokolle, Einstellungen)",
                            description="Löscht den Datenordner des Benutzers; mit "
                                        "--all-profiles die Datenordner aller Benutzer dieses "
                                        "Computers (für die IT, als Administrator).")
    parser.add_argument("--all-profiles", action="store_true",
                        help="die Daten aller Benutzerprofile löschen")
    parser.add_argument("--ja", action="store_true", help="ohne Rückfrage löschen")
    parser.set_defaults(func=run_remove)


def _windows_profiles() -> list[Path]:  # pragma: no cover - Windows registry
    if sys.platform != "win32":  # also tells the type checker where winreg exists
        return []
    import winreg

    key_name = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
    profiles: list[Path] = []
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key_name)
    except OSError:
        return profiles
    with key:
        roots = []
        for value_name in ("ProfilesDirectory",):
            try:
                roots.append(winreg.ExpandEnvironmentStrings(
                    winreg.QueryValueEx(key, value_name)[0]))
            except OSError:
                pass
        index = 0
        while True:
            try:
                sid = winreg.EnumKey(key, index)
            except OSError:
                break
            index += 1
            try:
                with winreg.OpenKey(key, sid) as profile:
                    path = winreg.QueryValueEx(profile, "ProfileImagePath")[0]
                profiles.append(Path(winreg.ExpandEnvironmentStrings(path)))
            except OSError:
                continue
    # Profiles the list does not know (copied in, list damaged): every folder of the root.
    for root in roots:
        try:
            profiles += [p for p in Path(root).iterdir() if p.is_dir()]
        except OSError:
            pass
    return profiles


def profile_data_folders() -> list[Path]:
    """The app's default data folder in every user profile of this computer."""
    from desktop.core import paths

    if sys.platform == "win32":
        return [p / "AppData" / "Local" / paths.APP_DIR_NAME for p in _windows_profiles()]
    import pwd

    own = paths.default_data_dir()
    try:
        relative = own.relative_to(Path.home())
    except ValueError:
        return [own]
    return [Path(entry.pw_dir) / relative for entry in pwd.getpwall()]


def policy_folders() -> list[Path]:
    """Folders IT moved the data or backups to: only those that hold a journal."""
    from desktop.core import config

    policy, _problems = config.read_policy()
    found = []
    for key in ("data_folder", "backup_folder"):
        value = policy.get(key)
        if not value:
            continue
        folder = Path(os.path.expandvars(value)).expanduser()
        holds_journal = any(folder.glob("journal*.sqlite3"))
        if holds_journal and folder != Path(folder.anchor):
            found.append(folder)
    return found


def targets(all_profiles: bool) -> list[Path]:
    from desktop.app import resolve_settings
    from desktop.core import paths

    found = [paths.default_data_dir()]
    if all_profiles:
        found += profile_data_folders() + policy_folders()
    else:
        _settings, data = resolve_settings()
        found.append(data.root)
    unique: dict[str, Path] = {}
    for folder in found:
        unique.setdefault(os.path.normcase(str(folder.absolute())), folder)
    return [f for f in unique.values() if f.exists()]


def _log(lines: list[str]) -> None:
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if sys.platform != "win32" or not windir:
        return
    try:
        with open(Path(windir) / "Temp" / LOG_NAME, "a", encoding="utf-8") as log:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            log.writelines(f"{stamp} {line}\n" for line in lines)
    except OSError:
        pass  # the log is a courtesy; the uninstall goes on


def run_remove(args: argparse.Namespace) -> int:
    folders = targets(args.all_profiles)
    if not folders:
        print("Keine Daten von Gesprächskompass gefunden.")
        _log(["Entfernen der Benutzerdaten: keine gefunden"])
        return 0
    # --all-profiles is IT's (and the MSI's, which has no one to answer): it never asks.
    if not (args.ja or args.all_profiles) and sys.stdin is not None and sys.stdin.isatty():
        print("Diese Ordner werden mit allen Journal-Einträgen, Sicherungen und Einstellungen "
              "gelöscht:\n  " + "\n  ".join(str(f) for f in folders))
        try:
            answer = input("Wirklich löschen? [j/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("j", "ja"):
            print("Nichts gelöscht.")
            return 1
    lines = ["Entfernen der Benutzerdaten"]
    failed = False
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            failed = True
            lines.append(f"NICHT vollständig entfernt (Datei geöffnet oder keine Berechtigung): "
                         f"{folder}")
        else:
            lines.append(f"entfernt: {folder}")
    print("\n".join(lines[1:]))
    _log(lines)
    return 1 if failed else 0
