"""Personal-data detection and anonymisation for German notes (Qt-free).

    detect(text)            → [Finding(start, end, kind, text)], offsets into text
    suggest(text)           → [Replacement(finding, placeholder)] for underlining while typing
    anonymize(text)         → Anonymized(text, findings, replacements)
    replace_one(text, f)    → text with only f replaced
    replace_all(text)       → the anonymised text

Importing is cheap: word lists and patterns load on first use. Nothing is downloaded.
"""

from __future__ import annotations

from desktop.core.privacy.anonymizer import anonymize, replace_all, replace_one, suggest
from desktop.core.privacy.detector import detect
from desktop.core.privacy.model import (
    Anonymized,
    Finding,
    Kind,
    Replacement,
    StaleFindingError,
)

__all__ = [
    "Anonymized", "Finding", "Kind", "Replacement", "StaleFindingError", "anonymize", "detect",
    "replace_all", "replace_one", "suggest",
]
