"""A sixteenth labelled corpus for the anonymiser: notes by a new hand from Bavaria and
Baden-Württemberg, on the naturalisation and residence side, a third each typed into the app,
written in the office, and messy.

Why a sixteenth one: the earlier hand-written corpora have been measured and most of them read,
so none of them says any more what the detector does on notes it has never met (an outside
reviewer will measure it on ~400 notes of their own). These notes
(bench/data/aktenvermerke16.txt) were written one by one by hand in the fifteenth session
(7 Dec 2026) by the helper "corpus16", in the voices of the people who write around
naturalisation and residence in the south: caseworkers of Einbürgerungsbehörden and
Ausländerbehörden typing into the app between appointments, team leads, university
international offices and welcome centres, integration course providers, job centres, schools
and Kitas, counselling services (Caritas, Diakonie, Refugio), lawyers, interpreters, employers,
and clients themselves. They are set at the KVR München (Einbürgerung, Service-Center für
internationale Fachkräfte), the cities of Nürnberg, Fürth, Erlangen, Augsburg, Regensburg,
Ingolstadt, Rosenheim, Kempten, Stuttgart, Mannheim, Heidelberg, Karlsruhe, Pforzheim,
Heilbronn, Ulm, Freiburg and Konstanz, the Landratsämter Freising, Dachau,
Traunstein, Passau, Neu-Ulm, Günzburg, Ravensburg, Biberach, Sigmaringen, Konstanz,
Böblingen, Esslingen, Ludwigsburg, Göppingen, Tübingen, Heilbronn, Alb-Donau and
Ostalbkreis, the
Härtefallkommissionen of both Länder, the Regierungspräsidium Karlsruhe, the Agentur für
Arbeit and the Verwaltungsgerichte Stuttgart and Sigmaringen: 334 notes of 152 to 994
characters (median 369) with 1,118 name mentions (34.5 % German) of all thirty origin codes in
bench/privacy_corpus3.ORIGINS (at least 12 of each), in fourteen note types:
- typed into Gesprächskompass (102): reflections written between appointments (one after
  Gibbs' cycle, several ending with what the writer takes away), questions for supervision or
  the team lead, quick notes to self, collegial case consultations (case-giver, moderator,
  hypotheses, ideas, result);
- the offices' texts (125): Aktenvermerke, e-mails with headers (German, English, Italian,
  Portuguese, Romanian greetings), telephone notes, forms copied with their layout
  (applications, Verpflichtungserklärung, Vollmacht, EBV, payslips, SEPA mandates, fee notices,
  tables of blocked accounts and AZR numbers), statements to Härtefallkommissionen, courts
  and offices by schools, Kitas, employers, universities, counselling services and the
  Agentur für Arbeit;
- messy texts (107): team chats in lower case with emoji, WhatsApp groups of students and
  Ukrainian women, dictation with spoken punctuation (names spelt out, dates and phone numbers
  in words, a corrected passport number), handwritten notes and faxes scanned with OCR errors
  (O for 0, l for 1, an MRZ line), bullet lists and checklists, and clients' messages in
  Ukrainian (Cyrillic and transliterated), Russian and Serbian transliteration, Turkish,
  Vietnamese (with and without diacritics), Albanian, Levantine Arabic, Dari, Tigrinya,
  Urdu-English, French and Portuguese, each with the colleague's or interpreter's summary.
The same people come back across notes and types (a lawyer's letter, the caseworker's note to
self, the call-back; a Härtefall statement and the employer's call; a data-protection slip with
two men of the same surname), colleagues mostly by first name and Bavarian or Swabian short
forms (Resi, Vroni, Seppi, Quirin, Kathi, Flo), in lower case in chats.
Each office keeps its own invented Aktenzeichen style: München Einbürgerung "EB-M/22-4
2026/118830", SCIF "SCIF-M 2026/33807", Nürnberg "ORA/EB-26-02291" and "ORA/AB-26-118743",
Fürth "FÜ-EB 26/0734", Augsburg "AU 331/26/7713" and "AU-EB 26/1847", Regensburg
"RGB-33/ER-26/3390", Stuttgart "32-3.1 ABH 26/40028", Mannheim "MA-32.21-2026-0914", Ulm
"ULM 32/AE/1077-26", Freiburg "FR-ABH 2.4/26-1108", Landratsämter "RV 3.2.1-2026/448",
"BC-31.2/AE/2026/0388", "GP-32.2/AE/26-1184", "TS-31.2/AE/2026/0917", Härtefallkommissionen
"HFK-BW 0871/26" and "HFK-BY-26-0193", courts in their real formats ("11 K 4418/26"), BA
"803-81a-26-11742", BG-Nummern "82101//0077413", Kindergeldnummern "215FK418833",
Kassenzeichen "5.0812.994731.8", lawyers' own references ("226/26 Ün"), course numbers,
Matrikelnummern and an online booking's Vorgangsnummer.
The names follow the naming customs of their origins as the writer knows them: Eritrean and
Ethiopian given name + father's + grandfather's name (a caseworker addressing a man by his
father's name, "wedi" = son of, a baptismal name), Somali three-part names in Somali
spelling (Cabdi, Xasan), Afghans with one name from the Tazkira and unknown birth dates
(01.01.), Vietnamese family names first with and without diacritics and a request to drop
them after naturalisation, Chinese names family name first, a Malaysian "binti" name without a
family name, a Bhutanese and a Tibetan name without family name, Korean, Mongolian, Nepali,
Burmese and Bangladeshi names, Sikh Singh/Kaur, a Tamil initial, Kerala names, Ghanaian day
names and Twi, Yoruba, Igbo and Edo names, Gambian and Guinean names with a Rufname (Alieu,
Aliu), Senegalese and Malian names, Filipino "Ma." and "Jun-Jun" for Juanito, Latin American
paternal + maternal surnames, Ukrainian patronymics, Kazakh and Uzbek names, Chechen names,
Moldovans with Romanian passports, Bulgarian-Turkish names in two spellings (Fatme/Fatma),
Kurdish names against the Turkish passport's spelling (Xelîl/Halil, Şivan/Sivan), Bosnian,
Serbian, Kosovar and Albanian names with their diacritics, Georgian and Armenian names,
Maghrebi names with Ben and El, Italian, Spanish, Portuguese, Dutch, French and Irish names
(O'Brien written without apostrophe in a register).
German names that are ordinary words stand beside the words: Glück ("zum Glück"), Sauer
("nicht sauer"), Ernst ("ernst nehmen"), Winter (a teacher and the season), Vogel (a welcome
centre's colleague and a pigeon), Schnell (a volunteer and "schneller"), Kurz (an employer and
"kurz"), Mai (a Vietnamese given name, a German surname and the month), Sommer (a counsellor
and "im Sommer"); Roth, Fink, Wolf, König, Kaiser, Graf, Hahn, Nagel, Fuchs and Lang appear
as names; names inside firm names
(Zimmerei Hägele, Metallbau Blessing, Maschinenbau Kurz, Bäckerei Dürr, Gasthof Obermaier,
Landtechnik Hepp) are marked. Unmarked on purpose (hard negatives): offices and institutions
(KVR, LMU, FAU, TH Ingolstadt, Welcome Centre, Refugio, Caritas, Diakonie, Faire Mobilität,
Goethe-Institut, Studierendenwerk, Pflegeheim Sankt Anna), employers and brands (Bosch,
Siemens, Liebherr, Ratiopharm, Brose, Daimler Truck, dm, Expatrio, Fintiba), a place that
holds a name (Banja Luka), the job titles "Bäcker" (also a surname here) and "Koch", "Frau
Amt" (a joke), Turkish "ben" and Arabic "ana" (I), months and weekdays alone, nationalities.
Years alone ("seit 2017", "Herbst 2019") are not dates; the addresses of authorities in
letterheads are unmarked; every other date, phone number, e-mail address and bank account is
marked, an office's and a city treasury's too.
Markup conventions beyond the third corpus's (as in the ninth and thirteenth): a
Sozialversicherungsnummer and foreign identity card numbers are `ausweisnummer`;
Kassenzeichen, BG-Nummern, Kindergeldnummern, course numbers, Matrikelnummern, a booking's
Vorgangsnummer, court, BA and Härtefallkommission references and a lawyer's own reference are
`aktenzeichen`; a year of birth alone is a `geburtsdatum`; a month with its year ("Mai 2025",
"09–11/2026") is a date, a month alone is not; dates and phone numbers dictated in words are
marked; a name spelt out ("O-K-O-N-K-W-O") or quoted as a wrong form of address ("Herr
Tesfaye", "Frau Fatoumata") is a name, and so is a signature by initials ("L. M. Gonzales").
Identifiers follow their real rules: IBANs pass mod 97 (German, Ukrainian, Serbian, Turkish,
Albanian, Moldovan), Steuer-IDs their check digit and digit structure, German ten-character
document numbers their ICAO check digit, the Sozialversicherungsnummer its check digit, AZR
numbers start with a registration date, postcodes belong to the town named
(tests/test_privacy_hand_corpora.py). The writer chose every digit; only the check digits were
computed by a small calculator outside the repository. The subject matter is residence and
nationality law as of December 2026 (naturalisation after five years with multiple
citizenship accepted, the rule for the Gastarbeiter generation, Chancenkarte points, the
Westbalkanregelung and its quota, § 16b's 140 days, § 18c after 21 months with B1, § 25b,
the suspended family reunification for subsidiary protection, § 24 until March 2027).
Everything is fictional.

The notes were written without running the detector or the anonymiser on them, without
reading their code or word data and without opening the other corpora's data files; only the
markup was checked (`--count`, the tests, and a script outside the repository that listed
words marked as a name in one place and unmarked in another, and dates and numbers left
unmarked).

First measurement (lead, aggregate only, both halves, on the detector of d3fa384, before the
fifteenth session's changes): names 1,071/1,118 = 95.8 % (German 364/386), addresses 56/59,
Aktenzeichen 60/65, documents 26/27, dates 265/311 = 85.2 %, birth dates 78/80, Steuer-ID
27/28, AZR, e-mail, IBAN and phones 100 %; meaning words kept 4,802/4,928 = 97.44 %; 113
findings without counterpart. After that **half A became a development set** (`--misses`,
half A only); **half B stays untouched**: `--evaluate` prints aggregate figures only, and only
the lead runs it. At the session's end see docs/performance.md (fifteenth session).

    python -m bench.privacy_corpus16 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus16 --misses     # half A: figures and every miss in context
    python -m bench.privacy_corpus16 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke16.txt"
# The split balances kinds and note types; of the 3,000 seeds from 20261207_16 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_16 + 47
TITLE = ("Sechzehntes Korpus (handgeschrieben, Bayern und Baden-Württemberg, Einbürgerung und "
         "Aufenthalt; je ein Drittel App, Amt, unordentlich)")
# What caseworkers type into the app itself between appointments.
APP_TYPES = ("reflexion", "supervisionsfrage", "zwischennotiz", "fallberatung")
OFFICE_TYPES = ("vermerk", "mail", "telefonnotiz", "formular", "stellungnahme")
MESSY_TYPES = ("chat", "scan", "mehrsprachig", "stichpunkte", "diktat")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE)
development_half = CORPUS.development_half
sources = CORPUS.sources
build_corpus16 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())
