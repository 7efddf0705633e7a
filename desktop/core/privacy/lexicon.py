"""The shipped word lists, loaded once on first use into frozensets.

Two kinds of data (data/README.md):
- field data, built by bench/make_privacy_data.py from well-kept sources and stored as zlib-compressed
  sorted lists (*.zlib): German common nouns with their forms, first names, surnames and place
  names from Wiktionary (german-nouns), frequent German words that are not nouns (wordfreq),
  first names of many countries (nam_dict of gender-guesser; plain text with its GNU FDL
  notices, nam_dict_vornamen.txt);
- small project lists (*.txt) for what those lack: the meaning words of this field
  (stoppwoerter.txt), names as they are spelt in German files, names that are also German
  words and need context (mehrdeutig.txt), and the shapes of names (namensformen.txt).

Names are compared folded (lower case, without diacritics: "Öztürk" = "ozturk"), words in plain
lower case. Nothing is downloaded: the lists ship with the package and the bundle. Loading
takes some 50 ms and happens on the first check, never at start-up.
"""

from __future__ import annotations

import bisect
import functools
import gc
import os
import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

# Letters that NFKD does not split into base letter + mark.
_FOLD_EXTRA = str.maketrans({
    "ı": "i", "ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th",
    "’": "'", "ʼ": "'", "`": "'",
})

# Endings tried when a meaning word appears inflected ("Anträgen", "Dolmetscherinnen").
STOP_ENDINGS = ("nen", "ern", "en", "er", "es", "n", "s", "e")
# Linking elements between the parts of a compound ("Aufenthalts|erlaubnis", "Ehegatten|nachzug").
_LINKS = ("", "s", "es", "n", "en", "e", "er", "ns")
_VOWELS = frozenset("aeiouäöü")
# Endings of derived adjectives ("pädagogisch", "ehrenamtlich", "zuständig", "lesbar").
_ADJECTIVE_SUFFIXES = ("isch", "lich", "ig", "bar", "sam", "haft", "los")
# A participle of a verb with a separable prefix: "ausgehändigt", "beigefügt", "angerufen",
# also of one with an inseparable prefix after it: "zuerkannt", "anerkannt", "vorbereitet".
@functools.cache
def participle_rx() -> re.Pattern[str]:  # compiled on first use: importing stays cheap
    return re.compile(r"(?:aus|bei|ein|an|ab|zu|vor|nach|mit|auf|zurück|weiter|her|hin|fest"
                      r"|weg|dar|um|durch)(?:ge|er|ver|be|ent)[a-zäöüß]{3,}(?:t|en)")


@functools.lru_cache(maxsize=1 << 16)  # the same words come again and again; 2 µs a call
def fold(word: str) -> str:
    """Lower case without diacritics, for comparing names across spellings."""
    lowered = word.lower().translate(_FOLD_EXTRA)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Lexicon:
    """All shipped lists; names folded, words lower case."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]
    stopwords: frozenset[str]
    places: frozenset[str]
    nouns: frozenset[str]
    words: frozenset[str]
    name_prefixes: tuple[str, ...]
    name_suffixes: tuple[str, ...]
    sorted_words: tuple[str, ...] = ()
    common_names: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    # Surnames of the US census that the rules below would otherwise read as German compounds
    # ("Engelmann", "Kiesewetter", "Landberg"): only those, as the others are candidates anyway.
    census_surnames: frozenset[str] = frozenset()
    # The nouns and frequent words as read, each list already sorted: is_prefix asks each of
    # them (sorting their union took 50 ms, merging the two sorted runs still 3 ms of a
    # command-line run's fixed cost).
    prefix_sources: tuple[list[str], ...] = field(default=(), repr=False, compare=False)
    _stop_cache: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    # is_compound's answers: some twenty modules ask it (the classifier, the judge's features,
    # the frames), often of the same word in one note, and each answer tries every split of
    # the word against the nouns (about 3 µs a short note in all before this cache).
    _compound_cache: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def is_prefix(self, lw: str) -> bool:
        """Is lw the beginning of a longer German word ("verl" of "verlängerung")?

        In a sorted list the first entry after lw begins with lw if any entry after it does
        (an entry after lw that does not begin with lw sorts after all that do), so the answer
        for the union of sorted lists is whether one of them answers yes."""
        sources: tuple[Sequence[str], ...] = self.prefix_sources
        if not sources:  # a Lexicon made without them: sorted on the first question only
            if not self.sorted_words:
                object.__setattr__(self, "sorted_words",
                                   tuple(sorted(self.nouns | self.common_words)))
            sources = (self.sorted_words,)
        for words in sources:
            i = bisect.bisect_right(words, lw)
            if i < len(words) and words[i].startswith(lw):
                return True
        return False

    def is_stopword(self, word: str) -> bool:
        """A meaning word of the project's own list or a place, also in an inflected form."""
        hit = self._stop_cache.get(word)
        if hit is None:
            if len(self._stop_cache) > 100_000:
                self._stop_cache.clear()
            hit = self._stop_cache[word] = self._is_stopword(word)
        return hit

    def _is_stopword(self, word: str) -> bool:
        lw = word.lower()
        if lw in self.stopwords or lw in self.places:
            return True
        for ending in STOP_ENDINGS:
            if len(lw) > len(ending) + 3 and lw.endswith(ending):
                stem = lw[: -len(ending)]
                if stem in self.stopwords or stem in self.places:
                    return True
        return False

    def is_place(self, lw: str) -> bool:
        """A place of the lists, also in an inflected or derived form ("Grünberger")."""
        if lw in self.places:
            return True
        return any(len(lw) > len(ending) + 3 and lw.endswith(ending)
                   and lw[: -len(ending)] in self.places for ending in STOP_ENDINGS)

    def is_meaning_word(self, word: str) -> bool:
        """A meaning word of the project's list, not a place: places are surnames too ("Kola",
        "Brenner", "Eder", "Grünberger"), so a place alone never keeps a word from a name.
        Nor an adjective's inflected form with a capital ("Knappe", "Linke": the list's
        "knapp", "link"): German capitalises those only as nouns or names."""
        if not self.is_stopword(word) or self.is_place(word.lower()):
            return False
        lw = word.lower()
        if word[:1].isupper() and lw[-1:] == "e" and lw not in self.stopwords:
            stem = lw[:-1]  # "knapp|e", "link|e": an adjective of the list, no noun
            if stem in self.stopwords and stem in self.words and stem not in self.nouns and \
                    not stem.endswith(("ung", "heit", "keit", "schaft", "ion", "tät")):
                return False
        return True

    def is_noun(self, lw: str) -> bool:
        """A German common noun in any form (Wiktionary), given in lower case."""
        nouns = self.nouns
        if lw in nouns:
            return True
        for ending in STOP_ENDINGS:  # a stem of four letters at least: "Jane" is no "Jan" + e
            if len(lw) > len(ending) + 3 and lw.endswith(ending) and lw[: -len(ending)] in nouns:
                return True
        return False

    def is_word(self, lw: str) -> bool:
        """A German word by the data: a noun, a frequent word, a place or a listed meaning word."""
        return lw in self.words or self.is_noun(lw) or self.is_stopword(lw)

    def is_compound(self, lw: str, depth: int = 0) -> bool:
        """A German compound: a noun as its last part and a German word before it, possibly
        with a linking element ("Passbeschaffungs|pflicht", "Nachbar|schalter")."""
        if depth:  # a part of a word asked (below): its answer depends on the depth
            return self._is_compound(lw, depth)
        hit = self._compound_cache.get(lw)
        if hit is None:
            if len(self._compound_cache) > 100_000:
                self._compound_cache.clear()
            hit = self._compound_cache[lw] = self._is_compound(lw, 0)
        return hit

    def _is_compound(self, lw: str, depth: int) -> bool:
        for i in range(3, len(lw) - 2):
            if not self.is_noun(lw[i:]):
                continue
            head = lw[:i]
            short = len(lw) - i == 3  # "Hoffnungs|tal": a three-letter head needs a noun before it
            for link in _LINKS:
                if link and not head.endswith(link):
                    continue
                stem = head[: len(head) - len(link)]
                if short and (len(stem) < 4 or not self.is_noun(stem)):
                    continue
                if len(stem) >= 3 and (self.is_noun(stem) or (
                        len(stem) >= 4 and self.is_word(stem)) or (
                        # a noun's final e falls away before the next part: "Adress|aufkleber";
                        # only before a vowel (before a consonant surnames are cut so too and
                        # names were lost on the development sets: "Schul|…")
                        # ("Lili|anna" is a name: not before a name or a short noun)
                        not link and len(stem) >= 4 and lw[i] in _VOWELS and
                        len(lw) - i >= 5 and not self.is_name(fold(lw[i:])) and
                        self.is_noun(stem + "e")) or (
                        depth < 2 and self.is_compound(stem, depth + 1))):
                    return True
        return False

    def is_name(self, folded: str) -> bool:
        return folded in self.first_names or folded in self.surnames

    def is_inflected(self, lw: str) -> bool:
        """An inflected adjective or a participle the lists do not hold, read by its build:
        "betreutes" (betreut + es), "sozialpädagogischer" (…pädagogisch + er), "ausgehändigt"
        (aus + ge + händig + t). Surnames are seldom built so, and a listed name is never
        asked."""
        if participle_rx().fullmatch(lw):
            return True
        for ending in ("em", "en", "er", "es", "e"):
            if not lw.endswith(ending):
                continue
            stem = lw[: -len(ending)]
            if stem.endswith(_ADJECTIVE_SUFFIXES):
                # "…pädagogisch": a word of the lists as the stem's last part (six letters or
                # more: "sozial|pädagogisch"); a long stem so built is an adjective anyway
                # ("eritreisch|er", "ärztlich|em": no surname ends so)
                return len(stem) >= 8 or any(stem[i:] in self.words
                                             for i in range(0, len(stem) - 5))
            if stem.endswith(("t", "end")) and stem in self.words:
                return True  # "betreutes", "zuständiger" as the lists hold "betreut", …
            if ending in ("er", "em") and len(stem) >= 5 and \
                    stem in self.words and not self.is_noun(stem):
                return True  # "anonymer", "jährlicher": a word of the lists and an ending
        return False

    def has_name_shape(self, folded: str) -> bool:
        """Begins or ends like a name and practically never like a German word."""
        return len(folded) >= 5 and (
            folded.endswith(self.name_suffixes) or folded.startswith(self.name_prefixes))


# The shipped files sit beside this module, in the bundle too (build/gespraechskompass.spec).
# Read as plain files, not through importlib.resources: importing that (with typing, tempfile
# and zipfile's readers) was 5 ms of a short `anonymize --jsonl` run's fixed cost; nor through
# pathlib, which nothing else on that path imports (4 ms where no editable install's finder
# has imported it already: the bundle, an installed wheel).
_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def data_bytes(filename: str) -> bytes:
    """A file of the privacy package's data folder."""
    with open(os.path.join(_DATA, filename), "rb") as file:
        return file.read()


def _words(filename: str) -> list[str]:
    text = data_bytes(filename).decode("utf-8")
    words: list[str] = []
    for line in text.splitlines():
        words.extend(line.split("#", 1)[0].split())
    return words


def _folded(words: list[str]) -> list[str]:
    """fold() of each word: lower case and the extra letters in one pass over them all, the
    rest only for the few words that are not ASCII then (a call per word was 4 ms of the load).
    Both steps work letter by letter, so the result is the same."""
    if not words:
        return []
    lowered = "\n".join(words).lower().translate(_FOLD_EXTRA).split("\n")
    return [w if w.isascii() else fold(w) for w in lowered]


def _field(name: str) -> list[str]:
    """A field-data list: zlib-compressed, sorted, one entry a line (bench/make_privacy_data.py)."""
    return zlib.decompress(data_bytes(f"{name}.zlib")).decode("utf-8").split("\n")


def _field_text(name: str) -> list[str]:
    """A field-data list shipped as plain text, its licence notices in "#" lines on top (the
    GNU FDL list: the licence asks for a copy a text editor can revise)."""
    text = data_bytes(f"{name}.txt").decode("utf-8")
    start = 0
    while text.startswith("#", start):  # the notices, then only entries: one split in C
        start = text.index("\n", start) + 1
    return text[start:].split()


@functools.cache
def lexicon() -> Lexicon:
    """The lists, read on first use and kept for the life of the process.

    They are then moved out of the garbage collector's sight (gc.freeze): 180,000 set entries
    that never form a cycle, which every full collection walked again — about a tenth of the
    time of an `anonymize --jsonl` run, where the caches of the name rules keep growing and
    so set off full collections. The freeze takes every object alive at that moment along;
    the app froze what its start made anyway (desktop/app.py)."""
    lexicon = _load()
    gc.freeze()
    return lexicon


def _load() -> Lexicon:
    shapes = _words("namensformen.txt")
    nouns, words = _field("wiktionary_nomen"), _field("wordfreq_woerter")
    return Lexicon(
        first_names=frozenset([*_folded(_words("vornamen.txt")),
                               *_field("wiktionary_vornamen"), *_field_text("nam_dict_vornamen")]),
        surnames=frozenset([*_folded(_words("nachnamen.txt")),
                            *_field("wiktionary_nachnamen")]),
        ambiguous=frozenset(_folded(_words("mehrdeutig.txt"))),
        stopwords=frozenset(w.lower() for w in _words("stoppwoerter.txt")),
        places=frozenset([*(w.lower() for w in _words("orte.txt")), *_field("wiktionary_orte")]),
        nouns=frozenset(nouns),
        words=frozenset([*words, *_field("wordfreq_woerter_selten")]),
        common_words=frozenset(words),
        common_names=frozenset(_field("wordfreq_namen_als_wort")),
        name_prefixes=tuple(fold(w[:-1]) for w in shapes if w.endswith("-")),
        name_suffixes=tuple(fold(w[1:]) for w in shapes if w.startswith("-")),
        prefix_sources=(nouns, words),
        census_surnames=frozenset(_field("census_nachnamen")),
    )
