"""A capitalised word's class judged from its whole sentence: a small learned model.

The hand-written name rules (names.py, context.py, layout.py) each recognise one shape of
sentence; a name in a shape nobody wrote a rule for is missed. This judgement generalises
instead: a logistic regression over features of the word and of its place in the sentence —
- the word: its class by the data (a German noun, a frequent word, a listed first name or
  surname, a name that is also a word, unknown, …), its last and first letters, its length,
  letters German does not use, a hyphen;
- its place: the word before and after it (function words by themselves, other words by
  their shape: capitalised, a lower-case verb, a participle, a number), the punctuation
  between, the start of a sentence, whether the neighbour was already found as a name, and
  the word's class combined with its neighbours ("der" + a noun, "für" + an unknown word).
The weights were learnt by bench/train_name_model.py from generated sentences whose names and
shapes are apart from every evaluation set (its docstring says which sources and why), and
are stored as text in data/namensmodell.zlib (a feature and its weight a line), read on the
first check.

The model only adds names the rules left open; it never takes one away, and never takes a
meaning word of the project's list, a form of address or a role. Scoring is cheap: the part
of the score that depends on the word alone is cached per word, and a word whose best
possible score stays under the threshold is not looked at further (most German nouns).
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Callable, Iterable

from desktop.core.privacy.context import compound_head, meaning_word
from desktop.core.privacy.lexicon import data_bytes, fold, lexicon
from desktop.core.privacy.patterns import BLANK
from desktop.core.privacy.wordclass import (
    KEPT,
    NO_NAME_BEFORE,
    PLACE_PARTS,
    PREPOSITIONS,
    ROLE,
    TITLE,
    sentence_start,
)

# Function words the model sees by themselves; every other neighbour only by its shape, so
# that the weights do not learn the vocabulary of the sentences they were trained on.
CLOSED = frozenset(NO_NAME_BEFORE | PREPOSITIONS | frozenset("""
laut gegenüber zugunsten seitens samt inklusive sowie und oder aber dass weil ob wenn als
nachdem während ich du er sie es wir ihr man sich mir mich ihm ihn uns hat hatte haben ist war
sind waren wird wurde wurden kann konnte soll sollte muss musste möchte will wollte darf hier
heute gestern morgen noch nur auch schon erneut bitte nicht kein herr frau hr fr dr
""".split()))

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
        return "#cap"
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


def _left(text: str, start: int) -> tuple[str | None, str]:
    """The word before `start` and the characters between ("" for a word that is a finding
    already: a placeholder's blanks, a number), read by plain string scans (no pattern
    search: it is asked for every word the model looks at)."""
    seg = text[max(0, start - 24):start]
    body = seg.rstrip(_PUNCT)
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
    return (_GONE if before in ("@", ".", BLANK) and before or _has_digit(word) else word), gap


def _right(text: str, end: int) -> tuple[str, str | None]:
    seg = text[end:end + 24]
    body = seg.lstrip(_PUNCT)
    gap = seg[:len(seg) - len(body)]
    m = _FIRST_WORD.match(body)
    if m is None:
        return gap, (_GONE if body[:1] == BLANK else None)
    word = m[0]
    after = body[len(word):len(word) + 1]
    return gap, (_GONE if after in ("@", ".", BLANK) and after != "." or _has_digit(word)
                 or after == "." and body[len(word) + 1:len(word) + 2].isalnum() else word)


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
_PUNCT = " \t\n\r\u00a0,.;:!?()[]{}\"'„“”‚‘’«»-–—/&+*§%="
_FIRST_WORD = re.compile(r"[^\W_]+")


def context_features(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                     is_name: list[bool], t: int) -> list[str]:
    """What the model knows of the word's place in its sentence; each feature is "group|value"
    and at most one feature of a group fires for a token."""
    return _features(_place(text, toks, cls, is_name, t))


# A word's place as the model sees it: class, neighbours' shapes, gaps, sentence start, the
# neighbours' classes (or None) and the function word two before (or None).
_Place = tuple[int, str, str, str, str, bool, int | None, int | None, str | None]


def _place(text: str, toks: list[tuple[int, int, str]], cls: list[int], is_name: list[bool],
           t: int) -> _Place:
    start, end, _ = toks[t]
    c = cls[t]
    lword, lgap_raw = _left(text, start)
    rgap_raw, rword = _right(text, end)
    if t and is_name[t - 1] and toks[t - 1][1] == start - len(lgap_raw):
        lword = _GONE
    if t + 1 < len(toks) and is_name[t + 1] and toks[t + 1][0] == end + len(rgap_raw):
        rword = _GONE
    lgap, rgap = _gap(lgap_raw), _gap(rgap_raw)
    sentence = lword is None or lgap[-1:] in (".", "!", "?", ":", "¶")
    # The word before a sentence belongs to another sentence: not a neighbour.
    ls, rs = "none" if sentence else _shape(lword), _shape(rword)
    left = right = second = None
    if t and ls == "#cap" and toks[t - 1][1] == start - len(lgap_raw):
        left = cls[t - 1]
    if t + 1 < len(toks) and rs == "#cap" and toks[t + 1][0] == end + len(rgap_raw):
        right = cls[t + 1]
    if lword is not None and lword is not _GONE and not lgap and not sentence:
        two, _ = _left(text, start - len(lgap_raw) - len(lword))
        if two is not None and two is not _GONE and two.lower() in CLOSED:
            second = two.lower()
    return c, ls, rs, lgap, rgap, sentence, left, right, second


def _features(place: _Place) -> list[str]:
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


class NameModel:
    """Weights by feature; `score` is the log-odds that a token is part of a name."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float,
                 context_cap: float | None = None) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.worth: dict[str, tuple[float, int, bool] | None] = {}
        # Words judged_names passes over whatever their place (worth None, under the floor or
        # never a name), cleared with `worth`.
        self.passed: set[str] = set()
        # The most a word's place can add: a word whose own part plus this stays under the
        # threshold needs no look at its sentence.
        groups: dict[str, float] = {}
        for feat, w in weights.items():
            if not feat.startswith("w:"):
                key = feat.split("|", 1)[0]
                groups[key] = max(groups.get(key, 0.0), w)
        self.context_max = sum(groups.values())
        # The most the place added in the training text (bench/train_name_model.py): the
        # sum of every group's best weight above is never reached together.
        self.context_cap = self.context_max if context_cap is None else context_cap
        self._word_cache: dict[str, float] = {}
        # Places repeat across notes (the same shapes, gaps and classes): the sum of their
        # weights is kept instead of building and looking up their features again.
        self._place_cache: dict[_Place, float] = {}

    def word_part(self, word: str, cls: int, strip: int) -> float:
        hit = self._word_cache.get(word)
        if hit is None:
            if len(self._word_cache) > 100_000:
                self._word_cache.clear()
            get = self.weights.get
            hit = self._word_cache[word] = self.bias + sum(
                get(f, 0.0) for f in word_features(word, cls, strip))
        return hit

    def context(self, text: str, toks: list[tuple[int, int, str]], cls: list[int],
                is_name: list[bool], t: int) -> float:
        place = _place(text, toks, cls, is_name, t)
        hit = self._place_cache.get(place)
        if hit is None:
            if len(self._place_cache) > 100_000:
                self._place_cache.clear()
            get = self.weights.get
            hit = self._place_cache[place] = sum([get(f, 0.0) for f in _features(place)])
        return hit

    def score(self, text: str, toks: list[tuple[int, int, str]], cls: list[int],
              is_name: list[bool], strip: list[int], t: int) -> float:
        return self.word_part(toks[t][2], cls[t], strip[t]) + self.context(
            text, toks, cls, is_name, t)

    def worth_a_look(self, word: str, cls: int, strip: int) -> tuple[float, int, bool] | None:
        """The word's own part of the score; whether the model may take it freely, never (a
        meaning word of the project's list or a compound ending in one: "Omar Basketball")
        or only beside a name found (a place: "Charlotte Fuhrmann-Ilić", not "für Somalia");
        and whether it is a common word (never taken at the start of a sentence). None for a
        form of address, a role or a particle of a name ("Van der Goot": names.py joins
        particles to the name). Cached per word.

        Whether a word may be taken is asked only of a word whose own part can reach the
        threshold (most words cannot, and the compound test is the costly part): for the
        others it stays _LATER until _judged_again needs it (`kind`)."""
        if len(self.worth) > 100_000:
            self.worth.clear()
            self.passed.clear()
        part = self.word_part(word, cls, strip)
        lw = word.lower()
        lex = lexicon()
        look = None if cls == TITLE or cls == ROLE or len(word) < 2 or \
            lw in _PARTICLES else (
                part, _LATER if part < self.threshold - self.context_cap else self.kind(word),
                lw in lex.common_words or fold(word) in lex.common_names)
        self.worth[word] = look
        return look

    def kind(self, word: str) -> int:
        """_NEVER, _BESIDE_NAME or _FREE: see worth_a_look ("Erfurt-Nord" is a place too)."""
        lw = word.lower()
        lex = lexicon()
        return _NEVER if meaning_word(word) or (
            lex.is_compound(lw) and meaning_word(compound_head(lw))) else \
            _BESIDE_NAME if lex.is_place(lw) or "-" in lw and all(
                lex.is_place(p) or p in PLACE_PARTS for p in lw.split("-")) else _FREE


# What find_names calls after its rules: (text, tokens, classes, is_name, genitive letters).
Judge = Callable[[str, list[tuple[int, int, str]], list[int], list[bool], list[int]], None]

MODEL_FILE = "namensmodell.zlib"


@functools.cache
def name_model() -> NameModel:
    """The weights, read on first use."""
    data = data_bytes(MODEL_FILE)
    lines = zlib.decompress(data).decode("utf-8").split("\n")
    header = dict(part.split("=", 1) for part in lines[0].split())
    weights = {}
    for line in lines[1:]:
        if line:
            feat, _, w = line.rpartition("\t")
            weights[feat] = float(w)
    return NameModel(weights, float(header["bias"]), float(header["threshold"]),
                     float(header["context_cap"]) if "context_cap" in header else None)


def judged_names(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                 is_name: list[bool], strip: list[int],
                 only: Iterable[int] | None = None) -> None:
    """Mark the tokens the rules left open (or those of `only`) that the model judges part of
    a name."""
    model = name_model()
    worth = model.worth
    threshold = model.threshold
    # A word whose own part plus the most its place adds stays under the threshold needs no
    # look at its place (most German nouns) — except beside a name just found (below).
    floor = threshold - model.context_cap
    passed = model.passed
    if only is None:
        # Most words were seen in earlier notes and cannot pass (`passed`): one set look-up in
        # a comprehension each, instead of the loop's steps below. The loop marks only tokens
        # at or before the one it is at, so is_name of the later ones can be read now.
        only = [t for t, tok in enumerate(toks) if tok[2] not in passed and not is_name[t]]
    for t in only:
        if is_name[t] or cls[t] == KEPT:
            continue
        word = toks[t][2]
        look = worth.get(word, _UNSEEN)
        if look is _UNSEEN:
            look = model.worth_a_look(word, cls[t], strip[t])
        if look is None or look[0] < floor or look[1] == _NEVER:
            passed.add(word)
            continue  # a meaning word of the project's list never counts on its own
        if look[1] == _BESIDE_NAME and not _beside_name(text, toks, is_name, t):
            continue  # a place only as a part of a name found beside it ("Charlotte …")
        start = toks[t][0]
        if look[2] and _opens_sentence(text, start):
            continue  # a common word opening a sentence: its capital says nothing
        if text[start - 1:start] == " " and text[max(0, start - 5):start - 1].rpartition(
                " ")[2] in _PARTICLES:
            continue  # "Herr Van der Goot": names.py joins a name's particles and parts
        if _after_genitive(text, toks, is_name, strip, t):
            continue  # "Lohmanns Wissen": after a name in the genitive comes its noun
        if look[0] + model.context(text, toks, cls, is_name, t) >= threshold:
            is_name[t] = True
            # The words before were judged while this one looked like any word, not like a
            # name (as a placeholder will look when the text is anonymised again): once more.
            u = t - 1
            while u >= 0 and not is_name[u] and _judged_again(model, text, toks, cls, is_name,
                                                             u):
                is_name[u] = True
                u -= 1


def judged_beside(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                  strip: list[int], is_name: list[bool], found: list[tuple[int, int]]) -> bool:
    """Judge once more the capitalised words right beside names found outside the tokens (by
    the lower-case rules, which run last), as they will be judged beside their placeholders
    when the text is anonymised again ('Ferr aD"A-a' → '[Person A] [Person B]"A-a'): the
    names blanked, a finding to the model. True if a word became a name."""
    again: list[int] = []
    for t, (start, end, _) in enumerate(toks):
        if is_name[t]:
            continue
        for s, e in found:
            if (e <= start and not text[e:start].strip(_PUNCT)) or (
                    end <= s and not text[end:s].strip(_PUNCT)):
                again.append(t)
                break
    if not again:
        return False
    before = list(is_name)
    judged_names(blanked(text, found), toks, cls, is_name, strip, again)
    return before != is_name


def _judged_again(model: NameModel, text: str, toks: list[tuple[int, int, str]],
                  cls: list[int], is_name: list[bool], u: int) -> bool:
    word = toks[u][2]
    look = model.worth.get(word)  # called beside a name just found
    if look is not None and look[1] == _LATER:
        look = model.worth[word] = (look[0], model.kind(word), look[2])
    return look is not None and look[1] != _NEVER and not (
        look[2] and _opens_sentence(text, toks[u][0])) and \
        look[0] + model.context(text, toks, cls, is_name, u) >= model.threshold


def _opens_sentence(text: str, start: int) -> bool:
    """A sentence starts here — but not after a number's full stop ("am 1.1. Rosa …"): the
    number becomes a placeholder ("[Datum 1] Rosa"), and anonymising again must judge the word
    as the first time."""
    if not sentence_start(text, start):
        return False
    before = text[max(0, start - 4):start].rstrip(" \t\"'„“(")
    return not (before.endswith(".") and before[-2:-1].isdigit())


def neighbours_of_new_names(before: list[bool], is_name: list[bool]) -> list[int]:
    """Tokens beside a name marked since `before` (by a later rule) that are not names: their
    place looks different now, so the model judges them once more."""
    out: list[int] = []
    last = len(is_name) - 1
    for t, (was, now) in enumerate(zip(before, is_name, strict=True)):
        if now and not was:
            if t and not is_name[t - 1]:
                out.append(t - 1)
            if t < last and not is_name[t + 1]:
                out.append(t + 1)
    return out


_PARTICLES = frozenset("""van von ten ter te de da di del della dal dos du le la el al op bin
ibn bint abu der den klein groot""".split())


_FREE, _BESIDE_NAME, _NEVER, _LATER = range(4)


def _after_genitive(text: str, toks: list[tuple[int, int, str]], is_name: list[bool],
                    strip: list[int], t: int) -> bool:
    """Right after a name with a genitive s, found ("Lohmanns") or replaced ("[Person A]s")."""
    start = toks[t][0]
    return text[start - 3:start] == "]s " or (
        t > 0 and is_name[t - 1] and strip[t - 1] > 0 and toks[t - 1][1] == start - 1)


def _beside_name(text: str, toks: list[tuple[int, int, str]], is_name: list[bool],
                 t: int) -> bool:
    start, end, _ = toks[t]
    return (t > 0 and is_name[t - 1] and toks[t - 1][1] == start - 1
            and text[start - 1] == " ") or (
        t + 1 < len(toks) and is_name[t + 1] and toks[t + 1][0] == end + 1
        and text[end] == " ")


_UNSEEN: tuple[float, int, bool] = (0.0, -1, False)  # "not looked at yet" (compared by identity)


