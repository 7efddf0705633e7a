"""Names marked by how German writes them, colleagues' first names that are words too, and the
dispatch of the German-name frames of worklists.py, staff_table.py and staff_frames.py behind
their cheap tests:

- a genitive apostrophe after a name that ends in s, x, z or ß: "Klaus' Vermerk";
- "Jan" where no date is written with it: "Fall von Jan:" (not "Jan./Feb.", "bis Jan 2027");
- a name quoted after the word for a name: "führt den Namen „Fink“";
- a first name that is a word ("Ernst", "Wolf", "Heide") where a reflection names a colleague:
  whom one asked ("Ich habe Ernst gefragt"), beside another first name ("Konrad und Wolf",
  "mit Ernst und Heide"), the subject between "hat" and a person's participle ("hat Wolf
  vorgeschlagen")."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.signatures import word_surname_under_greeting
from desktop.core.privacy.staff_frames import staff_frames
from desktop.core.privacy.staff_table import names_in_staff_columns
from desktop.core.privacy.verbs import person_participle
from desktop.core.privacy.wordclass import (
    AMBF,
    BOTH,
    FIRST,
    NAMEISH,
    NOUN,
    ROLE,
    STOP,
    TITLE,
    Lazy,
)
from desktop.core.privacy.worklists import (
    NOTE_WORDS,
    function_holders,
    list_keepers,
    note_addressees,
)


def german_frames(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                  is_name: list[bool]) -> None:
    """Run the frames of this module, of worklists.py, staff_table.py, staff_frames.py and the
    signature whose surname is a word (signatures.py) where the note's cheap tests let them
    find anything."""
    # (a line break first, one character that C finds with memchr: the frames of a greeting's,
    # a table's or a note's head read lines, and most short notes are one line)
    multiline = "\n" in text
    if multiline and "Grü" in text:
        word_surname_under_greeting(text, toks, cls, is_name)  # "Grüßen⏎Hans Glas"
    # (single characters first, which C finds with memchr: 0.05 µs a search, not 0.3; most notes
    # have no apostrophe, and only one in eight notes a word ending in "tung")
    if "'" in text and "' " in text or "’" in text:
        apostrophe_genitive(text, toks, cls, is_name)  # "Klaus' Vermerk"
    if ("„" in text or '"' in text or "'" in text or "‚" in text) and "ame" in text:
        quoted_after_name_word(text, toks, cls, is_name)  # "den Namen „Fink“ führen"
    list_keepers(text, toks, cls, is_name)  # "WV Heller / Oldenburg", "WV-Liste Koch, …"
    if multiline and (";" in text or "|" in text or "\t" in text):
        names_in_staff_columns(text, toks, cls, is_name)  # "Name;…;Bearbeiter/in⏎…;Koch"
    if "tung " in text and ("leitung " in text or "Sachbearbeitung " in text):
        function_holders(text, toks, cls, is_name)  # "Teamleitung Schäfer nach …"
    if (multiline or text.lstrip(" \t").startswith(NOTE_WORDS)) and (
            "otiz für " in text or "ermerk für " in text):
        note_addressees(text, toks, cls, is_name)  # "Kurzvermerk für Vogel Doppelpunkt"
    staff_frames(text, toks, cls, is_name)  # "Rücksprache mit Krebs", "Hans aus 3.14 weiß …"
    for t in _open_first_names(cls, is_name):
        _colleague(text, toks, cls, is_name, t)


def _open_first_names(cls: list[int], is_name: list[bool]) -> list[int]:
    """The tokens of first names that are words too ("Ernst", "Jan") not yet found: few in a
    note, found by the list's own search in C (no pass of Python over every token)."""
    # (counted first, also in C: the ValueError that ended the search cost about 1 µs a note)
    out: list[int] = []
    t = -1
    for _ in range(cls.count(AMBF)):
        t = cls.index(AMBF, t + 1)
        if not is_name[t]:
            out.append(t)
    return out


def _colleague(text: str, toks: list[tuple[int, int, str]], cls: list[int],
               is_name: list[bool], t: int) -> None:
    """Mark the first name at t where a frame of the module's docstring names it a person:
    "Jan" away from dates, whom one asked ("Ich habe Ernst gefragt"), the subject between
    "hat" and a person's participle ("hat Wolf vorgeschlagen"), a first name beside another
    ("Konrad und Wolf", "mit Ernst und Heide")."""
    start, end, word = toks[t]
    if word == "Jan":
        is_name[t] = _jan_away_from_dates(text, start, end)
        return
    # (the frames' words beside the name before the word lists' test of the name: most first
    # names stand in no frame)
    before = text[max(0, start - 16):start]
    if before.endswith(_HAS) and _participle_after(text, end, _DONE):
        if _plain_first_name(word):
            is_name[t] = True  # "hat Wolf vorgeschlagen", "hab Ernst gefragt"
        return
    if text.startswith(" und ", end) and t + 1 < len(toks) and toks[t + 1][0] == end + 5:
        other = t + 1
    elif before.endswith(" und ") and t and toks[t - 1][1] == start - 5:
        other = t - 1
    else:
        return
    if not _plain_first_name(word):
        return
    if is_name[other] and cls[other] in _FIRSTS or \
            cls[other] == AMBF and _plain_first_name(toks[other][2]):
        is_name[t] = is_name[other] = True  # "Konrad und Wolf", "mit Ernst und Heide"


# "hat"/"hatte"/"habe" before the name: the subject after its verb or whom one told (a noun
# there needs its article: "hat das Team vorgeschlagen", "habe den Mann gefragt").
_HAS = ("hat ", "hatte ", "hab ", "habe ", "haben ", "hab ich ", "habe ich ", "haben wir ")
# (an object may stand between: "hat Heide die Familie besucht", "habe Ernst darum gebeten")
_WORD_AFTER = Lazy(r" (?:Bescheid |(?:die|den|das|dem|der|ein|eine|einen|ihn|ihm|ihr|sie|es|mich"
                   r"|mir|uns|darum|dazu|davon)(?: [A-ZÄÖÜ][\w-]+)? )?([a-zäöüß]+)\b")
# Participles of telling and asking after "habe … ", of a person's doing after "hat … ".
_DONE = frozenset("""gesagt erklärt mitgeteilt geschrieben gefragt informiert angerufen gebeten
geraten empfohlen versprochen zugesagt ausgerichtet gezeigt geleitet moderiert gedolmetscht
übersetzt geholfen besucht""".split())


def _participle_after(text: str, end: int, done: frozenset[str]) -> bool:
    """Does a participle of `done` or of a person's verb (verbs.person_participle) follow?"""
    m = _WORD_AFTER.match(text, end)
    return m is not None and (m[1] in done or person_participle(m[1]))


def _plain_first_name(word: str) -> bool:
    """A listed first name that is no meaning word and no frequent word."""
    return not meaning_word(word) and word.lower() not in lexicon().common_words


_FIRSTS = frozenset({FIRST, AMBF, BOTH})


def apostrophe_genitive(text, toks, cls, is_name) -> None:
    """A name ending in s, x, z or ß takes its genitive as an apostrophe, right before its
    noun: "Klaus' Vermerk", "Fuchs' Akte", "Karagöz’ Unterlagen"; a German common noun never
    does (it takes "des … -s"). A listed name, also one that is a word, before a noun."""
    for t in range(len(toks) - 1):
        start, end, word = toks[t]
        if is_name[t] or word[-1] not in "sxzß" or text[end:end + 1] not in ("'", "’") or \
                text[end + 1:end + 2] != " " or toks[t + 1][0] != end + 2:
            continue
        if cls[t] in NAMEISH and cls[t + 1] in (STOP, NOUN, ROLE) and len(word) > 2 and \
                not word.isupper() and not toks[t + 1][2].isupper():
            is_name[t] = True


# "Jan" is a first name and January's short form; the month is written "Jan." or beside a
# year or a day ("Jan 2027", "15. Jan", "bis Jan"), the colleague alone: "Fall von Jan:",
# "Er hat es Jan erzählt", "Feedback von Jan nach …".
_MONTH_BEFORE = Lazy(r"(?:\d\.?|\b(?i:bis|ab|seit|im|vom|zum|mitte|anfang|ende|bis zum|"
                     r"jan|feb|dez|okt|nov|-|/|–)) ?$")


def _jan_away_from_dates(text: str, start: int, end: int) -> bool:
    """Is "Jan" at start…end written where no date is (see _MONTH_BEFORE)?"""
    after = text[end:end + 3]
    if after[:1] in (".", "/", "-") or after[1:2].isdigit() or after[:1].isdigit():
        return False
    return _MONTH_BEFORE.search(text, max(0, start - 10), start) is None


# A name quoted after the word for it, in any quotation marks: "führt den Namen „Fink“",
# "Nachname "Vogel"", "den Namen 'Fink'", "Geburtsname ‚Adler‘".
_QUOTED_NAME = Lazy(r"(?:Namen|Nachnamen|Familiennamen|Ehenamen|Geburtsnamen|Vornamen|Name"
                    r"|Nachname|Familienname|Ehename|Geburtsname|Vorname)\s+[„\"»'‚]"
                    r"([A-ZÄÖÜ][^\W\d_]+(?:[- ][A-ZÄÖÜ][^\W\d_]+)?)[“\"«'‘]")


def quoted_after_name_word(text, toks, cls, is_name) -> None:
    """Mark the words of a name quoted after the word for a name (see _QUOTED_NAME): what
    stands there is a name whatever else it means."""
    starts = {tok[0]: i for i, tok in enumerate(toks)}
    for m in _QUOTED_NAME.finditer(text):
        t = starts.get(m.start(1))
        while t is not None and t < len(toks) and toks[t][1] <= m.end(1):
            if not toks[t][2].isupper() and cls[t] not in (TITLE, ROLE):
                is_name[t] = True
            t += 1

