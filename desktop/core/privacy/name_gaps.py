"""Names beside names found, which the rules only lacked a reason to take:

- one name found as two: a word no language of the lists knows between two names found
  ("cheikh ahmadou [bamba] ndiaye") is the middle of the same person's name;
- a listed name typed in lower case joined to a name found by "+", "und" or "&" ("termin
  popal + [fuchs]", "[sauer] und kalinowski sind informiert"): people are listed with
  people, also where the name is a German word too — beside a name that is no word itself
  ("Erfahrung als Schuster und Fischer", "frank und frei": a word found as a name vouches
  for nothing);
- a name spelt out letter by letter beside it, as notes and dictations spell names ("Herr
  Ekwueme, E-K-W-U-E-M-E, Vorname Ikenna"), or after "ich buchstabiere": every hand that
  spells a name marks the spelling as the name (5 of 5 in the development halves)."""

from __future__ import annotations

import re

from desktop.core.privacy.lexicon import Lexicon, fold, lexicon
from desktop.core.privacy.lowerframes import LISTED_ADVERBS, unknown_word
from desktop.core.privacy.wordclass import NO_NAME_BEFORE, PREPOSITIONS, ROLES

_JOINS = (" + ", " und ", " & ")
# Finite verbs the lists hold as neither common words nor words, nor some as first names
# ("Orlow hat Smirnova, bitte nicht anfassen").
_FINITE = frozenset("""ist sind war waren hat hatte haben hätte wird wurde kann konnte muss
musste soll sollte will wollte darf durfte mag sagt sagte""".split())
# (capitalised too: a note typed in lower case is read again as German writes it)
_WORD = r"[^\W\d_][\w'’\u0300-\u036f-]*"
_AFTER = re.compile(rf"({_WORD})(?![\w'’-])")
_BEFORE = re.compile(rf"(?<![\w'’-])({_WORD})$")


def names_beside_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (names found after either reading of a note, sorted) with the two frames of the
    module's docstring."""
    if len(spans) > 1:
        spans = names_across_a_word(text, spans)
    # (one plain search of each join first: most notes have none beside a name; the rare
    # characters "+" and "&" by themselves first, which C finds with memchr)
    if spans and (" und " in text or "+" in text and " + " in text or
                  "&" in text and " & " in text):
        spans = names_joined_to_names(text, spans)
    # (a pattern that begins with the hyphen: the engine skips to each one, 0.2 µs a note; the
    # spelling's own pattern, which begins with a letter, cost 5 µs)
    if spans and "-" in text and _SPELT_INSIDE.search(text):
        spans = with_spelled_names(text, spans)
    return spans


# Three letters or more, each alone between hyphens: "E-K-W-U-E-M-E", "e-i-l-t-s".
_SPELLED = re.compile(r"(?<![\w-])(?:[^\W\d_]-){2,}[^\W\d_](?![\w-])")
_SPELT_INSIDE = re.compile(r"-[^\W\d_]-[^\W\d_](?!\w)")


def with_spelled_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (sorted) with the spellings of the names found ("Krasniqi, K-R-A-S-N-I-Q-I"),
    and any spelling after "buchstabiere" or "buchstabiert" a few words before it."""
    words = {w.casefold() for s, e in spans for w in re.split(r"[\s-]+", text[s:e])}
    extra = [m.span() for m in _SPELLED.finditer(text)
             if m[0].replace("-", "").casefold() in words
             or "buchstabier" in text[max(0, m.start() - 30):m.start()].lower()]
    taken = [span for span in extra if not any(s <= span[0] < e for s, e in spans)]
    return sorted(spans + taken) if taken else spans


def names_across_a_word(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (sorted) with two names joined where one space-separated word lies between them
    that is no German word, no common word and no function word (read in lower case); words
    German has ("Ahmad und Nadia", "Karimi schreibt Nadia") keep them apart."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            if 4 < s - pe < 30 and text[pe] == " " and text[s - 1] == " " and \
                    " " not in (gap := text[pe:s])[1:-1]:
                word = gap[1:-1]
                lw = word.lower()
                # between capitalised names a word in lower case is one only as a listed first
                # name ("Jose manuel Pascual"; not "Herrn Mustafa Rashid zerknittert Jonas")
                if lw.isalpha() and lw not in NO_NAME_BEFORE and lw not in PREPOSITIONS and \
                        lw not in _FINITE and (
                        fold(lw) in lexicon().first_names if word.islower() and
                        not text[s].islower() else unknown_word(lw)):
                    out[-1] = (ps, e)
                    continue
        out.append((s, e))
    return out


def names_joined_to_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (sorted) with the listed names joined to one of them (see the module's
    docstring); not a common or function word, a role, an adverb, a word of meaning or an
    adjective ("ahmad karimi + foto", "herr yilmaz und sohn", "frank und frei" stay)."""
    lex = lexicon()
    extra: list[tuple[int, int]] = []
    taken = set(spans)
    for s, e in spans:
        if not (text.startswith(_JOINS, e) or text.endswith(_JOINS, 0, s)):
            continue
        if fold(text[s:e].split()[-1]) in lex.common_names:
            continue  # a name that is a word too vouches for no neighbour ("frank und frei")
        for join in _JOINS:
            if text.startswith(join, e):
                m = _AFTER.match(text, e + len(join))
                # (typed as the name found is: "Innehalten und ernst nehmen" joins nothing)
                if m is not None and m[1][0].islower() == text[s].islower():
                    extra.append(m.span(1))
            if text.endswith(join, 0, s):
                m = _BEFORE.search(text, max(0, s - len(join) - 30), s - len(join))
                if m is not None and m[1][0].islower() == text[s].islower():
                    extra.append(m.span(1))
    found = [(a, b) for a, b in extra if (a, b) not in taken and _listed(text[a:b].lower(), lex)
             and not any(x < b and a < y for x, y in spans)]
    return sorted(set(spans) | set(found)) if found else spans


def _listed(lw: str, lex: Lexicon) -> bool:
    if len(lw) < 3 or lw in lex.common_words or lw in NO_NAME_BEFORE or lw in PREPOSITIONS or \
            lw in LISTED_ADVERBS or lw.capitalize() in ROLES or lex.is_meaning_word(lw) or \
            lex.is_word(lw) and not lex.is_noun(lw):
        return False  # ("ahmad karimi + foto", "herr x und herr y", "frank und frei")
    return lex.is_name(fold(lw))
