"""docs/architecture.md matches the tree: every file path and module it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"

PATH = re.compile(r"`((?:desktop|tests|build|bench|docs|resources)/[\w/.-]+?)(?:::\w+)?`")
MODULE = re.compile(r"`(desktop(?:\.\w+)+)`")


def named_paths(text: str) -> set[str]:
    return set(PATH.findall(text))


def named_modules(text: str) -> set[str]:
    return set(MODULE.findall(text))


def module_exists(name: str) -> bool:
    base = ROOT / Path(*name.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def test_every_path_and_module_in_the_architecture_page_exists():
    """A renamed or moved module makes this fail until the page says where it went."""
    text = DOC.read_text("utf-8")
    paths, modules = named_paths(text), named_modules(text)
    assert len(paths) > 20 and len(modules) > 5  # the patterns still find what the page names
    assert sorted(p for p in paths if not (ROOT / p).exists()) == []
    assert sorted(m for m in modules if not module_exists(m)) == []


def test_the_check_notices_a_missing_module():
    """The check itself: a path or module that is not in the tree is reported."""
    text = "see `desktop/ui/nowhere.py` and `desktop.core.nowhere`, not `../shared/design.md`"
    assert named_paths(text) == {"desktop/ui/nowhere.py"}
    assert not (ROOT / "desktop/ui/nowhere.py").exists()
    assert named_modules(text) == {"desktop.core.nowhere"}
    assert not module_exists("desktop.core.nowhere") and module_exists("desktop.core.journal")
