"""Notes typed entirely without capitals ("arbeitgeber von solheim: lohnzettel fehlen"),
written again as German writes them, so that every rule for capitalised words (and the learned
judgement) reads them too: `typed_without_capitals` says whether a note is one, `truecased`
gives its text with the capitals German would write, `merged` joins the names found both ways.
The rules for names in lower case themselves are in lowercase.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from desktop.core.privacy.keywords import lower_note
from desktop.core.privacy.lexicon import Lexicon, fold, lexicon
from desktop.core.privacy.lowercase import PARTICLES, word_rx
from desktop.core.privacy.wordclass import NO_NAME_BEFORE, PREPOSITIONS

_CAPITALISED_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]")


_FUNCTION_WORD = re.compile(r"(?<![\w-])(?:der|die|das|den|dem|und|ist|war|hat|mit|ein|eine|"
                            r"nicht|zu|sie|er|ich|wir|für|von|bei|am|im|noch|auch)(?![\w-])")


def typed_without_capitals(text: str, names: list[tuple[int, int]] | None = None) -> bool:
    """No word starts with a capital and goes on in lower case ("SG 32", "eAT", an IBAN
    may stand in it), and German words are there (not a list of keys such as "topics =
    [...]"): a note typed in lower case. The first search stops at the first capitalised
    word of an ordinary note. With `names` (sorted spans), capitals inside them do not count:
    the note as its anonymised text will read ("undund und [Person A]")."""
    if names is None:
        if not lower_note(text):  # (the same search, cached per note: the shaped passes ask it)
            return False
    else:
        i, last = 0, len(names)
        for m in _CAPITALISED_WORD.finditer(text):
            at = m.start()
            while i < last and names[i][1] <= at:
                i += 1
            if i == last or at < names[i][0]:
                return False  # a capital outside the names: mostly the note's first noun
    return _FUNCTION_WORD.search(text) is not None


# Finite verbs that are nouns too ("das Ist", "die Hat") and separable prefixes of participles
# the lists lack ("eingeschult", "versandt", "ausläuft").
# (and the second person's forms that are nouns too: "hast", "bist", "musst")
_VERBS = frozenset("ist sind war waren hat hatte haben wird wurde kann soll muss will darf hast "
                   "bist hattest warst kannst musst sollst willst".split())
_VERB_PREFIXES = ("ein", "aus", "ab", "an", "auf", "be", "ge", "er", "ver", "zer", "ent", "über",
                  "unter", "vor", "nach", "zu", "mit", "weg", "um", "zurück", "weiter")
_ADJECTIVE_ENDINGS = ("ell", "elle", "ellen", "et", "iert", "ig", "ige", "igen", "lich", "liche", "lichen", "isch",
                      "ische", "ischen", "bar", "los", "end", "ende", "enden")


@functools.cache
def _lower_titles_and_roles() -> frozenset[str]:
    from desktop.core.privacy.wordclass import ABBREVIATED_ROLES, ROLES, TITLES

    return frozenset(w.lower() for w in TITLES | ROLES | ABBREVIATED_ROLES)


def truecased(text: str, names: Sequence[tuple[int, int]] = ()) -> str | None:
    """`text` with the capitals German would write: nouns, forms of address and roles, words
    German does not have (names among them) and the `names` the lower-case rules found; verbs,
    adjectives, function words and name particles stay in lower case. None where a capital
    would change the text's length (offsets must stay)."""
    lex = lexicon()
    titles = _lower_titles_and_roles()
    parts: list[str] = []
    pos = 0
    named = {start for s, e in names for start in range(s, e)}
    for m in word_rx().finditer(text):
        word = m[0]
        start = m.start()
        lw = word.lower()
        head = lw.split("-", 1)[0]
        if start in named:
            # a name the lower-case rules found: capitalised like its neighbours will see its
            # placeholder when the text is anonymised again
            capital = head not in PARTICLES
        # An article opening a sentence gets its capital ("der widerspruch ging ein" after a
        # full stop: "Der"); any other first word is decided as elsewhere ("sie", "mir" stay).
        elif lw in _ARTICLES and _opens_sentence(text, start):
            capital = True
        elif head in PARTICLES or lw in NO_NAME_BEFORE or lw in PREPOSITIONS or \
                lw in lex.common_words or lw in _VERBS or lw.endswith(("nr", "str")) or (
                    text[m.end():m.end() + 1] == "." and not lex.is_name(fold(lw))):
            capital = False  # "… stA syr., unterlagen unvollst.": abbreviations too
        elif lw in titles:
            capital = True
        elif fold(lw) in lex.common_names or fold(lw) in lex.ambiguous:
            capital = False  # "zu klein", "weiß", "lang": a word and a name, left to the rules above
        elif lex.is_noun(lw) or lex.is_stopword(lw):
            capital = True
        elif lex.is_word(lw) or len(lw) < 2 or _begins_a_word(lw, lex) or (
                _german_form(lw, lex) and not (len(lw) >= 5 and lex.is_name(fold(lw)))):
            capital = False  # a listed name of five letters or more that is no word stays one
        else:
            # A word German does not have, a name, a compound — not a participle or adjective
            # the lists lack ("unbefristet", "ausländerrechtlich"), unless it is a listed name.
            capital = lex.is_name(fold(lw)) or not (lw.endswith(_ADJECTIVE_ENDINGS) or (
                lw.endswith("t") and lw.startswith(_VERB_PREFIXES)))
        if capital:
            # Every part of a hyphenated word, as German writes names ("Urpilainen-Kappeler").
            cap = "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
            if len(cap) != len(word):
                return None
            parts.append(text[pos:start])
            parts.append(cap)
            pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer".split())
_DATE_BEFORE = re.compile(r"(?:^|\D)\d{1,2}\.(?:\d{1,2}\.(?:\d{2}(?:\d{2})?)?)?$")


def _opens_sentence(text: str, start: int) -> bool:
    """After a full stop, "!", "?" or a line break — not after a date's or an ordinal's full
    stop ("am 11.12. ein")."""
    before = text[max(0, start - 16):start].rstrip(" \t\"'„“(")
    return not before or before[-1] in "!?\n" or (
        before[-1] == "." and _DATE_BEFORE.search(before) is None)


_UMLAUTS = str.maketrans("äöü", "aou")
_ENDINGS = ("e", "er", "en", "es", "em", "st", "t", "et")


def _begins_a_word(lw: str, lex: Lexicon) -> bool:
    """The start of a listed word, also without its umlauts ("kläre" of "klären", "berät" of
    "beraten"), or a word with ß (no name list writes one)."""
    return lex.is_prefix(lw) or lex.is_prefix(lw.translate(_UMLAUTS)) or "ß" in lw


def _german_form(lw: str, lex: Lexicon) -> bool:
    """A form of a German word the lists lack: the start of a listed word ("kläre" of "klären",
    "berät" of "beraten"), a listed word with an ending ("langer", "eilt"), or one of the short
    names wordfreq counts as words ("lies", "tue", "free")."""
    if _begins_a_word(lw, lex) or lw.endswith(("ieren", "iert", "ierte")):
        return True
    for ae, umlaut in (("ae", "ä"), ("oe", "ö"), ("ue", "ü")):
        if ae in lw and lex.is_word(lw.replace(ae, umlaut)):
            return True  # "aerger", "willkuer": umlauts typed as two letters
    for prefix in _VERB_PREFIXES:
        rest = lw[len(prefix):]
        if lw.startswith(prefix) and len(rest) >= 4 and (
                rest in lex.common_words or lex.is_word(rest) or lex.is_prefix(rest)):
            return True  # "mitgeben", "überbringen", "versperren", "weitergeschoben"
    if len(lw) < 5 and fold(lw) in lex.common_names:
        return True
    for end in _ENDINGS:
        if lw.endswith(end) and len(lw) - len(end) >= 3:
            stem = lw[: len(lw) - len(end)]
            if stem in lex.common_words or lex.is_word(stem) or stem in lex.ambiguous or (
                    stem + "en") in lex.words:
                return True
    return False


def merged(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans of both lists; overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(a + b):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
