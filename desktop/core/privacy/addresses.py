"""Addresses by their shape: a street with its house number (a street word, an adjective
before one, a preposition opening the name: "Lange Reihe 3", "Am Markt 2"), a postcode with its
town, and the two joined where they form one address. Notes typed in lower case are read with
stricter variants (a sure street word, a town that is no German word). An address after its cue
("wohnhaft", "Anschrift" …) is read by cues.py, whatever its shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.privacy.keywords import lower_note
from desktop.core.privacy.letterhead import in_letterhead
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.model import Kind
from desktop.core.privacy.pattern_sources import (
    _NOT_TOWN,
    _STREET_NOUNS,
    _TOWN_PREFIXES,
    _digit_count,
    _digit_shape,
    _first_digit,
    _pat,
    _rx,
    _rx_lower,
)
from desktop.core.privacy.spoken_addresses import spoken_addresses

Candidate = tuple[int, int, Kind, int]


def addresses(text: str, priority: int) -> Iterator[Candidate]:
    """Streets with a house number and postcodes with their town, joined where they form one
    address ("Hauptstraße 12, 04109 Leipzig"), each candidate with the given priority. What
    narrows the place down belongs to it: the value of an address field from its start
    ("Anschrift: Rieth, Berliner Straße 12, …", "Unterkunft: GU Lilienthalstraße 25, …"), a
    district before it ("Neckarstadt-West, Mittelstraße 40, …"), the flat or room after it
    ("…, 04209 Leipzig, Zi. 114", "Neuburger Str. 45, Zi. 7"). Not an authority's address in
    its letterhead (letterhead.py)."""
    for start, end in _addresses(text):
        start = _lead(text, start, end)
        if start and text[start - 1] in " \n" and in_letterhead(text, start):
            continue
        yield start, _room_end(text, end), Kind.ADRESSE, priority


# Words of position before a street's name ("Äußere Brucker Str. 51", "Obere Bachgasse 4").
_POSITION = re.compile(r"(?<![\w-])(?:Äußere|Innere|Obere|Untere|Mittlere|Vordere|Hintere|Alte"
                       r"|Neue|Große|Kleine|Hohe|Lange|Östliche|Westliche|Nördliche|Südliche) $")
# Before ", <street>": a district named with its town ("Rostock-Evershagen, ", "Stuttgart-Bad
# Cannstatt, "); not a house or an office with the town's name ("Ausländerbehörde Lübeck,
# Kronsforder Allee …" is a word)
_BEFORE = re.compile(r"(?<![\w-])(?P<town>[A-ZÄÖÜ]\w+)-(?:Bad )?[A-ZÄÖÜ][\w-]*, $")
_TOWN = re.compile(r"[0-9]{5} ([A-ZÄÖÜ][\w]+)")
# A shelter before the street, where someone lives ("wohnhaft Clearinghaus Potsdam,
# Kastanienallee 12, …", "Wohnen vorläufig Gemeinschaftsunterkunft Ulmer Straße 227, …"): its name is part of
# the address; not after an article or a noun ("in der Gemeinschaftsunterkunft Am Bach 2",
# "Belegungsliste Gemeinschaftsunterkunft …" name the house, no one's address)
# (the shelter's word first: the engine skips ahead to its first letters)
_SHELTER = re.compile(r"(?:Gemeinschaftsunterkunft|Clearinghaus|Sammelunterkunft"
                      r"|Flüchtlingsunterkunft|Notunterkunft|Übergangswohnheim"
                      r"|Erstaufnahmeeinrichtung|Wohnheim|GU)(?: [A-ZÄÖÜ][\w-]*)?(?:, | Komma | )$")
_LIVES = re.compile(r"(?<![\w-])(?:wohnhaft|wohnt|wohnen|Wohnen|lebt|leben|vorläufig|derzeit"
                    r"|zurzeit|jetzt) $")


def _lead(text: str, start: int, end: int) -> int:
    """Where an address begins with what stands before it on its line: the start of an address
    field's value, a district's name before a comma, a word of position before the street."""
    if start < 4:
        return start
    if text[start - 2] == "e" and (m := _POSITION.search(text, max(0, start - 10), start)):
        return m.start()
    rx = _rx()
    line = text.rfind("\n", 0, start) + 1
    # (the field's label from its line's start, or after a sentence on its line: "(Weisung …).
    # Neue Unterkunft: …"; a search from every position cost 15 µs a note)
    field = line if start - line <= 80 else -1
    if field >= 0 or (field := text.find(". ", start - 80, start) + 2) > 1:
        colon = text.find(":", field, start)
        if colon >= 0 and (m := rx["address_field"].match(text, field, start)) is None and (
                sentence := text.rfind(". ", field, colon) + 2) > 1:
            m = rx["address_field"].match(text, sentence, start)
        if colon >= 0 and m is not None and not any(
                w in _TITLES for w in m["pre"].replace(",", " ").split()):
            return m.start("pre")
    if text[start - 1] == " " and (m := _SHELTER.search(text, max(line, start - 70), start)) \
            and _LIVES.search(text, max(0, m.start() - 12), m.start()):
        return m.start()
    if text[start - 2:start] == ", " and (m := rx["district"].search(
            text, max(line, start - 40), start)) is not None:
        return m.start()
    if text[start - 2:start] == ", " and (m := _BEFORE.search(text, max(line, start - 40), start)) \
            and (town := _TOWN.search(text, start, end)) is not None and town[1] == m["town"]:
        return m.start()  # "Rostock-Evershagen, …, 18106 Rostock": a part of the same town
    return start


def _room_end(text: str, end: int) -> int:
    """Where an address ends with the flat or room after it ("…, WG Zimmer 3", "…, Zi. 114")."""
    if text[end:end + 1] != ",":
        return end
    m = _rx()["room_after"].match(text, end)
    return end if m is None else m.end()


def _addresses(text: str) -> Iterator[tuple[int, int]]:
    rx = _rx()
    lex = lexicon()
    streets: list[tuple[int, int]] = []
    street_names = ["street_word"] + (
        ["street_adj"] if rx["street_words"].search(text) else [])
    for name in street_names:
        streets.extend(m.span() for m in rx[name].finditer(text))
    lower_case = lower_note(text)
    if lower_case:
        streets.extend(_lower_streets(text))
        if _rx_lower()["street_words_lc"].search(text):
            streets.extend(m.span() for m in _rx_lower()["street_adj_lc"].finditer(text))
    if " Punkt" in text:  # (a dictated note says its sentences' ends)
        streets.extend(spoken_addresses(text))
    streets = [(_street_start(text, start), end) for start, end in streets]
    if "ostfach" in text:
        streets.extend(m.span() for m in rx["po_box"].finditer(text))
    for m in _pat("street_prep", text).finditer(text):
        word = m["w"].lower()
        if word in _STREET_NOUNS or not lex.is_stopword(word):
            streets.append(m.span())
    towns: list[tuple[int, int]] = []
    for m in (rx["postcode"].finditer(text, _first_digit(text))
              if "00000" in _digit_shape(text) else ()):
        town = m["town"].removeprefix("St.").split()[0].split("-")[0]  # "St. Ingbert"
        lower = town.lower()
        if m["plz"] == "00000" or lower in _NOT_TOWN:
            continue
        second = m["second"]
        if lex.is_stopword(town) and lower not in lex.places and not (
                second and town in _TOWN_PREFIXES):  # "61348 Bad Homburg", not "12345 Bad"
            continue
        end = m.end()
        if second and (text[m.start("second") - 1] == "\n" or not (
                town in _TOWN_PREFIXES or second.lower() in lex.places)):
            # "04109 Leipzig Herr …": the second word is not part of the town, nor one on the
            # next line ("18107 Rostock⏎IBAN …")
            end = m.start("second") - 1
        elif m["prep"] == "bei" and m["tw"].lower() not in lex.places:
            end = m.start("prep") - 1  # "22769 Hamburg bei Hoffmann": a person, no place
        towns.append((m.start() - 2 if text[m.start() - 2:m.start()] == "D-" else m.start(), end))
    if lower_case:
        towns.extend(_lower_towns(text))
    # "Hauptstraße 12, 04109 Leipzig" is one address.
    town_starts = {start: end for start, end in towns}
    town_ends = {end: start for start, end in towns}
    joined: set[int] = set()
    join = rx["address_join"]
    for start, end in streets:
        j = join.match(text, end)
        if j and j.end() in town_starts:
            joined.add(j.end())
            yield care_of_start(text, start), town_starts[j.end()]
        elif start - 2 in town_ends and text[start - 2:start] == ", ":
            # "in 90762 Fürth, Bahnhofstr. 3": the postcode and town first
            joined.add(town_ends[start - 2])
            yield town_ends[start - 2], end
        else:
            yield _town_before(text, start, end), _town_after(text, end)
    for start, end in towns:
        if start in joined:
            continue
        street = rx["street_before_town"].search(text, max(0, start - 60), start) if text[
            start - 2:start] == ", " or text[start - 1:start] == "\n" else None
        begin = start
        if street is not None:
            words = street[0].split(" ")
            begin = street.start()
            # "Wohnhaft Im Winkel 72, …": a word before a street's opening word is not part
            # of it; "Obdachlosenunterkunft Kohlbruck 3, …": nor a noun before a name that is
            # no word; "Seit 2019, 30161 Hannover": a common word is no street, "Straße der
            # Nationen 88" is one
            while len(words) > 2 and words[0] not in _STREET_OPENERS and (
                    words[1] in _STREET_OPENERS or lex.is_stopword(words[0])
                    and words[1][0].isupper() and not lex.is_stopword(words[1])):
                begin += len(words.pop(0)) + 1
            if lex.is_stopword(words[0]) and words[0] not in _STREET_OPENERS and not (
                    words[0] in _GENITIVE_STREETS and words[1] in ("der", "des")):
                begin = start
            else:
                begin = care_of_start(text, begin)
        elif text[start - 2:start] == ", " and text.startswith("681", start):
            # Mannheim's squares: a block's letter and number, then the house ("L 15, 9–10,
            # 68161 Mannheim"), only before the postcodes of Mannheim's centre
            square = rx["square"].search(text, max(0, start - 24), start)
            begin = start if square is None else square.start()
        yield begin, end


def _town_before(text: str, start: int, end: int) -> int:
    """Where a street begins with its town before it, after "in", "nach" …: "in Schwabach,
    Königsplatz 1 gemeldet", dictated "nach Fürth Komma Königswarterstraße 40 verzogen", "in
    Nürnberg-Langwasser, Glogauer Str. 30". The town a listed place (its first part); a town
    without a street stays a word, as everywhere."""
    if text[start - 2:start] != ", " and not text.endswith(" Komma ", 0, start) or (
            " Komma " in text[start:end]):
        return start  # (a dictated address that names its town after the street)
    m = _rx()["town_before_street"].search(text, max(0, start - 48), start)
    if m is None or not lexicon().is_place(m["town"].split("-")[0].lower()):
        return start
    return m.start("town")


def _town_after(text: str, end: int) -> int:
    """Where a street ends with its town after a comma, without a postcode: "Lindenweg 4,
    Erlangen, hat angerufen", "Hauptstraße 12, Nürnberg." The town a listed place, its clause
    ending after it. Or after "in", as one says an address: "Karl-Liebknecht-Straße 48 in
    Leipzig"."""
    if text.startswith(" in ", end):
        return _town_in(text, end)
    if not text.startswith(", ", end):
        return end
    m = _rx()["town_after_street"].match(text, end)
    if m is None or not lexicon().is_place(m["town"].lower()):
        return end
    return m.end("town")


def _town_in(text: str, end: int) -> int:
    """The end of " in Leipzig" after a street, the town a listed place (its first part)."""
    m = _SPOKEN["town_in"].match(text, end)
    if m is None or not lexicon().is_place(m["town"].split("-")[0].lower()):
        return end
    return m.end()


_SPOKEN = {
    "town_in": re.compile(r" in (?P<town>[A-ZÄÖÜ][\w]+(?:-[A-ZÄÖÜ][\w]+)*)(?![\w-])"),
}


def _street_start(text: str, start: int) -> int:
    """Where a street found by its street word begins: a capitalised opener before it belongs
    to it ("Am Weingarten 7", "An der Hauptstraße 3"), so does a place's adjective ("Kalker
    Hauptstraße 147", "Falkenseer Chaussee"): a word ending in "er" that names a place or is
    no German word ("Lehrer", "Becker" are words)."""
    if start < 3 or text[start - 1] != " " or text[start - 2] not in "mnfr":
        return start  # the word before ends as no opener or adjective does
    m = _rx()["street_lead"].search(text, max(0, start - 24), start)
    if m is None:
        return start
    if m["opener"] is not None:
        return m.start()
    lw = m["adj"].lower()
    lex = lexicon()
    return m.start() if lex.is_place(lw) or not lex.is_word(lw) else start


_TITLES = frozenset({"Frau", "Herrn", "Herr", "Fam.", "Familie"})
# Street nouns that open a name in the genitive ("Straße der Nationen 88", "Platz des Friedens 1")
_GENITIVE_STREETS = frozenset({"Straße", "Platz", "Allee", "Weg", "Ring", "Brücke", "Park"})


def care_of_start(text: str, start: int) -> int:
    """Where an address begins that a care-of line opens ("c/o Kabir, Hanauer Landstraße 30",
    "c/o Gemeindehaus St. Antonius, …", "bei Schröder, Greifswalder Str. 88"): the line is part
    of the postal address. After "bei" only names: capitalised words that are no nouns ("bei der
    Beratungsstelle, …" stays words)."""
    if text[start - 2:start] != ", ":
        return start
    m = _rx()["care_of"].search(text, max(0, start - 48), start)
    if m is None:
        return start
    if m["co"] is None:
        lex = lexicon()
        if any(lex.is_noun(w.lower()) for w in m["who"].split() if w not in _TITLES):
            return start
    return m.start()


# Small words a street name may start with ("Im Kampe 9", "An der Alten Mühle 3").
_STREET_OPENERS = frozenset({"Am", "Im", "An", "Auf", "Zum", "Zur", "In", "Unter", "Hinter",
                             "Vor", "Alte", "Alter", "Altes", "Neue", "Neuer", "Neues", "Hohe",
                             "Lange", "Große", "Kleine", "Obere", "Untere"})


def _lower_streets(text: str) -> Iterator[tuple[int, int]]:
    """Streets in a note typed in lower case: a sure street word ending the name and a house
    number ("marienstr. 41", "am alten weg 3" gives "alten weg 3"), not a common word ("bring 2")."""
    if _digit_count(text) == 0:
        return
    lex = lexicon()
    for m in _rx_lower()["street_word_lc"].finditer(text):
        word = m[0].split()[0].rstrip(".")
        if word.endswith(("str", "straße", "strasse")) or not (
                lex.is_stopword(word) or word in lex.common_words):
            yield m.span()


def _lower_towns(text: str) -> Iterator[tuple[int, int]]:
    """A postcode and a town in lower case ("30171 hannover"): the town a listed place, or no
    German word ("30171 ahlten"; a capitalised town needs only to be no meaning word, but in
    lower case "… 49932 zugesagt" ends a phone number)."""
    if "00000" not in _digit_shape(text):
        return
    lex = lexicon()
    for m in _rx_lower()["postcode_lc"].finditer(text, _first_digit(text)):
        town = m["town"].split("-")[0]
        if m["plz"] == "00000" or town in _NOT_TOWN:
            continue
        if town not in lex.places and (lex.is_stopword(town) or lex.is_word(town)
                                       or lex.is_compound(town)):
            continue  # "rückruf unter 07438 49932 zugesagt"
        second, tail = m["second"], m["tail"]
        if second and not (town.capitalize() in _TOWN_PREFIXES or second in lex.places):
            yield m.start(), m.end("town")  # "28195 bremen seit …"
            continue
        word = m["tw"] or m["tw2"]
        if tail and word and word not in lex.places and lex.is_stopword(word):
            yield m.start(), m.start("tail")  # "28195 bremen am montag"
            continue
        yield m.span()
