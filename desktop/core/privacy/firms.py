"""Owners' surnames in the names of small firms: German crafts and trades are named after
their owner ("Spedition Huber", "Gebr. Engel Metallbau", "Bäckerei Lorenz in Völklingen",
"Fa. Huber", "Firma Bauer"), and such a firm names a person as plainly as "Herr Huber" does (see
names.py for the order in which the rules run)."""

from __future__ import annotations

from bisect import bisect_left

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import Lexicon, fold, lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    AMBIGUOUS,
    BOTH,
    FIRST,
    KEPT,
    NAMEISH,
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


def firm_owners(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                is_name: list[bool]) -> None:
    """The owners a note's firms name (owners_of_firms, owners_before_trades), each behind its
    plain substring tests."""
    if "erei " in text or "Fa. " in text or "Firma " in text or "Spedition " in text or \
            "Gebr. " in text:
        owners_of_firms(text, toks, cls, is_name)  # "Spedition Huber", "Gebr. Engel"
    if firm_marks(text):
        owners_before_trades(text, toks, cls, is_name)  # "Wolf Logistik", "Glas & Partner"


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
                   trade == "Gebr. ", trade != "Gebr. ")
            if trade == "Fa. " and t and toks[t - 1][0] == begin:
                is_name[t - 1] = False  # "Arbeitgeber: Fa. Huber": the abbreviation, no name


def _owner(text, toks, cls, is_name, t, brothers: bool, firm: bool = False) -> None:
    """Mark the word at t as the trade's owner where it may be one (see owners_of_firms);
    after "Fa."/"Firma" (`firm`) also a listed name that is a word too ("Fa. Winter in
    Ludwigsburg", "Fa. Wolf Logistik"): a firm is named after its owner, or by a brand no
    list holds as a name ("Fa. Nordwind Offshore", "Fa. Hanse Optics")."""
    if t is None or is_name[t] or text[toks[t][1]:toks[t][1] + 1] == ".":
        return  # an abbreviation: "Firma Gebr. Engel"
    word = toks[t][2]
    if firm and cls[t] in AMBIGUOUS and not word.isupper() and \
            not lexicon().is_place(word.lower()):
        is_name[t] = True
        return
    if cls[t] not in (_BROTHERS if brothers else _OWNER) or \
            lexicon().is_place(word.lower()) or meaning_word(word):
        return
    is_name[t] = True


# A firm's legal form or its line of business after the owner's name ("Kaiser Logistik
# GmbH", "Glas Berg GmbH", "vom Müller Mühlenbetrieb", "Sommer Anlagenbau"), and the partners
# of a firm named after them ("Glas & Partner mbB", "Licht & Berg Elektrotechnik").
_LEGAL = frozenset({"GmbH", "mbH", "KG", "OHG", "GbR", "mbB", "UG", "AG"})
_TRADE_END = Lazy(r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:bau|technik|logistik|betrieb|reinigung|service"
                  r"|transporte|handel|immobilien|montage)|Logistik|Bau|Transporte|Immobilien"
                  r"|Systems|Reinigung|Handel|Service)$")
_PARTNERS = frozenset({"Partner", "Söhne", "Sohn", "Kollegen", "Co"})
def firm_marks(text: str) -> bool:
    """The cheap test before owners_before_trades: a legal form, an ampersand or the commonest
    lines of business (six substring searches; a test of every trade's word cost some 5 µs a
    note, on every note; the ampersand alone first, which C finds with memchr)."""
    return "GmbH" in text or "&" in text and " & " in text or "ogistik" in text or \
        "betrieb" in text or "bau" in text or "technik" in text


def owners_before_trades(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                         is_name: list[bool]) -> None:
    """Mark a firm's owner before its legal form or line of business (see _LEGAL,
    _TRADE_END): a listed name, also one that is a word ("Wolf", "Berg"), no place
    ("Stadtwerke Ludwigsburg GmbH") and not written in capitals; and the names joined by "&"
    before "Partner" or a line of business, there any capitalised word that is no place."""
    lex = lexicon()
    n = len(toks)
    for t in range(n - 1):
        gap = text[toks[t][1]:toks[t + 1][0]]
        if gap == " & ":
            _partners(text, toks, cls, is_name, t, lex)
            continue
        if gap != " " or is_name[t] or cls[t] not in NAMEISH or toks[t][2].isupper():
            continue
        nxt = toks[t + 1][2]
        if (nxt in _LEGAL or _TRADE_END.match(nxt) is not None) and \
                not _public_body_of_place(text, toks, t, lex):
            is_name[t] = True


def _partners(text, toks, cls, is_name, t, lex: Lexicon) -> None:
    """The names joined by "&" at t and t + 1 before "Partner", a legal form or a trade."""
    n = len(toks)
    nxt = toks[t + 1][2]
    if not (nxt in _PARTNERS or t + 2 < n and (
            toks[t + 2][2] in _LEGAL or _TRADE_END.match(toks[t + 2][2]))):
        return
    for u in (t, t + 1):
        word = toks[u][2]
        if u == t + 1 and nxt in _PARTNERS:
            continue
        if u == t and t and _CRAFT.match(toks[t - 1][2]) is not None:
            continue  # "Glaserei Glaser & Sohn": owners_of_firms' frame
        if not is_name[u] and not word.isupper() and cls[u] != KEPT and \
                (u == t or cls[u] in NAMEISH) and not _public_body_of_place(text, toks, u, lex):
            is_name[u] = True


# A town's utilities, savings bank or hospital carry its name: "Stadtwerke Halle GmbH".
_PUBLIC_BODIES = ("werke", "kasse", "bank", "klinikum", "kliniken", "stadt", "kreis", "hafen")


def _public_body_of_place(text: str, toks: list[tuple[int, int, str]], t: int,
                          lex: Lexicon) -> bool:
    """Is the word at t a place, not a listed name ("Ludwigsburg"), or a place that is a
    name too ("Halle", "Wolf") after a public body named after its town?"""
    lw = toks[t][2].lower()
    if not lex.is_place(lw):
        return False
    if not lex.is_name(fold(lw)):
        return True
    return t > 0 and text[toks[t - 1][1]:toks[t][0]] == " " and \
        toks[t - 1][2].lower().endswith(_PUBLIC_BODIES)


def _start(tok: tuple[int, int, str]) -> int:
    return tok[0]
