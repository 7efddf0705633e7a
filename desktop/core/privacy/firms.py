"""Owners' surnames in the names of small firms: German crafts and trades are named after
their owner ("Spedition Huber", "Gebr. Engel Metallbau", "Bäckerei Lorenz in Völklingen",
"Fa. Huber", "Firma Bauer"), and such a firm names a person as plainly as "Herr Huber" does (see
names.py for the order in which the rules run)."""

from __future__ import annotations

from bisect import bisect_left

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    BOTH,
    FIRST,
    SHAPE,
    SUR,
    UNKNOWN,
    Lazy,
)

# The trade before the owner: a "-erei" of the crafts (Bäckerei, Metzgerei, Schreinerei,
# Gärtnerei …), a haulier, "Fa."/"Firma", "Gebr." (the brothers' surname follows). Found by
# plain string searches, names.py asks for them before (each costs some 0.2 µs a note, so
# only these: a pattern with these words was tried at every capital, 9 µs a note).
TRADES = ("erei ", "Fa. ", "Firma ", "Spedition ", "Gebr. ")
_CRAFT = Lazy(r"[A-ZÄÖÜ][a-zäöü]{2,}erei$")
# A trade's owner is a surname by the data; after "Gebr." the brothers' name may be any word
# ("Gebr. Engel").
_OWNER = frozenset({SUR, AMBIG, BOTH, SHAPE, UNKNOWN})
_BROTHERS = frozenset({SUR, AMBIG, BOTH, SHAPE, UNKNOWN, FIRST, AMBF})


def owners_of_firms(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                    is_name: list[bool]) -> None:
    """Mark the surname right after a trade's name (see TRADES): a surname by the data, no
    place ("Spedition Rosenheim") and no meaning word."""
    for trade in TRADES:
        at = text.find(trade)
        while at >= 0:
            begin, end = at, at + len(trade)
            at = text.find(trade, end)
            if not text[end:end + 1].isupper():
                continue
            if trade[0].isupper():
                if begin and text[begin - 1].isalnum():
                    continue  # inside a word: "Sofa. "
            else:  # the end of a craft's word: its start must be a capital
                word_start = max(text.rfind(" ", 0, end - 1), text.rfind("\n", 0, end - 1)) + 1
                if _CRAFT.match(text, word_start, end - 1) is None:
                    continue
            t = bisect_left(toks, end, key=_start)
            _owner(text, toks, cls, is_name, t if t < len(toks) and toks[t][0] == end else None,
                   trade == "Gebr. ")
            if trade == "Fa. " and t and toks[t - 1][0] == begin:
                is_name[t - 1] = False  # "Arbeitgeber: Fa. Huber": the abbreviation, no name


def _owner(text, toks, cls, is_name, t, brothers: bool) -> None:
    """Mark the word at t as the trade's owner where it may be one (see owners_of_firms)."""
    if t is None or is_name[t] or text[toks[t][1]:toks[t][1] + 1] == ".":
        return  # an abbreviation: "Firma Gebr. Engel"
    word = toks[t][2]
    if cls[t] not in (_BROTHERS if brothers else _OWNER) or \
            lexicon().is_place(word.lower()) or meaning_word(word):
        return
    is_name[t] = True


def _start(tok: tuple[int, int, str]) -> int:
    return tok[0]
