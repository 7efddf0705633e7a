"""Verbs whose subject is a person, and where they follow a word in a note: the lists and
scans that subjects.py, lowerframes.py and lowerslots.py ask ("Kessel erschien", "Koch hat
heute angerufen", "Zimmer hat die Akte"). The data cannot tell a verb's subject, so the
project lists the verbs."""

from __future__ import annotations

import functools
import re

from desktop.core.privacy.trie import trie
from desktop.core.privacy.wordclass import INSTITUTION_ENDINGS, ROLE, ROLES, TITLE, Lazy, classifier

# Verbs whose subject is a person, as they follow a name at the start of a sentence in notes
# ("Hinrichs rief erneut an", "Kessel erschien ohne Termin"). A German noun without article
# does not do these things; the data cannot tell a verb's subject, so the project lists them.
PERSON_VERBS = frozenset("""
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
PLURALS = frozenset("""kamen kommen erschienen prüfen klären übernehmen sagten fragten baten
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
SUBJECTS = frozenset({"man", "er", "sie", "es", "wir", "ich", "du", "ihr", "Sie", "keiner",
                       "niemand", "jemand", "einer", "nichts", "alle"})
_STATES = frozenset({"Urlaub", "Homeoffice", "Elternzeit", "Rente", "Reha"})
_AGES = frozenset("""eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn
vierzehn fünfzehn sechzehn siebzehn achtzehn""".split()) | {str(n) for n in range(1, 19)}


@functools.cache
def person_verb_rx() -> re.Pattern[str]:
    # As a trie ("b(?:at|e(?:antragt(?:e)?|…)") the engine compares a letter once per branch
    # point instead of once per verb after every space: 1.9 instead of 4.7 µs a note. Only
    # the start of a match is used, and a trie matches the same words.
    return re.compile(rf" {trie(PERSON_VERBS)}\b(?! (?:{'|'.join(sorted(SUBJECTS))})\b)")


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
        if word in SUBJECTS:
            return False
        # (a line's end without a full stop ends the clause too: "… hat doch angerufen⏎Bley:")
        core = (word[:word.find("\n")] if "\n" in word else word).rstrip(".,;:!?)")
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
    other). A pronoun after either is its subject. The verbs' first letters are tested first,
    as one class: most words after a space start with none of them, and a class costs less
    than the trie's first branches (some 0.6 µs a note)."""
    subjects = "|".join(sorted(SUBJECTS))
    verbs = PERSON_VERBS | _AUXILIARY_WORDS
    firsts = "".join(sorted({verb[0] for verb in verbs}))
    return re.compile(rf" (?=[{firsts}])({trie(verbs)})\b(?! (?:{subjects})\b)")


def _after_capitalised(text: str, at: int) -> bool:
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    return start < at and text[start].isupper()


VERB_ENDS: list[object] = [None, frozenset(), frozenset(), frozenset()]

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


def object_ends(text: str) -> frozenset[int]:
    """Where "hat"/"hatte" and an object follow a capitalised word (the space before the
    verb), for the note being read (see person_verb_ends)."""
    person_verb_ends(text)
    return VERB_ENDS[2]  # type: ignore[return-value]


def person_verb_ends(text: str) -> frozenset[int]:
    """Where a person's verb follows a word (the space before it), for the note being read:
    three rules ask, the search runs once a note."""
    if VERB_ENDS[0] is not text:
        VERB_ENDS[0] = text
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
            elif text[m.end() + 1:m.end() + 2].isupper() and _participle_follows(text, at):
                # "und dann hat Maren gesagt": the subject after the auxiliary (no word before
                # it that the rules above would read; subjects.subject_after_speech_verb does)
                ends.append(at)
        # an object pronoun after the auxiliary: "Busch hat sie vorbereitet" (a bare noun is
        # no object); the scan above takes it for the subject
        has_hat = " hat" in text  # a plain string test first: most notes have none
        if has_hat:
            bare += [m.start() for m in _OBJECT_PRONOUN_AFTER.finditer(text)
                     if _after_capitalised(text, m.start())]
        VERB_ENDS[3] = frozenset(bare) if bare else _NONE
        # "Zimmer hat die Akte": "hat"/"hatte" and an object after a capitalised word (a plain
        # string test first: most notes have neither)
        VERB_ENDS[2] = _NONE if not has_hat else frozenset(
            at for at in _has_at(text) if at not in ends and _after_capitalised(text, at)
            and _holds_object(text, at))
        if ends and (" aus de" in text or " vom " in text or " von de" in text):
            # "Linke aus der Leitstelle hat angerufen": where the person comes from, between
            found = set(ends)
            ends += [m.start() for m in _ORIGIN.finditer(text) if m.end() in found]
        VERB_ENDS[1] = frozenset(ends)
    return VERB_ENDS[1]  # type: ignore[return-value]


_BARE_AUXILIARIES = frozenset({"hat", "hatte", "ist", "war"})
_OBJECT_PRONOUN_AFTER = Lazy(r" hat(?:te)? (?:sie|es) ")
