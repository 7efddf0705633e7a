"""Subjects of a person's verb: a capitalised word at the start of a sentence, or after a
role, followed by a verb whose subject is a person ("Kessel erschien ohne Termin", "Kunde
Brot rief an"), is a name — a German noun would need an article there. The verbs are listed
by the project: the data cannot tell a verb's subject."""

from __future__ import annotations

import functools
import re

from desktop.core.privacy.context import meaning_word, tokens_ending_at
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.trie import trie
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    BOTH,
    FIRST,
    INSTITUTION_ENDINGS,
    NO_NAME_BEFORE,
    NOT_AFTER_TITLE,
    NOUN,
    PARTICLES_BEFORE,
    PREPOSITIONS,
    ROLE,
    ROLES,
    STOP,
    TITLE,
    Lazy,
    classifier,
    sentence_start,
)

_VERB_AFTER = Lazy(r" ([a-zäöüß]+)\b")


# Verbs whose subject is a person, as they follow a name at the start of a sentence in notes
# ("Hinrichs rief erneut an", "Kessel erschien ohne Termin"). A German noun without article
# does not do these things; the data cannot tell a verb's subject, so the project lists them.
_PERSON_VERBS = frozenset("""
rief ruft kam kommt erschien erscheint sagte sagt meinte meint erklärte erklärt fragte fragt
bat bittet weinte weint schrie schreit wartete wartet erzählte erzählt brachte bringt legte
legt ging geht schilderte schildert berichtete berichtet beantragte beantragt wollte will
möchte lachte lacht schwieg schweigt zeigte zeigt reichte reicht unterschrieb unterschreibt
telefonierte schrieb schreibt hinterließ beschwerte beschwert bestätigte bestätigt
meldet meldete erschien übernimmt übernahm teilte teilt informierte informiert vertritt vertrat
antwortete antwortet schickte schickt übergab übergibt begleitete begleitet übersetzte
übersetzt dolmetschte dolmetscht sprach spricht vereinbarte entschuldigte kümmert kümmerte
bearbeitet bearbeitete holte holt reagierte reagiert wohnt wohnte arbeitet arbeitete lebt lebte
erläutert erläuterte regt regte prüft prüfte klärt klärte schlägt schlug empfiehlt empfahl
betont betonte verweist verwies erinnert erinnerte nahm nimmt kamen kommen erschienen prüfen
klären übernehmen sagten fragten baten riefen warteten stellt stellte entscheidet entschied
dankt dankte trägt trug weist wies bedankt bedankte wollen sieht sah verabschiedete
verabschiedet schreibt meint wirkt wirkte
""".split())
# The verbs' plural and infinitive forms: they need two subjects ("Fuchs und Wolf prüfen").
_PLURALS = frozenset("""kamen kommen erschienen prüfen klären übernehmen sagten fragten baten
riefen warteten wollen haben sind waren hatten""".split())
# The same after an auxiliary: "Koch hat heute angerufen", "Vogt ist krank", "Lange war im
# Urlaub", "Mai ist in Elternzeit" — a participle or state only a person has, up to four words after "hat",
# "hatte", "ist", "war". "Winter hat begonnen" and "Lange hat es gedauert" stay.
_PERSON_PARTICIPLES = frozenset("""
angerufen zurückgerufen mitgeteilt unterschrieben vorgesprochen erklärt gesagt gefragt gebeten
beantragt vorgelegt nachgereicht eingereicht bestätigt geschrieben telefoniert zugesagt
abgesagt gemeldet übernommen informiert geantwortet geschickt abgeholt begleitet übersetzt
gedolmetscht zugestimmt widersprochen angekündigt vereinbart berichtet geschildert erzählt
gewartet erschienen umgezogen eingereist ausgereist verzogen krank erkrankt entschuldigt
zuständig erreichbar verheiratet geschieden schwanger anwesend abwesend geholt gebracht
erläutert angeregt geprüft vorgeschlagen empfohlen geklärt angesehen zurückgegeben abgegeben
übergeben vertreten eingeholt gegangen erleichtert verärgert zufrieden unzufrieden
einverstanden
""".split())


# A pronoun right after the verb is its subject, and the word before it is not that:
# "Fachlich spricht man …", "Nur kam niemand", "Morgens hat er angerufen", "Da hat uns keiner
# gesagt". (An article may open the object: "Herzog erläutert die Voraussetzungen"; "Wo lebt
# die Kandidatin?" is left by its question word.)
_SUBJECTS = frozenset({"man", "er", "sie", "es", "wir", "ich", "du", "ihr", "Sie", "keiner",
                       "niemand", "jemand", "einer", "nichts", "alle"})
_STATES = frozenset({"Urlaub", "Homeoffice", "Elternzeit", "Rente", "Reha"})
_AGES = frozenset("""eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn
vierzehn fünfzehn sechzehn siebzehn achtzehn""".split()) | {str(n) for n in range(1, 19)}


@functools.cache
def person_verb_rx() -> re.Pattern[str]:
    # As a trie ("b(?:at|e(?:antragt(?:e)?|…)") the engine compares a letter once per branch
    # point instead of once per verb after every space: 1.9 instead of 4.7 µs a note. Only
    # the start of a match is used, and a trie matches the same words.
    return re.compile(rf" {trie(_PERSON_VERBS)}\b(?! (?:{'|'.join(sorted(_SUBJECTS))})\b)")


_AUXILIARY_WORDS = frozenset({"hat", "hatte", "ist", "war", "haben", "hatten", "sind", "waren"})
_AUXILIARY = Lazy(rf" (?:{'|'.join(sorted(_AUXILIARY_WORDS))}) ")


def person_verb_at(text: str, at: int) -> bool:
    """A person's verb follows at `at` (the space before it), also an auxiliary with its
    participle or state."""
    return person_verb_rx().match(text, at) is not None or (
        _AUXILIARY.match(text, at) is not None and _participle_follows(text, at))


def _participle_follows(text: str, at: int) -> bool:
    """After the auxiliary at `at`: a person's participle or state within ten words of the
    clause ("Lange hat schon die Zustimmung der BA eingeholt", "Roth hat die Vorlage für die
    Entscheidungen § 60d unterschrieben"), and no pronoun before it that would be the subject
    ("Lange hat es gedauert"). After "hat"/"hatte" also a participle of an act only a person
    does, perhaps with a separable prefix ("hat die Vorlage rumgeschickt"); after "ist"/"war"
    a role as the predicate ("Vogel ist unser Kollege")."""
    words = text[at + 1:at + 140].split(" ", 11)[1:11]
    have = text.startswith((" hat", " hatte"), at)
    for i, word in enumerate(words):
        if word in _SUBJECTS:
            return False
        core = word.rstrip(".,;:!?)\n")
        if core in _PERSON_PARTICIPLES or (
                core in _STATES and i and words[i - 1] in ("im", "in")) or (
                i and (core in _AGES and words[i - 1] in ("erst", "schon", "fast", "gerade")
                       or core == "alt" and words[i - 1] in ("Jahre", "Monate"))) or (
                have and (core in _ACTS or (  # a prefix test first: most words have none
                    core.startswith(_PREFIXES) and _act_participle(core)))) or (
                not have and i < 2 and core.capitalize() in ROLES and len(core) > 3
                and (not i or words[0].lower() in _ROLE_DETERMINERS)):
            return True  # also an age: "Aura ist erst vier", "Jan ist 5 Jahre alt"
        if core != word or "\n" in word:
            return False  # the clause ends
    return False


# Acts only a person does, as the participle after "hat"/"hatte" ("Busch hat sie vorbereitet");
# after "ist" most of them describe a thing's state ("Antrag ist vorbereitet"), so they count
# after "hat" and "hatte" only.
_ACTS = frozenset("""vorbereitet weitergeleitet verschickt ausgehändigt umsortiert notiert
vermerkt eingetragen bearbeitet ausgedruckt angelegt ausgefüllt abgeheftet kopiert gescannt
getippt diktiert""".split())
# Separable prefixes before a listed participle: "rumgeschickt", "vorbeigebracht".
_PREFIXES = ("rum", "herum", "weiter", "vorbei", "mit", "zurück", "wieder", "nach", "hin",
             "her", "raus", "rein")
# Before a role as the predicate: "ist unser Kollege", "war ihre Betreuerin".
_ROLE_DETERMINERS = frozenset("""unser unsere mein meine ihr ihre sein seine der die ein
eine""".split())


def person_participle(word: str) -> bool:
    """A participle or state of the lists above ("zurückgerufen", "vorbereitet")."""
    return word in _PERSON_PARTICIPLES or _act_participle(word)


def _act_participle(core: str) -> bool:
    if core in _ACTS:
        return True
    if not core[:1].islower() or len(core) < 9:
        return False
    for prefix in _PREFIXES:
        if core.startswith(prefix) and (core[len(prefix):] in _PERSON_PARTICIPLES
                                        or core[len(prefix):] in _ACTS):
            return True
    return False


# Where the person comes from, between subject and verb: "Linke aus der Leitstelle hat …".
_ORIGIN = Lazy(r" (?:aus de[rmn]|vom|von de[rmn]) [A-ZÄÖÜ][\w-]+")


@functools.cache
def _verb_or_auxiliary_rx() -> re.Pattern[str]:
    """A person's verb or an auxiliary after a space, as one trie: one scan of the note (the
    auxiliary's participle is looked for only after a capitalised word: the rules ask for no
    other). A pronoun after either is its subject."""
    subjects = "|".join(sorted(_SUBJECTS))
    return re.compile(rf" ({trie(_PERSON_VERBS | _AUXILIARY_WORDS)})\b(?! (?:{subjects})\b)")


def _after_capitalised(text: str, at: int) -> bool:
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    return start < at and text[start].isupper()


_VERB_ENDS: list[object] = [None, frozenset(), frozenset(), frozenset()]

# "Zimmer hat die Akte", "Bock hatte sichtlich keinen Bock": a listed name that is a German
# word too, opening a sentence before "hat"/"hatte" and an object — a room or a season does
# not have a file. Not where the noun after the article is the subject ("Angst hat die
# Klientin", "Recht hat die Behörde"), nor before a participle ("Winter hat die Ernte
# verdorben": that is the rule of _PERSON_PARTICIPLES).
_OBJECT_ARTICLES = frozenset("""die den das ein eine einen keine keinen seine seinen ihre ihren
unsere unseren""".split())
_VERB_AT_END = Lazy(r"(?:ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]+iert|[a-zäöüß]+en)[.,;:!?)]*$")


def _holds_object(text: str, at: int) -> bool:
    """After "hat"/"hatte" at `at` (the space before it): perhaps an adverb, an article and a
    noun that is no person or institution, and no verb at the end of the clause."""
    words = text[at + 1:at + 90].split(" ", 7)[1:7]
    if words and words[0] not in _OBJECT_ARTICLES and words[0].isalpha() and \
            words[0].islower():
        words = words[1:]  # "hatte sichtlich keinen Bock"
    if len(words) < 2 or words[0] not in _OBJECT_ARTICLES:
        return False
    noun = words[1].rstrip(".,;:!?)\n")
    if not noun[:1].isupper() or not noun.isalpha() or classifier()(noun)[0] in (ROLE, TITLE) \
            or noun.lower().endswith(INSTITUTION_ENDINGS):
        return False
    for word in words[1:]:
        if _VERB_AT_END.match(word.split("\n")[0]) is not None and word[:1].islower():
            return False
        if word.rstrip(".,;:!?)\n") != word or "\n" in word:
            return True  # the clause ends
    return True


_NONE: frozenset[int] = frozenset()


def _has_at(text: str) -> list[int]:
    """Where " hat " or " hatte " stands (the space before it)."""
    out = []
    for word in (" hat ", " hatte "):
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
    return out


def _object_ends(text: str) -> frozenset[int]:
    """Where "hat"/"hatte" and an object follow a capitalised word (the space before the
    verb), for the note being read (see _person_verb_ends)."""
    _person_verb_ends(text)
    return _VERB_ENDS[2]  # type: ignore[return-value]


def _person_verb_ends(text: str) -> frozenset[int]:
    """Where a person's verb follows a word (the space before it), for the note being read:
    three rules ask, the search runs once a note."""
    if _VERB_ENDS[0] is not text:
        _VERB_ENDS[0] = text
        auxiliaries = _AUXILIARY_WORDS
        # "Koch rief an", "Koch hat heute angerufen"; an auxiliary after a capitalised word
        # without a person's participle is kept apart (bare): "Busch hat heute seinen ersten
        # Termin allein gemacht", "Adler ist ab 11.01. zurück" (_bare_subjects asks the word)
        ends: list[int] = []
        bare: list[int] = []
        for m in _verb_or_auxiliary_rx().finditer(text):
            at = m.start()
            if m[1] not in auxiliaries:
                ends.append(at)
            elif _after_capitalised(text, at):
                if _participle_follows(text, at):
                    ends.append(at)
                elif m[1] in _BARE_AUXILIARIES and text[m.end():m.end() + 1] == " ":
                    bare.append(at)
        # an object pronoun after the auxiliary: "Busch hat sie vorbereitet" (a bare noun is
        # no object); the scan above takes it for the subject
        if " hat" in text:  # a plain string test first: most notes have none
            bare += [m.start() for m in _OBJECT_PRONOUN_AFTER.finditer(text)
                     if _after_capitalised(text, m.start())]
        _VERB_ENDS[3] = frozenset(bare) if bare else _NONE
        # "Zimmer hat die Akte": "hat"/"hatte" and an object after a capitalised word (a plain
        # string test first: most notes have neither)
        _VERB_ENDS[2] = _NONE if " hat" not in text else frozenset(
            at for at in _has_at(text) if at not in ends and _after_capitalised(text, at)
            and _holds_object(text, at))
        if ends and (" aus de" in text or " vom " in text or " von de" in text):
            # "Linke aus der Leitstelle hat angerufen": where the person comes from, between
            found = set(ends)
            ends += [m.start() for m in _ORIGIN.finditer(text) if m.end() in found]
        _VERB_ENDS[1] = frozenset(ends)
    return _VERB_ENDS[1]  # type: ignore[return-value]


_BARE_AUXILIARIES = frozenset({"hat", "hatte", "ist", "war"})
_OBJECT_PRONOUN_AFTER = Lazy(r" hat(?:te)? (?:sie|es) ")


# Adverbs and question words that are also listed names ("So", "Da", "Wo"): "So erklärt, wird
# er …", "Da hat uns keiner gesagt".
_ADVERBS = frozenset({"so", "da", "wo", "wie", "was", "wer", "dann", "nun", "hier", "dort",
                      "also", "doch", "noch", "bald", "oft", "gern", "gerne"})


def subject_at_sentence_start(text, toks, cls, is_name) -> None:
    """A capitalised word at the start of a sentence, directly followed by a verb whose subject
    is a person ("Kessel erschien ohne Termin"), is a name unless it is a function word, a
    listed meaning word or common enough to be an ordinary subject — a listed name that is a
    common word too counts ("Lange war im Urlaub")."""
    lex = lexicon()
    ends = _person_verb_ends(text)
    objects = _VERB_ENDS[2]
    bare: frozenset[int] = _VERB_ENDS[3]  # type: ignore[assignment]
    if bare:
        _bare_subjects(text, toks, cls, is_name, bare, lex)
    if not ends and not objects:
        return
    for t in tokens_ending_at(toks, ends | objects if objects else ends):  # type: ignore[operator]
        start, end, word = toks[t]
        if cls[t] in (TITLE, ROLE) or len(word) < 2 or (is_name[t] and not (
                t and text[toks[t - 1][1]:start] == " und ")):
            continue
        if end not in ends and (cls[t] not in (AMBIG, AMBF) or not sentence_start(
                text, start) or lex.is_stopword(word) and not meaning_word(word)):
            continue  # an object after "hat" only after a listed name opening the sentence
        if _first_name_then_subject(text, toks, cls, t):
            is_name[t - 1] = is_name[t] = True
            continue
        pair = t > 0 and text[toks[t - 1][1]:start] == " und "  # "Fuchs und Wolf prüfen …"
        if not pair and text[end + 1:end + 14].split(" ", 1)[0].rstrip(".,;:!?*") in _PLURALS:
            continue  # "- **Schuld übernehmen, die …**": one noun before a plural or an
            # infinitive is no subject
        first = t - 1 if pair else t
        # the word itself first (a set look-up or two): most words before a verb are no name
        particles = PARTICLES_BEFORE.search(text, max(0, start - 12), start) if \
            text[start - 1:start] == " " and not pair else None
        if not _may_be_subject(word, cls[t], lex, bool(particles)) or (
                pair and not _may_be_subject(toks[first][2], cls[first], lex, False)):
            continue  # a listed name that is also a meaning word still counts: "Hahn rief an"
        opens = particles.start(1) if particles else start
        if not (sentence_start(text, toks[first][0] if pair else opens) or (
                cls[first] in (AMBIG, AMBF) and text[max(0, toks[first][0] - 2):toks[first][0]]
                in (", ", "; "))):
            continue  # "van der Meer rief an": the particles open the sentence; after a comma
            # only a listed name ("Rückruf morgen, Koch ist bis 16 Uhr erreichbar")
        if "\n" in text[max(0, toks[first][0] - 4):toks[first][0]]:
            before = _WORD_BEFORE_LINE.search(text, max(0, toks[first][0] - 20), toks[first][0])
            if before is not None and before[1].lower() in NO_NAME_BEFORE:
                continue  # "Die⏎Moderation erinnert …": a line broken after the article
        is_name[first] = is_name[t] = True


def _bare_subjects(text, toks, cls, is_name, bare, lex) -> None:
    """A listed surname that is a German count noun, alone at the start of a sentence before
    an auxiliary, is the subject and a person: a singular noun as a subject needs its article
    ("Der Busch ist gewachsen"), so "Busch hat heute seinen ersten Termin allein gemacht",
    "Baum war dabei?". Not a listed meaning word (a season, a month, a mass noun: "Sommer ist
    vorbei", "Zeit ist knapp") nor a common word or adverb ("Lange war es ruhig")."""
    for t in tokens_ending_at(toks, bare):
        start, end, word = toks[t]
        if is_name[t] or cls[t] not in (AMBIG, AMBF) or len(word) < 3 or \
                not sentence_start(text, start):
            continue
        lw = word.lower()
        if not lex.is_noun(lw) or lw in lex.common_words or meaning_word(word) or \
                lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in _ADVERBS or lw in _SUBJECTS:
            continue  # also a pronoun opening the sentence: "Man hat ihn angetroffen"
        if "\n" in text[max(0, start - 4):start]:
            before = _WORD_BEFORE_LINE.search(text, max(0, start - 20), start)
            if before is not None and before[1].lower() in NO_NAME_BEFORE:
                continue  # "Die⏎Linde ist …": a line broken after the article
        is_name[t] = True


_WORD_BEFORE_LINE = Lazy(r"(?:^|[^\w])([A-Za-zäöüß]+)\s*\n\s*$")


def _may_be_subject(word: str, c: int, lex, particles: bool) -> bool:
    """Not a function word, an adverb, a meaning word or a frequent word (a listed name that
    is one counts: "Hahn rief an"), and not a German noun built like an institution's or an
    abstract noun: telegraphic notes drop the article ("Hausverwaltung hat geschrieben",
    "Schule hat angerufen"), nor an infinitive used as a noun ("Verlängern geht nicht"); a
    plain noun may be a surname ("Kessel erschien")."""
    lw = word.lower()
    return not ((lw in lex.common_words and c not in (AMBIG, AMBF)) or lw in NOT_AFTER_TITLE or (
        c in (STOP, NOUN) and lw.endswith(INSTITUTION_ENDINGS)) or (
        c == STOP and lw.endswith(("en", "ern", "eln")) and lw in lex.words
        and not lex.is_noun(lw)) or (
        lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in _ADVERBS) or (
        c not in (AMBIG, AMBF) and not particles and meaning_word(word)) or c in (TITLE, ROLE)
        or len(word) < 2)


def _first_name_then_subject(text, toks, cls, t) -> bool:
    """"Christin Knappe hat angerufen", "Maria Lange übernimmt": a listed first name opening the
    sentence, then one word and a person's verb — two nouns do not stand so without article or
    case. The second word may be a German word, even a meaning word; not a function word."""
    if not t or cls[t - 1] not in (FIRST, BOTH, AMBF) or \
            text[toks[t - 1][1]:toks[t][0]] != " " or not sentence_start(text, toks[t - 1][0]):
        return False
    first, lw = toks[t - 1][2].lower(), toks[t][2].lower()
    return not any(w in NO_NAME_BEFORE or w in NOT_AFTER_TITLE or w in PREPOSITIONS
                   for w in (first, lw))


def name_after_role_before_verb(text, toks, cls, is_name) -> None:
    """After a role, a capitalised word followed by a person's verb is the person, also where
    it is a German word too: "Antragsteller Knappe erschien", "Kunde Brot rief an" — a noun
    after a role would need an article or a case ending there. Function words stay."""
    ends = _person_verb_ends(text)
    if not ends:
        return
    for t in [t + 1 for t, c in enumerate(cls) if c == ROLE and t + 1 < len(cls)]:
        start, end, word = toks[t]
        if end not in ends or is_name[t] or cls[t] in (TITLE, ROLE):
            continue
        if text[toks[t - 1][1]:start] != " " or word.lower() in NO_NAME_BEFORE or \
                word.lower() in PREPOSITIONS:
            continue
        is_name[t] = True


def found_word_as_subject(text, toks, found: set[str], is_name) -> None:
    """A name found after a form of address that is also a common word ("Frau Nur Demir",
    "Herr Roman Brot"), again at the start of a sentence and followed by a person's verb, is
    that person: "Nur legte den Pass vor", "Brot bat um Rückruf"; so is one that is a meaning
    word too after a preposition at the end of a clause ("Frau Sommer … bei Sommer.")."""
    ends = None
    for t, (start, end, word) in enumerate(toks):
        if is_name[t] or word not in found or word.lower() in NOT_AFTER_TITLE:
            continue
        if ends is None:
            ends = _person_verb_ends(text) | _object_ends(text)
        if (end in ends and sentence_start(text, start)) or \
                _object_of_preposition(text, start, end):
            is_name[t] = True


# Prepositions before a person at the end of a clause ("Supervision bei Sommer.", "Rückfrage
# an Winter,"): a season or a room needs an article or a contraction there ("im Sommer").
_PERSON_PREPOSITIONS = frozenset({"bei", "mit", "von", "an", "für", "über", "laut", "lt",
                                  "gegen", "durch"})


def _object_of_preposition(text: str, start: int, end: int) -> bool:
    """After a preposition without article and before the end of its clause (or where the
    person comes from: "über Sommer aus dem Vorzimmer")."""
    before = _WORD_BEFORE_DOT.search(text, max(0, start - 8), start)
    if before is None or before[1] not in _PERSON_PREPOSITIONS:
        return False
    after = text[end:end + 1]
    return after in (".", ",", ";", ":", "!", "?", ")", "\n", "") or \
        text[end:end + 2] == " (" or _ORIGIN_AFTER.match(text, end) is not None


_WORD_BEFORE_DOT = Lazy(r"(?:^|[^\w])([a-zäöüß]+)\.? $")
_ORIGIN_AFTER = Lazy(r" (?:aus de[rmn]|vom) ")


def first_name_as_subject(text, toks, cls, is_name) -> None:
    """A first name that is also a noun ("Aden", "Roman", "Yen"), at the start of a sentence
    and followed by a verb, is the subject: "Aden rief erneut an", "Yen weinte". An adverb
    that is also a name ("Nur") is not taken: "Nur kam niemand" is ordinary German."""
    lex = lexicon()
    for t in [t for t, c in enumerate(cls) if c == AMBF]:
        start, end, word = toks[t]
        if is_name[t]:
            continue
        if not sentence_start(text, start):
            # the subject after its verb, before the object's article: "Beim letzten Termin
            # brachte Erika die Kinder mit"
            verb = _WORD_BEFORE_NAME.search(text, max(0, start - 24), start)
            if verb is not None and verb[1] in _PERSON_VERBS and \
                    _ARTICLE_AFTER.match(text, end) is not None and len(word) > 2 and \
                    word.lower() not in lex.common_words and word not in _SUBJECTS and \
                    word.lower() not in NOT_AFTER_TITLE:  # "prüfen Sie die Regel"
                is_name[t] = True
            continue
        lw = word.lower()
        if len(lw) < 3 or lw in lex.common_words or lex.is_stopword(word) or not lex.is_noun(lw):
            continue
        verb = _VERB_AFTER.match(text, end)
        if verb is not None and verb[1] in lex.words and not lex.is_noun(verb[1]):
            is_name[t] = True


def objects_after_roles(text, toks, cls, is_name) -> None:
    """After a role with its article or possessive, a listed surname that is a meaning word
    too, followed by one verb that ends the clause, is that verb's object or predicate and the role its subject: "dass ihr
    Sohn Deutsch lernt", "ob ihr Mann Koch ist". A person's verb there keeps the name ("ihr
    Mann Zimmer kommt."), and so does a first name ("ihre Tochter Rosa lernt")."""
    if ROLE not in cls:
        return  # most notes name no role
    for t in [t for t, c in enumerate(cls) if c == AMBIG and t and is_name[t]]:
        if cls[t - 1] != ROLE or text[toks[t - 1][1]:toks[t][0]] != " " or (
                t + 1 < len(toks) and is_name[t + 1]) or not meaning_word(toks[t][2]):
            continue
        role = toks[t - 1][0]
        if _ROLE_DETERMINER.search(text, max(0, role - 12), role) is None:
            continue  # "mit TL Winter besprechen": a role as a title, the name its person
        verb = _VERB_AT_CLAUSE_END.match(text, toks[t][1])
        if verb is not None and verb[1] not in _PERSON_VERBS:
            is_name[t] = False


_ROLE_DETERMINER = Lazy(r"(?:^|[^\w])(?i:der|die|dem|den|des|ihr|ihre|ihren|ihrem|sein|seine|seinen"
                        r"|seinem|mein|meine|unser|unsere|deren|dessen)\s+$")
_WORD_BEFORE_NAME = Lazy(r"(?:^|[^\w])([a-zäöüß]+) $")
_ARTICLE_AFTER = Lazy(r" (?:die|den|das|der|dem|ein|eine|einen|seine|ihre|seinen|ihren) ")
_VERB_AT_CLAUSE_END = Lazy(r" ([a-zäöüß]+)(?=[.,;:!?)]|\s*$)")
