"""Identifiers as two new hands write them (twelfth session, the tenth and eleventh corpora's
halves A): file numbers by an office's code without a keyword, in lists, tables and subject
lines.

Each rule with valid values, found whole and as the right kind, and near misses left alone.
The values here are not those of the corpora: the rule must carry over, not remember.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def found(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- an office's code before its file number ------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Betreff: Niederlassungserlaubnis – KS-ABH 41.3-20917 – Unterlagen", "KS-ABH 41.3-20917"),
    ("Überweisung;DE12 3456;40,00;FR-AB 12/2027/318\nnächste Zeile", "FR-AB 12/2027/318"),
    ("Frau Okafor (TÜ-ABH-26-01187): kommt am Montag.", "TÜ-ABH-26-01187"),
    ("12.01. | KN-33.2-2217/26 | Frist", "KN-33.2-2217/26"),
    ("Landratsamt – RT-32.1.4-3308\nVorsprache am Montag", "RT-32.1.4-3308"),
    ("LAB-NB 26-04412 Familie aus Syrien, vier Personen", "LAB-NB 26-04412"),
    ("Weisung des LVwA (LVwA 208.1-44102) liegt vor.", "LVwA 208.1-44102"),
    ("Zuständig ist jetzt OF-Ausl. 2.4/3318/27, bitte weiterleiten.", "OF-Ausl. 2.4/3318/27"),
    ("Strafanzeige der Polizei ST/3318402/2027 liegt bei.", "ST/3318402/2027"),
    ("Betreff: MZ 33.1-E-2027-0419 / Antrag", "MZ 33.1-E-2027-0419"),
])
def test_a_file_number_after_an_office_code(text, value):
    """Capitals of an office (joined by "-" or "/", or with a capital inside: "LVwA"), then a
    number of groups joined by ".", "-", "/" is a file number without a keyword, whole."""
    assert found(text).get(value) == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Nach EU 2016/679 und VO 604/2013 gilt das nicht.",
    "Die DIN 5008 gilt auch für Briefe.",
    "Im WS 2025/26 studiert er in Kassel.",
    "Gebucht in KW 12/2027, dann Urlaub.",
    "Anna-Lena 12/345 kam nicht.",
    "LOHN/GEHALT 10/26 Firma Wolf",
    "Der ICE 10.30 fiel aus, BMW 320.1 gekauft.",
    "Verlängerung nach § 25 Abs. 2 AufenthG bis 2027.",
    "Zimmer B 12-3 im zweiten Stock.",
])
def test_no_file_number_after_a_law_a_calendar_or_a_word(text):
    """A law's or a standard's letters, a semester, a calendar week, a name, words in
    capitals on a statement, a train, a time and a room are no office's code."""
    assert "aktenzeichen" not in found(text).values()
