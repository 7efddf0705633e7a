"""English mode for a test: the `english` fixture, and the German words that must not show."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.i18n_tool import ROOT


@pytest.fixture
def english(qapp):
    """The app in English for one test, German again after it."""
    from desktop.ui.common import i18n

    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "de")


def german_only_texts() -> set[str]:
    """Every German translation that is not also an English source text (so "Status:", a word
    in both, does not count), without "&"."""
    found: set[str] = set()
    english: set[str] = set()
    ts = ROOT / "resources" / "translations" / "gespraechskompass_de.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        english.add((message.findtext("source") or "").replace("&", ""))
        node = message.find("translation")
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        found.update(f.replace("&", "") for f in forms if f)
    return found - english
