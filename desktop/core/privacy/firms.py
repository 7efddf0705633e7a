"""Owners' surnames in the names of small firms: German crafts and trades are named after
their owner ("Spedition Huber", "Gebr. Engel Metallbau", "Bäckerei Lorenz in Völklingen",
"Autohaus Kramer", "Malerbetrieb Koch", "Fa. Huber", "Elektro Bauer GmbH"), and such a firm names a person as plainly as "Herr Huber" does (see
names.py for the order in which the rules run)."""

from __future__ import annotations

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
# Gärtnerei …), a haulier, a car dealer, "Gebr."/"Gebrüder" (the brothers' surname follows).
_FIRM = Lazy(r"\b(?:Gebr\. ?|Gebrüder |Spedition |Autohaus |Transporte |Fa\. ?|Firma "
             r"|[A-ZÄÖÜ][a-zäöü]{2,}(?:erei|betrieb|büro) )(?=[A-ZÄÖÜ])")
# After the owner: the firm's legal form ("Elektro Bauer GmbH", "Vogel & Söhne").
_LEGAL_FORM = Lazy(r" (?:GmbH|& Söhne|& Sohn)\b")
# A trade's owner is a surname by the data; after "Gebr." the brothers' name may be any word
# ("Gebr. Engel").
_OWNER = frozenset({SUR, AMBIG, BOTH, SHAPE, UNKNOWN})
_BROTHERS = frozenset({SUR, AMBIG, BOTH, SHAPE, UNKNOWN, FIRST, AMBF})


def owners_of_firms(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                    is_name: list[bool]) -> None:
    """Mark the surname right after a trade's name (see _FIRM): a surname by the data, no
    place ("Spedition Rosenheim") and no meaning word."""
    starts = None
    for m in _FIRM.finditer(text):
        if starts is None:
            starts = {s: t for t, (s, _, _) in enumerate(toks)}
        t = starts.get(m.end())
        if t is None or is_name[t] or text[toks[t][1]:toks[t][1] + 1] == ".":
            continue  # an abbreviation: "Firma Gebr. Engel"
        word = toks[t][2]
        if cls[t] not in (_BROTHERS if m[0].startswith("Gebr") else _OWNER) or \
                lexicon().is_place(word.lower()) or meaning_word(word):
            continue
        is_name[t] = True
    if "GmbH" not in text and " & S" not in text:
        return
    ends = {e: t for t, (_, e, _) in enumerate(toks)}
    for m in _LEGAL_FORM.finditer(text):
        t = ends.get(m.start())
        if t is not None and cls[t] in (SUR, AMBIG) and not is_name[t] and \
                not lexicon().is_place(toks[t][2].lower()) and not meaning_word(toks[t][2]):
            is_name[t] = True  # a listed surname, no word the lists lack ("Expatrio GmbH")
