"""Build the frequent English and French words that the personal-data check keeps inside a
foreign passage (desktop/core/privacy/foreign_passages.py) into
desktop/core/privacy/data/wordfreq_fremdwoerter.zlib.

A developer's step, not part of the app or the test run: the compact result is committed.
Re-running with the pinned versions gives the same file byte for byte.

    .venv/bin/pip install -e '.[privacy-data]'      # wordfreq 3.1.1, names 0.3.0
    .venv/bin/python -m bench.make_foreign_words

Sources (licences in docs/lizenzen.md): wordfreq 3.1.1 (Robyn Speer, data CC BY-SA 4.0), the
`top_n_list` of each language; names 0.3.0 (the 1990 US census's surnames and first names,
public domain). Kept are words of letters only, three at least, that are no name: not a
first name or surname of the check's lists (folded, as the rules compare names), not one of
the given names below that are English words, and not a census name (wordfreq counts the
names of famous people: "garcia", "williams", "garnier") unless it is rare as a name (not
among the census's 10,000 most frequent) and frequent as a word (Zipf 4: "staff", "service",
"deputy", "fait").

Chosen on the development sets (the fifteenth session; meaning words kept on corpus14 A, where
the quoted documents are, against main; no set lost a name in any variant):
English and French 30,000 words each; 20,000 each found 4 words fewer; Spanish, Portuguese
and Italian (5,000 each) one more word but first names with it ("thiago"), so left out. Every
census name left out: 3 words fewer ("staff", "deputy"); none left out: +7 words, but "smith",
"garcia", "rossi" kept as words.
"""

from __future__ import annotations

import zlib
from importlib import resources
from pathlib import Path

from desktop.core.privacy.lexicon import fold, lexicon

DATA = Path(__file__).resolve().parent.parent / "desktop" / "core" / "privacy" / "data"
FILE = DATA / "wordfreq_fremdwoerter.zlib"
LANGUAGES = ("en", "fr")
WORDS_PER_LANGUAGE = 30_000
CENSUS_FREQUENT_RANK = 10_000  # a census name this frequent is a name whatever wordfreq says
WORD_ZIPF = 4.0  # a rarer census name this frequent as a word is a word
# English words given as first names, above all in West Africa ("Blessing", "Favour": names of
# clients in the development notes, frequent words in wordfreq); few lists have them.
WORD_NAMES = frozenset("""
blessing favour favor precious gift peace joy hope faith grace mercy patience prosper goodluck
godswill promise comfort charity chastity destiny divine princess success wisdom justice
innocent lucky loveth miracle marvellous marvelous sunday monday friday honour honor glory
praise testimony victory treasure beauty happiness goodness kindness purity unity harmony
serenity trinity genesis heaven angel christian king prince queen lady baby
""".split())
_CENSUS_LISTS = ("dist.all.last", "dist.male.first", "dist.female.first")


def census_ranks() -> dict[str, int]:
    """The surnames and first names of the 1990 US census (names 0.3.0), folded, with their
    best rank in a list (a line: name, frequency, cumulated frequency, rank)."""
    ranks: dict[str, int] = {}
    for name in _CENSUS_LISTS:
        text = (resources.files("names") / name).read_text(encoding="ascii")
        for line in text.splitlines():
            fields = line.split()
            if fields:
                folded = fold(fields[0])
                ranks[folded] = min(int(fields[3]), ranks.get(folded, int(fields[3])))
    return ranks


def build() -> set[str]:
    """The word set: wordfreq's most frequent words of the languages, without names."""
    import wordfreq  # the privacy-data extra; not needed at run time

    lex = lexicon()
    census = census_ranks()
    words: set[str] = set()
    for language in LANGUAGES:
        for word in wordfreq.top_n_list(language, WORDS_PER_LANGUAGE):
            folded = fold(word)
            if not word.isalpha() or len(word) < 3 or word in WORD_NAMES or \
                    lex.is_name(folded):
                continue
            rank = census.get(folded)
            if rank is not None and (rank <= CENSUS_FREQUENT_RANK or
                                     wordfreq.zipf_frequency(word, language) < WORD_ZIPF):
                continue
            words.add(word)
    return words


def main() -> None:
    words = build()
    payload = "\n".join(sorted(words)).encode("utf-8")
    FILE.write_bytes(zlib.compress(payload, 9))
    print(f"{FILE.name}: {len(words)} Wörter, {FILE.stat().st_size:,} Bytes")


if __name__ == "__main__":
    main()
