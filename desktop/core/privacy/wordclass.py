"""Tokens and word classes for the name rules: capitalised words, their class by the data
(German word, listed name, ambiguous, unknown …), forms of address and roles, and the small
helpers that several rules share. Compiled and loaded on first use."""

from __future__ import annotations

import functools
import re

from desktop.core.privacy.lexicon import Lexicon, fold, lexicon


class Lazy:
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
# KEPT: a word its place shows to be no name, whatever its class ("Alban. Pass", "St. Markus"):
# set per token by kept.kept_tokens, never by the classifier; no rule marks it (names.py).
KEPT = 11
STRONG = frozenset({FIRST, SUR, BOTH, SHAPE})
AMBIGUOUS = frozenset({AMBIG, AMBF})
NAMEISH = frozenset({FIRST, SUR, BOTH, SHAPE, AMBIG, AMBF})
CANDIDATE = frozenset({FIRST, SUR, BOTH, SHAPE, AMBIG, AMBF, UNKNOWN})

TITLES = frozenset({"Herr", "Herrn", "Frau", "Hr", "Hrn", "Fr", "Dr", "Prof", "Mr", "Mrs", "Ms",
                    "HERR", "HERRN", "FRAU",
                    # the forms of address of the languages our clients and employers write in
                    "Mister", "Miss", "Madame", "Monsieur", "Mme", "Mlle", "Señor",
                    "Señora", "Signor", "Signora", "Sayın"})
ABBREVIATED = frozenset({"Hr", "Hrn", "Fr", "Dr", "Prof", "Mr", "Mrs", "Ms", "Mme", "Mlle"})
ROLES = frozenset("""
Kunde Kundin Klient Klientin Mandant Mandantin Mandanten Antragsteller Antragstellerin Betroffene
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
Bevollmächtigter Bevollmächtigten Vormundin Ansprechpartner Ansprechpartnerin Mdt Mdtin
POK PHK KOK KHK POM SB SBin TL TLin Zeuge Zeugin Bürge Bürgin Verpflichtungsgeber
Verpflichtungsgeberin Gastgeber Gastgeberin Mitbewohner Mitbewohnerin Stiefsohn Stieftochter
Halbbruder Halbschwester Pate Patin Klassenlehrer Klassenlehrerin Schulleiter Schulleiterin
Erzieher Erzieherin Vorgesetzte Vorgesetzter Ausbilder Ausbilderin Anwärter Anwärterin
Absender Absenderin Unterzeichner Unterzeichnerin Verfasser Verfasserin SGL SGLin Koll Kolln
Inh Inhaber Inhaberin Zusteller Zustellerin Empfänger Empfängerin Steuerberater Steuerberaterin
Vertr Kollegen Schüler Schülerin Azubi Auszubildende Auszubildender Lehrling Beamter Beamtin
Urkundsbeamter Urkundsbeamtin Standesbeamter Standesbeamtin Anw Pfarrer
Pfarrerin Imam Diakon Diakonin Kapitän Kapitänin PK PKin PHM EPHK Fam
Praxisanleiter Praxisanleiterin Anleiter Anleiterin Falleinbringer Falleinbringerin Fallgeber
Entscheider Entscheiderin Anhörer Anhörerin Supervisor Supervisorin Richterin Fallgeberin
Berichterstatter Berichterstatterin Referent Referentin Mitarbeiter Mitarbeiterin
Sachgebietsleiter Sachgebietsleiterin Fallmanager Fallmanagerin Sozialpädagoge Sozialpädagogin
Psychologe Psychologin Therapeut Therapeutin Gutachter Gutachterin Notarin Dozent Dozentin
Kursleiter Kursleiterin Lehrkraft Mentor Mentorin Personalreferent Personalreferentin
Personalleiter Personalleiterin Ausbildungsleiter Ausbildungsleiterin Integrationsmanager
Integrationsmanagerin Schulsozialarbeiter Schulsozialarbeiterin Fachanwalt Fachanwältin
""".split())
# Abbreviations before a name that end in a full stop ("Ktn. Yilmaz", "Vorspr. Heuer, Wilfried",
# "Mdt. Husaini"), police ranks ("POK Ramdohr", "PK Sander"), and the office's own ("SB Krause": the
# Sachbearbeiterin, "TL Winter": the team lead, "SGL Graf": the Sachgebietsleitung, "Koll.
# Specht", "Inh. Ernst Vogel"), and the family ("Fam. Rexhepi").
ABBREVIATED_ROLES = frozenset({"Ktn", "Kd", "Kdn", "Kt", "Dolm", "Vorspr", "Betr", "RAin", "RA",
                               "Mdt", "Mdtin", "POK", "PHK", "KOK", "KHK", "POM", "SB", "SBin",
                               "TL", "TLin", "SGL", "SGLin", "Koll", "Kolln", "Inh",
                               "Vertr", "Anw", "PK", "PKin", "PHM", "EPHK", "Fam"})
# Roles after which a German word is a surname as after "Herr" ("Familie Heuer", "RA Senf").
TITLE_LIKE_ROLES = ABBREVIATED_ROLES | {"Familie", "Eheleute", "Ehepaar"}

PARTICLE_GAP = Lazy(
    r" (?:(?:van der|van den|von der|de la|de los|dos|da|de|di|du|del|della|bin|ibn|bint|binti|al|el"
    r"|abu|ter|ten|von|van|le|la|op de|op den|op het|op) )")
_LOWER_PREFIX_RX = (r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|es|abd|abu|bin|ibn|de|di|"
                    r"da|du|d|o|mc|mac)['’-]")
_LOWER_PREFIX = Lazy(_LOWER_PREFIX_RX)
DETERMINER_BEFORE = Lazy(
    r"(?:^|[^\w])(?i:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|keine|keiner|jede"
    r"|jeder|jeden|diese|dieser|diesen|meine|meiner|meinem|seine|seiner|seinem|ihre|ihrer|ihrem"
    r"|unsere|unserer|deren|dessen|junge|jungen|ältere|älteren|alte|alten|andere|anderen"
    r"|fremde|fremden|nette|netten)\s+$")
_NOUN_SUFFIXES = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "sion", "sionen", "tät", "täten", "nis", "nisse", "ismus", "ment", "mente", "chen", "lein",
    "tum", "tümer", "ling", "linge", "erei", "ereien", "ierung", "ungs", "straße", "strasse",
    "allee", "gasse", "platz", "weg", "ring", "stieg", "chaussee",
)
# How the names of institutions and abstract nouns end ("Hausverwaltung", "Polizei",
# "Botschaft", "Jobcenter"): no surname is built so.
INSTITUTION_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "amt",
                       "dienst", "stelle", "team", "kasse", "behörde", "zentrum", "beratung",
                       "hilfe", "verein", "werk", "gericht", "rat", "polizei", "schule", "praxis",
                       "kanzlei", "firma", "konsulat", "kita", "klinik", "center")
NAME_HEADS = frozenset({"mann", "haus", "land", "heim", "hof", "berg", "feld", "stein", "burg",
                         "dorf", "wald", "bach", "born", "brand", "horn", "hardt"})
# Particles that German never uses between two words (unlike "von", "der", "zu"): after a
# name they join any word to it ("Aminata dos Reis", "Aziz de Oliveira", "Fatma van Dijk").
FOREIGN_PARTICLES = frozenset({"dos", "da", "de", "de la", "de los", "bin", "ibn", "bint", "binti", "abu",
                                "al", "el", "della", "di", "du", "van", "van der", "van den",
                                "del", "ter", "ten", "le", "la", "op", "op de", "op den"})
# A run of particles right before a word ("van der ", "de la ").
# Capitalised only those German never starts a word with ("Van der Velde rief an").
PARTICLES_BEFORE = Lazy(r"(?:^|(?<=[\s.:;!?(]))((?:(?:van|der|den|de|la|los|dos|da|di|du|del"
                          r"|bin|ibn|bint|abu|al|el|ter|ten|Van|Ten|Ter|Te|De|Di|Del|Dos|Du|Le"
                          r"|La|El|Al|Op) )+)$")
# A particle before a name at the start of a sentence or after a colon: "bin Youssef rief an".
LEADING_PARTICLE = Lazy(r"(?:^|[.:;!?(\n]\s*)(bin|ibn|bint|abu|al|el|dos|da|de|di|del|van der|van den"
                          r"|van|von der|von|de la) $")
_GENITIVE_KEEP = ("ss", "us", "is", "os", "as", "ys", "es", "x", "z", "ß")


@functools.cache
def _token_rx() -> re.Pattern[str]:
    upper = "A-ZÄÖÜ" + "".join(
        chr(c) for c in range(0xC0, 0x250) if chr(c).isupper()) + "".join(
        chr(c) for c in range(0x1E00, 0x1F00) if chr(c).isupper())
    letter = r"[^\W\d_]"
    # The look-behind after the first character keeps the engine's fast scan for a start. A
    # word glued to a digit is part of a number ("A000000", "B12"), not a word: taken as one,
    # it changed what the rules read beside it, and so what the number's placeholder changed.
    # German's own lower-case letters are read first by a plain class (a set of characters,
    # not a Unicode category per character): inside the atomic group the run ends where the
    # category run alone ended; 1 µs a note less.
    return re.compile(
        rf"[{upper}](?<![\w].)(?>[a-zäöüß]*{letter}*(?:['’-]{letter}+)*)(?!\d)")


_PREFIX_BEFORE = Lazy(rf"(?<![\w'’-]){_LOWER_PREFIX_RX}$")


def capitalised_tokens(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words, with a lower-case name particle in front ("al-Hassan")."""
    toks = [(m.start(), m.end(), m[0]) for m in _token_rx().finditer(text)]
    if "-" not in text and "'" not in text and "’" not in text:
        return toks
    # Only the few words right after "-" or an apostrophe change: find them, leave the rest
    # (from the back, so that a deletion does not move the ones still to come).
    # An apostrophe or a dash after a space or at the start opens a quotation or a list's item
    # ("als Identität 'Alieu Njie'"): the word after it is a word of its own.
    for i in reversed([i for i, (start, _, _) in enumerate(toks)
                       if start > 1 and text[start - 1] in "-'’" and not (
                           text[start - 2].isspace() or text[start - 2] in "(\"„“")]):
        start, end, _ = toks[i]
        prefix = _PREFIX_BEFORE.search(text, max(0, start - 5), start)
        if prefix is None:
            del toks[i]  # part of a word that starts in lower case ("x-Achse")
        else:
            toks[i] = (prefix.start(), end, text[prefix.start():end])
    return toks


@functools.cache
def _stop_heads() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w for w in lex.stopwords if len(w) >= 4 and w not in NAME_HEADS
                     and lex.is_noun(w) and w not in _FUNCTION_NOUNS
                     and not lex.is_name(fold(w)))


# Function words that the dictionary also lists as nouns ("das Nein", "das Aber"): never the
# last part of a compound ("Hassa|nein" is a name).
_FUNCTION_NOUNS = frozenset({"nein", "aber", "wenn", "doch", "auch", "eben", "nichts"})


# How institutions named after people end ("Max-Planck-Institut", "Goethe-Schule").
_NAMED_INSTITUTIONS = INSTITUTION_ENDINGS + ("institut", "klinikum", "krankenhaus", "gymnasium",
                                             "museum", "universität", "hochschule")
# The last parts of a town's districts ("Erfurt-Nord", "Halle-Neustadt") and of a rural
# district's name ("Rems-Murr-Kreis", "Rhein-Sieg-Kreis").
PLACE_PARTS = frozenset({"nord", "süd", "ost", "west", "mitte", "kreis"})
# Days and months, lower-cased: a plan's labels and a list's dates, never a person ("Montag:
# Sprechstunde", "Mai: Urlaub", "WV Dezember").
CALENDAR_WORDS = frozenset("""montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
januar februar märz april mai juni juli august september oktober november dezember""".split())


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
            return (cls if cls in NAMEISH else UNKNOWN if cls != STOP else STOP), strip
        return self._base(word)

    def _base(self, word: str) -> tuple[int, int]:
        cls = self._word(word)
        # (a compound the data reads as a word, its last part a noun, is no genitive:
        # "Rems-Murr-Kreis" is no "Rems-Murr-Krei" + s; "Müller-Lüdenscheids" may be one)
        if (cls in (UNKNOWN, NOUN, SHAPE) or (cls == STOP and word.lower() not in self.lex.words
                                              and not _noun_last(self.lex, word)
                                              and not _noun_genitive(self.lex, word))) \
                and len(word) > 3:
            for ending in ("’s", "'s", "s"):
                if word.endswith(ending):
                    stem_cls = self._word(word[: -len(ending)])
                    # A German word read as a genitive only of a surname ("Schneiders Akte"),
                    # not of a first name ("Reis" is no genitive of "Rei").
                    if stem_cls in NAMEISH and (cls != STOP or stem_cls in (SUR, BOTH, AMBIG)):
                        return stem_cls, len(ending)
        return cls, 0

    def _word(self, word: str) -> int:
        lex = self.lex
        if "-" in word:
            return self._compound(word)
        folded = fold(word)
        lw = word.lower()
        if word[-1].isupper() and not word.isupper():
            return STOP  # an abbreviation: "AfA", "StA", "BVerwG", "AufenthG", "GmbH"
        if word.isupper() and len(word) > 1:  # "HADDAD" is a name, "BAMF" is not
            if lex.is_name(folded):
                # three capitals are mostly an abbreviation ("kam als UMA"): a name only with
                # context ("Herr ALI")
                return self._known(folded, lw) if len(word) > 3 else \
                    AMBF if folded in lex.first_names else AMBIG
            # Unknown capitals: a name only with context ("Herr TESFAMARIAM"); short ones and
            # German words are abbreviations or shouting ("ABH", "AUFENTHG", "ACHTUNG").
            return STOP if len(word) <= 3 or lex.is_word(lw) else UNKNOWN
        if lex.is_name(folded):
            return self._known(folded, lw)
        if lex.is_word(lw):
            return STOP
        if lw[-2:-1] in ("'", "’") and lw[-1] == "s" and lex.is_word(lw[:-2]) and \
                not lex.is_name(folded[:-2]):
            return STOP  # a verb with its "es": "gibt's", "war's", "hab's"; not "Rosa's"
        if lw.endswith("mann") and len(lw) > 7 and folded not in lex.census_surnames and \
                lex.is_compound(lw[:-4] + "frau"):
            return STOP  # a trade whose woman the data knows: "Hotelfach|mann", "Decks|mann"
        if lw.endswith("ens") and lw[:-1] in lex.words and len(lw) > 6:
            return STOP  # a verb's genitive as a noun: "wegen Erschleichens", "des Wartens"
        if len(lw) >= 10 and lw.endswith(("lich", "isch")) and (
                lex.is_noun(lw[:-4]) or lex.is_compound(lw[:-4])):
            return STOP  # an adjective of a noun: "ausländerrecht|lich", "aufenthaltsrecht|lich"
        if lw.endswith(_ADJECTIVE_PARTS) and _adjective_of_noun(lex, lw):
            return STOP  # "antrags|gemäß", "zuständigkeits|halber", "rechts|erheblich"
        if lex.has_name_shape(folded):
            return SHAPE
        if looks_like_noun(lw) or lex.is_compound(lw):
            # Built like a German noun but no word of the data: a surname when people bear it
            # ("Engelmann" is no Engel-Mann, "Kiesewetter" no Kiese-Wetter).
            return SUR if folded in lex.census_surnames else NOUN
        if lex.is_inflected(lw) or (
                lw.endswith("in") and len(lw) >= 8 and lex.is_word(lw[:-2])):
            return STOP  # "Betreutes Wohnen", "Ausgehändigt am …", "Spätaussiedlerin"
        if _strong_participle(lex, lw):
            return STOP  # "Geschiedene Ehefrau:", "Eingeladene Person:", "Verstorbener Vater"
        return UNKNOWN

    def _known(self, folded: str, lw: str) -> int:
        """A listed name: ambiguous when it is also a common German word ("Rosa", "Zimmer",
        "Christin": Zipf frequency ≥ 3, data/common_names) or very short; then it counts only
        with context. A name that is a rare word ("Florin", "Mahdi") counts as a name."""
        lex = self.lex
        first, sur = folded in lex.first_names, folded in lex.surnames
        # The word itself must be in the data: an inflected form read into a name ("Klaus" as
        # genitive of "der Klau", "Lasse" of "lassen") does not make it ambiguous.
        if len(lw) <= 2 or folded in lex.ambiguous or folded in lex.common_names and (
                lw in lex.nouns or lw in lex.words or lw in lex.stopwords or lw in lex.places):
            return AMBF if first else AMBIG
        if first and not sur and lw != folded and lw in lex.nouns and not lex.is_name(
                lw.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")):
            # A German noun that matches a foreign first name only without its umlaut ("Hände"
            # is no "Hande"): a name with context only.
            return AMBF
        return BOTH if first and sur else FIRST if first else SUR

    def _compound(self, word: str) -> int:
        parts = [p for p in word.split("-") if p]
        if not parts:
            return STOP
        # A part in capitals is an abbreviation unless a list holds it as a name:
        # "ICAO-Umschrift", "BAMF-Bescheid", "IT-Abteilung".
        classes = [(STOP if p.isupper() and len(p) > 1 and not self.lex.is_name(fold(p)) else
                    self._word(p)) if p[:1].isupper() or len(parts) == 1 else
                   (AMBIG if p.lower() in {"al", "el", "abu", "bin", "ibn"} else STOP)
                   for p in parts]
        if any(c in (TITLE, ROLE) for c in classes) or all(c == NOUN for c in classes):
            return STOP
        last = parts[-1].lower()
        if len(parts) > 1 and classes[-1] == STOP and last in self.lex.nouns and (
                last.endswith(_NAMED_INSTITUTIONS) or last in PLACE_PARTS) and \
                not self.lex.is_name(last):
            # An institution or a place named after people or a town: "Max-Planck-Institut",
            # "Fraunhofer-Institut", "Erfurt-Nord"; a double name's parts are names, also
            # German words ("Michnik-Dresdner").
            return STOP
        if STOP in classes:
            # A word of the data beside a part German does not have or a listed name is the
            # other half of a double name ("Quiquerez-Heger", "Alexiadi-Zahner"), unless it is
            # a meaning word or a frequent word: "Yilmaz-Akte", "Dublin-Verfahren", "E-Mail".
            named = any(c in STRONG or c == UNKNOWN for c in classes)
            if not named or any(c == STOP and (not p[:1].isupper() or len(p) < 3 or
                                               self.lex.is_meaning_word(p) or
                                               p.lower() in self.lex.common_words)
                                for p, c in zip(parts, classes, strict=True)):
                return STOP
            return SUR
        # A part only built like a German noun beside a name or a word German does not have
        # is a name too: "Jollenbeck-Pospěch", "Chalupová-Moreschi".
        if any(c in STRONG for c in classes):
            return SUR
        if all(c in AMBIGUOUS for c in classes):
            return AMBIG
        return UNKNOWN


def _noun_genitive(lex: Lexicon, word: str) -> bool:
    """A meaning word's genitive in "-es" ("des Schutzes", "des Hauses"), not a surname's in
    "-s" ("Schutze|s"); only of the project's meaning words: "Duales" is Frau Duale's, though
    "Dual" is a noun too."""
    lw = word.lower()
    return lw.endswith("es") and len(lw) >= 6 and lw[:-2] in lex.stopwords and \
        lex.is_noun(lw[:-2])


def _strong_participle(lex: Lexicon, lw: str) -> bool:
    """An inflected participle of a strong verb the data holds uninflected ("geschieden|e",
    "verstorben|er", "eingeladen|es"): "ge" or a prefix before it, "en" before the ending."""
    for ending in ("e", "er", "es", "em"):
        stem = lw[: -len(ending)]
        if lw.endswith(ending) and stem.endswith("en") and len(stem) >= 8 and \
                stem in lex.words and not lex.is_noun(stem):
            return True
    return False


def _noun_last(lex: Lexicon, word: str) -> bool:
    """A hyphenated compound whose last part is a German noun ("Rems-Murr-Kreis")."""
    return "-" in word and lex.is_noun(word.rpartition("-")[2].lower())


def looks_like_noun(lw: str) -> bool:
    if lw.endswith(_NOUN_SUFFIXES) and len(lw) >= 6 and not (  # "Ostring"; not "Bröring",
            lw[-4:] == "ring" and len(lw) < 9 and not lexicon().is_word(lw[:-4])):  # "Döring"
        return True
    heads = _stop_heads()
    for i in range(3, len(lw) - 3):
        if lw[i:] in heads:
            return True
    return False


# Second parts that make an adjective or adverb of a noun in the office's language
# ("antragsgemäß", "fristgerecht", "zuständigkeitshalber", "rechtserheblich",
# "ermessensfehlerfrei", "rechtswidrig", "erwerbsfähig"): no surname is built so.
_ADJECTIVE_PARTS = ("gemäß", "gerecht", "halber", "erheblich", "fehlerfrei", "widrig", "mäßig",
                    "fähig", "pflichtig", "bedürftig")


def _adjective_of_noun(lex: Lexicon, lw: str) -> bool:
    for part in _ADJECTIVE_PARTS:
        if lw.endswith(part):
            head = lw[: -len(part)]
            return len(head) >= 4 and (lex.is_noun(head) or lex.is_noun(head.rstrip("s")) or
                                       lex.is_compound(head.rstrip("s")))
    return False


@functools.cache
def classifier() -> _Classifier:
    return _Classifier(lexicon())


NOT_AFTER_TITLE = frozenset("""
ich du er sie es wir ihr man und oder aber sowie doch denn dass ob wenn als wie bitte danke
doktor professor kollege kollegin ober pfarrer pfarrerin hi hey moin servus hallo
bürgermeister bürgermeisterin
präsident präsidentin minister ministerin direktor direktorin rat rätin anwalt anwältin
""".split())


def surname_word(word: str) -> bool:
    """After "Herr", "Frau", "Dr." a German word is a surname ("Frau Zimmer", "Herr Knappe"),
    unless it is a function word or a title ("Frau Doktor", "Herr Kollege")."""
    lw = word.lower()
    return lw not in NOT_AFTER_TITLE and lw not in NO_NAME_BEFORE and word not in ROLES


NO_NAME_BEFORE = frozenset("""
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner mein
meine meinen meinem meiner dein deine sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer
unser unsere unseren unserem unserer euer eure dies diese dieser diesen diesem dieses jede jeder
jeden jedem jedes alle allen aller viele vielen wenige einige mehrere beide beiden welche welcher
solche vom beim zum zur im ins am ans per pro je etwas viel mehr wenig weniger sehr ganz neue
neuen alte alten
""".split())
WORD_BEFORE = Lazy(r"(?:^|[^\w])([a-zäöüß]+)[ \u00a0]$")
# The word before, also capitalised ("Das Wichtigste", "Laut Vogt …").
ANY_WORD_BEFORE = Lazy(r"(?:^|[^\w])([^\W\d_]+)[ \u00a0]$")
# Articles and determiners: after them a word is a noun.
ARTICLES = frozenset("""der die das den dem des ein eine einen einem einer eines kein keine
keinen keinem keiner dies diese dieser diesen diesem dieses jede jeder jeden jedem jedes""".split())
PREPOSITIONS = frozenset("""
mit ohne für aus von nach bei zu in an auf über unter um gegen durch seit vor hinter neben
zwischen wegen trotz bis als wie
""".split())


def sentence_start(text: str, start: int) -> bool:
    begin = max(0, start - 3)
    before = text[begin:start].rstrip(" \t\"'„“(")
    if before and before[-1] in "-–•*>#":
        # a list's bullet, a quoted mail's ">" or a heading's "#" opens a line, also before
        # bold type: "- Linke aus …", "> Freundlich, aber …", "## Worum es geht", "1. **Ruhig
        # sprechen**"
        bullet = begin + len(before) - 1
        while bullet and text[bullet - 1] in "-–•*># \t":
            bullet -= 1  # "> > …", "## …", "- **Nicht allein:**"
        before = text[max(0, bullet - 3):bullet].rstrip(" \t")
    if not before or before[-1] in ".!?:\n":
        return True
    # a dictated note says its full stops: "… bei uns Punkt Wird morgen versandt"
    return before[-2:] == "kt" and text.endswith(("Punkt ", "Doppelpunkt "), max(0, start - 12),
                                                  start)


def guess_genitive(j, toks, strip, joined, n) -> None:
    """An unknown name ending in s before a noun is a genitive: "Frau Tesfamariams Sohn"."""
    word = toks[j][2]
    if (word.endswith("s") and not word.endswith(_GENITIVE_KEEP) and len(word) > 4
            and j + 1 < n and joined(j, j + 1)):
        strip[j] = 1


# Quotation marks that open and close a quote in German, English and French writing.
OPENING_QUOTES = frozenset("„\"»«‚“")
CLOSING_QUOTES = frozenset("“”\"«»‘")

# Institutions named after their town ("Jobcenter Lindenau", "JVA Lindenau", "Tafel Lindenau")
# and the fields of a form that hold a place ("Ort, Datum: Lindenau, …").
_TOWN_INSTITUTIONS = frozenset({"jva", "igs", "tafel", "klinikum", "stadt", "gemeinde", "ihk",
                                "hwk", "landkreis", "kreis", "gymnasium", "hochschule",
                                "kirchengemeinde", "bürgerbüro", "rathaus"})
# A company's legal form: the word after it and a comma is the company's town ("Nordsee-Krabben
# GmbH, Büsum, …").
_LEGAL_FORMS = frozenset({"gmbh", "ggmbh", "ag", "kg", "ug", "se", "ohg", "gbr", "mbh"})
# Not the endings of an action or an abstract noun: "Anhörung Tesfamariam", "Beratung Okoro"
# name the person of a case.
# Nor a law firm or a practice: "Kanzlei Brockmöller & Aslanoğlu" bears its partners' names.
_TOWN_ENDINGS = ("amt", "dienst", "stelle", "kasse", "behörde", "zentrum", "verein", "gericht",
                 "polizei", "schule", "konsulat", "kita", "klinik", "center", "-hub", "filiale",
                 "niederlassung", "standort")
# Offices and providers named by their abbreviation and their town ("VHS Garmisch", "LEA
# Berlin", "ABH Kiel"): in capitals only ("Lea Berlin" may be a person).
TOWN_OFFICES = frozenset({"VHS", "LEA", "ABH", "AWO", "DRK", "ZAB", "BAMF", "IHK", "HWK", "JVA",
                          "ZAA", "ZAV", "KVHS"})
_PLACE_FIELD = Lazy(r"(?:^|\n|  |\t)[ \t]*(?:Ort|Ort, Datum|Ort und Datum|Wohnort|Geburtsort"
                    r"|Dienstort):[ \t]*(?:[A-ZÄÖÜ][\w-]* )?$")


def names_a_place(text: str, toks: list[tuple[int, int, str]], t: int) -> bool:
    """The word after an institution's name or a form's place field is a town: "Jobcenter
    Lindenau", "Ort: Ausländerbehörde Lindenau"."""
    prev = toks[t - 1][2].lower()
    gap = text[toks[t - 1][1]:toks[t][0]]
    if gap == " " and (prev in _TOWN_INSTITUTIONS or prev.endswith(_TOWN_ENDINGS) or
                       toks[t - 1][2] in TOWN_OFFICES):
        return True
    if gap == ", " and prev in _LEGAL_FORMS:
        return True
    return ("Ort" in text or "ort:" in text) and _PLACE_FIELD.search(text, max(0, toks[t][0] - 40),
                                                 toks[t][0]) is not None
