"""The labelled fields of a copied document, in the languages our clients' documents are
written in: passports, ID cards, residence permits, civil-status certificates and bank
statements print a label and its value ("Apellidos: RAMÍREZ TORRES", "Soyadı / Surname:
KAYA", "Prénom(s) : KARIM", "Фамилия: Петров", "Hesap Sahibi: HÜSEYİN ÖZTÜRK",
"Nationality: KYRGYZ"), one field a line or several on a line apart by a wide gap. Two things
follow from the layout, whoever copies the document:
- after a label that names a person's name (surname, given names, father's name, account
  holder …) the value is a name, also where its words are words too ("Cognome: ROSSI");
- the label itself is no name, though its words are foreign to the data ("Apellidos",
  "Nacionalidad", "Luogo di nascita" look like unknown capitalised words before a colon, the
  shape of a chat's speaker).
A label is known by its words: every word of the label, or of one side of a bilingual label
("Data e lindjes / Date of birth:"), is a field word of some document language below; a
one-word label must be a whole label ("Ana:" is a speaker, "Ana adı:" a label). The German
labels ("Name:", "Vorname:") are headings.py's and stay out of this module."""

from __future__ import annotations

# Labels whose value is a person's name (lower case; "(s)", "(n)" and dots removed).
_NAME_LABELS = frozenset("""
surname|surnames|given name|given names|first name|first names|last name|family name
|middle name|middle names|father's name|mother's name|name at birth|full name|name of child
|maiden name|birth name|other names|previous names|holder|account holder|account name
|father|mother|child|husband|wife|spouse|applicant|beneficiary|name of father|name of mother
|payee|payer|remitter|sender|recipient|ordering party|name of holder|holder's name
|name of the bearer|bearer
|mittelname|mittelnamen|rufname
|nom|noms|prénom|prénoms|nom de famille|nom de naissance|nom d'usage|nom de jeune fille
|nom du père|nom de la mère|père|mère|époux|épouse|enfant|titulaire|titulaire du compte
|apellido|apellidos|primer apellido|segundo apellido|nombre|nombres|nombre del padre
|nombre del inscrito|nome do registrado|nom de l'enfant
|nombre de la madre|padre|madre|titular|cónyuge|cônjuge
|apelido|apelidos|sobrenome|sobrenomes|nome|nomes|nome próprio|nome completo|nome do pai
|nome da mãe|pai|mãe
|cognome|nome del padre|nome della madre|intestatario
|soyadı|soyad|adı|ad|baba adı|ana adı|anne adı|hesap sahibi|eşi|kızlık soyadı
|nazwisko|imię|imiona|imię ojca|imię matki|nazwisko rodowe|posiadacz rachunku
|nume|prenume|numele tatălui|numele mamei|titular cont
|prezime|ime|ime oca|ime majke|rođeno prezime
|mbiemri|emri|emri i babait|emri i nënës
|achternaam|voornaam|voornamen|rekeninghouder|geslachtsnaam
|фамилия|имя|отчество|прізвище|ім'я|по батькові|прізвище при народженні
|ism|laqab|ism al-ab|ism al-umm|ism al-jadd|nasab|kunya|patronymic
|délivré à|délivrée à|fils de|fille de|et de|étudiant|étudiante|nom et prénom|nom et prénoms
|nama|nama lengkap|nama ayah|nama ibu|nama pemegang
""".replace("\n", "").replace("ı", "i").split("|"))
# Words of the other fields of such documents: their labels are no names.
_FIELD_WORDS = frozenset("""
date place birth nationality sex gender authority issue issued expiry expiration valid until
passport no number type code country address height eyes colour color profession occupation
religion marital status personal identity card document residence permit signature remarks
observations issuing state of the and or in at card's holder's name names date's period
balance description amount account reference statement bank branch currency opening
closing value booking transaction purpose certificate marriage death extract register
acte mariage décès extrait certificado matrimonio defunción acta certidão casamento óbito
certificato matrimonio morte свидетельство о рождении браке смерти
fecha lugar nacimiento nacionalidad sexo expedición caducidad validez domicilio estado civil
número documento pasaporte de del la el y los las saldo importe cuenta periodo concepto
data local nascimento nacionalidade validade emissão morada do da dos das e conta
lieu naissance nationalité sexe délivrance adresse taille du des le à compte solde
luogo nascita cittadinanza sesso rilascio scadenza di della residenza conto
doğum tarihi yeri uyruğu uyruk cinsiyeti cinsiyet veriliş geçerlilik son tarih bakiye
açıklama tutar hesap no'su numarası ve
urodzenia miejsce obywatelstwo płeć wydania ważności
nașterii locul cetățenia sexul eliberării valabilitate
rođenja mjesto mesto državljanstvo pol spol izdavanja važi do
lindjes vendi shtetësia gjinia lëshimit skadimit i e
geboortedatum geboorteplaats nationaliteit geslacht periode af bij omschrijving bedrag
дата народження місце громадянство стать рождения место гражданство пол видачі выдачи
дійсний до номер паспорт
né née le tempat tgl tanggal lahir jenis kelamin alamat agama pekerjaan kewarganegaraan
berlaku hingga perkawinan golongan darah kecamatan
""".replace("ı", "i").split()) | frozenset(w for label in _NAME_LABELS for w in label.split())
# One-word labels that are whole labels of some other field.
_FIELD_LABELS = frozenset("""nationality sex gender authority nacionalidad sexo nationalité
sexe cittadinanza sesso uyruğu cinsiyeti cinsiyet tarih bakiye açıklama tutar obywatelstwo
płeć cetățenia državljanstvo shtetësia gjinia nationaliteit geslacht periode omschrijving
bedrag громадянство стать гражданство пол domicilio morada adresse residenza naissance
nacimiento nascimento nascita name address amount reference description purpose lieu lugar
local luogo place dirección endereço indirizzo adres adresa adresi
profession occupation profesión profissão religion agama alamat pekerjaan kewarganegaraan""".replace("ı", "i").split())
# Fields that hold a place or a nationality: their value is no person ("Miejsce urodzenia:
# Kraków", "Nationaliteit: Nederlandse").
_PLACE_WORDS = frozenset("""place lieu lugar local luogo miejsce locul mjesto mesto vendi yeri
geboorteplaats місце место nationality nacionalidad nationalité nacionalidade cittadinanza
uyruğu uyruk obywatelstwo cetățenia državljanstvo shtetësia nationaliteit громадянство
гражданство tempat""".replace("ı", "i").split())


def _normal(label: str) -> str:
    """A label's words as the sets hold them: lower case, without "(s)", dots, "№"."""
    for mark in ("(s)", "(n)", "(e)", "(S)", "(N)", ".", "№", "#"):
        label = label.replace(mark, " ")
    return " ".join(label.replace("’", "'").replace("İ", "i").lower().replace("ı", "i")
                    .split())


FIELD, NAME_FIELD, PLACE_FIELD = 1, 2, 3
# The words a label may end with.
_LAST_WORDS = frozenset(label.split()[-1] for label in _NAME_LABELS) | _FIELD_WORDS


# Does a label end with this word? By the word as written before the colon.
_ENDS: dict[str, bool] = {}


def _ends_label(text: str, colon: int, word: str) -> bool:
    """Can the word before `colon` end a label ("Prénom(s)", "SOYADI", "/Surname", "translit.)"
    of "Name (Arabic translit.)")? Cached by `word` where no bracket closes it."""
    raw = word
    if word.endswith(")"):  # a comment in brackets: the word before it
        head = text[max(0, colon - 40):colon]
        if "(" not in head:
            return False
        before = head[:head.rfind("(")].rstrip()
        if not before.endswith(")"):
            word = before.rsplit(None, 1)[-1] if before.strip() else word[:word.rfind("(")]
    word = word[word.rfind("/") + 1:].rstrip(".").lstrip("(>*•–-")  # "(Rufname"
    ends = word.replace("İ", "i").lower().replace("ı", "i").replace("’", "'") in _LAST_WORDS
    if not raw.endswith(")"):
        if len(_ENDS) > 5000:
            _ENDS.clear()
        _ENDS[raw] = ends
    return ends


def label_kind(label: str) -> int:
    """0: no document label, else FIELD, NAME_FIELD or PLACE_FIELD. `label` is the text
    before the colon, perhaps bilingual ("Soyadı / Surname", "Nume / Nom / Surname")."""
    kind = 0
    for side in label.split("/"):
        if "(" in side:  # a comment in brackets: "Name (Arabic translit.)"
            side = side[:side.find("(")] + side[side.find(")") + 1:] if ")" in side \
                else side[:side.find("(")]
        words = _normal(side)
        if not words:
            continue
        split = words.split()
        if words in _NAME_LABELS or len(split) > 1 and all(w in _NAME_LABELS for w in split):
            return NAME_FIELD  # "Apellidos", "Прізвище Surname"
        if len(split) == 1 and words in _FIELD_LABELS or 1 < len(split) <= 5 and all(
                w in _FIELD_WORDS for w in split):
            kind = PLACE_FIELD if any(w in _PLACE_WORDS for w in split) else max(kind, FIELD)
    return kind


def field_labels(text: str) -> list[tuple[int, int, int]]:
    """The document labels of `text`: (start, colon, kind as in label_kind). A label starts a
    line, follows a wide gap or a tab or an opening bracket ("(Rufname: Henry)"), and ends at
    its colon."""
    out: list[tuple[int, int, int]] = []
    colon = text.find(":")
    while colon >= 0:
        # First the word before the colon alone (most colons end no document's label: "SB:",
        # "Az.:", "10:15"), by C's string methods and a cache of the words seen: 0.4 µs a
        # colon, the whole label 5 µs.
        last = text[max(0, colon - 24):colon].rsplit(None, 1)
        ends = _ENDS.get(last[-1]) if last else False
        if ends is None:
            ends = _ends_label(text, colon, last[-1])
        if not ends:
            colon = text.find(":", colon + 1)
            continue
        line = text.rfind("\n", 0, colon) + 1
        head = text[line:colon]
        if 0 < len(head) <= 70 and not head[-1:].isdigit():  # "10:15", "http:"
            start = line + head.rfind(":") + 1  # after the line's previous field
            for gap in ("   ", "  ", "\t", " (", "; ", " – "):  # a field's own start
                at = head.rfind(gap)
                if at >= 0 and line + at + len(gap) > start and (
                        gap != " (" or ")" not in head[at:]):  # not "Name (Arabic):"
                    start = line + at + len(gap)
            label = text[start:colon].lstrip(" \t(>*•–-")
            kind = label_kind(label)
            if kind:
                out.append((colon - len(label), colon, kind))
        colon = text.find(":", colon + 1)
    return out
