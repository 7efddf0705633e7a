"""Names typed in lower case in team chats and quick notes where colleagues name people without
a title (desktop/core/privacy/lowerframes.py, lowerslots.py, chatnames.py): a listed surname
German does not have as a clause's subject ("lohmann hat …"), a name found in the note again
in lower case ("Frau Hahn … aber hahn ist krank"), with whom one is to talk ("mit terjung
sprechen"), a task to ask someone ("ute fragen ob …") — and German words in the same frames,
which stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("kurz: rakhimov hat wieder nen antrag geschickt", ["rakhimov"]),
    ("notiz: der rakhimov war da, pass fehlt", ["rakhimov"]),
    ("kurz: die lohmann war mit", ["lohmann"]),
    ("danke für gestern. und wróbel hat geantwortet, er bringt kuchen", ["wróbel"]),
    ("Termin mit Frau Hahn. sie ist da, aber hahn ist krank", ["Hahn", "hahn"]),
    ("Termin mit Herrn Vogel. kurz: mit vogel sprechen wegen akte", ["Vogel", "vogel"]),
    ("Rückruf Frau Busch. das liegt noch bei busch", ["Busch", "busch"]),
    ("alles klar. vor der anhörung mit okonkwo sprechen, er weiß mehr", ["okonkwo"]),
    ("passt alles. jens fragen ob der bescheid raus ist", ["jens"]),
])
def test_a_colleague_named_without_a_title_in_lower_case_is_found(
        text: str, names: list[str]) -> None:
    """The frame makes these words people: a finite verb after a listed surname German lacks,
    a name of the note repeated where a person stands, whom one is to talk with or ask."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "notiz: die post war da, kasse ist zu",
    "kurz: der bauer will wissen, wann",
    "alles klar. und post ist da. aber kasse hat zu",
    "hahn ist kaputt, bitte hausmeister rufen",
    "notiz: bamf hat zugestimmt. abh ist zu",
    "kurz: mit der post sprechen. mit jobcenter klären. mit team absprechen",
    "alles klar. kurz anrufen. nochmal fragen ob es passt",
    "bezahlt bei kasse, quittung liegt vor",
])
def test_german_words_in_the_same_frames_stay(text: str) -> None:
    """A noun with its article, an office's short form, an adverb before the verb, and a
    German word that no name of the note has: none is a person."""
    assert _persons(text) == []


@pytest.mark.parametrize("text", [
    "Frau Hahn war da. der hahn ist kaputt",
    "Frau Hahn war da. hahnenfuß ist giftig",
    "Herr Post kam. die post war da",
])
def test_a_name_of_the_note_as_a_noun_in_lower_case_stays(text: str) -> None:
    """The name found with its title is a person; the same word in lower case after an article
    or inside a longer word is the noun."""
    assert _persons(text) == [text.split()[1]]


@pytest.mark.parametrize(("text", "names"), [
    ("sommer (VHS DO): hallo, kurze frage zum kurs\nmarlies: ja?\nsommer (VHS DO): danke",
     ["sommer", "marlies", "sommer"]),
    ("ana-maria (Empfang): die kundin ist da\nleonhard: ich nehm sie", ["ana-maria", "leonhard"]),
    ("lina: ich habe die karte\nwieczorek (ABH Bochum): schön\nlina: danke",
     ["lina", "wieczorek", "lina"]),
])
def test_a_chat_speaker_with_where_they_work_in_brackets_is_a_person(
        text: str, names: list[str]) -> None:
    """A chat's label with an office in brackets before its colon is a speaker, also a listed
    name that German has as a word ("sommer")."""
    assert _persons(text) == names


def test_a_form_with_brackets_after_its_fields_names_no_one() -> None:
    """A form's fields with a remark in brackets are nouns, no speakers."""
    assert _persons("termin (neu): 12.3.\nfrist (intern): 20.3.\ninfo: keine") == []


@pytest.mark.parametrize(("text", "names"), [
    ("ist der bescheid raus? nein, noch bei konrad zur zeichnung", ["konrad"]),
    ("ob die dolmetscherin pular für diallo klappt?", ["diallo"]),
    ("kurz: termin verschoben wegen wieczorek, neuer termin folgt", ["wieczorek"]),
])
def test_a_listed_name_german_lacks_after_a_preposition_of_persons_is_found(
        text: str, names: list[str]) -> None:
    """After "bei", "mit", "für", "wegen" or "an", a listed name German has in no sense is a
    person in a note typed without capitals."""
    assert _persons(text) == names


def test_german_words_after_a_preposition_of_persons_stay() -> None:
    """A noun, an office or a meaning word after "bei", "mit", "für" stays (a thing takes
    its article, but quick notes drop it: "bei kasse", "mit post")."""
    assert _persons("kurz: bezahlt bei kasse, mit post geschickt, für bamf kopiert, an abh") == []


@pytest.mark.parametrize(("text", "names"), [
    ("derya: die hamza-familie sagt sie kriegen seit dezember nix", ["derya", "hamza"]),
    ("Katrin: die kolb-leute wollen den antrag nochmal", ["Katrin", "kolb"]),
    ("kurz: hast du die căldăraru-akte noch?", ["căldăraru"]),
    ("okonkwo-visum: zugestimmt am 14.12.", ["okonkwo"]),
])
def test_a_name_joined_to_a_file_noun_by_a_hyphen_is_found(
        text: str, names: list[str]) -> None:
    """Before "-familie", "-leute", "-akte" or "-visum" a word German does not have is the
    family's or the file's name; only that part is the person."""
    assert _persons(text) == names


def test_places_short_forms_and_word_starts_before_a_file_noun_stay() -> None:
    """A place, an office's short form, a German word or a word's start before the hyphen
    names no one."""
    assert _persons("kurz: dublin-fall, bamf-akte, schengen-visum, eu-visum, ukraine-familie, "
                    "kita-kinder, miet-sache, neu-antrag, asyl-akte") == []
