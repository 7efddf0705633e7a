"""Places in a lower-case chat or note where a file or a form names its person (lowercase.py
takes the words found here, also where German has them as words):

- a file named after its client: "hast du die akte okafor noch?", "der vorgang kowalczyk ist
  raus", "fall koch liegt bei mir";
- a name given as a name: "vorname mulu", "vatersname haile ist kein familienname", "der
  nachname ist wolf";
- where a file waits with a colleague: "bei schwarz zur unterschrift", "die akte ist bei stein
  im fach" (lowerframes.asked_words reads "liegt … bei ernst");
- who confirmed or decided it, between "hat" and the participle: "hat braun bestätigt", "das
  hatte vogt so entschieden" (lowerframes.told_words reads "hab dushan gesagt").

In each the bare word after the keyword is the person: a thing there would take its article
("die akte der ausländerbehörde", "bei der poststelle"), an adverb or a verb ends the frame
("akte kurz prüfen", "nachname fehlt").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.privacy.lexicon import Lexicon, fold
from desktop.core.privacy.lowerframes import (
    LISTED_ADVERBS,
    LOWER_WORD,
    PARTICLES,
    PRONOUNS,
    SHORT_ADVERBS,
    unknown_word,
)
from desktop.core.privacy.trie import trie
from desktop.core.privacy.wordclass import NO_NAME_BEFORE, PREPOSITIONS, ROLES

# A file and its client: the word closes the clause, or what is said of the file follows.
# (each keyword's first letter before its look-behind: the engine's scan skips to those)
_AFTER_FIRST = r"(?<![\w-].)"
_FILE_OF = re.compile(
    rf"(?:{trie(('akte', 'vorgang', 'fall', 'sache', 'in sachen', 'ordner', 'mappe'), _AFTER_FIRST)})"
    rf"(?: von)? ({LOWER_WORD})"
    r"(?=[ \t]*(?:[,.!?;:)]|$|\n)| (?:noch|schon|ist|liegt|lag|hat|war|bei|von|aus|mit|fertig"
    r"|raus|weg|zurück|auf|im|in|an|geht|kommt|fehlt|steht|bitte|bis|ab|nix|nichts)\b)")
# A name given as one, after the word for it (and "ist", "lautet"); not after a plural ("bei
# fremden namen übervorsichtig").
_NAME_WORDS = trie(("vorname", "nachname", "familienname", "vatersname", "geburtsname",
                    "mädchenname", "rufname", "spitzname", "ehename", "name"), _AFTER_FIRST)
_NAME_OF = re.compile(rf"(?:{_NAME_WORDS})(?: (?:ist|lautet|war))? ({LOWER_WORD})")
# With whom a file waits, the place after the person.
_WAITS_WITH = re.compile(
    rf"b(?<![\w-]b)ei ({LOWER_WORD}) (?:zur (?:unterschrift|mitzeichnung|kenntnis|prüfung"
    r"|durchsicht|freigabe|vorlage)|im (?:fach|postfach|büro|zimmer|schrank|korb|eingang)"
    r"|auf dem (?:tisch|schreibtisch|stapel)|in der (?:ablage|mappe|wiedervorlage))\b")
# Whose word or decision it was: a bare listed name after "hat" before a participle of saying
# or deciding (an object there is a noun German has: "hat termin bestätigt").
_SAID_BY = re.compile(
    rf"h(?<![\w-]h)(?:at|atte) ({LOWER_WORD})(?: (?:so|schon|auch|noch|mir|uns|ihm|ihr|das))? "
    r"(?:bestätigt|gesagt|gemeint|geschrieben|erklärt|zugesagt|abgelehnt|entschieden"
    r"|unterschrieben|genehmigt|geprüft|mitgeteilt|angeordnet|abgezeichnet|freigegeben"
    r"|übernommen|bearbeitet|zugestimmt)\b")
_PRONOUNS = PRONOUNS | {"mir", "dir", "ihm", "uns", "euch", "ihnen"}


def _bare_name(lw: str, lex: Lexicon, adverb: bool) -> bool:
    """A listed name, or a word German does not have, that is no function word, common word,
    role or (where `adverb`: one may stand there) an adverb the lists hold as a surname."""
    if len(lw) < 3 or lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in PARTICLES or \
            lw in SHORT_ADVERBS or lw in _PRONOUNS or adverb and lw in LISTED_ADVERBS or \
            lw in lex.common_words or lw.capitalize() in ROLES:
        return False
    return lex.is_name(fold(lw)) or unknown_word(lw)


def file_names(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of the lower-case words in the frames the module's docstring names (plain
    string tests first: most notes have none of the keywords)."""
    frames = []
    # (written out: a generator over the words cost 0.4 µs more a note)
    if "akte " in text or "vorgang " in text or "fall " in text or "sache" in text or \
            "ordner " in text or "mappe " in text:
        frames.append(_FILE_OF)
    if "name" in text:
        frames.append(_NAME_OF)
    if " bei " in text and ("zur " in text or " im " in text or " auf dem " in text or
                            " in der " in text):
        frames.append(_WAITS_WITH)
    if "hat" in text:
        frames.append(_SAID_BY)
    for rx in frames:
        for m in rx.finditer(text):
            lw = m[1]
            if lw[0].islower() and _bare_name(lw, lex, rx is not _WAITS_WITH):
                yield m.start(1)
