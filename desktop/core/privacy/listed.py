"""First names that are German words in a list of people's full names: "Es geht um vier
Monteure: Rodel Bautista, Jerome Macaraeg, Ronaldo Pascual und Mark Anthony Reyes" — "Rodel"
(a sledge) before a surname found, in an item among full names, is the first name (names.py
runs this after the learned judgement)."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.wordclass import KEPT, NO_NAME_BEFORE, ROLE, TITLE

_ITEM_GAPS = (", ", " und ")


def first_names_of_listed_people(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                                 is_name: list[bool]) -> None:
    """Mark a capitalised word before a name found where it starts an item of a list (after
    ": " or ", " behind another name, or "und ") and the next item is a full name of two or
    more words found; never a role, a title or a meaning word ("Anwesend: Kollegin Bautista,
    …" stays as it was)."""
    n = len(toks)
    for t in [t for t, (a, b) in enumerate(zip(is_name, is_name[1:])) if b and not a]:
        start = toks[t][0]
        lead = text[max(0, start - 2):start]
        if lead == ", ":
            if not t or not is_name[t - 1] or toks[t - 1][1] != start - 2:
                continue
        elif lead != ": " and text[max(0, start - 5):start] != " und ":
            continue
        if text[toks[t][1]:toks[t + 1][0]] != " " or cls[t] in (TITLE, ROLE, KEPT):
            continue
        e = t + 1
        while e + 1 < n and is_name[e + 1] and text[toks[e][1]:toks[e + 1][0]] == " ":
            e += 1
        v = e + 1
        if v + 1 >= n or text[toks[e][1]:toks[v][0]] not in _ITEM_GAPS or not (
                is_name[v] and is_name[v + 1] and text[toks[v][1]:toks[v + 1][0]] == " "):
            continue
        word = toks[t][2]
        if word.lower() in NO_NAME_BEFORE or meaning_word(word):
            continue
        is_name[t] = True
