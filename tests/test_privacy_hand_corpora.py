"""The hand-written anonymiser corpora from the ninth on (bench/privacy_corpus9.py …) parse into
consistent notes, are big enough to measure each kind and origin in each half, hold their note
groups (typed into the app, the offices' texts, messy texts) in the shares their writers chose,
and their identifiers follow their real rules. One table says what differs between corpora;
every check runs on each. Only the markup is read: no test here runs the detector on these
notes (`--misses` of the development halves is tested in test_privacy_corpus4.py)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from types import ModuleType

import pytest

from bench.privacy_corpus import Note
from bench.privacy_corpus3 import ORIGINS, Source, counts, parse
from tests.privacy_corpus_checks import (
    MARK,
    check_azr_numbers,
    check_german_document_numbers,
    check_halves,
    check_ibans_and_tax_ids,
    check_names_marked,
    check_numbering,
    check_postcodes,
    items,
)
from tests.test_privacy_corpus3 import check_markup

IDENTIFIERS = ("adresse", "aktenzeichen", "ausweisnummer", "azr", "datum", "geburtsdatum",
               "email", "iban", "telefon", "steuer_id")
THIRD = (0.30, 0.37)


@dataclass(frozen=True)
class Spec:
    """What one corpus's writer set out to write, as far as the checks read it."""

    number: int
    development: bool  # half A is a development set (read note by note since its first measure)
    lengths: tuple[int, int] = (150, 900)  # shortest and longest note, characters
    short_share: float = 1 / 12  # at least this share of the notes is under 280 characters
    long_share: float = 1 / 12  # at least this share of the notes is over 600 characters
    shares: tuple[tuple[float, float], ...] = (THIRD, THIRD, THIRD)  # app, office, messy
    german: tuple[float, float] = (0.28, 0.42)  # share of German names among all names
    names: int = 1000  # name mentions, at least
    per_origin: int = 1  # name mentions of each origin code, at least
    at_least: dict[str, int] = field(default_factory=lambda: dict.fromkeys(IDENTIFIERS, 25))
    foreign_ibans: int = 1  # countries other than Germany among the IBANs
    azr_until: date = date(2026, 12, 7)  # the last day an AZR registration can carry
    documents: int = 10  # German ten-character document numbers to check, at least
    social_security: int = 0  # Sozialversicherungsnummern to check, at least
    addresses: int = 40  # addresses with postcode and town, at least
    identifiers_in_most_notes: bool = False


SPECS = (
    Spec(9, development=True),
    Spec(10, development=True, lengths=(150, 1100)),
    # The eleventh is written to be rich in identifiers, so that a figure per kind near 99.5 %
    # rests on more than a few dozen items; its notes run from November 2026 to May 2027.
    Spec(11, development=True,
         at_least={"adresse": 110, "aktenzeichen": 110, "ausweisnummer": 75, "azr": 35,
                   "datum": 230, "geburtsdatum": 60, "email": 45, "iban": 38,
                   "steuer_id": 28, "telefon": 85},
         foreign_ibans=8, azr_until=date(2027, 5, 31), documents=30, addresses=60,
         identifiers_in_most_notes=True),
    Spec(12, development=False),
    # Half the thirteenth is typed into the app.
    Spec(13, development=False, lengths=(140, 1100), long_share=1 / 40,
         shares=((0.45, 0.55), (0.20, 0.30), (0.20, 0.30)), german=(0.30, 0.45)),
    # The fourteenth: the skilled-worker side, the employers' and offices' texts and messy ones
    # (tickets, voicemail, OCR) most; IBANs from Luxembourg and France beside German ones.
    Spec(14, development=True, lengths=(140, 1100), long_share=1 / 40,
         shares=((0.18, 0.30), (0.38, 0.50), (0.28, 0.40)), german=(0.28, 0.45),
         foreign_ibans=2, documents=8),
    # The fifteenth: the legal and counselling side, so mostly the offices' and lawyers' texts,
    # long; IBANs of the families' seven countries (DE, RO, BG, TR, UA, PL, NL).
    Spec(15, development=True, lengths=(140, 1000), short_share=1 / 10, long_share=1 / 5,
         shares=((0.25, 0.35), (0.40, 0.50), (0.22, 0.32)), german=(0.25, 0.40), names=1400,
         per_origin=15, foreign_ibans=6, addresses=50, social_security=4),
    # The sixteenth: Bavaria and Baden-Württemberg, the naturalisation and residence side; the
    # offices' texts a little over a third; IBANs from Ukraine, Serbia, Turkey, Albania and
    # Moldova beside German ones; a few long notes (court, Härtefall, case consultations).
    Spec(16, development=True, lengths=(150, 1000),
         shares=((0.28, 0.36), (0.33, 0.41), (0.28, 0.36)), german=(0.28, 0.42), names=1100,
         per_origin=10, foreign_ibans=5, documents=14, addresses=50, social_security=1),
    # The seventeenth: Schleswig-Holstein, rural Lower Saxony and Bremerhaven, the toleration,
    # Dublin and return side; a third each; a few long statements, case consultations and
    # dictations up to 1,400 characters; IBANs of eight countries beside German ones.
    Spec(17, development=True, lengths=(150, 1400), german=(0.30, 0.45), names=1050,
         per_origin=12, foreign_ibans=8, documents=10, addresses=35, social_security=3),
    # The eighteenth: Hesse and Thuringia, the study, research, skilled-work, family and
    # naturalisation side; a third each; a few long statements and case consultations up to
    # 1,100 characters; IBANs of nine countries beside German ones.
    Spec(18, development=False, lengths=(150, 1100), german=(0.28, 0.42), names=1100,
         per_origin=15, foreign_ibans=9, documents=12, addresses=50, social_security=2),
)

# Postcode areas of the towns the corpora's addresses name (first digits of their postcodes).
# A town with a parenthesis is read up to it: "Frankfurt" is Frankfurt (Oder), "Halle" Halle
# (Saale); Frankfurt on the Main is written out. Forbach (Moselle) is French: 57600.
POSTCODES = {
    "Aachen": ("520",), "Anklam": ("1738",), "Augsburg": ("861",), "Backnang": ("7152",),
    "Bad Aibling": ("830",), "Bad Segeberg": ("2379",), "Bad Wiessee": ("837",),
    "Bamberg": ("960",), "Beeskow": ("1584",), "Berlin": ("10", "12", "13", "14"),
    "Bielefeld": ("336", "337"), "Bingen am Rhein": ("554",), "Bochum": ("447", "448"),
    "Bonn": ("531", "532"), "Braunschweig": ("381",), "Bremen": ("28",),
    "Bremerhaven": ("275",), "Chemnitz": ("091", "092"), "Cottbus": ("030",),
    "Darmstadt": ("642",), "Dessau-Roßlau": ("068",), "Dillingen": ("667",),
    "Dortmund": ("44",), "Dresden": ("01",), "Duisburg": ("47",), "Düsseldorf": ("40",),
    "Eckernförde": ("2434",), "Eisenhüttenstadt": ("1589",), "Ellwangen": ("7347",),
    "Elmshorn": ("2533",), "Erding": ("854",), "Erfurt": ("99",), "Erlangen": ("910",),
    "Essen": ("45",), "Esslingen am Neckar": ("737",), "Flensburg": ("249",),
    "Forbach": ("576",), "Frankfurt": ("152",), "Frankfurt am Main": ("60", "65"),
    "Freiburg im Breisgau": ("790", "791"), "Freising": ("853",), "Friedland": ("3713",),
    "Fulda": ("360",), "Fürstenwalde": ("1551",), "Fürth": ("907",), "Gelnhausen": ("6357",),
    "Gelsenkirchen": ("458", "459"), "Gera": ("075",), "Gießen": ("353",),
    "Greifswald": ("174",), "Göppingen": ("730",), "Göttingen": ("370",),
    "Hagen": ("580", "581"), "Halberstadt": ("388",), "Halle": ("061",),
    "Hamburg": ("20", "21", "22"), "Hanau": ("634",), "Hannover": ("30",),
    "Harrislee": ("2495",), "Heidelberg": ("691",), "Heilbronn": ("740", "741"),
    "Holzkirchen": ("836",), "Homburg": ("664",), "Ingolstadt": ("850",), "Jena": ("077",),
    "Kaiserslautern": ("676",), "Kaltenkirchen": ("2456",), "Kamen": ("5917",),
    "Karlsruhe": ("760", "761"), "Kassel": ("341",), "Kehl": ("7769",), "Kiel": ("241",),
    "Koblenz": ("560",), "Konstanz": ("784",), "Konz": ("543",), "Köln": ("50", "51"),
    "Lahr": ("7793",), "Landau in der Pfalz": ("768",), "Landstuhl": ("668",),
    "Leipzig": ("04",), "Ludwigsburg": ("716",), "Ludwigshafen": ("670",),
    "Ludwigshafen am Rhein": ("670",), "Ludwigslust": ("1928",), "Lübeck": ("235",),
    "Lüneburg": ("213",), "Lünen": ("445",), "Magdeburg": ("390", "391"), "Maintal": ("6347",),
    "Mainz": ("551",), "Manching": ("850",), "Mannheim": ("681", "682"), "Marburg": ("350",),
    "München": ("80", "81"), "Münster": ("481",), "Neubrandenburg": ("170",),
    "Neumünster": ("245",), "Neunkirchen": ("665",), "Nostorf": ("1925",), "Nürnberg": ("90",),
    "Oberhausen": ("460", "461"), "Offenbach am Main": ("630",), "Offenburg": ("776",),
    "Oldenburg": ("261",), "Osnabrück": ("490",), "Paderborn": ("3309", "3310"),
    "Pasewalk": ("1730",), "Passau": ("940",), "Pforzheim": ("751",), "Pinneberg": ("2542",),
    "Pirmasens": ("669",), "Potsdam": ("144",), "Regensburg": ("930",), "Rendsburg": ("2476",),
    "Reutlingen": ("727",), "Rosenheim": ("830",), "Rostock": ("180", "181"),
    "Saarbrücken": ("661",), "Saarlouis": ("667",), "Salzgitter": ("382",),
    "Sankt Augustin": ("537",), "Schorndorf": ("7361",), "Schwelm": ("5833",),
    "Schwerin": ("190",), "Siegburg": ("5372",), "Siegen": ("5707", "5708"),
    "Sigmaringen": ("7248",), "Solingen": ("426", "427"), "Speyer": ("673",),
    "Stendal": ("395",), "Stralsund": ("184",), "Stuttgart": ("70",), "Suhl": ("985",),
    "Sulzbach": ("662",), "Trier": ("542",), "Troisdorf": ("538",), "Ulm": ("890",),
    "Unna": ("594",), "Waiblingen": ("7133",), "Wedel": ("2288",), "Wiesbaden": ("651", "652"),
    "Wismar": ("239",), "Wolfsburg": ("384",), "Worms": ("675",), "Wuppertal": ("42",),
    "Würzburg": ("970",), "Zwickau": ("080",),
    # Added with the sixteenth corpus.
    "Dachau": ("852",),
    "Friedrichshafen": ("880",),
    "Günzburg": ("893",),
    "Kempten": ("874",),
    "Nürtingen": ("726",),
    "Ravensburg": ("882",),
    "Schwäbisch Gmünd": ("735",),
    "Sindelfingen": ("710",),
    "Singen": ("782",),
    "Traunstein": ("832",),
    "Tübingen": ("720",),
    # Added with the seventeenth corpus.
    "Aurich": ("266",),
    "Brunsbüttel": ("2554",),
    "Cloppenburg": ("4966",),
    "Cuxhaven": ("2747",),
    "Dinklage": ("4941",),
    "Emden": ("267",),
    "Friesoythe": ("2616",),
    "Garrel": ("4968",),
    "Husum": ("2581",),
    "Leer": ("267",),
    "Lindern": ("4969",),
    "Lohne": ("4939",),
    "Meppen": ("497",),
    "Norden": ("265",),
    "Otterndorf": ("2176",),
    "Papenburg": ("268",),
    "Schleswig": ("248",),
    "Sylt": ("2598",),
    "Vechta": ("4937",),
    "Weener": ("268",),
    # Added with the eighteenth corpus.
    "Baunatal": ("3422",),
    "Eschborn": ("6576",),
    "Ronneburg": ("0757",),
}


@dataclass(frozen=True)
class Corpus:
    """One corpus's module, sources and parsed notes."""

    spec: Spec
    module: ModuleType
    sources: list[Source]
    notes: list[Note]

    @property
    def build(self) -> Callable[[], tuple[list[Note], list[Note]]]:
        return getattr(self.module, f"build_corpus{self.spec.number}")


@cache
def corpus(number: int) -> Corpus:
    spec = next(s for s in SPECS if s.number == number)
    module = importlib.import_module(f"bench.privacy_corpus{number}")
    sources = module.sources()
    return Corpus(spec, module, sources, [parse(s.text) for s in sources])


each = pytest.mark.parametrize("number", [s.number for s in SPECS],
                               ids=[f"corpus{s.number}" for s in SPECS])


@each
def test_every_item_and_meaning_word_is_the_text_at_its_span(number):
    """Each item's text equals the note's text at its span and is what the markup enclosed, in
    order; items never overlap; meaning words lie inside the note and never overlap an item; no
    markup is left in the plain text."""
    c = corpus(number)
    check_markup(c.sources, c.notes)


@each
def test_a_name_is_marked_without_title_and_with_its_origin(number):
    """Names carry an origin code and are marked as written, without "Herr"/"Frau"/"Dr." inside
    the mark."""
    check_names_marked(corpus(number).sources)


@each
def test_the_notes_are_numbered_once_and_vary_in_length(number):
    """Numbers run 1, 2, 3 … without gaps; each note is of a known type and within the corpus's
    bounds of length, and the lengths vary: the corpus's shares of notes under 280 characters
    and over 600."""
    c = corpus(number)
    check_numbering(c.sources, c.notes, c.module.TYPES, *c.spec.lengths)
    lengths = [len(n.text) for n in c.notes]
    assert sum(n < 280 for n in lengths) >= len(lengths) * c.spec.short_share, sorted(lengths)
    assert sum(n > 600 for n in lengths) >= len(lengths) * c.spec.long_share, sorted(lengths)


@each
def test_app_notes_office_texts_and_messy_notes_are_in_their_shares(number):
    """Notes typed into the app, the offices' texts and messy notes each make up the share of
    the notes their writer set out to write (a third each, or half typed into the app)."""
    c = corpus(number)
    groups = (c.module.APP_TYPES, c.module.OFFICE_TYPES, c.module.MESSY_TYPES)
    for group, (low, high) in zip(groups, c.spec.shares, strict=True):
        share = sum(s.type in group for s in c.sources) / len(c.sources)
        assert low <= share <= high, (group, share)


@each
def test_the_corpus_is_big_enough_to_measure_every_kind_and_origin(number):
    """At least 300 notes and the corpus's number of name mentions (at least 1,000, about a third
    German), every origin code in use, and enough of each identifier kind that a figure per
    kind means something."""
    c = corpus(number)
    n = counts(c.notes)
    low, high = c.spec.german
    assert len(c.notes) >= 300, len(c.notes)
    assert n["person"] >= c.spec.names, n["person"]
    assert low <= n["person:de"] / n["person"] <= high, n["person:de"]
    assert {o: n[f"person:{o}"] for o in ORIGINS if n[f"person:{o}"] < c.spec.per_origin} == {}
    assert {k: n[k] for k, least in c.spec.at_least.items() if n[k] < least} == {}


@each
def test_the_halves_are_fixed_disjoint_balanced_and_hold_every_note_type_kind_and_origin(number):
    """The seeded split gives the same halves each time, of equal size ±1, together all notes,
    each with every note type, every kind and names of every origin, with counts per kind
    within a third of each other."""
    c = corpus(number)
    check_halves(c.build, c.sources, c.notes, c.module.TYPES, every_origin=True)


@each
def test_only_a_development_half_a_is_shown_note_by_note(number):
    """A corpus whose half A is a development set shows exactly half A's notes note by note and
    none of half B's; an untouched corpus shows none."""
    c = corpus(number)
    assert c.module.CORPUS.development is c.spec.development
    if not c.spec.development:
        with pytest.raises(ValueError):
            c.module.CORPUS.development_half()
        return
    a, b = c.build()
    development = [m.note.text for m in c.module.CORPUS.development_half()]
    assert development == [n.text for n in a]
    assert not set(development) & {n.text for n in b}


@each
def test_the_command_line_counts(number, capsys):
    """`--count` prints notes and items per half."""
    assert corpus(number).module.main(["--count"]) == 0
    assert "Notizen" in capsys.readouterr().out


@each
def test_ibans_and_tax_ids_follow_their_rules(number):
    """IBANs pass mod 97 (German ones are 22 characters, and some are foreign); Steuer-IDs pass
    their check digit and their digit structure (one digit twice or three times among the
    first ten, never three in a row)."""
    c = corpus(number)
    check_ibans_and_tax_ids(c.notes)
    assert len({v[:2] for v in items(c.notes, "iban")} - {"DE"}) >= c.spec.foreign_ibans


@each
def test_azr_numbers_start_with_a_plausible_registration_date(number):
    """AZR numbers are 12 digits whose first six are a registration date (YYMMDD) between 2000
    and the last day the corpus's notes are set."""
    c = corpus(number)
    check_azr_numbers(c.notes, c.spec.azr_until)


@each
def test_german_document_numbers_carry_their_icao_check_digit(number):
    """German card, eAT and passport numbers written with ten characters (nine of the
    authority's alphabet and a digit) carry a valid ICAO check digit."""
    c = corpus(number)
    check_german_document_numbers(c.notes, at_least=c.spec.documents)


@each
def test_addresses_name_a_postcode_of_their_town(number):
    """Every address written with a postcode names a town whose postcodes start that way."""
    c = corpus(number)
    check_postcodes(c.notes, POSTCODES, at_least=c.spec.addresses)


@pytest.mark.parametrize("number", [s.number for s in SPECS if s.identifiers_in_most_notes])
def test_most_notes_carry_identifiers_where_the_corpus_is_written_for_them(number):
    """Where a corpus is written to be rich in identifiers, most notes carry at least one, as
    real Aktenvermerke, letters and forms do, and most of the offices' texts two or more."""
    c = corpus(number)
    ids = [sum(i.kind != "person" for i in n.items) for n in c.notes]
    assert sum(n > 0 for n in ids) >= 0.8 * len(c.notes)
    office = [k for s, k in zip(c.sources, ids, strict=True) if s.type in c.module.OFFICE_TYPES]
    assert sum(n >= 2 for n in office) >= 0.8 * len(office)


@each
def test_a_plural_or_genitive_s_stays_outside_the_mark(number):
    """A name is marked without a trailing plural or genitive s ("die [[yordanov]]s",
    "[[rami]]s handy"): no marked name is another marked name with an s added."""
    c = corpus(number)
    names = {m[3].lower() for s in c.sources for m in MARK.finditer(s.text) if m[1] == "person"}
    assert sorted(n for n in names if n.endswith("s") and n[:-1] in names) == []


def _svnr_check(number: str) -> str:
    """The check digit of a German Sozialversicherungsnummer (area, birth date, initial, serial):
    the letter becomes its two-digit place in the alphabet, the digits are weighted 2, 1, 2, 5,
    7, 1, 2, 1, 2, 1, 2, 1 and the digit sums of the products are added up modulo 10."""
    digits = number[:8] + f"{ord(number[8]) - 64:02d}" + number[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    return str(sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
               % 10)


@each
def test_sozialversicherungsnummern_carry_their_check_digit(number):
    """Every Sozialversicherungsnummer (marked `ausweisnummer`, written without spaces) carries
    a valid check digit and a real birth date in it; a corpus that set out to write them has
    its number of them."""
    c = corpus(number)
    numbers = [v for v in items(c.notes, "ausweisnummer") if re.fullmatch(r"\d{8}[A-Z]\d{3}", v)]
    assert len(numbers) >= c.spec.social_security, numbers
    for v in numbers:
        assert _svnr_check(v) == v[11], v
        date(1900 + int(v[6:8]) if int(v[6:8]) > 26 else 2000 + int(v[6:8]),
             int(v[4:6]), int(v[2:4]))
