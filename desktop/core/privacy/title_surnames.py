"""A surname that is also a German word, after a form of address and a listed first name
("Herr Roman Brot rief an", "Frau Nur Zimmer, geb. …"): names.py asks it when a two-word name
is anchored on a form of address."""

from __future__ import annotations

from desktop.core.privacy.subjects import person_verb_at
from desktop.core.privacy.wordclass import (
    AMBF,
    BOTH,
    FIRST,
    NO_NAME_BEFORE,
    NOUN,
    PREPOSITIONS,
    STOP,
    TITLE,
    UNKNOWN,
    Lazy,
    surname_word,
)

_AND_TITLE = Lazy(r" und (?:Herrn?|Frau|Hrn?\.|Fr\.) ")


def surname_after_title_and_first_name(text: str, toks: list[tuple[int, int, str]],
                                       cls: list[int], k: int) -> bool:
    """"Herr Roman Brot rief an", "Frau Nur Zimmer, geb. …": after a form of address and a
    listed first name, a German word that closes the name (a person's verb, a comma, the end
    of the sentence, "und Frau …" follows) is the surname, also a meaning word; after a word
    the lists lack only before "und Frau …" ("Herr Axlan Post und Frau …"); "Herr Ali Termin
    verschoben" stays."""
    if cls[k] not in (FIRST, BOTH, AMBF, UNKNOWN) or cls[k - 1] != TITLE or \
            k + 1 >= len(toks) or cls[k + 1] not in (STOP, NOUN):
        return False
    end, word = toks[k + 1][1], toks[k + 1][2]
    if not surname_word(word) or word.lower() in NO_NAME_BEFORE or word.lower() in PREPOSITIONS:
        return False
    if _AND_TITLE.match(text, end) is not None:
        return True  # "Herr Reinhard Banke und Frau …", "Herr Axlan Post und Frau …"
    # after a word the lists lack, which may be the surname itself: "Frau Yilmaz Termin, …"
    return cls[k] != UNKNOWN and (
        text[end:end + 1] in (",", ";", "(", ")") or text[end:end + 2] in (". ", ".\n") or
        end == len(text) or person_verb_at(text, end))
