"""Plain data of the privacy check: kinds of personal data, findings, anonymised results."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """A kind of personal data; the values are stable (JSON output, stored settings)."""

    PERSON = "person"
    DATUM = "datum"
    GEBURTSDATUM = "geburtsdatum"
    AKTENZEICHEN = "aktenzeichen"
    TELEFON = "telefon"
    EMAIL = "email"
    ADRESSE = "adresse"
    IBAN = "iban"
    AUSWEISNUMMER = "ausweisnummer"
    AZR = "azr"
    STEUER_ID = "steuer_id"

    @property
    def label(self) -> str:
        """German name of the kind for the UI ("Name", "Datum", …)."""
        return _LABELS[self]

    @property
    def placeholder_word(self) -> str:
        """The word inside the placeholder: "[Datum 1]", "[AZR-Nummer 2]", "[Person A]"."""
        return _PLACEHOLDER_WORDS[self]


_LABELS = {
    Kind.PERSON: "Name",
    Kind.DATUM: "Datum",
    Kind.GEBURTSDATUM: "Geburtsdatum",
    Kind.AKTENZEICHEN: "Aktenzeichen",
    Kind.TELEFON: "Telefonnummer",
    Kind.EMAIL: "E-Mail-Adresse",
    Kind.ADRESSE: "Anschrift",
    Kind.IBAN: "IBAN",
    Kind.AUSWEISNUMMER: "Ausweis- oder Passnummer",
    Kind.AZR: "AZR-Nummer",
    Kind.STEUER_ID: "Steuer-ID",
}

_PLACEHOLDER_WORDS = {
    Kind.PERSON: "Person",
    Kind.DATUM: "Datum",
    Kind.GEBURTSDATUM: "Geburtsdatum",
    Kind.AKTENZEICHEN: "Aktenzeichen",
    Kind.TELEFON: "Telefon",
    Kind.EMAIL: "E-Mail",
    Kind.ADRESSE: "Adresse",
    Kind.IBAN: "IBAN",
    Kind.AUSWEISNUMMER: "Ausweisnummer",
    Kind.AZR: "AZR-Nummer",
    Kind.STEUER_ID: "Steuer-ID",
}


class _Record:
    """What @dataclass(frozen=True, slots=True) gave the records below, written out: equal
    and hashed by their fields, a repr naming them, no field set after __init__. Importing
    dataclasses (with inspect) was 7 ms of every command-line run's fixed cost, the largest
    import of a short `anonymize --jsonl` batch (only this module and lexicon.py used it)."""

    __slots__ = ()
    __match_args__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in self.__match_args__])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{type(self).__qualname__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:  # copy and pickle
        return self.__class__, self._values()


_set = object.__setattr__


class Finding(_Record):
    """One item of personal data: `text == source[start:end]` (offsets in code points)."""

    __slots__ = __match_args__ = ("start", "end", "kind", "text")
    start: int
    end: int
    kind: Kind
    text: str

    def __init__(self, start: int, end: int, kind: Kind, text: str) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "kind", kind)
        _set(self, "text", text)

    @property
    def label(self) -> str:
        return self.kind.label


class Replacement(_Record):
    """A finding and the placeholder it gets in its text ("[Person A]", "[Datum 1]")."""

    __slots__ = __match_args__ = ("finding", "placeholder")
    finding: Finding
    placeholder: str

    def __init__(self, finding: Finding, placeholder: str) -> None:
        _set(self, "finding", finding)
        _set(self, "placeholder", placeholder)


class Anonymized(_Record):
    """The anonymised text, the findings in the original text and what each was replaced by."""

    __slots__ = __match_args__ = ("text", "findings", "replacements")
    text: str
    findings: tuple[Finding, ...]
    replacements: tuple[Replacement, ...]

    def __init__(self, text: str, findings: tuple[Finding, ...],
                 replacements: tuple[Replacement, ...]) -> None:
        _set(self, "text", text)
        _set(self, "findings", findings)
        _set(self, "replacements", replacements)


class StaleFindingError(ValueError):
    """A finding no longer matches the text it is applied to (the text changed meanwhile)."""


# __init__ sets each field through object.__setattr__: 0.8 µs for a Finding. The detector and
# the anonymiser make one Finding and one Replacement per item of every note, so they fill the
# slots directly (0.5 µs); the objects are the same.
_new = object.__new__
# The slot descriptors of the records, read from their class dictionaries.
_FINDING_SLOTS = tuple(Finding.__dict__[name].__set__ for name in ("start", "end", "kind", "text"))
_REPLACEMENT_SLOTS = tuple(Replacement.__dict__[name].__set__ for name in ("finding",
                                                                           "placeholder"))


def new_finding(start: int, end: int, kind: Kind, text: str) -> Finding:
    """The same as Finding(start, end, kind, text), made faster."""
    finding = _new(Finding)
    set_start, set_end, set_kind, set_text = _FINDING_SLOTS
    set_start(finding, start)
    set_end(finding, end)
    set_kind(finding, kind)
    set_text(finding, text)
    return finding


def new_replacement(finding: Finding, placeholder: str) -> Replacement:
    """The same as Replacement(finding, placeholder), made faster."""
    replacement = _new(Replacement)
    set_finding, set_placeholder = _REPLACEMENT_SLOTS
    set_finding(replacement, finding)
    set_placeholder(replacement, placeholder)
    return replacement
