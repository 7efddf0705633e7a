"""Context rules that find names the word classes alone leave open: a word that is no German
word and has no article, a word German writes in lower case capitalised inside a sentence,
surnames after first names, names before a birth cue, subjects of person verbs, names in
e-mail addresses (see names.py for the order in which they run)."""

from __future__ import annotations

import bisect
import functools
import re
from itertools import compress

from desktop.core.privacy.kept import after_adjective
from desktop.core.privacy.keywords import cue_words
from desktop.core.privacy.lexicon import Lexicon, lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    AMBIGUOUS,
    ANY_WORD_BEFORE,
    ARTICLES,
    BOTH,
    FIRST,
    FOREIGN_PARTICLES,
    KEPT,
    NAME_HEADS,
    NAMEISH,
    NO_NAME_BEFORE,
    NOT_AFTER_TITLE,
    NOUN,
    PREPOSITIONS,
    ROLE,
    SHAPE,
    STOP,
    SUR,
    TITLE,
    UNKNOWN,
    WORD_BEFORE,
    Lazy,
    classifier,
    guess_genitive,
    looks_like_noun,
    names_a_place,
    sentence_start,
    surname_word,
)

_INNER_CAPITAL = Lazy(r".[^\W\d_]*[A-ZÄÖÜ]")


def lone_unknown_words(text, toks, cls, is_name, strip, joined) -> None:
    """A capitalised word that is no German word by the data (neither a noun, nor a frequent
    word, nor a compound of German words) and stands where a noun would need an article is a
    name: "…, dass Hasret seit Wochen …", "Ich habe Janko gebeten …", "für Otieno"."""
    lex = lexicon()
    marked: set[str] | None = None
    lone = _LONE_WORDS
    # Words already known not to be one are left out in C (most words of a note); the rule
    # marks only the token it is at, so is_name of the later ones can be read now.
    for t in [t for t, tok in enumerate(toks) if lone.get(tok[2], True) and not is_name[t]]:
        word, c = toks[t][2], cls[t]
        if c == KEPT:
            continue  # kept by its place in this note: not the word's own class, not cached
        maybe = lone.get(word)
        if maybe is None:
            maybe = lone[word] = _maybe_lone(word, c)
        if not maybe:
            continue
        start, end, _ = toks[t]
        if c != UNKNOWN and (text[end:end + 1] == ":" and _opens_label(text, start) and not (
                t and is_name[t - 1] and toks[t - 1][1] == start - 1) or
                             not _capitalised_non_noun(text, start, word, lex)):
            continue  # also a German word written in lower case before a colon: a label
            # ("Gemeldet: C. Backes", "Entschuldigt: Wiebrecht", "Fällig: 17.12."), wherever
            # the line breaks; not after a first name found ("an Álvaro Costa: …")
        if end < len(text) and text[end] in "-/":
            continue  # "Online-": a part of a compound
        if end < len(text) and text[end] == "." and (
                lex.is_prefix(word.lower()) or not _VOWEL.search(word)):
            continue  # "wg. Verl. AE", "20 Std./Woche": an abbreviated German word
        before = ANY_WORD_BEFORE.search(text, max(0, start - 16), start)
        if before is not None and (before[1] in NO_NAME_BEFORE or before[1].lower() in ARTICLES):
            continue  # also an article opening the sentence: "Das Wichtigste", "Die Fallgeberin"
            # (not "Ihre" of a letter's close: "Ihre⏎Hasret Okonkwo")
        if t and names_a_place(text, toks, t):
            continue
        if text[end:end + 1] == " " and sentence_start(text, start) and \
                _VERB_BEFORE_PRONOUN.match(text, end) is not None:
            continue  # "Einigt euch bitte"
        is_name[t] = True
        if marked is None:
            marked = {toks[u][2] for u in range(len(toks)) if is_name[u] and u != t}
        if word.endswith("s") and word[:-1] in marked:
            strip[t] = 1  # "Wanjiru Kamaus Schwester" after "Frau Wanjiru Kamau"
        elif strip[t] == 0:
            guess_genitive(t, toks, strip, joined, len(toks))



def _opens_label(text: str, start: int) -> bool:
    """The word at `start` may open a label: it follows no lower-case word of a running
    sentence ("Nachfrage von Best: …" names the asker; "… Uhr Anwesend: …",
    "(krank) Entschuldigt: …" and a line's start open labels)."""
    before = text[max(0, start - 24):start].rstrip(" \t").rpartition(" ")[2]
    return not before[:1].islower() or "\n" in before

# A pronoun after a word that opens a sentence: the word is a verb ("Einigt euch", "Melde mich
# morgen"), no name — a name before a pronoun would need a verb between.
_VERB_BEFORE_PRONOUN = Lazy(r" (?:ich|du|wir|euch|uns|mich|dich|mir|dir)\b")
_VOWEL = Lazy(r"[aeiouäöüyAEIOUÄÖÜY]")


# Word → can it be a lone unknown word at all? What does not depend on the word's place is
# decided once per word (most capitalised words of a note are German nouns and end here), by the
# word's own class: a class its place gave it (KEPT) would make the answer depend on the note
# the word was first seen in.
_LONE_WORDS: dict[str, bool] = {}


_LONE_CLASSES = frozenset({UNKNOWN, STOP, AMBIG, AMBF})


def _maybe_lone(word: str, c: int) -> bool:
    if len(_LONE_WORDS) > 100_000:
        _LONE_WORDS.clear()
    if c not in _LONE_CLASSES or len(word) < 3 or word.isupper() or meaning_word(word):
        return False  # also a keyword before a number: "Kartennr 123", "Kassenz 4711"
    if c != UNKNOWN and not written_in_lower_case(word):
        return False  # "Nur", "Lasse": a listed name that German writes in lower case
    # "AufenthG": an abbreviation; but "McDonald", "MacLeod", "DeShawn" are names
    return _INNER_CAPITAL.match(word) is None or _NAME_PREFIX_CAPITAL.fullmatch(word) is not None


_NAME_PREFIX_CAPITAL = Lazy(r"(?:Mc|Mac|De|Di|La|Le|O')[A-ZÄÖÜ][a-zäöüß]{2,}")


def _capitalised_non_noun(text: str, start: int, word: str, lex: Lexicon) -> bool:
    """A word that German writes in lower case (a verb, adjective or adverb by the data, not a
    noun, not a listed meaning word or place), capitalised inside a sentence: "für Thiago"."""
    if not written_in_lower_case(word):
        return False
    if start and text[start - 1] in "„“\"'‚‘(«»":
        return False  # a quoted title or subject: „Dringend“
    after = _NEXT_WORD.match(text, start + len(word))
    if after is not None and lex.is_noun(after[1].lower()):
        return False  # an adjective in a fixed term: "in Einfacher Sprache", "Blaue Karte"
    return not sentence_start(text, start)


@functools.lru_cache(maxsize=50_000)
def written_in_lower_case(word: str) -> bool:
    """A verb, adjective or adverb by the data: not a noun, nor a listed meaning word, nor a
    nominalisation ("Zusammenfassen", "Gutes") or a noun the dictionary lacks ("Abholung")."""
    lex = lexicon()
    lw = word.lower()
    if word.isupper() or lw not in lex.words or lex.is_noun(lw) or lex.is_stopword(word) or lw in NOT_AFTER_TITLE \
            or lw in _ADDRESS_PRONOUNS:
        return False
    return not (lw.endswith(("en", "eln", "ern", "es")) or looks_like_noun(lw)
                or lex.is_compound(lw))


# Pronouns a letter writes with a capital ("von Dir aus", "Euch allen"): no name.
_ADDRESS_PRONOUNS = frozenset("""du dir dich dein deine deinen deinem deiner deines euch euer eure
euren eurem eurer ihnen""".split())


_NEXT_WORD = Lazy(r" ([A-ZÄÖÜ][a-zäöüß]+)")


def _mail_locals(text: str) -> list[str]:
    r"""What `([\w.-]+)@` finds before each "@", read backwards from the "@" (the pattern
    itself would run to the end of every word of the text and fail there)."""
    out = []
    at = text.find("@")
    while at >= 0:
        start = at
        while start and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
            start -= 1
        if start < at:
            out.append(text[start:at])
        at = text.find("@", at + 1)
    return out


_MAIL_SEPARATORS = Lazy(r"[._-]")


def names_in_mail_addresses(text, toks, cls, is_name) -> None:
    """A word that is also a part of an e-mail address in the same text is a name, even if it
    is a German word too: "Rückfragen an Roman (roman_moroz@…)"."""
    lex = lexicon()
    parts = {p for local in _mail_locals(text) if not _office_address(local.lower(), lex)
             for p in _MAIL_SEPARATORS.split(local.lower()) if len(p) >= 3 and p.isalpha()}
    if not parts:
        return
    for t, (_, _, word) in enumerate(toks):
        # NOUN too: a word the data does not know but that is built like a compound
        # ("Nazimet" of "nazimet_zengin@…") is the name the address spells out.
        if not is_name[t] and cls[t] in (AMBIG, AMBF, STOP, UNKNOWN, NOUN) and \
                word.lower() in parts:
            is_name[t] = True


def _office_address(local: str, lex: Lexicon) -> bool:
    """An office's address spells German words and places only ("stadtkasse-rueckzahlung@",
    "jobcenter-berlin-neukoelln.team571@"): its words are no names."""
    pieces = [_UMLAUTS.sub(_umlaut, p) for p in _MAIL_SEPARATORS.split(local) if p.isalpha()]
    nouns = [lex.is_noun(p) or lex.is_compound(p) for p in pieces]
    # nouns and places only, a noun among them ("thiago.lima@": "thiago" is a frequent word)
    return len(pieces) >= 2 and any(nouns) and all(
        noun or lex.is_place(p) for p, noun in zip(pieces, nouns, strict=True))


_UMLAUTS = Lazy(r"ae|oe|ue")


def _umlaut(m: re.Match[str]) -> str:
    return {"ae": "ä", "oe": "ö", "ue": "ü"}[m[0]]


# The cue is ", " or " ", perhaps "(", then "geb." or "geboren"; searched from its word on (a
# literal first: the engine skips to the few places), its start found by hand.
_BIRTH_WORD = Lazy(r"geb(?:\.|oren)")


def before_birth_cue(text, toks, cls, is_name) -> None:
    """Up to three capitalised words right before "(geb." or ", geb." are a name:
    "Thiago Morales (geb. 11.12.1980)"; not titles, roles or listed meaning words."""
    ends = set()
    for m in _BIRTH_WORD.finditer(text):
        at = m.start()
        if text[at - 1:at] == "(":
            at -= 1
        if at >= 2 and text[at - 2:at] == ", ":
            ends.add(at - 2)
        elif at >= 1 and text[at - 1] == " ":
            ends.add(at - 1)
    before_cue(text, toks, cls, is_name, _BIRTH_WORD, places=True, ends=ends)


_RESIDENT_AFTER = Lazy(r", wohnhaft\b")


def before_residence(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                      is_name: list[bool]) -> None:
    """The same before ", wohnhaft" (an Aktenvermerk's "Name, wohnhaft Anschrift": "für Oscar
    Kopp, wohnhaft Am Sandberg 112"); here a place is not taken ("aus Halle, wohnhaft …")."""
    before_cue(text, toks, cls, is_name, _RESIDENT_AFTER, places=False)


def tokens_ending_at(toks: list[tuple[int, int, str]], ends: set[int] | frozenset[int]
                     ) -> list[int]:
    """Indexes of the tokens that end at one of `ends` (a cue is rare: find them by bisection
    instead of walking every token). The tokens are sorted and do not overlap: the one that
    may end at e is the last that starts before it, found by comparing tuples (in C, no key
    function to call)."""
    out = []
    for e in sorted(ends):
        t = bisect.bisect_left(toks, (e,)) - 1
        if t >= 0 and toks[t][1] == e:
            out.append(t)
    return out


def before_cue(text: str, toks: list[tuple[int, int, str]], cls: list[int], is_name: list[bool],
                cue: Lazy, places: bool, ends: set[int] | None = None) -> None:
    """Mark up to three words before each match of `cue`; with places=False (a weaker cue)
    also skip places and take the words only if one of them is name-like by the data, so that
    "aus Halle, wohnhaft …" stays."""
    lex = lexicon()
    if ends is None:
        ends = {m.start() for m in cue.finditer(text)}
    if not ends:
        return
    for t in tokens_ending_at(toks, ends):
        u, run = t, []
        while u >= 0 and t - u < 3 and cls[u] not in (TITLE, ROLE) and not (
                meaning_word(toks[u][2]) or toks[u][2].lower() in lex.common_words
                or (not places and lex.is_place(toks[u][2].lower()))
                or (places and u == t and _place_named(text, toks[u], cls[u], lex))
                or (cls[u] == STOP and after_adjective(text, toks[u][0]))):
            run.append(u)
            if u == 0 or text[toks[u - 1][1]:toks[u][0]] != " ":
                break
            u -= 1
        if places or any(cls[v] in NAMEISH or cls[v] == UNKNOWN for v in run):
            for v in run:
                is_name[v] = True
        elif not places and t and all(cls[v] in NAMEISH for v in (t - 1, t)) and \
                text[toks[t - 1][1]:toks[t][0]] == " " and cls[t - 1] in (FIRST, BOTH, AMBF) \
                and toks[t - 1][2].lower() not in lex.common_words \
                and toks[t - 1][2].lower() not in NO_NAME_BEFORE:
            # "für Klaus Sommer, wohnhaft …": a first name and a listed name before the
            # cue are a person even where both are common words too.
            is_name[t - 1] = is_name[t] = True


def _place_named(text: str, tok: tuple[int, int, str], c: int, lex: Lexicon) -> bool:
    """A listed place that is a German word ("Kolumbien") or stands after "aus" or "in" ("aus
    Manila, geb. …"): where the person is from, not the person's name."""
    start, _, word = tok
    return (c == STOP or text[start - 4:start] in ("aus ", " in ")) and lex.is_place(word.lower())


def first_name_before_surname_shape(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                                     is_name: list[bool]) -> None:
    """A word the data does not know but reads as a German compound ("Kliment", "Ruhshona":
    the class NOUN is only a guess from its shape), right before a surname found as a name,
    is the first name: "für Kliment Ryšková"; not after an article ("die Sammelstelle Yilmaz"),
    not a listed meaning word and not a compound of German words."""
    for t in [t for t, c in enumerate(cls) if c == NOUN and t + 1 < len(cls)]:
        if is_name[t] or not is_name[t + 1] or cls[t + 1] not in (SUR, SHAPE, BOTH) or \
                text[toks[t][1]:toks[t + 1][0]] != " " or meaning_word(toks[t][2]) or \
                lexicon().is_compound(toks[t][2].lower()):
            continue  # "Hilfeplangespräch Rahimi": a compound of German words names a topic
        before = WORD_BEFORE.search(text, max(0, toks[t][0] - 16), toks[t][0])
        if before is None or before[1] not in NO_NAME_BEFORE:
            is_name[t] = True


def short_surname_after_name(text, toks, cls, is_name) -> None:
    """A listed surname of two or three letters ("Li", "Le", "Do") right after a name found:
    "Haoran Li", "Mai Le"."""
    for t in [t for t, c in enumerate(cls) if c in AMBIGUOUS and t]:
        if is_name[t] or len(toks[t][2]) > 3 or not is_name[t - 1]:
            continue
        if text[toks[t - 1][1]:toks[t][0]] == " " and not lexicon().is_stopword(toks[t][2]):
            is_name[t] = True


def places_after_in_and_aus(text, toks, cls, is_name, strip) -> None:
    """After "in" or "aus" a single word that no list holds as a surname is a place, not a
    person: "geb. 9.9.1985 in Keren", "(aus Sfax)", "in Almaty" — German puts a person there
    only with an article or a genitive ("in Yilmaz' Akte"). So is an unknown word after an
    institution or in a form's place field ("Jobcenter Lindenau", "Ort, Datum: Lindenau, …")."""
    last = len(toks) - 1
    in_or_aus = " in " in text or "aus " in text
    for t in [t for t, name in enumerate(is_name) if name and cls[t] in _PLACE_LIKE]:
        start = toks[t][0]
        if strip[t] or not (
                in_or_aus and _IN_OR_AUS.search(text, max(0, start - 5), start) is not None or (
                    cls[t] == UNKNOWN and t and names_a_place(text, toks, t))):
            continue
        if t < last and is_name[t + 1] and text[toks[t][1]:toks[t + 1][0]] == " ":
            continue  # "aus Abdullah Mohamed …": a whole name
        is_name[t] = False


_IN_OR_AUS = Lazy(r"(?:^|[\s(])(?:in|aus) \Z")
_PLACE_LIKE = frozenset({FIRST, UNKNOWN, NOUN, SHAPE})


def first_name_before_surname(text, toks, cls, is_name) -> None:
    """A first name that is also a word ("Christin", "Rosa") right before a surname found as a
    name is part of that name: "Christin Hermighausen"; not after an article."""
    last = len(toks) - 1
    for t in [t for t, c in enumerate(cls) if c == AMBF and t < last]:
        if is_name[t] or cls[t + 1] == FIRST or cls[t + 1] == AMBF and (
                not is_name[t + 1] or meaning_word(toks[t][2])):
            continue  # two first names that are words too: only before one found as a name
            # ("Klassenleiterin: Franziska Jung")
        # A surname found as a name, or a listed surname that is also a word ("Klaus Winter";
        # not "Der Winter": a function word that the name lists also hold).
        pair = cls[t + 1] == AMBIG and len(toks[t][2]) >= 3 and \
            toks[t][2].lower() not in lexicon().common_words
        if not (is_name[t + 1] or pair) or text[toks[t][1]:toks[t + 1][0]] != " ":
            continue
        before = WORD_BEFORE.search(text, max(0, toks[t][0] - 16), toks[t][0])
        if before is None or before[1] not in NO_NAME_BEFORE:
            # "Bei McDonald fehlt …": a preposition that the name lists also hold stays
            is_name[t] = toks[t][2].lower() not in PREPOSITIONS
            is_name[t + 1] = True


def surname_after_first_name(text, toks, cls, is_name, weak) -> None:
    """A German noun right after a first name found as a name is a surname ("Gesa Sperling",
    "Arne Senf") unless the project lists it as a meaning word ("Omar Fußball") that does not
    close the name ("Melanie Salzer (Ukrainisch)")."""
    lex = lexicon()
    # compress reads is_name as it goes (a name marked at t + 1 below is seen at t + 1), in C:
    # most tokens are no name and cost nothing here.
    for t in compress(range(len(toks) - 1), is_name):
        if t in weak or is_name[t + 1]:
            continue
        nxt = t + 1
        word = toks[nxt][2]
        gap = text[toks[t][1]:toks[nxt][0]]
        if gap.strip() in FOREIGN_PARTICLES and gap.startswith(" ") and gap.endswith(" ") \
                and cls[nxt] not in (TITLE, ROLE) and word.lower() not in lex.common_words:
            is_name[nxt] = True  # "Aminata dos Reis", "Thiago ibn Rashid"
            continue
        if cls[t] not in (FIRST, BOTH, AMBF) and not (
                cls[t] in (UNKNOWN, STOP) and t and is_name[t - 1] is False
                and _anchor_before(text, toks, cls, t)) and not (
                cls[t] == UNKNOWN and (cls[nxt] == AMBIG or (
                    cls[nxt] == STOP and lex.is_noun(toks[nxt][2].lower())))):
            continue  # an unknown word counts as a first name only after a role or title,
            # or before a listed surname or a noun ("Zbigniewa Herzog", "Louca Barbier")
        if cls[nxt] not in (STOP, NOUN, AMBIG) or gap != " ":
            continue
        if word.isupper() or not surname_word(word):
            continue
        if cls[nxt] == STOP and word.lower() in lex.common_words:
            continue  # a common verb, adjective or adverb at the start of the next clause
        lw = word.lower()
        # Only a German word can end in a meaning word ("Basket|ball"): "Lakh|dari" is no
        # compound, and "Dari" at its end does not make it one.
        if (cls[nxt] != AMBIG and meaning_word(word) or (lex.is_noun(lw) or lex.is_compound(
                lw)) and meaning_word(compound_head(lw))) and not (
                cls[t] in (FIRST, BOTH) and _NAME_CLOSES.match(text, toks[nxt][1])):
            continue  # but a listed first name and a meaning word that closes the name:
            # "Dolmetscherin Melanie Salzer (Ukrainisch)", "von Brian Strand zugunsten …"
        is_name[nxt] = True
        weak.add(nxt)


# What follows a whole name: a bracket, "zugunsten", "geb.", the line's end (not a comma: "wegen
# Anas Schuljahr, …" is a genitive and its noun).
_NAME_CLOSES = Lazy(r"(?: \(| zugunsten | geb\.|\n|$)")


@functools.lru_cache(maxsize=50_000)  # asked for the same words in several rules of every note
def meaning_word(word: str) -> bool:
    """A meaning word of the project's list (not a place: "Kola", "Brenner" are surnames too),
    or a keyword before a number ("Steuer-ID", "Kassenz", "Kartennr", "Antragsnummer")."""
    return lexicon().is_meaning_word(word) or word in cue_words() or (
        word.endswith(("nr", "Nr", "nummer")) and len(word) > 4)


def _anchor_before(text, toks, cls, t) -> bool:
    """Does a role or title stand right before token t ("Mandant Thiago …", "Betr.: …")?"""
    return cls[t - 1] in (ROLE, TITLE) and text[toks[t - 1][1]:toks[t][0]] in (
        " ", ": ", ". ", ".: ")


def compound_head(lw: str) -> str:
    """The longest last part of a compound that the project lists as a meaning word
    ("basket|ball"); the usual last parts of surnames ("-mann", "-berg") do not count."""
    lex = lexicon()
    for i in range(3, len(lw) - 3):
        part = lw[i:]
        if part not in NAME_HEADS and lex.is_noun(part) and lex.is_stopword(part):
            return part
    return lw


# A possessive before a role: "ihr Mann", "seine Tochter" (not an article: "weiß der
# Arbeitgeber Einzelheiten", "für die Kundin Rätsel" have an object or predicate there).
_DETERMINED = Lazy(r"(?:^|[^\w])(?i:ihr|ihre|ihren|ihrem|ihres|sein|seine|seinen|seinem|seines"
                   r"|mein|meine|unser|unsere|deren|dessen)\s+$")


def word_after_determined_role(text, toks, cls, i, k) -> bool:
    """"ob ihr Mann Rodel nachziehen kann", "seine Tochter Rosa": after a possessive and a role,
    a rare German word is the person's name — "ihr Mann Termin" is no German. Not a meaning
    word, a frequent word ("weil ihr Mann Geld verdient") or a function word."""
    word = toks[k][2]
    if cls[k] != STOP or text[toks[k - 1][1]:toks[k][0]] != " " or len(word) < 3:
        return False
    lw = word.lower()
    return _DETERMINED.search(text, max(0, toks[i][0] - 12), toks[i][0]) is not None and \
        surname_word(word) and not meaning_word(word) and lw not in lexicon().words \
        and lw not in PREPOSITIONS


def genitive_before_noun(text, toks, cls, is_name, strip) -> None:
    """A listed name that is also a noun, with a genitive s right before a noun and without an
    article, is the name: "Leg ich zu Steins Akte", "Kochs Tel. für Rückfragen", "Winters
    Antrag" — modern German puts a common noun's genitive after its noun ("die Akte des
    Steins"). Not an adjective's form ("Langes Telefonat") or after an article ("des Winters")."""
    classify = classifier()
    lex = lexicon()
    for t in [t for t, tok in enumerate(toks[:-1]) if tok[2][-1] == "s" and (
            cls[t] == STOP or cls[t] == NOUN or strip[t]) and not is_name[t]]:
        word = toks[t][2]
        if not (cls[t] in (STOP, NOUN) or (cls[t] in (AMBIG, AMBF) and strip[t])) \
                or len(word) < 5 or text[toks[t][1]:toks[t + 1][0]] != " ":
            continue
        stem = word[:-1]
        if classify(stem)[0] not in (AMBIG, AMBF, SUR, BOTH) or stem.lower() in lex.words:
            continue
        before = WORD_BEFORE.search(text, max(0, toks[t][0] - 16), toks[t][0])
        if before is not None and (before[1] in NO_NAME_BEFORE or before[1] in _GENITIVE_ARTICLES):
            continue
        if cls[t + 1] in (STOP, NOUN, ROLE) and not toks[t + 1][2].isupper():
            is_name[t] = True
            strip[t] = 1


_GENITIVE_ARTICLES = frozenset({"eines", "jedes", "dieses", "meines", "seines", "ihres"})

