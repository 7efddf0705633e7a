"""English and French passages inside German notes (foreign_passages.py): the frequent words
of a quoted e-mail or certificate stay, the names in it are still found, and a German note is
read as before — without the word list even being loaded."""

from __future__ import annotations

import zlib

import pytest

import desktop.core.privacy.foreign_passages as passages
from desktop.core.privacy import anonymize, detect
from desktop.core.privacy.lexicon import data_bytes, fold, lexicon
from desktop.core.privacy.wordclass import capitalised_tokens, classifier


def names(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


def without_passages(monkeypatch: pytest.MonkeyPatch, text: str) -> str:
    """The anonymised text as the rules read it before this module (no passage found)."""
    with monkeypatch.context() as patch:
        patch.setattr(passages, "foreign_passages", lambda text: [])
        return anonymize(text).text


CERTIFICATE = """Kopie der Bescheinigung (englisch), zur Akte:

CERTIFICATE OF SERVICE
This is to certify that Ms. Abena Owusu was employed as a Staff Nurse in our Maternity Directorate.
Issued on 02/12/2026
Registrar"""

MAIL = """Mail von Frau Kearney, Personalabteilung, weitergeleitet am 03.12.2026:

Betreff: Documents for Registration – Chinedu Okafor

Dear Mr Okafor,
please find attached the Certificate of Employment and the Salary Statement for November.
Best regards,
Siobhan Kearney"""

FRENCH = """Vorgelegt: Arbeitsbescheinigung aus Frankreich.

Employeur : Constructions Mosellanes S.A.
Affilié depuis le 01.04.2019
Délivré à : OUALI Rachid
Délivré à Metz, le 12.11.2026"""


def test_an_english_certificate_keeps_its_words_and_its_holder(monkeypatch) -> None:
    """"Staff Nurse", "Directorate", "Issued on", "Registrar" of a copied certificate are
    words (the rules took each for a person before), and the nurse it names is still one."""
    before = without_passages(monkeypatch, CERTIFICATE)
    assert "Issued on" not in before and "Registrar" not in before  # the failure it mends
    text = anonymize(CERTIFICATE).text
    for word in ("Staff Nurse", "Maternity Directorate", "Issued on", "\nRegistrar"):
        assert word in text
    assert names(CERTIFICATE) == ["Abena Owusu"]


def test_an_english_mail_keeps_its_words_and_its_people(monkeypatch) -> None:
    """The subject before the mail ("Documents for Registration") and the body ("Please find
    attached the Certificate of Employment") stay, while "Dear Mr Okafor" and the signature
    "Best regards, Siobhan Kearney" still yield persons."""
    assert "Documents" not in without_passages(monkeypatch, MAIL)
    text = anonymize(MAIL).text
    assert "Betreff: Documents for Registration – [Person" in text
    assert "please find attached the Certificate of Employment and the Salary Statement" in text
    found = names(MAIL)
    assert "Okafor" in found and "Siobhan Kearney" in found and "Documents" not in found


def test_a_french_certificate_keeps_its_labels_and_its_name(monkeypatch) -> None:
    """"Employeur :", "Affilié depuis", "Délivré à" are the form's words; "Délivré à :
    OUALI Rachid" still names Rachid (with his surname since field_labels.py reads the
    label)."""
    before = without_passages(monkeypatch, FRENCH)
    assert "Employeur" not in before  # the failure it mends ("Délivré à :" is a name field's
    # label by field_labels.py as well)
    text = anonymize(FRENCH).text
    assert "Employeur : Constructions" in text and "Affilié depuis le" in text
    assert text.count("Délivré à") == 2
    assert any("Rachid" in name for name in names(FRENCH))


@pytest.mark.parametrize("text", [
    "Frau Okafor legte heute das Good Standing Certificate des Nursing Council vor, die "
    "Übersetzung fehlt noch. Termin mit Herrn Mensah am 12.12.",
    "Herr Rahul Venkatesh kam mit seiner Frau Divya. Der Arbeitgeber in Luxemburg hat die "
    "Bescheinigung geschickt, sie liegt bei.",
    "Ma / Ma – Verlängerung, Name im System korrigiert\nHe Wei – Abholung eAT\nSon Min-ji – "
    "Termin verlegt",
])
def test_a_german_note_has_no_passage_and_reads_as_before(monkeypatch, text) -> None:
    """German notes, also with an English title in a sentence or names that are function
    words of another language written capitalised ("Ma", "He", "Son"), hold no passage and
    come out as before."""
    assert passages.foreign_passages(text) == []
    assert anonymize(text).text == without_passages(monkeypatch, text)


def test_the_word_list_is_read_only_for_a_foreign_passage() -> None:
    """German notes never load the word list (start-up and German notes pay nothing); the
    first note with a passage does."""
    passages.common_foreign_words.cache_clear()
    anonymize("Frau Nowak war heute da, der Pass ist verlängert. Bitte Termin im März.")
    anonymize("Herr Okafor hat die Bescheinigung für die Blaue Karte vorgelegt.")
    assert passages.common_foreign_words.cache_info().currsize == 0
    anonymize(CERTIFICATE)
    assert passages.common_foreign_words.cache_info().currsize == 1


@pytest.mark.parametrize("text, passage", [
    ("Dear Ms Klein,\nthank you for the letter.", True),
    ("Sehr geehrte Frau Klein,\nvielen Dank für the letter.", False),  # one foreign word
    ("Mit freundlichen Grüßen / Avec mes meilleures salutations", False),  # one: "mes"
    ("Notiz: die Kundin sagt, sie ist krank.\nShe said: I am sick and my son is sick too.",
     True),  # a quoted line in a German paragraph
    ("Von: a@b.de\nBetreff: Documents for Anna\n\nSehr geehrte Damen und Herren, anbei die "
     "Unterlagen für the file.", False),  # the header goes with no German body
])
def test_a_passage_needs_two_foreign_function_words_more_than_german_ones(text, passage):
    """A line or paragraph is foreign with two function words of English or French at least
    and more of them than German ones; an e-mail's header goes with the body after it only
    where that body is foreign."""
    assert bool(passages.foreign_passages(text)) is passage


@pytest.mark.parametrize("text, name", [
    ("Please tell my daughter Registrar that the appointment is on Monday.", "Registrar"),
    ("Dear Mr Director,\nthank you for your letter and the documents.", "Director"),
    ("Dear Sir,\nthe file of Mohammed Registrar is with the office, please check it.",
     "Registrar"),
])
def test_a_word_of_the_list_in_a_names_frame_is_not_kept(text, name) -> None:
    """Near misses: after a kinship word, a form of address or beside a listed name a word of
    the list may be a name and is left to the rules."""
    toks = capitalised_tokens(text)
    classify = classifier()
    cls = [classify(word)[0] for _, _, word in toks]
    out: list[int] = []
    passages.foreign_passage_words(text, toks, cls, out)
    assert passages.foreign_passages(text)
    assert name not in [toks[t][2] for t in out]


def test_a_chat_speaker_of_the_list_is_not_kept() -> None:
    """A word of the list before a colon at the start of two lines is a chat's speaker, no
    label of a form."""
    text = "Director: did you send the letter to the office?\nMarie: yes, and the copy is " \
           "for you.\nDirector: thank you, that is fine."
    toks = capitalised_tokens(text)
    classify = classifier()
    cls = [classify(word)[0] for _, _, word in toks]
    out: list[int] = []
    passages.foreign_passage_words(text, toks, cls, out)
    assert "Director" not in [toks[t][2] for t in out]


def test_the_word_list_holds_no_listed_name_and_stays_small() -> None:
    """The shipped list (bench/make_foreign_words.py): sorted lower-case words, none a first
    name or surname of the check's lists nor a given name that is a word, a few hundred kB at
    most for the bundle."""
    raw = data_bytes("wordfreq_fremdwoerter.zlib")
    assert len(raw) < 200_000
    words = zlib.decompress(raw).decode("utf-8").split("\n")
    assert words == sorted(words) and len(words) > 30_000
    lex = lexicon()
    assert not any(lex.is_name(fold(w)) for w in words)
    assert not {"blessing", "favour", "precious", "smith", "garcia", "williams"} & set(words)
    assert {"certificate", "employment", "registrar", "délivré", "employeur"} <= set(words)
