"""A note signed with its writer's initials alone: "gez. e.k.", "… heute noch raus! u.s.",
"bin ab Montag wieder da – M.A.", a last line "F.W.", "– L." or "fu". The initials are no
word of the capitalised-token rules (names.py), so they come as spans of their own; German
abbreviations written the same way ("z.B.", "u.a.", "z.d.A.") never count."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    BOTH,
    CANDIDATE,
    FIRST,
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
            if letters not in _ABBREVIATIONS and \
                    _BEFORE_DOTTED.fullmatch(text, line, m.start(1)) is not None:
                found.append((m.start(1), m.end(1)))
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
    a listed name, also one that is a frequent word, no meaning word ("Mai"); a last line of
    one word that names no person is a heading or a role ("Rechtsanwältin",
    "Migrationsberatung"), which no list holds as a name."""
    t = len(toks) - 1
    start, end, word = toks[t]
    if is_name[t] or cls[t] not in NAMEISH and not _no_word(word, cls[t]) or word.isupper() or \
            word in ROLES or \
            meaning_word(word) or \
            text[end:].strip(" \t\n.") or text[:start].rstrip(" \t")[-1:] != "\n" or \
            len(word) < 3 or word.lower() in _NO_SIGNATURE:
        return
    is_name[t] = True


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
