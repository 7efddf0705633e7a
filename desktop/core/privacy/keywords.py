"""The keywords before a number ("Az.", "Tel.", "Pass-Nr.", "AZR", "Steuer-ID") by the pattern
they open, written as tries; and the one scan that tells which keyed patterns can match in a
text at all (patterns.py runs only those).

A note typed without capitals ("az. abh 32.1-20417/24", "tel 0171 …") has its keywords in
lower case: there the scan and the keyed patterns take every keyword in lower case as well
(`lower_note`). Only there: a trie of the lower-case keywords begins with nearly every letter
and costs 11 µs a note (the capitalised one 1–3 µs), and in a note with capitals a
lower-case "tel" or "pa" is rarer than the same letters in a word."""

from __future__ import annotations

import functools
import re

from desktop.core.privacy.trie import trie

# The keywords before a number, by the pattern they open.
_KEYWORDS = {
    # File numbers and document numbers: the keyword opens a slot for the identifier after
    # it, whatever its shape (cues.py, which reads them in either case: "az.", "kundennr").
    # A stem ("Kunden", "Akten", "Karten") counts only with "-Nr."/"nummer" after it.
    "az_keyed": "Az|AZ|Aktz|Gz|GZ|Aktenzeichen|Akten|Akten-Nr|Aktennummer|Geschäftszeichen"
                "|Gesch.-Z|Gesch.-Zeichen|Zeichen|Ihr Zeichen|Unser Zeichen|Kassenzeichen"
                "|Kassenz|Vorgangsnummer|Vorgangs|Vorgangs-Nr|Vorgang|Vorg.|Antragsnummer|Antrags"
                "|Antrags-Nr|Kundennummer|Kunden|Kunden-Nr|Kd.|Kd|BG|BG-Nummer|Fallnummer"
                "|Fall|Fall-Nr|Ticketnummer|Ticket|Ticket-Nr|Dossier|Dossiernummer"
                "|Registriernummer|Bearbeitungsnummer|Bearbeitungszeichen|Kindergeldnummer"
                "|BAMF-Az|BAMF-Aktenzeichen|BAMF-Geschäftszeichen|Ref|Referenz"
                # numbers of the social insurance, family and housing benefits, a court's
                # business number, as stems before "-Nr."/"nummer" ("Versicherungsnummer",
                # "Kindergeld-Nr.", "Geschäfts-Nr.")
                "|Versicherungs|Rentenversicherungs|Sozialversicherungs|Versicherten"
                "|Krankenversicherten|Mitglieds|Kindergeld|Wohngeld|Geschäfts"
                # the file itself ("zur Akte 331/4-M 06613/21"); the police's diary number
                # ("Tgb.-Nr."), the numbers of proceedings and registers. Spelt out with their
                # number word: as stems, "Verfahrens", "Register" would open a slot at every
                # genitive of the word, to be refused there
                "|Akte|Tgb.-Nr|Tgb-Nr|Tgb.Nr|Tagebuchnummer|Tagebuch-Nr|Verfahrensnummer"
                "|Verfahrens-Nr|Registernummer|Register-Nr|Bescheidnummer|Bescheid-Nr|Bescheid Nr"
                "|Antrag Nr|Antrag-Nr|Gesch.-Nr"
                # a register office's registers ("Eheregister E 1187/2026", "unter Register A
                # 88/2027", "Standesamt Magdeburg Nr. G 204/2027"): the register's letter and
                # number/year
                "|Register|Eheregister|Geburtenregister|Geburtsregister|Sterberegister|Standesamt"
                # a course's number ("Kurs-Nr. BSK-FS-26/117"; a stem: "Kurs" alone is a word)
                "|Kurs|Kursnummer|Teilnehmer|Teilnehmernummer"
                # the number of a BÜMA (arrival as an asylum seeker), an employee's number
                "|BÜMA|BüMA|Personalnummer|Personal-Nr|Pers.-Nr"
                # a student's number at the university ("Matrikelnummer 3581194", "Matrikelnr.
                # 108 023 551 09")
                "|Matrikelnummer|Matrikelnr|Matrikel-Nr|Matrikel|Matr.-Nr"
                # the social insurance's and the family benefits office's abbreviations, as
                # stems ("SV-Nr.", "KG-Nr.")
                "|SV|KG",
    "phone_keyed": "Tel|TEL|Telefon|Telefonnummer|Telefon-Nr|Tel-Nr|Mobil|Mobilnummer"
                   "|Handy|Handynummer|Handy-Nr|Rufnummer|Fax|Festnetz|Durchwahl"
                   "|Mobiltelefon|erreichbar unter|WhatsApp|Whatsapp",
    "id_keyed": "ReisePass|Reisepass|Reisepassnummer|Pass|pass|Passnummer|Nationalpass"
                # the plural before a list ("Pässe: Z 917733, Z 917734"; "Personalausweise"
                # is read from "Personalausweis", cues.py)
                "|Pässe|Reisepässe"
                "|Personalausweis|Ausweis|Ausweisnummer|PA|eAT|Aufenthaltstitel"
                "|Aufenthaltskarte|Karten|Kartennummer|Karten-Nr|Serien|Seriennummer"
                "|Dokumenten|Dokumentennummer|Dokumenten-Nr|Passersatzpapier|Passersatz"
                "|Reiseausweis|Ankunftsnachweis|Passport|Fiktionsbescheinigung"
                "|Duldungsbescheinigung|Identitätskarte|ID-Karte|Tazkira|Führerschein"
                "|Passkopie|Ausweiskopie|Reisepasskopie|Aufenthaltsgestattung"
                # a Duldung's number (spelt out: "Duldung" alone stands in most notes)
                "|Duldung Nr|Duldung-Nr|Duldungs-Nr|Duldungsnr|Duldungsnummer"
                # a visa's number ("Visum Nr. D 01234567", "Schengen-Visum (Nr. …)")
                "|Visum|Visumnummer|Visanummer"
                # a national identity card's number: the Turkish "Kimlik" (T.C. Kimlik No.),
                # "National ID"
                "|Kimlik|National ID|National-ID"
                # a passport's word on a foreign document's copy ("Pasaporta nr.", "Pasaporte
                # No.", "Passeport n°", "Паспорт №")
                "|Pasaport|Pasaporte|Pasaporta|Pasaportë|Passeport|Paszport|Паспорт"
                # the numbers of identity cards and registers copied from a foreign document:
                # Pakistani "CNIC", Indonesian "NIK", Kosovar "Numri personal", Bulgarian
                # "Lichna karta", Ukrainian tax number "RNOKPP", French "Matricule", "Card No",
                # the Albanian passport's genitive ("Nr. i pasaportës")
                "|CNIC|NIK|Numri personal|Lichna karta|Лична карта|RNOKPP|Matricule|Card No"
                "|pasaportës",
    "azr_keyed": "AZR|Ausländerzentralregister",
    # "Steuer-?(?:ID|Id|IdNr|-IdNr|identifikationsnummer|-Identifikationsnummer)" spelt out
    # in the order the engine would try it.
    "tax_keyed": "Steuer-ID|Steuer-Id|Steuer-IdNr|Steuer--IdNr"
                 "|Steuer-identifikationsnummer|Steuer--Identifikationsnummer"
                 "|SteuerID|SteuerId|SteuerIdNr|Steuer-IdNr|Steueridentifikationsnummer"
                 "|Steuer-Identifikationsnummer|Steueridentifikationsnummer"
                 "|Identifikationsnummer|IdNr|TIN|Steuernummer|St.-Nr",
    # A court's name: a court file number without a slash ("VG Ansbach, AN 5 K 25.50123") is
    # read only in a note that names a court (patterns._file_numbers); no slot of its own.
    # Words beginning with "O" or "L" are left out: those capitals begin many other words and
    # would slow the scan ("OVG", "LSG" stand with a slash in their numbers).
    "court": "VG|VGH|BayVGH|SG|BSG|BVerwG|Gericht|Verwaltungsgericht|Sozialgericht|Amtsgericht"
             "|Familiengericht|Arbeitsgericht|Kammer|Senat",
    # Addresses: the cue opens a slot for a street in the clause after it (cues.py).
    "addr_cue": "wohnhaft|Wohnhaft|wohnt|Wohnt|Anschrift|Adresse|Meldeadresse|Meldeanschrift"
                "|Zustellanschrift|Postanschrift|Wohnanschrift|Adressänderung|c/o|gemeldet|Gemeldet|zieht"
                "|Zieht|Umzug|umgezogen",
}
_KEY_BEFORE = r"[\w-]"  # no keyword continues a word


_CAPITALISED_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]")

# How many notes the per-note caches here and in pattern_sources.py hold: a batch's shaped patterns
# run finder by finder over this many notes (detector.shaped_candidates_many).
NOTE_CACHE = 128


@functools.lru_cache(maxsize=NOTE_CACHE)
def lower_note(text: str) -> bool:
    """No word starts with a capital and goes on in lower case: a note typed in lower case
    ("IBAN", "AZR", "eAT" may stand in it). The search stops at the first capitalised word of an
    ordinary note."""
    return _CAPITALISED_WORD.search(text) is None


def _any_case(words: str) -> str:
    """The words ("a|b|…") and each in lower case."""
    listed = words.split("|")
    return "|".join(listed + sorted({w.lower() for w in listed} - set(listed)))


def _keywords(words: str, before: str = _KEY_BEFORE) -> str:
    """The literal `words` ("a|b|…") as a trie, each matching only where no character of the
    class `before` precedes it (the look-behind sits after the first letter, so the engine's
    fast scan still sees the possible first letters).

    A trie, not an alternation: the engine tried all 20 words of a list one after the other
    at every possible first letter, and "eAT" and "pass" made that every "e" and "p" of the
    text (the document keywords cost 26 µs a note). Where one word begins another ("Tel",
    "Tel-Nr") the trie tries the longer first; the keyed patterns read on with [a-z]* or need
    a number next, so the match is the one the alternation found."""
    return trie(words.split("|"), after_first=f"(?<!{before}.)")


@functools.cache
def _keyword_scan(lower: bool = False) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One pattern for every keyword of every keyed pattern, as a trie with the look-behind
    after the first letter; and for each keyword the keyed patterns it opens. Where one keyword
    begins another ("AZ" of "AZR", "Pass" of "Passport"), the scan finds the longer one: it
    opens the patterns of all its listed beginnings too. `lower`: for a note typed in lower
    case, every keyword in lower case as well."""
    by_word: dict[str, set[str]] = {}
    for name, words in _KEYWORDS.items():
        # (a court's name only as written: it opens no slot, and its lower-case forms would
        # make the scan of a lower-case note longer to compile)
        for word in (_any_case(words) if lower and name != "court" else words).split("|"):
            by_word.setdefault(word, set()).add(name)
    # (each word's beginnings looked up: comparing every pair of the 440 words was 2 ms of a
    # command-line run's start)
    opens = {word: frozenset(name for end in range(len(word) + 1)
                             for name in by_word.get(word[:end], ())) for word in by_word}
    if lower:
        return re.compile(trie(by_word, after_first=f"(?<!{_KEY_BEFORE}.)")), opens
    # Capitalised keywords only: a trie that begins with "e" or "p" would stop at every such
    # letter of the text. The few lower-case ones are substring tests (_LOWER_STARTS).
    capitalised = [word for word in by_word if not word[0].islower()]
    return re.compile(trie(capitalised, after_first=f"(?<!{_KEY_BEFORE}.)")), opens


@functools.lru_cache(maxsize=NOTE_CACHE)
def keyword_hits(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """Where a keyword begins, with the keyed patterns it opens: the one scan for all of them
    (a keyed pattern can match only there). In a note with capitals, the keywords written in
    lower case are found by substring tests (_LOWER_STARTS), at the start of a word."""
    lower = lower_note(text)
    rx, opens = _keyword_scan(lower)
    hits = [(m.start(), opens[m[0]]) for m in rx.finditer(text)]
    scanned = len(hits)
    # After an authority's or a country's capitals and a hyphen ("BAMF-Gz.",
    # "BG-Personalausweis", "LEA-Az.") or a word and a hyphen ("Schengen-Visum"), not after
    # "eAT-" ("eAT-Seriennr." is read from "eAT"): the scan, on the text after the hyphen (a
    # look-behind in the scan itself cost 1.6 µs a note).
    i = text.find("-", 2)
    while i >= 0:
        a, b = text[i - 2], text[i - 1]
        c = text[i + 1:i + 2]
        if (a.islower() and b.islower() and (lower or c.isupper()) or a.isupper() and b.isupper()
                and not (i > 2 and text[i - 3].islower())) and c.isalpha() and (
                m := rx.match(text[i + 1:i + 40])):
            hits.append((i + 1, opens[m[0]]))
        i = text.find("-", i + 1)
    for word, names in _COMPOUND_HEADS if lower else _LOWER_STARTS:
        i = text.find(word)
        while i >= 0:
            if lower and not _ends_word(text, i + len(word)):
                i = text.find(word, i + len(word))
                continue  # "passiert", "passbeschaffung": no compound ending in "pass"
            # the word it stands in ("kundennr", "reisepass"), from its start; one with a
            # capital only when it is a compound ending in a document's name ("Auslandspass",
            # "Inlandspasses": the scan saw the listed ones)
            start = i
            while start > 0 and start > i - 16 and text[start - 1].isalpha():
                start -= 1
            if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")) and (
                    (not lower and not text[start].isupper()) or (
                        start < i and names is _IDS and all(h[0] != start for h in hits)
                        and _ends_word(text, i + len(word)))):
                hits.append((start, names))
            i = text.find(word, i + len(word))
    if len(hits) > scanned:  # in the order of the text, as cues.py reads them
        hits.sort(key=_start)
    return tuple(hits)


def _start(hit: tuple[int, frozenset[str]]) -> int:
    return hit[0]


def _ends_word(text: str, end: int) -> bool:
    """Does the word end at `end`, a genitive perhaps after it ("Inlandspasses")?"""
    for tail in ("es", "s", ""):
        if text.startswith(tail, end) and not text[end + len(tail):end + len(tail) + 1].isalpha():
            return True
    return False


@functools.lru_cache(maxsize=NOTE_CACHE)
def _hinted(text: str) -> frozenset[str]:
    """The keyword patterns worth a pass: those with one of their keywords in the text, at
    the start of a word."""
    return frozenset().union(*(names for _, names in keyword_hits(text)))


_IDS = frozenset({"az_keyed", "id_keyed"})
_ADDRESS = frozenset({"addr_cue"})
# Keywords written in lower case in a note with capitals: those of the lists ("erreichbar
# unter", "eAT", "wohnhaft") and the cues people type in lower case ("az. 32.1-…", "pass-nr",
# "reisepass", "wohnt", "c/o"), by a part of the word they stand in;
# cues.py reads the whole keyword from the word's start, in either case. Each is a substring
# test of the note (about 0.25 µs): a few parts cover many words. (The nouns "Adresse",
# "Ausweis" … typed in lower case in a note with capitals are left out for that cost; in a
# note typed in lower case the scan reads every keyword.)
_LOWER_STARTS = (
    ("eAT", frozenset({"id_keyed"})), ("erreichbar unter", frozenset({"phone_keyed"})),
    ("pass", _IDS), ("ausweis", _IDS), ("az", _IDS), ("wohn", _ADDRESS), ("zieht", _ADDRESS),
    ("gemeldet", _ADDRESS), ("c/o", _ADDRESS))
# The names of documents that end compounds ("Auslandspass", "Kinderreisepass",
# "Flüchtlingsausweis"): looked for in a note typed in lower case as well.
_COMPOUND_HEADS = (("pass", _IDS), ("ausweis", _IDS))


@functools.cache
def cue_words() -> frozenset[str]:
    """The one-word keywords before a number, as written with a capital ("Steuer-ID",
    "Kassenz", "Passnummer"): words of a note's form, never a name."""
    out = set()
    for family in ("az_keyed", "phone_keyed", "id_keyed", "azr_keyed", "tax_keyed"):
        for word in _KEYWORDS[family].split("|"):
            word = word.rstrip(".")
            if " " not in word and word[:1].isupper() and len(word) > 2:
                out.add(word)
    return frozenset(out)
