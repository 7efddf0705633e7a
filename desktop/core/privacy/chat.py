"""Speakers named by one word: a chat typed into the app or the minutes of a team meeting
give each line its speaker and a colon ("Specht: heute bin ich nicht der teebeauftragte",
"Thomsen: nein", "– Linke: neue Dienstanweisung …"), and a quotation names its speaker
before the colon ("Assoziationen: Lea: „Ich denke an …“"). A form's fields are written the
same way ("Anschrift: …", "Ergebnis: …", "IBAN: …"), so only a word the data knows as a
name speaks, and one that is also a word only where two lines at least have such speakers."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    BOTH,
    CALENDAR_WORDS,
    FIRST,
    SHAPE,
    SUR,
    UNKNOWN,
)

# A name by the data alone (not also a German word): one such speaker line is enough beside
# another speaker.
_SURE = frozenset({FIRST, SUR, BOTH, SHAPE, UNKNOWN})


def one_word_speakers(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                      is_name: list[bool], labels: list[tuple[int, int]],
                      quoted: list[int]) -> None:
    """Mark the speakers of `labels` (a line's one word before its colon: start, colon) where
    two of them at least are names, and the speaker before a quotation (`quoted`: its
    colons)."""
    ends = {tok[1]: i for i, tok in enumerate(toks)}
    found = []
    for start, colon in labels:
        t = ends.get(colon)
        if t is not None and toks[t][0] == start and _speaker(toks[t][2], cls[t]):
            found.append(t)
    # Most of the note's labels are names, and one of them a name alone or three lines at
    # least: a form's fields that are also surnames ("Art: …", "Zimmer: …") stay.
    if len(found) >= 2 and 2 * len(found) > len(labels) and (
            len(labels) >= 3 or any(cls[t] in _SURE for t in found)):
        for t in found:
            is_name[t] = True
    for colon in quoted:
        # "…: Lea: „…“": after a heading's colon or at the line's start, a name by the data
        t = ends.get(colon)
        if t is None or is_name[t] or cls[t] not in (FIRST, BOTH, AMBF, SUR):
            continue
        word, before = toks[t][2], text[max(0, toks[t][0] - 2):toks[t][0]]
        if (before == ": " or not before.strip(" \t") or before[-1:] == "\n") and \
                word[1:].islower() and (not meaning_word(word) or cls[t] == AMBF and len(word) > 2):
            is_name[t] = True  # a listed first name also where it is a word ("Lea", not "An")


# Days and months label a plan's lines ("Montag: Sprechstunde", "Mai: Urlaub"), never a
# speaker's.


def _speaker(word: str, c: int) -> bool:
    """A speaker's word: a name by the data, or a listed name that is also a word ("Specht",
    "Linke"); never written in capitals ("IBAN") or a meaning word that is no listed surname
    ("An")."""
    if word.isupper() or word.lower() in CALENDAR_WORDS:
        return False  # "IBAN: …", "Montag: Termin …"
    if c == AMBIG:
        return True
    return (c in _SURE or c == AMBF) and not meaning_word(word)


def two_word_speakers(toks: list[tuple[int, int, str]], cls: list[int], is_name: list[bool],
                      labels: list[tuple[int, int]]) -> None:
    """The speakers of a chat or a transcript: lines that start with a first name, a name and a
    colon ("Franziska Wagner: die NE ist durch", "Alois Braun: gut."), two of them at least in
    the note; a first name the data knows, then a listed name, also where both are words too."""
    starts = {tok[0]: i for i, tok in enumerate(toks)}
    found = []
    for line, colon in labels:
        t = starts.get(line)
        if t is not None and t + 1 < len(toks) and toks[t + 1][1] == colon and \
                cls[t] in (FIRST, BOTH, AMBF) and cls[t + 1] in _SPEAKER_NAMES and \
                not meaning_word(toks[t + 1][2]):
            found.append(t)
    if len(found) >= 2:
        for t in found:
            is_name[t] = is_name[t + 1] = True


_SPEAKER_NAMES = frozenset({FIRST, SUR, BOTH, AMBIG, AMBF, SHAPE, UNKNOWN})
