"""Translations: every string in the code has its German translation (the .ts is complete)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "build" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_every_string_has_a_german_translation_and_none_is_stale():
    """build/i18n.py check: no untranslated, unreadable or stale message (the .ts and the code
    are in step)."""
    assert _tool().check() == []
