"""Passages of English or French inside a German note: a quoted e-mail ("Please find attached
the Certificate of Employment"), a certificate copied out ("Délivré à : OUALI Rachid",
"Employeur : Constructions Mosellanes"), a client's message. The German data knows none of
their words, so the name rules took ordinary words there for names ("Documents for Blue
Card", "Issued", "Registrar"). In such a passage a capitalised word that is one of the
frequent words of these languages (wordfreq, no name) is kept, unless a name's frame holds it
("Dear Mr Okafor", "my daughter Favour", "Siobhan Kearney").

A passage is a paragraph (lines between blank lines) or a single line whose function words of
these languages are two at least and outnumber the German ones: a German note that quotes an
English title ("das Good Standing Certificate des Council") stays German. The word list is read
only when a note has such a passage (never at start-up, never for a German note)."""

from __future__ import annotations

import bisect
import functools
import zlib

from desktop.core.privacy.foreign import NAME_FRAME
from desktop.core.privacy.lexicon import Lexicon, data_bytes, lexicon
from desktop.core.privacy.particles import CAPITAL_PARTICLES
from desktop.core.privacy.wordclass import (
    NAMEISH,
    NOUN,
    ROLE,
    STOP,
    TITLE,
    UNKNOWN,
    Lazy,
    sentence_start,
)

# Function words of English and French that German does not write (not "in", "an", "so",
# "was", "will", "also", "man", "die", "es", "na": German words too) and that are no particle
# of a name (not "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "el",
# "al", "van": "Maria da Silva", "Herr de la Cruz" is no French; "des" counts for neither).
FOREIGN_FUNCTION_WORDS = frozenset("""
the of and to is are were for with from this that these those have has had you your we our
been by on at not please would can could should which who there their they she he his its it
be or as if any my me us dear regards thank thanks
les et est pour dans une un au aux sur avec par qui que pas vous nous je tu mais il elle ce
cette ces son sa ses leur depuis été sont votre notre mes mon ma où très avons avez êtes suis
à en se
""".split())
# German function words: a line or paragraph with as many of these is German ("des" is
# French too: "École Supérieure des Sciences"; counted in neither).
_GERMAN_FUNCTION_WORDS = frozenset("""
der die das und ist nicht mit von zu den dem ein eine einen einem einer für auf im sich
wir ich sie er bei aus auch hat wird wurde dass noch nach wie zum zur oder aber wenn sind war
habe haben ihr ihre sein seine bis vom über seit keine kein bitte uns mich mir ihm ihn wegen
kann muss soll es am
""".split())
# The most frequent of them: a passage has two function words at least, and one of these
# almost always (on the development sets 28 of the 29 notes with a passage; the other is a
# Tagalog chat whose "sa" and "ma" look French).
# (Grouped by first letter, behind a class of those letters: 1.6 µs a short note against
# 2.5 for the flat list, as most words of a German note fail at their first letter.)
# ("she", "has", "who", "not", "did" too: "Ms Bekova, who has lived here since 2022. She says
# her Duldung was not renewed because she did not attend …" has none of the others)
_FREQUENT_FUNCTION_WORD = Lazy(r" (?=[taoimyfeàjlpvdshnw])(?:t(?:he|o)|of|a(?:nd|vec)|is|m(?:y|es)"
                               r"|your?|for|e(?:t|st)|à|je|les|pour|vous|dans|she|has|who|not"
                               r"|did) ")
_WORD = Lazy(r"[^\W\d_]+")
# Two blank-line-separated paragraphs: a line with only spaces between them.
_PARAGRAPH_BREAK = Lazy(r"\n[ \t]*\n")
_WORDLIST = "wordfreq_fremdwoerter"


def foreign_passages(text: str) -> list[tuple[int, int]]:
    """The note's foreign passages as sorted (start, end) spans of lines; none for a note
    without one of the most frequent function words between spaces (one search, which stops
    only at spaces; a set test of the note's words took twice as long)."""
    if _FREQUENT_FUNCTION_WORD.search(text) is None:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    # a paragraph with a foreign function word and no German one (an e-mail's header,
    # "Betreff: Documents for Blue Card") goes with a foreign paragraph right after it
    pending: tuple[int, int] | None = None
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = len(text) if brk is None else brk.start()
        lines = []
        at = start
        for line in text[start:end].split("\n"):
            lines.append((at, at + len(line), *_counts(line)))
            at += len(line) + 1
        foreign = sum(f for _, _, f, _ in lines)
        german = sum(g for _, _, _, g in lines)
        if _is_foreign(foreign, german):
            if pending is not None:
                spans.append(pending)
            spans.append((start, end))
            pending = None
        else:
            spans.extend((a, b) for a, b, f, g in lines if _is_foreign(f, g))
            pending = (start, end) if foreign and not german else None
        if brk is not None:
            start = brk.end()
    return spans


def _counts(line: str) -> tuple[int, int]:
    # As written: a function word inside a sentence is in lower case, and capitalised it may
    # be a name ("Ma / Ma – Verlängerung", "He Wei", "Son Min-ji").
    words = _WORD.findall(line)
    return (sum(w in FOREIGN_FUNCTION_WORDS for w in words),
            sum(w in _GERMAN_FUNCTION_WORDS for w in words))


def _is_foreign(foreign: int, german: int) -> bool:
    return foreign >= 2 and foreign > german


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is `pos` inside one of the sorted, disjoint spans?"""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


@functools.cache
def common_foreign_words() -> frozenset[str]:
    """wordfreq's most frequent English and French words, in lower case, without names
    (bench/make_foreign_words.py); read on the first foreign passage."""
    return frozenset(zlib.decompress(data_bytes(f"{_WORDLIST}.zlib")).decode("utf-8").split("\n"))


# The classes a word of the list can have here: not a listed name, not a title or role.
_WORD_CLASSES = frozenset({UNKNOWN, STOP, NOUN})
_TITLE_GAPS = frozenset({" ", ". ", ": ", ".: "})


def foreign_passage_words(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                          out: list[int]) -> None:
    """Capitalised frequent English and French words inside a foreign passage: no name,
    whatever the rules would read into them ("Documents for Blue Card", "Issued on",
    "Employeur :"). Not after a form of address, a role or a kinship word ("Dear Mr Grant",
    "my daughter Favour"), not beside a listed name ("Grace Young"), not a chat's speaker
    before a colon who speaks on another line too ("Blessing: Serious??")."""
    spans = foreign_passages(text)
    if not spans:
        return
    words = common_foreign_words()
    n = len(toks)
    for t, (start, end, word) in enumerate(toks):
        c = cls[t]
        lw = word.lower()
        if (c not in _WORD_CLASSES or lw not in words) and (
                # a function word of theirs that a list has as a name too, opening a sentence:
                # "She says …", "His brother …", "Can I come …" (not "He Wei", "Son Min-ji")
                c in (TITLE, ROLE) or lw not in FOREIGN_FUNCTION_WORDS
                or not sentence_start(text, start)) or not inside(spans, start):
            continue
        if t and cls[t - 1] in (TITLE, ROLE) and text[toks[t - 1][1]:start] in _TITLE_GAPS:
            continue
        if text[max(0, start - 12):start].rstrip(" ,:\"„“'").rpartition(" ")[2].lower() in \
                NAME_FRAME:
            continue
        if (t + 1 < n and text[end:toks[t + 1][0]] == " " and cls[t + 1] in NAMEISH) or (
                t and text[toks[t - 1][1]:start] == " " and cls[t - 1] in NAMEISH):
            continue
        if text[end:end + 1] == ":" and (not start or text[start - 1] == "\n") and \
                text.count(f"\n{word}:") + text.startswith(f"{word}:") >= 2:
            continue
        out.append(t)


_PAIR_CLASSES = frozenset({UNKNOWN, STOP})
# A name's particle before a word of the list is a surname: "mit Ten Gronde vereinbart".
_NAME_PARTICLES = frozenset(CAPITAL_PARTICLES.split("|"))


def english_pairs(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                  out: list[int]) -> None:
    """Two capitalised words side by side that German does not have and that are both frequent
    English or French words, no name ("International Office", "Teaching Hospital", "Computer
    Science"), also in a German sentence: a program's, an office's or a subject's name. The
    word list is read only where such a pair stands (one note in a few hundred)."""
    pairs = [t for t in range(len(toks) - 1)
             if cls[t] in _PAIR_CLASSES and cls[t + 1] in _PAIR_CLASSES
             and toks[t][1] + 1 == toks[t + 1][0] and text[toks[t][1]] == " "]
    if pairs:
        # a German adjective and noun ("Blaue Karte", "Öffentliche Sicherheit") or two nouns
        # load no list: one word is no German word, or neither is a German noun
        lex = lexicon()
        pairs = [t for t in pairs if _english_like(toks[t][2].lower(), toks[t + 1][2].lower(),
                                                   lex)]
    if not pairs:
        return
    words = common_foreign_words()
    for t in pairs:
        if toks[t][2].lower() in words and toks[t + 1][2].lower() in words and \
                toks[t][2] not in _NAME_PARTICLES:
            out.extend((t, t + 1))


def _english_like(a: str, b: str, lex: Lexicon) -> bool:
    return not lex.is_word(a) or not lex.is_word(b) or not (lex.is_noun(a) or lex.is_noun(b))
