"""Names in notes typed without capitals where the sentence says a person stands
(desktop/core/privacy/lowercase.py): whom one told ("hab dushan gesagt"), a first and last name
before a person's verb ("ernst bruun war heute da"), a surname that is a German noun after
"frau"/"herr" ("frau koch"), a first name as the subject of a verb's past tense ("anke
weinte") — and a name that ends where the verb begins ("herr tauber schilderte")."""

from __future__ import annotations

import pytest

from desktop.core.privacy import anonymize, detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Ordner zurück. hab dushan gesagt, dass der antrag vollständig ist", ["dushan"]),
    ("hab charlotte gesagt, dass alles da ist", ["charlotte"]),
    ("ich hab lara gefragt, ob sie den pass hat", ["lara"]),
    ("habe kristabela bescheid gesagt wegen dem termin", ["kristabela"]),
    ("Vermerk. ernst bruun war heute ohne termin da, wollte nur den pass", ["ernst bruun"]),
    ("kurz: albino garcia war da, lohnzettel fehlen", ["albino garcia"]),
    ("Vermerk. august forslund war heute da", ["august forslund"]),
    ("notiz: frau koch war da, bringt morgen den mietvertrag", ["koch"]),
    ("herr winter hat angerufen, der winter ist lang", ["winter"]),
    ("gespräch beendet. anke weinte, als ich die ablehnung erklärte", ["anke"]),
    ("ani übersetzte, weil keine dolmetscherin da war", ["ani"]),
])
def test_a_name_in_lower_case_is_found_where_only_a_person_can_stand(
        text: str, names: list[str]) -> None:
    """The frame of the sentence, not a list of names, marks these words as people: whom one
    told something, the two words before "war heute da", the noun after "frau", the first
    name before a verb's past tense."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "hab nur gesagt, dass es dauert",
    "hab ihm gesagt dass es dauert",
    "hab so gesagt und dabei bleibt es",
    "hab mal gefragt, aber keine antwort",
    "hab nochmal angerufen, keiner da",
    "hab jobcenter informiert",
    "hab alle informiert",
    "kurz: der antrag war da",
    "Akte zu. heute morgen kam post",
    "die frau war da und hat gewartet",
    "meine frau muss am montag arbeiten",
    "dann erklärte ich es noch einmal",
    "ernst meinte es gut mit uns",
])
def test_the_same_frames_with_ordinary_words_stay(text: str) -> None:
    """Pronouns, adverbs that are also first names ("nur", "so"), nouns with their article, a
    wife called "frau" after a possessive and meaning words keep their place: no name."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "anonymised"), [
    ("herr tauber schilderte, dass sein sohn krank ist",
     "herr [Person A] schilderte, dass sein sohn krank ist"),
    ("der dolmetscher herr tkachenko übersetzte ruhig",
     "der dolmetscher herr [Person A] übersetzte ruhig"),
    ("sein cousin kofi wartete draußen im flur",
     "sein cousin [Person A] wartete draußen im flur"),
])
def test_a_name_typed_in_lower_case_ends_before_the_verb(text: str, anonymised: str) -> None:
    """A verb's past tense after a name is not part of it: the anonymised note keeps what the
    person did ("schilderte", "übersetzte"), which a reviewer needs to read the note."""
    assert anonymize(text).text == anonymised


@pytest.mark.parametrize(("text", "names"), [
    ("wir sprachen lange. seine ehefrau anke haben wir die schritte erklärt", ["anke"]),
    ("familie zaheer: vater ivan, tochter olga. nachweis liegt vor", ["zaheer", "ivan", "olga"]),
    ("er kam mit seinem bruder amir, beide sprachen gut deutsch", ["amir"]),
])
def test_a_first_name_after_a_relative_is_a_person(text: str, names: list[str]) -> None:
    """After "vater", "tochter", "ehefrau" or "bruder" a listed first name without article is
    that relative: the name is found although the note is typed in lower case."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "der sohn wohnt bei der mutter",
    "ihr sohn mal wieder da, ohne termin",
    "die mutter hat angerufen",
    "pass des herrn heuer ist abgelaufen. beim nächsten mal die unterlagen mitbringen",
])
def test_relatives_and_function_words_stay_outside_names(text: str) -> None:
    """A verb or an adverb after a relative stays; a name after a title ends before "ist",
    and "mal die" after "beim nächsten" is no name."""
    assert [p for p in _persons(text) if p != "heuer"] == []


@pytest.mark.parametrize(("text", "names"), [
    ("nein. bauer will wissen ob wir was wissen.", ["bauer"]),
    ("so. ernst hat gesagt ich soll das nicht so ernst nehmen", ["ernst"]),
    ("liegt in kopie bei. hahn rief erneut an", ["hahn"]),
    ("ktn. wolf erschien ohne termin", ["wolf"]),
])
def test_a_listed_name_typed_in_lower_case_as_the_subject_of_a_persons_verb(
        text: str, names: list[str]) -> None:
    """A listed surname that is also a German word, opening a clause before a person's verb
    (the verbs the capitalised rules know), is that person in a note typed in lower case."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "lange wartete sie auf den bescheid.",
    "kurz: lange hat es gedauert",
    "anruf notiert. er bringt den pass am montag",
    "akte zu. post kam heute",
])
def test_a_pronoun_or_a_word_before_the_verb_stays(text: str) -> None:
    """With a pronoun after the verb, the word before it is no subject; pronouns and plain
    German words opening a clause stay."""
    assert _persons(text) == []


def test_a_name_with_the_arabic_article_typed_in_lower_case() -> None:
    """"al-hussein", "al-nadjar": a word joined to "al-", "el-", "abu-" or "bin-" is a name —
    German has none — also in a note typed without capitals; "an- und abmeldung" stays."""
    assert _persons("der vermieter ruft wieder an wegen al-hussein. er will wissen") == \
        ["al-hussein"]
    assert "al-nadjar" in _persons("bescheide unterschreiben: al-najjar (nein – al-nadjar)")
    assert _persons("die an- und abmeldung ist erledigt, ein- und ausgang geprüft") == []


def test_a_lower_case_word_after_herr_in_a_note_with_capitals_is_no_surname() -> None:
    """"Es kam ein Herr namens Winter": in a sentence written with capitals a lower-case word
    after "Herr" is no surname (German writes nouns with a capital); the name after it is."""
    assert _persons("Es kam ein Herr namens Winter, der nach seiner Frau fragte.") == ["Winter"]
