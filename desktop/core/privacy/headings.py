"""Names after a heading that says people follow: the lists of minutes ("Anwesend: Fuchs,
Lange, Winter und Koch", "Entschuldigt: Wiebrecht (krank)"), the fields of a copied form
("Nachname: Winter", "Name, Vorname: Koch, Anna") and a signature's cue ("gez. Winter",
"i. A. Becker"). Behind such a heading a surname that is also a German word is the person:
minutes do not list winters and cooks. Run after the other rules (see names.py)."""

from __future__ import annotations

from desktop.core.privacy.chat import one_word_speakers, two_word_speakers
from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.handovers import handed_over_in_words
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.signatures import hand_sign_before_name, signed_by_caseworker
from desktop.core.privacy.staff_frames import names_a_person, role_heading
from desktop.core.privacy.wordclass import (
    ABBREVIATED,
    ABBREVIATED_ROLES,
    AMBF,
    AMBIG,
    BOTH,
    CALENDAR_WORDS,
    CANDIDATE,
    FIRST,
    INSTITUTION_ENDINGS,
    NOT_AFTER_TITLE,
    NOUN,
    PREPOSITIONS,
    ROLE,
    STOP,
    SUR,
    TITLE,
    Lazy,
    surname_word,
)

# A heading from the start of its line to its colon: what follows on the line is a list. (A set
# look-up for the few lines with a colon: a pattern of these words cost more than the module.)
_HEADINGS = frozenset("""
Anwesend|Anwesende|Entschuldigt|Abwesend|Teilnehmende|Teilnehmer|Teilnehmerinnen
|Teilnehmer*innen|Teilnehmer:innen|Teilnehmer_innen|TN|Verteiler|Gäste|Moderation
|Sitzungsleitung|Protokoll|Protokollführung|Vertretung|Zuständig|Bearbeiter|Bearbeiterin
|Sachbearbeiter|Sachbearbeiterin|Verfasser|Verfasserin|Name|Nachname|Familienname|Geburtsname
|Ehename|Vorname|Vornamen|Name, Vorname|Name/Vorname|Nachname, Vorname|Vorname, Name
|Vorname Name|Name Vorname|Von|An|Cc|CC|Kopie|Bearbeitet|Bearbeitung|Erstprüfung|Zweitprüfung
|Geprüft|Gesehen|Fallgeber|Fallgeberin|Beratende|Ansprechpartner|Ansprechpartnerin|Zusteller
|Zustellerin|Empfänger|Empfängerin|Unterschrift|Akte|SB|Vertr.|Belehrende|Belehrende/r
|Dolmetscher|Dolmetscher/in|Dolmetscherin|Sprachmittler|Sprachmittler/in|Sprachmittlerin
|Zuständige|Zuständige/r|Frühere Namen|Früherer Name|Kommission|Vorsitz|Berater|Beraterin
|Berater/innen|Berater/in|Beraterinnen|Name in der Ehe|Name nach der Eheschließung
|Mädchenname""".replace("\n", "").split("|"))
# Headings after which only people are listed, never an office or a team ("Entschuldigt:
# Fürst, Vogt", "Zusteller: Schütte"): there a rare German noun is a surname too.
_PERSONS_ONLY = frozenset("""
Anwesend|Anwesende|Entschuldigt|Abwesend|Teilnehmende|Teilnehmer|Teilnehmerinnen
|Teilnehmer*innen|Teilnehmer:innen|Teilnehmer_innen|TN|Gäste|Moderation|Sitzungsleitung
|Protokoll|Protokollführung|Name|Nachname|Familienname|Geburtsname|Ehename|Frühere Namen
|Früherer Name|Zusteller|Zustellerin|Unterschrift|SB|Belehrende|Belehrende/r|Kommission
|Vorsitz|Berater/innen|Beraterinnen|Name in der Ehe|Name nach der Eheschließung
|Mädchenname""".replace("\n", "").split("|"))


def _heading(head: str) -> str | None:
    """The heading a line's start before its colon is, without its comment ("Anwesend",
    "Teilnehmende (laut Liste)", "Unterschrift Empfänger", "Ausgehändigt am 01.12.2026
    durch"), or None."""
    head = head.strip(" \t>*-")
    if head.endswith(")") and " (" in head:
        head = head[:head.rfind(" (")]
    return head if head in _HEADINGS or head.endswith(" durch") and head[:1].isupper() or (
        head.startswith("Unterschrift ") and head.count(" ") == 1) else None


# A list's bullet before a speaker ("– Linke: neue Dienstanweisung …"), and the quotation
# marks a quoted speaker's words open with.
_BULLETS = frozenset("-–•*")
_QUOTES = frozenset("\"„“»")
# A line addressed to someone: "An Ernst:", "Für Hahn: Herr Popescu kommt am Do um 10."
_ADDRESS_STARTS = frozenset(" \tAFz")
_ADDRESSED = Lazy(r"[ \t]*(?:An|Für|z\. ?Hd\.?)[ \t]+([A-ZÄÖÜ][^\n:]{0,39})")
# A signature's cue ("gez. Winter", "Gez. Pliutsova" at a sentence's start, "i. A. Becker",
# "i.V. Lange", "Im Auftrag⏎Vogt"): the name follows, on the same line or the next.
_SIGNED = Lazy(r"(?:^|(?<=[\s(]))(?:[Gg]ez\.|i\. ?A\.|i\. ?V\.|(?m:^)(?:Im Auftrag|In Vertretung)"
               r"(?=[ \t]*\n))[ \t]*\n?[ \t]*")
_SIGN_DOT = Lazy(r"\.(?:(?<=ez\.)|(?<=i\.) ?[AV]\.)")  # (their dots: a test first, 0.6 µs, not 1.4)
# The birth name or an earlier married name after "geb.", "verw.", "gesch." ("geb. Engel";
# a date or "in …" follow "geb." otherwise).
_BIRTH_CUES = ("geb. ", "verw. ", "gesch. ")
_BIRTH_CUE_ENDS = Lazy(r"\. (?:(?<=geb\. )|(?<=verw\. )|(?<=gesch\. ))")
# A line that is only a name with its initials: the signature of a note ("F. Busch",
# "A. L. Zimmer", "– L. Winter"), perhaps after or before the writer's role ("SB I. Sauer",
# "K. Hahn, SB", "H. Fuchs, TL Aufenthalt": group 1 and 3, each a role to be checked).
_INITIALLED = Lazy(r"[ \t–—-]*(?:([A-ZÄÖÜ]\w{1,5})[ \t]+)?(?:[A-ZÄÖÜ]\.[ -]?){1,3}"
                   r"([A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?)"
                   r"(?:,[ \t]*([A-ZÄÖÜ]\w*)[^\n,.;:]{0,30})?[ \t]*(?:\n|\Z)")
# A name alone on a note's last line, after a sentence: "… umsonst gekommen war.⏎Linde".
_NAME_ALONE_LAST = Lazy(r"(?<=[.!?)]\n)[ \t–—-]*([A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?)"
                        r"[ \t]*\Z")
# A last line of a name and the date or team ("Fink, 28.11.", "Hase / SG 32", "Hahn, SB").
_DATED_LAST = Lazy(r"(?<=\n)[ \t–—-]*([A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?)"
                   r"(?:,?[ \t]+\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?"
                   r"|[ \t]*[/,][ \t]*[A-ZÄÖÜ]{2,4}(?:[ \t]*\d{1,3})?)[ \t]*\Z")
# The same after the last sentence of a note, on its line: "… auf ihren Wunsch. W. Sturm".
_INITIALLED_LAST = Lazy(r"(?<=[.!?] )(?:[A-ZÄÖÜ]\.[ -]?){1,3}([A-ZÄÖÜ][^\W\d_]+"
                        r"(?:-[A-ZÄÖÜ][^\W\d_]+)?)[ \t]*\Z")
# What separates the items of a list on one line; a bracket with a comment may follow an
# item ("Kalinina (neu seit Dezember), Vogt (entschuldigt)").
_SEPARATORS = (", ", "; ", " und ", " / ", " u. ", ",", " sowie ")


# Endings of the offices, teams and people by function that a list names beside persons
# ("Heimleitung", "Fallmanagerin", "Sozialdienst"): no surname is built so.
_ORGANISATION_ENDINGS = (*INSTITUTION_ENDINGS, "in", "innen", "er")


def names_after_headings(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                         is_name: list[bool]) -> None:
    """Mark the names a heading or a signature's cue announces."""
    colon = text.find(":")
    speakers: list[tuple[int, int]] = []
    singles: list[tuple[int, int]] = []
    quoted: list[int] = []
    while colon >= 0:
        if text[colon + 1:colon + 2].isdigit():  # a time or a reference ("10:30", "Az.:12")
            colon = text.find(":", colon + 1)
            continue
        line = text.rfind("\n", 0, colon) + 1
        end = text.find("\n", colon)
        end = len(text) if end < 0 else end
        head = _heading(text[line:colon]) if colon - line <= 48 else None
        if head is None and (sentence := text.rfind(". ", line, colon)) >= 0 and \
                colon - sentence <= 48:
            # a heading opening a sentence in the line: "… Schwarz. Unterschrift Empfänger: …"
            head = _heading(text[sentence + 2:colon])
        head = head or (role_heading(text, line, colon, end) if colon - line <= 48 else None)
        if head is not None:
            _listed(text, toks, cls, is_name, colon + 1, end,
                    persons=head in _PERSONS_ONLY or head.startswith("Unterschrift") or
                    names_a_person(head))
        elif colon - line <= 48 and text[line:line + 1] in _ADDRESS_STARTS and (
                m := _ADDRESSED.fullmatch(text, line, colon)) is not None and \
                m[1].split(None, 1)[0].lower() not in CALENDAR_WORDS:  # not "Für Donnerstag:"
            _listed(text, toks, cls, is_name, m.start(1), colon, 1)
        elif colon - line <= 40 and text[colon + 1:colon + 2] == " ":
            spaces = text.count(" ", line, colon)
            if spaces == 1 and text[line] not in _BULLETS:
                speakers.append((line, colon))  # "Franziska Wagner: …", a chat's speaker?
            elif spaces <= 1 and text[colon - 1].isalpha():
                single = line if not spaces else line + 2 if text[line + 1] == " " else -1
                if single >= 0:
                    singles.append((single, colon))  # "Specht: …", "– Linke: …"
            if text[colon + 2:colon + 3] in _QUOTES:
                quoted.append(colon)  # "Assoziationen: Lea: „Ich denke …“"
        colon = text.find(":", colon + 1)
    if len(speakers) >= 2:
        two_word_speakers(toks, cls, is_name, speakers)
    if len(singles) >= 2 or quoted:
        one_word_speakers(text, toks, cls, is_name, singles, quoted)
    if "@" in text:
        _mentioned(text, toks, cls, is_name)
    if "Ü" in text and "Übergabe" in text:  # (the rare capital first: a one-character search)
        if "→" in text:
            _handed_over(text, toks, cls, is_name)
        handed_over_in_words(text, toks, cls, is_name, _listed)
    line = 0
    while line >= 0:  # a note's header opens a line (most notes are one line: one test)
        if text.startswith(_HEADER_WORDS, line) or text.find(" an alle", line, line + 40) > 0:
            m = _HEADER.match(text, line)
            g = 0 if m is None else 1 if m[1] else 2
            if g and _WHEN.match(text, m.start(g)) is None:
                _listed(text, toks, cls, is_name, m.start(g), m.end(g), 1)
        elif text.startswith("Für ", line) and (m := _FOR_DATED.match(text, line)) and \
                _WHEN.match(text, m.start(1)) is None:
            _listed(text, toks, cls, is_name, m.start(1), m.end(1), 1)
            t = next((i for i, tok in enumerate(toks) if tok[0] == m.start(2)), None)
            if t is not None and is_name[t - 1] and _may_be_name(toks, cls, t, [t]):
                is_name[t] = True  # the surname in brackets: "Für Jo (Mai), Erfurt, 04.12."
        elif text.startswith(_SALUTATIONS, line) and (m := _SALUTED.match(text, line)):
            t = next((i for i, tok in enumerate(toks) if tok[0] == m.start(1)), None)
            if t is not None and cls[t] in (TITLE, FIRST, BOTH, AMBF) and \
                    toks[t][2] + " " not in _SALUTATIONS:
                _listed(text, toks, cls, is_name, m.start(1), m.end(1), 1)
        line = text.find("\n", line)
        line = line + 1 if line >= 0 else -1
    # A signature closes a letter or a note on a line of its own ("F. Busch"): only a note of
    # several lines has one; a signature's cue says so itself ("gez. Ritter, 04.12.2026").
    if "\n" in text:
        _initialled(text, toks, cls, is_name)
    if _SIGN_DOT.search(text) or "\n" in text and ("Im Auftrag" in text or "In Vertretung" in text):
        for m in _SIGNED.finditer(text):
            end = text.find("\n", m.end())
            _listed(text, toks, cls, is_name, m.end(), len(text) if end < 0 else end, 1,
                    persons=True)
    # "Katrin Kılıç, geb. Engel": the birth name (most notes have "geb. " before a date). The
    # cues' ends found in one search (the engine stops only at ". "), read cue by cue.
    first = _BIRTH_CUE_ENDS.search(text)  # (most notes have none: no list of matches then)
    ends = [] if first is None else [m.end() for m in _BIRTH_CUE_ENDS.finditer(text, first.start())]
    for cue in _BIRTH_CUES if ends else ():
        for after in ends:
            at = after - len(cue)
            if text.startswith(cue, at) and text[after:after + 1].isupper() and \
                    not text[at - 1:at].isalpha():
                _listed(text, toks, cls, is_name, after, after + 40, 1)
    # "ein Herr namens Bauer", "heißt tatsächlich Bauer." (a one-letter test first: a search
    # of a longer word costs ten times as much)
    if "ß" in text or "namens" in text or "i. S." in text:
        for cue in _NAMING_CUE.finditer(text):
            m = _NAMING_CUES[cue[1]].match(text, cue.end())
            if m is not None:
                _listed(text, toks, cls, is_name, m.start(1), m.end(1), 1)
    if "&" in text or ("Firma " in text or "Team " in text) and (AMBIG in cls or AMBF in cls):
        _firm_names(text, toks, cls, is_name)


def _mentioned(text: str, toks: list[tuple[int, int, str]], cls: list[int],
               is_name: list[bool]) -> None:
    """A colleague mentioned in a mail or a chat: "@Lea: kannst du das prüfen?" — "@" before a
    name, not inside an e-mail address."""
    at = text.find("@")
    while at >= 0:
        if (not at or text[at - 1] in " \t\n(") and text[at + 1:at + 2].isupper():
            end = text.find("\n", at)
            _listed(text, toks, cls, is_name, at + 1, len(text) if end < 0 else end, 1)
        at = text.find("@", at + 1)


def _handed_over(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                 is_name: list[bool]) -> None:
    """A line that starts a hand-over names who hands over to whom around its arrows:
    "Übergabe Baum → Sturm, 04.12.", "Übergabe Baum → Berg? nein: Baum → Sturm"; a name
    that is a word too counts, a place or an office stays ("Übergabe Erfurt → Jo Mai")."""
    ends = {tok[1]: i for i, tok in enumerate(toks)}
    at = text.find("Übergabe")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        arrow = text.find("→", at, end) if not text[line:at].strip(" \t-–*#") else -1
        while arrow >= 0:
            if _WHEN.match(text, arrow + 1) is None:
                _listed(text, toks, cls, is_name, arrow + 1, end, 1)
            t = ends.get(arrow - 1) if text[arrow - 1:arrow] == " " else None
            if t is not None and toks[t][0] > at and toks[t][2].lower() not in CALENDAR_WORDS:
                if t and toks[t - 1][0] > at and text[toks[t - 1][1]:toks[t][0]] == " ":
                    t -= 1  # a first name before the surname
                _listed(text, toks, cls, is_name, toks[t][0], arrow, 1)
            arrow = text.find("→", arrow + 1, end)
        at = text.find("Übergabe", end)


# A note's first words name its writer: "Vermerk Hahn, 04.12.2026: …", "Notiz Baum vom
# 03.12.", "Adler an alle, Freiburg, Fr 4.12." (a day stays: "Vermerk Montag, 04.12.").
_HEADER_WORDS = ("Vermerk ", "Aktenvermerk ", "Notiz ", "Aktennotiz ", "Diktat ")
_HEADER = Lazy(r"(?:(?:Akten)?(?:Vermerk|Notiz)|Diktat)[ \t]+"
               r"([A-ZÄÖÜ][^\W\d_]+(?: [A-ZÄÖÜ][^\W\d_]+)?)(?=,[ \t]*\d| vom \d|:)"
               r"|([A-ZÄÖÜ][^\W\d_]+(?: [A-ZÄÖÜ][^\W\d_]+)?) an alle\b")
# A hand-over's header for a colleague, with a date: "Für Jo (Mai), Erfurt, 04.12.", "Für
# Hahn, 05.12.:" (not "Für Montag, 04.12.", "Für Rückfragen, …": no name).
_FOR_DATED = Lazy(r"Für ([A-ZÄÖÜ][^\W\d_]+(?: [A-ZÄÖÜ][^\W\d_]+)?)(?: \(([A-ZÄÖÜ][^\W\d_]+)\))?"
                  r",[^\n]{0,40}?\b\d{1,2}\.\d{1,2}\.")
# A mail's or a letter's salutation on a line of its own: a listed first name ("Hallo Lea,",
# "Hi Mai!") or a form of address and a name; not "Hallo zusammen,", "Liebe Kolleginnen,",
# "Moin Moin," or "Hallo Schatz," (a word that is a surname too).
_SALUTATIONS = ("Hallo ", "Hi ", "Hey ", "Liebe ", "Lieber ", "Moin ", "Servus ")
_SALUTED = Lazy(r"(?:Hallo|Hi|Hey|Liebe|Lieber|Moin|Servus) ((?:Frau |Herr )?[A-ZÄÖÜ][^\W\d_]+"
                r"(?:-[A-ZÄÖÜ][^\W\d_]+)?)[ \t]*[,!]?[ \t]*(?:\n|\Z)")
# A hand-over from one day or shift to another: "Übergabe Montag → Dienstag".
_WHEN = Lazy(r"[ \t]*(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
             r"|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november"
             r"|dezember)\b")


def _firm_names(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                is_name: list[bool]) -> None:
    """A firm bears its owner's or partners' names: after "Firma" a listed surname, also one
    that is a German word ("bei der Firma Sommer Anlagenbau"), and a listed surname joined by
    "&" to a name found ("Steuerkanzlei Kaufmann & Berger", "Stein & Berg Rechtsanwälte"); a
    team its lead's ("Team Herzog"; not "Team Einbürgerung", "Team Sommer")."""
    found: set[str] | None = None
    for t in range(len(toks) - 1):
        gap = text[toks[t][1]:toks[t + 1][0]]
        if toks[t][2] == "Firma" and gap == " " and cls[t + 1] in (AMBIG, AMBF):
            is_name[t + 1] = True
        elif toks[t][2] == "Team" and gap == " " and cls[t + 1] in (AMBIG, SUR) and \
                not meaning_word(toks[t + 1][2]) and \
                toks[t + 1][2].lower() not in lexicon().common_words:
            is_name[t + 1] = True  # a team named after its lead: "aus dem Team Herzog"
        elif gap == " & " and toks[t + 1][2] != "Co":  # ("Hahn & Co. KG": no person Co)
            if found is None:  # also a name found at another mention ("Herr Stein …")
                found = {toks[u][2] for u, name in enumerate(is_name) if name}
            named = [is_name[u] or toks[u][2] in found for u in (t, t + 1)]
            if named[0] != named[1] and cls[t + named[0]] in (AMBIG, AMBF, SUR, BOTH):
                is_name[t] = is_name[t + 1] = True


# Words that say a name follows: "namens", "heißt", "hieß" — after "heißt" the name closes its
# clause ("Das heißt Folgendes: …", "das heißt Wartezeit bis Mai" go on).
_NAME_RUN = r"([A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?(?: [A-ZÄÖÜ][^\W\d_]+)?)"
_NAMED_ANYWHERE = Lazy(_NAME_RUN)
_NAMED_LAST = Lazy(r"(?:(?:tatsächlich|wirklich|auch|übrigens|eigentlich|jetzt|nun) )?"
                   rf"{_NAME_RUN}(?=[.,;!?)\n]|$)")
_NAMING_CUES = {"namens": _NAMED_ANYWHERE, "heißt": _NAMED_LAST, "hieß": _NAMED_LAST,
                "i. S.": _NAMED_ANYWHERE}  # "i. S. Zimmer ./. Landkreis": in Sachen
_NAMING_CUE = Lazy(r" (namens|heißt|hieß|i\. S\.) ")


def _initialled(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                is_name: list[bool]) -> None:
    """A line that is only a name with its initials, perhaps with the writer's role: a note's
    signature ("F. Busch", "SB I. Sauer", "K. Hahn, SB"); also after the note's last
    sentence ("… auf ihren Wunsch. W. Sturm")."""
    starts: dict[int, int] | None = None
    line = 0
    while line >= 0:
        if text[line:line + 1] != "\n":
            m = _INITIALLED.match(text, line)
            if m is not None:
                if starts is None:
                    starts = {tok[0]: i for i, tok in enumerate(toks)}
                t = starts.get(m.start(2))
                if t is not None and all(
                        m[g] is None or cls[starts.get(m.start(g), t)] == ROLE for g in (1, 3)) \
                        and _may_be_name(toks, cls, t, [t]):
                    is_name[t] = True
        line = text.find("\n", line)
        line = line + 1 if line >= 0 else -1
    tail = max(0, len(text) - 40)
    m = _INITIALLED_LAST.search(text, tail)
    alone = m is None and (m := _NAME_ALONE_LAST.search(text, tail)) is not None
    if m is None and (text[-1:] in ".0123456789" or text[-1:].isupper()) and \
            text.find("\n", tail) >= 0:
        # "Fink, 28.11.", "Hase / SG 32": a last line signed with the name and the date or team
        m = _DATED_LAST.search(text, tail)
        if m is not None and "." in text[m.end(1):] and lexicon().is_place(m[1].lower()):
            m = None  # a letter's place and date: "Halle, 04.12."
        alone = m is not None
    if m is not None and _WHEN.match(text, m.start(1)) is None:
        t = next((i for i, tok in enumerate(toks) if tok[0] == m.start(1)), None)
        if t is not None and (_may_be_name(toks, cls, t, [t]) and (
                not alone or _alone_a_name(m[1].lower(), cls[t])) or signed_by_caseworker(
                text[m.end(1):m.end()], m[1].lower(), cls[t])):
            is_name[t] = True



def _alone_a_name(lw: str, c: int) -> bool:
    """A word alone on the last line signs the note if it is a listed name or no word at all,
    and no frequent word ("Linde", "Winter"; not "Ok", "Danke")."""
    lex = lexicon()
    return lw not in lex.common_words and (c in (AMBIG, AMBF) or not lex.is_word(lw))


def _listed(text: str, toks: list[tuple[int, int, str]], cls: list[int], is_name: list[bool],
            start: int, end: int, most: int = 99, persons: bool = False) -> None:
    """The items of the list between `start` and `end` (at most `most`): each a run of up to
    three capitalised words, after a form of address or a role or on its own. Anything else
    between the items (words in lower case, figures) makes it a sentence: it stops there."""
    n = len(toks)
    t = next((i for i, tok in enumerate(toks) if tok[0] >= start), n)
    pos, items = start, 0
    while t < n and toks[t][0] < end and items < most:
        if not _separated(text[pos:toks[t][0]]):
            return
        while t + 1 < n and cls[t] in (TITLE, ROLE) and (
                text[toks[t][1]:toks[t + 1][0]] == " " or (
                    text[toks[t][1]:toks[t + 1][0]] == ". " and (
                        toks[t][2] in ABBREVIATED or toks[t][2] in ABBREVIATED_ROLES))):
            t += 1  # "Frau Koch", "SB Krause", "Fr. Dr. Lange"
        if t >= n or toks[t][0] >= end:
            return
        while t + 1 < n and len(toks[t][2]) <= 2 and text[toks[t][1]:toks[t + 1][0]] in (". ", ".") \
                and toks[t + 1][0] < end:
            t += 1  # initials before the name ("T. Winter", "Ma. Theresa Graf"): the name's
        run = [t]
        while run[-1] + 1 < n and toks[run[-1] + 1][0] < end and len(run) < 3 and \
                text[toks[run[-1]][1]:toks[run[-1] + 1][0]] in (" ", "-"):
            run.append(run[-1] + 1)
        if all(_may_be_name(toks, cls, v, run, persons) for v in run):
            for v in run:
                is_name[v] = True
        items += 1
        pos = _after_comment(text, toks[run[-1]][1])
        t = run[-1] + 1
        while t < n and toks[t][0] < pos:
            t += 1  # past the words of the comment ("Blume (Gast, Familienhebamme)")


def _separated(gap: str) -> bool:
    """The text between two items is a separator, perhaps after a bracketed comment; initials
    before the next name belong to it ("Unterschrift Empfänger: A. Schwarz")."""
    if "." in gap:
        gap = _INITIALS_AT_END.sub("", gap)
    gap = gap.strip(" \t(")
    if gap.startswith(")"):
        gap = gap[1:].strip(" \t")
    return not gap or any(gap == s.strip() for s in _SEPARATORS)


_INITIALS_AT_END = Lazy(r"(?:(?<=[\s,;:(])|^)(?:[A-ZÄÖÜ]\.[ -]?){1,3}$")


def _after_comment(text: str, pos: int) -> int:
    """Skip a bracketed comment after an item: "Vogt (entschuldigt), …"."""
    rest = text[pos:pos + 40]
    stripped = rest.lstrip(" \t")
    if stripped.startswith("("):
        close = stripped.find(")")
        if close > 0 and "\n" not in stripped[:close]:
            return pos + len(rest) - len(stripped) + close + 1
    return pos


def _may_be_name(toks: list[tuple[int, int, str]], cls: list[int], v: int, run: list[int],
                 persons: bool = False) -> bool:
    """A word of a listed item that can be a name: a listed name, also one that is a German
    word ("Winter", "Lange"), or a word the data does not know; a German word only beside a
    first name ("Silke Knappe") or where only people are listed (`persons`: "Entschuldigt:
    Fürst", "gez. Storch"); never a place, a function word, a compound of German words
    ("Zustellung durch: Postzustellungsurkunde") or a meaning word that is no listed name
    ("Jobcenter", "Team")."""
    word = toks[v][2]
    lw = word.lower()
    if len(word) < 2 or lw in NOT_AFTER_TITLE or lw in PREPOSITIONS or not surname_word(word):
        return False
    c = cls[v]
    if c in (AMBIG, AMBF):
        return True
    if c in (STOP, NOUN) and v > run[0] and (cls[v - 1] in (FIRST, BOTH, AMBF) or (
            cls[v - 1] == SUR and "-" in toks[v - 1][2])) and lw not in lexicon().common_words:
        return True  # "Von: Dörte Meiners", "Jan-Hendrik Meiners": a surname beside a first name
    lex = lexicon()
    if lex.is_place(lw) or meaning_word(word):
        return False
    if c in CANDIDATE:
        return True
    # "Wiebrecht", "Hermighausen": built like a compound, no word of the data
    return c in (NOUN, STOP) and (c == NOUN or persons) and not lw.endswith(
        _ORGANISATION_ENDINGS) and not lex.is_compound(lw) and lw not in lex.common_words


# A bracket after a word that says who the person is: a role ("Fuchs (Ehemann)", "Mai
# (Kollegin)", "Maurer (der Chef)") or the office they speak for ("Herzog (ABH)", "Vogel
# (Sozialamt)").
_BRACKETED_ROLE = Lazy(r" \((?:der |die )?([A-ZÄÖÜ][\w-]*)[,;)]")
_OFFICES = frozenset("""
ABH SGL BAMF Jugendamt Sozialamt Jobcenter Passstelle Standesamt Bürgeramt Meldestelle
Ausländerbehörde Einbürgerung Einbürgerungsbehörde Familienkasse Wohngeldstelle Ordnungsamt
Gesundheitsamt Schulamt Polizei Caritas Diakonie AWO DRK Einrichtung Wohngruppe Schule Kita
Schulsozialarbeit Sozialdienst Migrationsberatung Beratungsstelle Arbeitgeber Vermieter
""".split())


def _alone_in_brackets(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                       is_name: list[bool], t: int) -> None:
    """A listed surname alone in brackets after an office, a team or a role is the person who
    stands for it: "Weitergabe an Team Einbürgerung (Specht)", "Personalrat (Schulte)"; not a
    meaning word or a frequent word ("Termin (Montag)")."""
    if not t or is_name[t] or cls[t] not in (AMBIG, AMBF, SUR, BOTH) or \
            text[toks[t][1]:toks[t][1] + 1] != ")" or text[toks[t][0] - 2:toks[t][0]] != " (":
        return
    word, before = toks[t][2], toks[t - 1][2]
    if toks[t - 1][1] != toks[t][0] - 2 or meaning_word(word) or \
            word.lower() in lexicon().common_words:
        return
    if cls[t - 1] == ROLE or before in _OFFICES or before.lower().endswith(INSTITUTION_ENDINGS):
        is_name[t] = True


def names_before_bracketed_roles(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                                 is_name: list[bool]) -> None:
    """A word right before a bracket naming a role or an office is a person: "Fuchs
    (Ehemann) war schon etwas ungeduldig", "Vorlage Herzog (SGL)". A listed surname that is
    also a German word counts here; not a meaning word or a frequent word otherwise
    ("Antrag (Jobcenter)")."""
    if " (" not in text:
        return
    starts: dict[int, int] | None = None
    for m in _BRACKETED_ROLE.finditer(text):
        if starts is None:
            starts = {tok[0]: i for i, tok in enumerate(toks)}
        inside = starts.get(m.start(1))
        if inside is None:
            continue
        if cls[inside] != ROLE and m[1] not in _OFFICES:
            _alone_in_brackets(text, toks, cls, is_name, inside)  # "Team … (Specht)"
            hand_sign_before_name(text, toks, cls, is_name, inside)  # "bearb.: Ja (Janssen)"
            continue
        t = inside - 1
        if t < 0 or toks[t][1] != m.start() or is_name[t] or cls[t] in (TITLE, ROLE):
            continue
        word = toks[t][2]
        lw = word.lower()
        if len(word) < 3 or lw in NOT_AFTER_TITLE or lw in PREPOSITIONS or \
                not surname_word(word) or word.isupper():
            continue
        if cls[t] in (AMBIG, AMBF) or (cls[t] in CANDIDATE and not meaning_word(word)
                                       and not lexicon().is_place(lw)):
            is_name[t] = True  # not a German word otherwise: "Landesrecht (Bevollmächtigte)"
            if t and cls[t - 1] in (FIRST, BOTH, AMBF) and not is_name[t - 1] and \
                    text[toks[t - 1][1]:toks[t][0]] == " ":
                is_name[t - 1] = True  # and a first name before it: "Petra Rose (Anleiterin)"
