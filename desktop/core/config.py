"""Layered settings: defaults < the user's settings < IT policy (locked).

Only changed keys are saved in the user's file. A policy key wins over the user's value and is
reported as locked, so the UI can show it disabled with a note. A broken settings or policy file
never stops the app: it is reported (German message), logged, set aside (user file only, never
deleted) and the defaults apply.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.files import NotReadable, read_regular

log = logging.getLogger(__name__)

POLICY_ENV = "GESPRAECHSKOMPASS_POLICY"
# The system-wide policy file (Linux). A module attribute, not an environment variable, so that
# tests can point it elsewhere while a user cannot.
SYSTEM_POLICY = Path("/etc/gespraechskompass/policy.json")
REGISTRY_POLICY_KEY = r"Software\Policies\Gespraechskompass"

# key: (default, type) — the type also validates policy and settings files.
DEFAULTS: dict[str, tuple[Any, type | tuple[type, ...]]] = {
    "language": ("de", str),
    "font_size": (0, int),  # 0: follow the system
    "theme": ("system", str),  # "system" or "high-contrast"
    "streak_enabled": (False, bool),
    "reminder_enabled": (False, bool),
    "review_hint_enabled": (False, bool),  # start page: moments are ready for review
    "own_words_first": (False, bool),  # Reagieren: write your own words before the options
    "takeaway_on_start": (False, bool),  # start page: the last takeaway, until the next practice
    "data_folder": ("", str),  # empty: the default local data folder
    "backup_folder": ("", str),  # empty: <data>/backups
    "team_scenario_folder": ("", str),
    "scenario_folders": ([], list),
    "exchange_folder": ("", str),
    "supervisor_workspace": (False, bool),
    "own_case_enabled": (True, bool),
    "retention_days": (0, int),  # 0: keep own-case entries until deleted
    "allow_network_data_folder": (False, bool),
    "pseudonym": ("", str),
    # lint: warn when a scenario's legal content was last checked longer ago (0: no limit)
    "rechtsstand_months": (18, int),
    # the scenario studio for trainers (issue 21); IT may lock it either way
    "authoring": (False, bool),
}

CHOICES = {"language": {"de", "en"}, "theme": {"system", "high-contrast"}}
# Keys whose default protects the user's data: only the IT policy (the system file, the file
# beside the executable, the registry) may change them, never the user's own settings.json or
# a GESPRAECHSKOMPASS_POLICY file, which any user can write or point to (design.md §5).
IT_ONLY = frozenset({"allow_network_data_folder"})


class ConfigError(Exception):
    """A settings or policy file that cannot be used (message in German)."""


@dataclass
class Settings:
    """The effective settings, with the policy-locked keys and any problems found."""

    values: dict[str, Any]
    locked: frozenset[str] = frozenset()
    problems: list[str] = field(default_factory=list)
    user_file: Path | None = None
    user_values: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def is_locked(self, key: str) -> bool:
        return key in self.locked

    def set(self, key: str, value: Any) -> None:
        """Change a user setting; a locked key raises ConfigError."""
        if key not in DEFAULTS:
            raise ConfigError(f"Unbekannte Einstellung „{key}“.")
        if key in IT_ONLY and value != DEFAULTS[key][0]:
            raise ConfigError(_it_only_message(key))
        if self.is_locked(key):
            raise ConfigError(
                f"Die Einstellung „{key}“ ist von Ihrer IT-Abteilung festgelegt und kann hier "
                "nicht geändert werden."
            )
        _check_value(key, value)
        self.values[key] = value
        if value == DEFAULTS[key][0]:
            self.user_values.pop(key, None)
        else:
            self.user_values[key] = value
        self.save()

    def save(self) -> None:
        if self.user_file is None:
            return
        self.user_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.user_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.user_values, indent=2, ensure_ascii=False), "utf-8")
        os.replace(tmp, self.user_file)


def _it_only_message(key: str) -> str:
    return (f"Die Einstellung „{key}“ kann nur Ihre IT-Abteilung per Richtlinie ändern "
            "(Richtlinien-Datei des Systems, policy.json neben dem Programm oder Registry).")


def _without_it_only(values: dict[str, Any], source: Path, what: str,
                     problems: list[str]) -> dict[str, Any]:
    """`values` without any IT-only key set away from its default (reported)."""
    kept = {}
    for key, value in values.items():
        if key in IT_ONLY and value != DEFAULTS[key][0]:
            problems.append(f"{what} {source}: {_it_only_message(key)} Der Wert wird "
                            "ignoriert.")
            continue
        kept[key] = value
    return kept


def _check_value(key: str, value: Any) -> None:
    default, kind = DEFAULTS[key]
    # bool is an int subclass: do not accept True for an int setting or 1 for a bool one.
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if ok and key in CHOICES and value not in CHOICES[key]:
        ok = False
    if ok and kind is int and value < 0:
        ok = False
    if ok and kind is list and not all(isinstance(v, str) for v in value):
        ok = False
    if not ok:
        raise ConfigError(f"Ungültiger Wert für „{key}“: {value!r}.")


def policy_files() -> list[Path]:
    """Policy files in the order read; later ones win.

    The file named by GESPRAECHSKOMPASS_POLICY comes first: any user can set that variable, so
    it may lock keys IT left open but never override what IT set (system file, the file beside
    the executable and, on Windows, the registry, which is read last).
    """
    files: list[Path] = []
    env = os.environ.get(POLICY_ENV)
    if env:
        files.append(Path(env))
    files += [SYSTEM_POLICY, paths.install_dir() / "policy.json"]
    return files


def _read_json_object(path: Path, what: str) -> dict[str, Any]:
    try:
        raw = read_regular(path, 1_000_000, "Sie ist zu groß (über 1 MB).")
    except NotReadable as exc:
        raise ConfigError(f"{what} {path} kann nicht verwendet werden: {exc}") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{what} {path} ist kein gültiges JSON: {exc}.") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{what} {path} muss ein JSON-Objekt enthalten.")
    return data


def _validated(data: dict[str, Any], source: Path, what: str) -> tuple[dict[str, Any], list[str]]:
    good: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in data.items():
        if key not in DEFAULTS:
            problems.append(f"{what} {source}: unbekannter Schlüssel „{key}“ wird ignoriert.")
            continue
        try:
            _check_value(key, value)
        except ConfigError as exc:
            problems.append(f"{what} {source}: {exc}")
            continue
        good[key] = value
    return good, problems


def read_policy(files: list[Path] | None = None) -> tuple[dict[str, Any], list[str]]:
    """The merged IT policy and the problems found; an invalid file is ignored whole."""
    policy: dict[str, Any] = {}
    problems: list[str] = []
    env = os.environ.get(POLICY_ENV)
    user_chosen = Path(env) if env else None
    for path in files if files is not None else policy_files():
        if not path.exists():
            continue
        try:
            data = _read_json_object(path, "Die Richtlinien-Datei")
        except ConfigError as exc:
            problems.append(f"{exc} Es gelten die Standardwerte.")
            continue
        good, bad = _validated(data, path, "Richtlinie")
        problems.extend(bad)
        if path == user_chosen:
            good = _without_it_only(good, path, "Richtlinie", problems)
        policy.update(good)
    if sys.platform == "win32":  # pragma: no cover - Windows registry policy
        reg, reg_problems = _read_registry_policy()
        policy.update(reg)
        problems.extend(reg_problems)
    for problem in problems:
        log.warning("policy: %s", problem)
    return policy, problems


def _read_registry_policy() -> tuple[dict[str, Any], list[str]]:  # pragma: no cover
    if sys.platform != "win32":  # also tells the type checker where winreg exists
        return {}, []
    import winreg

    values: dict[str, Any] = {}
    problems: list[str] = []
    source = f"HKLM\\{REGISTRY_POLICY_KEY}"
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_POLICY_KEY)
    except OSError:
        return {}, []
    with key:
        index = 0
        while True:
            try:
                name, value, reg_type = winreg.EnumValue(key, index)
            except OSError:
                break
            index += 1
            if reg_type == winreg.REG_EXPAND_SZ:
                value = winreg.ExpandEnvironmentStrings(value)
            kind = {winreg.REG_DWORD: "dword", winreg.REG_SZ: "sz",
                    winreg.REG_EXPAND_SZ: "sz", winreg.REG_MULTI_SZ: "multi_sz"}.get(reg_type)
            try:
                values[name] = registry_value(name, value, kind)
            except ConfigError as exc:
                problems.append(f"Richtlinie {source}: {exc}")
    good, bad = _validated(values, Path(source), "Richtlinie")
    return good, problems + bad


def registry_value(name: str, value: Any, kind: str | None) -> Any:
    """A registry policy value as a settings value, per the ADMX templates' types.

    Booleans and numbers are REG_DWORD, texts REG_SZ (paths may be REG_EXPAND_SZ, expanded
    before this), lists REG_MULTI_SZ or one REG_SZ separated by ";". An unknown name is passed
    through, so that validation reports it like one in a policy file.
    """
    if name not in DEFAULTS:
        return value
    expected = DEFAULTS[name][1]
    if expected is bool and kind == "dword":
        return value != 0
    if expected is int and kind == "dword":
        return value
    if expected is str and kind == "sz":
        return value
    if expected is list and kind == "multi_sz":
        return [v for v in value if v]
    if expected is list and kind == "sz":
        return [v for v in str(value).split(";") if v]
    names: dict[object, str] = {bool: "REG_DWORD (0 oder 1)", int: "REG_DWORD", str: "REG_SZ",
                                list: "REG_MULTI_SZ"}
    wanted = names[expected]
    raise ConfigError(f"„{name}“ hat den falschen Registry-Typ; erwartet wird {wanted}.")


def load(user_file: Path | None = None, policy: dict[str, Any] | None = None) -> Settings:
    """Effective settings from defaults, the user's file and the IT policy."""
    problems: list[str] = []
    if policy is None:
        policy, policy_problems = read_policy()
        problems.extend(policy_problems)
    user: dict[str, Any] = {}
    if user_file is not None and user_file.exists():
        try:
            user, bad = _validated(_read_json_object(user_file, "Die Einstellungsdatei"),
                                   user_file, "Einstellungen")
            problems.extend(bad)
            user = _without_it_only(user, user_file, "Einstellungen", problems)
        except ConfigError as exc:
            aside = user_file.with_name(user_file.name + ".defekt")
            try:
                os.replace(user_file, aside)
                problems.append(f"{exc} Sie wurde als {aside.name} beiseitegelegt.")
            except OSError:
                problems.append(str(exc))
            log.warning("settings: %s", exc)
    values = {key: default for key, (default, _) in DEFAULTS.items()}
    values.update(user)
    values.update(policy)
    return Settings(values=values, locked=frozenset(policy), problems=problems,
                    user_file=user_file, user_values=dict(user))


def resolve_settings(home: paths.DataPaths | None = None) -> tuple[Settings, paths.DataPaths]:
    """The effective settings and the data folder: ONE resolution for the GUI and every command.

    The settings (and the policy) are read from the default data folder; the user's data then
    lives where the policy's or the user's `data_folder` points, else in the default folder.
    """
    home = home if home is not None else paths.data_paths()
    settings = load(home.settings)
    folder = settings.get("data_folder")
    data = paths.DataPaths(Path(folder).expanduser()) if folder else home
    return settings, data
