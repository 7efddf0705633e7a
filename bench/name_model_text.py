"""The training text of the name judgement (bench/train_name_model.py): sentences from a small
grammar written for it, with labelled name spans.

Names: Faker's person lists of locales that no evaluation or development set uses, a sample of
the detector's own name lists, surnames made of German word parts and name endings, names that
are also German words. German words: nouns, places, abbreviations, hyphenated nouns, verbs
written as nouns, sentence openers. See bench/train_name_model.py for why these sources.
"""

from __future__ import annotations

import importlib
import random
import re

FAKER_LOCALES = ("en_US", "en_GB", "en_NZ", "en_IE", "ga_IE", "es_AR", "es_CL", "es_CA",
                 "fr_BE", "fr_CA", "lv_LV", "sl_SI", "zu_ZA", "en_TH")
_PLAIN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?")


def faker_names() -> tuple[list[str], list[str]]:
    firsts: set[str] = set()
    lasts: set[str] = set()
    for locale in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError as exc:
            raise SystemExit("Faker fehlt: pip install --target /tmp/faker-anonnames faker, "
                             "dann PYTHONPATH=/tmp/faker-anonnames python -m "
                             "bench.train_name_model") from exc
        for attrs, out in ((("first_names", "first_names_male", "first_names_female"), firsts),
                           (("last_names",), lasts)):
            for attr in attrs:
                value = provider.__dict__.get(attr)
                if isinstance(value, dict):
                    value = list(value)
                if not isinstance(value, (list, tuple)):
                    continue
                out.update(n.strip() for n in value if isinstance(n, str)
                           and _PLAIN.fullmatch(n.strip()) and len(n.strip()) > 1)
    return sorted(firsts), sorted(lasts)


# ---------------------------------------------------------------------------------------------
# The grammar. "{X}" is a person, "{N}" a noun phrase or bare noun as the slot allows.

_VERBS_SUBJECT = (
    "ruft heute an", "hat sich gemeldet", "bringt die Unterlagen mit", "legte {N} vor",
    "kommt nächste Woche wieder", "wohnt seit März bei der Schwester", "arbeitet in {P}",
    "hat {N} abgegeben", "fragte nach {N}", "möchte {N} beantragen", "konnte nicht kommen",
    "ist krank", "war pünktlich", "schickte {N} per Post", "unterschreibt morgen",
    "hat geweint", "wartet auf {N}", "sprach lange über {N}", "bat um Verständnis",
    "lehnt {N} ab", "ist umgezogen", "hat den Termin vergessen", "zeigte {N}",
)
_OBJECT_FRAMES = (
    "Ich habe {X} gebeten, {N} nachzureichen.", "Wir haben {X} die Lage erklärt.",
    "Die Kollegin hat {X} zurückgerufen.", "Bitte {X} zum Termin einladen.",
    "Ich konnte {X} beruhigen.", "Der Dolmetscher hat {X} alles übersetzt.",
    "Morgen {X} anrufen wegen {N}.", "Ich habe {X} heute zum ersten Mal gesehen.",
    "Wir informieren {X} schriftlich.", "Das Amt hat {X} vorgeladen.",
)
_PREPOSITION_FRAMES = (
    "Gespräch mit {X} über {N}.", "Unterlagen für {X} liegen vor.", "Post von {X} eingegangen.",
    "Nachfrage bei {X} ergab nichts Neues.", "Rückmeldung an {X} am Montag.",
    "Laut {X} fehlt noch {N}.", "Zusammen mit {X} kam {N}.", "Die Frage von {X} blieb offen.",
    "Wir warten auf {X}.", "Ein Brief an {X} ging raus.", "Im Auftrag von {X} angefragt.",
    "Termin mit {X} verschoben.", "Bescheinigung für {X} ausgestellt.",
    "Nach Angaben von {X} ist {N} verloren.", "Kopie an {X}.", "Die Vollmacht von {X} fehlt.",
    "Für {X} wird {N} verlängert.", "Über {X} wissen wir wenig.", "Ohne {X} geht es nicht.",
    "Gegenüber {X} habe ich klar gesagt, was fehlt.", "Wegen {X} angerufen.",
)
_DATA_FRAMES = (
    "{X} ({D}) meldet sich.", "Kontakt: {X}, {D}.", "{X} {D}", "Rückruf {X} unter {D}.",
    "{W} {D} angegeben.", "Per {W} an {D}.", "{W}: {D}", "Neue {W} {D}, bitte eintragen.",
    "Laut {W} vom {D} fehlt nichts.", "{X}, {D}, wohnt jetzt woanders.",
)
_OTHER_FRAMES = (
    "{X}: {N} fehlt.", "Beteiligt: {X}, {X2} und {N}.", "Anwesend waren {X} und {X2}.",
    "{X}s Antrag liegt vor.", "Die Schwester von {X}, {X2}, übersetzte.",
    "Betreff: {X}, {N}", "Name: {X}", "{X} ({N}) erschien allein.", "Es kam {X}.",
    "Heute {X}, morgen {X2}.", "Nochmals {X}: {N} ist da.", "Bei {X} zuhause war niemand.",
    "{X} und {X2} waren gemeinsam hier.", "Vertreten durch {X}.", "{X}, die Mutter, blieb ruhig.",
)
# Frames whose capitalised words are all German words (the negatives).
_NOUN_FRAMES = (
    "Die {A} {V} liegt vor.", "{W} fehlt noch.", "Wegen {W} nachgefragt.", "Ohne {W} geht nichts.",
    "Betreff: {W}", "Vorgelegt: {W}, {W2}, {W3}.", "Mit {W} gekommen.", "Nach {W} gefragt.",
    "Der {V} wurde geprüft.", "Ein {A} {W} ist nötig.", "Für {W} zuständig ist {P}.",
    "In {P} gibt es {W}.", "{W} und {W2} sind geklärt.", "Bei {W} hilft {P}.",
    "Zur {V} kam nichts.", "{W}: erledigt.", "Das {V} ist zu klein.", "Aus {P} kam {W}.",
    "Heute {W}, morgen {W2}.", "Laut {W} ist alles da.", "{A} {W} wurde abgelehnt.",
    "Im {V} war es laut.", "Seit {W} keine Rückmeldung.", "Von {P} kam {W}.",
    "{W} gibt es nicht.", "Weiter zu {W}.", "{W}? Noch offen.",
)
# A preposition, a word without an article, then a verb or participle: a name ("für Agger
# verlängert") or a bare noun ("für Verpflegung gesorgt") — the word decides, not the place.
_PREPS = ("für", "an", "von", "mit", "bei", "zu", "über", "gegen", "zugunsten", "seitens",
          "laut", "durch", "ohne")
_PARTICIPLES = ("verlängert", "unterschrieben", "übergeben", "erstellt", "beantragt",
                "bestätigt", "abgelehnt", "genehmigt", "vereinbart", "angefordert", "geklärt",
                "gesorgt", "geprüft", "verschickt", "erledigt", "eingereicht", "abgeholt",
                "zugestellt", "verschoben", "besprochen", "entschieden", "erhalten", "notiert",
                "weitergeleitet", "zurückgegeben", "ausgehändigt", "gebucht", "angefragt")
_HEADINGS = ("Notiz vom {D}:", "Termin {D}:", "Vermerk {D} –", "Am {D}:", "{D}:", "Eingang {D}:",
             "Gesprächsnotiz, {D}:")
# A free clause: subject, verb, object, a prepositional phrase; each a person or a noun phrase.
_FINITE = ("informierte", "begleitet", "vertritt", "kennt", "besuchte", "unterstützt",
           "erreichte", "vermisst", "trifft", "bat", "fragt", "beauftragte", "rief", "schickt",
           "sah", "lobte", "wartet auf", "sprach mit", "schrieb an", "verwies auf")
_ADJECTIVES = ("neue", "alte", "fehlende", "vollständige", "gültige", "aktuelle", "zweite",
               "schriftliche", "kurze", "beglaubigte", "weitere", "eigene")
_TITLES = ("Herr", "Frau", "Herrn", "Hr.", "Fr.", "Dr.", "Frau Dr.")
_ROLES = ("Mandantin", "Kunde", "Tochter", "Sohn", "Ehemann", "Ehefrau", "Nachbarin",
          "Betreuer", "Vater", "Mutter", "Bruder", "Kollegin", "Anwalt")
_PARTICLES = ("van", "de", "da", "del", "de la", "van der", "al", "bin", "dos", "di", "le")


class Gen:
    """Sentences with labelled name spans from the grammar above."""

    def __init__(self, rng: random.Random) -> None:
        from desktop.core.privacy.lexicon import lexicon

        self.rng = rng
        lex = lexicon()
        f_firsts, f_lasts = faker_names()
        # The detector's data: a sample of its names, capitalised as written.
        own_firsts = sorted(w.capitalize() for w in lex.first_names if w.isalpha() and
                            len(w) > 2)
        own_lasts = sorted(w.capitalize() for w in lex.surnames if w.isalpha() and len(w) > 2)
        self.firsts = f_firsts + rng.sample(own_firsts, min(3000, len(own_firsts)))
        self.lasts = f_lasts + rng.sample(own_lasts, min(3000, len(own_lasts)))
        nouns = sorted(w for w in lex.nouns if w.isalpha() and 4 <= len(w) <= 16)
        self.nouns = [w.capitalize() for w in rng.sample(nouns, 20000)]
        self.places = sorted(w.capitalize() for w in lex.places if w.isalpha() and len(w) > 3)
        # Names that are also words: as names in name places, as words in noun places.
        self.name_words = sorted(w.capitalize() for w in lex.common_names if w.isalpha()
                                 and len(w) > 2 and lex.is_noun(w))
        self.stems = [w for w in nouns if 4 <= len(w) <= 7]
        # Adverbs, adjectives and verbs that open a sentence ("Kurz danach …", "Leider …").
        self.openers = sorted(w.capitalize() for w in lex.common_words if w.isalpha()
                              and len(w) > 2 and not lex.is_noun(w))
        # Verbs as nouns ("Spiegeln und Zusammenfassen"): infinitives of the frequency data.
        self.infinitives = sorted(w.capitalize() for w in lex.words if w.endswith("en")
                                  and len(w) >= 6 and w.isalpha() and not lex.is_noun(w))
        # The meaning words of the project's own list: the nouns notes of this field use.
        self.field_nouns = sorted(w.capitalize() for w in lex.stopwords if w.isalpha()
                                  and len(w) > 3 and lex.is_noun(w))

    def made_surname(self) -> str:
        """A German-looking surname of a word part and a name ending ("Kornhausen")."""
        rng = self.rng
        stem = rng.choice(self.stems)[: rng.randint(3, 6)]
        end = rng.choice(("hausen", "mann", "berger", "meier", "brink", "kamp", "beck",
                          "horst", "dorf", "feld", "ling", "ke", "er", "inger", "meyer",
                          "hagen", "haus", "stedt", "rath", "bach", "wald", "ski", "ert"))
        return (stem + end).capitalize()

    def last(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            return self.made_surname()
        if roll < 0.22:
            return rng.choice(self.name_words)
        if roll < 0.26:
            return rng.choice(self.nouns)  # "Strand", "Bruder": surnames that are nouns
        if roll < 0.28:
            return f"{rng.choice(self.lasts)}-{rng.choice(self.lasts)}"
        if roll < 0.3:
            return f"{rng.choice(self.lasts)}-{rng.choice(self.nouns)}"  # "Linden-Hager"
        return rng.choice(self.lasts)

    def first(self) -> str:
        rng = self.rng
        return rng.choice(self.name_words) if rng.random() < 0.05 else rng.choice(self.firsts)

    def person(self) -> list[tuple[str, bool]]:
        """A person as (text, is_name) pieces."""
        rng = self.rng
        first, last = self.first(), self.last()
        roll = rng.random()
        if roll < 0.2:
            return [(first, True), (" ", False), (last, True)]
        if roll < 0.3:
            return [(first, True)]
        if roll < 0.38:
            return [(last, True)]
        if roll < 0.55:
            return [(rng.choice(_TITLES) + " ", False), (last, True)]
        if roll < 0.65:
            return [(rng.choice(_TITLES) + " ", False), (first, True), (" ", False),
                    (last, True)]
        if roll < 0.75:
            return [(rng.choice(_ROLES) + " ", False), (first, True)]
        if roll < 0.8:
            return [(rng.choice(_ROLES) + " ", False), (first, True), (" ", False),
                    (last, True)]
        if roll < 0.86:
            return [(last, True), (", ", False), (first, True)]
        if roll < 0.9:
            return [(first, True), (" ", False), (rng.choice(self.firsts), True), (" ", False),
                    (last, True)]
        if roll < 0.95:
            return [(first, True), (" ", False),
                    (rng.choice(_PARTICLES) + " " + rng.choice(self.lasts), True)]
        return [(first, True), (" ", False), (last, True)]

    def abbreviation(self) -> str:
        """Abbreviations as notes write them: "AZR-Nr", "RückrufNr", "BAMF", "Gz"."""
        rng = self.rng
        upper = "ABCDEFGHIKLMNOPRSTUVWZ"
        acronym = "".join(rng.choice(upper) for _ in range(rng.randint(2, 5)))
        stem = rng.choice(self.nouns)[: rng.randint(3, 8)]
        tail = rng.choice(("Nr", "ID", "Nummer", "Bescheid", "Akte", "Str"))
        return rng.choice((acronym, f"{acronym}-{tail}", f"{stem}{tail}", f"{stem}-{tail}",
                           stem[:2], f"{acronym[0]}{stem[1:4]}{acronym[1:]}"))

    def hyphenated(self) -> str:
        """German words joined by a hyphen: "E-Mail", "Kita-Platz", "BAMF-Bescheid"."""
        rng = self.rng
        first = rng.choice((rng.choice("EUTXS"), rng.choice(self.nouns),
                            "".join(rng.choice("ABDEGKLMNPRSTUVZ") for _ in range(3))))
        return f"{first}-{rng.choice(self.nouns)}"

    def data(self) -> str:
        """An item the detector's patterns find (a placeholder's place when anonymised)."""
        rng = self.rng
        user = rng.choice(self.nouns).lower()
        return rng.choice((f"{user}@{rng.choice(('web.de', 'gmx.net', 'posteo.de'))}",
                           f"0{rng.randint(150, 179)} {rng.randint(100000, 9999999)}",
                           f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(2020, 2027)}",
                           f"AZ {rng.randint(10, 99)}-{rng.randint(100, 9999)}"))

    def noun_word(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.05:
            return self.abbreviation()
        if roll < 0.08:
            return self.hyphenated()
        if roll < 0.1:
            return rng.choice(self.infinitives)
        if roll < 0.15:
            return rng.choice(self.field_nouns)
        if roll < 0.22:
            return rng.choice(self.places)
        if roll < 0.3:
            a, b = rng.choice(self.stems), rng.choice(self.nouns).lower()
            return (a + rng.choice(("", "s", "en")) + b).capitalize()  # a compound
        return rng.choice(self.nouns)

    def noun_phrase(self) -> str:
        rng = self.rng
        det = rng.choice(("die", "der", "das", "den", "eine", "keine", "ihre", "seine", ""))
        adj = rng.choice(_ADJECTIVES) + " " if rng.random() < 0.3 else ""
        # A name that is also a word, as a word: only where an article makes it one.
        word = rng.choice(self.name_words) if det and rng.random() < 0.15 else self.noun_word()
        return f"{det} {adj}{word}".strip()

    def part(self) -> list[tuple[str, bool]]:
        """A person or a noun phrase, evenly."""
        return self.person() if self.rng.random() < 0.5 else [(self.noun_phrase(), False)]

    def clause(self) -> list[tuple[str, bool]]:
        rng = self.rng
        out = self.part()
        if out[0][0][:1].islower():
            out[0] = (out[0][0][0].upper() + out[0][0][1:], out[0][1])
        out.append((" " + rng.choice(_FINITE) + " ", False))
        out.extend(self.part())
        if rng.random() < 0.5:
            out.append((" " + rng.choice(_PREPS) + " ", False))
            out.extend(self.part())
        out.append((rng.choice((".", ".", ",", ";", "!")), False))
        return out

    def sentence(self) -> list[tuple[str, bool]]:
        rng = self.rng
        if rng.random() < 0.2:
            return self.clause()
        roll = rng.random()
        if roll < 0.12:
            head = rng.choice(_HEADINGS).replace("{D}", f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.")
            prep = rng.choice(_PREPS) + " " if rng.random() < 0.7 else ""
            if prep and rng.random() < 0.5:
                prep = prep.capitalize() if rng.random() < 0.3 else prep
            lead = rng.choice((head + " ", "", "Die Bescheinigung ", "Alles "))
            if lead == "" and prep:
                prep = prep.capitalize()
            tail = " " + rng.choice(_PARTICIPLES) + rng.choice((".", ",", " bis Freitag.", "."))
            if rng.random() < 0.55:
                return [(lead + prep, False), *self.person(), (tail, False)]
            return [(lead + prep + self.noun_word() + tail, False)]
        if roll < 0.18:
            opener = rng.choice(self.openers)
            frame = opener + rng.choice((" danach {N} gekommen.", " kam {N}.", " ist {N} da.",
                                         " hat {X} angerufen.", " war {X} hier.",
                                         " wurde {N} geprüft.", " fehlt {N}."))
        elif roll < 0.3:
            frame = rng.choice(_NOUN_FRAMES)
        elif roll < 0.45:
            frame = "{X} " + rng.choice(_VERBS_SUBJECT) + "."
        elif roll < 0.6:
            frame = rng.choice(_OBJECT_FRAMES)
        elif roll < 0.75:
            frame = rng.choice(_PREPOSITION_FRAMES)
        elif roll < 0.82:
            frame = rng.choice(_DATA_FRAMES)
        else:
            frame = rng.choice(_OTHER_FRAMES)
        out: list[tuple[str, bool]] = []
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", frame):
            out.append((frame[pos:m.start()], False))
            slot = m[1]
            if slot in ("X", "X2"):
                out.extend(self.person())
            elif slot == "N":
                out.append((self.noun_phrase(), False))
            elif slot == "V":  # after an article: also a name that is a word
                out.append((rng.choice(self.name_words) if rng.random() < 0.4 else
                            self.noun_word(), False))
            elif slot in ("W", "W2", "W3"):
                out.append((self.noun_word(), False))
            elif slot == "A":
                out.append((rng.choice(_ADJECTIVES).capitalize() if m.start() == 0 else
                            rng.choice(_ADJECTIVES), False))
            elif slot == "D":
                out.append((self.data(), False))
            elif slot == "P":
                out.append((rng.choice(self.places), False))
            pos = m.end()
        out.append((frame[pos:], False))
        return out

    def note(self) -> tuple[str, list[tuple[int, int]]]:
        pieces: list[tuple[str, bool]] = []
        for _ in range(self.rng.randint(1, 4)):
            pieces.extend(self.sentence())
            pieces.append((self.rng.choice((" ", " ", "\n")), False))
        text, spans, pos = "", [], 0
        for piece, name in pieces:
            if name:
                spans.append((pos, pos + len(piece)))
            text += piece
            pos += len(piece)
        return text, spans
