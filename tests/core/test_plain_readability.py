"""The Wiener Sachtextformel: our pyphen-based figure equals textstat's on German texts."""

from __future__ import annotations

import pytest

from desktop.core.plain.readability import syllables, wiener_sachtextformel

TEXTS = [
    "Ihr Antrag ist abgelehnt. Das tut mir leid. Sie können sich wehren. Sie haben einen Monat "
    "Zeit.",
    "Aufgrund der Nichtvorlage der erforderlichen Nachweise zur Sicherung des Lebensunterhalts "
    "wurde die Verlängerung der Aufenthaltserlaubnis gemäß § 8 Abs. 1 AufenthG versagt.",
    "Sie bekommen heute ein Papier. Es heißt Fiktionsbescheinigung. Damit dürfen Sie weiter "
    "arbeiten, auch wenn Ihre Karte abläuft. Zeigen Sie es Ihrem Chef.",
    "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
    "Verwaltungsgericht erhoben werden. Die Klage ist schriftlich oder zur Niederschrift des "
    "Urkundsbeamten der Geschäftsstelle zu erheben.",
]


def test_syllables_of_german_words():
    """pyphen's German hyphenation counts syllables of long official words."""
    assert syllables("Aufenthaltserlaubnis") == 6
    assert syllables("Fiktionsbescheinigung") == 7
    assert syllables("Pass") == 1


@pytest.mark.parametrize("text", TEXTS)
def test_equal_to_textstat(text):
    """The library is the reference: textstat's wiener_sachtextformel(text, 1) for German."""
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("de")
    assert wiener_sachtextformel(text) == pytest.approx(textstat.wiener_sachtextformel(text, 1),
                                                        abs=0.05)


def test_plain_text_scores_lower_than_the_official_one():
    """The plain explanation is easier than the legal wording; an empty text has no figure."""
    assert wiener_sachtextformel(TEXTS[0]) < 6 < wiener_sachtextformel(TEXTS[1])
    assert wiener_sachtextformel("  ") is None
