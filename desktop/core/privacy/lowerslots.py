"""Places in a sentence that only a person fills, for words typed in lower case that German
has too (lowercase.py takes the words these find, as it takes those of lowerframes.py):

- a role, then the word, then a person's verb or participle: "vormund biene zurückgerufen";
  after a possessive and a role, a listed surname: "mit unserem teamleiter braun";
- "familie", then a listed name: "bei familie sonntag"; a shop, then its owner's: "gärtnerei
  braun", "pflegedienst sturm"; whose word a statement is: "lt. hahn reicht das";
- a subordinate clause's subject, a listed surname that is a count noun without its article:
  "weil busch ihre akten umsortiert hat";
- a note's writer after the kind of note and before its date: "diktat wagner 2.12.",
  "vermerk hahn, 4.12.";
- an addressee opening a line with a colon: "an wagner:", "für ostermann:";
- a dictation's close with the writer's name: "absatz ende fink" at the end of the note;
- a hand-over from one colleague to another before its date: "hecht → kurz, fr 4.12.";
- what someone is called: "der vermieter heißt auch sonntag";
- an item of a quick list, a word German does not have before a dash or a bracket: "post:
  silva – zustellung gescheitert";
- after "bei", "mit", "für", "wegen", "an", a listed name German has in no sense: "noch bei
  konrad zur zeichnung";
- a name of the note again where a person stands ("Frau Hahn … aber hahn ist krank": named_again)
  and a name joined to a file's noun ("die hamza-familie": name_compounds), both for
  lowercase.py's loop.

(A chat's speakers and whom it greets: chatnames.py.)

Each frame names a place German fills with an article and a noun or with a name; the bare
word there is the name. Listed meaning words stay where a season or month would also fit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.keywords import lower_note
from desktop.core.privacy.lexicon import Lexicon, fold
from desktop.core.privacy.lowerframes import (
    LISTED_ADVERBS,
    LOWER_WORD,
    function_word,
    unknown_word,
)
from desktop.core.privacy.trie import trie
from desktop.core.privacy.verbs import person_participle, person_verb_at
from desktop.core.privacy.wordclass import ROLES


def _listed(lw: str, lex: Lexicon, meaning: bool = False) -> bool:
    """A listed name that is no common or function word (and no listed meaning word unless
    `meaning`)."""
    return len(lw) > 2 and lex.is_name(fold(lw)) and lw not in lex.common_words and \
        not function_word(lw) and (meaning or not lex.is_meaning_word(lw))


def _person_word(lw: str, lex: Lexicon) -> bool:
    """A word that can be a name where only a person stands: listed, no German word, or a
    compound no dictionary holds ("ostermann", "vogelsang")."""
    return _listed(lw, lex) or unknown_word(lw) or (
        len(lw) > 2 and lw not in lex.words and not lex.is_noun(lw) and not function_word(lw)
        and not lex.is_stopword(lw) and lw not in lex.common_words)


@functools.cache
def _role_rx() -> re.Pattern[str]:
    """A role in lower case (group 1), then a word (group 2)."""
    roles = sorted({r.lower() for r in ROLES if len(r) > 3 and r[1:].islower()})
    words = trie(roles, after_first=r"(?<![\w-].)")
    return re.compile(rf"({words}) ({LOWER_WORD})")


# Finite verbs the dictionary also has as nouns ("das Ist", "das Muss"): "ehefrau ist schwanger".
_FINITE = frozenset("ist sind war waren hat hatte haben wird wurde kann muss soll will darf".split())
_POSSESSIVE_BEFORE = re.compile(r"(?:^|[^\w])(?:mein|meine[mnr]?|sein|seine[mnr]?|ihr|ihre[mnr]?"
                                r"|unser|unsere[mnr]?|euer|eure[mnr]?) $")


def _after_roles(text: str, lex: Lexicon) -> Iterator[int]:
    """"vormund biene zurückgerufen", "kollegin hecht kommt", "mit unserem teamleiter braun"."""
    for m in _role_rx().finditer(text):
        w = m[2]
        if not w[0].islower() or function_word(w) or w in lex.common_words or \
                w.capitalize() in ROLES or len(w) < 3 or w in _FINITE:
            continue
        end = m.end(2)
        nxt = text[end + 1:end + 40].split(" ", 1)[0].rstrip(".,;:!?\n") if \
            text[end:end + 1] == " " else ""
        if (nxt and (person_participle(nxt) or person_verb_at(text, end))) and (
                _person_word(w, lex) or (lex.is_noun(w) and not lex.is_meaning_word(w))):
            yield m.start(2)
        elif _listed(w, lex) and (lex.is_noun(w) or w not in lex.words) and \
                _POSSESSIVE_BEFORE.search(
                text, max(0, m.start() - 12), m.start()) is not None:
            yield m.start(2)


_FAMILY = re.compile(rf"f(?<![\w-]f)amilie ({LOWER_WORD})")
# A shop named after its owner: "gärtnerei braun in ruderting", "bäckerei stein" (the literal
# first: the engine finds the few candidates fast).
_SHOP = re.compile(rf"(?:erei|orei|kanzlei|firma|pflegedienst|spedition) ({LOWER_WORD})")
# Whose word a statement is: "lt. hahn reicht das" (a source that is a thing needs its article:
# "laut dem bescheid"; "laut gesetz" has no listed surname).
_SOURCE = re.compile(rf"l(?<![\w-]l)(?:t\.|aut) ({LOWER_WORD})")
# A subordinate clause's subject, then a word that is no noun (its object's article, a pronoun,
# an adverb, the verb).
_CONJUNCTIONS = trie(("weil", "dass", "ob", "obwohl", "nachdem", "bevor", "sobald", "wenn"),
                     after_first=r"(?<![\w-].)")
_CLAUSE_SUBJECT = re.compile(rf"(?:{_CONJUNCTIONS}) ({LOWER_WORD}) ({LOWER_WORD})")
_WRITER = re.compile(rf"(?<![\w-])(?:diktat|vermerk|aktenvermerk|notiz|telefonnotiz"
                     rf"|gesprächsnotiz)(?: von)? ({LOWER_WORD})(?:,| vom)? \d{{1,2}}\.\d{{1,2}}\.")
_ADDRESSEE = re.compile(rf"(?:^|\n)[ \t]*(?:an|für) ({LOWER_WORD}):")
_CLOSE = re.compile(rf"(?:^|\n|absatz |punkt )ende ({LOWER_WORD})[ .]*$")
_HAND_OVER = re.compile(rf"(?:^|\n)[ \t]*({LOWER_WORD}) (?:→|->) ({LOWER_WORD}),? "
                        r"(?:(?:mo|di|mi|do|fr|sa|so)\.? )?\d{1,2}\.\d{1,2}\.")
# An item of a quick list typed in lower case: a word after a label's colon, a line's start
# or a comma, then a dash or a bracket with what is to be done ("post: silva – zustellung
# gescheitert", "erledigt: rana, singh (beide verlängert)"); only a word German does not have.
_LIST_ITEM = re.compile(rf"(?:^|\n|: |, )({LOWER_WORD})(?= [–(])")
# _LIST_ITEM's matches, found from their dash or bracket back (a pass of the pattern over
# each note with " (" cost some 4 µs; the marks are few): the run of word characters before
# the mark, when a lower-case letter opens it after the note's start, a line's or ": ", ", ".
_RUN_BACKWARDS = re.compile(r"[\w'’\u0300-\u036f-]+")
_LOWER_FIRST = re.compile(r"[^\W\d_A-ZÄÖÜ]")


def _list_items(text: str) -> list[tuple[int, str]]:
    """(start, word) of each _LIST_ITEM match, as its finditer gives them."""
    marks: list[int] = []
    for mark in (" –", " ("):
        i = text.find(mark)
        while i >= 0:
            marks.append(i)
            i = text.find(mark, i + 1)
    out: list[tuple[int, str]] = []
    for end in sorted(marks):
        run = _RUN_BACKWARDS.match(text[end - 1::-1]) if end else None
        if run is None:
            continue
        start = end - run.end()
        if _LOWER_FIRST.match(text, start) is not None and (
                not start or text[start - 1] == "\n" or text[start - 2:start] in (": ", ", ")):
            out.append((start, text[start:end]))
    return out


_NAMING = trie(("heißt", "heisst", "hieß", "namens"), after_first=r"(?<![\w-].)")
_CALLED = re.compile(rf"(?:{_NAMING})(?: (?:auch|jetzt|eigentlich))? ({LOWER_WORD})")


# A preposition that takes a person, then a bare word: "für diallo klappt", "noch bei konrad
# zur zeichnung", "mit selena telefoniert" (a thing or an office takes its article).
_WITH_PERSON = re.compile(rf" (?:bei|mit|für|wegen|an) ({LOWER_WORD})")


def _after_person_preposition(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of listed names German has in no sense (no word, common word, meaning word or
    name-shaped prefix of a verb) after one of _WITH_PERSON's prepositions."""
    for m in _WITH_PERSON.finditer(text):
        lw = m[1]
        if len(lw) > 3 and lw[0].islower() and not function_word(lw) and \
                lex.is_name(fold(lw)) and unknown_word(lw) and not lex.is_meaning_word(lw) and \
                fold(lw) not in lex.ambiguous and lw not in LISTED_ADVERBS:  # "mit lang"
            yield m.start(1)


def person_slots(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of lower-case words in the places the module's docstring names. An addressee
    line and a hand-over also in a note with capitals ("für ostermann:" above a list of
    clients); the other frames only in a note typed without capitals, where such words are
    written so (a search that stops at the first capitalised word decides: most notes cost
    that search and a few plain string tests)."""
    # (the tests of a line's start only where the note has lines: one search of a character
    # instead of up to six of two or more, which each read the whole note)
    lines = "\n" in text
    if text.startswith(("an ", "für ")) or lines and ("\nan " in text or "\nfür " in text):
        for m in _ADDRESSEE.finditer(text):
            if _person_word(m[1], lex):
                yield m.start(1)
    if "→" in text or ">" in text and "->" in text:
        for m in _HAND_OVER.finditer(text):
            if all(not function_word(w) and w not in lex.common_words and (
                    _person_word(w, lex) or lex.is_noun(w) and not lex.is_meaning_word(w))
                    for w in (m[1], m[2])):
                yield m.start(1)
                yield m.start(2)
    if "–" in text and " – " in text or "(" in text and " (" in text:
        for start, word in _list_items(text):
            if len(word) > 2 and "-" not in word and unknown_word(word) and \
                    word not in lex.common_words:
                yield start
    if not lower_note(text):  # a capitalised word (the search cached per note)
        return
    yield from _after_roles(text, lex)
    yield from _after_person_preposition(text, lex)
    if "familie " in text:
        for m in _FAMILY.finditer(text):
            if _listed(m[1], lex, meaning=True):
                yield m.start(1)
    if "lt. " in text or "laut " in text:
        for m in _SOURCE.finditer(text):
            if _listed(m[1], lex) and lex.is_noun(m[1]):
                yield m.start(1)
    if "rei " in text or "lei " in text or "firma " in text or "dienst " in text or \
            "spedition " in text:
        for m in _SHOP.finditer(text):
            if _listed(m[1], lex):
                yield m.start(1)
    for m in _CLAUSE_SUBJECT.finditer(text):
        w, nxt = m[1], m[2]
        if _listed(w, lex) and lex.is_noun(w) and not lex.is_noun(nxt) and nxt != "und" and \
                nxt not in lex.first_names:
            yield m.start(1)
    if "diktat" in text or "vermerk" in text or "notiz" in text:
        for m in _WRITER.finditer(text):
            if _person_word(m[1], lex):
                yield m.start(1)
    tail = text[-60:]
    if "ende " in tail:
        close = _CLOSE.search(tail)
        cut = len(text) - len(tail)
        if close is not None and _person_word(close[1], lex) and not (
                close.start() == 0 and cut and text[cut - 1].isalnum()):  # "legende …"
            yield cut + close.start(1)
    if "heißt" in text or "heisst" in text or "hieß" in text or "namens" in text:
        for m in _CALLED.finditer(text):
            if _person_word(m[1], lex):  # not "nein heißt nein"
                yield m.start(1)


# After a name found in the note, its word again in lower case where a person stands: before
# a finite verb ("Frau Hahn … aber hahn ist krank") or after a preposition that takes a
# person ("mit vogel sprechen"); a noun there would take its article ("der hahn ist kaputt").
_AGAIN_VERBS = frozenset("""hat hatte ist war will wollte kann konnte soll sollte muss musste
wird wurde sagt sagte meint meinte kommt kam fragt fragte schreibt schrieb weiß""".split())
_AGAIN_AFTER = frozenset({"bei", "mit", "an", "von", "für"})


def named_again(text: str, start: int, end: int) -> bool:
    """The lower-case word at start:end, the word of a name found in the same note, stands
    where a person does (see _AGAIN_VERBS); not inside a longer word, not after an article or
    another determiner, and no function word or role itself."""
    lw = text[start:end]
    if text[end:end + 1].isalnum() or text[end:end + 1] == "-" or \
            start and (text[start - 1].isalnum() or text[start - 1] == "-") or \
            function_word(lw) or lw.capitalize() in ROLES or lw in ("frau", "herr", "herrn"):
        return False
    head = text[max(0, start - 20):start].split()
    before = head[-1].lower() if head and text[start - 1:start] == " " else ""
    if before in _AGAIN_AFTER:
        return True
    verb = text[end + 1:end + 9].split(" ", 1)[0].rstrip(",.;:!?\n")
    return text[end:end + 1] == " " and verb in _AGAIN_VERBS and not function_word(before)


# A family's or a file's name joined to its noun by a hyphen, in lower case: "die
# hamza-familie", "die kolb-leute", "hast du die căldăraru-akte", "chaiyaphum-visum:"; the
# name is the part before the hyphen (places are no names here: "dublin-fall").
_FILE_NOUN = re.compile(r"(?:akten?|familie|leute|visum|fall|sache|antrag|kinder|eltern)(?![\w-])")
_PART_BEFORE = re.compile(r"(?<![\w'’\u0300-\u036f-])[^\W\d_A-ZÄÖÜ][\w'’\u0300-\u036f]+$")


def name_compounds(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of the names before a hyphen and one of _FILE_NOUN's nouns: a word German does
    not have in any sense (no word, common word, place, particle or a word's start: "miet-"),
    with a vowel (no short form: "bamf-akte" is German by the lists anyway)."""
    found: list[tuple[int, int]] = []
    at = text.find("-", 3)
    while at > 0:
        if _FILE_NOUN.match(text, at + 1) is not None:
            m = _PART_BEFORE.search(text, max(0, at - 40), at)
            lw = m[0] if m is not None else ""
            if len(lw) > 2 and unknown_word(lw) and not lex.is_place(lw) and (
                    lex.is_name(fold(lw)) or not lex.is_prefix(lw)) and \
                    any(c in "aeiouyäöüăâîéè" for c in lw):
                found.append((at - len(lw), at))
        at = text.find("-", at + 1)
    return found

