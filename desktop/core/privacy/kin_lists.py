"""The children, siblings or parents of a family listed after their plural ("Kinder Amina,
Islam, Zelimkhan", "Kinder: Islam (8), Madina (5)", "Söhne Rustam und Islam", "die Kinder
Yassine, Salma und Adam"). A singular role before a name is names.py's ("Sohn Islam"); after a
plural the list's every item is a child's name, also a first name that is a word too ("Islam",
"Rosa"), where no item is a plain German word ("Kinder unter 16", "Kinder Schule") or a
function word ("Kinder: Sie will …", "Kinder Alle")."""

from __future__ import annotations

from operator import itemgetter

from desktop.core.privacy.wordclass import (
    AMBF,
    CANDIDATE,
    NO_NAME_BEFORE,
    NOT_AFTER_TITLE,
    PREPOSITIONS,
    STRONG,
)

# Plurals of kin that a family's list follows.
_PLURAL_KIN = frozenset({"Kinder", "Söhne", "Töchter", "Geschwister", "Enkel", "Enkelkinder",
                         "Brüder", "Schwestern", "Eltern", "Zwillinge"})
_WORD = itemgetter(2)
# Pronouns, determiners, conjunctions and prepositions written with a capital ("Kinder: Sie
# will …", "Kinder Alle …"): no child's name.
_FUNCTION_WORDS = NOT_AFTER_TITLE | NO_NAME_BEFORE | PREPOSITIONS | {"nur", "auch", "noch"}
# What parts the items: a comma, "und", "sowie"; an item may carry a bracket ("Islam (8)").
_SEPARATORS = (", ", " und ", " u. ", " sowie ", " & ")


def names_after_plural_kin(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                           is_name: list[bool]) -> None:
    """Mark the items of a list of names after a plural of kin (see the module's docstring)."""
    # (the tokens' words against the set, in C: 0.5 µs a note, not the 2.6 of nine substring
    # searches; no note's list is read without its plural among the tokens)
    if _PLURAL_KIN.isdisjoint(map(_WORD, toks)):
        return
    n = len(toks)
    for t in range(n - 1):
        if toks[t][2] not in _PLURAL_KIN or text[toks[t][1]:toks[t + 1][0]] not in (" ", ": "):
            continue
        items, sure, u = [], False, t + 1
        while u < n and cls[u] in CANDIDATE and toks[u][2].lower() not in _FUNCTION_WORDS:
            items.append(u)
            sure = sure or is_name[u] or cls[u] in STRONG or cls[u] == AMBF
            end = toks[u][1]
            if text.startswith(" (", end):  # "Islam (8)", "Amina (geb. 2015)"
                close = text.find(")", end, end + 30)
                if close < 0:
                    break
                sure = sure or any(c.isdigit() for c in text[end:close])
                end = close + 1
            if u + 1 < n and text[end:toks[u + 1][0]] == " " and cls[u + 1] in CANDIDATE \
                    and end == toks[u][1]:
                u += 1  # a child's two names ("Amina Sultani")
                items.append(u)
                end = toks[u][1]
            if u + 1 >= n or text[end:toks[u + 1][0]] not in _SEPARATORS:
                break
            u += 1
        if items and sure:
            for i in items:
                is_name[i] = True
