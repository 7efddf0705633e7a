"""IT policy layers: defaults < user settings < policy files < registry, and locked keys."""

from __future__ import annotations

import json
import logging
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.core import config, paths

ROOT = Path(__file__).resolve().parents[2]
ADMX = ROOT / "build" / "windows" / "policy" / "gespraechskompass.admx"
ADMX_NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


@pytest.fixture
def places(tmp_path, monkeypatch):
    """The system policy file, the folder beside the executable and the user's settings file,
    all in tmp_path, with no policy leaking in from the machine or the environment."""
    system = tmp_path / "etc" / "policy.json"
    install = tmp_path / "install"
    install.mkdir()
    monkeypatch.setattr(config, "SYSTEM_POLICY", system)
    monkeypatch.setattr(paths, "install_dir", lambda: install)
    monkeypatch.delenv(config.POLICY_ENV, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    return {"system": system, "beside_exe": install / "policy.json",
            "user": home / "settings.json", "tmp": tmp_path}


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_policy_beside_executable_overrides_user_setting(places):
    """A policy.json beside the executable wins over the user's own value and locks the key."""
    write(places["user"], {"retention_days": 30, "font_size": 14})
    write(places["beside_exe"], {"retention_days": 90})
    settings = config.load(places["user"])
    assert settings["retention_days"] == 90
    assert settings.is_locked("retention_days")
    assert settings["font_size"] == 14 and not settings.is_locked("font_size")
    assert settings.problems == []


def test_system_policy_overrides_user_setting(places):
    """The system-wide policy file (/etc/gespraechskompass/policy.json) is read and locks."""
    write(places["user"], {"own_case_enabled": True})
    write(places["system"], {"own_case_enabled": False, "team_scenario_folder": "/srv/team"})
    settings = config.load(places["user"])
    assert settings["own_case_enabled"] is False
    assert settings["team_scenario_folder"] == "/srv/team"
    assert settings.locked == {"own_case_enabled", "team_scenario_folder"}


def test_file_beside_executable_wins_over_system_file(places):
    """Both IT files apply; for a key in both, the one beside the executable wins."""
    write(places["system"], {"language": "en", "retention_days": 10})
    write(places["beside_exe"], {"retention_days": 20})
    settings = config.load(None)
    assert (settings["language"], settings["retention_days"]) == ("en", 20)


def test_environment_policy_cannot_override_it_policy(places, monkeypatch):
    """GESPRAECHSKOMPASS_POLICY (settable by any user) can add locks but never undo IT's."""
    write(places["system"], {"data_folder": "/daten/it"})
    env_file = write(places["tmp"] / "mine.json", {"data_folder": "/tmp/meins",
                                                   "theme": "high-contrast"})
    monkeypatch.setenv(config.POLICY_ENV, str(env_file))
    settings = config.load(None)
    assert settings["data_folder"] == "/daten/it"
    assert settings["theme"] == "high-contrast" and settings.is_locked("theme")


def test_locked_key_cannot_be_set(places):
    """Settings.set refuses a policy key with a German ConfigError and leaves the file alone."""
    write(places["beside_exe"], {"language": "de"})
    settings = config.load(places["user"])
    with pytest.raises(config.ConfigError, match="IT-Abteilung festgelegt"):
        settings.set("language", "en")
    assert settings["language"] == "de"
    assert not places["user"].exists()
    settings.set("font_size", 12)  # an open key still works
    assert json.loads(places["user"].read_text("utf-8")) == {"font_size": 12}


def test_invalid_policy_file_is_reported_logged_and_defaults_apply(places, caplog):
    """A broken policy file: a clear German message, a log entry, defaults, nothing locked."""
    places["system"].parent.mkdir(parents=True)
    places["system"].write_text('{"retention_days": 30,', "utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop.core.config"):
        settings = config.load(None)
    assert len(settings.problems) == 1
    message = settings.problems[0]
    assert "Richtlinien-Datei" in message and "kein gültiges JSON" in message
    assert "Es gelten die Standardwerte" in message
    assert any("kein gültiges JSON" in r.getMessage() for r in caplog.records)
    assert settings.values == {key: default for key, (default, _) in config.DEFAULTS.items()}
    assert settings.locked == frozenset()
    assert places["system"].exists()  # an IT file is never moved aside


def test_invalid_values_in_policy_are_skipped_one_by_one(places):
    """A wrong value or unknown key is reported; the policy's valid keys still apply."""
    write(places["beside_exe"], {"retention_days": -5, "colour": "blau", "language": "en"})
    settings = config.load(None)
    assert settings["language"] == "en"
    assert settings["retention_days"] == 0 and not settings.is_locked("retention_days")
    assert any("Ungültiger Wert für „retention_days“" in p for p in settings.problems)
    assert any("unbekannter Schlüssel „colour“" in p for p in settings.problems)


def test_resolve_settings_uses_the_data_folder_from_policy(places, monkeypatch):
    """desktop.app.resolve_settings puts the user's data where the policy's data_folder says."""
    from desktop.app import resolve_settings

    data_folder = places["tmp"] / "daten-laut-richtlinie"
    policy = write(places["tmp"] / "policy.json", {"data_folder": str(data_folder)})
    monkeypatch.setenv(config.POLICY_ENV, str(policy))
    settings, data = resolve_settings()
    assert data.root == data_folder
    assert data.database == data_folder / "journal.sqlite3"
    assert settings.is_locked("data_folder")
    assert settings.user_file == places["user"]  # settings stay in the home folder


@pytest.mark.parametrize(("name", "value", "kind", "expected"), [
    ("own_case_enabled", 0, "dword", False),
    ("supervisor_workspace", 1, "dword", True),
    ("retention_days", 365, "dword", 365),
    ("data_folder", r"D:\Daten\anna", "sz", r"D:\Daten\anna"),
    ("scenario_folders", ["A", "", "B"], "multi_sz", ["A", "B"]),
    ("scenario_folders", "A;B", "sz", ["A", "B"]),
])
def test_registry_values_follow_the_admx_types(name, value, kind, expected):
    """REG_DWORD becomes bool or int, REG_SZ text, REG_MULTI_SZ a list."""
    assert config.registry_value(name, value, kind) == expected


@pytest.mark.parametrize(("name", "value", "kind"), [
    ("own_case_enabled", "0", "sz"),  # "0" would be truthy: refused, not guessed
    ("retention_days", "30", "sz"),
    ("language", 1, "dword"),
])
def test_registry_value_of_the_wrong_type_is_refused(name, value, kind):
    """A value of the wrong registry type gives a German message naming the expected type."""
    with pytest.raises(config.ConfigError, match="falschen Registry-Typ"):
        config.registry_value(name, value, kind)


def _admx_policies() -> list[ET.Element]:
    return ET.parse(ADMX).getroot().findall(".//p:policies/p:policy", ADMX_NS)


def test_admx_templates_match_the_settings():
    """Every ADMX policy names a settings key under the registry key config reads, with the
    registry type config expects (boolean: DWORD 0/1, number: DWORD, text/enum: REG_SZ)."""
    policies = _admx_policies()
    assert policies
    covered = set()
    for policy in policies:
        assert policy.get("key") == config.REGISTRY_POLICY_KEY
        assert policy.get("class") == "Machine"
        name = policy.get("valueName")
        elements = policy.find("p:elements", ADMX_NS)
        if name is not None:  # a plain on/off policy
            assert config.DEFAULTS[name][1] is bool, name
            on = policy.find("p:enabledValue/p:decimal", ADMX_NS)
            off = policy.find("p:disabledValue/p:decimal", ADMX_NS)
            assert (on.get("value"), off.get("value")) == ("1", "0")
            covered.add(name)
            continue
        for element in elements:
            name = element.get("valueName")
            kind = config.DEFAULTS[name][1]
            tag = element.tag.split("}")[1]
            assert {"text": str, "decimal": int, "enum": str}[tag] is kind, name
            if tag == "enum":
                values = {v.find("p:value/p:string", ADMX_NS).text
                          for v in element.findall("p:item", ADMX_NS)}
                assert values == config.CHOICES[name]
            covered.add(name)
    assert covered >= {"data_folder", "team_scenario_folder", "exchange_folder",
                       "supervisor_workspace", "own_case_enabled", "retention_days", "language",
                       "backup_folder", "allow_network_data_folder"}


@pytest.mark.parametrize("language", ["de-DE", "en-US"])
def test_adml_has_every_string_the_admx_uses(language):
    """The German and English ADML files define every string and presentation the ADMX uses."""
    admx = ADMX.read_text("utf-8")
    adml = ET.parse(ADMX.parent / language / "gespraechskompass.adml").getroot()
    strings = {s.get("id") for s in adml.iter() if s.tag.endswith("}string")}
    presentations = {p.get("id") for p in adml.iter() if p.tag.endswith("}presentation")}
    assert set(re.findall(r"\$\(string\.([A-Za-z0-9_]+)\)", admx)) <= strings
    assert set(re.findall(r"\$\(presentation\.([A-Za-z0-9_]+)\)", admx)) <= presentations


MOUNTS = "/dev/vda / ext4 rw 0 0\n//fileserver/amt {net} cifs rw,relatime,vers=3.1.1 0 0\n"


# The share is declared in a Linux mount table; Windows has none (its network check is tested
# with windows_network_reason and, under Wine, by build/windows/wine_checks.py).
LINUX_MOUNTS = pytest.mark.skipif(sys.platform == "win32", reason="Linux mount table")


def _open_on_share(places, settings):
    from desktop.core.journal import Journal

    share = places["tmp"] / "netz"
    share.mkdir(exist_ok=True)
    mounts = places["tmp"] / "mounts"
    mounts.write_text(MOUNTS.format(net=share), "utf-8")
    return Journal.open(paths.DataPaths(share / "daten"), settings, mounts_file=mounts,
                        platform="linux")


@LINUX_MOUNTS
def test_user_settings_cannot_allow_a_network_data_folder(places):
    """The user's own settings.json with allow_network_data_folder = true is reported and
    ignored: the journal on a cifs share is still refused (only IT may allow it)."""
    from desktop.core.journal import NetworkFolderRefused

    write(places["user"], {"allow_network_data_folder": True, "font_size": 14})
    settings = config.load(places["user"])
    assert settings["allow_network_data_folder"] is False
    assert settings["font_size"] == 14
    assert any("nur Ihre IT-Abteilung" in p for p in settings.problems)
    with pytest.raises(NetworkFolderRefused):
        _open_on_share(places, settings)
    with pytest.raises(config.ConfigError):
        settings.set("allow_network_data_folder", True)


@LINUX_MOUNTS
def test_env_policy_file_cannot_allow_a_network_data_folder(places, monkeypatch):
    """A GESPRAECHSKOMPASS_POLICY file (any user can point to one) cannot lift the refusal."""
    from desktop.core.journal import NetworkFolderRefused

    own = write(places["tmp"] / "eigene-policy.json", {"allow_network_data_folder": True})
    monkeypatch.setenv(config.POLICY_ENV, str(own))
    settings = config.load(None)
    assert settings["allow_network_data_folder"] is False
    assert not settings.is_locked("allow_network_data_folder")
    assert any("nur Ihre IT-Abteilung" in p for p in settings.problems)
    with pytest.raises(NetworkFolderRefused):
        _open_on_share(places, settings)


def test_it_policy_may_allow_a_network_data_folder(places):
    """The system policy file is IT's: there allow_network_data_folder = true opens the
    journal on the share."""
    write(places["system"], {"allow_network_data_folder": True})
    settings = config.load(None)
    assert settings["allow_network_data_folder"] is True
    _open_on_share(places, settings).close()


def test_policy_json_that_is_a_folder_is_reported(places):
    """A policy.json that is a folder is a problem to report (self-test FEHLER), not an
    absent policy."""
    places["beside_exe"].mkdir()
    policy, problems = config.read_policy()
    assert policy == {}
    assert len(problems) == 1 and "Ordner" in problems[0]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="POSIX FIFO")
def test_policy_json_that_is_a_fifo_is_reported_without_hanging(places):
    """A FIFO named policy.json is refused at once (a plain read would wait for ever)."""
    import os

    places["system"].parent.mkdir(parents=True)
    os.mkfifo(places["system"])
    _, problems = config.read_policy()
    assert len(problems) == 1 and "keine gewöhnliche Datei" in problems[0]
