"""The frames that mark a lower-case word as a person where the sentence says one stands
(lowercase.py reads the words they mark): the subject of a person's verb ("bauer will wissen",
"kurz: puhvel war da"), whom one told ("hab dushan gesagt"), a first name after a relative
("tochter olga"), a listed surname German lacks before "hat", "war" ("lohmann hat …"), with
whom to talk ("mit terjung sprechen"), a name with the Arabic article joined by a hyphen
("al-hussein"); and the tests of a lower-case word both modules share (German, common,
unknown)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.lexicon import Lexicon, fold, lexicon
from desktop.core.privacy.trie import trie
from desktop.core.privacy.verbs import person_verb_at
from desktop.core.privacy.wordclass import (
    NAMEISH,
    NO_NAME_BEFORE,
    PREPOSITIONS,
    ROLES,
    classifier,
)


def is_german(lw: str) -> bool:
    hit = _GERMAN.get(lw)
    if hit is None:
        # kept per word: the compound test tries every split (some 7 µs a word), and the same
        # words come again in every note typed in lower case
        if len(_GERMAN) > 100_000:
            _GERMAN.clear()
        lex = lexicon()
        hit = _GERMAN[lw] = len(lw) < 3 or lex.is_word(lw) or lex.is_compound(lw)
    return hit


_GERMAN: dict[str, bool] = {}


PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "abu", "dos", "da", "de", "di", "del",
                        "van", "von", "der", "den", "la", "le", "uly", "kyzy", "ogly", "oglu",
                        "oğlu", "qizi", "kizi", "ugli"})


def is_common(lw: str) -> bool:
    lex = lexicon()
    return len(lw) < 2 or lw in lex.common_words or lex.is_stopword(lw)


# A person's verbs right after a lower-case word that opens a clause ("kurz: puhvel war da",
# "ekman hat angerufen"): that word is the subject, a person, when German does not have it.
_PERSON_PHRASES = ("war da", "war hier", "war heute", "war persönlich", "hat angerufen",
                   "hat heute", "ist erschienen", "ist heute", "erschien", "rief", "ruft", "kam",
                   "sagte", "meinte", "bat", "bittet", "legte", "brachte", "fragte", "fragt",
                   # as lower-case notes write of colleagues: "krause schreibt den entwurf"
                   "schreibt", "meint", "bedankt", "übernimmt", "kommt", "entscheidet", "arbeitet",
                   "hat gesagt", "hat geschrieben", "hat gefragt", "hat mitgeteilt", "ist krank",
                   "ist im urlaub")


@functools.cache
def _subject_rx() -> re.Pattern[str]:
    """A lower-case word after the start of a clause (":", ";", a line, a sentence end), then
    one of the phrases above: the word is group 1; a second word before the phrase, group 2
    ("ernst bruun war heute da")."""
    verbs = "|".join(sorted(_PERSON_PHRASES, key=len, reverse=True))
    # Starting with a plain class, the engine skips quickly to the few possible places; the
    # start of the text is tried once apart (rx.match).
    return re.compile(_CLAUSE_MARK + rf"({LOWER_WORD})(?: ({LOWER_WORD}))? (?:{verbs})\b")


@functools.cache
def _subject_at_start_rx() -> re.Pattern[str]:
    # the same without the clause mark in front: a note that opens with the subject
    return re.compile(_subject_rx().pattern.removeprefix(_CLAUSE_MARK))


_CLAUSE_MARK = r"[:;.!?\n] ?"
LOWER_WORD = r"[^\W\d_A-ZÄÖÜ][\w'’\u0300-\u036f-]*"
# After a colon or a semicolon: a clause typed in lower case (colon_lower).
_LOWER_AFTER_COLON = re.compile(r" ?[^\W\d_A-ZÄÖÜ]")


def colon_lower(text: str) -> bool:
    """"kurz: puhvel war da": a clause after a colon or semicolon typed in lower case. The few
    colons are found by plain searches (in C, a tight loop) and the clause's start matched at
    each: a third of the time of one pattern with "[:;]" first, which tests every character
    of the note against the class."""
    for mark in ":;":
        at = text.find(mark)
        while at >= 0:
            if _LOWER_AFTER_COLON.match(text, at + 1) is not None:
                return True
            at = text.find(mark, at + 1)
    return False


def lower_subjects(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of lower-case words that are the subject of a person's verb and no German word
    (nor a common word of any kind: "kurz: es war da" stays) — or a word German has only as a
    surname or as a compound that no dictionary holds ("kurz: hirsch war da", "lagerfeld hat
    angerufen"; not "kurz: mutter war da", a role or a meaning word)."""
    rx = _subject_rx()
    first = _subject_at_start_rx().match(text)
    for m in ([first] if first else []) + list(rx.finditer(text)):
        lw = m[1].lower()
        if m[2] is not None:
            # "ernst bruun war heute da", "albino garcia kam": a first name (listed, or a word
            # German does not have) and a word German does not have, then the person's verb
            # (the first name may be a meaning word too: "ernst")
            second = m[2].lower()
            if m[1][0].islower() and not is_common(second) and second not in PARTICLES and (
                    not is_german(second) or lex.is_name(fold(second))) and (
                    unknown_word(lw) or (fold(lw) in lex.first_names and may_be_person(lw, True))):
                yield m.start(1)
        elif m[1][0].islower() and not is_common(lw) and (not is_german(lw) or (
                (fold(lw) in lex.surnames or not lex.is_noun(lw)) and
                not lex.is_meaning_word(lw) and lw.capitalize() not in ROLES)):
            yield m.start(1)


# (the look-behind after the first letter keeps the engine's fast scan for a start)
_ARTICLES = trie(("al", "el", "abu", "abd", "bin", "ibn"), after_first=r"(?<![\w-].)")
ARTICLE_NAME = re.compile(rf"(?:{_ARTICLES})-[a-zäöüßçşğıāīū]{{3,}}(?![\w-])")
# Pronouns that stand where a lower-case name would ("er sagt", "wer hat"), never a name.
PRONOUNS = frozenset("er sie es wir ich du ihr man wer was das dies jemand niemand keiner "
                     "einer alle beide".split())
# A clause's first word; the start of the text is tried apart (a pattern that begins with \A
# or a class is tried at every position, one with a class alone is scanned for fast).
_CLAUSE_WORD = re.compile(rf"[:;.!?\n] ?({LOWER_WORD}) ")
_FIRST_WORD = re.compile(rf"({LOWER_WORD}) ")


def listed_subjects(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of lower-case words that open a clause as the subject of a person's verb (the
    capitalised rules' verbs, an auxiliary with a person's participle: subjects.person_verb_at)
    and are listed names, also German words ("bauer will wissen", "hahn rief erneut an",
    "ktn. wolf erschien"); a pronoun after the verb is its subject ("lange wartete sie"), and
    plain German words, roles and adverbs stay."""
    classify = classifier()
    first = _FIRST_WORD.match(text)
    for m in ([first] if first else []) + list(_CLAUSE_WORD.finditer(text)):
        lw = m[1]
        if lw in ("der", "die", "und", "aber"):
            # "der rakhimov hat …", "und wróbel hat geantwortet": an article or a conjunction,
            # then a listed surname German does not have (only that: "der bauer will wissen"
            # is a farmer)
            nxt = _FIRST_WORD.match(text, m.end(1) + 1)
            if nxt is not None and _plain_subject(text, nxt.end(1), nxt[1], lex):
                yield nxt.start(1)
            continue
        if _plain_subject(text, m.end(1), lw, lex):
            yield m.start(1)  # "lohmann hat wieder nen eilantrag"
            continue
        if not lw[0].islower() or lw in NO_NAME_BEFORE or lw in PREPOSITIONS or \
                lw in SHORT_ADVERBS or lw in PRONOUNS or lw in _POLITE or \
                classify(lw.capitalize())[0] not in NAMEISH:
            continue
        after = text[m.end(1):m.end(1) + 40].split(" ", 4)  # "", the verb, the next words
        if len(after) > 3 and after[1] in _SAYS and after[2] in PRONOUNS and \
                after[3] in _FINITE_AFTER:
            yield m.start(1)  # after a verb of speech the pronoun may open what is said:
            continue  # "lange meint sie kann das machen"
        if person_verb_at(text, m.end(1)) and (
                len(after) < 3 or after[2].rstrip(",.;:!?").lower() not in PRONOUNS):
            yield m.start(1)  # not "ernst meinte Es gut" (a truecased note's pronoun)


# A request's words, listed as names too: "Winter: bitte prüfen" asks, no "Bitte" checks.
_POLITE = frozenset({"bitte", "danke"})
# Finite verbs any subject has ("hat", "war"): after a listed surname German does not have
# at a clause's start they make it the subject; a thing there takes its article.
_PLAIN_VERBS = frozenset("""hat hatte ist war will wollte kann konnte soll sollte muss musste
wird wurde sagt meint braucht macht schickt weiß""".split())


def _plain_subject(text: str, end: int, lw: str, lex: Lexicon) -> bool:
    """A listed surname that is no German or common word (nor any listed first name or
    meaning word) before one of _PLAIN_VERBS: "lohmann hat wieder nen eilantrag", "der
    rakhimov war da"; not "bamf hat", "abh ist" (no surnames)."""
    if text[end:end + 1] != " " or len(lw) < 4 or not lw[0].islower():
        return False
    verb = text[end + 1:end + 8].split(" ", 1)[0].rstrip(",.;:!?\n")
    return verb in _PLAIN_VERBS and fold(lw) in lex.surnames and unknown_word(lw) and \
        fold(lw) not in lex.first_names and not lex.is_meaning_word(lw)


# A verb of speech, then a pronoun and a finite verb: the pronoun is the subject of what is
# said ("lange meint sie kann das machen"), not of the verb of speech ("lange wartete sie").
_SAYS = frozenset({"meint", "meinte", "sagt", "sagte"})
_FINITE_AFTER = frozenset("""kann könne will wolle soll solle muss müsse darf dürfe hat habe
ist sei wird werde würde""".split())


def unknown_word(lw: str) -> bool:
    return not is_common(lw) and not is_german(lw) and lw not in PARTICLES


def may_be_person(lw: str, meaning: bool = False) -> bool:
    """A listed first name that can stand where only a person does ("hab charlotte gesagt"):
    not a function word, not a short German word ("nur", "so", "mal": adverbs), and not a
    listed meaning word unless `meaning`."""
    lex = lexicon()
    return not (lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in PARTICLES or (
        len(lw) < 5 and (lw in lex.common_words or is_german(lw))) or (
        not meaning and lex.is_meaning_word(lw)))



# "hab charlotte gesagt", "habe dushan bescheid gesagt": between "hab(e)" and a participle of
# telling, a bare word is whom one told — a person, as a noun would need its article. (The
# look-behind after "hab": the engine looks for the three letters as a string, not for every
# "h" of the note, a third of the scan's time.)
_TOLD = re.compile(rf"hab(?<![\w-]hab)(?:e|en)?(?: ich| wir)? ({LOWER_WORD})(?: {LOWER_WORD})? "
                   r"(?:gesagt|erklärt|mitgeteilt|geschrieben|gefragt|informiert|angerufen"
                   r"|gebeten|geraten|empfohlen|versprochen|zugesagt|ausgerichtet|gegeben)\b")


# Adverbs that are first names too, the lists count some of them as no common word.
SHORT_ADVERBS = frozenset("mal nur so da eben gern bald oft nun auch noch doch schon halt ja".split())


def function_word(lw: str) -> bool:
    """A lower-case word that is never a name in a slot for one: an article or determiner
    before a name, a preposition, a pronoun, a short adverb, a name's particle."""
    return lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in PRONOUNS or \
        lw in SHORT_ADVERBS or lw in PARTICLES

# "seine ehefrau anke haben wir …", "der sohn edin": a relative's role, then a first name.
_RELATIVES = ("sohn", "tochter", "ehefrau", "ehemann", "bruder", "schwester", "cousin",
              "cousine", "neffe", "nichte", "vater", "mutter", "onkel", "tante", "enkel",
              "enkelin", "kind", "großmutter", "großvater", "schwager", "schwägerin")


@functools.cache
def _relative_rx() -> re.Pattern[str]:
    # the look-behind after the first letter keeps the engine's fast scan for a start
    words = trie(_RELATIVES, after_first=r"(?<![\w-].)")
    return re.compile(rf"(?:{words}) ({LOWER_WORD})")


# A part of each relative's role above ("nkel" of "onkel", "enkel", "enkelin"): plain string
# tests before the pattern, which the engine tries at each of their many first letters.
_RELATIVE_PARTS = ("sohn", "tochter", "ehefrau", "ehemann", "bruder", "schwester", "schwager",
                   "schwägerin", "cousin", "neffe", "nichte", "vater", "mutter", "nkel", "tante",
                   "kind")


def relatives(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of listed first names typed in lower case right after a relative's role: only
    a name stands there without article ("ihr bruder dmytro"); a verb or a noun does not
    count ("der sohn wohnt", "die tochter schule"), nor an adverb ("ihr sohn mal wieder")."""
    if not any(part in text for part in _RELATIVE_PARTS):
        return  # most notes typed in lower case name no relative
    for m in _relative_rx().finditer(text):
        lw = m[1]
        if lw[0].islower() and fold(lw) in lex.first_names and lw not in lex.common_words and \
                not lex.is_stopword(lw) and lw not in SHORT_ADVERBS and \
                lw not in NO_NAME_BEFORE and lw not in PREPOSITIONS and lw not in PARTICLES:
            yield m.start(1)


def told_words(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of the words told something in a clause typed in lower case (see _TOLD): a
    listed first name or a word German does not have."""
    for m in _TOLD.finditer(text):
        lw = m[1].lower()
        if m[1][0].islower() and (unknown_word(lw) or (
                fold(lw) in lex.first_names and may_be_person(lw))):
            yield m.start(1)


# A dictated or lower-case closing: "gruß winter abschnitt drei", "grüße, hartmann", "mit
# freundlichen grüßen bauer punkt" — the word after the greeting, where the note, its line or
# a dictated command ends after it, is the writer (also a German word: "winter").
_LOWER_GREETING = re.compile(
    rf"(?<![\w-])(?:gruß|grüße|grüßen|gruss|grüsse|grüssen)(?:,| komma)?[ \n]+({LOWER_WORD})"
    r"(?=[ \t]*(?:$|\n|[.!(]| punkt| abschnitt| absatz| ende| neue zeile))")


def lower_greeting_signatures(text: str) -> Iterator[int]:
    """Starts of the writer's name after a closing greeting typed or dictated in lower case
    (see _LOWER_GREETING); not a function word, a common word or a meaning word that is no
    listed surname ("grüße an alle", "gruß team"; "gruß winter" signs)."""
    lex = lexicon()
    for m in _LOWER_GREETING.finditer(text):
        lw = m[1]
        if lw not in NO_NAME_BEFORE and lw not in PREPOSITIONS and lw not in PARTICLES and \
                lw not in lex.common_words and len(lw) > 2 and (
                    not lex.is_meaning_word(lw) or fold(lw) in lex.surnames):
            yield m.start(1)


# "ist roj, der sohn von frau yildirim": a relative's role set off after a word names it (a
# literal ", " first: the engine finds the few candidates fast; the word is read backwards).
_RELATIVE_AFTER = re.compile(
    rf", (?:der|die|ihr|sein|seine|ihre) (?:{'|'.join(_RELATIVES)}) (?:von|des|der)\b")
_WORD_BEFORE = re.compile(rf"(?<![\w-])({LOWER_WORD})$")


def named_before_relative(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of a listed first name or a word German lacks before ", der sohn von …" (see
    _RELATIVE_AFTER)."""
    for m in _RELATIVE_AFTER.finditer(text):
        w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if w is None:
            continue
        lw = w[1]
        if unknown_word(lw) or fold(lw) in lex.first_names and may_be_person(lw):
            yield w.start(1)


# Whom someone is to ask or thank, in a chat typed in lower case: "sag ihr sie soll wolf
# fragen", "er soll lena danke sagen", "kannst du jens anrufen" — a bare word before such a
# verb is a person (a thing would take its article); and where a file lies: "liegt zur
# unterschrift bei ernst", "lag bei fink im fach" (a place takes its article: "bei der abh").
# (each word's first letter before its look-behind: the engine then looks only at an s, k, m
# or b; the look-behind first made it try every position)
_ASKED_VERB = (r" (?:fragen|anrufen|danke sagen|bescheid sagen|bescheid geben|anschreiben"
               r"|zurückrufen|erinnern|informieren|ansprechen|anmailen)\b")
_ASKED = re.compile(rf"(?:s(?<![\w-]s)(?:oll|ollst|ollen|ollte|olltest)|k(?<![\w-]k)(?:annst"
                    rf"|önntest)|m(?<![\w-]m)(?:usst|üsstest)|b(?<![\w-]b)itte)"
                    rf"(?: du| ihr| sie| er| mal)? ({LOWER_WORD})" + _ASKED_VERB)
# The frame's verb alone, a test first: the engine stops only at spaces (0.5 µs a note, where
# nine substring searches cost 2).
_ASKED_GATE = re.compile(_ASKED_VERB)
# (its first letter before the look-behind, which the engine then looks for as fast as a plain
# search: with the look-behind first it tried every position, 5.7 µs a note)
_LIES_WITH = re.compile(rf"l(?<![\w-]l)(?:iegt|ag|iegen|agen)(?: [a-zäöüß]+){{0,3}} bei "
                        rf"({LOWER_WORD})(?=[ .,;!?\n]|$)")

# With whom one is to talk: "mit terjung sprechen", "mit lohmann klären" (a thing or an office
# takes its article: "mit dem jobcenter klären"); and a bare first name before the verb of
# asking opening a clause, as quick notes write a task: "ute fragen ob wir alias eintragen".
_TALK_WITH = re.compile(rf"m(?<![\w-]m)it ({LOWER_WORD}) (?:sprechen|reden|klären|telefonieren"
                        r"|absprechen|abstimmen|besprechen)\b")
_TASK_ASKED = re.compile(rf"(?:^|(?<=[.!?:;\n] )|(?<=[.!?:;\n]))({LOWER_WORD})" + _ASKED_VERB)

_OBJECT_PRONOUNS = frozenset("mir dir ihm ihr uns euch ihnen mich dich sich einem".split())


def asked_words(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of the words in the frames of _ASKED (a listed first name) and _LIES_WITH (a
    listed name), typed in lower case; function words and pronouns stay."""
    # (cheap tests first: most notes have neither frame)
    asked = _ASKED_GATE.search(text) is not None
    # (" bei " too, which the frame needs: "lag" stands in every "Anlage" and "Vorlage")
    lies = ("lieg" in text or "lag" in text) and " bei " in text
    for rx in (_ASKED if asked else None, _LIES_WITH if lies else None):
        if rx is None:
            continue
        for m in rx.finditer(text):
            lw = m[1]
            if not lw[0].islower() or len(lw) < 3 or lw in NO_NAME_BEFORE or \
                    lw in PREPOSITIONS or lw in PARTICLES or lw in PRONOUNS or \
                    lw in SHORT_ADVERBS or lw in _OBJECT_PRONOUNS or lw in lex.common_words or \
                    rx is _ASKED and lw in LISTED_ADVERBS or lw.capitalize() in ROLES:
                continue  # ("liegt bei lang im fach": a colleague; "kurz anrufen": no one)
            # any listed name: whom one asks may be a surname that is a word ("soll wolf
            # fragen", "kannst du hahn anrufen"), not only a first name
            if lex.is_name(fold(lw)) or rx is _ASKED and unknown_word(lw):
                yield m.start(1)
    if " mit " in text or asked:
        yield from _talked_with(text, lex, asked)


def _talked_with(text: str, lex: Lexicon, asked: bool) -> Iterator[int]:
    """Starts of the words in the frames of _TALK_WITH (a listed name that is no meaning word,
    or a word that looks like a name and German does not have) and _TASK_ASKED (a listed first
    name that may be a person)."""
    for m in _TALK_WITH.finditer(text):
        lw = m[1]
        if len(lw) > 2 and lw[0].islower() and not function_word(lw) and \
                lw not in lex.common_words and lw not in LISTED_ADVERBS and \
                lw.capitalize() not in ROLES and not lex.is_meaning_word(lw) and (
                    lex.is_name(fold(lw)) or unknown_word(lw) and not lex.is_noun(lw)):
            yield m.start(1)
    if asked:
        for m in _TASK_ASKED.finditer(text):
            lw = m[1]
            if lw[0].islower() and fold(lw) in lex.first_names and may_be_person(lw) and \
                    lw not in LISTED_ADVERBS and lw not in lex.common_words:
                yield m.start(1)


# Adverbs the lists hold as surnames, which stand in a person's place too: "kannst du kurz
# anrufen", "soll gleich fragen", "akte kurz prüfen" (also lowerfiles.py, chatnames.py).
LISTED_ADVERBS = frozenset("kurz lang gleich heute morgen später sofort nochmal direkt selbst "
                       "selber dringend bitte ruhig gerne zurück".split())
