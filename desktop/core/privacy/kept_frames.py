"""Frames of layout and set phrases that show a word to be no name, whatever the lists say
of it: a word cut at a line's end, places after their kind, a town's district, English job words, number words, a verb opening a sentence, adjectives
written as nouns and the words of a line's label. kept.kept_tokens asks them where their
words are in the note."""

from __future__ import annotations

import functools

from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.wordclass import (
    NOUN,
    ROLE,
    STOP,
    TITLE,
    UNKNOWN,
    Lazy,
)

# English job words in German notes ("Beschäftigt als Data Scientist", "eine Stelle als
# Postdoc"): no surname.
ENGLISH_JOBS = frozenset({"Scientist", "Engineer", "Developer", "Consultant", "Analyst",
                           "Designer", "Postdoc", "Researcher", "Recruiting", "Recruiter"})


def district(word: str) -> bool:
    """A town and its district ("Gelsenkirchen-Ückendorf", "Berlin-Neukölln"): the first part a
    listed place, no part a listed name."""
    lex = lexicon()
    parts = [p for p in word.split("-") if p]
    if len(parts) != 2 or not lex.is_place(parts[0].lower()) or any(
            lex.is_name(fold(p)) for p in parts):
        return False
    second = parts[1].lower()
    # the district a German word, a place or built like a place's name ("Mitte",
    # "Neukölln", "Ückendorf", "Weidenau"): not a double surname's unlisted part ("Linden-Hager")
    return second.endswith(_PLACE_ENDINGS) or len(second) >= 6 and second.endswith("au") or \
        lex.is_place(second) or lex.is_word(second)


@functools.lru_cache(maxsize=4096)
def _town_and_part(word: str) -> bool:
    lex = lexicon()
    parts = word.split("-")
    return len(parts) == 2 and bool(parts[1]) and lex.is_place(parts[0].lower()) and not any(
        lex.is_name(fold(p)) for p in parts)


def placed_district(text: str, start: int, end: int, word: str) -> bool:
    """A town and a part the lists do not know, where a place stands: after "in", "aus" or
    "nach" ("in Gelsenkirchen-Buer") or before the date of a letter's place and date line
    ("Gelsenkirchen-Buer, 25.11.2026"); the first part a listed place that is no name, no part
    a listed name ("Frau Linden-Hager" is a person)."""
    if not _town_and_part(word):
        return False
    before = text[max(0, start - 5):start]
    return before.endswith((" in ", " aus ", "nach ")) or (
        text[end:end + 2] == ", " and text[end + 2:end + 3].isdigit())


_PLACE_ENDINGS = ("dorf", "feld", "heim", "hausen", "berg", "burg", "stadt", "kirchen", "hof",
                  "bach", "rode", "stedt", "ingen", "leben", "werder", "hagen", "kamp", "brück",
                  "brücken", "furt", "tal", "see", "wald", "felde", "holz", "horst", "beck")


_LINE_BREAK_REST = Lazy(r"-\n[ \t]*([a-zäöüß]+)")


def hyphenated_at_line_end(text: str, toks: list[tuple[int, int, str]], out: list[int]) -> None:
    """A word cut at a line's end, its rest in lower case on the next line ("Auslän-⏎
    derbehörde", "Bescheini-⏎gung" in an OCR copy): judged as the whole word, a German one is
    kept."""
    lex = lexicon()
    for t, (_, end, word) in enumerate(toks):
        if text[end:end + 2] != "-\n":
            continue
        m = _LINE_BREAK_REST.match(text, end)
        if m is not None:
            whole = word.lower() + m[1]
            if lex.is_word(whole) or lex.is_compound(whole):
                out.append(t)


# Kinds of place before a place's name ("Insel Reichenau", "Geburtsort: Shiraz", "Goethe
# Beirut": the Goethe-Institut of a town).
PLACE_BEFORE = frozenset({"Insel", "Geburtsort", "Geburtsland", "Herkunftsland",
                           "Herkunftsort", "Stadtteil", "Ortsteil", "Landkreis", "Provinz",
                           "Goethe"})


def places_after_their_kind(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                             out: list[int]) -> None:
    """The word after a kind of place names the place: "Insel Reichenau", "Geburtsort:
    Shiraz"; after "Goethe" only a listed place, and "Goethe" is then the institute."""
    lex = lexicon()
    for t, (_, end, word) in enumerate(toks[:-1]):
        if word not in PLACE_BEFORE or cls[t + 1] in (TITLE, ROLE):
            continue
        gap = text[end:toks[t + 1][0]]
        if word == "Goethe":
            if gap == " " and lex.is_place(toks[t + 1][2].lower()):
                out.extend((t, t + 1))
        elif gap == " " or gap.startswith(":") and gap[1:].isspace():
            out.append(t + 1)


# Words before a telephone or fax number ("Herr Tel. 0421 …", "Fax: 0341 …", "Mob [Telefon
# 1]"): no name, after a title neither.
NUMBER_WORDS = frozenset({"Tel", "Telefon", "Fax", "Mob", "Mobil", "Handy", "Rufnummer"})
_NUMBER_AFTER = Lazy(r"\.?:?[ \t]*[\d+(\[]")


def number_words(text: str, toks: list[tuple[int, int, str]], out: list[int]) -> None:
    for t, (_, end, word) in enumerate(toks):
        if word in NUMBER_WORDS and _NUMBER_AFTER.match(text, end) is not None:
            out.append(t)


OPENING_VERBS = frozenset({"Habe", "Hab", "Hatte", "Bin", "Wurde", "Werde", "Konnte",
                            "Musste", "Sollte"})
# Words after which an adjective is written as a noun ("alles Rechtliche", "etwas Neues",
# "nichts Besonderes"), looked for in the few characters before each token.
_QUANTIFIERS = ("alles", "etwas", "nichts")


def nominalised_adjectives(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                            out: list[int]) -> None:
    """An adjective written as a noun after "alles", "etwas", "nichts" ("alles Rechtliche"):
    a German word ending in -e or -es, not a listed name ("alles Gute, Rosa")."""
    for t, (start, _, word) in enumerate(toks):
        before = text[max(0, start - 7):start - 1].rpartition(" ")[2]
        if before in _QUANTIFIERS and text[start - 1] == " " and cls[t] == STOP and \
                word.endswith(("e", "es")):
            out.append(t)


# How adjectives and participles end that open a field's label ("Empfangsberechtigte Person:",
# "Zuständige Stelle:", "Derzeitiger Aufenthaltstitel:").
_ADJECTIVE_ENDINGS = ("te", "ter", "tes", "ige", "iger", "liche", "licher", "ische", "ischer",
                      "bare", "barer", "ene", "ener")  # also "Eingeladene Person:"


def label_words_before(text: str, toks: list[tuple[int, int, str]], cls: list[int], t: int,
                        out: list[int]) -> None:
    """A label of two or three words opening a line, its last a German noun before the colon:
    the words before it are German words or adjectives by their ending, not names."""
    u = t
    run: list[int] = []
    while u and len(run) < 2 and text[toks[u - 1][1]:toks[u][0]] == " ":
        u -= 1
        word = toks[u][2]
        if not (cls[u] == STOP or cls[u] == NOUN or cls[u] == UNKNOWN and len(word) >= 8 and
                word.endswith(_ADJECTIVE_ENDINGS)):
            return
        run.append(u)
        start = toks[u][0]
        if not start or text[start - 1] == "\n":
            out.extend(run)
            return


# The adjectives of the Länder before their institutions ("Thüringer Landesverwaltungsamt",
# "Sächsisches Staatsministerium", "Bayerisches Landesamt für Asyl"): "Thüringer" is a
# surname too. (A closed class, looked up in the note's words: a pattern over every note cost
# 2.5 µs.)
LAND_ADJECTIVES = frozenset(f"{stem}{ending}" for stem in (
    "Sächsisch", "Bayerisch", "Hessisch", "Niedersächsisch", "Brandenburgisch", "Saarländisch",
    "Badisch", "Württembergisch", "Westfälisch", "Rheinisch", "Pfälzisch", "Anhaltisch")
    for ending in ("e", "es", "er", "en")) | {"Thüringer", "Berliner", "Hamburger", "Bremer"}
# The heads of state institutions.
_INSTITUTION_HEADS = ("amt", "ämter", "behörde", "ministerium", "polizei", "verwaltung",
                      "gericht", "regierung", "landtag")


def land_institutions(toks: list[tuple[int, int, str]], cls: list[int], out: list[int]) -> None:
    """A Land's adjective before an office or an institution names the institution, not a
    person: "Thüringer Landesverwaltungsamt"; not after a form of address ("Frau
    Thüringer")."""
    for t in [t for t, tok in enumerate(toks[:-1]) if tok[2] in LAND_ADJECTIVES]:
        if toks[t + 1][0] == toks[t][1] + 1 and \
                toks[t + 1][2].lower().endswith(_INSTITUTION_HEADS) and \
                not (t and cls[t - 1] in (TITLE, ROLE)):
            out.extend((t, t + 1))
