"""For every test: the compiled German translation exists and is current.

The .qm is a build product (not in git). Built here, once per run and only when missing or
older than the .ts, so any subset of the tests runs on a fresh clone — the self-test's
"Ressourcen" check and every UI test need it (review 2026-12, point 12). It is built in a child
process: the core's tests keep a Qt-free interpreter.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> Path:
    """The current .qm of every .ts (built with build/i18n.py release when stale)."""
    stale = [ts for ts in TRANSLATIONS.glob("*.ts") if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "release"],
                       cwd=ROOT, check=True, timeout=120)
    return TRANSLATIONS
