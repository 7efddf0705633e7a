"""The shipped word lists (data/*.txt), loaded once on first use into frozensets.

Names are compared folded (lower case, without diacritics: "Öztürk" = "ozturk"), meaning words
in plain lower case. Nothing is downloaded: the lists ship with the package and the bundle.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources

# Letters that NFKD does not split into base letter + mark.
_FOLD_EXTRA = str.maketrans({
    "ı": "i", "ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th",
    "’": "'", "ʼ": "'", "`": "'",
})

# Endings tried when a meaning word appears inflected ("Anträgen", "Dolmetscherinnen").
STOP_ENDINGS = ("nen", "ern", "en", "er", "es", "n", "s", "e")


def fold(word: str) -> str:
    """Lower case without diacritics, for comparing names across spellings."""
    lowered = word.lower().translate(_FOLD_EXTRA)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Lexicon:
    """All shipped lists; names folded, meaning words lower case."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]
    stopwords: frozenset[str]
    places: frozenset[str]
    name_prefixes: tuple[str, ...]
    name_suffixes: tuple[str, ...]

    def is_stopword(self, word: str) -> bool:
        """A meaning word, also in a common inflected form."""
        lw = word.lower()
        if lw in self.stopwords or lw in self.places:
            return True
        for ending in STOP_ENDINGS:
            if len(lw) > len(ending) + 2 and lw.endswith(ending):
                stem = lw[: -len(ending)]
                if stem in self.stopwords or stem in self.places:
                    return True
        return False

    def is_name(self, folded: str) -> bool:
        return folded in self.first_names or folded in self.surnames

    def has_name_shape(self, folded: str) -> bool:
        """Begins or ends like a name and practically never like a German word."""
        return len(folded) >= 5 and (
            folded.endswith(self.name_suffixes) or folded.startswith(self.name_prefixes))


def _words(filename: str) -> list[str]:
    text = resources.files(__package__).joinpath("data", filename).read_text(encoding="utf-8")
    words: list[str] = []
    for line in text.splitlines():
        words.extend(line.split("#", 1)[0].split())
    return words


@functools.cache
def lexicon() -> Lexicon:
    """The lists, read on first use and kept for the life of the process."""
    shapes = _words("namensformen.txt")
    return Lexicon(
        first_names=frozenset(fold(w) for w in _words("vornamen.txt")),
        surnames=frozenset(fold(w) for w in _words("nachnamen.txt")),
        ambiguous=frozenset(fold(w) for w in _words("mehrdeutig.txt")),
        stopwords=frozenset(w.lower() for w in _words("stoppwoerter.txt")),
        places=frozenset(w.lower() for w in _words("orte.txt")),
        name_prefixes=tuple(fold(w[:-1]) for w in shapes if w.endswith("-")),
        name_suffixes=tuple(fold(w[1:]) for w in shapes if w.startswith("-")),
    )
