"""One name found as two: a word no language of the lists knows between two names found
("cheikh ahmadou [bamba] ndiaye", "Nguyen [Thi] Hoa" where "Thi" was left) is the middle of the
same person's name, which the rules only lacked a reason to take."""

from __future__ import annotations

from desktop.core.privacy.lowerframes import unknown_word
from desktop.core.privacy.wordclass import NO_NAME_BEFORE, PREPOSITIONS


def names_across_a_word(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (sorted) with two names joined where one space-separated word lies between them
    that is no German word, no common word and no function word (read in lower case); words
    German has ("Ahmad und Nadia", "Karimi schreibt Nadia") keep them apart."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            gap = text[pe:s]
            if len(gap) > 4 and gap[0] == " " and gap[-1] == " " and " " not in gap[1:-1]:
                word = gap[1:-1].lower()
                if word.isalpha() and word not in NO_NAME_BEFORE and word not in PREPOSITIONS \
                        and unknown_word(word):
                    out[-1] = (ps, e)
                    continue
        out.append((s, e))
    return out
