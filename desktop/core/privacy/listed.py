"""First names that are words before a name found: in a list of people's full names ("Es geht
um vier Monteure: Rodel Bautista, Jerome Macaraeg, Ronaldo Pascual und Mark Anthony Reyes" —
"Rodel", a sledge, before a surname found, in an item among full names, is the first name),
and a rare word before a first name and a surname found ("Rey Anthony Villareal", "Jhon Rey
…": Filipino double first names). names.py runs this after the learned judgement."""

from __future__ import annotations

from itertools import compress

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    BOTH,
    DETERMINER_BEFORE,
    FIRST,
    KEPT,
    NO_NAME_BEFORE,
    NOUN,
    PREPOSITIONS,
    ROLE,
    STOP,
    TITLE,
    UNKNOWN,
)

_ITEM_GAPS = (", ", " und ")


def words_before_full_names(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                            is_name: list[bool]) -> None:
    """Mark a word right before a name found (see the module's docstring)."""
    listed = None  # a list of people needs two commas at least: counted once, when asked
    prev = -2
    # the words found as names (compress: a scan in C, most words are none), each run's first
    for u in list(compress(range(len(is_name)), is_name)):
        if u == prev + 1 or not u:
            prev = u
            continue  # inside a run, or the note's first word
        prev = u
        t = u - 1
        c = cls[t]
        if c == TITLE or c == ROLE or c == KEPT or toks[u][0] - toks[t][1] != 1 or \
                text[toks[t][1]] != " ":
            continue
        if listed is None:
            listed = text.count(", ") > 1
        if listed and _starts_listed_person(text, toks, is_name, t) or \
                _rare_before_full_name(text, toks, cls, is_name, t):
            is_name[t] = True


def _rare_before_full_name(text, toks, cls, is_name, t) -> bool:
    """A capitalised rare word (no common word, noun, place or meaning word) before a listed
    first name and one more name found, each after one space: "Rey Anthony Villareal"."""
    if t + 2 >= len(toks) or cls[t] not in (STOP, NOUN, UNKNOWN) or \
            cls[t + 1] not in (FIRST, AMBF, BOTH) or not is_name[t + 2] or \
            text[toks[t + 1][1]:toks[t + 2][0]] != " ":
        return False
    word = toks[t][2]
    lw = word.lower()
    lex = lexicon()
    return not (word.isupper() or lw in lex.common_words or lw in NO_NAME_BEFORE or
                lw in PREPOSITIONS or lex.is_noun(lw) or lex.is_place(lw) or
                DETERMINER_BEFORE.search(text, max(0, toks[t][0] - 12), toks[t][0]) is not None
                or meaning_word(word) or lex.is_compound(lw))  # "Kindsvater Abdullahi …"


def _starts_listed_person(text, toks, is_name, t) -> bool:
    """The word at t starts an item of a list (after ": " or ", " behind another name, or
    "und ") and the next item is a full name of two or more words found; never a role, a
    title or a meaning word ("Anwesend: Kollegin Bautista, …" stays as it was)."""
    n = len(toks)
    start = toks[t][0]
    lead = text[max(0, start - 2):start]
    if lead == ", ":
        if not t or not is_name[t - 1] or toks[t - 1][1] != start - 2:
            return False
    elif lead != ": " and text[max(0, start - 5):start] != " und ":
        return False
    e = t + 1
    while e + 1 < n and is_name[e + 1] and text[toks[e][1]:toks[e + 1][0]] == " ":
        e += 1
    v = e + 1
    if v + 1 >= n or text[toks[e][1]:toks[v][0]] not in _ITEM_GAPS or not (
            is_name[v] and is_name[v + 1] and text[toks[v][1]:toks[v + 1][0]] == " "):
        return False
    word = toks[t][2]
    return word.lower() not in NO_NAME_BEFORE and not meaning_word(word)
