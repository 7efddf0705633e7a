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
from desktop.core.privacy.verbs import (
    PERSON_VERBS,
    PLURALS,
    SUBJECTS,
    VERB_ENDS,
    object_ends,
    person_verb_ends,
)
from desktop.core.privacy.verbs import person_verb_at as person_verb_at  # for names.py
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
    STOP,
    TITLE,
    Lazy,
    sentence_start,
)

_VERB_AFTER = Lazy(r" ([a-zäöüß]+)\b")
_PERSON_VERBS = PERSON_VERBS  # under its old name for test_privacy_names.py


# Adverbs and question words that are also listed names ("So", "Da", "Wo"): "So erklärt, wird
# er …", "Da hat uns keiner gesagt".
_ADVERBS = frozenset({"so", "da", "wo", "wie", "was", "wer", "dann", "nun", "hier", "dort",
                      "also", "doch", "noch", "bald", "oft", "gern", "gerne"})


def subject_at_sentence_start(text, toks, cls, is_name) -> None:
    """A capitalised word at the start of a sentence, directly followed by a verb whose subject
    is a person ("Kessel erschien ohne Termin"), is a name unless it is a function word, a
    listed meaning word or common enough to be an ordinary subject — a listed name that is a
    common word too counts ("Lange war im Urlaub"). So is one after a verb of speech
    (subject_after_speech_verb)."""
    lex = lexicon()
    ends = person_verb_ends(text)
    if ends:
        subject_after_speech_verb(text, toks, cls, is_name, ends)
    objects = VERB_ENDS[2]
    bare: frozenset[int] = VERB_ENDS[3]  # type: ignore[assignment]
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
        if not pair and text[end + 1:end + 14].split(" ", 1)[0].rstrip(".,;:!?*") in PLURALS:
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
                lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in _ADVERBS or lw in SUBJECTS:
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
    ends = person_verb_ends(text)
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
            ends = person_verb_ends(text) | object_ends(text)
        if (end in ends and sentence_start(text, start)) or \
                _object_of_preposition(text, start, end) or (
                    _MODAL_WITH_OBJECT.match(text, end) is not None and (
                        sentence_start(text, start) or text[start - 2:start] == ": ")):
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


# A modal verb, then its object's article or a pronoun: the subject before it acts on
# someone or something ("Nächste Runde: Koch soll den Klienten direkt anschauen").
_MODAL_WITH_OBJECT = Lazy(r" (?:soll|sollte|muss|musste|kann|konnte|darf|will|wollte) "
                          r"(?:den|die|das|dem|ihn|ihm|ihr|sie|sich|mir|uns|es)\b")
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
            if verb is not None and verb[1] in PERSON_VERBS and \
                    _ARTICLE_AFTER.match(text, end) is not None and len(word) > 2 and \
                    word.lower() not in lex.common_words and word not in SUBJECTS and \
                    word.lower() not in NOT_AFTER_TITLE:  # "prüfen Sie die Regel"
                is_name[t] = True
            continue
        lw = word.lower()
        if len(lw) < 3 or lw in lex.common_words or lex.is_stopword(word) or not lex.is_noun(lw):
            continue
        verb = _VERB_AFTER.match(text, end)
        if verb is not None and (verb[1] in _FINITE_LIKE_NOUNS or
                                 verb[1] in lex.words and not lex.is_noun(verb[1])):
            is_name[t] = True


# Finite verbs written like a noun in lower case ("Macht", "Weiß", "Muss", "Sucht"): after a
# capitalised first name at a sentence's start they are its verb ("Klaus macht viele Witze").
_FINITE_LIKE_NOUNS = frozenset({"macht", "weiß", "muss", "sucht"})


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
        if verb is not None and verb[1] not in PERSON_VERBS:
            is_name[t] = False


_ROLE_DETERMINER = Lazy(r"(?:^|[^\w])(?i:der|die|dem|den|des|ihr|ihre|ihren|ihrem|sein|seine|seinen"
                        r"|seinem|mein|meine|unser|unsere|deren|dessen)\s+$")
_WORD_BEFORE_NAME = Lazy(r"(?:^|[^\w])([a-zäöüß]+) $")
_ARTICLE_AFTER = Lazy(r" (?:die|den|das|der|dem|ein|eine|einen|seine|ihre|seinen|ihren) ")
_VERB_AT_CLAUSE_END = Lazy(r" ([a-zäöüß]+)(?=[.,;:!?)]|\s*$)")


# Verbs of speech, after which the subject stands where the clause does not open with it:
# "In der Gruppe sagte Maren, …", "…, sagt Vogel." — and their participles after "hat",
# with the subject between: "In der Gruppe hat Maren gesagt, …". A noun there would need its
# article ("sagte die Kollegin"); an interjection is the object ("hat Ja gesagt").
_SPEECH_VERBS = frozenset("""sagte sagt meinte meint fragte fragt erklärte erzählte berichtete
antwortete betonte schilderte""".split())
_SPEECH_PARTICIPLES = frozenset("""gesagt gemeint gefragt erzählt berichtet geantwortet betont
geschildert angemerkt""".split())
_INTERJECTIONS = frozenset({"ja", "jein", "moin", "okay", "ok", "hallo", "tschüss", "danke"})


@functools.cache
def _speech_rx() -> re.Pattern[str]:
    word = r"([A-ZÄÖÜ][a-zäöüß]{2,})"
    return re.compile(rf" (?:{trie(_SPEECH_VERBS)}) {word}(?=[,.:;!?]|\s*$)"
                      rf"| hat(?:te)? {word} (?:{trie(_SPEECH_PARTICIPLES)})\b")


def subject_after_speech_verb(text, toks, cls, is_name, ends: frozenset[int]) -> None:
    """A listed name that is a German word too ("Maren", "Vogel"), after a verb of speech and
    closing the clause, or between "hat" and the participle of such a verb, is the speaker.
    Looked for only where the scan of the person's verbs (verbs.person_verb_ends, which every
    note gets) found a verb or "hat" with a person's participle: no scan of its own."""
    lex = lexicon()
    rx = _speech_rx()
    starts = None
    for at in ends:
        m = rx.match(text, at)
        if m is None:
            continue  # most verbs of a person are no verbs of speech
        group = 1 if m.start(1) >= 0 else 2
        word = m[group]
        lw = word.lower()
        if lw in _INTERJECTIONS or lw in lex.common_words or lw in NOT_AFTER_TITLE or \
                lw in NO_NAME_BEFORE or lw in PREPOSITIONS or word in SUBJECTS:
            continue
        if starts is None:
            starts = {tok[0]: t for t, tok in enumerate(toks)}
        t = starts.get(m.start(group))
        if t is not None and cls[t] in (AMBF, AMBIG) and toks[t][1] == m.end(group):
            is_name[t] = True
