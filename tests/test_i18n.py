"""Translations: every string in the code has its German translation (the .ts is complete)."""

from __future__ import annotations

from tests.i18n_tool import load


def test_every_string_has_a_german_translation_and_none_is_stale():
    """build/i18n.py check: no untranslated, unreadable or stale message (the .ts and the code
    are in step)."""
    assert load().check() == []
