"""Names that the layout of an Aktenvermerk gives away: a file named after its person ("Akte
Krüger", "Antrag Weidmann, Margarethe"), "Name, Vorname" lists, the addressee before an
address, a name before its e-mail address, Dutch particles before a surname, and a word the
data does not know next to a name found (see names.py for the order in which they run)."""

from __future__ import annotations

from desktop.core.privacy.context import (
    before_cue,
    compound_head,
    meaning_word,
    tokens_ending_at,
)
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.staff_frames import rare_noun
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    AMBIGUOUS,
    BOTH,
    CANDIDATE,
    CLOSING_QUOTES,
    FIRST,
    NAMEISH,
    NO_NAME_BEFORE,
    NOUN,
    OPENING_QUOTES,
    PARTICLE_GAP,
    ROLE,
    ROLES,
    SHAPE,
    STOP,
    SUR,
    TITLE,
    UNKNOWN,
    WORD_BEFORE,
    Lazy,
    looks_like_noun,
    surname_word,
)

# ", Dorfstraße 12", ", Am Sandberg 3": an address right after a name, as letters and
# Anhörungen are addressed ("an Chico Villa, Dorfstraße 38a, 49074 Osnabrück").
_ADDRESS_AFTER = Lazy(
    r", (?:[A-ZÄÖÜ][\w.-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee"
    r"|steig|pfad|markt)|(?:Am|An der|Im|In der|Zum|Zur|Auf der|Auf dem) [A-ZÄÖÜ][\w-]*) \d")


def before_address(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                    is_name: list[bool]) -> None:
    """Up to three words right before ", <street> <number>" are the addressee when one of them
    is name-like by the data or unknown to it; places, meaning words and common words stay
    ("an das Jobcenter Halle, Dorfstraße 12"). The word right before the address is the
    surname also where it is a word too, once the word before it is a name: "an Chico Villa,
    Dorfstraße 38a", "an Montenegro Diez, …" (a first name that is also a place)."""
    ends = {m.start() for m in _ADDRESS_AFTER.finditer(text)}
    if not ends:
        return
    before_cue(text, toks, cls, is_name, _ADDRESS_AFTER, places=False, ends=ends)
    for t in tokens_ending_at(toks, ends):
        if t == 0 or is_name[t] and is_name[t - 1]:
            continue
        word, prev = toks[t][2], toks[t - 1][2]
        if text[toks[t - 1][1]:toks[t][0]] != " " or cls[t] in (TITLE, ROLE) or \
                cls[t - 1] in (TITLE, ROLE) or meaning_word(prev):
            continue
        named = is_name[t - 1] or (cls[t - 1] in (FIRST, BOTH, AMBF) and not (
            lexicon().is_place(prev.lower()) or lexicon().is_place(word.lower())))
        if meaning_word(word) and not named:
            continue  # a meaning word only after a first name: "Chico Villa"
        before = WORD_BEFORE.search(text, max(0, toks[t - 1][0] - 16), toks[t - 1][0])
        if before is not None and before[1] in NO_NAME_BEFORE:
            continue  # "an das Jobcenter Halle, …"
        if named or (is_name[t] and cls[t - 1] in NAMEISH) or (
                cls[t] in (SUR, BOTH, AMBIG) and before is not None and before[1] == "an"
                and lexicon().is_place(prev.lower())):
            # a letter "an" a first name that is also a place and a listed surname:
            # "an Montenegro Diez, …" (not "von Halle Neustadt, …")
            is_name[t - 1] = is_name[t] = True


# Words that name a file after its person: "Akte Krüger", "Fall Steinmetz", "Sache Otterbeck".
_FILE_WORDS = frozenset({"Akte", "Akten", "Fall", "Sache", "Vorgang", "Antrag"})


def name_after_file_word(text, toks, cls, is_name) -> None:
    """After "Akte", "Fall", "Sache" or "Vorgang" a word that is name-like by the data (a
    listed name, also one that is a German word too, or a word German does not have) is the
    person the file is named after: "Akte Krüger an SG 2", "Fall Steinmetz: Pass liegt vor",
    also a listed surname that is a meaning word ("Akte Koch liegt bei mir"); not another
    meaning word or a common word ("Fall Nummer 3", "Akte Ausländerbehörde")."""
    lex = lexicon()
    for t in [t + 1 for t, tok in enumerate(toks[:-1]) if tok[2] in _FILE_WORDS]:
        if is_name[t]:
            continue
        word = toks[t][2]
        if cls[t] not in _AFTER_FILE_WORD and not (
                cls[t] in (STOP, NOUN) and _file_heading(text, toks[t][1])):
            continue
        lw = word.lower()
        if text[toks[t - 1][1]:toks[t][0]] != " " or (meaning_word(word) and cls[t] != AMBIG) or \
                lw in lex.common_words or word.isupper() or (
                cls[t] == NOUN and lex.is_compound(lw)) or (
                cls[t] == STOP and lex.is_place(lw)):
            continue  # "Fall Kindergeldanspruch:", "Fall Dublin:" name a topic
        is_name[t] = True


def _file_heading(text: str, end: int) -> bool:
    """The file word and its word head a line or clause ("Fall Vermeil: …", "Akte Leite, Ana
    …"): there a German word or one built like a noun names the file's person too (not a
    place or a compound of German words: name_after_file_word leaves those)."""
    return text[end:end + 1] in (":", ",") or text[end:end + 2] in (" –", " -")


_AFTER_FILE_WORD = frozenset({FIRST, SUR, BOTH, SHAPE, AMBIG, UNKNOWN})


_SURNAME_FIRST = frozenset({FIRST, SUR, BOTH, SHAPE, AMBIG, AMBF, UNKNOWN})


_FIRST_AFTER_COMMA = frozenset({FIRST, BOTH, AMBF, UNKNOWN, SHAPE})


_STRONG_BY_DATA = frozenset({FIRST, SUR, BOTH, SHAPE})


# A numbered list's item before the name: "5. Xu, Jiahui – abgeholt".
_NUMBERED_ITEM = Lazy(r"[ \t]*\d{1,2}[.)][ \t]*")


_CLAUSE_CLOSERS = (",", ";", ")", ":", ".", "\n", " sowie", " und ", " (", " geb", " –", " -",
                   " ./.", " gegen ", " |", "\t")
# The prepositions before a person a letter, a call or a question goes to or comes from (as
# the last word before the name, a list of one), and what may follow the name there ("an
# Leite, Alexandra mit Bitte um …", "… wegen …").
_TO_PERSON = (["an"], ["An"], ["von"], ["für"], ["bei"], ["mit"])
_ADDRESSED_CLOSERS = (" mit ", " wegen ", " zur ", " zum ", " bzgl", " betr", " bitte", " um ",
                      " vom ", " ist ", " hat ", " war ")
# A court's caption names the parties after the kind of case: "In der Verwaltungsstreitsache
# Okoro, Daniel ./. Stadt …", "Verwaltungsrechtsstreit", "Asylverfahren", "In Sachen".
_CAPTION_ENDINGS = ("sache", "Sachen", "streit", "verfahren")


def surname_comma_first_name(text, toks, cls, is_name) -> None:
    """"Name, Vorname" as lists in Aktenvermerke write it: at the start of a clause or a list's
    item ("Anwesend: Blanco, Alba; …", "Gesprächspartner: Diez, Santiago sowie …", "- Weiß,
    Otto: Arbeitgeber von …") a name-like word, ", ", a
    first name or unknown word, then the end of the clause; one of the two a listed name."""
    lex = lexicon()
    last = len(toks) - 1
    for t in range(last):
        u = t + 1
        if toks[u][0] - toks[t][1] != 2 or text[toks[t][1]] != ",":
            continue  # ", " between them first: the cheapest test, and most pairs fail it
        if toks[t][2].isupper() and not is_name[t] and _capitals_surname(text, toks, cls, t):
            is_name[t] = is_name[u] = True
            continue
        # A German word or compound-shaped word as the surname only before a listed first
        # name: "Antrag Weidmann, Margarethe.", "Anwesend: Engelmann, Hellmuth;"
        german_surname = cls[t] in (STOP, NOUN) and cls[u] in (FIRST, BOTH)
        if (cls[t] not in _SURNAME_FIRST and not german_surname) or \
                cls[u] not in _FIRST_AFTER_COMMA or (is_name[t] and is_name[u]):
            continue
        if german_surname and (
                toks[t][2].isupper() or not surname_word(toks[t][2])):
            continue
        caption = t > 0 and toks[t - 1][2].endswith(_CAPTION_ENDINGS) and \
            text[toks[t - 1][1]:toks[t][0]] == " "
        if cls[t] not in _STRONG_BY_DATA and cls[u] not in _STRONG_BY_DATA and not (
                cls[u] == AMBF and cls[t] == UNKNOWN) and not (
                cls[t] in AMBIGUOUS and cls[u] in (UNKNOWN, *(AMBIGUOUS if caption else ()))):
            continue  # one listed name, the other a word German does not have
        start, end = toks[t][0], toks[u][1]
        if text[toks[t][1]:toks[u][0]] != ", ":
            continue
        before = text[max(0, start - 2):start].rstrip(" ")
        # "Schreiben an Leite, Alexandra mit Bitte …": a letter or a call goes to the person
        # written as a register writes them, after "an", "von", "für" … and before a listed
        # first name
        addressed = cls[u] in (FIRST, BOTH) and text[start - 1:start] == " " and \
            text[max(0, start - 5):start - 1].split()[-1:] in _TO_PERSON
        if before and before[-1] not in ":;(\n-–•*|\t" and not (
                t and toks[t - 1][2] in _FILE_WORDS and text[toks[t - 1][1]:start] == " ") and \
                not caption and not addressed and \
                _NUMBERED_ITEM.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is None:
            continue  # also after a file named so: "Weitergeleitet: Antrag Weidmann, Margarethe."
        if end < len(text) and not text.startswith(_CLAUSE_CLOSERS, end) and not (
                addressed and text.startswith(_ADDRESSED_CLOSERS, end)):
            continue
        # A listed surname that is also a word is the surname before a listed first name
        # ("Antrag Winter, Melia."; not "Termin Montag, Maria.": no listed name).
        listed_pair = cls[t] == AMBIG and (cls[u] in (FIRST, BOTH) or caption)
        words = (toks[u][2],) if listed_pair else (toks[t][2], toks[u][2])
        if any(meaning_word(w) or w.lower() in lex.common_words for w in words):
            continue
        is_name[t] = is_name[u] = True


def _capitals_surname(text, toks, cls, t) -> bool:
    """A register's "SURNAME, Firstname" ("des / der  BAH, Alpha Oumar⏎geb. …"): a listed name
    in capitals, also one that is a word, then listed first names up to the line's end or the
    birth date ("AZR, Anna" has no listed name; "EU, …" is too short); or the record quoted."""
    u = t + 1
    # A record quoted as written ("im AZR als „OKONJO, Chidi“"): there also a surname no list
    # holds, before listed first names up to the closing quote.
    quoted = text[toks[t][0] - 1:toks[t][0]] in OPENING_QUOTES
    if len(toks[t][2]) < 3 or cls[t] not in (AMBIG, AMBF, SUR, BOTH) and not (
            quoted and cls[t] in (UNKNOWN, NOUN)) or \
            cls[u] not in (FIRST, BOTH, AMBF) or not toks[u][2][1:].islower():
        return False
    while u + 1 < len(toks) and text[toks[u][1]:toks[u + 1][0]] == " " and \
            cls[u + 1] in (FIRST, BOTH, AMBF, UNKNOWN) and toks[u + 1][2][1:].islower():
        u += 1
    if quoted:
        return text[toks[u][1]:toks[u][1] + 1] in CLOSING_QUOTES
    return text.startswith(("\n", ", geb", " geb", " (", " *"), toks[u][1]) or \
        toks[u][1] == len(text)


_MAIL_IN_BRACKETS = Lazy(r" \(\s?[\w.+-]+@")


def before_mail_address(text, toks, cls, is_name) -> None:
    """A listed name right before an e-mail address in brackets is the person it belongs to,
    also where it is a word too: "Rückfragen bitte an Jun (jpark@hotmail.com)"; a listed first
    name right before it joins. An office stays ("an Jobcenter (info@…)")."""
    for t, (_, end, word) in enumerate(toks):
        if is_name[t] or cls[t] not in _BEFORE_MAIL or not _MAIL_IN_BRACKETS.match(text, end):
            continue
        if cls[t] in (UNKNOWN, NOUN) and (
                meaning_word(word) or word.lower() in lexicon().common_words):
            continue  # a listed name counts even where it is a word too ("Jun", "Christin")
        is_name[t] = True
        if t and cls[t - 1] in (FIRST, BOTH, AMBF) and text[toks[t - 1][1]:toks[t][0]] == " ":
            is_name[t - 1] = True


_BEFORE_MAIL = frozenset({FIRST, SUR, BOTH, SHAPE, AMBIG, AMBF, UNKNOWN, NOUN})


def unknown_next_to_name(text, toks, cls, is_name, weak) -> None:
    """A word German does not have (UNKNOWN), or one only built like a German noun (NOUN: not
    in the data), right next to a name found, is another part of that name: "Chayenna
    Rexwinkel hat heute …", "Herr Imani Ruselink"; not a compound that ends in a listed
    meaning word ("…|antrag")."""
    lex = lexicon()
    last = len(toks) - 1
    for t in [t for t, c in enumerate(cls) if (c == UNKNOWN or c == NOUN) and not is_name[t]]:
        left = t and is_name[t - 1] and t - 1 not in weak and \
            text[toks[t - 1][1]:toks[t][0]] == " "
        right = t < last and is_name[t + 1] and t + 1 not in weak and \
            text[toks[t][1]:toks[t + 1][0]] == " "
        if not (left or right):
            continue
        if not left:
            before = WORD_BEFORE.search(text, max(0, toks[t][0] - 16), toks[t][0])
            if before is not None and before[1] in NO_NAME_BEFORE:
                continue  # "sein Decksmann Bautista": a noun after its possessive
        word = toks[t][2]
        lw = word.lower()
        if word.isupper() or meaning_word(word) or (
                cls[t] == NOUN and (lex.is_compound(lw) or looks_like_noun(lw))
                and meaning_word(compound_head(lw))):
            continue
        if cls[t] == NOUN and lw.endswith(_TRADES) and left and lex.is_compound(lw):
            continue  # a firm's trade after its owner's name: "Schwab Präzisionstechnik"
        is_name[t] = True


# The trades that follow an owner's name in a firm's name ("Jäger Metallbau", "Schwab
# Präzisionstechnik", "Yılmaz Trockenbau"): a German compound ending so names the trade.
_TRADES = ("bau", "technik", "logistik", "service", "handel", "reinigung", "transporte",
           "montage", "elektrik", "sanitär", "gastronomie", "immobilien", "dienst", "dienste")


# Dutch particles with a capital and then a capitalised word: German never writes "Van der",
# "Ten", "Ter" or "Op de" before a word, so what follows is a surname ("Wie mit Van der Wall
# vereinbart", "Rückruf an Op de Pors"); the particles join it in names.py.
_DUTCH_PARTICLE = Lazy(r"[VTO](?<![\w-].)(?:(?<=V)an|(?<=T)e[nr]|(?<=O)p)"
                        r"(?: (?:der|den|de|het|'t))? (?=[A-ZÄÖÜ])")


def after_dutch_particle(text, toks, cls, is_name) -> None:
    """The capitalised word after "Van der", "Ten", "Op de" … is a surname, also where it is
    a German word ("Wall", "Pors"); not a title, role or a listed meaning word ("Op Termin")."""
    starts = {m.end(): m.start() for m in _DUTCH_PARTICLE.finditer(text)
              if m[0] != "Op "}  # "Op " alone: "Op Termin" is no name
    if not starts:
        return
    named = {start for (start, _, _), name in zip(toks, is_name, strict=True) if name}
    for t, (start, _, word) in enumerate(toks):
        if start in starts and starts[start] not in named and not is_name[t] and \
                cls[t] not in (TITLE, ROLE) and \
                not (cls[t] in (STOP, NOUN) and meaning_word(word)):
            is_name[t] = True



def particle_after_hyphen(text, toks, cls, is_name) -> None:
    """A name joined by a hyphen to the particle of the name after it ("Savić-an de Beke", "De
    Broer-ter Woert", "Yılmaz-van Dijk"): where the rest of the name is found, the hyphenated
    part is the name's too, with a capitalised particle right before it ("De"). Otherwise the
    first part stays in clear beside a placeholder."""
    if "-" not in text or _HYPHEN_PARTICLE.search(text) is None:
        return  # (most notes: one search in C instead of a test of every token)
    for t in range(len(toks) - 1):
        start, end, word = toks[t]
        if is_name[t] or not is_name[t + 1] or "-" not in word or \
                word.rpartition("-")[2] not in _HYPHEN_PARTICLES:
            continue
        gap = text[end:toks[t + 1][0]]
        if gap != " " and PARTICLE_GAP.fullmatch(gap) is None:
            continue
        is_name[t] = True
        if t and toks[t - 1][2] in _CAPITAL_PARTICLES and text[toks[t - 1][1]:start] == " ":
            is_name[t - 1] = True


# Particles a name joins with a hyphen to the name before it, and those written with a
# capital at the start of a name.
_HYPHEN_PARTICLES = frozenset({"ter", "ten", "te", "an", "aan", "de", "van", "von", "der", "den",
                               "la", "le", "da", "di", "du", "dos", "del", "op"})
_HYPHEN_PARTICLE = Lazy(rf"-(?:{'|'.join(sorted(_HYPHEN_PARTICLES, key=len, reverse=True))}) ")
_CAPITAL_PARTICLES = frozenset({"De", "Van", "Von", "Ter", "Ten", "La", "Le", "Da", "Di", "Du",
                                "Del", "Dos", "Op"})


def names_paired_by_slash(text, toks, cls, is_name) -> None:
    """Two names written as a pair with a slash ("Heiratsurkunde (Aleksovska/Perron)",
    "Eheleute Demir/Yılmaz"): beside a name found, the other word is a name too, unless it is
    a title, role or listed meaning word ("Demir/Jobcenter")."""
    for t in range(len(toks) - 1):
        if toks[t][1] + 1 != toks[t + 1][0] or text[toks[t][1]] != "/" or \
                is_name[t] == is_name[t + 1]:
            continue
        other = t + 1 if is_name[t] else t
        if cls[other] not in (TITLE, ROLE) and not meaning_word(toks[other][2]) and \
                len(toks[other][2]) > 1:
            is_name[other] = True


def signature_after_greeting(text, toks, cls, is_name) -> None:
    """The name under a letter's or e-mail's closing greeting ("Liebe Grüße, Franziska",
    "Viele Grüße\nJens Ahlers", "Mit freundlichen Grüßen\nAyşe Kılıç"): one or two words
    that end the line, the first name-like by the data, the second name-like or built like a
    noun (a surname that is a German word); not a meaning word ("Grüße, Team 3")."""
    for m in _GREETING.finditer(text):
        t = next((i for i, tok in enumerate(toks) if tok[0] == m.end()), None)
        if t is None or (cls[t] not in CANDIDATE and not rare_noun(toks[t][2], cls[t])) or \
                meaning_word(toks[t][2]):
            continue  # (a rare noun alone signs too: "Mit freundlichen Grüßen⏎Kranz")
        last = t
        if t + 1 < len(toks) and text[toks[t][1]:toks[t + 1][0]] == " " and (
                cls[t + 1] in CANDIDATE or cls[t + 1] == NOUN) and not meaning_word(toks[t + 1][2]):
            last = t + 1
        if text[toks[last][1]:toks[last][1] + 1] not in ("", "\n", " ", "("):
            continue
        rest = text[toks[last][1]:].split("\n", 1)[0].strip()
        if rest and not rest.startswith("("):
            continue  # the words go on: a sentence, not a signature
        for u in range(t, last + 1):
            is_name[u] = True


_GREETING = Lazy(r"\b(?:Grüße|Grüßen|Gruß|Grüsse|Grüssen)(?:,\s*|\s*\n\s*)")


def names_listed_with_names(text, toks, cls, is_name) -> None:
    """A list of single words that is mostly names found is a list of people ("Anwesend:
    Heinemeyer, Kiesewetter, Brandes, Kocabıyık, Sauer", "Entschuldigt: Vogt, Kalinina"): its
    other words are names too where the data allows one (a name-like word, a word built like
    a noun or a frequent word that can be a surname: "Brandes"), never a meaning word that is
    no listed name, role or title; the list stands
    alone on its line or after a colon."""
    n = len(toks)
    if " und ich " in text:
        _people_with_me(text, toks, cls, is_name)
    t = 0
    while t < n:
        if t + 1 < n and text[toks[t][1]:toks[t][1] + 2] not in (", ", " u", " ("):
            t += 1  # most words are followed by anything but a list's separator
            continue
        run = [t]
        while (v := _next_item(text, toks, run[-1])) is not None:
            if cls[v] == TITLE and v + 1 < n and text[toks[v][1]:toks[v + 1][0]] in (". ", " "):
                v += 1  # the name after its form of address: "Nagel, Herzberg, Fr. Vollmer"
            run.append(v)
        u = run[-1]
        first = toks[t][0]
        if t and is_name[t - 1] and text[toks[t - 1][1]:first] == " ":
            first = toks[t - 1][0]  # a first item of two words: "Vjosa Berisha (…), Arta, …"
        if len(run) >= 3 and _stands_alone(text, first, toks[u][1]):
            found = sum(is_name[i] for i in run)
            if found >= 2 and 2 * found >= len(run):
                for i in run:
                    word = toks[i][2]
                    if not is_name[i] and (cls[i] in CANDIDATE or (
                            cls[i] in (NOUN, STOP) and surname_word(word))) and (
                            cls[i] in (AMBIG, AMBF) or not meaning_word(word)):
                        is_name[i] = True  # a listed name also where it is a meaning
                        # word: "Zimmer, Hamdan, Graf, Koval, Mai"
        t = u + 1


def _people_with_me(text, toks, cls, is_name) -> None:
    """"Irene, Clara und ich haben …": the items of a list that ends with the writer are
    people — a listed name, also one that is a word, or a word the data does not have."""
    ends = {toks[t][1]: t for t in range(len(toks))}
    at = text.find(" und ich ")
    while at >= 0:
        t = ends.get(at)
        while t is not None and cls[t] in CANDIDATE and \
                toks[t][2].lower() not in NO_NAME_BEFORE:
            is_name[t] = True
            t = ends.get(toks[t][0] - 2) if text[toks[t][0] - 2:toks[t][0]] == ", " else None
        at = text.find(" und ich ", at + 9)


def _next_item(text: str, toks: list[tuple[int, int, str]], u: int) -> int | None:
    """The next item of a list after the word at u: after ", " or " und ", also behind a
    bracketed comment ("Kalinina (neu seit Dezember), Vogt (entschuldigt)")."""
    if u + 1 >= len(toks):
        return None
    end = toks[u][1]
    gap = text[end:toks[u + 1][0]]
    if gap == ", " or gap == " und ":
        return u + 1
    if not text.startswith(" (", end):
        return None
    close = text.find(")", end, end + 45)
    if close < 0 or "\n" in text[end:close]:
        return None
    sep = 2 if text.startswith(", ", close + 1) else 5 if text.startswith(" und ", close + 1) \
        else 0
    if not sep:
        return None
    v = u + 1
    while v < len(toks) and toks[v][0] < close + 1 + sep:
        v += 1
    return v if v < len(toks) and toks[v][0] == close + 1 + sep else None


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Nothing but a heading or one role ends before `start` on its line ("Anwesend: ",
    "Ehefrau Aisha (…), Arta (2010), Dren (2014), Lea (2019)"), and the line ends after `end`
    (a bracket or a full stop may follow)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].strip()
    tail = text[end:].split("\n", 1)[0].strip()
    return (not head or head.endswith(":") or head in ROLES) and (not tail or tail[0] in ".;(")


def word_then_name(text: str, toks: list[tuple[int, int, str]], cls: list[int], k: int) -> bool:
    """After a role, a rare German word and then a name-like word, each after one space:
    "Mandant Thales Camargo", "Mandant Forum Bansal" — a first name that the data also knows
    as a word. Not a listed meaning word or a common word ("Mandant Termin …")."""
    if k + 1 >= len(toks) or cls[k] != STOP or cls[k + 1] not in (FIRST, SUR, BOTH, SHAPE,
                                                                   UNKNOWN):
        return False
    word = toks[k][2]
    return text[toks[k - 1][1]:toks[k][0]] == " " and \
        text[toks[k][1]:toks[k + 1][0]] == " " and not meaning_word(word) and \
        word.lower() not in lexicon().common_words and surname_word(word)


def apposition(text, toks, cls, j) -> bool:
    """Role at j, then ", " and up to three name-like words closed by a comma."""
    k = j + 1
    if k >= len(toks) or text[toks[j][1]:toks[k][0]] != ", " or cls[k] not in CANDIDATE:
        return False
    last = k
    while last + 1 < len(toks) and last - k < 2 and cls[last + 1] in CANDIDATE and \
            text[toks[last][1]:toks[last + 1][0]] == " ":
        last += 1
    return text[toks[last][1]:toks[last][1] + 1] == ","
