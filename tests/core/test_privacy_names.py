"""Person names of many origins, with and without forms of address, in every case."""

from __future__ import annotations

import pytest

from desktop.core.privacy import anonymize, detect


def names(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


ORIGIN_EXAMPLES = {
    "deutsch": ("Sabine", "Schneider"),
    "arabisch": ("Amina", "Haddad"),
    "afghanisch": ("Mirwais", "Ahmadzai"),
    "ukrainisch": ("Olena", "Kovalenko"),
    "türkisch": ("Ayşe", "Yılmaz"),
    "kurdisch": ("Rojda", "Xelil"),
    "eritreisch": ("Yonas", "Tesfamariam"),
    "somalisch": ("Hodan", "Warsame"),
    "westafrikanisch": ("Chinedu", "Okafor"),
    "balkan": ("Arben", "Krasniqi"),
    "polnisch": ("Agnieszka", "Wiśniewska"),
    "rumänisch": ("Ioana", "Popescu"),
    "vietnamesisch": ("Thi Lan", "Nguyen"),
    "indisch": ("Priya", "Sharma"),
}


@pytest.mark.parametrize("origin", sorted(ORIGIN_EXAMPLES))
def test_full_name_without_title(origin):
    """First name and surname of every listed origin, without any form of address."""
    first, last = ORIGIN_EXAMPLES[origin]
    assert names(f"Heute kam {first} {last} ohne Termin an den Schalter.") == [f"{first} {last}"]


@pytest.mark.parametrize("origin", sorted(ORIGIN_EXAMPLES))
@pytest.mark.parametrize("title", ["Frau", "Herr", "Hr.", "Fr.", "Dr."])
def test_surname_after_title(origin, title):
    """A form of address followed by the surname; the title stays outside the finding."""
    _, last = ORIGIN_EXAMPLES[origin]
    text = f"Vorsprache von {title} {last} wegen der Fiktionsbescheinigung."
    assert names(text) == [last]


@pytest.mark.parametrize("origin", sorted(ORIGIN_EXAMPLES))
def test_dative_and_genitive(origin):
    """"Herrn X" (dative/accusative) and the genitive "Herrn Xs Akte" keep the s outside."""
    _, last = ORIGIN_EXAMPLES[origin]
    ending = "’" if last[-1] in "sxzß" else "s"
    text = (f"Der Dolmetscher übersetzte für Herrn {last}. In Herrn {last}{ending} Akte fehlte "
            f"der Nachweis; ich gab Frau {last} den Bescheid.")
    assert names(text) == [last, last, last]


@pytest.mark.parametrize("first", [
    "Amina", "Olena", "Mirwais", "Yonas", "Hodan", "Chinedu", "Ayşe", "Rojda", "Priya", "Ioana",
    "Agnieszka", "Arben", "Huong", "Sabine",
])
def test_first_names_alone(first):
    """A known first name alone is a name, also at the start of a sentence."""
    assert names(f"{first} weinte, als ich die Ablehnung erklärte.") == [first]
    assert names(f"Ich habe {first} gebeten, die Unterlagen mitzubringen.") == [first]


@pytest.mark.parametrize(("text", "expected"), [
    ("Frau al-Hassan wartete im Flur.", ["al-Hassan"]),
    ("Herr Abu Bakr kam mit seinem Bruder.", ["Abu Bakr"]),
    ("Nguyen Van Minh brachte die Unterlagen.", ["Nguyen Van Minh"]),
    ("Herr de Souza rief an.", ["de Souza"]),
    ("Maria da Silva und Frau von der Leyen", ["Maria da Silva", "von der Leyen"]),
    ("Frau Müller-Haddad legte Widerspruch ein.", ["Müller-Haddad"]),
    ("Herr Dr. Hamid Karimi vertritt die Familie.", ["Hamid Karimi"]),
    ("Akte HADDAD, Amina", ["HADDAD", "Amina"]),
])
def test_multi_part_and_hyphenated_names(text, expected):
    """Particles (al-, de, da, von der), hyphens, Vietnamese order and names in capitals."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Seine Tochter Sara (14) übersetzte.", ["Sara"]),
    ("Die Antragstellerin Tesfamariam kam zu spät.", ["Tesfamariam"]),
    ("Meine Kollegin Gerstenberger übernahm.", ["Gerstenberger"]),
    ("Die Arbeitgeberin, Gesine Quandt, hatte angerufen.", ["Gesine Quandt"]),
    ("Familie Ghebremedhin wartete seit Stunden.", ["Ghebremedhin"]),
])
def test_names_after_roles(text, expected):
    """A role word before a capitalised word makes it a name, also if it is in no list."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Yonas Tesfamariam kam.", ["Yonas Tesfamariam"]),
    ("Später erfuhr ich, dass Şêrzad seit Wochen nicht schläft.", ["Şêrzad"]),
    ("Ich habe Maysaa gebeten, wiederzukommen.", ["Maysaa"]),
    ("Frau Wanjiru Kamau kam mit Wanjiru Kamaus Schwester.", ["Wanjiru Kamau", "Wanjiru Kamau"]),
    ("Herr Okwuosa und später nochmal Okwuosa am Telefon.", ["Okwuosa", "Okwuosa"]),
])
def test_names_not_in_the_lists(text, expected):
    """Unlisted names: next to a known name, by foreign letters, or repeated in the text."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Rosa Kleidung lag auf dem Tisch.",
    "Im Mai kam die Ablehnung.",
    "Kurz danach rief der Anwalt an.",
    "Der Richter am Verwaltungsgericht entschied schnell.",
    "Die Hoffnung auf die Sonne hielt sie aufrecht.",
    "Der Koch der Kantine und der Bauer vom Markt.",
    "Sie hat Asthma und fährt Taxi.",
    "Die Frau Angst hatte, wartete im Flur.",
    "dass Frau Haddad Unterlagen nachreicht",
])
def test_common_words_that_are_also_names_need_context(text):
    """List names that are also German words ("Rosa", "Mai", "Kurz", "Richter") need context."""
    assert names(text) in ([], ["Haddad"])


@pytest.mark.parametrize(("text", "expected"), [
    ("Frau Rosa kam.", ["Rosa"]),
    ("Herr Kurz war heute ungeduldig.", ["Kurz"]),
    ("Rosa Haddad kam.", ["Rosa Haddad"]),
    ("Frau Richter vom Jobcenter rief an.", ["Richter"]),
])
def test_common_words_with_context_are_names(text, expected):
    """With a form of address or next to a name the same words are names."""
    assert names(text) == expected


def test_same_person_same_placeholder():
    """"Herrn Haddad", "Herr Haddad", "Haddads", "Amina Haddad" → one placeholder."""
    text = ("Herrn Haddads Akte lag bei mir. Herr Haddad kam, später Amina Haddad. "
            "Ich rief Herrn Haddad an.")
    assert anonymize(text).text == (
        "Herrn [Person A]s Akte lag bei mir. Herr [Person A] kam, später [Person A]. "
        "Ich rief Herrn [Person A] an.")


def test_different_people_different_letters():
    """Two different people get different letters; first names are linked to full names."""
    out = anonymize("Amina Haddad kam mit Yonas Tesfamariam. Amina weinte, Yonas schwieg.").text
    assert out == "[Person A] kam mit [Person B]. [Person A] weinte, [Person B] schwieg."


def test_noun_after_a_first_name_is_no_surname():
    """"Dass Omar Fußball spielt": a listed noun, or one with a listed noun as its last part
    ("Basketball"), is no surname."""
    assert names("Dass Omar Fußball spielt, wissen alle. Omar Basketball auch.") == [
        "Omar", "Omar"]


def test_person_verb_trie_matches_exactly_the_listed_verbs():
    """The verbs after a sentence-opening name are matched as a trie (for speed): it must take
    every listed verb and nothing else — not a prefix ("rie"), not a longer word ("riefen")."""
    import re

    from desktop.core.privacy.subjects import _PERSON_VERBS
    from desktop.core.privacy.trie import trie

    rx = re.compile(trie(_PERSON_VERBS))
    assert all(rx.fullmatch(verb) for verb in _PERSON_VERBS)
    near = {v[:-1] for v in _PERSON_VERBS} | {v + "n" for v in _PERSON_VERBS} | {
        v + "x" for v in _PERSON_VERBS}
    assert not [w for w in near - _PERSON_VERBS if rx.fullmatch(w)]
