"""`config`: the effective settings, each with where it came from, for IT checking a rollout.

Shows every setting's value and its source (default, the user's settings file, or the IT
policy: a file or, on Windows, the registry under HKLM\\Software\\Policies\\Gespraechskompass,
where a set value is locked), the problems found in settings and policy (a value of the wrong
registry type, an unknown key, …), and whether the data folder can be used (a network drive is
refused unless the policy allows it). Only reads: nothing is created or changed. Exit 0, or 1
when a problem was found.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

SOURCES = {"default": "Standard", "user": "Benutzereinstellung", "policy": "IT-Richtlinie"}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("config", help="wirksame Einstellungen und ihre Herkunft anzeigen",
                            description="Zeigt jede Einstellung mit Wert und Herkunft "
                                        "(Standard, Benutzer, IT-Richtlinie = gesperrt) und "
                                        "gefundene Probleme.")
    parser.add_argument("--json", action="store_true", help="als JSON ausgeben")
    parser.set_defaults(func=run_config)


def data_folder_refusal(data_root: Path, settings: Any) -> str | None:
    """The journal's own German refusal when the data folder is on a network drive, else None.

    Asks the journal's opening code itself, which refuses before it creates or touches anything.
    """
    from desktop.core.journal import Journal, NetworkFolderRefused, places
    from desktop.core.paths import DataPaths

    mounts = places.MOUNTS_FILE
    if settings.get("allow_network_data_folder", False) or \
            not places.network_reason(data_root, mounts):
        return None
    try:  # refuses before it creates anything, as the network check above says it will
        Journal.open(DataPaths(data_root), settings, mounts_file=mounts).close()
    except NetworkFolderRefused as exc:
        return str(exc)
    return None


def report() -> dict[str, Any]:
    from desktop.app import resolve_settings
    from desktop.core import config

    settings, data = resolve_settings()
    entries = {}
    for key, (default, _kind) in config.DEFAULTS.items():
        source = ("policy" if settings.is_locked(key)
                  else "user" if key in settings.user_values else "default")
        entries[key] = {"value": settings[key], "source": source,
                        "locked": settings.is_locked(key), "default": default}
    return {"settings": entries, "problems": list(settings.problems),
            "data_folder": {"path": str(data.root),
                            "refused": data_folder_refusal(data.root, settings)},
            "settings_file": str(settings.user_file) if settings.user_file else None}


def run_config(args: argparse.Namespace) -> int:
    found = report()
    refused = found["data_folder"]["refused"]
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        width = max(len(k) for k in found["settings"])
        for key, entry in found["settings"].items():
            source = SOURCES[entry["source"]] + (" (gesperrt)" if entry["locked"] else "")
            print(f"{key:<{width}}  {json.dumps(entry['value'], ensure_ascii=False)}  "
                  f"[{source}]")
        print(f"\nDatenordner: {found['data_folder']['path']}")
        print(f"Einstellungsdatei: {found['settings_file']}")
        if refused:
            print(f"FEHLER  {refused}")
        for problem in found["problems"]:
            print(f"PROBLEM  {problem}")
    return 1 if found["problems"] or refused else 0
