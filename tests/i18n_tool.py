"""build/i18n.py for the tests (build/ holds tools, not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load():
    """The translation tool as a module (cached in sys.modules)."""
    name = "gespraechskompass_i18n_tool"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "build" / "i18n.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
    return sys.modules[name]
