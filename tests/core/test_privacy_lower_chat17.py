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
