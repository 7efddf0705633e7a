"""The address slot that an address cue opens (cues.py): a street and house number in the
clause after "wohnhaft", "Anschrift" …, read from each number back over the words before it (a
function word or a common noun before the name is no part of it: "in der Vahrenwalder 112", not
"in Block 3"), with the postcode and town after it or the town before it.
"""

from __future__ import annotations

import functools
import re

from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.pattern_sources import _HOUSE_NO_LC, _STREET_SUFFIX, ADDRESS_JOIN
from desktop.core.privacy.wordclass import PREPOSITIONS

L = "A-Za-zÄÖÜäöüß"

# Small words that join a sentence, never part of an identifier ("… 7663473 ist der Antrag").
_GLUE = frozenset("""ist sind war waren wird die der das den dem des und oder wie laut im am vom
zum zur beim ein eine einen noch nicht auch bitte ca so da wo hat lautet lautete jetzt nun neu
wieder""".split())


@functools.cache
def _address_rx() -> tuple[re.Pattern[str], ...]:
    house = re.compile(_HOUSE_NO_LC)
    # Where a house number can begin: a number after a word ("Weg 4", "Str.12", "Nr. 5")
    number = re.compile(r"[0-9](?<![\w,/:-].)")
    word = re.compile(r"[^\W\d_][\w.'-]*")  # any script's letters: "Rruga e Kavajës 12"
    # (a foreign postcode after a cue too: Polish "00-001 Warszawa", four digits in Austria and
    # Switzerland, "1010 Wien", not a year: "…, 2019 Umzug")
    town_after = re.compile(rf"{ADDRESS_JOIN}(?:[0-9]{{5}}\s[{L}]|[0-9]{{2}}-[0-9]{{3}}\s[A-ZÄÖÜ]"
                            rf"|(?!19|20)[1-9][0-9]{{3}}\s[A-ZÄÖÜ])[{L}-]+(?:\s\([{L} .]+\))?")
    town_before = re.compile(rf"[0-9]{{5}}\s[{L}][{L}-]+,\s*$")
    # A sentence ends at a full stop after a word ("… nicht mehr an. Seit …"), not after
    # "Str.", "Nr." or "ul." (ulica); a line break or a semicolon ends the clause too.
    clause_end = re.compile(r"[\s;§](?:(?<=[a-zäöüß]{2}[.!?].)(?<![Ss]tr\..)(?<![Nn]r\..)(?<!ul\..)"
                            r"|(?<=[\n;§]))")
    return house, number, word, town_after, town_before, clause_end


def _address_slot(text: str, pos: int) -> tuple[int, int] | None:
    """A street and house number in the clause after an address cue, with a postcode and
    town after it or before it. Read from each number in the clause
    back over the words before it (up to five)."""
    house, number, word, _, _, clause_end = _address_rx()
    stop = clause_end.search(text, pos, pos + 90)
    end = stop.start() + 1 if stop else min(len(text), pos + 90)
    for d in number.finditer(text, pos, end):
        h = house.match(text, d.start())
        if h is None:
            continue
        before = text[pos:d.start()]
        before = before[:-1] if before.endswith(" ") else before
        if before[-3:].lower() == "nr.":
            before = before[:-3].rstrip(" ")
        names: list[str] = []
        for token in reversed(before.split(" ")[-5:]):
            if not word.fullmatch(token):
                break
            names.insert(0, token)
        if not names:
            continue
        names_end = pos + len(before)
        span = _street(text, pos, names, names_end - len(" ".join(names)), names_end, h.end())
        if span is not None:
            return span
    return None


def _street(text: str, pos: int, words: list[str], start: int, names_end: int,
            end: int) -> tuple[int, int] | None:
    """The street of words and a house number, with its town, or None."""
    _, _, _, town_after, town_before, _ = _address_rx()
    names = list(words)
    # The street begins after the last small word ("mit 4 Kindern in 3 …" has none; "bei der
    # Tante in der Vahrenwalder 112"), then after leading common nouns ("Ecke Fössestraße 91",
    # "seit dem Sommer Bultstraße 4"); a street word, an opener ("Am", "Lange") or a place's
    # adjective ("Lister Meile") stays.
    opener = _capital_opener(names)
    if opener is not None:  # "wohnhaft Zum Alten Hafen 11", "Hinter der Mauer 3"
        start += sum(len(w) + 1 for w in names[:opener])
        names = names[opener:]
    for i in range(len(names) - 1, -1, -1):
        if opener is not None:
            break
        if _small_word(names[i]):
            # "im Winkel"; "in der Alten Feldstraße": an inflected adjective before a street
            cut = i if _keeps_opener(names[i:]) or (
                names[i] in _ADJECTIVES and i + 1 < len(names) and _street_word(names[i + 1])
            ) else i + 1
            start += sum(len(w) + 1 for w in names[:cut])
            names = names[cut:]
            break
    while opener is None and names and not _street_word(names[0]) and not _keeps_opener(
            names) and not (len(names) > 1 and (_place_adjective(names[0])
                                                or names[0] in _ADJECTIVES)) and (
            names[0].lower().rstrip(".") in _NOT_STREET or _noun(names[0])):
        start += len(names.pop(0)) + 1
    after = town_after.match(text, end)
    if not names:
        if after is None:
            return None
        names = words[-1:]  # "Postfach 4471, 30044 Hannover"
        start = names_end - len(names[0])
    if not (after or any(_street_word(w) or w in _OPENERS for w in names)
            or any(_place_adjective(w) for w in names[:-1])
            or any(not _noun(w) and not _small_word(w)
                   for w in names)):
        return None
    end = after.end() if after else end
    if after is None and text.startswith(", ", end) and (
            town := _TOWN_ENDS_LINE.match(text, end)) and _town(town["town"]):
        end = town.end()  # "Frühere Anschrift: Rue Ibn Batouta 22, Tanger (Marokko)"
    # "wohnhaft in 31785 Hameln, Deisterallee 4": a postcode and town before it; a town
    # without a postcode stays a word, as everywhere in the anonymiser ("in Stöcken, …")
    before = town_before.search(text, max(pos, start - 40), start) if (
        after is None and text[start - 2:start] == ", ") else None
    if before is not None:
        start = before.start()
    return start, end


def _town(name: str) -> bool:
    """A town's name: capitalised words, the first a listed place or no common word ("Tanger",
    "São Paulo", "Łódź")."""
    words = name.replace("-", " ").split()
    if not all(w[0].isupper() for w in words):
        return False
    lex = lexicon()
    return lex.is_place(words[0].lower()) or not lex.is_stopword(words[0])


# A town without a postcode after a cued street, the rest of its line ("…, Tanger (Marokko)")
_TOWN_ENDS_LINE = re.compile(r", (?P<town>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})"
                             r"(?: \([^\W\d_]+(?:[ .-]+[^\W\d_]+)*\))?[ \t]*(?=\n|$)")


@functools.lru_cache(maxsize=4096)
def _noun(word: str) -> bool:
    return lexicon().is_noun(word.lower().rstrip("."))


@functools.lru_cache(maxsize=4096)
def _small_word(word: str) -> bool:
    lw = word.lower()
    return lw in PREPOSITIONS or lw in _GLUE or lw in lexicon().common_words


def _capital_opener(names: list[str]) -> int | None:
    """Where a street opens with a capitalised small word after an address cue ("Zum Alten
    Hafen", "Hinter der Mauer", "An den Weiden"): the opener, an article perhaps, then
    capitalised words to the number; not a time ("Im Sommer 3 Monate", "Am Montag 2 …")."""
    for j in range(len(names) - 2, -1, -1):
        if names[j] in _OPENERS:
            k = j + 2 if names[j + 1] in ("der", "den", "dem", "die") else j + 1
            rest = names[k:]
            if rest and all(w[0].isupper() for w in rest) and rest[0].lower() not in _TIME_NOUNS:
                return j
            return None
    return None


_ADJECTIVES = frozenset({"Alten", "Neuen", "Hohen", "Langen", "Großen", "Kleinen", "Oberen",
                         "Unteren", "Breiten", "Kurzen", "Schönen", "Grünen", "Roten", "Weißen"})
_TIME_NOUNS = frozenset("""jahr jahre monat monate tag tage woche wochen wochenende sommer winter
herbst frühjahr frühling abend morgen vormittag nachmittag anfang ende moment alter termin
januar februar märz april mai juni juli august september oktober november dezember montag
dienstag mittwoch donnerstag freitag samstag sonntag""".split())


def _keeps_opener(names: list[str]) -> bool:
    """"im Winkel", "Am Markt": the small word belongs to a street named by a street word."""
    return len(names) > 1 and names[0].capitalize() in _OPENERS and _STREET_WORD.fullmatch(
        names[1].rstrip(".")) is not None


@functools.lru_cache(maxsize=4096)
def _place_adjective(word: str) -> bool:
    """"Lister", "Hildesheimer", "Berliner": a place's adjective names a street with the word
    after it."""
    lw = word.lower()
    return lw.endswith("er") and lexicon().is_place(lw)


@functools.lru_cache(maxsize=4096)
def _street_word(word: str) -> bool:
    return _STREET_WORD.search(word.rstrip(".")) is not None


# A street word, alone ("im Winkel", "am Markt": the small word belongs to the name) or ending
# a name ("Kanalweg", "hagenstr").
_STREET_WORD = re.compile(f"(?i:{_STREET_SUFFIX}|str)$")


# Words before a number that is no house number ("Abs. 4", "Seite 2", "Block 3").
_NOT_STREET = frozenset({"abs", "absatz", "satz", "nr", "s", "seite", "kap", "art", "ziff",
                         "buchst", "anlage", "block", "haus", "zimmer", "raum", "etage", "og"})
_OPENERS = frozenset({"Am", "Im", "An", "Auf", "Zum", "Zur", "Unter", "Hinter", "Alte", "Alter",
                      "Neue", "Hohe", "Lange", "Große", "Kleine", "Obere", "Untere",
                      # a foreign address's street word ("Rue Ibn Batouta 22", "Avenida …")
                      "Rue", "Avenue", "Avenida", "Calle", "Via", "Rua", "Ulica", "Boulevard",
                      "Piazza", "Plaza", "Strada"})
