"""Names after prepositions and conjunctions: a first name or a listed surname that is a
German word too, where a noun would need its article ("übersetzte für Klaus.", "Ausweisersatz
für Wolf verlängert", "weil Herzog dort die Schulung macht", "an Krause und Vogt für …"),
and after the words that make such a surname a person: the kind of note before its date, a
shop, a family, "heißt", an initial ("Vermerk Hahn, 04.12.", "Bäckerei Stein", "K. Hahn").
Called by names.py after the classes of the data are known (see its order of rules)."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    PREPOSITIONS,
    ROLE,
    WORD_BEFORE,
    Lazy,
    sentence_start,
)


def first_name_after_preposition(text, toks, cls, is_name) -> None:
    """A first name that is also a word, after a preposition and before the end of the clause,
    is the name: "übersetzte für Klaus.", "mit Lasse," — the word would need another form or
    an article there. So is a listed surname that is also a word: "Nachfrage von Enns:",
    "Rückruf an Vogel." Listed meaning words are left alone ("ohne Hoffnung."). Two listed
    surnames joined by "und" after "an", "bei", "laut" that are neither meaning nor frequent
    words are two people ("Dank an Krause und Vogt"; not "Jung und Alt", "in Schwarz und
    Weiß", "mit Fuchs und Hund")."""
    for t in [t for t, c in enumerate(cls) if c == AMBF or c == AMBIG]:
        start, end, word = toks[t]
        if is_name[t] or len(word) < 3:
            continue
        if _named_by_word_before(text, start, end, word) or (
                text[start - 2:start] == ". " and not meaning_word(word)
                and _INITIAL_BEFORE.search(text, max(0, start - 8), start) is not None) or (
                cls[t] == AMBF and t and is_name[t - 1] and toks[t - 1][1] == start - 2
                and text[start - 2:start] == " (" and text[end:end + 1] == ")"
                and not meaning_word(word)):
            is_name[t] = True  # also after an initial ("K. Hahn", "SB I. Sauer") and the first
            continue  # name in brackets after its surname ("SB Fischer (Anke)")
        if text[end:end + 5] == " und " and t + 1 < len(toks) and toks[t + 1][0] == end + 5 \
                and cls[t + 1] == AMBIG and cls[t] == AMBIG and not any(
                    meaning_word(w) or w.lower() in lexicon().common_words or len(w) < 3
                    for w in (word, toks[t + 1][2])):
            before = WORD_BEFORE.search(text, max(0, start - 16), start)
            if before is not None and before[1] in _PAIR_PREPOSITIONS:
                is_name[t] = is_name[t + 1] = True  # "an Krause und Vogt für …"
                continue
        if end < len(text) and text[end] not in ".,;:!?)" and text[end:end + 2] != " (" and not (
                text[end:end + 5] == " und " and t + 1 < len(toks) and is_name[t + 1]
                and toks[t + 1][0] == end + 5):  # "mit Ilse und Gabi": a pair of names
            if text[start - 4:start] in ("mit ", "Mit ") and not text[start - 5:start - 4].isalpha() \
                    and _VERB_ENDS_CLAUSE.match(text, end) and (text[start - 4] == "m" or (
                        cls[t] == AMBF and sentence_start(text, start - 4))):
                is_name[t] = True  # "mit Graf besprechen", "Mit Anke gesprochen,"
            elif text[start - 1:start] == " " and (
                    before := _word_before(text, start)) in _CUES_BEFORE and not meaning_word(
                    word) and word.lower() not in lexicon().common_words:
                if before in _OBJECT_PREPOSITIONS and _PARTICIPLE_AFTER.match(text, end) or \
                        before.lower() in _SUBJECT_AFTER and _LOWER_WORD.match(text, end):
                    is_name[t] = True  # "Ausweisersatz für Wolf verlängert bis …", "weil
                    # Herzog dort die Schulung macht", "laut Sauer ist er umgezogen"
            continue
        if t and cls[t - 1] == ROLE and text[toks[t - 1][1]:start] == ", " and cls[t] == AMBF:
            is_name[t] = True  # a first name set off after a role: "eine Tochter, Lea."
            continue
        if meaning_word(word):
            continue
        before = WORD_BEFORE.search(text, max(0, start - 16), start)
        if before is not None and (before[1] in PREPOSITIONS or before[1] == "siehe") and \
                before[1] not in ("als", "wie") and \
                f"{before[1]} {word.lower()}" not in _IDIOMS and not (
                before[1] in _PLACE_PREPOSITIONS and lexicon().is_place(word.lower())):
            is_name[t] = True  # but "wohnhaft in Halle," is the town, "als Weber (…)" a trade;
            # a reference to a person too: "(siehe Eder)" — a document needs no listed name


def _word_before(text: str, start: int) -> str:
    """The word before the space at start - 1, by plain string search (asked of most listed
    names that are words)."""
    return text[max(text.rfind(" ", max(0, start - 12), start - 1),
                    text.rfind("\n", max(0, start - 12), start - 1)) + 1:start - 1]


# Not "mit", "von", "für": "mit Fuchs und Hund", "für Hund und Katze" are animals.
_PAIR_PREPOSITIONS = frozenset({"an", "bei", "laut", "lt", "zwischen"})
# Before a participle a noun without article after these is a person: "für Wolf verlängert",
# "bei Bock eingereicht" (a thing needs an article there: "für den Pass beantragt").
_OBJECT_PREPOSITIONS = frozenset({"für", "mit", "bei", "von", "an"})
_PARTICIPLE_AFTER = Lazy(r" (?:[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|er|ent|zer)[a-zäöüß]{3,}t"
                         r"|[a-zäöüß]{3,}iert)\b")
# A clause's subject follows these: a listed surname there before a word in lower case is the
# person (a noun would need its article: "weil das Zimmer dort …"); so after "laut".
_SUBJECT_AFTER = frozenset({"weil", "dass", "ob", "obwohl", "nachdem", "bevor", "sobald", "laut",
                            "lt"})
_LOWER_WORD = Lazy(r" [a-zäöüß]")
_CUES_BEFORE = _OBJECT_PREPOSITIONS | _SUBJECT_AFTER | {w.capitalize() for w in _SUBJECT_AFTER}
# An infinitive or participle that ends the clause: "mit Graf besprechen", "mit Lange geklärt."
_VERB_ENDS_CLAUSE = Lazy(r" (?:[a-zäöüß]+(?:en|ert|iert|t))(?=[.,;:!?)\n]| [-–(]|$)")


_PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus", "bei", "von", "bis", "über"})
# A preposition and a noun without article that German uses as one word ("tritt in Kraft.",
# "lässt ihn in Ruhe."): the noun's surname is no one there.
_IDIOMS = frozenset({"in kraft", "außer kraft", "in ruhe", "zu fuß", "in kauf", "zu recht",
                     "mit recht", "von hand", "zu hause", "nach hause", "auf dauer", "in not",
                     "in frage", "zu ende", "in ordnung", "zur kenntnis", "zu gast", "mit absicht",
                     "auf anfrage", "zu lasten", "in höhe", "zu gunsten", "im voraus",
                     "von herzen", "mit sicherheit", "in kürze", "mit nachdruck"})


def _named_by_word_before(text: str, start: int, end: int, word: str) -> bool:
    """A listed name that is a German word too, where the word before makes it a person: the
    writer after the kind of note and before its date ("Vermerk Hahn, 04.12.2026:", "Diktat
    Sonntag vom 30.11."), the owner after a shop or a family ("Bäckerei Stein", "Gastfamilie
    Sommer"), what someone is called ("heißt auch Sonntag"), whom a thing goes back to ("Blatt
    an Sonntag zurück": a day needs "am"), at whom things lie ("bei Berg liegen noch zwei
    Akten": a place or a thing there needs its article)."""
    if text[start - 1:start] != " ":
        return False
    before = _long_word_before(text, start)
    if before not in _WORDS_BEFORE and not before.endswith(_ENDINGS_BEFORE):
        return False  # most words before a listed name (one set look-up)
    lex = lexicon()
    lw = word.lower()
    if lw in lex.common_words:
        return False
    if before in _NOTE_KINDS:
        # a weekday before ", <date>" is the date's ("Vermerk Montag, 04.12.2026:"); before
        # "vom <date>" the date has its own word, so the weekday's place is the writer's
        date = _DATE_AFTER.match(text, end)
        return date is not None and (word not in _WEEKDAYS or date[0][:1] == " ")
    if before.endswith(_FAMILIES):
        return True  # after "Familie" (a title-like role) a meaning word too: "Sommer"
    if meaning_word(word):
        return False
    if before.endswith(_SHOP_ENDINGS) or before in _SHOPS:
        return True
    if before in _NAMING or (before in ("auch", "jetzt") and _long_word_before(
            text, start - len(before) - 1) in _NAMING):
        return True
    if before == "an":
        # "Blatt an Sonntag zurück"; "Danke an Kai für …" (a thank's person, no article)
        return _BACK_TO.match(text, end) is not None or \
            _long_word_before(text, start - 3) in _THANKS
    if before in ("bei", "Bei") and lex.is_noun(lw):
        at = start - 4
        return (at == 0 or text[at - 1] in " \t\n") and _sentence_opens(text, at) and \
            _LIES_WITH.match(text, end) is not None
    return False


def _long_word_before(text: str, start: int) -> str:
    """The word before the space at start - 1, of up to 18 letters ("Gesprächsnotiz")."""
    return text[max(text.rfind(" ", max(0, start - 20), start - 1),
                    text.rfind("\n", max(0, start - 20), start - 1)) + 1:start - 1]


def _sentence_opens(text: str, at: int) -> bool:
    head = text[max(0, at - 4):at].rstrip(" \t-–•*")
    return not head or head[-1] in ".!?:\n"


# A person's initial (not the "A." of "i. A."): "K. Hahn", "K.-H. Busch".
_INITIAL_BEFORE = Lazy(r"(?:^|[\s(/])(?<!i\. )[A-ZÄÖÜ]\.(?:-?[A-ZÄÖÜ]\.)? $")
_NOTE_KINDS = frozenset({"Vermerk", "Aktenvermerk", "Diktat", "Notiz", "Telefonnotiz",
                         "Gesprächsnotiz"})
_NAMING = frozenset({"heißt", "heisst", "hieß", "namens"})
_WEEKDAYS = frozenset({"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                       "Sonntag"})
_SHOPS = frozenset({"Praxis", "Kanzlei", "Firma", "Autohaus", "Spedition", "Pflegedienst"})
_FAMILIES = ("familie", "Familie")
_SHOP_ENDINGS = ("erei", "orei")
_WORDS_BEFORE = _NOTE_KINDS | _NAMING | _SHOPS | {"auch", "jetzt", "an", "bei", "Bei"}
_ENDINGS_BEFORE = _FAMILIES + _SHOP_ENDINGS
_DATE_AFTER = Lazy(r"(?:,| vom)? \d{1,2}\.\d{1,2}\.")
_BACK_TO = Lazy(r" zurück(?:[.,;:!?)\n]|$)")
_THANKS = frozenset({"Danke", "danke", "Dank", "Gruß", "Grüße", "Grüsse"})
_LIES_WITH = Lazy(r" (?:liegt|liegen|lag|lagen|ist|sind|war|waren|fehlt|fehlen|steht|stehen"
                  r"|bleibt|bleiben)\b")
