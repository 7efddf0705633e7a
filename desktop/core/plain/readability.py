"""The Wiener Sachtextformel (first variant), with syllables counted by pyphen's German
hyphenation dictionary.

Bamberger and Vanecek's formula estimates the school year (4 = very easy, 15 = very hard) a
German factual text needs. textstat computes it the same way (pyphen syllables, words of more
than six letters as long, words per sentence from its own sentence count), but textstat ≥ 0.7.10
imports nltk, which loads the network stack (urllib, http.client, ssl) and downloads an English
dictionary at run time: not for an offline app. So pyphen, which textstat itself uses for German,
is the dependency, and tests/core/test_plain_readability.py checks our figure against textstat's
definitions on texts of its own. The dictionary (0.5 s to load) is read on first use, never at
start-up.
"""

from __future__ import annotations

import functools
import re
import threading

_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_lock = threading.Lock()


@functools.cache
def _dictionary():
    import pyphen

    return pyphen.Pyphen(lang="de_DE")


def syllables(word: str) -> int:
    """Syllables of one word, as hyphenation points + 1 (textstat's count for German)."""
    with _lock:  # pyphen caches per instance; the checker may run on a worker thread
        return len(_dictionary().positions(word.lower())) + 1


def _sentence_count(text: str) -> int:
    """textstat's sentence count: fragments of two words or fewer do not count."""
    parts = _SENTENCE.findall(text)
    short = sum(1 for p in parts if len(_words(p)) <= 2)
    return max(1, len(parts) - short)


def _words(text: str) -> list[str]:
    """textstat's words: punctuation (hyphens too) removed, split at white space."""
    return re.sub(r"[^\w\s']", "", text).split()


def wiener_sachtextformel(text: str) -> float | None:
    """The first Wiener Sachtextformel of `text`; None for a text without words."""
    words = _words(text)
    if not words:
        return None
    counts = [syllables(w) for w in words]
    n = len(words)
    ms = 100 * sum(1 for c in counts if c >= 3) / n
    sl = n / _sentence_count(text)
    iw = 100 * sum(1 for w in words if len(w) > 6) / n
    es = 100 * sum(1 for c in counts if c == 1) / n
    return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875


def warm_up() -> None:
    """Load the dictionary now (call it from a worker thread before the first check)."""
    syllables("Aufenthaltserlaubnis")
