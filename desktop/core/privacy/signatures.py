"""How a note is signed and who a note's frame names beside the capitalised-token rules
(names.py): initials alone ("gez. e.k.", "… heute noch raus! u.s.", "bin ab Montag wieder da –
M.A.", a last line "F.W.", "– L." or "fu"; a Kürzel in capitals "… bei mir. MK"), a surname on
the last line or after a closing wish, an initial before a listed surname ("B. Koch,
Schulsozialarbeit"), a comment's author ("Kommentar Winter:"), a court's row of signatures and
a caller naming themself ("Sommer hier, …"). Initials come as spans of their own; German
abbreviations written the same way ("z.B.", "u.a.", "z.d.A.") never count."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    BOTH,
    CALENDAR_WORDS,
    CANDIDATE,
    FIRST,
    INSTITUTION_ENDINGS,
    KEPT,
    NAMEISH,
    NOUN,
    ROLE,
    ROLES,
    STOP,
    TITLE,
    Lazy,
)

# Two or three letters, each with its full stop, at the end of a line or of the note; a space
# may follow a full stop ("– B. S.", "M. O.").
_DOTTED = Lazy(r"(?:^|(?<=[\s(]))((?:[^\W\d_]\. ?){1,2}[^\W\d_]\.)$")
# What may stand before the initials on their line: nothing (a line of their own, perhaps
# after a dash), the end of a sentence, a dash, or "gez.".
_BEFORE_DOTTED = Lazy(r"(?:[^\n]*(?:[.!?…)“\"]|\s[–—-]|gez\.))?[ \t]*(?:[–—-][ \t]*)?")
# German abbreviations written like initials (compared in lower case, without full stops):
# they end a line too ("siehe oben. s.o.", "Kopie an SB. z.K.", "erledigt. z.d.A.").
_ABBREVIATIONS = frozenset("""
zb ua dh iv ia og so su uu va zt uä oä idr me nv ad ev is ka mw oa sa zh zk nn aao ir io nb
zda wv zv vgu gu zwv eh pa ue ug bzw ca ggf evtl vgl usw etc ff hg ebd ok vg lg mfg zhd ps pp
ppa iva od ggü bspw inkl zzgl tw iw gez erl af nf vh ihv ivm idf
""".split())
# Abbreviations that are written in capitals too ("P.S.", "N.B."): the others of the list
# have a small letter as written ("m.E.", "z.K."), so in capitals at the note's end they are
# a writer's initials ("… ohne Nachnamen. M.E.").
_CAPITAL_ABBREVIATIONS = frozenset({"nb", "ps", "pps", "ok", "pp", "ppa", "ev", "ag", "eg"})
# Two or three capitals without full stops, or initials with them, that close the note after
# a finished sentence or a dash, perhaps with the day's date: a caseworker's Kürzel ("… Weiter
# bei mir. MK", "… geschrieben 7.12. – JDR", "… (er), MK 11.12.", "… reicht. O.B. 7.12.").
# Office abbreviations there end with their full stop or stand inside a sentence ("Vorlage
# SGL.", "… Deputy Director HR", "… dortige ABH)").
_KUERZEL = Lazy(r"(?:(?<=[.!?)] )|(?<=[.!?)], )|(?<=[–—-] )|(?<=\n))"
                r"([A-ZÄÖÜ]{2,3}|(?:[A-ZÄÖÜ]\.){2,3})(?:,? \d{1,2}\.\d{1,2}\.(?:\d{2,4})?)?")
# Capitals that close a note and are no one's initials.
_NO_KUERZEL = frozenset({"ok", "wv", "sb", "eu", "hr", "ba", "abh", "ae", "ne", "vg", "ovg",
                         "azr", "lea", "zab", "ihk", "hwk", "bg", "jc", "ja", "usa", "ps", "nb",
                         "gg", "sgl", "kg", "ag", "se", "ug", "ev", "ohg", "gbr", "mbh"})
# A last line of two lower-case letters is a writer's short sign ("fu") where the letters
# are no word or common abbreviation ("ok", "wv", "lg").
_SHORT_SIGN = Lazy(r"[a-zäöü]{2}")
# So is one capital with its full stop alone on the last line, after a dash or a sentence
# ("– L.", "… bevor du fragst.⏎B."; not a list's first item after "Liste:").
_ONE_INITIAL = Lazy(r"[A-ZÄÖÜ]\.")
# Or after the note's last sentence and a dash: "… der ist voll. – L.".
_SIGNED_AT_END = Lazy(r"(?<=[.!?] )[–—-] [A-ZÄÖÜ]\.$")


def signed_with_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the initials a note is signed with (see the module's docstring)."""
    end = len(text)
    while end and text[end - 1] in " \t\n\r":
        end -= 1
    ends = [end]
    if "\n" in text:
        at = text.find(".\n")
        while at >= 0:
            ends.append(at + 1)
            at = text.find(".\n", at + 2)
    found: list[tuple[int, int]] = []
    for e in ends:
        # "X.Y." ends in a letter, a full stop, a letter and a full stop, "X. Y." with a space
        # between: a test of a few characters before the pattern
        m = _DOTTED.search(text, max(0, e - 9), e) if text[e - 1:e] == "." and (
            text[e - 3:e - 2] == "." or text[e - 4:e - 2] == ". ") else None
        if m is not None:
            letters = m[1].replace(".", "").replace(" ", "").lower()
            line = text.rfind("\n", 0, m.start(1)) + 1
            if (letters not in _ABBREVIATIONS or e == end and m[1].isupper() and
                    letters not in _CAPITAL_ABBREVIATIONS) and \
                    _BEFORE_DOTTED.fullmatch(text, line, m.start(1)) is not None:
                found.append((m.start(1), m.end(1)))
    if text[end - 1:end] != "." or text[end - 2:end - 1].isupper() or text[end - 2:end - 1].isdigit():
        found.extend(_kuerzel(text, end))
    if text[end - 1:end] == "." and text[end - 4:end - 2] in ("– ", "— ", "- ") and \
            _SIGNED_AT_END.search(text, max(0, end - 8), end):
        found.append((end - 2, end))  # "… der ist voll. – L."
    last = text.rfind("\n", 0, end) + 1
    if last and end - last <= 4:
        word = text[last:end].strip(" \t–—-")
        if _SHORT_SIGN.fullmatch(word) and word not in _ABBREVIATIONS and \
                not lexicon().is_word(word) or _ONE_INITIAL.fullmatch(word) and (
                    text[last:end].lstrip(" \t")[:1] in "–—-" or
                    text[:last].rstrip()[-1:] in ".!?)"):
            start = text.index(word, last)  # "fu", "– L."
            found.append((start, start + 2))
    if found:
        taken = [s for s in set(found) if not any(a < s[1] and s[0] < b for a, b in spans)]
        spans = sorted(spans + taken)
    return spans


def _kuerzel(text: str, end: int) -> list[tuple[int, int]]:
    """The capitals that sign the note at its end (_KUERZEL), where they are no abbreviation."""
    for m in _KUERZEL.finditer(text, max(0, end - 24), end):
        letters = m[1].replace(".", "")
        if m.end() == end and letters.lower() not in _NO_KUERZEL and \
                letters.strip("IVX"):  # (not a department's number: "… Abt. IV")
            return [m.span(1)]
    return []


# After an initial's full stop, what shows it abbreviates a name and ends no sentence.
_AFTER_INITIAL = frozenset(",;:)/“”\"«»'")


def initials_with_their_full_stops(text: str,
                                   spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A person's initial found alone or after a first name ("Frau T.", "Herr O., seit 2017",
    "Frau M. T., iranisch", a chat's "patrick j.: …", "yonas t. h. – kommt") takes its full
    stop and the initials right after it, so the placeholder reads "Frau [Person A] möchte",
    not "Frau [Person A]. möchte" or "Frau [Person A] T. möchte". Where the full stop may
    end the sentence too ("… mit Frau K. Sie war …", "… an Herrn B.⏎") it stays the text's."""
    out = spans
    for i, (a, b) in enumerate(spans):
        if text[b:b + 1] != "." or not text[b - 1].isalpha() or b - a > 1 and text[b - 2] != " ":
            continue
        after = text[b + 1:b + 4]
        if after[:1] in _AFTER_INITIAL or after[:1] == " " and (
                after[1:2].islower() or after[1:2].isdigit() or
                after[1:2].isalpha() and after[2:3] == "." or
                i + 1 < len(spans) and spans[i + 1][0] == b + 2):
            end = b + 1
            capital = text[b - 1].isupper()
            while text[end:end + 1] == " " and text[end + 1:end + 2].isalpha() and \
                    text[end + 1].isupper() == capital and text[end + 2:end + 3] == "." and \
                    not any(c < end + 3 and end < d for c, d in spans):
                end += 3  # "Frau M. T.", "yonas t. h.": the initials after it ("K. z. B." not)
            if out is spans:
                out = list(spans)
            out[i] = (a, end)
    return out


# A signature's abbreviated cue before a hand sign: "bearb.: Ja", "gez. Mü", "erl. Ko".
_SIGN_CUE = Lazy(r"[^\W\d_]{2,8}\.:?[ \t]*")


def hand_sign_before_name(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                          is_name: list[bool], t: int) -> None:
    """A hand sign that starts the name in brackets after it (the word at `t`), where the line
    ends: "bearb.: Ja (Janssen)", "gez. Mü (Müller)" — the sign is the person too; a sign
    that is a word ("Ja") only after a signature's abbreviated cue ("Antwort: Ja (Jannik)"
    answers), and not before a word that is no name ("Ja (Jahr)")."""
    if not t or toks[t - 1][1] != toks[t][0] - 2 or text[toks[t][1]:toks[t][1] + 1] != ")" or \
            text[toks[t][1] + 1:toks[t][1] + 2].strip(" \t") not in ("", "\n"):
        return
    sign, word = toks[t - 1][2], toks[t][2]
    if not (2 <= len(sign) <= 3 and len(word) > 4 and word.startswith(sign) and
            cls[t] in CANDIDATE and (is_name[t] or not meaning_word(word))):
        return
    start = toks[t - 1][0]
    if cls[t - 1] not in CANDIDATE or cls[t - 1] == STOP or lexicon().is_word(sign.lower()):
        cue = _SIGN_CUE.search(text, max(0, start - 12), start)
        if cue is None or cue.end() != start:
            return
    is_name[t - 1] = is_name[t] = True


# A closing wish or thanks, then the writer's first name alone at the note's end: "Viel
# Erfolg! Marie", "Danke dir, Jonas", "Bis morgen⏎– Anke" (a chat's or a handover's end).
_WISHES = ("Viel Erfolg", "Viel Glück", "Alles Gute", "Danke", "Danke dir", "Danke euch",
           "Vielen Dank", "Bis morgen", "Bis dann", "Bis später", "Bis bald", "Bis Montag",
           "Schönen Feierabend", "Schönes Wochenende", "Liebe Grüße", "LG", "VG")


def signed_after_wish(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                      is_name: list[bool]) -> None:
    """The first name that ends a note after a closing wish (see _WISHES), only punctuation,
    a dash or a line break between them: name-like by the data, no meaning word ("Vielen
    Dank! Team" stays)."""
    t = len(toks) - 1
    if text[toks[t][1]:].strip(" \t\n.!") or t == 0:
        return
    head = text[:toks[t][0]].rstrip(" \t\n–—-").rstrip("!.,")
    if not head.endswith(_WISHES) or cls[t] not in CANDIDATE or cls[t] == STOP:
        return
    wish = max((w for w in _WISHES if head.endswith(w)), key=len)
    if not head[:-len(wish)][-1:].isalnum() and not meaning_word(toks[t][2]):
        is_name[t] = True  # not "… Bundanke" or the end of a longer word


# A letter's or e-mail's closing greeting, then the signature's line.
_CLOSING = Lazy(r"\b(?:Grüße|Grüßen|Gruß|Grüsse|Grüssen),?[ \t]*\n[ \t]*")


def word_surname_under_greeting(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                                is_name: list[bool]) -> None:
    """The signature under a closing greeting where the surname is a German word too ("Mit
    freundlichen Grüßen⏎Hans Glas⏎Rechtsanwalt"): a line of a first name by the data and one
    more capitalised word; the first name vouches for the second (layout.py's rule takes
    name-like words alone)."""
    starts = {tok[0]: i for i, tok in enumerate(toks)}
    for m in _CLOSING.finditer(text):
        t = starts.get(m.end())
        if t is None or t + 1 >= len(toks) or cls[t] not in (FIRST, BOTH, AMBF) or \
                meaning_word(toks[t][2]) or text[toks[t][1]:toks[t + 1][0]] != " ":
            continue
        word = toks[t + 1][2]
        if word.isupper() or word in ROLES or cls[t + 1] in (TITLE, ROLE, KEPT):
            continue
        if text[toks[t + 1][1]:].split("\n", 1)[0].strip():
            continue  # the words go on: a sentence, not a signature
        is_name[t] = is_name[t + 1] = True


def surname_on_last_line(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                         is_name: list[bool]) -> None:
    """A note signed with its writer's surname alone on its last line ("… 0005 1332.⏎Lange"):
    a listed name, also one that is a frequent word or a meaning word ("Mai", "Sommer"), or a
    short plain noun after a finished sentence ("… für beide.⏎Palm"); a last line of one word
    that names no person is a heading or a role ("Rechtsanwältin", "Migrationsberatung"),
    which no list holds as a name."""
    t = len(toks) - 1
    start, end, word = toks[t]
    if is_name[t] or cls[t] not in NAMEISH and not _no_word(word, cls[t]) and \
            not _plain_noun_signed(text, start, word, cls[t]) or word.isupper() or \
            word in ROLES or \
            text[end:].strip(" \t\n.") or text[:start].rstrip(" \t")[-1:] != "\n" or \
            len(word) < 3 or word.lower() in _NO_SIGNATURE or word.lower() in CALENDAR_WORDS:
        return  # (a day or month on the last line dates the note: "…⏎Montag")
    is_name[t] = True


def _plain_noun_signed(text: str, start: int, word: str, c: int) -> bool:
    """A short noun that is no compound and no meaning word, under a line that ends a sentence
    ("Fries", "Schuh", "Palm"): surnames made of nouns sign notes this way, while the nouns
    that close a note alone are compounds or meaning words ("Wiedervorlage", "Rückruf")."""
    lw = word.lower()
    return c in (NOUN, KEPT, STOP) and len(word) <= 8 and text[:start].rstrip()[-1:] == "." and \
        lexicon().is_noun(lw) and not meaning_word(word) and not lexicon().is_compound(lw)


def _no_word(word: str, c: int) -> bool:
    """A word the data knows neither as a word nor as a compound of words, whose ending only
    made it look like a noun ("Terjung", "Hösung"): a surname no list holds."""
    lw = word.lower()
    return c == NOUN and not lexicon().is_word(lw) and not lexicon().is_compound(lw)


# One-word last lines that close a dictation or a list, also where a list holds them as names.
_NO_SIGNATURE = frozenset({"ende", "danke", "gruß", "grüße", "fertig", "erledigt", "anlage",
                           "anlagen", "ok", "punkt"})


def signed_at_end(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                  is_name: list[bool]) -> None:
    """The writer's name that ends the note: after a closing wish (signed_after_wish) or
    alone on the last line (surname_on_last_line)."""
    signed_after_wish(text, toks, cls, is_name)
    surname_on_last_line(text, toks, cls, is_name)


def initial_before_listed_surname(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                                  is_name: list[bool]) -> None:
    """One capital with its full stop before a listed surname that is also a word, where the
    name closes its part of the line: a signature or a list's entry ("B. Koch,
    Schulsozialarbeit", "Gemeldet von: K. Winter, 02.12.2026", "(A. Vogel)"). German puts an
    initial before a word only in a name; the comma, colon, bracket or line's end after it
    shows no sentence goes on ("Gruppe A. Winter ist …" stays)."""
    # (the capitals with a full stop and a space first, by a pattern in C that starts with
    # its capital: most notes have none, and a test of every token cost 7 µs a short note)
    starts = {m.end() for m in _INITIAL_SPACE.finditer(text)
              if m.start() == 0 or not (text[m.start() - 1].isalnum() or
                                        text[m.start() - 1] == ".")}
    if not starts:
        return
    lex = lexicon()
    for t, (start, end, word) in enumerate(toks):
        if start not in starts or is_name[t] or cls[t] not in _WORD_SURNAME_CLASSES or \
                text[end:end + 1] not in _CLOSES_ENTRY or \
                fold(word) not in lex.surnames or meaning_word(word) and cls[t] != AMBIG:
            continue
        is_name[t] = True


_WORD_SURNAME_CLASSES = frozenset({AMBIG, STOP, NOUN, KEPT})
_INITIAL_SPACE = Lazy(r"[A-ZÄÖÜ]\. (?=[A-ZÄÖÜ])")
_CLOSES_ENTRY = frozenset({",", ":", ")", "\n", ""})


def comment_author(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                   is_name: list[bool]) -> None:
    """The writer of a comment, an answer or an addition named with it at a line's start
    ("Kommentar Winter: …", "Antwort Ernst: Hybrid möglich", "Nachtrag Sommer: …"): a listed
    name, also one that is a word, between the comment's word and the colon ("Antwort
    Jobcenter:", "Nachtrag Montag:" name no one)."""
    if _COMMENT_WORD.search(text) is None:
        return  # (most notes: one pattern in C instead of a test of every token)
    lex = lexicon()
    for t in range(1, len(toks)):
        start, end, word = toks[t]
        before = toks[t - 1]
        if is_name[t] or text[end:end + 1] != ":" or before[2] not in _COMMENT_WORDS or \
                text[before[1]:start] != " " or text[:before[0]].rstrip(" \t")[-1:] not in ("\n", "") or \
                word.lower() in CALENDAR_WORDS or \
                fold(word) not in lex.surnames and fold(word) not in lex.first_names:
            continue
        is_name[t] = True


_COMMENT_WORDS = frozenset({"Kommentar", "Antwort", "Anmerkung", "Notiz", "Rückmeldung",
                            "Nachtrag", "Ergänzung", "Frage", "Hinweis", "Vermerk"})
_COMMENT_WORD = Lazy(rf"(?:{'|'.join(sorted(_COMMENT_WORDS))}) [^\W\d_]+:")


def bench_of_judges(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                    is_name: list[bool]) -> None:
    """A court's signatures on the last line, one judge a column apart by a wide gap ("Dr.
    Pfeiffer   Hahn-Ludwig   Kiefer"): where two columns at least are names found, the other
    columns of one word (after a title perhaps) are names too, also words ("Kiefer")."""
    if "   " not in text:
        return  # (most notes)
    end = len(text.rstrip())
    line = text.rfind("\n", 0, end) + 1
    if "   " not in text[line:end]:
        return
    columns = [c for c in _COLUMN_GAP.split(text[line:end].strip()) if c]
    if len(columns) < 3 or any(_JUDGE.fullmatch(c) is None for c in columns):
        return
    own = [t for t in range(len(toks)) if toks[t][0] >= line and cls[t] != TITLE]
    if len(own) != len(columns) or sum(is_name[t] for t in own) < 2:
        return
    for t in own:
        is_name[t] = True


_COLUMN_GAP = Lazy(r"[ \t]{3,}")
# One column: a title perhaps, then one capitalised word, a hyphen's parts joined.
_JUDGE = Lazy(r"(?:(?:Dr|Prof)\. )*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")


def caller_names_self(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                      is_name: list[bool]) -> None:
    """A caller who names themself on the phone or a voicemail: "Sommer hier, …" after a
    greeting, a quotation mark or at a line's start, and "hier ist Wagner", "hier spricht
    Fuchs". A listed name, also one that is a word; "Hier ist alles in Ordnung" names no one."""
    lex = lexicon()
    for t, (start, end, word) in enumerate(toks):
        if is_name[t] or cls[t] in (TITLE, ROLE) or len(word) < 3 or \
                word.lower() in CALENDAR_WORDS or \
                fold(word) not in lex.surnames and fold(word) not in lex.first_names:
            continue
        after = _HERE_AFTER.match(text, end)
        if after is not None and _HERE_OPENS.search(text, max(0, start - 24), start) is not None \
                or _HERE_BEFORE.search(text, max(0, start - 14), start) is not None and \
                _HERE_ENDS.match(text, end) is not None:
            is_name[t] = True


# "Sommer hier," / "Sommer hier." / "Sommer hier –"
_HERE_AFTER = Lazy(r" hier(?:[,.!:;]| [–—-])")
# What opens the caller's words: the line, a quotation mark, or a greeting and its comma.
_HERE_OPENS = Lazy(r"(?:^|\n|[„“\"»]|(?i:hallo|guten tag|guten morgen|moin|jo|ja|hi|servus),)[ \t]*$")
_HERE_BEFORE = Lazy(r"(?i:hier (?:ist|spricht))(?: (?:der|die))? $")
# After the name: a comma, a full stop, "vom"/"von der" and the office, or the line's end.
_HERE_ENDS = Lazy(r"(?:[,.!:;]|\s*$| (?:vom|von der|von|aus|bei) )")



def signed_by_caseworker(after: str, lw: str, c: int) -> bool:
    """"…⏎Schüler, SB" (headings.py reads the last line; `after` is what follows the word): before
    the caseworker's abbreviation a German word or a role's word too is the writer (every hand
    signs so), not a place, an office or a greeting."""
    return after.strip(" \t,") in _CASEWORKER and c in (STOP, NOUN, ROLE) and \
        not lexicon().is_place(lw) and not lw.endswith(INSTITUTION_ENDINGS) and \
        lw not in _NO_SIGNER


_CASEWORKER = frozenset({"SB", "SBin", "TL", "TLin", "SGL", "SGLin"})
_NO_SIGNER = frozenset({"gruß", "grüße", "danke", "dank", "ok", "gez", "team", "abt"})
