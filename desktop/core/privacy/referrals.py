"""Names in the office's references to a colleague or a firm, where a surname that is a
German word has no other mark: the addressee of a file sent on for a task ("Akte an Kranich
zur Prüfung": a unit would be named with its article or as a unit, "an die Registratur",
"an Abteilung 3") or for information ("z.K. an Lea,"), a signature before a team code on a
line of its own ("Hase / SG 32") or before the writer's office ("Hecht, Vorsitzender Richter
am VG"), a firm named after its partners ("licht & partner", "Wolf & Söhne") or a trade's
after its owner ("Gärtnerei Sommer & Söhne"), a client's file ("die dupont-akte"), a family's
members told apart ("krause senior", "Krause jun."). detector.py adds these spans to the name
rules' (names.py); each frame is looked for only where a plain string test finds its fixed
words, which most notes lack."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    BOTH,
    FIRST,
    INSTITUTION_ENDINGS,
    NO_NAME_BEFORE,
    NOT_AFTER_TITLE,
    NOUN,
    PREPOSITIONS,
    ROLE,
    STOP,
    SUR,
    TITLE,
    UNKNOWN,
    Lazy,
    classifier,
)

# "an X zur Prüfung", "an X zur Kenntnis": what a file is sent on for.
_SENT_FOR = Lazy(r" an ([A-ZÄÖÜ][a-zäöüß]{2,}) zur (?:Prüfung|Kenntnis(?:nahme)?"
                 r"|(?:Weiter)?[Bb]earbeitung|Entscheidung|Unterschrift|Mitzeichnung|Zeichnung"
                 r"|Übernahme|Stellungnahme|Erledigung|Freigabe|Veranlassung|Durchsicht"
                 r"|Info(?:rmation)?|Rücksprache)\b")
# Sent on for information: "z.K. an Lea, ist EU-Bürger", "Zur Kenntnis an Winter:" (a unit
# would be named with its article or as a unit: "z.K. an Registratur", "an Abteilung 3").
_FOR_INFORMATION = Lazy(r"(?:[Zz]\. ?K\.|[Zz]ur Kenntnis(?:nahme)?) an ([A-ZÄÖÜ][a-zäöüß]{2,})"
                        r"(?=[,:;.!?)]|\s*$| \()")
# Its gate: one search instead of four substring tests (some 0.8 µs a note less).
_INFORMATION_GATE = Lazy(r"K\. ?an |Kenntnis(?:nahme)? an ")
# A signature's line: a surname, then the writer's office ("Hecht, Vorsitzender Richter am VG",
# "gez. Ruf, Sachbearbeiterin"); the office's words say a person signs.
_SIGNED_OFFICE = Lazy(r"(?m)^[ \t]*(?:gez\. )?([A-ZÄÖÜ][a-zäöüß]{2,}), (?:Vorsitzende[r]? )?"
                      r"(?:Richter|Sachbearbeiter|Teamleiter|Sachgebietsleiter|Amtsleiter"
                      r"|Abteilungsleiter|Referent|Rechtsanwalt|Rechtsanwältin)(?:in)?"
                      r"(?: (?:am|beim|des|der) [^\n]{1,40})?[ \t]*$")
# Its gate: one search for ", " and an office's first word (a generator of nine substring
# tests cost some 3 µs a note).
_OFFICE_GATE = Lazy(r", (?:Vorsitzende|Richter|Sachbearbeiter|Teamleiter|Sachgebietsleiter"
                    r"|Amtsleiter|Abteilungsleiter|Referent|Rechtsanw)")
# A line of its own: a surname, then the writer's team ("Hase / SG 32", "Hase, SG 3").
_TEAM_SIGNATURE = Lazy(r"(?m)^([A-ZÄÖÜ][a-zäöüß]{2,})(?: ?/ ?|, )SG ?\d{1,3}[a-z]?[ \t]*$")
# A firm named after a partner, in any case: "Licht & Partner", "licht & partner ing.".
_FIRM = Lazy(r"(?<![\w&@.-])([A-Za-zÄÖÜäöüß][a-zäöüß]{2,}) & (?:[Pp]artner|Söhne|[Ss]ohn)\b")

# A trade's firm named after its owner: "Gärtnerei Sommer & Söhne", "Pflege Kaiser GmbH",
# "Gebäudereinigung Winter GmbH" (a trade noun, a word, the legal form).
_TRADE_FIRM = Lazy(r"(?<![\w&@.-])([A-ZÄÖÜ][a-zäöüß]{3,}) ([A-ZÄÖÜ][a-zäöüß]{2,})"
                   r" (?:GmbH|& Söhne|& Sohn|KG|OHG|GbR|UG|e\. ?K\.)(?!\w)")

# A file named after its client: "die Dupont-Akte", "die dupont-akte" (not "die E-Akte",
# "die Ausländer-Akte", "die BAMF-Akte").
_NAMED_FILE = Lazy(r"(?<![\w&@.-])([A-Za-zÄÖÜäöüß][a-zäöüß]{2,})-[Aa]kte(?![\w-])")

# A family's members told apart: "Krause senior", "krause jun." (a surname in any case).
# "-akte" or "-Akte" in the note: one search that stops only at the hyphens (a third of the
# time of two plain searches, which each read the whole note).
_NAMED_FILE_GATE = Lazy(r"-[aA]kte")
_ELDER_YOUNGER = Lazy(r"(?<![\w-])([A-Za-zÄÖÜäöüß][a-zäöüß]{2,}) (?:[Ss]enior|[Jj]unior|jun\.|sen\.)"
                      r"(?!\w)")

# Units a file goes to without article in an office's shorthand ("an Registratur zur
# Ablage", "an Zentrale zur Weiterleitung"), and nouns that stand after "an" without article
# ("an Bord", "an Land"): no person.
_UNITS = ("registratur", "zentrale", "büro", "sekretariat", "vorzimmer", "referat",
          "sachgebiet", "bereich", "abteilung", "mandant", "mandanten", "kollegium", "leitung",
          "bord", "land", "hand", "deck", "ort", "stelle")
_GERMAN = frozenset({STOP, NOUN, ROLE, TITLE})  # classes of no listed name


def referral_names(text: str) -> list[tuple[int, int]]:
    """Spans of the surnames in the four frames above."""
    out: list[tuple[int, int]] = []
    # (one plain search each, the rarest fixed part first: a few tenths of a µs a note)
    if "zur " in text and " an " in text:
        out += [m.span(1) for m in _SENT_FOR.finditer(text) if _person_word(m[1], True)]
    if _INFORMATION_GATE.search(text) is not None:
        out += [m.span(1) for m in _FOR_INFORMATION.finditer(text) if _addressee(m[1])]
    if _OFFICE_GATE.search(text) is not None:
        out += [m.span(1) for m in _SIGNED_OFFICE.finditer(text) if _signer(m[1])]
    if "SG" in text:
        out += [m.span(1) for m in _TEAM_SIGNATURE.finditer(text) if _person_word(m[1], True)]
    if "&" in text:
        out += [m.span(1) for m in _FIRM.finditer(text) if _person_word(m[1].capitalize(), False)]
    if "&" in text or "e.K" in text or "G" in text and (
            "GmbH" in text or "KG" in text or "UG" in text or "GbR" in text):
        # (the legal forms' "G" tested first: four notes in ten lack it)
        out += [m.span(2) for m in _TRADE_FIRM.finditer(text) if _owner(m[1], m[2])]
    if _NAMED_FILE_GATE.search(text) is not None:
        out += [m.span(1) for m in _NAMED_FILE.finditer(text) if _client(m[1].lower())]
    if "ior" in text or "jun." in text:
        out += [m.span(1) for m in _ELDER_YOUNGER.finditer(text)
                if _person_word(m[1].capitalize(), False)]
    return out


def _person_word(word: str, german_too: bool) -> bool:
    """May `word` be a surname here? Not a function word, a role, a meaning word or a unit;
    a German word (not listed as a name) only where `german_too`."""
    lw = word.lower()
    if lw in NO_NAME_BEFORE or lw in NOT_AFTER_TITLE or lw in PREPOSITIONS or \
            lw.endswith(INSTITUTION_ENDINGS) or lw.endswith(_UNITS) or meaning_word(word) or \
            lw in lexicon().common_words:
        return False
    c = classifier()(word)[0]
    return c not in (ROLE, TITLE) and (german_too or c not in _GERMAN)


def _owner(trade: str, word: str) -> bool:
    """After a trade's noun ("Gärtnerei", "Pflege"), a listed surname that is a word too
    ("Sommer", "Winter", "Kaiser") names the owner; a place or a quarter ("Pflege Nord GmbH",
    "Stadtwerke Bochum GmbH"), a German word the lists lack as a name ("Pflege Zuhause GmbH")
    or a brand after a name ("Bosch Rexroth AG") does not."""
    lex = lexicon()
    lw = word.lower()
    if not lex.is_noun(trade.lower()) or lex.is_place(lw) or lw in lex.common_words:
        return False
    return classifier()(word)[0] in (AMBIG, AMBF)


def _client(lw: str) -> bool:
    """A word before "-akte" that names a client: a listed name that is no German word, or a
    word German does not have."""
    lex = lexicon()
    return not lex.is_word(lw) and fold(lw) not in lex.ambiguous and not lex.is_stopword(lw) and \
        lw not in lex.common_words and not lex.is_prefix(lw) and (
            lex.is_name(fold(lw)) or not lex.is_compound(lw))


def _addressee(word: str) -> bool:
    """Whom a file goes to for information: a listed name, also one that is a word ("Lea",
    "Winter"), or a word the data does not know; no unit, role or function word."""
    lw = word.lower()
    if lw in NO_NAME_BEFORE or lw in NOT_AFTER_TITLE or lw in PREPOSITIONS or \
            lw.endswith(INSTITUTION_ENDINGS) or lw.endswith(_UNITS):
        return False
    return classifier()(word)[0] in (AMBIG, AMBF, SUR, FIRST, BOTH, UNKNOWN)


def _signer(word: str) -> bool:
    """The surname of a signature's line: a listed name, also one that is a word ("Kurz",
    "Hecht"), or a word the data does not know; no greeting or meaning word that is no
    listed name ("Termin, Sachbearbeiterin …")."""
    lw = word.lower()
    if lw in NO_NAME_BEFORE or lw in NOT_AFTER_TITLE or lw in PREPOSITIONS or \
            lw.endswith(INSTITUTION_ENDINGS) or lw.endswith(_UNITS):
        return False
    c = classifier()(word)[0]
    if c in (AMBIG, AMBF, SUR, FIRST, BOTH, UNKNOWN):
        return True
    lex = lexicon()
    if c == NOUN:
        return lex.is_name(fold(lw))
    # a German word the lists lack as a name ("Hecht"), not a meaning word or a place
    return c == STOP and not meaning_word(word) and lw not in lex.common_words and \
        not lex.is_place(lw)
