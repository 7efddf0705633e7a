"""IBANs (ISO 13616): a country's code, two check digits and the account, in groups of four or
not, in capitals or in lower case ("de89 3704 …" in a note typed in lower case or after the
word IBAN). Found by the check digits (mod 97) and the country's length; after a keyword
("IBAN", "Konto") also with wrong check digits, as mistyped. Moved from patterns.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from desktop.core.privacy.checkdigits import iban_is_valid
from desktop.core.privacy.keywords import lower_note
from desktop.core.privacy.model import Kind
from desktop.core.privacy.pattern_sources import (
    IBAN_LENGTHS,
    _digit_count,
    _digit_shape,
    _first_digit,
    _rx,
)

Candidate = tuple[int, int, Kind, int]


def ibans(text: str, priority: int) -> Iterator[Candidate]:
    """IBANs by their check digits (mod 97), in capitals or lower case; after their keyword
    also with wrong ones."""
    rx = _rx()
    shape = _digit_shape(text)
    # (a space after the country's code, "DE 89 3704 …", only after the word IBAN: a second
    # test of the shape in every note cost 0.4 µs)
    matches = rx["iban"].finditer(text) if "AA00" in shape or (
        "IBAN" in text and "AA 00" in shape) else iter(())
    if _digit_count(text) >= 12 and (lower_note(text) or _lower_after_iban(text)):
        # In lower case ("de89 3704 …", "Iban de89 …"): the same check, in a note typed in
        # lower case or right after the word IBAN (a pass over every note with twelve digits
        # cost 1–2 % of the time). A German IBAN has twenty digits: fewer than twelve, none.
        matches = itertools.chain(matches, rx["iban_lower"].finditer(text, max(0, _first_digit(text) - 2)))
    for m in matches:
        raw = m[0]
        compact = raw.translate(_SEPARATORS).upper()
        cc = compact[:2]
        cued = rx["iban_cue"].search(text, max(0, m.start() - 20), m.start()) is not None
        lengths = [IBAN_LENGTHS[cc]] if cc in IBAN_LENGTHS else range(len(compact), 14, -1)
        for length in lengths:
            if len(compact) < length:
                continue
            if iban_is_valid(compact[:length]) or (cued and length == lengths[0]):
                # After its keyword a mistyped IBAN in groups of four is taken whole, a group
                # or two too long as written ("Konto: PL91 2410 … 6188 04")
                whole = cued and len(compact) <= length + 4 and rx["iban_fours"].fullmatch(raw) \
                    and not iban_is_valid(compact[:length])
                yield m.start(), m.end() if whole else m.start() + _span_of_alnum(
                    raw, length), Kind.IBAN, priority
                break


def _lower_after_iban(text: str) -> bool:
    """"Iban de89 …", "IBAN: de89 …": the word IBAN, then a country code in lower case."""
    if "ban" not in text and "BAN" not in text:
        return False  # two substring tests: most notes have no such word
    after = _rx()["iban_lc_after"]
    for word in ("IBAN", "Iban", "iban"):
        i = text.find(word)
        while i >= 0:
            if after.match(text, i + 4):
                return True
            i = text.find(word, i + 4)
    return False


# Between an IBAN's groups: spaces (one or two), a hyphen or a dot, a line break ("DE89 3704
# 0044⏎0532 0130 00", "DE89-3704-…", "DE 89 3704 …"; pattern_sources "iban").
_SEPARATORS = str.maketrans("", "", " .-\n")


def _span_of_alnum(raw: str, count: int) -> int:
    """Length of the prefix of raw that holds `count` letters or digits."""
    seen = 0
    for i, ch in enumerate(raw):
        if ch not in " .-\n":
            seen += 1
            if seen == count:
                return i + 1
    return len(raw)
