"""Names with their particles and patronymics: "Maria da Silva" joined across "da", "Walburga
Ten Kotte" and "Van den Akker" with their capitalised particles, "Anna Al Rashid" with the first
name before the particle, "bei de la Cruz" with a lower-case run German never has, "Frau
Kateryna von Bergen" after a first name alone, "Ainasha Suleimen kyzy" with the patronymic
(names.py calls `with_particles` on the spans its rules found)."""

from __future__ import annotations

from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    BOTH,
    CANDIDATE,
    FIRST,
    INSTITUTION_ENDINGS,
    LEADING_PARTICLE,
    NO_NAME_BEFORE,
    NOUN,
    PREPOSITIONS,
    ROLE,
    SUR,
    TITLE,
    Lazy,
    classifier,
)

# Particles as Dutch, Italian, French and Portuguese names write them with a capital: "Walburga
# Ten Kotte", "Van den Akker", "Renáta Klein Woltering", "De Angelis".
# Filipino names write the Spanish article joined: "Rodel dela Cruz", "Delos Santos".
CAPITAL_PARTICLES = ("Van|Von|Ten|Ter|Te|De|Da|Di|Del|Della|Dal|Dos|Du|Le|La|El|Al|Op|Klein"
                      "|Groot|Bin|Ibn|Abu|Dela|Delos")
_PARTICLE_WORDS = frozenset(CAPITAL_PARTICLES.split("|")) | {
    "der", "den", "de", "la", "los", "las", "del", "van", "op", "'t", "te", "ben", "ibn", "abu",
    "bint", "dela", "delos"}
_BETWEEN_NAMES = Lazy(rf" (?:{CAPITAL_PARTICLES}|dela|delos)(?: (?:der|den|de|la|los|van|op|'t))? ")
# Before a name without another name in front, only those German never starts a word with.
# In lower case only the runs German never has: "bei de la Cruz", "- van der Berg:", and the
# Arabic particles German has no word for: "an ben ammar" ("bin" and "al" are German and
# Spanish words).
_BEFORE_NAME = Lazy(r"(?:^|(?<=[^\w]))((?:(?:Van|Ten|Ter|Te|Op|De|Di|Del|Della|Dal|Dos|Du|Le|La|El"
                     r"|Al|Abu|Bin|Ibn|Dela|Delos)(?: (?:der|den|de|la|los|van|op|'t))?|de la|de los"
                     r"|de las|van der|van den|van de|del|ben|ibn|abu|bint|dela|delos) )$")


def with_particles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with the capitalised particles of their names: two name parts with a particle
    between them become one name; a particle right before a name joins it."""
    if not spans:
        return spans
    out = [spans[0]]
    for start, end in spans[1:]:
        prev_start, prev_end = out[-1]
        # (a gap of 11 characters at most: " Della los ", most names stand farther apart)
        if start - prev_end <= 11 and _BETWEEN_NAMES.fullmatch(text, prev_end, start) or (
                text[prev_end:start] in _NOBILITY and _first_name_at_end(text, prev_start,
                                                                          prev_end)) or (
                text[prev_end - 3:start] in _JUNIOR or text[prev_end:start] in _JUNIOR) or (
                start - prev_end <= 16 and _listed_name_between(text, prev_end, start)):
            out[-1] = (prev_start, end)
        else:
            out.append((start, end))
    for i, (start, end) in enumerate(out):
        # Plain string tests first: most names have no particle before or after them.
        before = text[text.rfind(" ", 0, start - 1) + 1:start - 1] if start > 1 else ""
        lead = _BEFORE_NAME.search(text, max(0, start - 16), start) if (
            before in _PARTICLE_WORDS) else None
        if lead is not None and (i == 0 or out[i - 1][1] <= lead.start(1)):
            start = lead.start(1)
        # The particle and its space must lie inside the span: a one-word span needs no match.
        if start != out[i][0] or (text.find(" ", start, end) >= 0 and
                                  _LEADING_CAPITAL_PARTICLE.match(text, start, end)):
            first = _WORD_THEN_SPACE.search(text, max(0, start - 30), start)
            if first is not None and (i == 0 or out[i - 1][1] <= first.start(1)) and \
                    classifier()(first[1])[0] in (FIRST, BOTH, AMBF) and \
                    _plain_first_name(first[1].lower()):
                start = first.start(1)  # "Anna Al Rashid": the first name before it too
            out[i] = (start, end)
        space = text.rfind(" ", start, end)
        last = text[space + 1:end] if space >= 0 else text[start:end]
        tail = _TRAILING_CAPITAL_PARTICLE.search(text, max(0, end - 8), end + 40) if (
            last in _PARTICLE_WORDS) else None
        if tail is not None and tail.start(1) < end <= tail.start(3) and (
                i + 1 == len(out) or tail.end(3) <= out[i + 1][0]) and \
                classifier()(tail[3])[0] in (_AFTER_PARTICLE if tail[1] in ("Klein", "Groot")
                                              and not tail[2] else _AFTER_DUTCH_PARTICLE):
            # "Renáta Klein| Woltering", "Herr Van| der Goot": after "Van der" any word
            out[i] = (out[i][0], tail.end(3))
        end = out[i][1]
        if text.startswith((" von ", " zu "), end) and (
                i + 1 == len(out) or out[i + 1][0] > end + 5):
            out[i] = (out[i][0], _nobility_after_first_name(text, out[i][0], end))
            end = out[i][1]
        if text[end + 1:end + 2] in _PATRONYMIC_START and text.startswith(_PATRONYMICS, end):
            patronymic = _PATRONYMIC.match(text, end)
            if patronymic is not None and (i + 1 == len(out) or
                                           patronymic.end() <= out[i + 1][0]):
                out[i] = (out[i][0], patronymic.end())  # "Ainasha Suleimen kyzy"
    if ". " in text:
        for start, _ in out:
            if text[start - 2:start] == ". ":
                return _with_initials(text, out)
    return out


# A name's "Jr." or "Sr." before the rest of it: "Renato Jr. Bautista Reyes" (Filipino names
# write it after the first names).
_JUNIOR = frozenset({" Jr. ", " Sr. "})


def _listed_name_between(text: str, end: int, start: int) -> bool:
    """One capitalised word that the lists hold as a name, also a German word, alone between
    two names: the first of a double surname ("Luz Marina Koch Herrera", "Ana Rosa Weber
    Gómez"), as Spanish and Portuguese names write father's and mother's surname."""
    if text[end:end + 1] != " " or text[start - 1:start] != " ":
        return False
    word = text[end + 1:start - 1]
    return _CAPITALISED_WORD.fullmatch(word) is not None and \
        classifier()(word)[0] in (AMBIG, AMBF, SUR, BOTH, FIRST)


_CAPITALISED_WORD = Lazy(r"[A-ZÄÖÜ][a-zäöüß]+")


# German nobility particles between a first name and a surname found: "Maximilian von
# Bülow", "Anna von der Heyden", "Cordula zu Stolberg" (after a first name German has no
# preposition before a person: "Tochter von Attila" follows a role).
_NOBILITY = frozenset({" von ", " zu ", " von und zu ", " von der "})


def _first_name_at_end(text: str, start: int, end: int) -> bool:
    space = text.rfind(" ", start, end)
    word = text[space + 1 if space >= 0 else start:end]
    return classifier()(word)[0] in (FIRST, BOTH, AMBF) and _plain_first_name(word.lower())


_TITLE_BEFORE = Lazy(r"(?:Frau|Herrn?) $")
_WORD_AFTER_VON = Lazy(r" (von|zu) ([A-ZÄÖÜ][a-zäöüß]{2,})(?![\w-])")


def _nobility_after_first_name(text: str, start: int, end: int) -> int:
    """"Frau Kateryna von Bergen", "Frau Cordula zu Stolberg": after a form of address and a
    first name alone, "von" or "zu" and a capitalised word are the surname (a place or institution would follow a surname, and
    German says "vom Jobcenter"); the end of the name."""
    word = text[start:end]
    if " " in word or classifier()(word)[0] != FIRST or \
            _TITLE_BEFORE.search(text, max(0, start - 6), start) is None:
        return end
    m = _WORD_AFTER_VON.match(text, end)
    if m is None:
        return end
    lw, lex = m[2].lower(), lexicon()
    if lw in lex.common_words or lw.endswith(INSTITUTION_ENDINGS) or (
            m[1] == "zu" and lex.is_noun(lw)):  # "Frau Anna zu Hause"
        return end
    return m.end(2)


# Initials right before a name: "T. Fashola", "K.-H. Busch", "A. L. Zimmer", "Frau A. Koch",
# "Ma. Theresa" (Maria), and the abbreviated first names of South Asian and Malay names:
# "Md. Rafiqul Islam" (Muhammad), "Mst. Rokeya Begum" (Mosammat), "Mohd. Faizal".
# Not the "A." of "i. A." or the "V." of "i. V." (on behalf of).
_INITIALS_BEFORE = Lazy(r"(?:^|(?<=[\s(„\"/]))(?<!i\. )(?<!i\.)((?:(?:[A-ZÄÖÜ]|Ma)\.[ -]?){0,2}"
                        r"(?:[A-ZÄÖÜ]|Ma|Md|Mst|Mohd|Muhd)\. )$")


def _with_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with the initials before them: an initial is part of the name it abbreviates
    (and one person is one placeholder, not "[Person A]. [Person B]")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        lead = _INITIALS_BEFORE.search(text, max(0, start - 10), start) if \
            text[start - 2:start] == ". " else None
        if lead is not None:
            while out and out[-1][0] >= lead.start(1) and out[-1][1] <= start:
                out.pop()  # the initial found as a name of its own
            if not out or out[-1][1] <= lead.start(1):
                start = lead.start(1)
        out.append((start, end))
    return out


# Kazakh, Kyrgyz, Uzbek and Azerbaijani patronymics: a lower-case word after the father's name
# ("Aisulu Mukan uly", "Ainasha Suleimen kyzy", "Elvin Rasul oğlu"), also before a second
# surname ("Togzhan uly-Rodrigues").
_PATRONYMIC_WORDS = ("uly", "ulı", "kyzy", "qyzy", "kyzı", "ogly", "oglu", "oğlu", "ogli", "qizi",
                     "qızı", "kizi", "kızı", "ugli", "o'g'li", "o‘g‘li")
_PATRONYMICS = tuple(f" {w}" for w in _PATRONYMIC_WORDS)
_PATRONYMIC_START = frozenset(w[0] for w in _PATRONYMIC_WORDS)  # one letter tested first
_PATRONYMIC = Lazy(rf" (?:{'|'.join(_PATRONYMIC_WORDS)})(?:-[A-ZÄÖÜ][^\W\d_]+)?(?![\w'’-])")


_AFTER_PARTICLE = CANDIDATE | {NOUN}  # "Klein Woltering": also a word built like a noun
_AFTER_DUTCH_PARTICLE = frozenset(range(11)) - {TITLE, ROLE}
_TRAILING_CAPITAL_PARTICLE = Lazy(
    rf"(?<![\w])({CAPITAL_PARTICLES})( (?:der|den|de|la|los|van|op|'t|te))? "
    r"([A-ZÄÖÜ][^\W\d_]+)(?![\w'’-])")
_LEADING_CAPITAL_PARTICLE = Lazy(rf"(?:{CAPITAL_PARTICLES}) ")
_WORD_THEN_SPACE = Lazy(r"(?:^|(?<=[^\w]))([A-ZÄÖÜ][^\W\d_]+) $")


def _plain_first_name(lw: str) -> bool:
    """Not a common word, article or preposition that the name lists also hold ("Bei", "Im")."""
    return lw not in lexicon().common_words and lw not in NO_NAME_BEFORE and \
        lw not in PREPOSITIONS


def leading_particle(text: str, start: int) -> int:
    """Where a name starting at `start` begins with the particle before it ("bin Youssef",
    "van der Meer" opening a sentence): LEADING_PARTICLE, looked for only where the word
    before ends like a particle (a plain test: most names follow another word). The pattern
    ends in " " or, as "$" passes over a last line break, in " ⏎"."""
    end = start - 1 if text[start - 1] == "\n" else start
    low = max(0, start - 12)
    if text[end - 1:end] != " " or not text.endswith(_PARTICLE_ENDS, low, end - 1):
        return start
    lead = LEADING_PARTICLE.search(text, low, start)
    return start if lead is None else lead.start(1)


# How the particles of wordclass.LEADING_PARTICLE end.
_PARTICLE_ENDS = ("bin", "ibn", "bint", "abu", "al", "el", "dos", "da", "de", "di", "del", "der",
                  "den", "van", "von", "la")
