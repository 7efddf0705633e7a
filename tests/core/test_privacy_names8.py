"""Names the sentence marks as a person's, eighth session: a surname that is a German word as
the holder of an object ("Zimmer hat die Akte"), as a speaker's label in minutes, after a
preposition where the same person is named elsewhere — and the same words in their ordinary
meaning in the same kind of sentence, which must stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Zimmer hat die Akte, bitte dort nachfragen.", ["Zimmer"]),
    ("Jung hatte die Unterlagen zuletzt.", ["Jung"]),
    ("Bock hatte sichtlich keinen Bock auf die Warterei.", ["Bock"]),
    ("Herr Winter rief an. Winter hat den Ordner noch.", ["Winter", "Winter"]),
])
def test_a_listed_name_holding_an_object_is_the_person(text: str, names: list[str]) -> None:
    """A surname that is also a German word, opening the sentence before "hat"/"hatte" and an
    object, is the person who has it: a room or a season has no file without an article."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Das Zimmer hat ein Fenster zum Hof.",
    "Angst hat die Klientin vor dem Termin.",
    "Recht hat die Behörde in diesem Punkt.",
    "Winter hat die Ernte verdorben.",
    "Geduld hat die Familie keine mehr.",
    "Im Sommer hat die Stelle weniger Termine.",
])
def test_an_object_after_hat_leaves_ordinary_nouns(text: str) -> None:
    """The same shape with an article, with a person as the subject after the verb ("Angst hat
    die Klientin"), with a participle at the end or with a noun that is no listed name finds
    nothing."""
    assert _persons(text) == []


def test_a_speakers_label_in_minutes_is_the_person() -> None:
    """In minutes, a participant's surname before a colon is the speaker ("Herzog: Termin offen
    lassen"), also a surname that is a German word; the same word at a sentence's start
    elsewhere stays an ordinary word."""
    minutes = ("Anwesend: Herzog, Graf, Voss\n"
               "Voss stellt den Fall vor. Graf sieht Chancen. Herzog: Stellungnahme bis Freitag.")
    assert _persons(minutes).count("Herzog") == 2
    note = "Herr Kurz kam um zehn. Kurz danach ging er wieder."
    assert _persons(note) == ["Kurz"]


def test_a_label_outside_minutes_is_not_taken() -> None:
    """A sentence that opens with a word and a colon in a plain note is not a speaker's label:
    a surname that is an adverb too stays the adverb there ("Kurz: …")."""
    assert _persons("Frau Kurz war heute da. Kurz: sie bringt den Pass nach.") == ["Kurz"]


@pytest.mark.parametrize(("text", "names"), [
    ("Frau Sommer war da. Das klären wir bei Sommer.", ["Sommer", "Sommer"]),
    ("Herr Winter kam. Rückfrage an Winter, dann ist es gut.", ["Winter", "Winter"]),
    ("Frau Sommer war da. Termin über Sommer aus dem Vorzimmer.", ["Sommer", "Sommer"]),
])
def test_a_known_person_after_a_preposition_is_found(text: str, names: list[str]) -> None:
    """A surname that is a meaning word ("Sommer", "Winter"), found after a form of address,
    is the same person after a preposition without article at the end of a clause: a season
    would need "im" there."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Frau Sommer war da. Im Sommer klären wir das. Bis Sommer ist Zeit.",
    "Herr Winter kam. Der Winter war lang, bei Winterwetter fallen Termine aus.",
    "Frau Sommer war da. Sie kommt mit Sommerreifen.",
])
def test_the_season_stays_where_the_person_is_named(text: str) -> None:
    """The season and compounds of it stay in a note that names the person: after "im",
    after "bis" and after an article the word is the noun."""
    assert _persons(text) == [text.split()[1]]


@pytest.mark.parametrize(("text", "names"), [
    ("Entschuldigt: Fürst, Voss\nProtokoll: Tannert", ["Fürst", "Voss", "Tannert"]),
    ("Zustellung am Morgen.\nZusteller: Schütte", ["Schütte"]),
    ("Vorname: Tatjana\nFrühere Namen: Schwarz", ["Tatjana", "Schwarz"]),
    ("Bitte um Rückmeldung.\ngez. Storch", ["Storch"]),
    ("Kommission: Voss (Vorsitz), Winter, Kocabıyık", ["Voss", "Winter", "Kocabıyık"]),
])
def test_a_rare_noun_where_only_people_are_listed_is_a_surname(text: str, names: list[str]
                                                                ) -> None:
    """After a heading that lists only people (those excused, the server of a letter, earlier
    names, a commission) or a signature's cue, a German noun that is no frequent word is a
    surname: minutes do not list princes and storks."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Verteiler: Dezernat III, Sachgebiet 2",
    "Zustellung durch: Postzustellungsurkunde",
    "Anwesend: Jugendamt, Schule",
])
def test_offices_and_compounds_in_lists_stay(text: str) -> None:
    """Where a list may name offices, a noun stays a noun; a compound of German words is no
    surname even after a heading ("Postzustellungsurkunde"); offices stay in any list."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Der Bauer dort heißt tatsächlich Bauer, die Kinder dürfen melken.", ["Bauer"]),
    ("Ein Mann namens Winter rief an.", ["Winter"]),
    ("Sein Sohn heißt Sommer.", ["Sommer"]),
])
def test_the_word_after_a_naming_verb_is_a_name(text: str, names: list[str]) -> None:
    """After "namens", and after "heißt"/"hieß" closing the clause, a word that can be a
    surname is the name, also one that is a German word."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Das heißt Wartezeit bis Mai.",
    "Das heißt Folgendes: wir warten ab.",
    "Die Maßnahme heißt Integrationskurs.",
])
def test_heisst_before_ordinary_nouns_finds_nothing(text: str) -> None:
    """"das heißt" going on with its clause, or a noun that can be no surname after "heißt",
    stays."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Herr Okafor arbeitet bei der Firma Winter, im Lager.", ["Okafor", "Winter"]),
    ("Praktikum in der Kanzlei Fuchs & Okonkwo vereinbart.", ["Fuchs", "Okonkwo"]),
    ("Schreiben von Herrn Lutz Stein, Stein & Berg Rechtsanwälte.", ["Lutz Stein", "Stein",
                                                                      "Berg"]),
])
def test_the_names_a_firm_bears(text: str, names: list[str]) -> None:
    """A firm named after people: after "Firma" a listed surname that is a German word too,
    and a listed surname joined by "&" to a name found are the persons' names."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Die Firma hat Sommerpause, Forschung & Lehre laufen weiter.",
    "Die Firma Baustoffhandel liefert am Montag.",
])
def test_firms_without_names_stay(text: str) -> None:
    """"Firma" before a noun that is no listed name, and "&" between ordinary nouns find
    nothing."""
    assert _persons(text) == []


def test_a_listed_name_in_a_list_of_names_is_a_name_also_as_a_meaning_word() -> None:
    """In a list that is mostly names found, a listed name that is a meaning word too
    ("Zimmer", "Mai") is one of the people; the same words in a list of seasons stay."""
    text = "Sie hat mir ihre Liste gegeben: Zimmer, Okafor, Kocabıyık, Mai."
    assert _persons(text) == ["Zimmer", "Okafor", "Kocabıyık", "Mai"]
    assert _persons("Sommer, Winter, Frühling – das sind die Jahreszeiten.") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Frau Okafor sagt, dass ihr Sohn Deutsch lernt.", ["Okafor"]),
    ("Sie fragt, ob ihr Mann Koch ist.", []),
    ("Sie sagt, ihr Mann Zimmer kommt.", ["Zimmer"]),
    ("Frau Okafor will das mit TL Winter besprechen.", ["Okafor", "Winter"]),
    ("Frau Deutsch rief an.", ["Deutsch"]),
])
def test_a_meaning_word_after_a_role_before_its_verb_is_its_object(text: str,
                                                                   names: list[str]) -> None:
    """After a role with its possessive, a listed surname that is a meaning word too and a
    verb closing the clause is the verb's object ("ihr Sohn Deutsch lernt"); a person's verb
    keeps the name, a role used as a title ("TL Winter") and a form of address too."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Okafor und Storch sind beide weg. Einigt euch bitte.", ["Okafor"]),
    ("Zwei Termine. Hilfeplangespräch Rahimi, Mustafa am Freitag.", ["Rahimi", "Mustafa"]),
])
def test_verbs_and_compounds_beside_names_stay(text: str, names: list[str]) -> None:
    """An unknown word opening a sentence before a pronoun is a verb ("Einigt euch"), and a
    compound of German words before a surname names a topic, not a first name
    ("Hilfeplangespräch Rahimi")."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Ausweisersatz für Wolf verlängert bis Ende des Monats.", ["Wolf"]),
    ("Nachweis von Bock eingereicht, Kopie zur Akte.", ["Bock"]),
    ("Rückruf an Vogel erfolgt, Mailbox.", ["Vogel"]),
])
def test_a_listed_name_after_a_preposition_before_a_participle(text: str,
                                                               names: list[str]) -> None:
    """A listed surname that is a German word, after "für", "von", "bei", "an" or "mit"
    without article and before a participle, is the person the act is for or by."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Ausweisersatz für Kinder verlängert.",
    "Für Sommer geplant, Termin für Montag vereinbart.",
    "Antrag für Familie gestellt, Ersatz für Zimmer beantragt.",
])
def test_nouns_after_a_preposition_before_a_participle_stay(text: str) -> None:
    """Nouns that are no listed names, and meaning words that are ("Sommer", "Zimmer"), stay
    in the same place."""
    assert _persons(text) == []


def test_surname_comma_first_name_as_a_lists_item() -> None:
    """"Surname, first name" opening a list's item is a person also where the surname is a
    German word ("- Weiß, Otto: …"), one person and one finding (inverted.inverted_names_joined);
    an ordinary word before a first name stays."""
    text = ("Übergabe:\n- Weiß, Otto: Arbeitgeber von Herrn Okafor\n"
            "- Stein, Ghada: Einbürgerung, Test fehlt\n- Termin, danach Rückruf")
    assert _persons(text) == ["Weiß, Otto", "Okafor", "Stein, Ghada"]


@pytest.mark.parametrize(("text", "names"), [
    ("Vorsprache Herr Maximilian von Bülow als Arbeitgeber.", ["Maximilian von Bülow"]),
    ("Frau Anna von der Heyden-Okafor kam allein.", ["Anna von der Heyden-Okafor"]),
    ("Die Tochter von Attila Pianissoli war dabei.", ["Attila Pianissoli"]),
    ("Gespräch mit Frau Lea Okafor von der Caritas.", ["Lea Okafor"]),
])
def test_german_nobility_particles_join_the_name(text: str, names: list[str]) -> None:
    """"von", "von der", "zu" between a first name and a surname found belong to the one
    name; after a role or before an institution "von" stays a preposition."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Herr Fischer ist Fischer von Beruf, Frau Fischer hilft im Laden.",
     ["Fischer", "Fischer"]),
    ("Hr. Hesse ruft an – er ist Hesse, aus Kassel. Hesse fragt nach dem Antrag.",
     ["Hesse", "Hesse"]),
    ("Der Sohn sei ein kleiner Engel, sagt Herr Engel. Engel rief gestern an.",
     ["Engel", "Engel"]),
    ("Herr Glaser sagt, der Junge sei der beste Glaser im Betrieb.", ["Glaser"]),
])
def test_a_surname_as_a_noun_with_adjectives_or_as_a_predicate_stays(text: str,
                                                                     names: list[str]) -> None:
    """A name found once is not spread to the same word where it is a noun: after an article
    and adjectives ("ein kleiner Engel", "der beste Glaser"), or as what a pronoun or the
    person is ("er ist Hesse", "Herr Fischer ist Fischer von Beruf"); the person's other
    mentions are still found."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Herr Okafor war im Irak als Schneider und Weber tätig. Frau Weber kam mit.",
     ["Okafor", "Weber"]),
    ("Rückruf Frau Lisa Morgenstern (Kita „Morgenstern“, wie sie selbst).",
     ["Lisa Morgenstern"]),
    ("Im Betreff stand „Vogel“, gemeint war Herr Vogel.", ["Vogel", "Vogel"]),
])
def test_a_found_name_stays_a_trade_or_a_firm_where_the_sentence_says_so(
        text: str, names: list[str]) -> None:
    """A name found once is not spread to the second of two trades after "als" or to a firm's
    name in quotes after what the firm is; a quoted name elsewhere is still the person."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Abstimmung mit Ärztlichem Dienst erforderlich.",
    "Ein Anonymer Brief kam heute, ohne Absender.",
    "Subsidiär schutzberechtigt. Eritreischer Pass nicht zumutbar.",
    "Termin beim Sozialpsychiatrischen Dienst vereinbart.",
    "Gleichrangige Runden funktionieren besser.",
])
def test_inflected_adjectives_the_data_lacks_are_no_names(text: str) -> None:
    """An adjective with its ending is no name where the data holds the adjective
    ("anonym|er") or its stem is long and built like one ("ärztlich|em", "eritreisch|er",
    "sozialpsychiatrisch|en")."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Betreuer WG Herr Barış Uysal kam mit.", ["Barış Uysal"]),
    ("Unterschrift von Canales fehlt auf Seite 2.", ["Canales"]),
    ("Herr Lichtenegger kam.", ["Lichtenegger"]),
])
def test_abbreviations_after_roles_stay_and_names_ending_like_adjectives_are_found(
        text: str, names: list[str]) -> None:
    """An abbreviation in capitals after a role is no name ("Betreuer WG"); surnames that end
    like an inflected word ("Canales", "Lichtenegger") are still found."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Er sagt, es gehe nicht.\n  > Freundlich, aber ohne Inhalt.", []),
    ("## Worum es geht\n\nAktives Zuhören.", []),
    ("Am 3.12. schrieb sie:\n> > Nicht, weil wir warten wollen.", []),
    ("> Koch rief gestern an.", ["Koch"]),
    ("Laut Frau Koch -> Okafor kommt.", ["Koch", "Okafor"]),
])
def test_a_quote_mark_or_heading_opens_a_sentence(text: str, names: list[str]) -> None:
    """A quoted mail's ">" and a heading's "#" open a line as a bullet does: an adverb there is
    capitalised because it starts the sentence ("> Freundlich, aber …"), and a surname there
    opens the sentence before its verb ("> Koch rief an"); an arrow inside a line is none."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("- **Direkt fragen:** was fehlt noch?", []),
    ("1. **Ruhig sprechen** und danach zuhören.", []),
    ("- **Schuld übernehmen, die nicht Ihre ist.**", []),
    ("- **Koch rief an**, bitte zurückrufen.", ["Koch"]),
    ("Fuchs und Wolf prüfen den Fall.", ["Fuchs", "Wolf"]),
])
def test_bold_type_after_a_bullet_opens_a_sentence(text: str, names: list[str]) -> None:
    """Bold type after a list's bullet or number still opens the sentence: an adverb there is
    no name, a surname before its verb is; one noun before an infinitive or a plural verb is
    no subject ("Schuld übernehmen"), two names before a plural verb are."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("„Das Wichtigste haben Sie ja jetzt. Der Nächste bitte.“", []),
    ("Mit freundlichen Grüßen\nIhre Hasret Okonkwo", ["Hasret Okonkwo"]),
])
def test_an_article_opening_the_sentence_makes_a_noun(text: str, names: list[str]) -> None:
    """A capitalised article opening the sentence makes the next word a noun as a lower-case
    one does ("Das Wichtigste"); a possessive opening a letter's close does not ("Ihre Hasret
    Okonkwo")."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Der Raum ist belegt, weil Herzog dort die Schulung macht.", ["Herzog"]),
    ("Laut Vogt ist er umgezogen, die Adresse steht im Register.", ["Vogt"]),
    ("Weil Zeit fehlt, verschieben wir. Dass Geld fehlt, ist klar.", []),
    ("Sie sagt, dass Winter kommt und es kalt wird.", []),
])
def test_a_listed_surname_as_the_subject_of_a_clause(text: str, names: list[str]) -> None:
    """After "weil", "dass", "ob" or "laut" a listed surname that is no meaning or frequent
    word, before a word in lower case, is the clause's person; nouns there ("Zeit", "Geld",
    the season "Winter") stay."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Aushändigung an Frau Schwarz. Unterschrift Empfänger: A. Schwarz", ["Schwarz",
                                                                          "A. Schwarz"]),
    ("Weitergabe an Team Einbürgerung (Specht). Termin (Montag) steht.", ["Specht"]),
    ("An: Anke Okafor\nBetreff: Termin\n\nAnke, zur Info: der Termin steht.",
     ["Anke Okafor", "Anke"]),
    ("Die Intervision mit Ilse und Gabi hat geholfen. Mit Hoffnung ging es weiter.",
     ["Ilse", "Gabi"]),
])
def test_names_in_headings_brackets_and_greetings(text: str, names: list[str]) -> None:
    """A heading that opens a sentence inside a line, with initials before the name; a listed
    surname alone in brackets after a team or office; a name found in a mail's header again
    as the greeting opening a line; a first name that is a word before "und" and another
    name after a preposition. The same shapes with ordinary nouns stay."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Auch gern aus dem Team Herzog. Team Einbürgerung und Team Sommer bleiben.", ["Herzog"]),
    ("Besonders an Krause und Vogt für die Vertretung.", ["Krause", "Vogt"]),
    ("Jung und Alt im Wechsel, Bilder in Schwarz und Weiß.", []),
    ("Er kam mit Fuchs und Hund, das Futter für Hund und Katze bleibt.", []),
])
def test_a_team_named_after_its_lead_and_pairs_of_surnames(text: str, names: list[str]) -> None:
    """A listed surname after "Team" that is no meaning word is the team's lead; two listed
    surnames joined by "und" after "an", "bei" or "laut" are two people; pairs of frequent
    words, of colours and of animals after "mit" or "für" stay."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Die beiden haben eine Tochter, Lea. Der Sohn geht zur Schule.", ["Lea"]),
    ("Schriftsatz vom 14.11. i. S. Zimmer ./. Landkreis eingegangen.", ["Zimmer"]),
    ("Er ist Vater, Hoffnung bleibt. Das ist i. S. d. Gesetzes.", []),
])
def test_a_first_name_after_a_role_and_a_party_in_sachen(text: str, names: list[str]) -> None:
    """A first name that is a word, set off by a comma after a role and closing the clause, is
    the person; so is the party after "i. S." (in Sachen); a noun after a role and "i. S. d."
    stay."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Dolmetscherin Melanie Salzer (Ukrainisch) war dabei.", ["Melanie Salzer"]),
    ("Verpflichtungserklärung von Brian Strand zugunsten Harik Okafor geprüft.",
     ["Brian Strand", "Harik Okafor"]),
    ("Eine spätere Frist ist möglich, etwa wegen Anas Schuljahr, sagt die Behörde.", ["Anas"]),
    ("Mit Omar Fußball gespielt, dann Pause.", ["Omar"]),
])
def test_a_meaning_word_closing_a_name_after_a_first_name(text: str, names: list[str]) -> None:
    """After a listed first name, a meaning word that closes the name (a bracket, "zugunsten"
    follow) is the surname; a genitive's noun before a comma and a meaning word going on with
    the clause stay."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Berg wirkte heute deutlich ruhiger. Anfangs wirkte er müde.", ["Berg"]),
    ("Beim letzten Termin brachte Erika die Kinder mit.", ["Erika"]),
    ("Die Tochter kam mit; Aura ist erst vier. Jan ist 5 Jahre alt.", ["Aura", "Jan"]),
    ("Danach: Lasse, Virginia und ich haben den Antrag ausgefüllt.", ["Lasse", "Virginia"]),
    ("Prüfen Sie die Regel Ihres Hauses. Der Winter ist erst vier Wochen alt.", []),
    ("Der Chef und ich waren da, Termin und ich passen nicht.", []),
])
def test_people_by_their_age_their_verb_and_the_writer_beside_them(text: str,
                                                                  names: list[str]) -> None:
    """A person's verb ("wirkte"), a subject after its verb before the object's article
    ("brachte Erika die Kinder mit"), an age ("ist erst vier"), and a list that ends with the
    writer ("Lasse, Virginia und ich") mark people; a pronoun after the verb, a season's age
    with its article and nouns beside "und ich" stay."""
    assert _persons(text) == names
