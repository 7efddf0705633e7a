"""Names written in lower case ("herr mirzaei rief an", "kundin haoran zhao informiert").

Quick notes are often typed without capitals. A lower-case word is a name when it is no German
word by the data (lexicon.is_word) and
- it follows a form of address or a role ("herr", "frau", "hr.", "kundin", "ktn."), or
- it is a name already found in the same text ("Mahdi … mahdi"), or
- it is a known first name followed by another word that is no German word ("ahmad karimi").
A run of such words after the first one (up to three: "yusuf ibn rashid") belongs to the name.
Where the sentence says a person stands, the word is taken although German has it: the subject
of a person's verb ("bauer will wissen"), whom one told ("hab dushan gesagt"), a first name
after a relative ("tochter olga"), a noun after "frau"/"herr" ("frau koch"). A name ends before
a verb's past tense ("herr tauber schilderte"). Notes typed entirely without capitals are also
written again as German writes them (truecase.py).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from desktop.core.privacy.lexicon import Lexicon, fold, lexicon
from desktop.core.privacy.subjects import person_verb_at
from desktop.core.privacy.trie import trie
from desktop.core.privacy.wordclass import (
    NAMEISH,
    NO_NAME_BEFORE,
    NOT_AFTER_TITLE,
    PREPOSITIONS,
    ROLES,
    classifier,
)

_ADDRESS = frozenset({
    "herr", "herrn", "frau", "hr", "fr", "kunde", "kundin", "klient", "klientin", "ktn", "kd",
    "kdn", "mandant", "mandantin", "antragsteller", "antragstellerin",
})


@functools.cache
def word_rx() -> re.Pattern[str]:
    # A combining mark belongs to its word: "İlknur" in lower case is "i̇lknur" (i + U+0307).
    return re.compile(r"(?<![\w'’\u0300-\u036f-])[^\W\d_][\w'’\u0300-\u036f-]*")


def _is_german(lw: str) -> bool:
    lex = lexicon()
    return len(lw) < 3 or lex.is_word(lw) or lex.is_compound(lw)


PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "abu", "dos", "da", "de", "di", "del",
                        "van", "von", "der", "den", "la", "le", "uly", "kyzy", "ogly", "oglu",
                        "oğlu", "qizi", "kizi", "ugli"})


def _is_common(lw: str) -> bool:
    lex = lexicon()
    return len(lw) < 2 or lw in lex.common_words or lex.is_stopword(lw)


def _is_function_word(lw: str) -> bool:
    """After "herr" or "kundin" only a common non-noun ("hat", "und", "war"), a noun in its
    dictionary form ("termin") or a listed meaning word ends the name; a rare, inflected-looking
    or compound-like word is taken ("warsame", "aden", "mccarthy")."""
    lex = lexicon()
    return len(lw) < 2 or lw in lex.common_words or lw in lex.nouns or lex.is_stopword(lw)


def _surname_follows(text: str, end: int, rx: re.Pattern[str], lex: Lexicon) -> bool:
    """After a role, a first name that is also a common word ("kundin lasse fuchs", "kundin
    nur eren"): is the next word a surname, i.e. a listed name that is no common word, or a
    word German does not have?"""
    if text[end:end + 1] != " ":
        return False
    nxt = rx.match(text, end + 1)
    if nxt is None or not nxt[0][0].islower():
        return False
    nw = nxt[0].lower()
    if nw in lex.common_words or lex.is_stopword(nw) or len(nw) < 2:
        return False
    return lex.is_name(fold(nw)) or not _is_german(nw)


@functools.cache
def _cue_rx() -> re.Pattern[str]:
    """A form of address or role, then a word in lower case ("hr. vogt", "fr krause"). Each
    branch starts with a plain letter class, so the engine skips quickly to possible starts
    (no case-insensitive flag)."""
    return re.compile(
        r"[HhFfKkMmAa](?<![\w].)(?:errn?|rau|r\.?|undin|unde|lientin|lient|tn\.|dn?\.|andantin"
        r"|andant|ntragstellerin|ntragsteller):? (?=[^\W\d_])")  # a letter of any alphabet


# A conversation "mit" someone ("tel. mit formosa preta –", "gespräch mit szintia kovács"):
# what follows is read as after a role (a common word, a noun of the dictionary or a meaning
# word ends it: "tel. mit dem jobcenter" stays).
_TALK_WORDS = frozenset({"tel", "telefonat", "telefoniert", "gespräch", "rücksprache"})


@functools.cache
def _lower_start_rx() -> re.Pattern[str]:
    """A sentence that begins in lower case after a word of five letters or more ("… da.
    er kam"): the note was typed without capitals; "z. B. die", "bzw. das" do not count."""
    return re.compile(r"[.!?] +[a-zäöüß](?<=[a-zäöüß]{5}[.!?] [a-zäöüß])")


@functools.cache
def _lower_sentence_rx() -> re.Pattern[str]:
    """A sentence that starts in lower case and has no capital up to its end (group 1)."""
    return re.compile(r"(?:[.!?] +|\n[ \t]*)([a-zäöüß][^.!?\nA-ZÄÖÜ]*)(?=[.!?\n]|$)")


@functools.cache
def _any_lower_start_rx() -> re.Pattern[str]:
    """A sentence or line that starts in lower case: without one, neither of the two tests
    below can find anything (one pass instead of up to three in most notes)."""
    return re.compile(r"(?:[.!?] +|\n[ \t]*)[a-zäöüß]")


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
    return re.compile(_CLAUSE_MARK + rf"({_LOWER_WORD})(?: ({_LOWER_WORD}))? (?:{verbs})\b")


@functools.cache
def _subject_at_start_rx() -> re.Pattern[str]:
    # the same without the clause mark in front: a note that opens with the subject
    return re.compile(_subject_rx().pattern.removeprefix(_CLAUSE_MARK))


_CLAUSE_MARK = r"[:;.!?\n] ?"
_LOWER_WORD = r"[^\W\d_A-ZÄÖÜ][\w'’\u0300-\u036f-]*"
# "kurz: puhvel war da": a clause after a colon or semicolon typed in lower case (a literal
# first character: the engine finds the few candidates fast).
_COLON_LOWER = re.compile(r"[:;] ?[^\W\d_A-ZÄÖÜ]")


def _lower_subjects(text: str, lex: Lexicon) -> Iterator[int]:
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
            if m[1][0].islower() and not _is_common(second) and second not in PARTICLES and (
                    not _is_german(second) or lex.is_name(fold(second))) and (
                    _unknown(lw) or (fold(lw) in lex.first_names and _may_be_person(lw, True))):
                yield m.start(1)
        elif m[1][0].islower() and not _is_common(lw) and (not _is_german(lw) or (
                (fold(lw) in lex.surnames or not lex.is_noun(lw)) and
                not lex.is_meaning_word(lw) and lw.capitalize() not in ROLES)):
            yield m.start(1)


# (the look-behind after the first letter keeps the engine's fast scan for a start)
_ARTICLES = trie(("al", "el", "abu", "abd", "bin", "ibn"), after_first=r"(?<![\w-].)")
_ARTICLE_NAME = re.compile(rf"(?:{_ARTICLES})-[a-zäöüßçşğıāīū]{{3,}}(?![\w-])")
_PRONOUNS = frozenset("er sie es wir ich du ihr man wer was das dies jemand niemand keiner "
                      "einer alle beide".split())
# A clause's first word; the start of the text is tried apart (a pattern that begins with \A
# or a class is tried at every position, one with a class alone is scanned for fast).
_CLAUSE_WORD = re.compile(rf"[:;.!?\n] ?({_LOWER_WORD}) ")
_FIRST_WORD = re.compile(rf"({_LOWER_WORD}) ")


def _listed_subjects(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of lower-case words that open a clause as the subject of a person's verb (the
    capitalised rules' verbs, an auxiliary with a person's participle: subjects.person_verb_at)
    and are listed names, also German words ("bauer will wissen", "hahn rief erneut an",
    "ktn. wolf erschien"); a pronoun after the verb is its subject ("lange wartete sie"), and
    plain German words, roles and adverbs stay."""
    classify = classifier()
    first = _FIRST_WORD.match(text)
    for m in ([first] if first else []) + list(_CLAUSE_WORD.finditer(text)):
        lw = m[1]
        if not lw[0].islower() or lw in NO_NAME_BEFORE or lw in PREPOSITIONS or \
                lw in _SHORT_ADVERBS or lw in _PRONOUNS or \
                classify(lw.capitalize())[0] not in NAMEISH:
            continue
        after = text[m.end(1):m.end(1) + 40].split(" ", 3)  # "", the verb, the next word
        if person_verb_at(text, m.end(1)) and (
                len(after) < 3 or after[2].rstrip(",.;:!?").lower() not in _PRONOUNS):
            yield m.start(1)  # not "ernst meinte Es gut" (a truecased note's pronoun)


def _unknown(lw: str) -> bool:
    return not _is_common(lw) and not _is_german(lw) and lw not in PARTICLES


def _may_be_person(lw: str, meaning: bool = False) -> bool:
    """A listed first name that can stand where only a person does ("hab charlotte gesagt"):
    not a function word, not a short German word ("nur", "so", "mal": adverbs), and not a
    listed meaning word unless `meaning`."""
    lex = lexicon()
    return not (lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in PARTICLES or (
        len(lw) < 5 and (lw in lex.common_words or _is_german(lw))) or (
        not meaning and lex.is_meaning_word(lw)))


_POSSESSIVES = frozenset("mein meine meinen meinem meiner dein deine sein seine seinen seinem seiner "
                         "ihr ihre ihren ihrem ihrer unser unsere euer eure".split())
# Finite verbs the dictionary also has as nouns ("das Muss", "das Soll"): "frau muss …".
_FINITE = frozenset("ist sind war waren hat hatte haben muss soll sollte kann will darf wird".split())


# "hab charlotte gesagt", "habe dushan bescheid gesagt": between "hab(e)" and a participle of
# telling, a bare word is whom one told — a person, as a noun would need its article.
_TOLD = re.compile(rf"h(?<![\w-]h)ab(?:e|en)?(?: ich| wir)? ({_LOWER_WORD})(?: {_LOWER_WORD})? "
                   r"(?:gesagt|erklärt|mitgeteilt|geschrieben|gefragt|informiert|angerufen"
                   r"|gebeten|geraten|empfohlen|versprochen|zugesagt|ausgerichtet|gegeben)\b")


# Adverbs that are first names too, the lists count some of them as no common word.
_SHORT_ADVERBS = frozenset("mal nur so da eben gern bald oft nun auch noch doch schon halt ja".split())
# "seine ehefrau anke haben wir …", "der sohn edin": a relative's role, then a first name.
_RELATIVES = ("sohn", "tochter", "ehefrau", "ehemann", "bruder", "schwester", "cousin",
              "cousine", "neffe", "nichte", "vater", "mutter", "onkel", "tante", "enkel",
              "enkelin", "kind", "großmutter", "großvater", "schwager", "schwägerin")


@functools.cache
def _relative_rx() -> re.Pattern[str]:
    # the look-behind after the first letter keeps the engine's fast scan for a start
    words = trie(_RELATIVES, after_first=r"(?<![\w-].)")
    return re.compile(rf"(?:{words}) ({_LOWER_WORD})")


def _relatives(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of listed first names typed in lower case right after a relative's role: only
    a name stands there without article ("ihr bruder dmytro"); a verb or a noun does not
    count ("der sohn wohnt", "die tochter schule"), nor an adverb ("ihr sohn mal wieder")."""
    for m in _relative_rx().finditer(text):
        lw = m[1]
        if lw[0].islower() and fold(lw) in lex.first_names and lw not in lex.common_words and \
                not lex.is_stopword(lw) and lw not in _SHORT_ADVERBS and \
                lw not in NO_NAME_BEFORE and lw not in PREPOSITIONS and lw not in PARTICLES:
            yield m.start(1)


def _told(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of the words told something in a clause typed in lower case (see _TOLD): a
    listed first name or a word German does not have."""
    for m in _TOLD.finditer(text):
        lw = m[1].lower()
        if m[1][0].islower() and (_unknown(lw) or (
                fold(lw) in lex.first_names and _may_be_person(lw))):
            yield m.start(1)


def _lone_first_name(lw: str, lex: Lexicon) -> bool:
    """A listed first name alone in a clause typed without capitals ("hab marianne gesagt",
    "verheiratet mit salma"): one that German does not have as a word. Of the first names
    wordfreq also counts as words, only those of five letters or more: the short ones include
    German and English words ("eilt", "lies", "tue", "free", "file")."""
    # A verb form the lists lack begins a word they have ("kläre" of "klären", "wisse").
    return not _is_german(lw) and not _is_common(lw) and (
        len(lw) >= 5 or fold(lw) not in lex.common_names) and not lex.is_prefix(lw)


def _past_tense(lw: str, lex: Lexicon) -> bool:
    """A verb's past tense whose infinitive the lists hold ("schilderte" of "schildern",
    "wartete" of "warten"), and no listed name: it ends a name ("herr tauber schilderte")."""
    stem = lw[:-2] if lw.endswith("te") else lw[:-3] if lw.endswith("ten") else ""
    return len(stem) >= 3 and (stem + "en" in lex.words or stem + "n" in lex.words) and \
        lw in lex.words and not lex.is_name(fold(lw))


def _word_before(text: str, start: int) -> str:
    """The word before the one before `start`, in lower case ("meine" of "meine frau koch")."""
    head = text[max(0, start - 30):start].split()
    return head[-2].lower() if len(head) >= 2 else ""


def _inside_clause(text: str, start: int) -> bool:
    """After a word and a space or a comma ("hab marianne", "mit salma,"), not at the start of
    a line or sentence, where a verb can stand first ("berät oft nebenbei")."""
    return text[start - 1:start] == " " and (text[start - 2:start - 1].isalpha() or
                                               text[start - 2:start - 1] == ",")


# A word as the loop of lower_case_names first sees it: capitalised, a listed first name in
# lower case, or another lower-case word. Decided once per word (in a note typed without
# capitals the loop meets every word of the note).
_CAPITAL, _FIRST_NAME, _OTHER = range(3)
_LOWER_KINDS: dict[str, int] = {}


def _lower_kind(word: str, lex: Lexicon) -> int:
    if len(_LOWER_KINDS) > 100_000:
        _LOWER_KINDS.clear()
    kind = _LOWER_KINDS[word] = _CAPITAL if not word[0].islower() else \
        _FIRST_NAME if fold(word.lower()) in lex.first_names else _OTHER
    return kind


def _typed_in_lower_case(text: str) -> bool:
    return text[:1].islower() or _lower_start_rx().search(text) is not None or (
        "\n" in text and re.search(r"\n[ \t]*[a-zäöüß]", text) is not None)


def lower_case_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (names found so far, sorted) plus the names written in lower case."""
    lex = lexicon()
    starts: dict[int, bool] = {}  # token start → after a cue?
    for m in _cue_rx().finditer(text):
        if text[m.end()].islower():
            starts[m.end()] = True
    at = text.find(" mit ")
    while at >= 0:
        # "tel. mit formosa preta": the word before "mit" decides (a plain search for " mit "
        # first: a pattern with the conversation words would be tried at every T, G and R)
        end = at + 5
        if end < len(text) and text[end].islower():
            word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1:at]
            if word.lower().rstrip(".") in _TALK_WORDS:
                starts[end] = True
        at = text.find(" mit ", end - 1)
    lowered = ""
    for s, e in spans:
        for word in text[s:e].split():
            lw = word.lower()
            if len(lw) < 3 or lw == word or lw not in text:
                continue  # most names never appear in lower case: one fast search decides
            lowered = lowered or text.lower()
            pos = lowered.find(lw)
            while pos >= 0:
                if text[pos].islower():
                    starts.setdefault(pos, False)
                pos = lowered.find(lw, pos + 1)
    lower_starts = _any_lower_start_rx().search(text) is not None
    subjects: set[int] = set()
    frames: list[Iterator[int]] = []
    if lower_starts or text[:1].islower() or _COLON_LOWER.search(text) is not None:
        frames += [_lower_subjects(text, lex), _listed_subjects(text, lex)]
    if "l-" in text or "bu-" in text or "bd-" in text or "n-" in text:
        # "wegen al-hussein", "abu-bakr": a name with the Arabic article or "abu"/"bin" joined
        # by a hyphen; German has no such words
        frames.append(m.start() for m in _ARTICLE_NAME.finditer(text))
    if "hab" in text:
        frames.append(_told(text, lex))
    if lower_starts or text[:1].islower():
        frames.append(_relatives(text, lex))
    # Where the sentence says a person stands: the word is taken although German has it.
    for start in itertools.chain.from_iterable(frames):
        starts.setdefault(start, False)
        subjects.add(start)
    all_lower = _typed_in_lower_case(text) if lower_starts else text[:1].islower()
    # Sentences typed without capitals inside a note that has them ("… Karte abgeholt. tel.
    # mit igor mederski – unterlagen kommen per post"): their words are read like those of a
    # note typed in lower case.
    quick = [] if all_lower or not lower_starts else [
        m.span(1) for m in _lower_sentence_rx().finditer(text)]
    if not starts and not all_lower and not quick:
        return spans
    rx = word_rx()
    # Only the words at the places found above, or every word of a note typed in lower case.
    candidates: Iterator[re.Match[str] | None] = rx.finditer(text) if all_lower else (
        rx.match(text, s) for s in sorted({*starts, *(
            m.start() for a, b in quick for m in rx.finditer(text, a, b))}))
    taken = {s for s, _ in spans}
    extra: list[tuple[int, int]] = []
    done = -1
    kinds = _LOWER_KINDS
    for found in candidates:
        if found is None:
            continue
        m, start = found, found.start()
        if start <= done or start in taken:
            continue
        kind = kinds.get(m[0])
        if kind is None:
            kind = _lower_kind(m[0], lex)
        if kind == _CAPITAL or (kind == _OTHER and start not in starts):
            continue  # neither after a cue nor a known first name (most words of a note)
        lw = m[0].lower()
        first_name = kind == _FIRST_NAME
        cue = starts.get(start, False)
        if not cue and (lw in NO_NAME_BEFORE or lw in PREPOSITIONS):
            continue  # "per post": an article or preposition that is also a first name
        # After a possessive "frau" is a noun: "meine frau muss arbeiten" (after an article it
        # may be a title still: "des herrn heuer", "der frau koch").
        title = cue and text[max(0, start - 6):start].lower().rstrip(" .:").endswith(
            ("herr", "herrn", "frau", "hr", "fr")) and _word_before(text, start) not in _POSSESSIVES
        # After "hr." or "fr." only a name can follow ("hr. nur", "hr. do", "fr koch").
        before = text[max(0, start - 5):start].lower().rstrip(" :")
        after_hr = cue and lw not in ("und", "oder", "u") and (
            before.endswith(("hr.", "fr.")) or (before[-2:] in ("hr", "fr") and not (
                len(before) > 2 and before[-3].isalpha()) and (
                lex.is_name(fold(lw)) or not _is_german(lw))))
        # "fr koch" (not "gebühr koch"); without its full stop "fr" may be Friday: "fr
        # nachmittag" is no name
        if title and not after_hr and before.endswith(("herr", "herrn", "frau")) and (
                all_lower or any(a <= start < b for a, b in quick)) and (
                lex.is_name(fold(lw)) or lex.is_noun(lw)) and not (
                lw in NOT_AFTER_TITLE or lw in NO_NAME_BEFORE or lw in PREPOSITIONS
                or lw in _FINITE or lw.capitalize() in ROLES):
            # "frau koch", "herr winter": after a title a noun is the surname, where the note
            # or the sentence is typed without capitals ("Herr namens Winter" has them)
            after_hr = True
        german = _is_function_word if cue else _is_german
        if after_hr or ((title or first_name) and lw not in lex.common_words
                        and not lex.is_stopword(lw)):
            # "hr. heuer", "kundin ani lomidze": after a title, or as a known first name after a
            # role, a noun is a name; only common words and listed meaning words end it.
            german = _is_common
        if german(lw) and not after_hr and start not in subjects and not (
                cue and first_name and _surname_follows(text, m.end(), rx, lex)):
            continue
        end, words, told = m.end(), 1, False
        while words < 4 and text[end:end + 1] == " ":
            nxt = rx.match(text, end + 1)
            if nxt is None or not nxt[0][0].islower():
                break
            nw = nxt[0].lower()
            if nw in PARTICLES and words < 3:
                # "hassan bin youssef", "abdi van der meer": particles, then the surname
                last, after, count = nxt, None, 1
                while text[last.end():last.end() + 1] == " ":
                    after = rx.match(text, last.end() + 1)
                    if after is None or after[0].lower() not in PARTICLES or count == 2:
                        break
                    last, count = after, count + 1
                solid = words == 1 and first_name and lw not in lex.common_words
                if after is not None and after is not last and after[0][0].islower() and (
                        after[0].lower() not in lex.common_words or (
                            solid and after[0].lower() not in NO_NAME_BEFORE
                            and after[0].lower() not in PREPOSITIONS
                            and not lex.is_stopword(after[0].lower()))):
                    # "alejandro da costa": after a first name and a particle, "costa" is
                    # the surname although wordfreq counts it as a common word.
                    end, words = after.end(), words + count + 1
                    continue
            # After a first name a noun may be the surname ("arne strauch", "sönke brot"),
            # and so may a place ("dunia auma", "gunda freudenberger"), not a verb or another
            # common word.
            surname = nw not in lex.common_words and (
                lex.is_name(fold(nw)) or (words == 1 and fold(lw) in lex.first_names and (
                    lex.is_noun(nw) or not lex.is_meaning_word(nw))))
            if _past_tense(nw, lex):
                # "herr tauber schilderte": the verb ends the name; a listed first name right
                # before it is its subject ("anke weinte", "ani übersetzte")
                told |= words == 1 and first_name and lw not in lex.common_words and not (
                    lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in PARTICLES
                    or lex.is_meaning_word(lw) or _word_before(text, end) in NO_NAME_BEFORE)
                break
            if (german(nw) and not surname) or nw in _FINITE or nw in NO_NAME_BEFORE:
                break  # "herrn heuer ist": the lists lack "ist" and "die" as common words
            end, words = nxt.end(), words + 1
        if start in starts or words > 1 or told or (
                first_name and _inside_clause(text, start) and _lone_first_name(lw, lex)):
            extra.append((start, end))
            done = end
    if not extra:
        return spans
    return sorted(spans + [e for e in extra if not any(s < e[1] and e[0] < t for s, t in spans)])
