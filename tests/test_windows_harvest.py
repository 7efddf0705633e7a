"""The MSI's file list (build/windows/harvest.py): every bundle file becomes exactly one
component with a stable id, nested in its folder, and the console program keeps the fixed id
the .wxs custom action runs."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def _harvest():
    spec = importlib.util.spec_from_file_location("harvest", ROOT / "build/windows/harvest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bundle(root: Path) -> Path:
    bundle = root / "gespraechskompass"
    for rel in ("gespraechskompass.exe", "gespraechskompass-cli.exe", "_internal/a b.dll",
                "_internal/PySide6/plugins/platforms/qwindows.dll", "_internal/ä.txt"):
        (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
        (bundle / rel).write_bytes(rel.encode())
    return bundle


def test_every_file_is_one_component_with_a_stable_id(tmp_path):
    """Five files, five components and references; ids repeat exactly for the same bundle;
    sources are relative to the base folder, so the MSI does not depend on the build path."""
    harvest = _harvest()
    bundle = _bundle(tmp_path)
    text = harvest.fragment(bundle, tmp_path)
    assert text == harvest.fragment(bundle, tmp_path)
    root = ET.fromstring(text.encode("utf-8"))
    files = root.findall(f".//{WIX}File")
    refs = root.findall(f".//{WIX}ComponentRef")
    assert len(files) == len(refs) == 5
    assert len({f.get("Id") for f in files}) == 5
    sources = {f.get("Source") for f in files}
    assert "gespraechskompass/_internal/PySide6/plugins/platforms/qwindows.dll" in sources
    assert all(c.get("Guid") == "*" and c.get("Win64") == "yes"
               for c in root.iter(f"{WIX}Component"))
    ids = {f.get("Name"): f.get("Id") for f in files}
    assert ids["gespraechskompass-cli.exe"] == "CliExe"  # the .wxs runs FileKey="CliExe"
    platforms = root.find(f".//{WIX}Directory[@Name='platforms']")
    assert platforms.find(f"{WIX}Component/{WIX}File").get("Name") == "qwindows.dll"


def test_the_wxs_runs_the_console_program_and_pins_the_upgrade():
    """The one MSI source: the custom action uses the harvested console exe, the old product
    is removed right after InstallInitialize, and a newer version blocks a downgrade."""
    wxs = ET.parse(ROOT / "build/windows/gespraechskompass.wxs").getroot()
    action = wxs.find(f".//{WIX}CustomAction[@Id='RemoveUserData']")
    assert action.get("FileKey") == "CliExe" and action.get("Execute") == "deferred"
    assert "remove-user-data --all-profiles" in action.get("ExeCommand")
    assert action.get("Impersonate") == "no"
    sequence = wxs.find(f".//{WIX}InstallExecuteSequence")
    assert sequence.find(f"{WIX}RemoveExistingProducts").get("Sequence") == "1501"
    custom = sequence.find(f"{WIX}Custom[@Action='RemoveUserData']")
    assert "NOT UPGRADINGPRODUCTCODE" in custom.text and 'REMOVEUSERDATA="1"' in custom.text
    assert "NOT GK_NEWER_VERSION_FOUND" in wxs.find(f".//{WIX}Condition").text
    assert not (ROOT / "build/windows/remove-user-data.ps1").exists()
