"""Colleagues named where an office's note routes work or says who helped, in frames any
writer of such notes uses, with names that are German words too ("Hahn", "Krebs", "Heide"):

- whom one consulted, a noun of talking then "mit" and the surname without an article:
  "Nach Rücksprache mit Krebs wird …", "Telefonat mit Hahn am Montag", "Absprache mit Ritter:
  …" (a thing or a group there takes its article: "Rücksprache mit der Teamleitung"; a pair
  of words is no person: "Gespräch mit Jung und Alt");
- an English salutation with its form of address: "Dear Madam Hahn," (not "Dear Madam or
  Sir,");
- whom a sentence addresses, before a comma and a verb with "du"/"ihr": "Heide, kannst du das
  übernehmen?", "Ernst, hast du die Akte?" (an adverb there is no name: "Übrigens, kannst
  du …");
- a colleague's first name told apart by the room or the unit she works in: "Hans aus 3.14
  weiß Bescheid", "Heide vom Empfang kennt die Familie", "Eva aus dem Team 2", "Fritz aus der
  Registratur" — a first name that is a word too ("Heide", "Ernst") has no article there,
  and a room's number or an office's unit is where a person, never a heath, comes from ("die
  Heide aus Niedersachsen", "Mark aus dem Ausland" stay).

Each frame is looked for only where a plain string test finds its fixed words."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    ARTICLES,
    INSTITUTION_ENDINGS,
    NAMEISH,
    NOT_AFTER_TITLE,
    ROLES,
    STOP,
    SUR,
    Lazy,
)

# Nouns of talking or meeting before "mit" and whom one talked with.
_CONSULTED = Lazy(r"\b(?:Rücksprache|Absprache|Rückfrage|Telefonat|Gespräch|Abstimmung"
                  r"|Besprechung|Telefonnotiz|Telefonvermerk|Termin|Übergabe|Fallbesprechung)"
                  r" (?:mit|bei) ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
                  r"(?=[.,;:!?)\n]| \(| (?!und [A-ZÄÖÜ])[a-zäöüß]|$)")
# Their ends, for a cheap test before each " mit " and " bei " of a note.
_CONSULTED_ENDS = ("sprache", "frage", "Telefonat", "espräch", "mmung", "sprechung", "rgabe",
                   "Termin", "notiz", "vermerk")

# A name addressed at a sentence's start, then a verb of the second person.
_ADDRESSED = Lazy(r"(?:^|(?<=\n)|(?<=[.!?:] ))[ \t]*([A-ZÄÖÜ][a-zäöüß]+), (?:[a-zäöüß]+ )?"
                  r"(?:du|ihr)\b")

# An English salutation with its form of address ("Dear Madam Kurz,"), a greeting's or a
# form's word never ("Dear Madam or Sir", "Dear Sir/Madam").
_SALUTED = Lazy(r"\bDear (?:Madam|Sir|Miss|Mister|Mr\.?|Mrs\.?|Ms\.?) ([A-ZÄÖÜ][^\W\d_]+)"
                r"(?=[ \t]*[,!:\n]|[ \t]*$)")
_NO_SURNAME = frozenset({"Sir", "Madam", "Or", "And", "Officer", "Colleague", "Colleagues"})

# A first name, then where in the office the person works: a room's number ("aus 2.12", "aus
# Zimmer 3", "aus Raum 114"), a unit's noun ("vom Empfang", "aus der Registratur", "aus dem
# Team 2", "von nebenan"). The first name opens its sentence, or a verb or a conjunction
# stands before it ("Danach kam Eva aus …", "und Heide vom Empfang").
_FROM_UNIT = Lazy(r" (?:aus (?:(?:Zimmer|Zi\.|Raum|Büro) ?)?\d{1,3}(?:\.\d{1,3})?[a-z]?\b"
                  r"|(?:aus|von) (?:de[rm] |dem )?(?:Nachbarbüro|Büro|Vorzimmer|Empfang|Team"
                  r"|Registratur|Poststelle|Sekretariat|Leitstelle|Infotheke|Info|Service"
                  r"|Servicebüro|Bürgerbüro|Sachgebiet|Referat|Abteilung|Geschäftsstelle"
                  r"|Einbürgerung|Kasse|Zentrale|Pforte|Anmeldung|Schalter|Erdgeschoss|Flur"
                  r"|Stock|Haus [A-Z0-9])\b"
                  r"|vom (?:Empfang|Team|Service|Schalter|Sachgebiet|Referat|Sekretariat|Info"
                  r"|Bürgerbüro|Nachbarbüro|Flur|Sozialdienst|Sicherheitsdienst)\b"
                  r"|von nebenan\b)")


def staff_frames(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                 is_name: list[bool]) -> None:
    """Run the frames of the module's docstring where the note's plain string tests let them
    find anything."""
    if _consulting(text, " mit ") or _consulting(text, " bei "):
        _consulted(text, toks, cls, is_name)
    if ", " in text and (" du" in text or " ihr" in text):
        _marked(text, toks, cls, is_name, _ADDRESSED, _addressed_name)
    if "Dear " in text:
        _marked(text, toks, cls, is_name, _SALUTED, _english_surname)
    if (" aus " in text or " vo" in text) and AMBF in cls:
        _from_unit(text, toks, cls, is_name)


def rare_noun(word: str, c: int) -> bool:
    """A German noun in a place only a person's name fills (right after a list's word, after
    "Notiz für") is the surname if no list of words says what else it would be there: no
    meaning word ("Einbürgerung", "Akte"), no frequent word, no compound, no office's or
    team's ending ("Strichliste Meister", "Notiz für Kranz:")."""
    if c != STOP:
        return False
    lw = word.lower()
    lex = lexicon()
    return len(lw) > 3 and not lex.is_meaning_word(word) and lw not in lex.common_words and \
        not lw.endswith(INSTITUTION_ENDINGS) and not lex.is_compound(lw) and not lex.is_place(lw)


def _consulting(text: str, word: str) -> bool:
    """Does a noun of talking stand before one of the note's `word`s ("Rücksprache mit")?"""
    at = text.find(word)
    while at >= 0:
        if text.endswith(_CONSULTED_ENDS, max(0, at - 12), at):
            return True
        at = text.find(word, at + 1)
    return False


def _marked(text, toks, cls, is_name, pattern, accept) -> None:
    """Mark the token at each match's group 1 where `accept(token, class)` holds."""
    starts: dict[int, int] | None = None
    for m in pattern.finditer(text):
        if starts is None:
            starts = {tok[0]: i for i, tok in enumerate(toks)}
        t = starts.get(m.start(1))
        if t is not None and not is_name[t] and toks[t][1] == m.end(1) and \
                accept(toks[t][2], cls[t]):
            is_name[t] = True


def _addressed_name(word: str, c: int) -> bool:
    """A listed name, also one that is a word, may be addressed (see _ADDRESSED); an answer or
    an interjection opens a reply so too ("Ja, du darfst …", "Schade, du …")."""
    return c in NAMEISH and word.lower() not in _INTERJECTIONS


# Answers and interjections that may be listed names too ("Ja", "Prima", "Moin", "Egal").
_INTERJECTIONS = frozenset("""ja jo jep nein nee okay ok schade prima moin egal na naja gut klar
super genau stimmt danke bitte hallo hi hey sorry tja also achso ach oh jein servus tschüss
toll wow echt sicher richtig""".split())


def _english_surname(word: str, c: int) -> bool:
    """After "Dear Madam" any capitalised word but a greeting's is the surname."""
    return word not in _NO_SURNAME and not word.isupper()


def _consulted(text, toks, cls, is_name) -> None:
    """Mark whom one consulted (see the module's docstring): a listed name, also one that is a
    word or a place ("Adler"), no other place, no frequent word; a meaning word only where the person's name is found
    elsewhere in the note too."""
    lex = lexicon()

    def accept(word: str, c: int) -> bool:
        lw = word.lower()
        if c not in NAMEISH or lex.is_place(lw) and not lex.is_name(fold(lw)) or \
                lw in lex.common_words:
            return False
        return not meaning_word(word) or c in (AMBIG, SUR) and _named_elsewhere(toks, is_name,
                                                                                word)

    _marked(text, toks, cls, is_name, _CONSULTED, accept)


def _named_elsewhere(toks, is_name, word: str) -> bool:
    """Is the word found as a name at another place of the note ("Herr Koch … mit Koch")?"""
    return any(name and tok[2] == word for tok, name in zip(toks, is_name, strict=True))


def _from_unit(text, toks, cls, is_name) -> None:
    """Mark a first name that is a word too before where in the office its person works (see
    the module's docstring), also a frequent word ("Ernst von nebenan") or a place ("Heide"),
    without an article before it."""
    t = -1
    for _ in range(cls.count(AMBF)):  # (few in a note, found in C: no pass over every token)
        t = cls.index(AMBF, t + 1)
        start, end, word = toks[t]
        if is_name[t] or _FROM_UNIT.match(text, end) is None or len(word) < 3 or \
                word.isupper() or word.lower().endswith(INSTITUTION_ENDINGS) or \
                word.lower() in NOT_AFTER_TITLE:  # "lasse Sie vom Sicherheitsdienst …"
            continue
        before = text[max(0, start - 12):start].split()
        if not before or (before[-1].lower() not in ARTICLES and
                          before[-1].lower() not in _DETERMINERS):
            is_name[t] = True  # not "die Heide aus …", "eine Iris aus …"


_DETERMINERS = frozenset({"im", "am", "vom", "zum", "zur", "beim", "ins", "unsere", "unser",
                          "meine", "mein", "ihre", "seine", "viel", "viele", "etwas", "kein"})


# Who holds a function, as a heading: any person's role ("Klassenleiterin:", "Betreuerin:",
# "Vormund:"), not only the listed headings' words.
_ROLE_ENDINGS = ("leiter", "leiterin", "leitung", "lehrer", "lehrerin", "bearbeiter",
                 "bearbeiterin", "betreuer", "betreuerin", "berater", "beraterin", "partner",
                 "partnerin", "beauftragte", "beauftragter", "pfleger", "pflegerin", "vertreter",
                 "vertreterin", "anleiter", "anleiterin", "mittler", "mittlerin", "dolmetscher",
                 "dolmetscherin", "beistand", "vormund", "mentor", "mentorin", "supervisor",
                 "supervisorin", "protokollant", "protokollantin", "sachbearbeitung")


def role_heading(text: str, line: int, colon: int, end: int) -> str | None:
    """The heading before the colon if it is one word naming a person's role (see
    _ROLE_ENDINGS, wordclass.ROLES) and only names follow it up to a comma or a bracket:
    "Klassenleiterin: Franziska Jung", "Betreuerin: Rose Krebs (Caritas)"; not "Vater: Koch in
    einem Restaurant" (a sentence says what the person is)."""
    head = text[line:colon].strip(" \t>*-")
    if not head[:1].isupper() or " " in head or head in _FIRMS_TOO or not (
            head in ROLES or head.lower().endswith(_ROLE_ENDINGS)):
        return None
    named = _NAMES_ONLY.match(text, colon + 1, end)
    return head if named is not None else None


def names_a_person(head: str) -> bool:
    """Does a heading name a person by what she does ("Sachbearbeiter", "Bearbeiterin",
    "Dolmetscherin", "Vormund"), not a function an office fills ("Teamleitung",
    "Bearbeitung")? After it a rare German noun is a surname too ("Sachbearbeiter: Zahn")."""
    return head[:1].isupper() and " " not in head and head.endswith(_PERSON_ENDINGS) and \
        head not in _FIRMS_TOO and (head in ROLES or head.lower().endswith(_ROLE_ENDINGS) or head in _LISTED_PERSONS)


# Roles a firm or an office fills as often as a person: "Arbeitgeber: Ford-Werke GmbH".
_FIRMS_TOO = frozenset("""Arbeitgeber Arbeitgeberin Vermieter Vermieterin Absender Absenderin
Empfänger Empfängerin Kontoinhaber Kontoinhaberin Verpflichtungsgeber Verpflichtungsgeberin
Gastgeber Gastgeberin Inhaber Inhaberin Bevollmächtigte Bevollmächtigter Betreuer Betreuerin
Vormund Vormundin Zusteller Zustellerin Kunde Kundin Mandant Mandantin""".split())
_PERSON_ENDINGS = ("er", "erin", "in", "mund", "stand", "tor", "torin", "ant", "antin")
_LISTED_PERSONS = frozenset({"Bearbeiter", "Bearbeiterin", "Sachbearbeiter",
                             "Sachbearbeiterin", "Verfasser", "Verfasserin"})


# Capitalised words up to the line's end, a comma, a semicolon or a bracket.
_NAMES_ONLY = Lazy(r"[ \t]+(?:[A-ZÄÖÜ][^\W\d_]*\.?(?:[ -]|(?=[,;(\n]|[ \t]*$)))+[ \t]*(?:[,;(\n]|$)")
