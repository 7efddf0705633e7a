"""The plain-language checker: hints a colleague could give on a person's own wording.

`check(text, expect)` returns a `Report`: hints that each point at the words they are about
(code-point offsets into `text`), the figures (sentences, words, the longest sentence, and, on
request, the Wiener Sachtextformel), and which of the exercise's key points the text covers.
Everything is rules and word lists that a trainer can read; nothing is guessed by a model, so
every hint can be explained. It runs in a few milliseconds on a page of text (bench/
bench_klartext.py): fast enough to check while the user types.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources

from desktop.core.plain.model import KeyPoint, Term
from desktop.core.plain.text import Sentence, Token, clauses, sentences


class HintKind(StrEnum):
    WICHTIGSTES_ZUERST = "wichtigstes-zuerst"
    SATZLAENGE = "satzlaenge"
    PASSIV = "passiv"
    NOMINALSTIL = "nominalstil"
    AMTSDEUTSCH = "amtsdeutsch"
    FACHWORT = "fachwort"
    BITTEN = "bitten"

    @property
    def title(self) -> str:  # type: ignore[override]  # shadows str.title (review point 5)
        return KIND_TITLES[self]


KIND_TITLES = {
    HintKind.WICHTIGSTES_ZUERST: "Das Wichtigste zuerst",
    HintKind.SATZLAENGE: "Satzlänge",
    HintKind.PASSIV: "Passiv",
    HintKind.NOMINALSTIL: "Nominalstil",
    HintKind.AMTSDEUTSCH: "Amtsdeutsch",
    HintKind.FACHWORT: "Fachwort",
    HintKind.BITTEN: "Eine Bitte pro Satz",
}

# Words per sentence a listener with this much German can follow when read aloud or on paper.
SENTENCE_LIMITS = {"A1": 10, "A2": 12, "B1": 15, "B2": 20, "C1": 20, "C2": 20}
DEFAULT_LIMIT = 15

# Terms of the immigration office that need an explanation for most clients. An exercise adds
# its own (with words that show the explanation); these are checked in every text.
LEGAL_TERMS: tuple[str, ...] = (
    "Fiktionsbescheinigung", "Rechtsbehelfsbelehrung", "Rechtsbehelf", "Widerspruch", "Klage",
    "Verwaltungsgericht", "Aufenthaltstitel", "Duldung", "ausreisepflichtig", "Ausreisepflicht",
    "vollziehbar", "Abschiebungsandrohung", "Bescheid", "Verwaltungsakt", "Passbeschaffung",
    "Mitwirkungspflicht", "Verpflichtungserklärung", "Lebensunterhalt", "Ermessen", "Anhörung",
    "Nebenbestimmung", "Wohnsitzauflage", "bestandskräftig", "Bestandskraft",
    "aufschiebende Wirkung", "Eilantrag",
)
# Signs that a term is being explained: a colon or bracket after it, or one of these phrases
# in its sentence or the next one.
EXPLAINED = re.compile(
    r"\b(das heißt|d\. ?h\.|heißt|bedeutet|das ist|ist ein|ist eine|sind|also|nämlich|"
    r"nennt man|so nennen wir|das Wort|ein Papier|das Papier|damit|zeigt|dort steht|"
    r"da steht|hier steht)\b", re.I)
_EXPLAINED_AFTER = re.compile(r"[“”\"»«]?\s*[:(–—]")

WERDEN = frozenset({"werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest", "wurden",
                    "wurdet", "worden", "würde", "würden", "würdest", "würdet"})
_SEPARABLE = (r"(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|hin|los|mit|nach|statt|"
              r"teil|um|vor|weg|weiter|wieder|zu|zurück|zusammen)")
_GE_PARTICIPLE = re.compile(rf"^{_SEPARABLE}?ge[a-zäöüß]{{2,}}(?:t|en)$")
_PREFIX_PARTICIPLE = re.compile(r"^(?:be|ver|er|ent|zer|emp|miss|über|unter|hinter|wider)"
                                r"[a-zäöüß]{3,}t$")
_SEPARABLE_PREFIX = re.compile(rf"^{_SEPARABLE}(?=ge)")
# Infinitives that start with "ge" ("Sie werden es abgeben" is future, not passive).
GE_INFINITIVES = frozenset({
    "geben", "gehen", "gelten", "gehören", "genießen", "geschehen", "gewinnen", "gelingen",
    "genügen", "gestalten", "gewähren", "gebrauchen", "gefallen", "gestatten", "gewöhnen",
    "geraten", "gedenken", "gestehen", "gelangen", "geleiten",
})
STRONG_PARTICIPLES = frozenset({
    "entschieden", "verboten", "beschrieben", "erhoben", "betroffen", "verwiesen",
    "besprochen", "versprochen", "bewiesen", "entzogen", "verschoben", "unterschrieben",
    "überwiesen", "abgeschoben", "zurückgewiesen",
})
NOT_PARTICIPLES = frozenset({"gerecht", "gerade", "genug", "gesamt", "geheim", "bereit",
                             "bestimmt", "bekannt", "gestern", "verrückt"})

_NOMINAL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß-]{3,}(?:ung|ungen|heit|heiten|keit|keiten)$")
PLAIN_NOUNS = frozenset({"Wohnung", "Wohnungen", "Zeitung", "Übung", "Übungen", "Ordnung",
                         "Achtung", "Hoffnung", "Meinung", "Richtung", "Rechnung",
                         "Krankheit", "Gesundheit", "Kindheit", "Wahrheit", "Sicherheit"})
CHAIN_GAP = 3  # at most this many words between two nouns of one chain
COORDINATION = frozenset({"und", "oder", "sowie", "bzw"})
# "ist schwer zu lesen" describes; "ist vorzulegen" and "ist zu beachten" order.
DESCRIBING = frozenset({"schwer", "leicht", "einfach", "gut", "schlecht", "kaum", "schön",
                        "klar", "deutlich", "sicher"})

_LEAD_IN = re.compile(
    r"^(Aufgrund|Auf Grund|Gemäß|Nach Prüfung|Nach eingehender|Bezugnehmend|Bezug nehmend|"
    r"Unter Bezugnahme|Wie Ihnen bekannt|Hiermit|Im Rahmen|Mit Schreiben|In Ihrer "
    r"Angelegenheit|Nach §|Gem\.|Zu Ihrem Antrag vom)\b", re.I)
_ZU_INFINITIVE = re.compile(r"^[a-zäöüß]+zu[a-zäöüß]+en$")
_MODAL = re.compile(r"\bSie\s+(?:müssen|sollen|sollten)\b|\b(?:müssen|sollen|sollten)\s+Sie\b"
                    r"|\b[Ww]ir\s+brauchen\b")
AUXILIARIES = frozenset({"können", "werden", "haben", "sind", "dürfen", "müssen", "wollen",
                         "sollen", "möchten", "würden", "hätten", "wären", "könnten", "sollten",
                         "müssten", "dürften", "wissen", "kennen"})
CLAUSE_OPENERS = frozenset({"und", "oder", "dann", "bitte", "danach", "auch", "außerdem",
                            "zuerst", "jetzt", "noch", "sondern", "aber"})


@dataclass(frozen=True)
class Hint:
    start: int
    end: int
    kind: HintKind
    message: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind.value,
                "message": self.message}


@dataclass(frozen=True)
class PointResult:
    """A key point and where the text covers it (start = end = -1 when it does not)."""

    text: str
    covered: bool
    start: int = -1
    end: int = -1
    first: bool = False


@dataclass(frozen=True)
class Figures:
    sentences: int
    words: int
    words_per_sentence: float
    longest_start: int
    longest_end: int
    longest_words: int
    sentence_limit: int
    readability: float | None = None  # Wiener Sachtextformel (1): about 4 easy … 15 hard

    def to_json(self) -> dict:
        return {
            "sentences": self.sentences, "words": self.words,
            "words_per_sentence": round(self.words_per_sentence, 1),
            "longest_sentence": {"start": self.longest_start, "end": self.longest_end,
                                 "words": self.longest_words},
            "sentence_limit": self.sentence_limit,
            "wiener_sachtextformel": (None if self.readability is None
                                      else round(self.readability, 1)),
        }


@dataclass(frozen=True)
class Expectations:
    """What an exercise asks of the text; empty for a free check."""

    points: tuple[KeyPoint, ...] = ()
    terms: tuple[Term, ...] = ()
    language_level: str | None = None


@dataclass(frozen=True)
class Report:
    hints: tuple[Hint, ...]
    figures: Figures
    points: tuple[PointResult, ...] = field(default_factory=tuple)

    @property
    def missing(self) -> tuple[PointResult, ...]:
        return tuple(p for p in self.points if not p.covered)

    def to_json(self) -> dict:
        return {
            "hints": [h.to_json() for h in self.hints],
            "figures": self.figures.to_json(),
            "points": [{"text": p.text, "covered": p.covered, "start": p.start, "end": p.end}
                       for p in self.points],
        }


@dataclass(frozen=True)
class _Phrase:
    pattern: re.Pattern[str]
    alternative: str
    kind: HintKind


@functools.cache
def phrases() -> tuple[_Phrase, ...]:
    """The Amtsdeutsch word list (data/amtsdeutsch.tsv), compiled once."""
    text = resources.files("desktop.core.plain").joinpath("data/amtsdeutsch.tsv") \
        .read_text("utf-8")
    found = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        kind = HintKind.NOMINALSTIL if len(parts) > 2 and parts[2] == "nominalstil" \
            else HintKind.AMTSDEUTSCH
        found.append(_Phrase(re.compile(rf"(?<![^\W_])(?:{parts[0]})", re.I), parts[1], kind))
    return tuple(found)


@functools.lru_cache(maxsize=256)
def _word_start(phrase: str) -> re.Pattern[str]:
    """A key word or term matched at a word start, as a prefix: "arbeit" finds "Arbeitgeber"."""
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<![^\W_])" + r"\s+".join(words), re.I)


def check(text: str, expect: Expectations | None = None,
          readability: bool = False) -> Report:
    """Check a text; `readability` also computes the Wiener Sachtextformel (loads pyphen's
    German dictionary the first time: do that off the GUI thread)."""
    expect = expect or Expectations()
    found = sentences(text)
    limit = SENTENCE_LIMITS.get((expect.language_level or "").upper(), DEFAULT_LIMIT)
    points = _points(text, expect.points)
    hints: list[Hint] = []
    hints += _lead(text, found, points)
    hints += _length(found, limit)
    wording = _phrases(text)
    hints += wording
    hints += _outside(_passive(text, found), wording)
    hints += _nominal(text, found)
    hints += _outside(_terms(text, found, expect.terms), wording)
    hints += _requests(text, found)
    hints.sort(key=lambda h: (h.start, h.end, h.kind.value))
    words = sum(s.words for s in found)
    longest = max(found, key=lambda s: s.words, default=None)
    score = None
    if readability and found:
        from desktop.core.plain.readability import wiener_sachtextformel

        score = wiener_sachtextformel(text)
    figures = Figures(
        sentences=len(found), words=words,
        words_per_sentence=words / len(found) if found else 0.0,
        longest_start=longest.start if longest else 0, longest_end=longest.end if longest else 0,
        longest_words=longest.words if longest else 0, sentence_limit=limit,
        readability=score)
    return Report(tuple(hints), figures, tuple(points))


def _outside(hints: list[Hint], others: Sequence[Hint]) -> list[Hint]:
    """Drop hints whose words another hint already names ("Sie werden gebeten")."""
    return [h for h in hints
            if not any(o.start <= h.start and h.end <= o.end or
                       (h.kind is HintKind.FACHWORT and o.start < h.end and h.start < o.end)
                       for o in others)]


# --- the rules ------------------------------------------------------------------------------

def _points(text: str, points: Sequence[KeyPoint]) -> list[PointResult]:
    results = []
    for point in points:
        best: re.Match[str] | None = None
        for keyword in point.keywords:
            m = _word_start(keyword).search(text)
            if m and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            results.append(PointResult(point.text, False, first=point.first))
        else:
            results.append(PointResult(point.text, True, best.start(), best.end(), point.first))
    if results and not any(r.first for r in results):  # no mark: the first listed point
        results[0] = PointResult(results[0].text, results[0].covered, results[0].start,
                                 results[0].end, True)
    return results


def _lead(text: str, found: list[Sentence], points: list[PointResult]) -> list[Hint]:
    if not found:
        return []
    first = found[0]
    main = next((p for p in points if p.first), None)
    if main is not None and main.covered and main.start >= first.end:
        number = next((i + 1 for i, s in enumerate(found) if s.start <= main.start < s.end + 1),
                      len(found))
        return [Hint(first.start, first.end, HintKind.WICHTIGSTES_ZUERST,
                     f"Das Wichtigste („{main.text}“) steht erst in Satz {number}. Sagen Sie "
                     "es im ersten Satz: Danach hört die Person vielleicht nicht mehr zu.")]
    m = _LEAD_IN.match(text, first.start)
    if m or "§" in text[first.start:first.end]:
        what = f"„{m.group()}“" if m else "einem Paragrafen"
        return [Hint(first.start, first.end, HintKind.WICHTIGSTES_ZUERST,
                     f"Der erste Satz beginnt mit {what}. Beginnen Sie mit dem Ergebnis: Was "
                     "heißt das für die Person? Die Rechtsgrundlage kann später kommen.")]
    return []


def _length(found: list[Sentence], limit: int) -> list[Hint]:
    longest = max((s.words for s in found), default=0)
    hints = []
    for s in found:
        if s.words > limit:
            extra = " Es ist der längste Satz." if s.words == longest else ""
            hints.append(Hint(s.start, s.end, HintKind.SATZLAENGE,
                              f"Langer Satz: {s.words} Wörter, gut verständlich sind bis zu "
                              f"{limit}.{extra} Teilen Sie ihn: ein Gedanke pro Satz."))
    return hints


def _phrases(text: str) -> list[Hint]:
    hints = []
    for phrase in phrases():
        for m in phrase.pattern.finditer(text):
            hints.append(Hint(m.start(), m.end(), phrase.kind,
                              f"„{m.group()}“ klingt nach Amt. Einfacher: {phrase.alternative}."))
    for m in re.finditer(r"\b(?:ist|sind)\b", text):
        stop = _clause_end(text, m.end())
        for word in re.finditer(r"[^\W_]+", text[m.end():stop]):
            lowered = word.group()
            if _ZU_INFINITIVE.match(lowered) or lowered == "zu":
                end = m.end() + word.end()
                if lowered == "zu":
                    nxt = re.match(r"\s+([a-zäöüß]+en)\b", text[end:stop])
                    before = re.findall(r"[^\W_]+", text[m.end():m.end() + word.start()])
                    if not nxt or (before and before[-1].lower() in DESCRIBING):
                        continue
                    end += nxt.end()
                hints.append(Hint(m.start(), end, HintKind.AMTSDEUTSCH,
                                  f"„{text[m.start():end]}“ verschweigt, wer etwas tun muss. "
                                  "Sagen Sie es direkt: „Bitte bringen Sie … mit.“"))
                break
    return hints


def _clause_end(text: str, start: int) -> int:
    m = re.compile(r"[,;:.!?()\n]").search(text, start)
    return m.start() if m else len(text)


def is_participle(token: str) -> bool:
    """A past participle as used in the werden-passive ("abgelehnt", "verlängert")."""
    if not token[:1].islower():
        return False
    word = token.lower()
    if word in NOT_PARTICIPLES:
        return False
    if word in STRONG_PARTICIPLES or (word.endswith("iert") and len(word) > 5):
        return True
    if _GE_PARTICIPLE.match(word):
        stem = _SEPARABLE_PREFIX.sub("", word)
        return stem not in GE_INFINITIVES
    return bool(_PREFIX_PARTICIPLE.match(word))


def _passive(text: str, found: list[Sentence]) -> list[Hint]:
    hints = []
    for sentence in found:
        for clause in clauses(text, sentence):
            aux = [t for t in clause if t.text.lower() in WERDEN]
            parts = [t for t in clause if is_participle(t.text)]
            if not aux or not parts:
                continue
            a, p = aux[0], min(parts, key=lambda t: abs(t.start - aux[0].start))
            start, end = min(a.start, p.start), max(a.end, p.end)
            hints.append(Hint(start, end, HintKind.PASSIV,
                              f"„{a.text} … {p.text}“ sagt nicht, wer handelt. Sagen Sie es aktiv, "
                              f"z. B. „Wir haben … {p.text}.“ oder „Die Ausländerbehörde …“."))
    return hints


def _nominal(text: str, found: list[Sentence]) -> list[Hint]:
    hints = []
    for sentence in found:
        for clause in clauses(text, sentence):
            nouns = [i for i, t in enumerate(clause)
                     if _NOMINAL.match(t.text) and t.text not in PLAIN_NOUNS]
            chain: list[int] = []
            for index in nouns + [10_000]:
                # "Migrationsberatung und Sozialberatung" is a list, not a chain.
                joined = chain and not any(t.text in COORDINATION
                                           for t in clause[chain[-1] + 1:index])
                if joined and index - chain[-1] - 1 <= CHAIN_GAP:
                    chain.append(index)
                    continue
                if len(chain) >= 2:
                    hints.append(_chain_hint(text, clause, chain))
                chain = [index]
    return hints


def _chain_hint(text: str, clause: tuple[Token, ...], chain: list[int]) -> Hint:
    first, last = clause[chain[0]], clause[chain[-1]]
    words = ", ".join(f"„{clause[i].text}“" for i in chain)
    return Hint(first.start, last.end, HintKind.NOMINALSTIL,
                f"Viele Hauptwörter hintereinander ({words}). Sagen Sie es mit Verben: „Wir "
                "verlängern …“ statt „die Verlängerung der …“.")


def _terms(text: str, found: list[Sentence], extra: Sequence[Term]) -> list[Hint]:
    own = {t.term.casefold(): t for t in extra}
    terms = list(extra) + [Term(t) for t in LEGAL_TERMS if t.casefold() not in own]
    hints = []
    seen: set[int] = set()
    for term in terms:
        m = _word_start(term.term).search(text)
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        index = next((i for i, s in enumerate(found) if s.start <= m.start() < s.end), None)
        if index is None:
            continue
        window_end = found[index + 1].end if index + 1 < len(found) else found[index].end
        end = m.end()
        while end < len(text) and (text[end].isalpha() or text[end] == "-"):
            end += 1  # the whole word: "Duldungsbescheinigung"
        before, after = text[found[index].start:m.start()], text[end:window_end]
        explained = bool(_EXPLAINED_AFTER.match(after) or EXPLAINED.search(before)
                         or EXPLAINED.search(after))
        if not explained and term.explain:
            window = before + " " + after
            explained = any(_word_start(w).search(window) for w in term.explain)
        if not explained:
            word = text[m.start():end]
            hints.append(Hint(m.start(), end, HintKind.FACHWORT,
                              f"„{word}“ ohne Erklärung. Sagen Sie gleich dazu, was es "
                              "für die Person bedeutet („Das heißt: …“), oder lassen Sie es "
                              "weg."))
    return hints


def _requests(text: str, found: list[Sentence]) -> list[Hint]:
    hints = []
    for sentence in found:
        if text[sentence.start:sentence.end].rstrip().endswith("?"):
            continue
        count = sum(_clause_requests(text, clause) for clause in _request_clauses(text, sentence))
        if count >= 2:
            hints.append(Hint(sentence.start, sentence.end, HintKind.BITTEN,
                              f"{count} Bitten in einem Satz. Geben Sie jeder einen eigenen "
                              "Satz: Dann weiß die Person, was sie zuerst tun soll, und kann "
                              "abhaken."))
    return hints


def _request_clauses(text: str, sentence: Sentence) -> list[tuple[Token, ...]]:
    """Clauses, with "und"/"oder" starting a new one (each can carry its own request)."""
    out: list[tuple[Token, ...]] = []
    for clause in clauses(text, sentence):
        current: list[Token] = []
        for token in clause:
            if token.text == "und" and current:  # "A oder B" is one request with a choice
                out.append(tuple(current))
                current = []
            current.append(token)
        if current:
            out.append(tuple(current))
    return out


def _clause_requests(text: str, clause: tuple[Token, ...]) -> int:
    words = list(clause)
    bitte = any(t.text.lower() == "bitte" for t in words)
    while words and words[0].text.lower() in CLAUSE_OPENERS:
        words.pop(0)
    if not words:
        return 0  # "Bitte, hören Sie …": the "Bitte" belongs to the request after it
    imperative = (len(words) >= 2 and words[1].text == "Sie" and words[0].text.endswith("en")
                  and words[0].text.lower() not in AUXILIARIES)
    modal = bool(_MODAL.search(text, clause[0].start, clause[-1].end))
    return 1 if (imperative or modal or bitte) else 0
