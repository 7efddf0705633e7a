"""Names marked by how German writes them, colleagues' first names that are words too, and the
dispatch of this session's German-name frames (worklists.py, staff_table.py) behind their cheap
tests:

- a genitive apostrophe after a name that ends in s, x, z or ß: "Klaus' Vermerk";
- "Jan" where no date is written with it: "Fall von Jan:" (not "Jan./Feb.", "bis Jan 2027");
- a name quoted after the word for a name: "führt den Namen „Fink“";
- a first name that is a word ("Ernst", "Wolf", "Heide") where a reflection names a colleague:
  whom one asked ("Ich habe Ernst gefragt"), beside another first name ("Konrad und Wolf",
  "mit Ernst und Heide"), the subject between "hat" and a person's participle ("hat Wolf
  vorgeschlagen"), whom a greeting greets ("Hi Wolf, kurze Frage")."""

from __future__ import annotations

from bisect import bisect_left

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import lexicon
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
from desktop.core.privacy.worklists import function_holders, list_keepers, note_addressees


def german_frames(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                  is_name: list[bool]) -> None:
    """Run the frames of this module, of worklists.py and of staff_table.py where the note's
    cheap tests let them find anything."""
    if "' " in text or "’ " in text:
        apostrophe_genitive(text, toks, cls, is_name)  # "Klaus' Vermerk"
    if "Jan" in text:
        jan_away_from_dates(text, toks, cls, is_name)  # "Fall von Jan:"
    if ("„" in text or '"' in text) and "ame" in text:
        quoted_after_name_word(text, toks, cls, is_name)  # "den Namen „Fink“ führen"
    list_keepers(text, toks, cls, is_name)  # "WV Heller / Oldenburg", "WV-Liste Koch, …"
    if ";" in text or "|" in text or "\t" in text:
        names_in_staff_columns(text, toks, cls, is_name)  # "Name;…;Bearbeiter/in⏎…;Koch"
    if "leitung " in text or "Sachbearbeitung " in text:
        function_holders(text, toks, cls, is_name)  # "Teamleitung Schäfer nach …"
    if " für " in text and ("otiz für" in text or "ermerk für" in text or "Info für" in text or
                            "icht für" in text or "bitte für" in text):
        note_addressees(text, toks, cls, is_name)  # "Kurzvermerk für Vogel Doppelpunkt"
    if AMBF in cls and ("Hallo " in text or "Hi " in text or "Hey " in text or "Lieb" in text
                        or "Moin " in text or "Servus " in text):
        greeted_first_names(text, toks, cls, is_name)  # "Hi Wolf, kurze Frage"
    if AMBF in cls:  # (a look-up in C; most notes have no first name that is a word too)
        if "hab" in text:
            told_first_names(text, toks, cls, is_name)  # "Ich habe Ernst gefragt"
        if "hat " in text or "hatte " in text:
            subject_before_participle(text, toks, cls, is_name)  # "hat Wolf vorgeschlagen"
        if " und " in text:
            first_names_paired(text, toks, cls, is_name)  # "Konrad und Wolf waren da"


# Whom someone told or asked, between "habe" and a participle of telling: "Ich habe Ernst
# gefragt", "hab Heide Bescheid gesagt" — a noun there would need its article.
_TOLD = Lazy(r"hab(?<![\w-]hab)(?:e|en)?(?: ich| wir)? ([A-ZÄÖÜ][a-zäöüß]+)(?: Bescheid)? "
             r"(?:gesagt|erklärt|mitgeteilt|geschrieben|gefragt|informiert|angerufen|gebeten"
             r"|geraten|empfohlen|versprochen|zugesagt|ausgerichtet|gezeigt)\b")


def told_first_names(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                     is_name: list[bool]) -> None:
    """Mark a listed first name that is a word too in the frame of _TOLD, unless it is a
    meaning word."""
    starts: dict[int, int] | None = None
    for m in _TOLD.finditer(text):
        if starts is None:
            starts = {tok[0]: i for i, tok in enumerate(toks)}
        t = starts.get(m.start(1))
        if t is not None and not is_name[t] and cls[t] == AMBF and \
                not meaning_word(m[1]):
            is_name[t] = True


def first_names_paired(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                       is_name: list[bool]) -> None:
    """Mark a first name that is a word too, joined by "und" to a first name found as a name
    ("Konrad und Wolf waren auch da", "mit Wolf und Konrad"): two people; a meaning word or a
    frequent word stays ("Frank und frei" is lower case anyway)."""
    n = len(toks)
    at = text.find(" und ")
    while at >= 0:
        # the token ending right before " und ", found by bisection (no pass over the tokens)
        t = bisect_left(toks, at + 5, key=_start) - 1
        at = text.find(" und ", at + 5)
        if t < 0 or t + 1 >= n or toks[t + 1][0] != toks[t][1] + 5 or \
                text[toks[t][1]:toks[t + 1][0]] != " und ":
            continue
        if cls[t] == AMBF and cls[t + 1] == AMBF and not is_name[t] and not is_name[t + 1] \
                and _plain_first_name(toks[t][2]) and _plain_first_name(toks[t + 1][2]):
            is_name[t] = is_name[t + 1] = True  # "mit Ernst und Heide": two first names
            continue
        for a, b in ((t, t + 1), (t + 1, t)):
            if is_name[a] and cls[a] in _FIRSTS and not is_name[b] and cls[b] == AMBF and \
                    _plain_first_name(toks[b][2]):
                is_name[b] = True


def _plain_first_name(word: str) -> bool:
    """A listed first name that is no meaning word and no frequent word."""
    return not meaning_word(word) and word.lower() not in lexicon().common_words


# Between "hat" and a participle of what people do the subject stands after its verb: "Im Team
# hat Wolf vorgeschlagen, …", "Die Anhörung hat Kai geleitet" (a noun there needs its
# article: "hat das Team vorgeschlagen").
_HAS_DONE = Lazy(r"\bhat(?:te)? ([A-ZÄÖÜ][a-zäöüß]+) ([a-zäöüß]+)")
_DONE_BY_PEOPLE = frozenset({"geleitet", "moderiert", "gedolmetscht", "übersetzt", "geholfen"})


def subject_before_participle(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                              is_name: list[bool]) -> None:
    """Mark a listed first name that is a word too in the frame of _HAS_DONE, before a
    participle of a person's verb (verbs.person_participle), unless a meaning word."""
    starts: dict[int, int] | None = None
    for m in _HAS_DONE.finditer(text):
        if not (person_participle(m[2]) or m[2] in _DONE_BY_PEOPLE):
            continue
        if starts is None:
            starts = {tok[0]: i for i, tok in enumerate(toks)}
        t = starts.get(m.start(1))
        if t is not None and not is_name[t] and cls[t] == AMBF and _plain_first_name(m[1]):
            is_name[t] = True


_FIRSTS = frozenset({FIRST, AMBF, BOTH})


def _start(tok: tuple[int, int, str]) -> int:
    return tok[0]


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


def jan_away_from_dates(text, toks, cls, is_name) -> None:
    """Mark "Jan" where no date is written with it (see _MONTH_BEFORE)."""
    for t, (start, end, word) in enumerate(toks):
        if word != "Jan" or is_name[t]:
            continue
        after = text[end:end + 3]
        if after[:1] in (".", "/", "-") or after[1:2].isdigit() or after[:1].isdigit():
            continue
        if _MONTH_BEFORE.search(text, max(0, start - 10), start) is not None:
            continue
        is_name[t] = True


# A name quoted after the word for it: "führt den Namen „Fink“", "Nachname "Vogel"" (a word
# after an apostrophe is no token: "den Namen 'Fink'" stays out of reach here).
_QUOTED_NAME = Lazy(r"(?:Namen|Nachnamen|Familiennamen|Ehenamen|Geburtsnamen|Vornamen|Name"
                    r"|Nachname|Familienname|Ehename|Geburtsname|Vorname)\s+[„\"»]"
                    r"([A-ZÄÖÜ][^\W\d_]+(?:[- ][A-ZÄÖÜ][^\W\d_]+)?)[“\"«]")


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


# A greeting on a line's start, a first name and a comma, the message going on on the same
# line: "Hi Wolf, kurze Frage …", "Lieber Ernst, danke!" (headings.py takes the greeting
# that ends its line).
_GREETED = Lazy(r"(?:^|\n)[ \t]*(?:Hallo|Hi|Hey|Liebe|Lieber|Moin|Servus) ([A-ZÄÖÜ][a-zäöüß]+)"
                r"[ \t]*[,!]")


def greeted_first_names(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                        is_name: list[bool]) -> None:
    """Mark a listed first name that is a word too in the frame of _GREETED, unless it is a
    meaning or frequent word ("Hallo Schatz,")."""
    starts: dict[int, int] | None = None
    for m in _GREETED.finditer(text):
        if starts is None:
            starts = {tok[0]: i for i, tok in enumerate(toks)}
        t = starts.get(m.start(1))
        if t is not None and not is_name[t] and cls[t] == AMBF and _plain_first_name(m[1]):
            is_name[t] = True
