"""Placeholders: readable, consistent within a text, numbering that continues; the GUI API."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.core.privacy import (
    Finding,
    Kind,
    StaleFindingError,
    anonymize,
    detect,
    replace_all,
    replace_one,
    suggest,
)

NOTE = ("Frau Tesfaye kam am 12.03.2024 ohne Termin. Der Dolmetscher übersetzte für Herrn Abdi, "
        "geb. 1.2.1980. Am 12. März 2024 rief Frau Tesfaye wieder an (Tel. 0341 1234567), "
        "dann von 0341/1234567. Az. 32.1-123/24; Mail an tesfaye@web.de.")


def test_placeholders_are_readable_and_numbered():
    """Each kind gets its German placeholder; titles stay before the placeholder."""
    assert anonymize(NOTE).text == (
        "Frau [Person A] kam am [Datum 1] ohne Termin. Der Dolmetscher übersetzte für Herrn "
        "[Person B], geb. [Geburtsdatum 1]. Am [Datum 1] rief Frau [Person A] wieder an "
        "(Tel. [Telefon 1]), dann von [Telefon 1]. Az. [Aktenzeichen 1]; Mail an [E-Mail 1].")


def test_all_placeholder_words():
    """Every kind has its placeholder word, as the design asks."""
    text = ("Herr Haddad, 03.04.2024, geb. 1.2.1980, Az. ABH-2024-01234, 0171/1234567, "
            "a@web.de, Hauptstraße 12, DE89 3704 0044 0532 0130 00, Pass-Nr. N012345678, "
            "AZR 123456789012, Steuer-ID 86095742719")
    out = anonymize(text).text
    for placeholder in ("[Person A]", "[Datum 1]", "[Geburtsdatum 1]", "[Aktenzeichen 1]",
                        "[Telefon 1]", "[E-Mail 1]", "[Adresse 1]", "[IBAN 1]",
                        "[Ausweisnummer 1]", "[AZR-Nummer 1]", "[Steuer-ID 1]"):
        assert placeholder in out


def test_result_carries_findings_and_replacements():
    """anonymize() returns the findings in the original and what each was replaced by."""
    result = anonymize(NOTE)
    assert [r.finding for r in result.replacements] == list(result.findings)
    assert result.findings[0] == Finding(5, 12, Kind.PERSON, "Tesfaye")
    assert result.replacements[0].placeholder == "[Person A]"
    assert replace_all(NOTE) == result.text


def test_anonymizing_twice_changes_nothing():
    """Placeholders are never found again: anonymising is idempotent."""
    once = anonymize(NOTE).text
    assert anonymize(once).text == once
    assert detect(once) == []


def test_numbering_continues_after_existing_placeholders():
    """A text that already holds "[Person A]" and "[Datum 1]" gets B and 2 for new items."""
    out = anonymize("[Person A] kam am [Datum 1]; Herr Haddad kam am 5.6.2024.").text
    assert out == "[Person A] kam am [Datum 1]; Herr [Person B] kam am [Datum 2]."


def test_suggest_gives_placeholders_for_underlining():
    """suggest() lists each finding with the placeholder it would get."""
    pairs = [(r.finding.text, r.placeholder) for r in suggest("Frau Haddad, dann Herr Abdi.")]
    assert pairs == [("Haddad", "[Person A]"), ("Abdi", "[Person B]")]


def test_replace_one_replaces_only_that_finding():
    """replace_one() changes one finding and leaves the rest for the user to decide."""
    text = "Frau Haddad kam am 12.03.2024. Herr Abdi auch."
    abdi = next(f for f in detect(text) if f.text == "Abdi")
    assert replace_one(text, abdi) == "Frau Haddad kam am 12.03.2024. Herr [Person B] auch."


def test_replace_one_refuses_a_stale_finding():
    """A finding from an older version of the text raises a German error, not a wrong edit."""
    with pytest.raises(StaleFindingError, match="Fundstelle"):
        replace_one("Frau Abdi kam.", Finding(5, 11, Kind.PERSON, "Haddad"))


def test_replace_one_accepts_a_finding_the_user_marked():
    """A span the detector did not find can still be replaced (the user marked it)."""
    text = "Gesine kam heute."
    assert replace_one(text, Finding(0, 6, Kind.PERSON, "Gesine")) == "[Person A] kam heute."


def test_empty_and_clean_texts():
    """Empty text and text without personal data come back unchanged."""
    assert anonymize("").text == ""
    clean = "Die Duldung nach § 60a AufenthG habe ich dreimal erklärt."
    assert anonymize(clean).text == clean
    assert anonymize(clean).findings == ()


def test_import_is_cheap_and_qt_free():
    """Importing the package loads no word list, compiles no pattern and pulls in no Qt."""
    code = ("import sys, desktop.core.privacy as p, desktop.core.privacy.lexicon as l, "
            "desktop.core.privacy.patterns as pa; "
            "assert l.lexicon.cache_info().currsize == 0; assert pa._rx.cache_info().currsize == 0; "
            "assert not any(m.startswith('PySide6') for m in sys.modules); print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_a_batch_gives_each_text_what_it_gives_alone():
    """anonymize_many (the --jsonl command's batches) gives every text exactly what anonymize
    gives it alone: empty and clean texts, a text anonymised before (placeholders masked), a
    text whose findings touch letters (a second pass over the blanked text), a note typed in
    lower case and the same person in two notes (placeholders start again per text)."""
    from desktop.core.privacy.anonymizer import anonymize_many

    once = anonymize(NOTE).text
    texts = ["", "Heute ist nichts passiert.", NOTE, once, "Tel.0341 1234567Haddad rief an",
             "herr mirzaei rief an, er kommt am 3.4.2024 mit kundin haoran zhao.",
             "Frau Tesfaye kam wieder.", NOTE.lower()]
    assert anonymize_many(texts) == [anonymize(text) for text in texts]
    assert anonymize_many(texts)[3].text == once  # anonymising twice changes nothing


def test_a_batchs_texts_and_findings_are_anonymizes():
    """anonymized_texts (the --jsonl command's output, made without Replacement objects) gives
    each text the anonymised text and findings anonymize gives it: empty and clean texts,
    placeholders already in the text (numbering goes on after them), the same person named
    twice, a text anonymised before."""
    from desktop.core.privacy.anonymizer import anonymized_texts

    once = anonymize(NOTE).text
    texts = ["", "Heute ist nichts passiert.", NOTE, once, "Tel.0341 1234567Haddad rief an",
             "[Person A] und [Datum 2] bleiben; Frau Tesfaye kam am 3.4.2024, Frau Tesfaye.",
             NOTE.lower()]
    expected = [(result.text, list(result.findings)) for result in map(anonymize, texts)]
    assert anonymized_texts(texts) == expected


def test_shaped_patterns_over_a_batch_give_each_text_its_own_candidates():
    """The shaped patterns run finder by finder over a batch (detector.shaped_candidates_many),
    in groups of as many notes as their per-note caches hold: a batch longer than a group, with
    empty texts, texts without digits, notes in lower case and notes that differ only in their
    numbers, gives every text exactly the candidates it gets alone."""
    from desktop.core.privacy.detector import shaped_candidates_many
    from desktop.core.privacy.keywords import NOTE_CACHE
    from desktop.core.privacy.patterns import shaped_candidates

    kinds = ["", "Heute ist nichts passiert.", NOTE, NOTE.lower(), anonymize(NOTE).text,
             "IBAN DE89 3704 0044 0532 0130 00, Pass-Nr. C01X00T47, 04109 Leipzig",
             "az. abh 32.1-20417/24, tel 0171 2345678, wohnt marienstr. 41, 30171 hannover"]
    texts = [kinds[i % 7] + (f" Rückruf am {1 + i % 28}.{1 + i % 12}.2024 unter 0341 "
                             f"{1000000 + i}." if i % 3 else "") for i in range(2 * NOTE_CACHE + 5)]
    assert len(texts) > 2 * NOTE_CACHE
    assert shaped_candidates_many(texts) == [shaped_candidates(text) for text in texts]


def test_the_made_person_labels_count_as_letters_does():
    """The 702 placeholders made at import ("[Person A]" … "[Person ZZ]") are those that
    _letters counts, in its order: a label built otherwise would give the wrong letters."""
    from desktop.core.privacy.anonymizer import _PERSON_LABELS, _letters

    assert _PERSON_LABELS == tuple((_letters(i), f"[Person {_letters(i)}]") for i in range(702))


@pytest.mark.parametrize(("kind", "same", "other"), [
    (Kind.DATUM, ["12.03.2024", "12. März 2024", "2024-03-12", "12.3.24"], "13.03.2024"),
    (Kind.TELEFON, ["+49 341 1234567", "0341 1234567", "0049 341 123 45 67",
                    "+49 (0)341 1234567", "+49 0341 1234567"], "0341 1234568"),
    (Kind.EMAIL, ["anna@web.de", "Anna (at) web.de", "anna[at]web.de"], "anna@web.com"),
    (Kind.ADRESSE, ["Hauptstraße 5", "Hauptstr. 5", "hauptstrasse  5"], "Hauptstraße 6"),
    (Kind.AKTENZEICHEN, ["32.1-123/24", "32.1 123 24", "321-123-24"], "32.1-123/25"),
    (Kind.PERSON, ["Amina Haddad", "Haddad", "AMINA HADDAD", "Amina al Haddad"], "Amina Hadad"),
])
def test_one_item_in_other_spellings_keeps_its_placeholder(kind, same, other):
    """The key of each kind ignores the spelling (a date's form, a phone's country code with or
    without the trunk zero, "(at)", "Str.", separators, a name's particles and case): every
    spelling of one item gets one placeholder, a different item the next one."""
    from desktop.core.privacy.anonymizer import _Assigner

    label = _Assigner("").label
    labels = {label(kind, text) for text in same}
    assert len(labels) == 1
    assert label(kind, other) not in labels
