"""File and document numbers dictated word by word after their keyword.

A dictated note speaks an identifier as its digits, numbers, letters and separators:
"Aktenzeichen neun null vier sieben drei drei eins Strich zwei vier drei", "Aktenzeichen
zweiunddreißig Punkt dreizehn Strich F Strich null fünf zwei null null vier", "Pass …
Nummer B zwei null vier vier eins neun sieben drei". After the keyword the run of number words
(a digit, or a number up to 99: "dreizehn", "zweiunddreißig"), single capital letters and the
spoken separators "Strich", "Schrägstrich", "Bindestrich", "Punkt" (only between two numbers:
after the last one it ends the sentence) is the identifier, with three number words at least.
A run after "Nummer" alone is a document's only when it begins with a letter (a number that
begins with "null" is a phone's: patterns._phones). Read only in a dictated note (with a
spoken "Punkt" or "Komma", or typed in lower case) that has such a keyword.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.model import Kind

Candidate = tuple[int, int, Kind, int]

_UNIT = "eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun"
_NUMBER = (r"(?:null|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig"
           r"|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)|zehn|elf|zwölf|(?:drei|vier|fünf"
           rf"|sech|sieb|acht|neun)zehn|{_UNIT})(?![\w])")
_PART = rf"(?:{_NUMBER}|[A-Z](?![\w]))"
_SEPARATOR = r"(?:[Ss]trich|[Ss]chrägstrich|[Bb]indestrich|[Pp]unkt(?= " + _NUMBER + "))"
SOURCE = (r"(?<![\w])(?P<kw>[Aa]ktenzeichen|[Gg]eschäftszeichen|[Pp]assnummer|[Aa]usweisnummer"
          r"|[Nn]ummer)(?: (?:ist|lautet))?:? (?P<num>" + _PART + "(?: (?:" + _SEPARATOR
          + " )?" + _PART + ")*)")
_KINDS = {"aktenzeichen": Kind.AKTENZEICHEN, "geschäftszeichen": Kind.AKTENZEICHEN}


@functools.cache
def _pattern() -> re.Pattern[str]:
    return re.compile(SOURCE)


@functools.cache
def _number_word() -> re.Pattern[str]:
    return re.compile(_NUMBER)


def spoken_ids(text: str, priority: int) -> Iterator[Candidate]:
    """Identifiers dictated after their keyword (see the module docstring)."""
    for m in _pattern().finditer(text):
        num = m["num"]
        if len(_number_word().findall(num)) < 3:
            continue
        kw = m["kw"].lower()
        if kw == "nummer" and not (num[0].isupper() and num[1] == " "):
            continue  # "Nummer null eins sieben …": a phone's number
        yield m.start("num"), m.end("num"), _KINDS.get(kw, Kind.AUSWEISNUMMER), priority
