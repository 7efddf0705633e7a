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
import zlib
from collections.abc import Callable, Iterable

from desktop.core.privacy.context import compound_head, meaning_word
from desktop.core.privacy.judge_features import (
    PUNCT,
    Place,
    blanked,
    place_features,
    word_features,
    word_place,
)
from desktop.core.privacy.lexicon import data_bytes, fold, lexicon
from desktop.core.privacy.wordclass import (
    CALENDAR_WORDS,
    KEPT,
    NOUN,
    PLACE_PARTS,
    ROLE,
    STOP,
    TITLE,
    sentence_start,
)


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
        self._place_cache: dict[Place, float] = {}

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
        place = word_place(text, toks, cls, is_name, t)
        hit = self._place_cache.get(place)
        if hit is None:
            if len(self._place_cache) > 100_000:
                self._place_cache.clear()
            get = self.weights.get
            hit = self._place_cache[place] = sum([get(f, 0.0) for f in place_features(place)])
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
    return parse_model(zlib.decompress(data_bytes(MODEL_FILE)).decode("utf-8"))


def parse_model(text: str) -> NameModel:
    """A model from its text: a header line, then a feature and its weight a line."""
    lines = text.split("\n")
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
        if _plain_word_here(text, toks, cls, is_name, t):
            continue  # "15 Plätze", "Montag, Maria:", "mit Fuchs und Hund"
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
            if (e <= start and not text[e:start].strip(PUNCT)) or (
                    end <= s and not text[end:s].strip(PUNCT)):
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
        not _plain_word_here(text, toks, cls, is_name, u) and \
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


def _plain_word_here(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                    is_name: list[bool], t: int) -> bool:
    """Places where a capitalised word is read as an ordinary word, whatever the model's
    weights. The time-travel examples (bench/name_model_tt.py) taught the model that a word
    after a number or a capitalised word is often a name (after a date or a time, "08:20
    Ghorbani"; a first name before a surname), and it then took German words in three places
    the hand-written halves hardly show (docs/performance.md, judge15):
    - a German word of the data after a bare count written after a word ("hat 15 Plätze"; not
      a number's last group: "Tel. 030 123 45 Weber");
    - any word right after a weekday or a month and a comma or a space ("Montag, Maria:
      Rückruf": a list of days, the layout rule keeps it apart as well);
    - a German noun of the data, no listed first name, joined by "und"/"oder" to another such
      noun that is no name ("mit Fuchs und Hund"; "mit Fuchs und Wolf" may be two people)."""
    start, end, word = toks[t]
    if text[start - 1:start] != " ":
        return False
    before = text[max(0, start - 16):start - 1]
    if cls[t] in (STOP, NOUN):
        digits = len(before) - len(before.rstrip("0123456789"))
        if 0 < digits <= 3 and before[-digits - 2:-digits - 1].isalpha() and \
                before[-digits - 1] == " ":
            return True
    day = before[:-1] if before.endswith(",") else before
    if day.rpartition(" ")[2].rpartition("\n")[2].lower() in CALENDAR_WORDS:
        return True
    if not _plain_noun(word):
        return False
    after = text[end:end + 6]
    for joint in (" und ", " oder "):
        if after.startswith(joint) and t + 1 < len(toks) and \
                toks[t + 1][0] == end + len(joint) and _plain_noun(toks[t + 1][2]):
            return True
        if before.endswith(joint[:-1]) and t > 0 and not is_name[t - 1] and \
                toks[t - 1][1] == start - len(joint) and _plain_noun(toks[t - 1][2]):
            return True
    return False


def _plain_noun(word: str) -> bool:
    """A German noun of the data that is no listed first name ("Hund", "Fuchs"; not "Wolf")."""
    lex = lexicon()
    return lex.is_noun(word.lower()) and fold(word) not in lex.first_names


def _beside_name(text: str, toks: list[tuple[int, int, str]], is_name: list[bool],
                 t: int) -> bool:
    start, end, _ = toks[t]
    return (t > 0 and is_name[t - 1] and toks[t - 1][1] == start - 1
            and text[start - 1] == " ") or (
        t + 1 < len(toks) and is_name[t + 1] and toks[t + 1][0] == end + 1
        and text[end] == " ")


_UNSEEN: tuple[float, int, bool] = (0.0, -1, False)  # "not looked at yet" (compared by identity)


