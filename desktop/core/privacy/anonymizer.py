"""Placeholders and replacement: `anonymize`, `suggest`, `replace_one`, `replace_all`.

Placeholders are readable and consistent within one text: the same person is "[Person A]"
wherever it appears ("Herr Haddad", "Herrn Haddads", "Amina Haddad" → the same letter, the
form of address stays outside: "Herr [Person A]"), the same date "[Datum 1]" whether written
"03.04.2024" or "3. April 2024". Numbering continues after placeholders already in the text.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

# First: the stored compiled patterns go into re's cache before any module of the package
# compiles one (stored_patterns.py).
from desktop.core.privacy import stored_patterns  # noqa: F401
from desktop.core.privacy.detector import detect, detect_many, placeholder_rx
from desktop.core.privacy.lexicon import fold
from desktop.core.privacy.model import (
    Anonymized,
    Finding,
    Kind,
    Replacement,
    StaleFindingError,
    new_replacement,
)
from desktop.core.privacy.pattern_sources import ALL_MONTHS

_PARTICLES = frozenset({"al", "el", "abu", "bin", "ibn", "bint", "binti", "de", "da", "dos", "di", "du",
                        "del", "della", "van", "von", "der", "den", "ter", "ten", "le", "la"})
# The patterns of the keys below, compiled once: re.findall(source, …) looks the source up in
# re's cache on every call, and a key is computed for each new name, date or number of every
# note of a --jsonl run (about three a short note).
_WORDS_RX = re.compile(r"[^\W\d_]+")
# A name spelt out ("E-K-W-U-E-M-E"): the same person as the name it spells.
_SPELT_RX = re.compile(r"(?:[^\W\d_]-){2,}[^\W\d_]")
_NUMBERS_RX = re.compile(r"[0-9]+")
_LETTERS_RX = re.compile(r"[a-zäöü]+")
_NOT_PHONE_RX = re.compile(r"[^0-9+]")
# The German country code, and the trunk zero some write after it ("+49 (0)341 …", "+49 0341 …")
_TRUNK_RX = re.compile(r"^(?:\+|00)490?")
_MAIL_AT_RX = re.compile(r"\s*[(\[]at[)\]]\s*")
_NOT_ADDRESS_RX = re.compile(r"[^0-9a-zäöü]+")
_NOT_ALNUM_RX = re.compile(r"[^0-9A-Za-z]")


def _letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, …"""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


# _name_tokens and _key are pure and meet the same names, dates and numbers again and again
# (within a note and across the notes of a --jsonl run): cached, they cost a dict look-up.
@functools.lru_cache(maxsize=4096)
def _name_tokens(text: str) -> frozenset[str]:
    return frozenset(w for w in (fold(t) for t in _WORDS_RX.findall(text)) if w not in _PARTICLES)


def _date_key(text: str) -> str:
    lowered = text.lower()
    numbers = [int(n) for n in _NUMBERS_RX.findall(lowered)]
    month_word = next((ALL_MONTHS[w] for w in _LETTERS_RX.findall(lowered) if w in ALL_MONTHS),
                      None)
    if month_word is not None:
        numbers = numbers[:1] + [month_word] + numbers[1:]
    elif numbers and numbers[0] > 31:  # 2024-04-03
        numbers = numbers[::-1]
    if len(numbers) >= 3 and numbers[2] < 100:
        numbers[2] += 2000 if numbers[2] < 50 else 1900
    return ".".join(map(str, numbers)) or lowered


@functools.lru_cache(maxsize=4096)
def _key(kind: Kind, text: str) -> str:
    """What makes two findings of one kind "the same" (spelling-independent)."""
    if kind in (Kind.DATUM, Kind.GEBURTSDATUM):
        return _date_key(text)
    if kind is Kind.TELEFON:
        # (the bracketed zero goes first: once the brackets are gone it is a digit like others)
        digits = _NOT_PHONE_RX.sub("", text.replace("(0)", ""))
        return _TRUNK_RX.sub("0", digits)
    if kind is Kind.EMAIL:
        return _MAIL_AT_RX.sub("@", text.lower())
    if kind is Kind.ADRESSE:
        lowered = text.lower().replace("ß", "ss").replace("str.", "strasse")
        return _NOT_ADDRESS_RX.sub(" ", lowered).strip()
    return _NOT_ALNUM_RX.sub("", text).upper()


_KIND_BY_WORD = {k.placeholder_word: k for k in Kind}
# The letters and placeholders of the first 702 people ("A" … "ZZ", as _letters counts),
# made once: a note names a handful, and building each again cost about 1 µs a short note.
# (Not by _letters: 1,404 calls were 0.3 ms of every command-line run's serial start.)
_AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_PERSON_LABELS = tuple((letters, f"[{Kind.PERSON.placeholder_word} {letters}]")
                       for letters in [*_AZ, *(a + b for a in _AZ for b in _AZ)])
# An enum member looked up on its class costs a property call each time (Python 3.11): the
# loop over findings uses these.
_PERSON = Kind.PERSON
_PERSON_WORD = Kind.PERSON.placeholder_word
_WORDS = {kind: kind.placeholder_word for kind in Kind}


class _Assigner:
    """Hands out placeholders in reading order, reusing them for the same original."""

    def __init__(self, text: str) -> None:
        self.counters: dict[Kind, int] = defaultdict(int)
        self.used_letters: set[str] = set()
        by_word = _KIND_BY_WORD
        for m in placeholder_rx().finditer(text) if "[" in text else ():
            word, _, label = m[0][1:-1].rpartition(" ")
            kind = by_word[word]
            if kind is Kind.PERSON:
                self.used_letters.add(label)
            else:
                self.counters[kind] = max(self.counters[kind], int(label))
        self.people: list[tuple[frozenset[str], str]] = []
        self.seen: dict[tuple[Kind, str], str] = {}
        self.next_letter = 0

    def __call__(self, finding: Finding) -> str:
        return self.label(finding.kind, finding.text)

    def label(self, kind: Kind, text: str) -> str:
        """The placeholder of a finding of `kind` whose original is `text`."""
        if kind is _PERSON:
            return self._person(text)
        key = (kind, _key(kind, text))
        label = self.seen.get(key)
        if label is None:
            number = self.counters[kind] = self.counters[kind] + 1
            label = self.seen[key] = f"[{_WORDS[kind]} {number}]"
        return label

    def _person(self, text: str) -> str:
        if "-" in text and _SPELT_RX.fullmatch(text):
            text = text.replace("-", "")
        tokens = _name_tokens(text) or frozenset({fold(text)})
        for i, (known, label) in enumerate(self.people):
            if tokens <= known:
                return label
            if known <= tokens:  # "Haddad" first, "Amina Haddad" later: the same person
                self.people[i] = (tokens, label)
                return label
        i = self.next_letter
        while (_PERSON_LABELS[i][0] if i < 702 else _letters(i)) in self.used_letters:
            i += 1
        self.next_letter = i + 1
        label = _PERSON_LABELS[i][1] if i < 702 else f"[{_PERSON_WORD} {_letters(i)}]"
        self.people.append((tokens, label))
        return label


def _replacements(text: str, findings: list[Finding]) -> tuple[Replacement, ...]:
    assign = _Assigner(text)
    return tuple([new_replacement(f, assign(f)) for f in findings])


def _apply(text: str, replacements: tuple[Replacement, ...] | list[Replacement],
           ordered: bool = False) -> str:
    """The text with each replacement's finding replaced; `ordered`: they come by start
    already (a detector's findings), no sorting needed."""
    parts: list[str] = []
    pos = 0
    for r in replacements if ordered else sorted(replacements, key=lambda r: r.finding.start):
        parts.append(text[pos:r.finding.start])
        parts.append(r.placeholder)
        pos = r.finding.end
    parts.append(text[pos:])
    return "".join(parts)


def suggest(text: str) -> list[Replacement]:
    """Findings with the placeholder each would get: for underlining while typing."""
    return list(_replacements(text, detect(text)))


def anonymize(text: str) -> Anonymized:
    """The text with every finding replaced by its placeholder."""
    return _anonymized(text, detect(text))


def anonymize_many(texts: list[str]) -> list[Anonymized]:
    """anonymize() of each text, detected as a batch (detector.detect_many: faster)."""
    return [_anonymized(text, findings)
            for text, findings in zip(texts, detect_many(texts), strict=True)]


def anonymized_texts(texts: list[str]) -> list[tuple[str, list[Finding]]]:
    """The text and findings of anonymize_many() of each text, without the Replacement and
    Anonymized objects the command's output does not need (5 µs a short note of --jsonl)."""
    out = []
    for text, findings in zip(texts, detect_many(texts), strict=True):
        if not findings:
            out.append((text, findings))
            continue
        label = _Assigner(text).label
        parts: list[str] = []
        pos = 0
        for f in findings:  # by start, as the detector gives them (see _apply)
            parts += text[pos:f.start], label(f.kind, f.text)
            pos = f.end
        parts.append(text[pos:])
        out.append(("".join(parts), findings))
    return out


def _anonymized(text: str, findings: list[Finding]) -> Anonymized:
    replacements = _replacements(text, findings)
    # (detect() returns its findings sorted by start)
    return Anonymized(_apply(text, replacements, ordered=True), tuple(findings), replacements)


def replace_all(text: str) -> str:
    """The anonymised text."""
    return anonymize(text).text


def replace_one(text: str, finding: Finding) -> str:
    """Replace only `finding` by the placeholder it gets among all findings of `text`."""
    if not (0 <= finding.start < finding.end <= len(text)) or \
            text[finding.start:finding.end] != finding.text:
        raise StaleFindingError(
            "Die Fundstelle passt nicht mehr zum Text; bitte erneut prüfen lassen.")
    findings = detect(text)
    if finding not in findings:
        findings = sorted([*(f for f in findings if f.end <= finding.start
                             or f.start >= finding.end), finding], key=lambda f: f.start)
    placeholder = next(r.placeholder for r in _replacements(text, findings) if r.finding == finding)
    return _apply(text, [Replacement(finding, placeholder)])
