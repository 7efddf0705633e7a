"""Colleagues named where an office's note routes work or says who helped, in frames any
writer of such notes uses, with names that are German words too ("Hahn", "Krebs", "Heide"):

- whom one consulted, a noun of talking then "mit" and the surname without an article:
  "Nach Rücksprache mit Krebs wird …", "Telefonat mit Hahn am Montag", "Absprache mit Ritter:
  …" (a thing or a group there takes its article: "Rücksprache mit der Teamleitung"; a pair
  of words is no person: "Gespräch mit Jung und Alt");
- an English salutation with its form of address: "Dear Madam Hahn," (not "Dear Madam or
  Sir,");
- whom a sentence addresses, before a comma and a question or request with the verb first:
  "Heide, kannst du das übernehmen?", "Ernst, hast du die Akte?" (an answer or an adverb
  there is no name: "Ja, willst du …", "Übrigens, kannst du …");
- who is away or back, the state only a person is in: "Petra heute krank", "Krebs und Hahn
  heute im Homeoffice", "Ernst ab Montag im Urlaub, Vertretung Tom", "- Sauer: krank" (a
  thing is "nicht erreichbar" too: "Server", "Telefon" are no listed names; a day, a group
  or an adverb without a time after it stays: "Montag: frei", "Lange krank gewesen");
- whom a to-do asks to call, ask or tell: "Hahn anrufen", "Morgen: Eva fragen wegen …",
  "bitte Krebs Bescheid geben" (not "Jobcenter anrufen", "Alle informieren", "Kurz anrufen");
- a colleague's first name told apart by the room or the unit she works in: "Hans aus 3.14
  weiß Bescheid", "Heide vom Empfang kennt die Familie", "Eva aus dem Team 2", "Fritz aus der
  Registratur" — a first name that is a word too ("Heide", "Ernst") has no article there,
  and a room's number or an office's unit is where a person, never a heath, comes from ("die
  Heide aus Niedersachsen", "Mark aus dem Ausland" stay).

Each frame is looked for beside a listed name that is a word too, where the characters beside
it allow one. Also here, for worklists.py, headings.py and layout.py: a rare German noun no
list holds as a name in a place only a name fills (rare_noun: "Strichliste Meister",
"Grüßen⏎Kranz"), and a role as a line's heading (role_heading, names_a_person:
"Klassenleiterin: Fuchs", "Sachbearbeiter: Zahn")."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    ARTICLES,
    CALENDAR_WORDS,
    INSTITUTION_ENDINGS,
    NAMEISH,
    NOT_AFTER_TITLE,
    ROLES,
    STOP,
    Lazy,
)

# Nouns of talking or meeting before "mit"/"bei" and whom one talked with ("Rücksprache",
# "Absprache", "Rückfrage", "Telefonat", "Gespräch", "Abstimmung", "Besprechung", "Übergabe",
# "Termin", "Telefonnotiz"), by their ends; after the name the clause ends or goes on in lower
# case (not "Jung und Alt").
_CONSULTED_ENDS = ("sprache", "frage", "Telefonat", "espräch", "mmung", "sprechung", "rgabe",
                   "Termin", "notiz", "vermerk")
_CONSULTED_AFTER = Lazy(r"(?:[.,;:!?)\n]| \(| (?!und [A-ZÄÖÜ])[a-zäöüß]|$)")

# A name addressed at a sentence's start, then a question or a request in the second person
# ("Heide, kannst du …"; not "Sommer, du weißt ja, ist …": a clause set off by commas).
_ADDRESSED = r", [a-zäöüß]+(?:st du|t ihr)\b"

# Who is away or back: after one or two names opening a clause or a list's line, when, then
# the state (matched from the end of an ambiguous name: few in a note, no search of every note).
_STATE = (r"(?:krank(?:geschrieben|gemeldet)?|im Urlaub|in Urlaub|im Home-?[Oo]ffice|im HO"
          r"|in Elternzeit|im Mutterschutz|in Mutterschutz|auf (?:Fortbildung|Schulung|Dienstreise)"
          r"|in der Schulung|abwesend|(?:nur )?(?:telefonisch |per [A-Za-z]+ )?erreichbar"
          r"|nicht erreichbar|nicht da|wieder da|im Außendienst|außer Haus|Urlaub|frei)\b")
_AWAY_RX = (r"(?:(?: und | \+ | & | / )([A-ZÄÖÜ][a-zäöüß]+))?(?:: | (?:ist |sind |war |waren )?"
            r"((?:(?:heute|morgen|gestern|übermorgen|noch|wieder|ganztags|vormittags"
            r"|nachmittags|diese Woche|nächste Woche|die ganze Woche|(?:ab|bis|seit) [\w.]+)"
            r" ){0,3}))" + _STATE + r"(?:,? Vertretung:? ([A-ZÄÖÜ][a-zäöüß]+))?")
_AWAY = Lazy(_AWAY_RX)
_PAIRS = (" und ", " + ", " & ", " / ")

# An English salutation with its form of address ("Dear Madam Kurz,"), a greeting's or a
# form's word never ("Dear Madam or Sir", "Dear Sir/Madam").
# (the word first, its start's test after it: the engine then looks for "Dear " alone, faster
# than a plain search)
_SALUTED = Lazy(r"Dear (?<!\wDear )(?:Madam|Sir|Miss|Mister|Mr\.?|Mrs\.?|Ms\.?) "
                r"([A-ZÄÖÜ][^\W\d_]+)(?=[ \t]*[,!:\n]|[ \t]*$)")
_NO_SURNAME = frozenset({"Sir", "Madam", "Or", "And", "Officer", "Colleague", "Colleagues"})

# A first name, then where in the office the person works: a room's number ("aus 2.12", "aus
# Zimmer 3", "aus Raum 114"), a unit's noun ("vom Empfang", "aus der Registratur", "aus dem
# Team 2", "von nebenan"). The first name opens its sentence, or a verb or a conjunction
# stands before it ("Danach kam Eva aus …", "und Heide vom Empfang").
_FROM_UNIT = (r" (?:aus (?:(?:Zimmer|Zi\.|Raum|Büro) ?)?\d{1,3}(?:\.\d{1,3})?[a-z]?\b"
                  r"|(?:aus|von) (?:de[rm] |dem )?(?:Nachbarbüro|Büro|Vorzimmer|Empfang|Team"
                  r"|Registratur|Poststelle|Sekretariat|Leitstelle|Infotheke|Info|Service"
                  r"|Servicebüro|Bürgerbüro|Sachgebiet|Referat|Abteilung|Geschäftsstelle"
                  r"|Einbürgerung|Kasse|Zentrale|Pforte|Anmeldung|Schalter|Erdgeschoss|Flur"
                  r"|Stock|Haus [A-Z0-9])\b"
                  r"|vom (?:Empfang|Team|Service|Schalter|Sachgebiet|Referat|Sekretariat|Info"
                  r"|Bürgerbüro|Nachbarbüro|Flur|Sozialdienst|Sicherheitsdienst)\b"
                  r"|von nebenan\b)")
# A to-do's person: whom to call, ask or tell ("Hahn anrufen", "Eva fragen wegen …", "bitte
# Krebs Bescheid geben"); an office or a team there is no listed name that is a word.
_CONTACT = (r" (?:(?:noch ?mal|nochmals|morgen|heute|bitte|gleich|noch|sofort|dringend|kurz)"
            r" )?(?:fragen|anrufen|zurückrufen|informieren|anschreiben|anmailen|erinnern"
            r"|kontaktieren|ansprechen|einbinden|einladen|Bescheid (?:geben|sagen))\b")
# What may follow a name that is a word too, in one pattern matched at its end.
_BESIDE = Lazy(f"(?P<addressed>{_ADDRESSED})|(?P<unit>{_FROM_UNIT})|(?P<away>{_AWAY_RX})"
               f"|(?P<contact>{_CONTACT})")


def staff_frames(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                 is_name: list[bool]) -> None:
    """Run the frames of the module's docstring from the note's names that are words too, each
    where the characters beside it allow one (few such words in a note, found in C; one
    pattern matched at each: no pattern searches every note)."""
    if _SALUTED.search(text) is not None:
        _marked(text, toks, cls, is_name, _SALUTED, _english_surname)
    for c in (AMBIG, AMBF):
        t = -1
        for _ in range(cls.count(c)):  # (found in C: no pass of Python over every token)
            t = cls.index(c, t + 1)
            if is_name[t]:
                continue
            start, end, word = toks[t]
            m = _BESIDE.match(text, end)
            if m is not None:
                frame = m.lastgroup
                if frame == "addressed":
                    is_name[t] = _opens_clause(text, start) and \
                        word.lower() not in _INTERJECTIONS  # "Heide, kannst du …"
                elif frame == "contact":
                    # (after a capital "Bitte", a listed first name too, the two would join)
                    is_name[t] = (_opens_clause(text, start) or text.endswith(
                        " bitte ", 0, start)) and _may_be_contacted(word)
                elif frame == "unit":
                    if c == AMBF:
                        _from_unit(text, toks, is_name, t)  # "Hans aus 3.14 weiß Bescheid"
                else:
                    _away(text, toks, cls, is_name, t)  # "Petra heute krank", "- Sauer: krank"
            if not is_name[t] and text[start - 5:start] in (" mit ", " bei ") and \
                    text.endswith(_CONSULTED_ENDS, max(0, start - 17), start - 5) and \
                    _CONSULTED_AFTER.match(text, end) is not None:
                is_name[t] = _consulted(toks, cls, is_name, t)  # "Rücksprache mit Krebs …"


def _opens_clause(text: str, start: int) -> bool:
    """Does the word at start open its line, sentence or clause after a colon (a list's bullet
    before it)?"""
    line = text.rfind("\n", 0, start) + 1
    return text[max(line, start - 3):start].strip(" \t•*–-")[-1:] in ("", ".", "!", "?", ":", ";")


def rare_noun(word: str, c: int) -> bool:
    """A German noun in a place only a person's name fills (right after a list's word, after
    "Notiz für") is the surname if no list of words says what else it would be there: no
    meaning word ("Einbürgerung", "Akte"), no frequent word, no compound, no office's or
    team's ending, no role ("Strichliste Meister", "Notiz für Kranz:"; not "Grüße,
    Referentin")."""
    if c != STOP:
        return False
    lw = word.lower()
    lex = lexicon()
    return len(lw) > 3 and not lex.is_meaning_word(word) and lw not in lex.common_words and \
        not lw.endswith(INSTITUTION_ENDINGS) and not lw.endswith(_PERSON_NOUN_ENDINGS) and \
        word not in ROLES and not lex.is_compound(lw) and not lex.is_place(lw)


# A person named by what she does, no surname ("Grüße, Referentin", "Praktikant").
_PERSON_NOUN_ENDINGS = ("in", "innen", "ent", "ant", "ist", "eur", "är", "leitung")


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


def _away(text, toks, cls, is_name, t: int) -> None:
    """Mark who is away or back (see _AWAY) from the name at t: listed names, also ones that
    are words, opening a clause ("Info: Petra heute krank") or a list's line ("- Sauer: krank";
    a state after a colon only there); the two of a pair only both."""
    first = t - 1 if t and text[toks[t - 1][1]:toks[t][0]] in _PAIRS else t
    m = _AWAY.match(text, toks[first][1])
    if m is None:
        return
    start = toks[first][0]
    line = text.rfind("\n", 0, start) + 1
    if not (_opens_clause(text, start) or text[start - 2:start] == ", ") or (
            text[m.start():m.start() + 1] == ":" or m[1] and text[m.end(1)] == ":") and \
            text[line:start].strip(" \t•*–-"):
        return  # not opening its clause; a colon's state only on a list's line
    group = [first]  # the name, the other of a pair, the stand-in
    for g in (1, 3) if m[1] or m[3] else ():
        if m[g]:
            group.append(next((u for u in range(first + 1, min(len(toks), first + 12))
                               if toks[u][0] == m.start(g)), -1))
    common = lexicon().common_words
    if any(u < 0 or cls[u] not in NAMEISH or toks[u][2].lower() in NOT_AFTER_TITLE or
           toks[u][2].lower() in _WHO_ELSE or toks[u][2].lower() in CALENDAR_WORDS or
           not m[2] and (toks[u][2].lower() in common or toks[u][2].lower() in _ADVERBS)
           for u in group[:1 + bool(m[1])]):
        return  # not a month or a day ("Montag: frei"), an adverb only before when ("Lange
        # krank gewesen"; "Lange heute krank")
    for u in group:
        if u >= 0 and cls[u] in NAMEISH:
            is_name[u] = True


def _may_be_contacted(word: str) -> bool:
    """A to-do's person (see _CONTACT): no group ("Alle"), no office's or team's word, no
    frequent word (an adverb opens a to-do too: "Kurz anrufen", "Lange anrufen hilft nicht")."""
    lw = word.lower()
    return lw not in _WHO_ELSE and not lw.endswith(INSTITUTION_ENDINGS) and \
        lw not in NOT_AFTER_TITLE and lw not in lexicon().common_words and lw not in _ADVERBS


# Adverbs of time and manner that open a to-do or a state and are surnames too ("Kurz anrufen",
# "Lange krank gewesen"); the data holds some only as names.
_ADVERBS = frozenset({"kurz", "lange", "schnell", "bald", "gleich", "sofort", "dringend",
                      "zeitnah", "direkt", "umgehend", "frisch", "früh", "spät", "rasch"})


# Who else is away: "Alle heute im Homeoffice", "Beide krank".
_WHO_ELSE = frozenset({"alle", "beide", "niemand", "keiner", "keine", "jeder", "jede", "viele",
                       "einige", "manche", "wir", "ihr", "sie", "er"})


# Answers and interjections that may be listed names too ("Ja", "Prima", "Moin", "Egal").
_INTERJECTIONS = frozenset("""ja jo jep nein nee okay ok schade prima moin egal na naja gut klar
super genau stimmt danke bitte hallo hi hey sorry tja also achso ach oh jein servus tschüss
toll wow echt sicher richtig ehrlich""".split())


def _english_surname(word: str, c: int) -> bool:
    """After "Dear Madam" any capitalised word but a greeting's is the surname."""
    return word not in _NO_SURNAME and not word.isupper()


def _consulted(toks, cls, is_name, t: int) -> bool:
    """Is the name at t whom one consulted (see the module's docstring)? A listed name that
    is a word too or a place ("Adler"), no other place, no frequent word; a meaning word only
    where the person's name is found elsewhere in the note too ("Herr Koch … mit Koch")."""
    lex = lexicon()
    word = toks[t][2]
    lw = word.lower()
    if lex.is_place(lw) and not lex.is_name(fold(lw)) or lw in lex.common_words:
        return False
    return not meaning_word(word) or cls[t] == AMBIG and _named_elsewhere(toks, is_name, word)


def _named_elsewhere(toks, is_name, word: str) -> bool:
    """Is the word found as a name at another place of the note ("Herr Koch … mit Koch")?"""
    return any(name and tok[2] == word for tok, name in zip(toks, is_name, strict=True))


def _from_unit(text, toks, is_name, t: int) -> None:
    """Mark the first name at t that is a word too before where in the office its person works
    (see the module's docstring), also a frequent word ("Ernst von nebenan") or a place
    ("Heide"), without an article before it; no pronoun ("lasse Sie vom Sicherheitsdienst")."""
    start, _, word = toks[t]
    lw = word.lower()
    if len(word) < 3 or word.isupper() or lw.endswith(INSTITUTION_ENDINGS) or \
            lw in NOT_AFTER_TITLE:
        return
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
