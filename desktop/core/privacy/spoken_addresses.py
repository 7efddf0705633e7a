"""Addresses dictated word by word, in a note dictated with its punctuation ("Komma", "Punkt"):
the house number spoken ("Herner Straße einhundertzwölf"), then the postcode digit by digit
or in digits and the town ("Komma vier vier sieben acht sieben Bochum", "Komma 88045
Friedrichshafen"), or the town alone after "Komma" or "in" ("Rastatter Straße vierzehn Komma
Karlsruhe", "Südstraße neunzehn in Magdeburg").

A street with a number word but no town stays words: without the town a number word after a
street is too often a count ("in der Hauptstraße zwei Unfälle").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.lexicon import lexicon

_UNIT = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
_BELOW_100 = (rf"(?:(?:{_UNIT})und)?(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig"
              rf"|neunzig)|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn|zehn|elf|zwölf|eins|{_UNIT}")
# A house number in words: "vierzehn", "hundertdreiundvierzig", "zweihundertfünfzig"
_NUMBER = rf"(?:(?:{_UNIT})?hundert(?:und)?(?:{_BELOW_100})?|{_BELOW_100})"
_DIGIT = "null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun"
_TOWN = r"[A-ZÄÖÜ]\w+(?:-[A-ZÄÖÜ]\w+)*"
# A town's first word that a second one follows ("Sankt Augustin", "Bad Cannstatt")
_PREFIX = r"(?:Sankt|Bad|Neu|Groß|Klein|Markt|Lutherstadt|Hansestadt) "


@functools.cache
def _rx() -> re.Pattern[str]:
    street = (r"(?<![\w-])(?:[A-ZÄÖÜ]\w*(?:-[A-ZÄÖÜ]?\w+)*(?:straße|weg|allee|platz|gasse|ring"
              r"|steige|damm|ufer|markt)|[A-ZÄÖÜ]\w+er (?:Straße|Weg|Allee|Platz|Gasse|Ring"
              r"|Damm|Ufer|Markt|Chaussee|Landstraße))")
    return re.compile(
        rf"{street} {_NUMBER}(?: [a-h](?![\w]))?"
        # the postcode digit by digit or in digits, then the town ("Sankt Augustin": two
        # words; "Panoramaweg drei Komma 70597 Stuttgart")
        rf"(?:(?: Komma)?(?P<plz>(?: (?:{_DIGIT})){{5}}| [0-9]{{5}}) (?:{_PREFIX})?{_TOWN}"
        r"(?![\w-])"
        rf"|(?: Komma| in) (?P<town>{_TOWN})(?![\w-])"
        # or nothing, the town said before it ("in Dessau Komma Kochstedter Kreisstraße
        # achtzehn Punkt"): addresses._town_before adds it
        rf"|(?P<end>(?= Punkt| Komma)))")


def spoken_addresses(text: str) -> Iterator[tuple[int, int]]:
    """The dictated addresses of a note dictated with its punctuation (" Punkt" in it): a
    street, its number and its town."""
    lex = lexicon()
    for m in _rx().finditer(text):
        if m["end"] is not None:
            before = _BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is None or not lex.is_place(before["town"].split("-")[0].lower()):
                continue
        elif m["plz"] is None and not lex.is_place(m["town"].split("-")[0].lower()):
            continue  # "… vierzehn Komma Herr …": no town
        yield m.span()


_BEFORE = re.compile(rf"(?<![\w-])(?:in|nach|aus|von) (?P<town>{_TOWN}) Komma (?:[A-ZÄÖÜ]\w+er )?$")
