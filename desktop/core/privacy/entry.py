"""One person across the whole entry: a word found as a name once is that name at its other
mentions — capitalised, in the genitive, and where it was found only in lower case.

Called by names.py after its rules (and after lowercase.py for names typed in lower case); the
guards keep a German word that is a surname a word where an article makes it a noun ("Frau
Sperling … ein Sperling").
"""

from __future__ import annotations

from itertools import compress

from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.wordclass import (
    AMBIGUOUS,
    ANY_WORD_BEFORE,
    INSTITUTION_ENDINGS,
    NO_NAME_BEFORE,
    NOUN,
    PREPOSITIONS,
    ROLE,
    STOP,
    TITLE,
    Lazy,
    sentence_start,
)


def propagate(text, toks, cls, strip, is_name) -> set[str]:
    """A word found as a name once is a name everywhere in the same text, also one found only
    beside another part of a name ("Marianne Solheim … Fall Solheim:"). Returns the names
    found that are also common or meaning words ("Nur", "Brot"): those are not spread here
    but left to found_word_as_subject."""
    found = {word[:-cut] if cut else word
             for (_, _, word), cut in compress(zip(toks, strip, strict=True), is_name)}
    if not found:
        return _NONE
    new = found.difference(_DECIDED)
    if new:
        # decided once per word (the same names come again in every entry): set operations
        # in C for the words seen before
        if len(_DECIDED) > 100_000:
            _DECIDED.clear()
            _STAYING.clear()
            new = found
        lex = lexicon()
        stop, common_words = lex.stopwords, lex.common_words
        _DECIDED.update(new)
        _STAYING.update([w for w in new if len(w) <= 2 or w.lower() in stop
                         or w.lower() in common_words])
    kept = found.difference(_STAYING)
    common = found - kept if len(kept) < len(found) else _NONE
    if not kept:
        return common
    genitive = {w + "s" for w in kept}
    # The look-up first, in one pass: most words are no name found elsewhere.
    for t in [t for t, (_, _, word) in enumerate(toks)
              if (word in kept or word in genitive) and not is_name[t]]:
        if cls[t] == TITLE or cls[t] == ROLE or not spreads_to(text, toks, cls, t):
            continue
        is_name[t] = True
        if toks[t][2] not in kept:
            strip[t] = 1
    return common


_NONE: set[str] = set()
# Words propagate has decided on, and those of them that are common or meaning words ("Nur",
# "Brot"), not spread.
_DECIDED: set[str] = set()
_STAYING: set[str] = set()




def spreads_to(text, toks, cls, t) -> bool:
    """May a word found as a name elsewhere in the text be that name at token t?"""
    c = cls[t]
    if c != STOP and c != NOUN and c not in AMBIGUOUS:
        return True
    start = toks[t][0]
    if _noun_phrase_or_predicate(text, start, toks[t][2]):
        return False
    if c == STOP or c == NOUN:
        # "Frau Knappe … Knappe sagte": a word found as a name is that name again, unless an
        # article makes it a noun ("der Knappe"); a German word also after a preposition ("zu
        # Fuß"), a word only built like a noun not ("bei Makrygiannis fehlt").
        before = ANY_WORD_BEFORE.search(text, max(0, start - 16), start)
        if before is None:
            return True
        lw = before[1].lower()  # also "Ein Sperling saß …" at a sentence's start
        return not (lw in NO_NAME_BEFORE or (c == STOP and lw in PREPOSITIONS))
    # "Herr Kurz … Kurz danach ging sie."; "Frau Bauer … der Bauer", "Herr Weber … als Weber
    # tätig": after an article or "als" a listed name that is also a noun is the noun.
    if sentence_start(text, start) and not _INITIAL_BEFORE.search(text, max(0, start - 4), start):
        # "Herzog: Stellungnahme bis Freitag" in minutes; "Anke, zur Info." opening a mail's
        # line; a name's initial is no sentence's end ("A. Schwarz")
        return text[toks[t][1]:toks[t][1] + 2] == ": " and _speakers(text) or (
            text[toks[t][1]:toks[t][1] + 2] == ", " and text[start - 1:start] == "\n")
    before = ANY_WORD_BEFORE.search(text, max(0, start - 16), start)
    return before is None or (before[1].lower() not in NO_NAME_BEFORE
                              and before[1].lower() not in _NOUN_AFTER)


_NOUN_AFTER = frozenset({"als", "zum", "zur", "vom", "beim"})
_INITIAL_BEFORE = Lazy(r"(?:^|[^\w])[A-ZÄÖÜ]\. $")

# An article and one or two adjectives before the word: "ein kleiner Engel", "der beste
# Glaser", "ein guter alter Ottomotor".
_ARTICLE_ADJECTIVE = Lazy(r"(?:^|[^\w])(?i:der|die|das|dem|den|des|ein|eine|einen|einem|einer|kein"
                          r"|keine|keinen|mein|meine|sein|seine|ihr|ihre)\s+(?:[a-zäöüß]{2,}"
                          r"(?:e|er|en|es|em)\s+){1,2}$")
_WORD_BEFORE_QUOTE = Lazy(r"([A-ZÄÖÜ][\w-]+) [„\"]$")
_FIRMS = (*INSTITUTION_ENDINGS, "restaurant", "café", "hotel", "gasthof", "gasthaus", "hof",
          "laden", "betrieb", "institut")
# The second of two nouns after "als" or "zum": "als Schneider und Weber tätig".
_ALSO_A_NOUN = Lazy(r"(?:^|[^\w])(?:als|zum|zur|beim|vom)\s+[A-ZÄÖÜ][\w-]+\s+(?:und|oder)\s+$")
# A copula after a pronoun or the person's own name, perhaps with adverbs: "er ist Hesse", "Sie
# ist selbst Jäger", "Herr Fischer ist Fischer von Beruf", "der tatsächlich früher Schäfer war"
# is left (its verb follows).
_PREDICATE = Lazy(r"(?:^|[^\w])(\w+)\s+(?:ist|sei|war|wäre|wird|wurde|bin|bleibt)\s+(?:(?:selbst|auch"
                  r"|nicht|früher|eigentlich|wirklich|tatsächlich|schon|jetzt|noch)\s+)*$")
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "ich", "es", "Er", "Sie", "Ich", "Es"})


def _noun_phrase_or_predicate(text: str, start: int, word: str) -> bool:
    """The word is a noun here, whatever it is elsewhere: after an article and adjectives, as
    the predicate of a pronoun or of the person of that name, beside a noun after "als", a
    month after its day, or a firm's name in quotes."""
    before = text[start - 1:start]
    if before in ("„", '"') and text[start + len(word):start + len(word) + 1] in ("“", '"'):
        # a firm's name in quotes after what it is: Kita „Morgenstern“, Restaurant „Adler“
        firm = _WORD_BEFORE_QUOTE.search(text, max(0, start - 30), start)
        return firm is not None and firm[1].lower().endswith(_FIRMS)
    if before != " ":
        return False
    if text[start - 3:start - 1].endswith(".") and text[start - 3:start - 2].isdigit():
        return True  # "bis 15. Mai": the month after its day
    if _ARTICLE_ADJECTIVE.search(text, max(0, start - 40), start) is not None or \
            _ALSO_A_NOUN.search(text, max(0, start - 40), start) is not None:
        return True
    m = _PREDICATE.search(text, max(0, start - 40), start)
    return m is not None and (m[1] in _SUBJECT_PRONOUNS or m[1] == word)


# Minutes: a list of those present, or a note whose lines open with a speaker's label.
_MINUTES = ("Anwesend", "Teilnehm", "Protokoll", "Sitzung", "TN:", "Moderation")
_LABEL = Lazy(r"(?m:^)[ \t]*[-–•*]?[ \t]*[A-ZÄÖÜ][^\W\d_]+: ")


def _speakers(text: str) -> bool:
    """Does the note speak in speakers' labels ("Herzog: Stellungnahme bis Freitag")? Minutes
    do, and so do notes with several lines that open with one word and a colon. Asked only of
    a name found elsewhere that opens a sentence before ": " (rare): "Herr Herzog … Herzog:
    Termin offen lassen" is the person, "Kurz: …" elsewhere the adverb."""
    return any(word in text for word in _MINUTES) or len(_LABEL.findall(text)) >= 2


def carry_lower_case(text, toks, cls, strip, is_name, spans, out) -> bool:
    """Mark the capitalised mentions of words of names found in lower case only (`out` less
    `spans`), as _propagate does for names found capitalised. True if any was marked."""
    known = set(spans)
    folded = text.lower()
    # Only words written otherwise somewhere (two counts in C each): most names found in lower
    # case stay in lower case.
    lowered = {w for s, e in out if (s, e) not in known for w in text[s:e].lower().split()
               if len(w) > 2 and folded.count(w) > text.count(w)}
    if not lowered:
        return False
    lex = lexicon()
    lowered = {w for w in lowered if w not in lex.common_words and not lex.is_stopword(w)}
    marked = False
    held: list[int] = []
    for t, (_, _, word) in enumerate(toks):
        if is_name[t] or cls[t] in (TITLE, ROLE):
            continue
        lw = word.lower()
        cut = 0
        if lw not in lowered:
            if lw[-1:] not in ("s", "’", "'") or lw[:-1] not in lowered:
                continue
            cut = 1
        if not spreads_to(text, toks, cls, t):
            if cls[t] in AMBIGUOUS:
                held.append(t)
            continue
        is_name[t], strip[t] = True, cut
        marked = True
    for t in held:
        # "Mari Tangen – …" at a sentence's start: the first name before a surname marked
        if t + 1 < len(toks) and is_name[t + 1] and text[toks[t][1]:toks[t + 1][0]] == " ":
            is_name[t] = marked = True
    return marked
