"""Person names in German notes: name lists plus context.

A capitalised word counts as (part of) a name when
- it is a known first name or surname, or looks like a name ("…enko", "Abdel…"), or
- it follows a form of address ("Herr", "Herrn", "Frau", "Hr.", "Fr.", "Dr.") or a role
  ("Tochter", "Antragstellerin", "Kollegin") and is not a meaning word, or
- it stands next to a known name ("Amina Tesfamariam": first name + unknown surname), or
- it appears elsewhere in the same text as a name already found ("Frau Olena Bondar … Olena").
Meaning words (legal terms, roles, feelings, countries …, data/stoppwoerter.txt and orte.txt)
never count on their own; a list name that is also a common word ("Rosa", "Mai", "Richter")
counts only with context. The form of address stays outside the finding ("Herr [Person A]"),
and so does a genitive s ("Herrn [Person A]s Akte").
"""

from __future__ import annotations

import functools
import re

from desktop.core.privacy.lexicon import Lexicon, fold, lexicon
from desktop.core.privacy.lowercase import lower_case_names


class _Lazy:
    """A regular expression compiled on first use: importing this module stays cheap."""

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern

    def __getattr__(self, name: str):
        # Called only for attributes not yet set: compile, then keep the bound method so
        # later calls cost no more than on a compiled pattern.
        value = getattr(re.compile(self._pattern), name)
        setattr(self, name, value)
        return value


# Token classes. AMBIG: a listed name that is also a German word; AMBF: the same for a first
# name ("Christin", "Rosa"). NOUN: not in the data but built like a German noun (a compound or
# a noun ending). UNKNOWN: neither a German word nor a listed name.
STOP, TITLE, ROLE, FIRST, SUR, BOTH, AMBIG, SHAPE, UNKNOWN, NOUN, AMBF = range(11)
_STRONG = frozenset({FIRST, SUR, BOTH, SHAPE})
_AMBIG = frozenset({AMBIG, AMBF})
_NAMEISH = frozenset({FIRST, SUR, BOTH, SHAPE, AMBIG, AMBF})
_CANDIDATE = frozenset({FIRST, SUR, BOTH, SHAPE, AMBIG, AMBF, UNKNOWN})

TITLES = frozenset({"Herr", "Herrn", "Frau", "Hr", "Fr", "Dr", "Prof", "Mr", "Mrs", "Ms",
                    "HERR", "HERRN", "FRAU"})
_ABBREVIATED = frozenset({"Hr", "Fr", "Dr", "Prof", "Mr", "Mrs", "Ms"})
ROLES = frozenset("""
Kunde Kundin Klient Klientin Mandant Mandantin Antragsteller Antragstellerin Betroffene
Ehemann Ehefrau Ehegatte Ehegattin Ehepartner Ehepartnerin Mann Partner Partnerin
Lebensgefährte Lebensgefährtin Verlobte Verlobter Tochter Sohn Kind Baby Säugling Mutter Vater
Bruder Schwester Onkel Tante Cousin Cousine Neffe Nichte Enkel Enkelin Großmutter Großvater Oma
Opa Schwager Schwägerin Schwiegermutter Schwiegervater Stiefvater Stiefmutter Familie Ehepaar
Eheleute Geschwister Kollege Kollegin Dolmetscher Dolmetscherin Sprachmittler Sprachmittlerin
Betreuer Betreuerin Anwalt Anwältin Rechtsanwalt Rechtsanwältin Arbeitgeber Arbeitgeberin
Vermieter Vermieterin Teamleiter Teamleiterin Sachbearbeiter Sachbearbeiterin Begleiter
Begleiterin Nachbar Nachbarin Freund Freundin Vormund Chef Chefin Arzt Ärztin Lehrer Lehrerin
Berater Beraterin Sozialarbeiter Sozialarbeiterin Ehrenamtliche Ehrenamtlicher Helfer Helferin
Praktikantin Praktikant Abteilungsleiterin Abteilungsleiter Mandantin Kontoinhaber
Kontoinhaberin Ehemannes Ehemanns Vaters Sohnes Bruders Antragstellers Heimleiter Heimleiterin
Hausmeister Hausmeisterin Kunden Klienten RA RAin Ktn Kd Kdn Kt Dolm Vorspr Betr Bevollmächtigte
Bevollmächtigter Bevollmächtigten Vormundin Ansprechpartner Ansprechpartnerin
""".split())
# Abbreviations before a name that end in a full stop ("Ktn. Yilmaz", "Vorspr. Heuer, Wilfried").
_ABBREVIATED_ROLES = frozenset({"Ktn", "Kd", "Kdn", "Kt", "Dolm", "Vorspr", "Betr", "RAin", "RA"})
# Roles after which a German word is a surname as after "Herr" ("Familie Heuer", "RA Senf").
_TITLE_LIKE_ROLES = _ABBREVIATED_ROLES | {"Familie", "Eheleute", "Ehepaar"}

_PARTICLE_GAP = _Lazy(
    r" (?:(?:van der|van den|von der|de la|de los|dos|da|de|di|du|del|della|bin|ibn|bint|al|el"
    r"|abu|ter|ten|von|van|le|la) )")
_LOWER_PREFIX_RX = (r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|es|abd|abu|bin|ibn|de|di|"
                    r"da|du|d|o|mc|mac)['’-]")
_LOWER_PREFIX = _Lazy(_LOWER_PREFIX_RX)
_DETERMINER_BEFORE = _Lazy(
    r"(?:^|[^\w])(?i:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|keine|keiner|jede"
    r"|jeder|jeden|diese|dieser|diesen|meine|meiner|meinem|seine|seiner|seinem|ihre|ihrer|ihrem"
    r"|unsere|unserer|deren|dessen|junge|jungen|ältere|älteren|alte|alten|andere|anderen"
    r"|fremde|fremden|nette|netten)\s+$")
_NOUN_SUFFIXES = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "sion", "sionen", "tät", "täten", "nis", "nisse", "ismus", "ment", "mente", "chen", "lein",
    "tum", "tümer", "ling", "linge", "erei", "ereien", "ierung", "ungs", "straße", "strasse",
    "allee", "gasse", "platz", "weg", "ring",
)
_NAME_HEADS = frozenset({"mann", "haus", "land", "heim", "hof", "berg", "feld", "stein", "burg",
                         "dorf", "wald", "bach", "born", "brand", "horn", "hardt"})
_FOREIGN_PARTICLES = frozenset({"dos", "da", "de la", "de los", "bin", "ibn", "bint", "abu", "al",
                                "el", "della", "di", "van der", "van den", "del"})
# A particle before a name at the start of a sentence or after a colon: "bin Youssef rief an".
_LEADING_PARTICLE = _Lazy(r"(?:^|[.:;!?(\n]\s*)(bin|ibn|bint|abu|al|el|dos|da|de|di|del|van der|van den"
                          r"|van|von der|von|de la) $")
_GENITIVE_KEEP = ("ss", "us", "is", "os", "as", "ys", "es", "x", "z", "ß")


@functools.cache
def _token_rx() -> re.Pattern[str]:
    upper = "A-ZÄÖÜ" + "".join(
        chr(c) for c in range(0xC0, 0x250) if chr(c).isupper()) + "".join(
        chr(c) for c in range(0x1E00, 0x1F00) if chr(c).isupper())
    letter = r"[^\W\d_]"
    # The look-behind after the first character keeps the engine's fast scan for a start.
    return re.compile(rf"[{upper}](?<![\w].){letter}*(?:['’-]{letter}+)*")


_PREFIX_BEFORE = _Lazy(rf"(?<![\w'’-]){_LOWER_PREFIX_RX}$")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words, with a lower-case name particle in front ("al-Hassan")."""
    toks = [(m.start(), m.end(), m[0]) for m in _token_rx().finditer(text)]
    if "-" not in text and "'" not in text and "’" not in text:
        return toks
    out = []
    for start, end, word in toks:
        if start and text[start - 1] in "-'’":
            prefix = _PREFIX_BEFORE.search(text, max(0, start - 5), start)
            if prefix is None:
                continue  # part of a word that starts in lower case ("x-Achse")
            start, word = prefix.start(), text[prefix.start():end]
        out.append((start, end, word))
    return out


@functools.cache
def _stop_heads() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w for w in lex.stopwords if len(w) >= 4 and w not in _NAME_HEADS
                     and lex.is_noun(w) and w not in _FUNCTION_NOUNS
                     and not lex.is_name(fold(w)))


# Function words that the dictionary also lists as nouns ("das Nein", "das Aber"): never the
# last part of a compound ("Hassa|nein" is a name).
_FUNCTION_NOUNS = frozenset({"nein", "aber", "wenn", "doch", "auch", "eben", "nichts"})


class _Classifier:
    """Token → (class, letters of a genitive ending); cached per word."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.cache: dict[str, tuple[int, int]] = {}

    def __call__(self, word: str) -> tuple[int, int]:
        hit = self.cache.get(word)
        if hit is None:
            if len(self.cache) > 200_000:
                self.cache.clear()
            hit = self.cache[word] = self._classify(word)
        return hit

    def _classify(self, word: str) -> tuple[int, int]:
        if word in TITLES:
            return TITLE, 0
        if word in ROLES:
            return ROLE, 0
        prefix = _LOWER_PREFIX.match(word)
        if prefix:  # "al-Hassan", "d'Souza": the lower-case particle belongs to the name
            cls, strip = self._base(word[prefix.end():])
            return (cls if cls in _NAMEISH else UNKNOWN if cls != STOP else STOP), strip
        return self._base(word)

    def _base(self, word: str) -> tuple[int, int]:
        cls = self._word(word)
        if (cls in (UNKNOWN, NOUN, SHAPE) or (cls == STOP and word.lower() not in self.lex.words)) \
                and len(word) > 3:
            for ending in ("’s", "'s", "s"):
                if word.endswith(ending):
                    stem_cls = self._word(word[: -len(ending)])
                    # A German word read as a genitive only of a surname ("Schneiders Akte"),
                    # not of a first name ("Reis" is no genitive of "Rei").
                    if stem_cls in _NAMEISH and (cls != STOP or stem_cls in (SUR, BOTH, AMBIG)):
                        return stem_cls, len(ending)
        return cls, 0

    def _word(self, word: str) -> int:
        lex = self.lex
        if "-" in word:
            return self._compound(word)
        folded = fold(word)
        lw = word.lower()
        if word.isupper() and len(word) > 1:  # "HADDAD" is a name, "BAMF" is not
            if lex.is_name(folded):
                return self._known(folded, lw)
            # Unknown capitals: a name only with context ("Herr TESFAMARIAM"); short ones and
            # German words are abbreviations or shouting ("ABH", "AUFENTHG", "ACHTUNG").
            return STOP if len(word) <= 3 or lex.is_word(lw) else UNKNOWN
        if lex.is_name(folded):
            return self._known(folded, lw)
        if lex.is_word(lw):
            return STOP
        if lex.has_name_shape(folded):
            return SHAPE
        if _looks_like_noun(lw) or lex.is_compound(lw):
            return NOUN
        return UNKNOWN

    def _known(self, folded: str, lw: str) -> int:
        """A listed name: ambiguous when it is also a common German word ("Rosa", "Zimmer",
        "Christin": Zipf frequency ≥ 3, data/common_names) or very short; then it counts only
        with context. A name that is a rare word ("Florin", "Mahdi") counts as a name."""
        lex = self.lex
        first, sur = folded in lex.first_names, folded in lex.surnames
        if len(lw) <= 2 or folded in lex.ambiguous or (
                lex.is_word(lw) and folded in lex.common_names):
            return AMBF if first else AMBIG
        return BOTH if first and sur else FIRST if first else SUR

    def _compound(self, word: str) -> int:
        parts = [p for p in word.split("-") if p]
        if not parts:
            return STOP
        classes = [self._word(p) if p[:1].isupper() or len(parts) == 1 else
                   (AMBIG if p.lower() in {"al", "el", "abu", "bin", "ibn"} else STOP)
                   for p in parts]
        if any(c in (STOP, NOUN, TITLE, ROLE) for c in classes):
            return STOP
        if any(c in _STRONG for c in classes):
            return SUR
        if all(c in _AMBIG for c in classes):
            return AMBIG
        return UNKNOWN


def _looks_like_noun(lw: str) -> bool:
    if lw.endswith(_NOUN_SUFFIXES) and len(lw) >= 6:
        return True
    heads = _stop_heads()
    for i in range(3, len(lw) - 3):
        if lw[i:] in heads:
            return True
    return False


@functools.cache
def _classifier() -> _Classifier:
    return _Classifier(lexicon())


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of person names in `text` (without forms of address and genitive s)."""
    classify = _classifier()
    toks = _tokens(text)
    n = len(toks)
    if not n:
        return lower_case_names(text, [])
    cache = classify.cache
    info = [cache.get(w) or classify(w) for _, _, w in toks]
    cls = [c for c, _ in info]
    strip = [s for _, s in info]
    is_name = [False] * n
    starts: dict[int, int] = {}
    weak: set[int] = set()  # found only next to a known name: not spread to other places

    def joined(a: int, b: int) -> bool:
        gap = text[toks[a][1]:toks[b][0]]
        if gap == " " or gap == "\u00a0":
            return True
        if toks[a][2] in _ABBREVIATED and gap in (". ", "."):
            return True
        if cls[a] == ROLE and b == a + 1 and gap in (": ", ".: ", ". ") and (
                gap == ": " or toks[a][2] in _ABBREVIATED_ROLES):
            return True  # "Kontoinhaber: Yuqing Yang", "Betr.: …", "Ktn. Benali"
        if cls[a] == ROLE and b == a + 1 and gap[:1] in ".:" and \
                gap[1:].strip() in _FOREIGN_PARTICLES and gap.endswith(" "):
            return True  # "Vorspr. dos Reis, Aminata"
        if not _PARTICLE_GAP.fullmatch(gap):
            return False
        # "Maria da Silva", "Herr de Souza", "Aminata dos Reis"; never "Frau Müller von der
        # Caritas"
        return (cls[b] in _STRONG and cls[a] in _CANDIDATE) or (
            cls[a] in (TITLE, ROLE) and (cls[b] in _CANDIDATE or cls[b] in (STOP, NOUN))) or (
            cls[a] in _CANDIDATE and cls[b] in (STOP, NOUN, UNKNOWN)
            and gap.strip() in _FOREIGN_PARTICLES)

    i = 0
    while i < n:
        c = cls[i]
        if c in (TITLE, ROLE):
            j = i
            while j + 1 < n and cls[j + 1] == TITLE and joined(j, j + 1):
                j += 1
            k = j + 1
            if k < n and joined(j, k) and (cls[k] in _CANDIDATE or (
                    cls[k] in (STOP, NOUN) and _surname_word(toks[k][2]) and (
                        cls[j] == TITLE or toks[j][2] in _TITLE_LIKE_ROLES)) or (
                    c == ROLE and (
                        (cls[k] == NOUN and text[toks[j][1]:toks[k][0]] == " ") or (
                            cls[k] == STOP and _written_in_lower_case(toks[k][2]))))):
                # "die Frau Angst …": after an article "Frau" is a noun, not a title.
                loose = toks[i][2] in ("Frau", "Herr") and _DETERMINER_BEFORE.search(
                    text, max(0, toks[i][0] - 12), toks[i][0]) is not None
                i = _anchored(text, k, cls, toks, is_name, strip, joined, loose)
                gap = text[toks[j][1]:toks[k][0]]
                if is_name[k] and _PARTICLE_GAP.fullmatch(gap):
                    starts[k] = toks[j][1] + 1  # "Herr [de Souza]": the particle is the name's
                elif is_name[k] and gap[1:].strip() in _FOREIGN_PARTICLES:
                    starts[k] = toks[j][1] + 2  # "Vorspr. [dos Reis]"
                continue
            if c == ROLE and _apposition(text, toks, cls, j):
                # "Die Arbeitgeberin, Gesine Quandt, rief an": a name set off by commas
                i = _anchored(text, j + 1, cls, toks, is_name, strip, joined, False)
                continue
            i = j + 1
            continue
        if c in _CANDIDATE:
            j = i
            while j + 1 < n and cls[j + 1] in _CANDIDATE and joined(j, j + 1):
                j += 1
            _unanchored(text, i, j, cls, is_name, toks, weak)
            i = j + 1
            continue
        i += 1

    _lone_unknown_words(text, toks, cls, is_name, strip, joined)
    present = set(cls)
    _subject_at_sentence_start(text, toks, cls, is_name)
    if "geb" in text:
        _before_birth_cue(text, toks, cls, is_name)
    if AMBF in present:
        _first_name_as_subject(text, toks, cls, is_name)
    if present & {FIRST, BOTH, AMBF}:
        _surname_after_first_name(text, toks, cls, is_name, weak)
    if AMBF in present:
        _first_name_before_surname(text, toks, cls, is_name)
    if "@" in text:
        _names_in_mail_addresses(text, toks, cls, is_name)
    if present & _AMBIG:
        _short_surname_after_name(text, toks, cls, is_name)
    _propagate(text, toks, cls, strip, is_name, weak)
    spans = _spans(text, toks, cls, strip, is_name, joined, starts)
    return lower_case_names(text, spans)


_NOT_AFTER_TITLE = frozenset("""
ich du er sie es wir ihr man und oder aber sowie doch denn dass ob wenn als wie bitte danke
doktor professor kollege kollegin ober pfarrer pfarrerin bürgermeister bürgermeisterin
präsident präsidentin minister ministerin direktor direktorin rat rätin anwalt anwältin
""".split())


def _surname_word(word: str) -> bool:
    """After "Herr", "Frau", "Dr." a German word is a surname ("Frau Zimmer", "Herr Knappe"),
    unless it is a function word or a title ("Frau Doktor", "Herr Kollege")."""
    lw = word.lower()
    return lw not in _NOT_AFTER_TITLE and lw not in _NO_NAME_BEFORE and word not in ROLES


def _apposition(text, toks, cls, j) -> bool:
    """Role at j, then ", " and up to three name-like words closed by a comma."""
    k = j + 1
    if k >= len(toks) or text[toks[j][1]:toks[k][0]] != ", " or cls[k] not in _CANDIDATE:
        return False
    last = k
    while last + 1 < len(toks) and last - k < 2 and cls[last + 1] in _CANDIDATE and \
            text[toks[last][1]:toks[last + 1][0]] == " ":
        last += 1
    return text[toks[last][1]:toks[last][1] + 1] == ","


def _anchored(text, k, cls, toks, is_name, strip, joined, loose: bool) -> int:
    """Mark the name after a title or role starting at token k; return the next index."""
    n = len(cls)
    first = cls[k]
    if first in (UNKNOWN, STOP, NOUN) and loose:
        return k + 1
    is_name[k] = True
    if first == UNKNOWN and strip[k] == 0:
        _guess_genitive(k, toks, strip, joined, n)
    prev = first
    j = k + 1
    while j < n and j - k < 5 and joined(j - 1, j) and strip[j - 1] == 0:
        c = cls[j]
        particle = text[toks[j - 1][1]:toks[j][0]].strip() in _FOREIGN_PARTICLES
        if c in _NAMEISH or (c == UNKNOWN and prev not in _AMBIG and j - k == 1) or (
                particle and c in (STOP, NOUN, UNKNOWN)) or (  # "Aminata dos Reis"
                c == STOP and j - k == 1 and _written_in_lower_case(toks[j][2])):
            is_name[j] = True
            if c == UNKNOWN and strip[j] == 0:
                _guess_genitive(j, toks, strip, joined, n)
            prev = c
            j += 1
            continue
        break
    return _reversed_first_name(text, toks, cls, is_name, j)


def _reversed_first_name(text, toks, cls, is_name, j) -> int:
    """"Vorspr. Heuer, Wilfried, geb. …": after an anchored surname, ", " and a first name or
    an unknown word closed by a comma, a bracket, "geb." or the end of the sentence."""
    n = len(toks)
    if j >= n or not is_name[j - 1] or text[toks[j - 1][1]:toks[j][0]] != ", ":
        return j
    if cls[j] not in (FIRST, BOTH, AMBF, UNKNOWN, SHAPE):
        return j
    end = toks[j][1]
    after = text[end:end + 5]
    if after[:1] in (",", ";", "(", ")", "") or after.startswith((" geb", " (", ".")):
        is_name[j] = True
        return j + 1
    return j


def _guess_genitive(j, toks, strip, joined, n) -> None:
    """An unknown name ending in s before a noun is a genitive: "Frau Tesfamariams Sohn"."""
    word = toks[j][2]
    if (word.endswith("s") and not word.endswith(_GENITIVE_KEEP) and len(word) > 4
            and j + 1 < n and joined(j, j + 1)):
        strip[j] = 1


_NON_GERMAN_LETTER = _Lazy(r"[^A-Za-zÄÖÜäöüß'’-]")


def _unanchored(text: str, a: int, b: int, cls: list[int], is_name: list[bool],
                toks: list[tuple[int, int, str]], weak: set[int]) -> None:
    """Decide a run of adjacent capitalised words without a title or role before it."""
    # "Cihan Bozdağ": two or more unknown words in a row, with letters German does not use.
    # Decided per run of unknown words, whatever stands around it, so that replacing a
    # neighbour later cannot change the decision (anonymising twice gives the same text).
    t = a
    while t <= b:
        u = t
        while u <= b and cls[u] in (UNKNOWN, AMBIG, AMBF):
            u += 1
        if u - t >= 2 and any(_NON_GERMAN_LETTER.search(toks[v][2]) for v in range(t, u)):
            for v in range(t, u):
                is_name[v] = True
        t = u + 1
    lex = lexicon()
    for t in range(a, b + 1):
        if cls[t] in _STRONG:
            # A name that is also a rare German word ("Florin", "Amsel") is a name unless an
            # article makes it a noun ("der Florin").
            if t == a and lex.is_word(toks[t][2].lower()):
                before = _WORD_BEFORE.search(text, max(0, toks[t][0] - 16), toks[t][0])
                if before is not None and before[1] in _NO_NAME_BEFORE:
                    continue
            is_name[t] = True
    for t in range(a, b + 1):
        c = cls[t]
        left = cls[t - 1] if t > a else None
        right = cls[t + 1] if t < b else None
        if c in _AMBIG and (left in _STRONG or right in _STRONG):
            is_name[t] = True
        elif c == UNKNOWN and (left in _STRONG or right in (SUR, BOTH, SHAPE) or (
                left in _NAMEISH and right in _NAMEISH)):
            is_name[t] = True  # "Amina Tesfamariam", "Yonas Tesfaye", "Luong Huu Duc"
            weak.add(t)


_NO_NAME_BEFORE = frozenset("""
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner mein
meine meinen meinem meiner dein deine sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer
unser unsere unseren unserem unserer euer eure dies diese dieser diesen diesem dieses jede jeder
jeden jedem jedes alle allen aller viele vielen wenige einige mehrere beide beiden welche welcher
solche vom beim zum zur im ins am ans per pro je etwas viel mehr wenig weniger sehr ganz neue
neuen alte alten
""".split())
_WORD_BEFORE = _Lazy(r"(?:^|[^\w])([a-zäöüß]+)[ \u00a0]$")
_INNER_CAPITAL = _Lazy(r".[^\W\d_]*[A-ZÄÖÜ]")


_PREPOSITIONS = frozenset("""
mit ohne für aus von nach bei zu in an auf über unter um gegen durch seit vor hinter neben
zwischen wegen trotz bis als wie
""".split())


def _lone_unknown_words(text, toks, cls, is_name, strip, joined) -> None:
    """A capitalised word that is no German word by the data (neither a noun, nor a frequent
    word, nor a compound of German words) and stands where a noun would need an article is a
    name: "…, dass Hasret seit Wochen …", "Ich habe Janko gebeten …", "für Otieno"."""
    lex = lexicon()
    marked = {toks[t][2] for t in range(len(toks)) if is_name[t]}
    for t, (start, end, word) in enumerate(toks):
        if is_name[t] or len(word) < 3 or word.isupper():
            continue
        if cls[t] == STOP and not _capitalised_non_noun(text, start, word, lex):
            continue
        if cls[t] not in (UNKNOWN, STOP):
            continue
        if _INNER_CAPITAL.match(word) or (end < len(text) and text[end] in "-/"):
            continue  # "AufenthG", "Online-": abbreviations and parts of compounds
        if end < len(text) and text[end] == "." and lex.is_prefix(word.lower()):
            continue  # "wg. Verl. AE": an abbreviated German word
        before = _WORD_BEFORE.search(text, max(0, start - 16), start)
        if before is not None and before[1] in _NO_NAME_BEFORE:
            continue
        is_name[t] = True
        if word.endswith("s") and word[:-1] in marked:
            strip[t] = 1  # "Wanjiru Kamaus Schwester" after "Frau Wanjiru Kamau"
        elif strip[t] == 0:
            _guess_genitive(t, toks, strip, joined, len(toks))


def _capitalised_non_noun(text: str, start: int, word: str, lex: Lexicon) -> bool:
    """A word that German writes in lower case (a verb, adjective or adverb by the data, not a
    noun, not a listed meaning word or place), capitalised inside a sentence: "für Thiago"."""
    if not _written_in_lower_case(word):
        return False
    if start and text[start - 1] in "„“\"'‚‘(«»":
        return False  # a quoted title or subject: „Dringend“
    after = _NEXT_WORD.match(text, start + len(word))
    if after is not None and lex.is_noun(after[1].lower()):
        return False  # an adjective in a fixed term: "in Einfacher Sprache", "Blaue Karte"
    return not _sentence_start(text, start)


@functools.lru_cache(maxsize=50_000)
def _written_in_lower_case(word: str) -> bool:
    """A verb, adjective or adverb by the data: not a noun, nor a listed meaning word, nor a
    nominalisation ("Zusammenfassen", "Gutes") or a noun the dictionary lacks ("Abholung")."""
    lex = lexicon()
    lw = word.lower()
    if lw not in lex.words or lex.is_noun(lw) or lex.is_stopword(word) or lw in _NOT_AFTER_TITLE:
        return False
    return not (lw.endswith(("en", "eln", "ern", "es")) or _looks_like_noun(lw)
                or lex.is_compound(lw))


_NEXT_WORD = _Lazy(r" ([A-ZÄÖÜ][a-zäöüß]+)")


_MAIL_LOCAL = _Lazy(r"([\w.-]+)@")


def _names_in_mail_addresses(text, toks, cls, is_name) -> None:
    """A word that is also a part of an e-mail address in the same text is a name, even if it
    is a German word too: "Rückfragen an Roman (roman_moroz@…)"."""
    parts = {p for m in _MAIL_LOCAL.finditer(text) for p in re.split(r"[._-]", m[1].lower())
             if len(p) >= 3 and p.isalpha()}
    for t, (_, _, word) in enumerate(toks):
        if not is_name[t] and cls[t] in (AMBIG, AMBF, STOP, UNKNOWN) and word.lower() in parts:
            is_name[t] = True


_VERB_AFTER = _Lazy(r" ([a-zäöüß]+)\b")


# Verbs whose subject is a person, as they follow a name at the start of a sentence in notes
# ("Hinrichs rief erneut an", "Kessel erschien ohne Termin"). A German noun without article
# does not do these things; the data cannot tell a verb's subject, so the project lists them.
_PERSON_VERBS = frozenset("""
rief ruft kam kommt erschien erscheint sagte sagt meinte meint erklärte erklärt fragte fragt
bat bittet weinte weint schrie schreit wartete wartet erzählte erzählt brachte bringt legte
legt ging geht schilderte schildert berichtete berichtet beantragte beantragt wollte will
möchte lachte lacht schwieg schweigt zeigte zeigt reichte reicht unterschrieb unterschreibt
telefonierte schrieb schreibt hinterließ beschwerte beschwert bestätigte bestätigt
""".split())


_BIRTH_AFTER = _Lazy(r",? \(?geb(?:\.|oren)")


def _before_birth_cue(text, toks, cls, is_name) -> None:
    """Up to three capitalised words right before "(geb." or ", geb." are a name:
    "Thiago Morales (geb. 11.12.1980)"; not titles, roles or listed meaning words."""
    lex = lexicon()
    for t, (_, end, _) in enumerate(toks):
        if _BIRTH_AFTER.match(text, end) is None:
            continue
        u = t
        while u >= 0 and t - u < 3 and cls[u] not in (TITLE, ROLE) and not (
                lex.is_stopword(toks[u][2]) or toks[u][2].lower() in lex.common_words):
            is_name[u] = True
            if u == 0 or text[toks[u - 1][1]:toks[u][0]] != " ":
                break
            u -= 1


def _short_surname_after_name(text, toks, cls, is_name) -> None:
    """A listed surname of two or three letters ("Li", "Le", "Do") right after a name found:
    "Haoran Li", "Mai Le"."""
    for t in range(1, len(toks)):
        if is_name[t] or cls[t] not in _AMBIG or len(toks[t][2]) > 3 or not is_name[t - 1]:
            continue
        if text[toks[t - 1][1]:toks[t][0]] == " " and not lexicon().is_stopword(toks[t][2]):
            is_name[t] = True


def _subject_at_sentence_start(text, toks, cls, is_name) -> None:
    """A capitalised word at the start of a sentence, directly followed by a verb whose subject
    is a person ("Kessel erschien ohne Termin"), is a name unless it is a function word, a
    listed meaning word or common enough to be an ordinary subject."""
    lex = lexicon()
    for t, (start, end, word) in enumerate(toks):
        if is_name[t] or cls[t] in (TITLE, ROLE) or len(word) < 2:
            continue
        verb = _VERB_AFTER.match(text, end)
        if verb is None or verb[1] not in _PERSON_VERBS or not _sentence_start(text, start):
            continue
        lw = word.lower()
        if lw in lex.common_words or lex.is_stopword(word) or lw in _NOT_AFTER_TITLE:
            continue
        is_name[t] = True


def _first_name_as_subject(text, toks, cls, is_name) -> None:
    """A first name that is also a noun ("Aden", "Roman", "Yen"), at the start of a sentence
    and followed by a verb, is the subject: "Aden rief erneut an", "Yen weinte". An adverb
    that is also a name ("Nur") is not taken: "Nur kam niemand" is ordinary German."""
    lex = lexicon()
    for t, (start, end, word) in enumerate(toks):
        if cls[t] != AMBF or is_name[t] or not _sentence_start(text, start):
            continue
        lw = word.lower()
        if len(lw) < 3 or lw in lex.common_words or lex.is_stopword(word) or not lex.is_noun(lw):
            continue
        verb = _VERB_AFTER.match(text, end)
        if verb is not None and verb[1] in lex.words and not lex.is_noun(verb[1]):
            is_name[t] = True


def _first_name_before_surname(text, toks, cls, is_name) -> None:
    """A first name that is also a word ("Christin", "Rosa") right before a surname found as a
    name is part of that name: "Christin Hermighausen"; not after an article."""
    for t in range(len(toks) - 1):
        if cls[t] != AMBF or is_name[t] or not is_name[t + 1] or cls[t + 1] in (FIRST, AMBF):
            continue
        if text[toks[t][1]:toks[t + 1][0]] != " ":
            continue
        before = _WORD_BEFORE.search(text, max(0, toks[t][0] - 16), toks[t][0])
        if before is None or before[1] not in _NO_NAME_BEFORE:
            is_name[t] = True


def _surname_after_first_name(text, toks, cls, is_name, weak) -> None:
    """A German noun right after a first name found as a name is a surname ("Gesa Sperling",
    "Arne Senf") unless the project lists it as a meaning word ("Omar Fußball")."""
    lex = lexicon()
    for t in range(len(toks) - 1):
        if not is_name[t] or cls[t] not in (FIRST, BOTH, AMBF) or is_name[t + 1]:
            continue
        nxt = t + 1
        word = toks[nxt][2]
        if cls[nxt] not in (STOP, NOUN, AMBIG) or text[toks[t][1]:toks[nxt][0]] != " ":
            continue
        if word.isupper() or lex.is_stopword(word) or not _surname_word(word):
            continue
        if cls[nxt] == STOP and word.lower() in lex.common_words:
            continue  # a common verb, adjective or adverb at the start of the next clause
        if lex.is_stopword(_head(word.lower())):
            continue
        is_name[nxt] = True
        weak.add(nxt)


def _head(lw: str) -> str:
    """The longest last part of a compound that the project lists as a meaning word
    ("basket|ball"); the usual last parts of surnames ("-mann", "-berg") do not count."""
    lex = lexicon()
    for i in range(3, len(lw) - 3):
        part = lw[i:]
        if part not in _NAME_HEADS and lex.is_noun(part) and lex.is_stopword(part):
            return part
    return lw


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \t\"'„“(")
    return not before or before[-1] in ".!?:\n"


def _propagate(text, toks, cls, strip, is_name, weak) -> None:
    """A word found as a name once is a name everywhere in the same text."""
    lex = lexicon()
    found = {toks[t][2][: len(toks[t][2]) - strip[t]] for t in range(len(toks))
             if is_name[t] and t not in weak}
    found = {w for w in found if len(w) > 2 and w.lower() not in lex.stopwords
             and w.lower() not in lex.common_words}
    if not found:
        return
    for t, (start, _, word) in enumerate(toks):
        if is_name[t] or cls[t] in (TITLE, ROLE) or (
                word not in found and not (word.endswith("s") and word[:-1] in found)):
            continue
        if cls[t] in (STOP, NOUN):
            # "Frau Knappe … Knappe sagte": a German word found as a name after a form of
            # address is that name again, unless an article or preposition makes it a noun.
            before = _WORD_BEFORE.search(text, max(0, start - 16), start)
            if word not in found or (before is not None and (
                    before[1] in _NO_NAME_BEFORE or before[1] in _PREPOSITIONS)):
                continue
        if cls[t] in _AMBIG and _sentence_start(text, start):
            continue  # "Herr Kurz … Kurz danach ging sie."
        if word in found:
            is_name[t] = True
        elif word.endswith("s") and word[:-1] in found:
            is_name[t], strip[t] = True, 1


def _spans(text, toks, cls, strip, is_name, joined, starts) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    t, n = 0, len(toks)
    while t < n:
        if not is_name[t]:
            t += 1
            continue
        u = t
        while u + 1 < n and is_name[u + 1] and strip[u] == 0 and joined(u, u + 1):
            if strip[u + 1] and cls[u + 1] == FIRST and cls[u] in (FIRST, BOTH, AMBF):
                strip[u + 1] = 0  # "Jannik Hinrichs reicht …": a surname, not a genitive
            u += 1
        if strip[u] and cls[u] in (FIRST, BOTH, SUR, AMBIG, AMBF, SHAPE) and not (
                u + 1 < n and text[toks[u][1]:toks[u + 1][0]] == " "):
            strip[u] = 0  # "Hinrichs rief an": a genitive s stands before a noun
        start = starts.get(t, toks[t][0])
        if start == toks[t][0] and start:
            lead = _LEADING_PARTICLE.search(text, max(0, start - 12), start)
            if lead is not None:
                start = lead.start(1)
        spans.append((start, toks[u][1] - strip[u]))
        t = u + 1
    return spans
