"""Software bill of materials of the bundle, made by CycloneDX's own tool (cyclonedx-py).

`cyclonedx-py environment` lists every package of the build environment, test and build
tools included. The SBOM is narrowed to the app's runtime dependencies whose code is really in
the bundle (sqlite-utils declares pip, which is never imported), plus PyInstaller's bootloader;
everything it says about those packages is the tool's.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

# Not a runtime dependency, yet its bootloader and runtime hooks are in the bundle.
SHIPPED_BUILD_TOOLS = ("pyinstaller",)


def runtime_closure(root: str = "gespraechskompass") -> set[str]:
    """Canonical names of the distributions the app needs at run time (no extras)."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        for line in requires:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen | {canonicalize_name(n) for n in SHIPPED_BUILD_TOOLS}


def top_level_names(distribution: str) -> set[str]:
    """The import names a distribution installs (PySide6, dateutil, …)."""
    names = set()
    for file in metadata.distribution(distribution).files or []:
        first = file.parts[0] if file.parts else ""
        if first and first != ".." and not first.endswith((".dist-info", ".data")):
            names.add(first.split(".")[0])
    return names


def bundled_names(bundle: Path, pyz_toc: Path) -> set[str]:
    """Top-level names present in the bundle: modules in the PYZ archive and files on disk."""
    names = {p.name.split(".")[0] for p in (bundle / "_internal").iterdir()}
    toc = ast.literal_eval(pyz_toc.read_text("utf-8"))
    for part in toc:
        if isinstance(part, list):
            names.update(entry[0].split(".")[0] for entry in part if isinstance(entry, tuple))
    return names


def in_bundle(closure: set[str], present: set[str]) -> set[str]:
    """The distributions of `closure` with code in the bundle (build tools always count)."""
    shipped = {canonicalize_name(n) for n in SHIPPED_BUILD_TOOLS}
    return {name for name in closure
            if name in shipped or top_level_names(name) & present}


def _name_of(component: dict) -> str:
    return canonicalize_name(component.get("name", ""))


def narrow(bom: dict, keep: set[str]) -> dict:
    """The BOM with only the components (and dependency edges) named in `keep`."""
    root_ref = bom.get("metadata", {}).get("component", {}).get("bom-ref")
    bom["components"] = [c for c in bom.get("components", []) if _name_of(c) in keep]
    refs = {c.get("bom-ref") for c in bom["components"]} | {root_ref}
    bom["dependencies"] = [
        {**d, "dependsOn": [r for r in d.get("dependsOn", []) if r in refs]}
        for d in bom.get("dependencies", []) if d.get("ref") in refs]
    return bom


def write_sbom(out: Path, root: Path, source_date_epoch: str, present: set[str]) -> None:
    """Write the narrowed CycloneDX JSON SBOM to `out`; `present`: see bundled_names."""
    raw = out.with_suffix(".full.json")
    env = {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch}
    subprocess.run([sys.executable, "-m", "cyclonedx_py", "environment", "--pyproject",
                    str(root / "pyproject.toml"), "--output-reproducible", "--of", "JSON",
                    "-o", str(raw), sys.executable], check=True, env=env)
    keep = in_bundle(runtime_closure(), present)
    bom = narrow(json.loads(raw.read_text("utf-8")), keep)
    out.write_text(json.dumps(bom, indent=2, ensure_ascii=False) + "\n", "utf-8")
    raw.unlink()
