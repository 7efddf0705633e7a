"""What the name judgement (judge.py) sees of a capitalised word: its own features (class by
the data, endings, length, letters) and those of its place in the sentence (the neighbours'
shapes, the punctuation between, the start of a sentence). bench/train_name_model.py computes
the same features on its training text."""

from __future__ import annotations

import re

from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.patterns import BLANK
from desktop.core.privacy.wordclass import NO_NAME_BEFORE, PREPOSITIONS

# Function words the model sees by themselves; every other neighbour only by its shape, so
# that the weights do not learn the vocabulary of the sentences they were trained on.
CLOSED = frozenset(NO_NAME_BEFORE | PREPOSITIONS | frozenset("""
laut gegenüber zugunsten seitens samt inklusive sowie und oder aber dass weil ob wenn als
nachdem während ich du er sie es wir ihr man sich mir mich ihm ihn uns hat hatte haben ist war
sind waren wird wurde wurden kann konnte soll sollte muss musste möchte will wollte darf hier
heute gestern morgen noch nur auch schon erneut bitte nicht kein herr frau hr fr dr
""".split()))

# Kin before a word, a shape of its own instead of "#cap" ("ihrer Nichte Hasten", "Sohn Islam"):
# a family member is named after the kin word; with "#cap" the model learnt from the
# hand-written halves that a German word after a capitalised one is seldom a name ("Akte
# Heute") and lost "Nichte Hasten" (bench/name_model_tt.py, fourteenth session).
KIN = frozenset("""Tochter Sohn Kind Baby Mutter Vater Bruder Schwester Onkel Tante Cousin
Cousine Neffe Nichte Enkel Enkelin Großmutter Großvater Oma Opa Schwager Schwägerin
Schwiegermutter Schwiegervater Schwiegersohn Schwiegertochter Stiefvater Stiefmutter Stiefsohn
Stieftochter Halbbruder Halbschwester Ehemann Ehefrau Ehegatte Ehegattin Ehepartner
Ehepartnerin Lebensgefährte Lebensgefährtin Verlobte Verlobter""".split())

_INNER_CAPITAL = re.compile(r".[^\W\d_]*[A-ZÄÖÜ]")
_FOREIGN = re.compile(r"[^A-Za-zÄÖÜäöüß'’-]")


def _gap(chars: str) -> str:
    """Punctuation between two words, without spaces ("" for a plain space)."""
    # Brackets are left out: a placeholder brings them ("[Person A]"), the name it replaced had
    # none.
    out = chars.replace(" ", "").replace("\u00a0", "").replace("\t", "").replace(
        "\n", "¶").replace("[", "").replace("]", "")
    return out[:2]


def _shape(word: str | None) -> str:
    """A neighbour as the model sees it: a function word itself, else its shape."""
    if word is None:
        return "none"
    if word is _GONE:
        return "#gone"
    hit = _SHAPES.get(word)
    if hit is None:
        if len(_SHAPES) > 100_000:
            _SHAPES.clear()
        hit = _SHAPES[word] = _shape_of(word)
    return hit


_SHAPES: dict[str, str] = {}


def _shape_of(word: str) -> str:
    lw = word.lower()
    if lw in CLOSED:
        return lw
    if word[0].isdigit():
        return "#num"
    if word[0].isupper():
        return "#kin" if word in KIN else "#cap"
    lex = lexicon()
    if lw.startswith("ge") and lw.endswith(("t", "en")) and len(lw) > 5:
        return "#part"  # a participle: "… verlängert", "… gebeten"
    if lw in lex.common_words and not lex.is_noun(lw):
        return "#verbadj"  # a frequent verb, adjective or adverb
    return "#low"


def word_features(word: str, cls: int, strip: int) -> list[str]:
    """What the model knows of a word without its place (cached by the caller)."""
    lex = lexicon()
    folded = fold(word[: len(word) - strip] if strip else word)
    lw = word.lower()
    feats = [f"w:c{cls}", f"w:s2{folded[-2:]}", f"w:s3{folded[-3:]}", f"w:s4{folded[-4:]}",
             f"w:p3{folded[:3]}", f"w:n{min(len(folded), 12) // 3}"]
    if lex.is_noun(lw):
        feats.append("w:noun")
    if lw in lex.common_words:
        feats.append("w:common")
    elif lw in lex.words:
        feats.append("w:rare")
    if lw.endswith(("en", "ern", "eln")) and lw in lex.words and not lex.is_noun(lw):
        feats.append("w:verb")  # an infinitive written as a noun: "das Zusammenfassen"
    if lex.is_place(lw):
        feats.append("w:place")
    if folded in lex.first_names:
        feats.append("w:first")
    if folded in lex.surnames:
        feats.append("w:sur")
    if folded in lex.common_names:
        feats.append("w:nameword")
    if lex.is_compound(lw):
        feats.append("w:compound")
    if _FOREIGN.search(word):
        feats.append("w:foreign")
    if "-" in word:
        feats.append("w:hyphen")
    if word.isupper():
        feats.append("w:caps")
    elif _INNER_CAPITAL.match(word):
        feats.append("w:inner")  # "RückrufNr", "AZR-Nummer", but also "McCarthy"
    if strip:
        feats.append("w:gen")
    return feats


_DAY_MONTH = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\Z")


# Dictated punctuation (kept.DICTATED) and the mark each stands for.
_SPOKEN = {"Komma": ",", "Punkt": ".", "Doppelpunkt": ":", "Semikolon": ";", "Strichpunkt": ";",
           "Absatz": "\n"}


def _left(text: str, start: int) -> tuple[str | None, str]:
    """The word before `start` and the characters between ("" for a word that is a finding
    already: a placeholder's blanks, a number), read by plain string scans (no pattern
    search: it is asked for every word the model looks at)."""
    seg = text[max(0, start - 24):start]
    body = seg.rstrip(PUNCT)
    gap = seg[len(body):]
    if not body:
        return None, gap
    m = _FIRST_WORD.match(body[::-1])  # the last word, read backwards: no search
    if m is None:
        return (_GONE if body[-1] == BLANK else None), gap
    word = m[0][::-1]
    before = body[-len(word) - 1:-len(word)]
    if before == "]":
        return _GONE, gap  # "[Person A]s": a placeholder with a genitive s
    if gap[:1] == "." and _DAY_MONTH.search(body) is not None:
        # "1.1. A-a": a date without its year takes its last dot (its finding does), no
        # sentence end — as the model sees it after the date's placeholder: "[Datum 1] A-a";
        # after "21.01.25." the dot ends the sentence
        return _GONE, gap[1:]
    spoken = _SPOKEN.get(word)
    if spoken is not None and gap == " ":
        # punctuation spoken into a dictated note ("Krankenpfleger Komma Alter unter …"): the
        # model sees the mark it stands for, as it learnt it
        lword, lgap = _left(text, start - 1 - len(word))
        # (as long as the text it stands for: the caller measures the distance by it)
        return lword, lgap + spoken + " " * (len(word) - 1) + gap
    return (_GONE if before in ("@", ".", BLANK) and before or _has_digit(word)
            or before in _CODE_JOINS and _DIGIT.search(body, max(0, len(body) - len(word) - 3),
                                                         len(body) - len(word)) is not None
            else word), gap


# Inside a code the letters of "AA/00/0" or "B-12" are part of a finding that a placeholder
# replaces: the model must see them as it sees that placeholder ('FERAa"AA/00/0' and
# 'FERAa"[Aktenzeichen 1]' alike; hypothesis found the difference).
_CODE_JOINS = ("/", "-", "_")
_DIGIT = re.compile("[0-9]")


def _right(text: str, end: int) -> tuple[str, str | None]:
    seg = text[end:end + 24]
    body = seg.lstrip(PUNCT)
    gap = seg[:len(seg) - len(body)]
    m = _FIRST_WORD.match(body)
    if m is None:
        return gap, (_GONE if body[:1] == BLANK else None)
    word = m[0]
    spoken = _SPOKEN.get(word)
    if spoken is not None and gap == " ":
        rgap, rword = _right(text, end + 1 + len(word))
        return gap + spoken + " " * (len(word) - 1) + rgap, rword
    after = body[len(word):len(word) + 1]
    return gap, (_GONE if after in ("@", ".", BLANK) and after != "." or _has_digit(word)
                 or after == "." and body[len(word) + 1:len(word) + 2].isalnum()
                 or after in _CODE_JOINS and _DIGIT.search(body, len(word) + 1,
                                                           len(word) + 4) is not None
                 else word)


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """Each span replaced by a bracketed run of blanks of the same length (offsets stay): how
    the detector hides a placeholder or a finding, and how the model then reads it."""
    parts: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        parts.append(text[pos:start])
        length = end - start
        parts.append("[" + BLANK * (length - 2) + "]" if length >= 2 else BLANK * length)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _has_digit(word: str) -> bool:
    return not word.isalpha()


# What the model sees of a neighbour that is, or will be, replaced by a placeholder: a name
# found, a blanked placeholder, a number, a part of an e-mail address. Anonymising twice must
# give the same text, so a name next to "[Person A]" must be judged as next to the name it
# replaced; all of them look alike.
_GONE = "\x00gone"
PUNCT = " \t\n\r\u00a0,.;:!?()[]{}\"'„“”‚‘’«»-–—/&+*§%="
_FIRST_WORD = re.compile(r"[^\W_]+")


def context_features(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                     is_name: list[bool], t: int) -> list[str]:
    """What the model knows of the word's place in its sentence; each feature is "group|value"
    and at most one feature of a group fires for a token."""
    return place_features(word_place(text, toks, cls, is_name, t))


# A word's place as the model sees it: class, neighbours' shapes, gaps, sentence start, the
# neighbours' classes (or None) and the function word two before (or None).
Place = tuple[int, str, str, str, str, bool, int | None, int | None, str | None]


def word_place(text: str, toks: list[tuple[int, int, str]], cls: list[int], is_name: list[bool],
           t: int) -> Place:
    start, end, _ = toks[t]
    c = cls[t]
    lword, lgap_raw = _left(text, start)
    rgap_raw, rword = _right(text, end)
    # the neighbouring tokens; past a dictated punctuation word that _left and _right read as
    # a mark ("Krankenpfleger Komma Alter")
    lt, rt = t - 1, t + 1
    if lt > 0 and toks[lt][2] in _SPOKEN and toks[lt][1] != start - len(lgap_raw):
        lt -= 1
    if rt + 1 < len(toks) and toks[rt][2] in _SPOKEN and toks[rt][0] != end + len(rgap_raw):
        rt += 1
    if lt >= 0 and is_name[lt] and toks[lt][1] == start - len(lgap_raw):
        lword = _GONE
    if rt < len(toks) and is_name[rt] and toks[rt][0] == end + len(rgap_raw):
        rword = _GONE
    lgap, rgap = _gap(lgap_raw), _gap(rgap_raw)
    sentence = lword is None or lgap[-1:] in (".", "!", "?", ":", "¶")
    # The word before a sentence belongs to another sentence: not a neighbour; nor the word
    # after a full stop ("Antrag Goydi, Lakis. Eingang Mail": "Eingang" says nothing of
    # "Lakis").
    ls = "none" if sentence else _shape(lword)
    rs = "none" if rword is not None and rgap[:1] in (".", "!", "?") and \
        rgap_raw[1:2] in (" ", "\n") else _shape(rword)
    left = right = second = None
    if lt >= 0 and (ls == "#cap" or ls == "#kin") and toks[lt][1] == start - len(lgap_raw):
        left = cls[lt]
    if rt < len(toks) and (rs == "#cap" or rs == "#kin") and toks[rt][0] == end + len(rgap_raw):
        right = cls[rt]
    if lword is not None and lword is not _GONE and not lgap and not sentence:
        two, _ = _left(text, start - len(lgap_raw) - len(lword))
        if two is not None and two is not _GONE and two.lower() in CLOSED:
            second = two.lower()
    return c, ls, rs, lgap, rgap, sentence, left, right, second


def place_features(place: Place) -> list[str]:
    c, ls, rs, lgap, rgap, sentence, left, right, second = place
    feats = [f"L|{ls}", f"R|{rs}", f"LG|{lgap}", f"RG|{rgap}", f"cL|{c}{ls}", f"cR|{c}{rs}",
             f"cRG|{c}{rgap}", f"LR|{ls}{rs}", f"S|{c}{sentence:d}"]
    if left is not None:
        feats.append(f"Lc|{left}{lgap}")
    if right is not None:
        feats.append(f"Rc|{right}{rgap}")
    if second is not None:
        feats.append(f"L2|{second}")
    return feats
