"""Build the anonymiser's field data (desktop/core/privacy/data/*.zlib) from three PyPI packages.

A developer's step, not part of the app or the test run: the compact result is committed, and
the packages are not needed at run time. Re-running with the pinned versions gives the same
files byte for byte.

    .venv/bin/pip install -e '.[privacy-data]'
    .venv/bin/python -m bench.make_privacy_data

Sources (licences in docs/lizenzen.md):
- german-nouns 1.2.5 (Wiktionary DE, CC BY-SA 4.0): common nouns with all their inflected forms
  (`wiktionary_nomen`), first names (`wiktionary_vornamen`), surnames (`wiktionary_nachnamen`)
  and place names (`wiktionary_orte`) — the part of speech says which is which.
- wordfreq 3.1.1 (data CC BY-SA 4.0): German words at least as frequent as Zipf 3.2 that are not
  nouns (pronouns, verbs, adjectives, adverbs: capitalised at the start of a sentence) and
  not a first name or surname (of these sources or the project's lists) unless very frequent
  (Zipf 4.5: "Sie", "Will", "Man"); common ones (Zipf ≥ 4.0, `wordfreq_woerter`) apart from
  the rarer (`wordfreq_woerter_selten`), which also hold names of famous people.
- the same wordfreq data: which names are also common German words (Zipf ≥ 3.0,
  `wordfreq_namen_als_wort`: "Rosa", "Zimmer", "Christin"), so that they need context.
- gender-guesser 0.4.0 (nam_dict.txt by Jörg Michael, GNU FDL 1.2 or later): about 36,000 first
  names of many countries (`nam_dict_vornamen.txt`: plain text with the GNU FDL notices on top,
  see GFDL_HEADER).
- names 0.3.0 (MIT; its `dist.all.last` is the surname list of the 1990 US census, a work of
  the US government in the public domain): the 88,799 surnames of a country of immigrants,
  many of German, Polish, Scandinavian, Dutch and Jewish origin. Shipped are only those the
  other lists would read as a German compound or noun (`census_nachnamen`: "Engelmann",
  "Kiesewetter", "Landberg"); the rest are a name candidate for the rules already, or a word.

Each file but the nam_dict list is a zlib-compressed, sorted, newline-separated UTF-8 list;
names are folded (lower case without diacritics, desktop.core.privacy.lexicon.fold), words in
plain lower case. To keep
the nouns small, an inflected form that is a lemma plus a regular ending (-e, -n, -en, -s, -es,
-er, -ern, -nen) is left out: the lookup strips those endings.
"""

from __future__ import annotations

import csv
import zlib
from importlib import resources
from pathlib import Path

from desktop.core.privacy.lexicon import STOP_ENDINGS, fold

DATA = Path(__file__).resolve().parent.parent / "desktop" / "core" / "privacy" / "data"
WORD_ZIPF = 3.2
NAME_AS_WORD_ZIPF = 4.5
NAME_WORD_ZIPF = 3.0
COMMON_ZIPF = 4.0
FUNCTION_WORD_ZIPF = 5.5  # "am", "will", "im": more frequent than any name
_PROPER = ("Vorname", "Nachname", "Toponym", "Eigenname")


def _write(name: str, words: set[str]) -> None:
    payload = "\n".join(sorted(w for w in words if w)).encode("utf-8")
    (DATA / f"{name}.zlib").write_bytes(zlib.compress(payload, 9))
    print(f"{name}: {len(words)} Einträge, {len((DATA / f'{name}.zlib').read_bytes()):,} Bytes")


def _forms(row: dict[str, str]) -> set[str]:
    return {v.strip().lower() for k, v in row.items()
            if v and k not in ("lemma", "pos") and not k.startswith("genus")} | {
        row["lemma"].strip().lower()}


def german_nouns() -> tuple[set[str], set[str], set[str], set[str]]:
    path = resources.files("german_nouns").joinpath("nouns.csv")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    nouns: set[str] = set()
    first: set[str] = set()
    sur: set[str] = set()
    places: set[str] = set()
    for row in rows:
        pos = row["pos"].split(",")
        lemma = row["lemma"].strip()
        if " " in lemma or not lemma[:1].isupper():
            continue  # phrases ("1. Weltkrieg") and affixes ("-ant")
        if "Vorname" in pos:
            first.add(lemma)
        if "Nachname" in pos:
            sur.add(lemma)
        if "Toponym" in pos:
            places |= _forms(row)
        if not any(p in pos for p in _PROPER) and "Abkürzung" not in pos:
            nouns |= _forms(row)
    lemmas = {r["lemma"].strip().lower() for r in rows}
    compact = {w for w in nouns if w in lemmas or not any(
        w.endswith(e) and w[:-len(e)] in nouns for e in STOP_ENDINGS)}
    return compact, first, sur, places


# The notices of the modified list (GNU FDL 1.2, section 4: a distinct title, the authors of
# the modification, the original copyright and licence notice kept, our own beside it, and a
# "History"). They open the shipped text file; the loader skips lines starting with "#".
GFDL_HEADER = """\
# Vornamen vieler Länder (first names of many countries) for the personal-data check of
# Gesprächskompass: a modified version of "nam_dict.txt" (List of first names and gender,
# version 1.2 of 2008-11-30) by Jörg Michael.
#
# Modified by the Gesprächskompass project: the names only (no gender, no frequencies, no
# equivalences), parts of double names apart, folded to lower case without diacritics, one a
# line, sorted; made by bench/make_privacy_data.py from nam_dict.txt as shipped in the
# Python package gender-guesser 0.4.0 (https://pypi.org/project/gender-guesser/0.4.0/).
#
# Copyright (c) 2007-2008 Jörg MICHAEL (original list, see his notice below).
# Copyright (c) 2026 the Gesprächskompass project (the modifications).
#
# Permission is granted to copy, distribute and/or modify this document under the terms of
# the GNU Free Documentation License, Version 1.2 or any later version published by the Free
# Software Foundation; with no Invariant Sections, no Front-Cover Texts, and no Back-Cover
# Texts. A copy of the license is included in the file LICENSE-GFDL-1.2.txt beside this file.
#
# History
# - 2007-2008: "nam_dict.txt", List of first names and gender, by Jörg Michael.
# - 2026: "Vornamen vieler Länder", this list, by the Gesprächskompass project (publisher:
#   the Gesprächskompass project): modified as described above.
#
# The original file's notice, unchanged:
#
"""


def nam_dict() -> tuple[set[str], str]:
    """The first names of nam_dict.txt, and the file's own notice (its comment lines up to the
    first line of "#" signs), kept verbatim for the modified list."""
    path = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    names: set[str] = set()
    notice: list[str] = []
    in_notice = True
    with path.open(encoding="utf-8") as f:
        for line in f:
            if in_notice and line.startswith("###"):
                in_notice = False
            elif in_notice:
                notice.append(line.rstrip("\n"))
            if line.startswith(("#", "=")) or len(line) < 30 or line[29] == "+":
                continue  # comments, equivalences, the duplicate "expanded umlaut" lines
            name = line[3:29].strip()
            for part in name.replace("+", " ").replace("-", " ").split():
                if len(part) >= 2:
                    names.add(part)
    return names, "\n".join(notice)


def _write_text(name: str, words: set[str], header: str) -> None:
    """A plain UTF-8 list with its notices on top: the GNU FDL asks for a copy that a text
    editor can revise ("Transparent"), which a compressed file is not."""
    path = DATA / f"{name}.txt"
    path.write_text(header + "\n" + "\n".join(sorted(w for w in words if w)) + "\n",
                    encoding="utf-8", newline="\n")
    print(f"{name}: {len(words)} Einträge, {path.stat().st_size:,} Bytes")


def frequent_words(nouns: set[str], names: set[str], curated: set[str]) -> set[str]:
    """Frequent non-nouns. A name is left out unless it is very frequent and only in nam_dict,
    whose 45,000 entries include German words ("Sie", "Im", "Will"); names of the curated lists
    (Wiktionary, the project's) are left out unless they are function words, more frequent than
    any name (Zipf 5.5: "am", "will"; "Anna" and "Thomas" stay names)."""
    import wordfreq

    folded_names = {fold(n) for n in names}
    folded_curated = {fold(n) for n in curated}
    out = set()
    for word, _ in wordfreq.get_frequency_dict("de", wordlist="large").items():
        if not word.isalpha() or len(word) < 2:
            continue
        zipf = wordfreq.zipf_frequency(word, "de", wordlist="large")
        if zipf < WORD_ZIPF:
            continue
        if word in nouns:
            continue
        if (fold(word) in folded_curated and zipf < FUNCTION_WORD_ZIPF) or (
                fold(word) in folded_names and zipf < NAME_AS_WORD_ZIPF):
            continue
        out.add(word)
    return out


def names_as_words(names: set[str]) -> set[str]:
    """Names that are also common German words (Zipf ≥ 3: "Rosa", "Zimmer", "Christin"): they
    count as names only with context. Rarer ones ("Florin", "Mahdi") count as names."""
    import wordfreq

    return {fold(n) for n in names
            if wordfreq.zipf_frequency(n.lower(), "de", wordlist="large") >= NAME_WORD_ZIPF}


def project_names() -> set[str]:
    """The project's own name lists: a name there is never counted as a frequent word."""
    names: set[str] = set()
    for filename in ("vornamen.txt", "nachnamen.txt"):
        for line in (DATA / filename).read_text(encoding="utf-8").splitlines():
            names.update(line.split("#", 1)[0].split())
    return names


def main() -> int:
    nouns, first, sur, places = german_nouns()
    world, notice = nam_dict()
    _write("wiktionary_nomen", nouns)
    _write("wiktionary_vornamen", {fold(n) for n in first})
    _write("wiktionary_nachnamen", {fold(n) for n in sur})
    _write("wiktionary_orte", places)
    _write_text("nam_dict_vornamen", {fold(n) for n in world}, GFDL_HEADER + notice)
    names = first | sur | world | project_names()
    words = frequent_words(nouns, names, first | sur | project_names())
    import wordfreq

    common = {w for w in words if wordfreq.zipf_frequency(w, "de", wordlist="large") >= COMMON_ZIPF}
    _write("wordfreq_woerter", common)
    _write("wordfreq_woerter_selten", words - common)
    _write("wordfreq_namen_als_wort", names_as_words(names))
    _write("census_nachnamen", census_surnames())
    return 0


def census_surnames() -> set[str]:
    """The census surnames that the lists written above would read as a German compound or
    noun: not a listed name, no German word, no name shape, built like a noun."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.wordclass import looks_like_noun

    # The selection asks only the lists written before; the lexicon needs this file to exist.
    if not (DATA / "census_nachnamen.zlib").exists():
        _write("census_nachnamen", set())
    lex = lexicon()
    text = (resources.files("names") / "dist.all.last").read_text(encoding="ascii")
    out = set()
    for line in text.splitlines():
        name = fold(line.split()[0])
        if (name.isalpha() and not lex.is_name(name) and not lex.is_word(name)
                and not lex.has_name_shape(name)
                and (looks_like_noun(name) or lex.is_compound(name))):
            out.add(name)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
