"""Names in the clients' own scripts other than Cyrillic (cyrillic.py), where their messages put
a person: in Arabic script (Arabic, Persian, Dari, Pashto, Sorani, Urdu) after a form of
address ("خانم Jessen", "خانم کوواچویچ", "فراو کلاین": "Frau Klein"), after "my son" or "my
name is", and between "من" and "هستم" ("I am … "); and a name in any script other than Latin
in brackets right after the name found ("Sun Xiaotong (孙晓彤)", "Hicham El Amrani
(العمراني)"). Every hand marks these as names; the rules for Latin words never see them.
documents.py calls `script_names` for a note with a character outside Latin-1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Arabic-script letters (not its comma "،", question mark "؟" or digits), with the zero-width
# non-joiner inside Persian words.
_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u200c"
_WORD = rf"[{_LETTER}]+"
_HAS_ARABIC = re.compile(rf"[{_LETTER}]")
# Forms of address and the words before a person's name: Persian and Dari "Mrs", "Mr", Sorani
# "Mr" ("kak"), Arabic "Mr", "Mrs", "teacher" (as clients address a caseworker), the German
# "Frau"/"Herr" in Arabic letters; "my son", "my daughter", "my husband", "my wife", "my name
# is".
_BEFORE = ("خانم", "آقای", "آقا", "کاک", "کاکە", "کاکه", "السيد", "السيدة", "استاذ", "استاذة",
           "أستاذ", "أستاذة", "فراو", "هێر", "ابني", "ابنتي", "بنتي", "زوجي", "زوجتي", "اسمي",
           "پسرم", "دخترم", "شوهرم", "همسرم", "نام من")
_AFTER_WORD = re.compile(
    rf"(?<![{_LETTER}])(?:{'|'.join(_BEFORE)}) (?P<name>{_WORD}|[A-ZÄÖÜ][a-zäöüß'-]+)"
    rf"(?![{_LETTER}\w])")
# "من احمد ضیا نظری هستم": Persian "I am …", one to three words.
_I_AM = re.compile(rf"(?<![{_LETTER}])من (?P<name>{_WORD}(?: {_WORD}){{0,2}}) هستم")
# A bracket of letters outside Latin, after a space ("(孙晓彤)", "(العمراني)").
_BRACKET = re.compile(r" \((?P<name>[^\x00-\u024f()\n]{2,40})\)")


def script_names(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of the module's docstring; `found`: the names the other rules found."""
    out: list[tuple[int, int]] = list(_arabic_script(text)) if _HAS_ARABIC.search(text) else []
    if found and " (" in text:
        ends = {end for _, end in found}
        for m in _BRACKET.finditer(text):
            if m.start() in ends and any(ch.isalpha() for ch in m["name"]):
                out.append(m.span("name"))
    return out


def _arabic_script(text: str) -> Iterator[tuple[int, int]]:
    for m in _AFTER_WORD.finditer(text):
        yield m.span("name")
    for m in _I_AM.finditer(text):
        yield m.span("name")
