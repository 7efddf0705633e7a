"""Principle 3 (design.md §2.3) for issue 17: no streak and no comparison with anyone else
anywhere in the interface, in English source strings or German translations."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "gespraechskompass_de.ts"
FORBIDDEN = re.compile(
    r"streak|in a row|leaderboard|ranking|than others|other users|compared with others|"
    r"\bSerie|in Folge|Rangliste|Bestenliste|besser als andere|schlechter als andere|"
    r"im Vergleich zu anderen|Durchschnitt (der|aller) (anderen|Kolleg)", re.I)


def test_no_streak_and_no_comparison_in_any_ui_text():
    """Every translatable string and its German translation is free of streak and
    comparison wording (the statistics show days with practice out of the last 28)."""
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        if message.find("translation").get("type") in ("obsolete", "vanished"):
            continue
        for tag in ("source", "translation"):
            text = message.findtext(tag) or ""
            # Saying there are none is allowed ("no rankings of people").
            text = re.sub(r"\b(no|keine?n?)\s+(rankings?|Ranglisten?)", "", text, flags=re.I)
            if FORBIDDEN.search(text):
                found.append(text)
    assert found == []
