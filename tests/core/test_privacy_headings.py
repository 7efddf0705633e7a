"""Names that a heading, a list or an office abbreviation announces (headings.py, the lists
of layout.py, the roles of wordclass.py): surnames that are also German words where minutes,
forms and signatures put them."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Teilnehmende: Fuchs, Lange, Winter und Koch\nThemen: Rückstände", ["Fuchs", "Lange",
                                                                       "Winter", "Koch"]),
    ("Entschuldigt: Wiebrecht (krank)", ["Wiebrecht"]),
    ("Anwesend: Frau Koch, SB Krause, Hr. Vogt\nEntschuldigt: Fr. Dr. Lange",
     ["Koch", "Krause", "Vogt", "Lange"]),
    ("Nachname: Winter\nVorname: Silke", ["Winter", "Silke"]),
    ("Name, Vorname: Koch, Anna\nGeb.-Datum: siehe Pass", ["Koch, Anna"]),
    ("Bescheid ist raus.\ngez. Winter", ["Winter"]),
    ("Mit der Bitte um Kenntnisnahme\ni. A. Becker", ["Becker"]),
])
def test_a_heading_announces_people(text: str, names: list[str]) -> None:
    """Behind "Anwesend:", "Entschuldigt:", a form's "Nachname:" or a signature's "gez." the
    words are people, also where they are German words ("Winter", "Koch", "Lange")."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Anwesend: Jobcenter, Caritas, Team 3 und Heimleitung",
    "Verteiler: Sozialamt, Fallmanagerin, Ausländerbehörde",
    "Protokoll: Im Winter ist das Zimmer kalt, der Koch fehlt.",
    "Name: siehe Anlage",
])
def test_a_heading_before_offices_or_a_sentence_finds_nobody(text: str) -> None:
    """Offices, teams and functions in a list are no people, and a sentence after a heading
    is read as a sentence."""
    assert _persons(text) == []


def test_a_list_ends_at_the_sentence_after_it() -> None:
    """The list of those present ends with its line's last item: the sentence after it on the
    same line keeps its words ("Unterzeichnerin. Telefonnotiz 19.02.: …")."""
    text = "Anwesend: Arnold Molnár, Unterzeichnerin. Telefonnotiz 19.02.: Frau Lagarde rief an."
    assert _persons(text) == ["Arnold Molnár", "Lagarde"]


@pytest.mark.parametrize(("text", "names"), [
    ("SB Krause hat die Akte übernommen.", ["Krause"]),
    ("TL Winter bittet um Rückmeldung.", ["Winter"]),
    ("Hrn. Fuchs zurückgerufen, Termin steht.", ["Fuchs"]),
])
def test_the_offices_abbreviations_are_forms_of_address(text: str, names: list[str]) -> None:
    """"SB" (Sachbearbeiterin), "TL" (Teamleitung) and "Hrn." (Herrn) stand before a name as
    "Frau" does."""
    assert _persons(text) == names


def test_a_list_of_names_goes_on_behind_a_comment() -> None:
    """A list of people stays one list where an item carries a bracketed comment
    ("Kalinina (neu seit Dezember), Vogt (entschuldigt)"): the last surname is found too."""
    text = ("Dienstbesprechung Team 3, 17.12.26: Heinemeyer, Kiesewetter, Brandes, Sauer, "
            "Kalinina (neu seit Dezember), Vogt (entschuldigt).\nThemen: Rückstand")
    assert "Vogt" in _persons(text)


@pytest.mark.parametrize(("text", "names"), [
    ("Kontoinhaber laut Auszug T. Fashola; vermutlich der Ehemann.", ["T. Fashola"]),
    ("K.-H. Busch hat unterschrieben.", ["K.-H. Busch"]),
    ("Frau A. Koch rief an.", ["A. Koch"]),
])
def test_initials_belong_to_the_name(text: str, names: list[str]) -> None:
    """An initial before a name is part of it: one person, one placeholder ("Frau [Person A]"),
    not "[Person A]. [Person B]" and not an initial left in the text."""
    assert _persons(text) == names


def test_initials_do_not_join_an_appendix_letter() -> None:
    """A capital letter with a full stop before an ordinary word stays ("Anlage B. Termin …")."""
    assert _persons("Siehe Anlage B. Termin folgt.") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Akte Koch liegt bei mir.", ["Koch"]),
    ("Im Fall Winter fehlt der Pass.", ["Winter"]),
    ("Sie fragte, ob ihr Mann Rodel nachziehen kann.", ["Rodel"]),
])
def test_a_surname_that_is_a_word_where_no_noun_could_stand(text: str, names: list[str]
                                                            ) -> None:
    """After a file word ("Akte", "Fall") or a possessive and a role ("ihr Mann") a noun would
    need its article: a listed surname or rare word there is the person."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "laut Gesetz ist das so, laut Zettel auch.",
    "Im Fall Nummer 3 fehlt der Pass.",
    "weil ihr Mann Geld verdient.",
    "Jetzt weiß der Arbeitgeber Einzelheiten aus dem Verfahren.",
    "Amtsdeutsch ist für die Kundin Rätsel.",
])
def test_nouns_that_need_no_article_stay(text: str) -> None:
    """Nouns that German puts without an article there (after "laut", as an object or a
    predicate, a frequent mass noun) are left alone."""
    assert _persons(text) == []


@pytest.mark.parametrize("text", [
    "Verlaufsbericht Betreutes Wohnen (Träger: Lebenshilfe)",
    "Sozialpädagogischer Bericht, Gemeinschaftsunterkunft Am Lindenhof",
    "Beigefügt: Stellungnahme des Bewährungshelfers.",
    "Ausgehändigt am 01.12.2026, Empfang bestätigt.",
    "Er hat alles Zumutbare getan; Geduldete erhalten Leistungen nach dem AsylbLG.",
])
def test_inflected_german_words_are_no_names(text: str) -> None:
    """An adjective or participle that the word lists hold only in another form ("betreut",
    "pädagogisch", "zumutbar") is a German word, also capitalised at the start of a line:
    "Betreutes", "Sozialpädagogischer", "Beigefügt", "Zumutbare" are no names."""
    assert _persons(text) == []


def test_names_built_otherwise_stay_names() -> None:
    """Surnames the lists lack that are not built like an inflected word stay names where the
    context says so ("Frau Hermighausen", "Herr Gerken")."""
    assert _persons("Frau Hermighausen und Herr Gerken kamen zusammen.") == [
        "Hermighausen", "Gerken"]


@pytest.mark.parametrize(("text", "names"), [
    ("Anwesend: T. Winter, S. Bauer, Ma. Theresa Graf\nEntschuldigt: F. Weiß",
     ["T. Winter", "S. Bauer", "Ma. Theresa Graf", "F. Weiß"]),
    ("Bitte bis Freitag prüfen.\nF. Busch", ["F. Busch"]),
    ("Mit freundlichen Grüßen\nIm Auftrag\nVogt", ["Vogt"]),
    ("Ausgehändigt am 01.12.2026 durch: Weiß\nBemerkung: keine", ["Weiß"]),
    ("Bearbeitet: Fuchs\nZweitprüfung: Wolf", ["Fuchs", "Wolf"]),
    ("Von: Anna Lena Zimmer\nAn: Heinrich; Graf; Herzog\nBetreff: Raumplanung",
     ["Anna Lena Zimmer", "Heinrich", "Graf", "Herzog"]),
    ("Restaurant „Zum Hirsch“, Inh. Ernst Vogel, dort als Koch", ["Ernst Vogel"]),
    ("Ich habe mit Koll. Specht gesprochen. Vorlage an SGL Graf.", ["Specht", "Graf"]),
])
def test_signatures_mail_headers_and_initialled_lists(text: str, names: list[str]) -> None:
    """Initials in a list of those present, a note signed with initials on its own line, "Im
    Auftrag" above the name, a form's "… durch:", a mail's "Von:"/"An:", and the office's
    abbreviations ("Koll.", "SGL", "Inh.") announce people."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Fuchs (Ehemann) war schon etwas ungeduldig.", ["Fuchs"]),
    ("Zur Akte, Vorlage Herzog (SGL).", ["Herzog"]),
    ("Vogel (Sozialamt) ruft an: Leistungen ruhen.", ["Vogel"]),
    ("Maurer (der Chef) möchte ihn dauerhaft halten.", ["Maurer"]),
    ("Antrag (Jobcenter) liegt vor, Landesrecht (Bevollmächtigte) beachten.", []),
])
def test_a_word_before_a_bracketed_role_is_the_person(text: str, names: list[str]) -> None:
    """A listed surname before a bracket that names a role or an office is the person; a
    meaning word or another German word there is not."""
    assert _persons(text) == names


def test_a_mail_header_to_an_office_finds_nobody() -> None:
    """"Von: Jobcenter Köln", "An: Team B 3": offices, places and teams are no people."""
    assert _persons("Von: Jobcenter Köln\nAn: Team B 3\nBetreff: Leistungen") == []


@pytest.mark.parametrize(("text", "names"), [
    ("fr krause hat angerufen, hr vogt krank bis mi.", ["krause", "vogt"]),
    ("An Ernst:\ndie Sache El Amrani ist dringend.", ["Ernst", "El Amrani"]),
    ("Für Hahn: Herr Popescu kommt am Do um 10.", ["Hahn", "Popescu"]),
    ("Akte: Koch, Heide\nSB: Krause / Vertr.: Vogt", ["Koch, Heide", "Krause", "Vogt"]),
    ("Belehrende/r: Sauer", ["Sauer"]),
    ("Das hat nichts mit unserem Kollegen Winter zu tun.", ["Winter"]),
    ("Auskunft verweigert. → mit Graf besprechen", ["Graf"]),
    ("Leg ich zu Steins Akte, der ist ja auch ihr Anwalt.", ["Stein"]),
    ("Kochs Tel. für Rückfragen liegt bei.", ["Koch"]),
])
def test_more_places_where_only_a_person_stands(text: str, names: list[str]) -> None:
    """"fr"/"hr" without a full stop, a line addressed "An X:"/"Für X:", a file's cover
    ("Akte:", "SB:", "Vertr.:"), "unserem Kollegen", "mit X besprechen" and a genitive right
    before a noun ("Steins Akte") announce a person."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Mit freundlichen Grüßen\nJobcenter Lindenau, Team U25",
    "Ort, Datum: Lindenau, 11.11.2026",
    "Ort: Ausländerbehörde Lindenau, Zimmer 1.04",
    "Besuch in der JVA Lindenau (Gesprächsvermerk).",
    "Für Rückfragen: Tel. ist bekannt.",
    "Langes Telefonat heute; die Kälte des Winters.",
])
def test_towns_after_institutions_and_place_fields_stay(text: str) -> None:
    """A word the lists do not know after an institution ("Jobcenter Lindenau") or in a form's
    place field is a town; an adjective's form or a genitive after its article stays too."""
    assert _persons(text) == []


def test_a_case_named_after_its_person_is_no_town() -> None:
    """After an action noun ("Anhörung", "Verlängerung") the unknown word is the person whose
    case it is, not a town."""
    assert _persons("Anhörung Tesfamariam: Frist läuft. Verlängerung Okonkwo erledigt.") == [
        "Tesfamariam", "Okonkwo"]


@pytest.mark.parametrize(("text", "names"), [
    ("krause schreibt den entwurf. vogel bedankt sich.", ["krause", "vogel"]),
    ("fr koch hat angerufen, alles da.", ["koch"]),
    ("Von: Dörte Meiners\nAn: Winter; Otto", ["Dörte Meiners", "Winter", "Otto"]),
    ("Teilnehmende (laut Liste): Demir, Koch, Haddad", ["Demir", "Koch", "Haddad"]),
    ("Schreiben der Ehefrau Katrin Kılıç, geb. Engel, liegt vor.", ["Katrin Kılıç", "Engel"]),
])
def test_lower_case_subjects_birth_names_and_headings_with_a_note(text: str, names: list[str]
                                                                  ) -> None:
    """A listed surname in lower case before a person's verb, "fr" before a surname that is
    a word, a first name and a German word after "Von:", a heading with a bracketed note, and
    the birth name after "geb." are people."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "termin fr nachmittag um 3, lange hat es gedauert.",
    "geb. 12.03.1990 in Keren, seit 2015 in Deutschland.",
])
def test_friday_and_birth_dates_stay(text: str) -> None:
    """"fr" without its full stop may be Friday ("fr nachmittag"), and "geb." before a date
    or a place is no birth name; "lange hat es gedauert" has its subject after the verb."""
    assert [p for p in _persons(text) if p != "Keren"] == []


@pytest.mark.parametrize(("text", "names"), [
    ("Er werde als Weber (Facharbeiter) beschäftigt. Herr Weber kam. Der Bauer kam, Herr Bauer "
     "auch.", ["Weber", "Bauer"]),
    ("Anwesend: Linke, Harms, Blume (Gast, Familienhebamme)", ["Linke", "Harms", "Blume"]),
    ("Frau Vogt kam, weil ihr Schüler Erion Gjoka abgeschoben werden soll.",
     ["Vogt", "Erion Gjoka"]),
    ("Fehlzeiten: Frau Lange (Spätaussiedlerin, krank).", ["Lange"]),
    ("Hans Hansen hat angerufen, sein Decksmann Bautista hat keine Zustimmung.",
     ["Hans Hansen", "Bautista"]),
])
def test_a_name_is_not_spread_to_its_noun(text: str, names: list[str]) -> None:
    """A surname that is also a trade or a noun is not spread to its noun ("als Weber", "der
    Bauer"); a comment after an item, a role ("Schüler"), a feminine form ("…in") and a noun
    after its possessive ("sein Decksmann") stay words."""
    assert _persons(text) == names


def test_a_widows_former_name_and_a_double_first_name() -> None:
    """"verw." names an earlier surname as "geb." does, and a German word after a double first
    name in a mail header is the surname ("Von: Jan-Hendrik Meiners")."""
    text = "Von: Jan-Hendrik Meiners\nMutter: Erika Sommer, verw. Müller"
    assert _persons(text) == ["Jan-Hendrik Meiners", "Erika Sommer", "Müller"]


def test_a_surname_that_is_an_adjectives_form_is_found() -> None:
    """"Knappe" is no meaning word where it is capitalised: the meaning word of the list is the
    adjective "knapp" ("eine knappe Frist"); the surname is found before a person's verb and
    a birth date, and the adjective stays."""
    text = "Vermerk: Knappe erschien pünktlich. Antragstellerin Christin Knappe, geb. 03.04.1990."
    assert _persons(text) == ["Knappe", "Christin Knappe"]
    assert _persons("Die Frist ist knapp, eine knappe Woche.") == []


def test_a_law_firm_bears_its_partners_names() -> None:
    """After "Kanzlei" the words are the partners' surnames, not a town as after "Jobcenter"."""
    assert _persons("Schreiben Kanzlei Brockmöller & Aslanoğlu, 17.02.2027") == [
        "Brockmöller", "Aslanoğlu"]


def test_keywords_before_numbers_are_no_names() -> None:
    """A keyword before a number is a word of the note's form, never a name, however it is
    abbreviated and wherever it stands ("Frist bis 1.3. Steuer-ID …", "Kartennr 123")."""
    text = ("Frist bis 1.3. Steuer-ID 29845390692 liegt vor. Kartennr 123 und "
            "Rentenversicherungsnr 12 345678 A 123, Kassenz 123.")
    assert _persons(text) == []
