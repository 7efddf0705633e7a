"""Names the sixteenth session's development half (corpus17 A) showed missed in frames every
hand writes: a name spelt out letter by letter beside it or after "ich buchstabiere"; a
particle surname after an abbreviated title ("Hr. van der Meer"); North German surnames built
on "-ring" whose stem is no word ("Bröring", "Döring"; a street's stem is: "Ostring"); a first
name of two after a list's number ("8. Jan-Peter Ketelsen" is no 8 January); a first name that
is a word too after "Mit" opening a sentence ("Mit Anke gesprochen,"); and the case giver of a
case consultation ("Fallgeber Jochen fragt").

The sentences are written for these tests in other words and names than the notes; each rule
has near misses of the same shape that must stay as they are.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import anonymize, detect


def people(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


def dates(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "datum"]


@pytest.mark.parametrize("text, spelt", [
    ("Anhörung Ouedraogo, O-U-E-D-R-A-O-G-O, Punkt. Er legt den Pass vor.",
     "O-U-E-D-R-A-O-G-O"),
    ("Frau Maike Tjaden, T-J-A-D-E-N, wohnt in Leer.", "T-J-A-D-E-N"),
    ("Herr Chukwuma Obi, ich buchstabiere, N-W-A-N-K-W-O, ist der Vater.", "N-W-A-N-K-W-O"),
    ("sachbearbeiter sagt herr bakr, b-a-k-r, kommt morgen", "b-a-k-r"),
])
def test_a_name_spelt_out_beside_it_is_the_name(text, spelt):
    """A name spelt letter by letter beside the name found, or after "ich buchstabiere", is
    the name: every hand that spells a name marks the spelling as the name."""
    assert spelt in people(text)


@pytest.mark.parametrize("text", [
    "Die U-S-A verlangen ein Visum, Herr Nowak weiß das.",
    "Frau Okafor hat die A-B-C-Liste bekommen.",
    "Herr Tjaden, Zimmer B-1-2, kommt morgen.",
])
def test_letters_joined_by_hyphens_that_spell_no_name_stay(text):
    """Letters joined by hyphens that spell no name found (an abbreviation spelt out, a list
    called so, a room) stay as they are."""
    found = people(text)
    assert not any("-" in name and len(name) <= 7 for name in found), found


def test_the_spelling_and_the_name_anonymised_are_one_person():
    """Anonymised, neither the name nor its spelling is left in the text, and the spelling
    gets the placeholder of the person it spells."""
    out = anonymize("Vermerk Ouedraogo, O-U-E-D-R-A-O-G-O, Punkt. Frau Nowak kam mit.").text
    assert out == "Vermerk [Person A], [Person A], Punkt. Frau [Person B] kam mit."


@pytest.mark.parametrize("text, person", [
    ("Rückruf an Hr. van der Meer, Spedition Nordlicht, morgen.", "van der Meer"),
    ("Fr. van den Broek war heute da.", "van den Broek"),
    ("Hr. de Jong hat angerufen.", "de Jong"),
])
def test_a_particle_surname_after_an_abbreviated_title(text, person):
    """After "Hr." or "Fr." the particles belong to the surname as after "Herr": "Hr. van der
    Meer" is one name, also where its last part is a German word ("Meer")."""
    assert person in people(text)


def test_van_der_after_a_title_as_before():
    """Written out, the title joined the particles before as it does now."""
    assert "van der Meer" in people("Herr van der Meer kam heute.")


@pytest.mark.parametrize("text, person", [
    ("Das sagt Bröring heute auch.", "Bröring"),
    ("Vertretung: Möhring, bis Freitag.", "Möhring"),
    ("Heute hat Kühring die Akte.", "Kühring"),
])
def test_a_surname_on_ring_whose_stem_is_no_word(text, person):
    """A surname built on "-ring" whose stem German has no word for is no street or ring road:
    "Bröring", "Möhring", "Kühring"."""
    assert person in people(text)


@pytest.mark.parametrize("text, word", [
    ("Die Praxis liegt am Ostring gegenüber der Post.", "Ostring"),
    ("Wir treffen uns am Südring.", "Südring"),
])
def test_a_ring_road_on_a_word_stays(text, word):
    """A ring road whose stem is a word ("Ost", "Süd") stays as it is."""
    assert word not in " ".join(people(text))


def test_a_first_name_of_two_after_a_lists_number_is_no_date():
    """"8. Jan-Peter Ketelsen" in a numbered list is a person, not the 8th of January."""
    text = "Unterschriften:\n7. Ewa Nowak, Husum\n8. Jan-Peter Ketelsen, Hattstedt"
    assert "8. Jan" not in dates(text)
    assert any("Jan-Peter Ketelsen" in name for name in people(text))


@pytest.mark.parametrize("text, date", [
    ("Frist bis 8. Jan. 2027.", "8. Jan. 2027"),
    ("Termin am 8. Jan 2027, 10 Uhr.", "8. Jan 2027"),
    ("Urlaub vom 2. Jan-5. Jan.", "2. Jan"),
])
def test_january_as_a_date_stays_a_date(text, date):
    """"Jan" after a day stays January where no capitalised name part is hyphenated to it."""
    assert date in dates(text)


@pytest.mark.parametrize("text, person", [
    ("Das Gespräch war schwer. Mit Anke gesprochen, morgen in der Teamrunde.", "Anke"),
    ("Mit Jochen geklärt, er übernimmt.", "Jochen"),
])
def test_a_first_name_after_mit_opening_a_sentence(text, person):
    """"Mit" opening a sentence before a first name and a verb ending the clause names whom one
    spoke with, as "mit" inside the sentence does."""
    assert person in people(text)


@pytest.mark.parametrize("text", [
    "Mit Kraft gearbeitet, das Ergebnis ist gut.",
    "Mit Recht gesagt, das stimmt.",
    "Mit Sicherheit geklärt.",
])
def test_a_noun_after_mit_opening_a_sentence_stays(text):
    """A noun that is a surname too after "Mit" opening a sentence stays a noun."""
    assert people(text) == []


@pytest.mark.parametrize("text, person", [
    ("Fallgeber Jochen fragt: Ist Passbeschaffung zumutbar?", "Jochen"),
    ("Fallgeberin Anke schildert den Fall.", "Anke"),
])
def test_the_case_giver_of_a_consultation(text, person):
    """The case giver of a case consultation is named after the role as a supervisor is."""
    assert person in people(text)


def test_the_case_giver_without_a_name_stays():
    """The role alone names no one."""
    assert people("Der Fallgeber fragt, ob das geht.") == []


@pytest.mark.parametrize("text, person", [
    ("Familienangehörige: Dilara Kaya (geb. 03.02.1990), Emir (2012), Ela (2016), Lea (2020)\n"
     "Anschrift: Hafenstraße 4, 25813 Husum", "Lea"),
    ("Ehefrau Dilara (geb. 03.02.1990), Emir (2012), Ela (2016), Lea (2020)\nAnschrift: "
     "Hafenstraße 4, 25813 Husum", "Lea"),
])
def test_a_childs_first_name_that_is_a_word_in_a_list_of_children(text, person):
    """A list of people with birth years whose first item has two words or follows a role
    ("Ehefrau") is a list of people as one after a colon is: its listed first name that is
    a word too ("Lea") is a child, and the year after it the child's birth year."""
    assert person in people(text)
    assert "2020" in [f.text for f in detect(text) if f.kind.value == "geburtsdatum"]


def test_a_place_in_a_list_of_places_with_years_stays():
    """Places with years ("Kiew (2019), Lwiw (2020)") are a life's stations, no birth years."""
    found = detect("Studium in Kiew (2019), Lwiw (2020) und Berlin.")
    assert [f.text for f in found if f.kind.value == "geburtsdatum"] == []


def test_a_chat_speaker_named_in_another_message():
    """A speaker of a chat typed in lower case, named in another speaker's message, is that
    person; a pronoun after the name ends it ("groeneveld du hast …")."""
    text = ("antje: olaru hat angerufen, der brief kam nicht an\n"
            "tjaden: adresse im fachverfahren ist noch die alte\n"
            "antje: tjaden du hast das doch selbst eingetragen\n"
            "tjaden: ja ja, mach ich")
    found = people(text)
    assert found.count("tjaden") == 3 and "tjaden du" not in found


def test_a_subject_before_a_participle_at_a_lines_end():
    """A line that ends without a full stop ends the clause: "stammerjohann hat doch
    angerufen⏎…" names the caller as "… angerufen." does."""
    text = ("bley: die frau ciobanu war gut vorbereitet\n"
            "kathrin: hat der arbeitgeber gemacht, oder? wiebkemann hat doch angerufen\n"
            "bley: nee, sie hat das selbst gemacht")
    assert "wiebkemann" in people(text)


@pytest.mark.parametrize("text, word", [
    ("Mail der Beratungsstelle, weitergeleitet:\nMs Nowak has lived in Husum since 2021. She "
     "says her permit was not renewed because she did not attend an appointment.", "She"),
    ("Nachricht per WhatsApp:\nMy shift at the yard changed. Can I come on Thursday before "
     "work? I did not know who to ask.", "Can"),
    ("Brief der Anwältin (englisch):\nHe was registered in Spain in 2023, not in Germany. His "
     "brother Dawit Haile lives in Kiel and has a job.", "His"),
])
def test_an_english_function_word_opening_a_sentence_is_no_name(text, word):
    """In an English passage, a function word that a list has as a name too ("She", "Can",
    "His") opens a sentence as a word, not a person; and "she" in lower case later is no name
    either."""
    found = people(text)
    assert word not in found and not any(name.startswith(word.lower()) for name in found)


def test_a_name_after_an_english_function_word_stays_found():
    """The person in the same passage is still found."""
    text = ("Nachricht per WhatsApp:\nMy shift at the yard changed. Can I come on Thursday? "
            "My foreman Mr Uphoff will write a letter.")
    assert "Uphoff" in people(text)


@pytest.mark.parametrize("text, word", [
    ("Nachricht: Mulțumesc pentru ajutor. Ion Rusu", "Mulțumesc"),
    ("Sprachnachricht, übersetzt: Tashakur, ich komme morgen. Mohammad Nabi", "Tashakur"),
    ("Per Mail: Dziękuję za pomoc! Ewa Nowak", "Dziękuję"),
])
def test_a_clients_thanks_in_their_language_is_no_name(text, word):
    """A greeting or thanks of a client's language that no list has as a name stays."""
    found = people(text)
    assert word not in " ".join(found) and found


def test_a_kurdish_first_name_that_also_greets_stays_a_name():
    """"Silav" greets in Kurmanji and is a first name too: before a surname it is the person."""
    assert any("Silav" in name for name in people("Vorsprache Silav Osman, Verlängerung § 25."))


def test_a_weekday_after_fuer_opening_a_line_is_no_addressee():
    """"Für Donnerstag:" plans a day; "Für Frau Winter:" addresses a person."""
    assert people("Für Donnerstag: mit Peter die Abwägung durchgehen.") == ["Peter"]
    assert people("Für Frau Winter: bitte prüfen.") == ["Winter"]


@pytest.mark.parametrize("text, person", [
    ("An Sommer: bitte prüfen.", "Sommer"),
    ("kathi: bitte morgen anrufen, danke", "kathi"),
])
def test_bitte_after_a_label_asks_and_names_no_one(text, person):
    """"bitte" opening a request after a name and a colon is no person, however a list has
    it."""
    assert people(text) == [person]


@pytest.mark.parametrize("text, words", [
    ("Ich bin International Office, nicht Ausländerbehörde.", "International Office"),
    ("Sie arbeitet als Ärztin im Teaching Hospital in Accra.", "Teaching Hospital"),
    ("Nachweis: Police Clearance Certificate fehlt noch.", "Police Clearance Certificate"),
])
def test_an_english_name_of_an_office_or_subject_in_a_german_sentence(text, words):
    """Two frequent English words side by side that name an office, a hospital or a
    certificate stay, also in a German sentence (where one is no German word, or neither is
    a German noun: "Computer Science" is left to the other rules)."""
    assert people(text) == []


def test_english_names_beside_english_words_stay_names():
    """Names are in no list of frequent words: "Grace Young" is still a person."""
    assert "Grace Young" in people("Gespräch mit Grace Young vom Teaching Hospital.")


def test_a_particle_surname_made_of_two_frequent_words_stays_a_name():
    """"Ten Gronde" is two words of the list and a Dutch surname: its particle decides."""
    assert "Ten Gronde" in people("Wie mit Ten Gronde vereinbart, Frist bis Mai verlängert.")


@pytest.mark.parametrize("text, date", [
    ("Nachricht: Eşim ve çocuklar 15 Ocak'ta geliyor, okul için ne lazım?", "15 Ocak"),
    ("Chat: ya tengo el visto, llego el 15 de enero 🙌", "15 de enero"),
    ("Mail: mon titre de séjour expire le 15 janvier 2027 et je n'ai pas de rendez-vous.",
     "15 janvier 2027"),
    ("Оксана: все продовжено автоматично до 4 березня", "4 березня"),
    ("WhatsApp: Contract start 4th January, please reply.", "4th January"),
    ("Pismo: termin 20 maja 2026 w urzędzie.", "20 maja 2026"),
])
def test_a_days_date_with_the_month_of_a_clients_language(text, date):
    """A day's number before a month's name in a client's language (French, Spanish,
    Portuguese, Italian, Turkish, Polish, Ukrainian, Russian; an English ordinal) is a date:
    every hand marks these as dates."""
    assert any(date in found for found in dates(text)), dates(text)


@pytest.mark.parametrize("text", [
    "Hausnummer 15, Mart und Nisan kamen gemeinsam.",
    "Frau Nisan Yılmaz kam mit Maja zum Termin.",
])
def test_a_foreign_month_without_a_day_before_it_is_no_date(text):
    """Without a day's number before it, a month's name of another language is no date
    ("Nisan" and "Maja" are first names too)."""
    assert dates(text) == []


def test_the_same_date_in_two_languages_gets_one_placeholder():
    """"15 janvier 2027" and "15.01.2027" are one date for the placeholders."""
    out = anonymize("Ablauf 15.01.2027. Elle écrit: expire le 15 janvier 2027.").text
    assert out.count("[Datum 1]") == 2 and "[Datum 2]" not in out


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind.value) for f in detect(text)]


@pytest.mark.parametrize("text, number", [
    ("Sprachnachricht: Ich kann Lohnzettel bringen. Meine Nummer null eins sieben null, vier "
     "vier acht, zwei sechs, neun eins. Danke.", "null eins sieben null, vier vier acht, zwei "
     "sechs, neun eins"),
    ("Diktat: Bitte verlängern, Absatz, Telefon für Rückfragen null eins fünf zwei, drei drei "
     "acht, vier neun null eins, Ende.", "null eins fünf zwei, drei drei acht, vier neun null "
     "eins"),
    ("Anruf, sie sagt: Telefon null eins sieben sechs, zweiundzwanzig, achtzehn, "
     "neunundvierzig.", "null eins sieben sechs, zweiundzwanzig, achtzehn, neunundvierzig"),
])
def test_a_phone_number_read_out_in_groups(text, number):
    """A number read out digit by digit or in twos, its groups after commas, is a phone
    number, also in a note that has no digit at all."""
    assert (number, "telefon") in kinds(text)


def test_zero_as_a_count_is_no_phone_number():
    """"null" as a count before words stays a word."""
    assert kinds("Es gab null Probleme, eins, zwei Fragen.") == []


@pytest.mark.parametrize("text, number, kind", [
    ("Frau Lin, Matrikelnr. 108 023 551 09, Masterstudium.", "108 023 551 09", "aktenzeichen"),
    ("Herr Rezaei, Matrikelnummer 3581194, im Masterstudiengang.", "3581194", "aktenzeichen"),
    ("CNIC Ehemann: 33100-8815204-7.", "33100-8815204-7", "ausweisnummer"),
    ("NIK : 3322015008960003\nNama : DEWI LESTARI", "3322015008960003", "ausweisnummer"),
    ("Matricule : 1985 0312 447 58\nEmployeur : Bâtiments Lorrains", "1985 0312 447 58",
     "ausweisnummer"),
    ("Card No: 19ID44710", "19ID44710", "ausweisnummer"),
    ("Nr. i pasaportës: P01773428", "P01773428", "ausweisnummer"),
])
def test_numbers_after_a_student_or_foreign_documents_keyword(text, number, kind):
    """A student's number after its keyword is a file number; the numbers after a foreign
    identity document's keywords (CNIC, NIK, Matricule, Card No, pasaportës) are document
    numbers."""
    assert (number, kind) in kinds(text)


@pytest.mark.parametrize("text, address", [
    ("Er wohnt vorerst bei einem Cousin Komma Anschrift Lindenstraße neun Komma 88045 "
     "Friedrichshafen Punkt eAT beantragt Punkt", "Lindenstraße neun Komma 88045 Friedrichshafen"),
    ("Die Gastfamilie wohnt Bergweg drei Komma 70597 Stuttgart Punkt Ende Punkt",
     "Bergweg drei Komma 70597 Stuttgart"),
])
def test_a_dictated_address_with_its_postcode_in_digits(text, address):
    """A dictated street with its number in words, then "Komma", the postcode in digits and the
    town, is one address."""
    assert (address, "adresse") in kinds(text)


def test_a_chat_in_cyrillic_names_its_speakers():
    """A chat written in Cyrillic: its speakers are names on every line, also where one
    addresses the other ("Оксана: Сашко, …"), and "у фрау Бакес" names a person."""
    text = ("Оксана: Сашко, тобі відповіли з Ausländerbehörde?\n"
            "Сашко: так, кажуть не треба термін\n"
            "Оксана: а мені сказали прийти особисто\n"
            "Сашко: спитай у фрау Бакес")
    found = people(text)
    assert found.count("Оксана") == 2 and found.count("Сашко") == 3 and "Бакес" in found


def test_a_cyrillic_form_with_labels_that_do_not_repeat_names_no_label():
    """A form's Cyrillic labels do not repeat: they are no speakers."""
    text = "Прізвище: Коваль\nМісто: Київ\nДата: 12.03.2026"
    assert "Прізвище" not in people(text) and "Місто" not in people(text)


@pytest.mark.parametrize("text, person", [
    ("Nachricht: سلام خانم Jessen، من احمد ضیا نظری هستم. پاسپورت من آماده شد.", "Jessen"),
    ("Nachricht: سلام خانم Jessen، من احمد ضیا نظری هستم. پاسپورت من آماده شد.",
     "احمد ضیا نظری"),
    ("Arash: آره! خانم کوواچویچ خیلی مهربون بود", "کوواچویچ"),
    ("مرحبا استاذة Hoogestraat، ابني رامي قال لي أن الموعد يوم الخميس.", "رامي"),
    ("Sun Xiaotong (孙晓彤)\nMatrikelnr. 108 023 551 09", "孙晓彤"),
    ("Herr Hicham El Amrani (العمراني) kam zur Vorsprache.", "العمراني"),
])
def test_names_in_arabic_script_and_in_brackets_of_another_script(text, person):
    """A name after a form of address, "my son" or "I am" in Arabic script, and a name in
    another script in brackets after the name found, are names."""
    assert person in people(text)


@pytest.mark.parametrize("text", [
    "Klage (§ 60a) eingereicht, Frau Nowak informiert.",
    "Nachricht: شكرا جزيلا على المساعدة",
])
def test_brackets_and_arabic_words_without_a_persons_frame_stay(text):
    """A bracket after a name that holds Latin or digits, and Arabic words without a form of
    address, name no one new."""
    assert people(text) in ([], ["Nowak"])


@pytest.mark.parametrize("text, person", [
    ("Fiktionsbescheinigung ausgehändigt, eAT beantragt.\nSchüler, SB", "Schüler"),
    ("Verlängerung vorbereitet, Termin steht.\nLehrer, TL", "Lehrer"),
])
def test_a_word_signing_before_the_caseworkers_abbreviation(text, person):
    """Before ", SB" on a note's last line a German word or a role's word too is the writer."""
    assert person in people(text)


@pytest.mark.parametrize("text", [
    "Bitte prüfen.\nAusländerbehörde, SB",
    "Bitte prüfen.\nGruß, SB",
])
def test_an_office_or_a_greeting_before_sb_signs_no_one(text):
    """An office or a greeting before ", SB" is no person."""
    assert people(text) == []


@pytest.mark.parametrize("text, words", [
    ("Juan Sebastián: Hola Chloé! ya tengo el visto 🙌 llego el 15 de enero", "tengo"),
    ("céline: la dame dit que tu peux pas venir à Forbach\nJP: je sais chérie", "peux"),
])
def test_a_lower_case_clause_of_french_or_spanish_is_no_name(text, words):
    """A lower-case run in a client's French or Spanish chat that holds a function word of
    those languages is a clause, no name typed in lower case; the speakers stay names."""
    found = people(text)
    assert not any(words in name for name in found), found


def test_a_speaker_after_a_line_ending_in_a_portuguese_word_stays_a_name():
    """The word before a speaker's label on the line above does not make it a clause."""
    text = ("Rafael: reprovei duas vezes, mas a terceira vai\n"
            "thaís: nossa, sinto muito. quer estudar junto?\n"
            "Rafael: bora!\nthaís: combinado")
    assert "thaís" in people(text)


def test_a_name_before_a_portuguese_clause_is_cut_from_it():
    """A lower-case run that starts with a name and goes on into a clause of another language
    keeps the name and leaves the clause: "juliana vai ficar feliz" -> "juliana"."""
    text = ("thaís: você fez a prova em Saarbrücken?\nrafael: fiz! juliana vai ficar feliz de eu "
            "sair de casa\nthaís: nossa, parabéns")
    found = people(text)
    assert "juliana" in found and not any("ficar" in name for name in found)


@pytest.mark.parametrize("text, person", [
    ("NB: im System heißt er „LI, Haoran“, im Nachweis „Haoran Li“.", "LI, Haoran"),
    ("Die Aufenthaltserlaubnis führt „AL HARIRI, Yaman“, der Pass nicht.", "AL HARIRI, Yaman"),
    ("Name im System „GANBOLD, Batbayar“ passt, nicht ändern.", "GANBOLD, Batbayar"),
])
def test_a_quoted_register_entry_with_its_surname_in_capitals(text, person):
    """A register's entry quoted as written, the surname in capitals before the first name
    found, is one person with its surname."""
    assert person in people(text)


def test_quoted_capitals_before_a_word_that_is_no_name_stay():
    """Capitals quoted before a word that is no name found stay ("„BAMF, Aufenthalt“")."""
    assert people("Der Ordner „BAMF, Aufenthalt“ liegt im Regal.") == []
