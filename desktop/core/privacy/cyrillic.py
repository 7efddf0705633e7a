"""Names in Cyrillic letters in a German note. A note quotes Cyrillic mostly for a name: a
document's name beside its transliteration ("ЛИСЕНКО / LYSENKO"), a full name with a
patronymic ("Шевченко Ірина Василівна"), and in running text a name as the client writes it,
after a form of address or a role ("Herr Сидоренко", "Klientin Коваленко Олена"), before its
transliteration in brackets ("Петренко Андрій (Petrenko Andrii)"), or shaped as an East
Slavic surname ("Петренко Андрій", "Ткачук"). The Cyrillic words a note quotes otherwise are
places ("Київ", "Ростов"), headings in capitals ("УКРАЇНА") and phrases ("Слава Україні"):
none of them is shaped so. The Latin word tokens of names.py hold no Cyrillic letter, so these
rules stand apart; they run only where a Cyrillic letter is (documents.py)."""

from __future__ import annotations

import re

from desktop.core.privacy.wordclass import ROLES, TITLE_LIKE_ROLES, TITLES, Lazy

# Cyrillic letters (the block U+0400–U+04FF).
_CYRILLIC = Lazy(r"[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """Does the text hold a Cyrillic letter? A text whose every character is Latin-1 holds
    none: encoding it copies its bytes (0.1 µs a note), where the pattern tests every
    character (0.9 µs); two notes in three are such texts."""
    if len(text.encode("latin-1", "ignore")) == len(text):
        return False
    return _CYRILLIC.search(text) is not None
# A Cyrillic name and its transliteration after " / " ("ЛИСЕНКО / LYSENKO", "ДМИТРО /
# DMYTRO"), and a Cyrillic full name whose last word is a patronymic ("Шевченко Ірина
# Василівна", "Иванов Пётр Сергеевич").
_CYRILLIC_PAIR = Lazy(r"(?<![\w/])([\u0400-\u04ff][\u0400-\u04ff'’-]+(?: [\u0400-\u04ff]"
                      r"[\u0400-\u04ff'’-]+){0,2}) / ([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)"
                      r"{0,2})(?![\w/])")
_PATRONYMIC = Lazy(r"(?<![\w])[\u0400-\u042f\u0404-\u0407\u0490][\u0430-\u045f\u0491'’-]+"
                   r"(?: [\u0400-\u042f\u0404-\u0407\u0490][\u0430-\u045f\u0491'’-]+){1,2}"
                   r"(?:ович|евич|івна|ївна|овна|евна|йович|ьович|инична|ич)(?![\w])")
# Enough of a transliteration to tell a name's pair from a heading's ("УКРАЇНА / UKRAINE"
# stands the other way round, "ПАСПОРТ / PASPORT" is a word): the first letters' sounds.
_LATIN_OF = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "y", "ё": "y",
    "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "y", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "k",
    "ц": "t", "ч": "c", "ш": "s", "щ": "s", "ы": "y", "э": "e", "ю": "y", "я": "y"})


def _pairs(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A Cyrillic full name with patronymic, and a Cyrillic name beside its transliteration
    that the rules found ("ПАСПОРТ / PASPORT" is a heading's word)."""
    out = [(m.start(), m.end()) for m in _PATRONYMIC.finditer(text)]
    starts = {start for start, _ in found}
    for m in _CYRILLIC_PAIR.finditer(text):
        cyr, lat = m[1].lower().translate(_LATIN_OF), m[2].lower()
        if m.start(2) in starts and cyr[:1] == lat[:1] and abs(len(cyr) - len(lat)) <= 3 and \
                cyr.count(" ") == lat.count(" "):
            out.append((m.start(), m.end()))
    return out


# A run of one to three capitalised Cyrillic words in mixed case.
_RUN = Lazy(r"(?<![\w/])[\u0400-\u042f\u0490][\u0430-\u045f\u0491'’-]+"
            r"(?: [\u0400-\u042f\u0490][\u0430-\u045f\u0491'’-]+){0,2}(?![\w])")
# The word before a run, and a transliteration in brackets after it.
_WORD_BEFORE = Lazy(r"([^\W\d_]+)\.?[ \t]+$")
_BRACKET_AFTER = Lazy(r" \(([A-Z][a-z'’-]+)")
# East Slavic surnames' endings: alone a word so ending is a surname (places end otherwise);
# within a run of two or three words also the commoner ones ("Іванов Сергій", "Попова Анна").
_SURNAME_ALONE = ("енко", "чук", "юк", "ович", "евич")
_SURNAME_IN_RUN = (*_SURNAME_ALONE, "ко", "ук", "ов", "ова", "ев", "ева", "єв", "єва", "ін",
                   "іна", "ин", "ина", "ський", "ська", "ский", "ская", "цький", "цька", "вич",
                   "вна", "ян", "дзе", "швілі")


def cyrillic_names(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The Cyrillic names of `text` (see the module's docstring); `found`: the names the
    other rules found, for the transliteration beside a document's name."""
    out = _pairs(text, found)
    for m in _RUN.finditer(text):
        words = m[0].split()
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        after = _BRACKET_AFTER.match(text, m.end())
        if before is not None and before[1] in _ADDRESSING or after is not None and \
                after[1][0].lower() == words[0][0].lower().translate(_LATIN_OF)[:1] or \
                any(w.endswith(_SURNAME_IN_RUN if len(words) > 1 else _SURNAME_ALONE)
                    for w in words):
            out.append(m.span())
    if ":" in text:
        out += _chat_speakers(text)
    return out


# Forms of address and roles before a name ("Herr", "Klientin", "Fam."), and the German ones
# as a Cyrillic text writes them ("у фрау Бакес", "пані Коваль", "пан Бойко").
_ADDRESSING = TITLES | ROLES | TITLE_LIKE_ROLES | {"фрау", "герр", "пані", "пан", "пане"}
# A chat's line opened by a Cyrillic word and a colon ("Оксана: …", "Сашко: так, …").
_LABEL = Lazy(r"(?m)^[ \t]*([\u0400-\u042f\u0490][\u0430-\u045f\u0491'’-]+):[ \t]")


def _chat_speakers(text: str) -> list[tuple[int, int]]:
    """The speakers of a chat written in Cyrillic, where two speak and one speaks twice at
    least (a form's fields do not repeat), and each of their words elsewhere in the note
    ("Оксана: Сашко, тобі відповіли?"): every hand marks a chat's speakers as names."""
    said = [m[1] for m in _LABEL.finditer(text)]
    if len(set(said)) < 2 or len(said) == len(set(said)):
        return []
    out = []
    for word in set(said):
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            out.append(m.span())
    return out
