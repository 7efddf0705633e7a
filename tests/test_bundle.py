"""The built bundle (dist/gespraechskompass, on Windows dist/windows/gespraechskompass) never
writes into its own folder.

Skipped unless `make bundle` (or `make windows`) has run. The check itself lives in build/bundle_check.py, which
`build/make_bundle.py --ci` runs too.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# This platform's bundle: `make bundle` on Linux, `make windows` (dist/windows/) for Windows.
BUNDLE = ROOT / "dist" / ("windows" if sys.platform == "win32" else "") / "gespraechskompass"


def _bundle_check():
    spec = importlib.util.spec_from_file_location("bundle_check", ROOT / "build" /
                                                  "bundle_check.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_check"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not BUNDLE.is_dir(), reason="no bundle built (make bundle, make windows)")
def test_bundle_runs_from_a_read_only_copy_without_writing_into_it():
    """Self-test and a short GUI start from a copy leave every file's path, size and mtime."""
    assert _bundle_check().read_only_copy_check(BUNDLE) == []


def test_snapshot_sees_a_new_file_a_changed_file_and_a_removed_file(tmp_path):
    """The snapshot comparison the bundle check relies on notices every kind of write."""
    check = _bundle_check()
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    before = check.snapshot(tmp_path)
    assert check.differences(before, check.snapshot(tmp_path)) == []
    (tmp_path / "a.txt").write_text("aa")
    (tmp_path / "b.txt").unlink()
    (tmp_path / "sub").mkdir()
    changes = check.differences(before, check.snapshot(tmp_path))
    assert "neu: sub" in changes and "entfernt: b.txt" in changes and "geändert: a.txt" in changes
