"""Names in team chats typed in lower case, as a third writer would type them (thirteenth
session, gen-chat): speakers by the look of a nickname, with times or brackets before the
label, one-line chats; whom the chat greets, thanks, mentions or sends to ask; a file's client,
a name given as one, whom one is to ask by a surname that is a word — and the ordinary words in
the same places, which must stay. The names are not those of the corpus notes the rules came
from."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("benni: hast du die akte?\nsteffi: liegt bei mir\nbenni: danke", ["benni", "steffi", "benni"]),
    ("moni: kann jemand türkisch?\nchrissi: ich frag mal rum\nmoni: super",
     ["moni", "chrissi", "moni"]),
    ("fabi: termin ist verschoben\nuli: ok", ["fabi", "uli"]),
    ("tanja: ok\nbasti: gut\nnils: passt", ["tanja", "basti", "nils"]),
])
def test_a_nickname_speaks_where_the_chat_speaks(text: str, names: list[str]) -> None:
    """A label no list knows ("chrissi", "fabi", "basti") is a speaker where most of the
    note's labels speak, also where it opens one line only."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("timo: moin\nlea: moin moin\ntimo: kaffee?\nlea: gleich", ["timo", "lea", "timo", "lea"]),
    ("volker: wer hat heute schalter?\nsilke: ich\nvolker: danke", ["volker", "silke", "volker"]),
    ("lasse: moin\nmaren: hast du zeit?\nlasse: gleich", ["lasse", "maren", "lasse"]),
])
def test_a_first_name_that_is_also_a_word_does_not_hide_the_chat(text: str,
                                                                  names: list[str]) -> None:
    """A colleague whose first name is also a word ("lea" the shelter, "lasse", "volker")
    does not make the chat a form: the others still speak, and the colleague too where the
    name opens two lines (lead's review: 'timo: moin / lea: moin moin' had lost timo)."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "art: befristet\nfoto: fehlt\npass: liegt vor",
    "foto: ja\nvisa: beantragt\nkita: nein",
])
def test_a_forms_fields_that_are_first_names_stay(text: str) -> None:
    """A checklist's fields that some list has as first names ("art", "foto", "visa") are no
    chat: a noun among them counts only where it would speak twice."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("09:14 tobi: bin gleich da\n09:16 nele: ok bis gleich", ["tobi", "nele"]),
    ("[08:02] rike: morgen ist teamsitzung\n[08:05] olli: wann genau?", ["rike", "olli"]),
    ("[07.12.26, 10:31] timo: der drucker spinnt\n[07.12.26, 10:33] dani: wieder mal",
     ["timo", "dani"]),
    ("12:01 - pia: bin zurück\n12:02 - toni: super", ["pia", "toni"]),
])
def test_speakers_after_a_time_or_a_bracket(text: str, names: list[str]) -> None:
    """A chat copied with its times ("09:14 caro:", "[09:14] caro:", a date before the time)
    has the same speakers as one without."""
    assert _persons(text) == names


def test_a_one_line_chat_speaks_by_a_listed_first_name() -> None:
    """One labelled line is a chat where its speaker is a listed first name and it goes on in
    lower case; a form's single field ("kurz:", "info:") stays."""
    assert _persons("kathi: wer hat den schlüssel für raum 3?") == ["kathi"]
    assert _persons("andi: bin heute im homeoffice") == ["andi"]
    assert _persons("kurz: termin verschoben") == []


@pytest.mark.parametrize("text", [
    "art: befristet\nort: bochum\nstatus: offen",
    "info: drucker geht wieder\ntodo: akten holen",
    "frage: wer hat dienst?\nantwort: keiner",
    "sb: haben sie den pass?\nast: nein\nsb: warum nicht",
    "ich: hab angerufen\ner: keiner da",
    "jan: urlaub\nfeb: fortbildung\nmär: team",
    "eingereicht: pass\nausstehend: foto\nnachgereicht: lohn\nausstehend: miete",
    "grund: umzug\nwohnort: bochum\nbemerkung: keine",
    "09:00 termin: herr x\n10:00 besprechung: team",
])
def test_a_forms_or_plans_labels_are_no_speakers(text: str) -> None:
    """Fields, office words, shorthand, pronouns, a plan's months and participles label lines
    too: none of them is a speaker."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("@nico kannst du die akte nehmen?", ["nico"]),
    ("hey @bine, hast du kurz zeit", ["bine"]),
    ("hi olli hast du kurz zeit?", ["olli"]),
    ("danke steffi!", ["steffi"]),
    ("danke andi, hat geklappt", ["andi"]),
    ("danke schorsch, passt", ["schorsch"]),
    ("frag mal chrissi, die weiß das", ["chrissi"]),
    ("frag mal basti, der weiß das", ["basti"]),
    ("moin fabi, bist du heute da?", ["fabi"]),
    ("jule weißt du wo die akte ist", ["jule"]),
    ("basti, kannst du mal kommen", ["basti"]),
])
def test_whom_a_chat_greets_thanks_mentions_or_sends_to_ask(text: str, names: list[str]) -> None:
    """After a greeting, thanks, "@" or "frag mal", and before a line's question to "du", a
    nickname is a person; "mal" and the verb after it are not part of it."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "danke schön!", "danke vielmals für die hilfe", "hallo zusammen, morgen team",
    "frag mal nach, ob das geht", "@alle bitte bis freitag melden", "danke sehr, bis morgen",
    "### @ende-gut Keine dreizehnte E-Mail", "-> @teachback\n> Sie nehmen seinen Einwand",
    "dann kannst du gehen", "morgen bist du dran", "heute hast du frei",
])
def test_ordinary_words_after_greetings_and_anchors_stay(text: str) -> None:
    """A greeting's or thanks' ordinary word ("schön", "zusammen", "nach") and a document's
    "@" anchors name nobody."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("sag ihr sie soll fuchs fragen, der kennt den fall", ["fuchs"]),
    ("kannst du hahn anrufen wegen dem termin", ["hahn"]),
    ("du musst vogel bescheid sagen", ["vogel"]),
    ("kannst du berg informieren?", ["berg"]),
    ("bitte fink anrufen wegen termin", ["fink"]),
])
def test_whom_to_ask_by_a_surname_that_is_a_word(text: str, names: list[str]) -> None:
    """Before "fragen", "anrufen", "bescheid sagen" after a modal, any listed name is whom one
    asks, not only a first name."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("die akte okafor liegt bei mir", ["okafor"]),
    ("fall koch liegt bei mir", ["koch"]),
    ("in sachen bauer nix neues", ["bauer"]),
    ("ist der vorgang kowalczyk schon raus?", ["kowalczyk"]),
    ("nachname tesfaye, vorname mulu", ["tesfaye", "mulu"]),
    ("der nachname ist winter, vorname lotte", ["winter", "lotte"]),
    ("die akte ist bei stein im fach", ["stein"]),
    ("die akte ist bei jung im fach", ["jung"]),
    ("liegt bei lang im fach.", ["lang"]),
    ("hat braun bestätigt", ["braun"]),
    ("das hatte vogt so entschieden.", ["vogt"]),
])
def test_a_files_client_a_name_given_and_where_a_file_waits(text: str, names: list[str]) -> None:
    """After "akte", "fall", "vorgang", after the word for a name, between "bei" and "im
    fach"/"zur unterschrift", and between "hat" and "bestätigt", a bare listed name is the
    person, also where it is a word."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "der wolf im märchen", "das war ernst gemeint", "müller ist ein beruf",
    "ich muss lange warten", "im winter ist mehr los", "die akte fehlt, bitte suchen",
    "akte kurz prüfen bitte", "nachname fehlt im antrag", "vorname und nachname stimmen nicht",
    "bei regen fällt das aus", "bei bedarf zur unterschrift vorlegen",
    "du sollst das jobcenter anrufen", "kannst du mal fragen", "kannst du kurz anrufen",
    "soll morgen anrufen", "die akte ernst nehmen", "der fall erledigt sich",
    "namen der kinder fehlen", "bei fremden namen übervorsichtig", "der koch in der kantine",
    "hat termin bestätigt", "hat kurz angerufen", "hat das amt bestätigt",
])
def test_the_same_words_in_their_ordinary_sense_stay(text: str) -> None:
    """Surnames that are words, adverbs and verbs in those frames' places, in their ordinary
    lower-case sense, name nobody."""
    assert _persons(text) == []


def test_a_name_found_as_two_across_a_word_no_list_knows_is_one() -> None:
    """Between two names found, a word that is no German word is the middle of the same name
    ("cheikh ahmadou bamba ndiaye"); a German word between them keeps two names, and so does
    a lower-case word between capitalised names that is no listed first name."""
    text = "moritz: cheikh ahmadou bamba ndiaye? liegt zur unterschrift bei ernst"
    assert _persons(text) == ["moritz", "cheikh ahmadou bamba ndiaye", "ernst"]
    assert _persons("Ahmad und Nadia Karimi") == ["Ahmad", "Nadia Karimi"]
    assert _persons("von Herrn Mustafa Hamid Rashid zerknittert Jonas: oh nein") == [
        "Mustafa Hamid Rashid", "Jonas"]
    assert _persons("Moradi – Blaue Karte\nOrlow hat Smirnova, bitte nicht anfassen") == [
        "Moradi", "Orlow", "Smirnova"]


def test_a_listed_name_joined_to_a_name_found_is_a_person() -> None:
    """"+", "und", "&" list people with people: a listed name beside a name found is one too,
    also where it is a word ("fuchs"); beside a name that is a word itself, or where the
    neighbour is a word of meaning, nothing is added."""
    assert _persons("termin popal + fuchs am 3.12.") == ["popal", "fuchs"]
    assert _persons("termine verlegen, sauer und kalinowski sind informiert") == [
        "sauer", "kalinowski"]
    assert _persons("Ahmad Karimi + Foto") == ["Ahmad Karimi"]
    assert _persons("Herr Yilmaz und sohn waren da") == ["Yilmaz"]
    assert _persons("Herr Yilmaz und ernst gemeint") == ["Yilmaz"]
