"""A tenth labelled corpus for the anonymiser: notes by a new hand from North Rhine-Westphalia,
Lower Saxony, Saxony and Thuringia, a third each typed into the app, written in the office,
and messy.

Why a tenth one: the ninth corpus is now measured too, and the outside reviewer will measure the
detector on ~400 notes by a hand the project has never seen. These notes
(bench/data/aktenvermerke10.txt) were written one by one by hand in the twelfth session
(7 Dec 2026) by the helper "corpus10", set in Köln, Düsseldorf, Duisburg, Essen, Dortmund,
Bochum, Gelsenkirchen, Bielefeld, Münster, Aachen (StädteRegion), Siegen (Kreis
Siegen-Wittgenstein), Hagen, Wuppertal, Paderborn (Kreis), Kreis Unna (Unna, Kamen), the
Rhein-Sieg-Kreis (Siegburg, Troisdorf, Sankt Augustin), Hannover (Region), Braunschweig,
Osnabrück, Oldenburg, Göttingen, Wolfsburg, Salzgitter, Lüneburg (Landkreis), Friedland (LAB NI),
Leipzig, Dresden, Chemnitz, Zwickau (Landkreis), Erfurt, Jena, Gera and Suhl (EAE): 391 notes
of 162 to 1,014 characters with 1,687 name mentions (35 % German) of all thirty origin codes in
bench/privacy_corpus3.ORIGINS, in sixteen note types:
- typed into Gesprächskompass (132): reflections after a hard conversation, reflections along
  Gibbs' cycle (description, feelings, evaluation, analysis, conclusion, action plan), notes
  before supervision, a supervisor's, mentor's, team lead's or trainer's written feedback,
  collegial case consultations (Heilsbronn model, Kopfstand, resonance rounds); colleagues by
  first name, first person, doubts and shame as much as things that went well;
- the office's texts (124): Aktenvermerke under each office's letterhead, Anhörungsprotokolle in
  question/answer form with speaker labels (SB:, F:/A:, initials), e-mail threads with quoted
  earlier replies ("> ", "Am … schrieb …", "-----Ursprüngliche Nachricht-----"), Wiedervorlage,
  Fristen and appointment lists, excerpts from letters of Jobcenter, Standesamt, Familienkasse,
  Agentur für Arbeit, Gesundheitsamt, Verwaltungsgericht, employers, schools, Kitas, lawyers,
  doctors and counselling services;
- messy texts (135): dictation with spoken punctuation ("Komma", "Punkt", "Doppelpunkt",
  "Anführungszeichen", self-corrections, numbers and addresses spoken as words), lower-case team
  chats with emoji, OCR copies (O for 0, l/1 for each other, broken lines, a split word) of
  letters, passports, ID cards, bank statements, payslips, certificates and contracts, form
  fields copied out ("Familienname / Geburtsname", "Name: … Vorname: …", Anlage K), tables with
  pipes and semicolons, and notes mixing German with English, French, Turkish, Russian,
  Ukrainian, Bulgarian, transliterated Arabic and Darija, Farsi, Tajik and Bangla.

Each office has its own Aktenzeichen style, kept throughout (Köln "332/2-KN 4471/26",
Düsseldorf "D-54/3.12-A 20961", Duisburg "DU 33-2 / 118402", Essen "E-32-AB-2026-004417",
Dortmund "DO/30/2-11873-26", Bochum "BO 32.20.07/5529", Gelsenkirchen "GE-AuslB 3/2260/25",
Bielefeld "BI 320.1-88104", Münster "MS 32/AB-19377", Aachen "SR-AC 32.3-7716/26", Siegen
"SiWi-32-4-01183", Hagen "HA 32/5-2219", Wuppertal "W 104.4-39228", Paderborn "PB-36.2-1452/24",
Unna "UN 32.1-9902/26", Rhein-Sieg "RSK 33.2-15076", Hannover "RH 32.24-A-73391", Braunschweig
"BS 32.3-66021", Osnabrück "OS-AB-3/12540", Oldenburg "OL 323-4478/26", Göttingen
"GÖ-32.1.2-2901", Wolfsburg "WOB 0322-16705", Salzgitter "SZ 32/7735", Lüneburg "LG-A 2026/0416",
Friedland BÜMA "LAB-FRI 26-03391", Leipzig "L-AB 32.21-115806", Dresden "DD 32.3.3-50412/26",
Chemnitz "C-31.41-7728", Zwickau "Z-3211/26-0448", Erfurt "EF 330.2-2026-913", Jena
"J-32.40/4412", Gera "G-3324-10059", Suhl "SHL 32.1-3307"), beside BAMF numbers, BG-Nummern,
Kindergeldnummern, Kassenzeichen, court and police numbers. The writer's own habits: dates as
"04.12.2026" or "09.12." (in lists "08.12.26"), FB, AE, NE, WV, SB, "lt.", phone numbers in
blocks ("0231 50-2 71 09"), and a habit of correcting herself in the middle of a note.

The names follow the naming customs of their origins as the writer knows them, with weight on
those earlier hands used less: West Africa (Guinea, Sierra Leone, Gambia, Senegal, Mali,
Mauritania: Diallo, Bah, Barry, Sow, Camara, Sesay, Kamara, Bangura, Koroma, Jallow, Ceesay,
Touray, Ndiaye, Traoré, Keïta, and a Gambian taking his mother's or father's name), Hazara and
Tajik Afghans with one name and a father's name, Iranian compound surnames (-zadeh, -pour,
-nejad, -i, wives keeping their names), Pakistani and Bangladeshi names (Muhammad/Md. first,
Bibi, Begum, Chowdhury, Hossain/Islam; Bangladeshi names carry the code pk), Nepali (Sherpa,
Rai, Gurung, Shrestha), Kerala and Telugu names with initials ("K. Venkata Ramana",
"G. Naga Srinivas") and Sri Lankan Tamil names with the father's name first (code in), Chinese
with an English name in brackets, Thai, Indonesian and Balinese single names, Burmese names
without family name, Korean and Mongolian (code ot), Ukrainian and Russian names in German and
English transliteration (Oleksandr/Olexandr, Schewtschenko/Shevchenko, Dudajew/Dudaev) with
patronymics, Chechen, Dagestani, Uzbek and Tajik names, Moldovan (code ro), Roma families from
Romania, Serbia and North Macedonia, Hungarian family name first, Greek, Italian, Spanish and
Belgian names (code eu), Colombian, Venezuelan, Bolivian and Argentinian double surnames and
Brazilian names (code la), Yazidi and other Kurdish names with ê, î and û, Kosovo-Albanian,
Bosnian and Serbian names with č, ć, đ, š, ž, Turkish with ğ, ş, ı, İ, Ethiopian and Eritrean
names with the father's and grandfather's names, Somali names in Somali and Arabic spelling,
Ghanaian day names, Filipino middle names. Families of four to seven are listed. German names
include many that are ordinary words (Fink, Hase, Wolf, Glas, Heller, Frisch, Licht, Berg,
Busch, Rose, Ziegler, Jung, Klein, Groß, Schwarz, Braun, Kurz, Lang, Frei, Ernst, Fröhlich,
Koch), double-barrelled names, names in lower case, names with a genitive s or apostrophe
("Hellers Satz", "Reyes' Unterlagen"; the s stays outside the mark), and names in firm
names ("Licht & Berg Elektrotechnik", "Autohaus Schwarz & Kurz"), all marked, beside the same
words unmarked in their ordinary sense ("der kleine fink … der vogel", "kein Licht",
"im Busch", "als Koch", "kurz und lang", "Ernst gemeint", "Licht und Glas Gebäudeservice").
People written only as initials ("Herr K.", "Herr T.", "R.K.:") carry no name and are unmarked.

Unmarked on purpose (hard negatives): authorities and their letterhead addresses, courts,
Jobcenter, Familienkasse, BAMF, LAB NI, EAE Suhl, Caritas, Diakonie, VHS, schools, clinics,
employers and brands (Ford, Zeiss, Bertelsmann, Dr. Oetker, Rossmann, Kötter, Expatrio),
places and countries, months, weekdays, seasons, nationalities, job titles, a firm's
Betriebsnummer, a year alone that is not a year of birth ("seit 2019"), law references
("Nr. 16b.1.1.6 AVwV"). Every date, phone number, e-mail address and bank account is marked, an
office's too; a month with a year ("März 2025") is a date.

Markup conventions beyond the third corpus's: a Sozialversicherungsnummer is `ausweisnummer`,
as are foreign passport and ID numbers (also OCR-garbled ones); Kassenzeichen, BG-Nummern,
Kindergeldnummern, BÜMA numbers, BAMF, court and police case numbers, a Matrikelnummer, a
Personalnummer and course numbers are `aktenzeichen`; a year of birth alone is a
`geburtsdatum`; dates, numbers and addresses spoken in dictation are marked as spoken; a name
spelt out or misspelt in a note ("nicht Boating mit i", "M-O-H-A-M-M-A-D-I", "Ma. = Maria")
is a name. Identifiers follow their real rules: IBANs pass mod 97 (German, Dutch, Polish,
Ukrainian, French, Spanish, Turkish), Steuer-IDs their check digit and digit structure, German
ten-character document numbers their ICAO check digit, AZR numbers start with a registration
date, postcodes belong to the town named (tests/test_privacy_hand_corpora.py). The writer chose
every digit; only the check digits were computed by a small calculator outside the repository.
The subject matter is residence law as of December 2026 (GEAS, Chancenkarte,
Westbalkanregelung, § 81a, the suspended family reunification for subsidiary protection, § 24
until March 2027, naturalisation after five years with multiple citizenship accepted).
Everything is fictional; names that could belong to well-known people were changed.

The notes were written without running the detector or the anonymiser on them, without reading
their code or word data and without opening the other corpora's data files; only the markup was
checked (`--count`, the tests, and a script outside the repository that listed words marked as
a name in one place and unmarked in another, and dates and numbers left unmarked). The split
uses the seed 20261207_10 as given, unsearched.

Both halves were then measured once untouched, aggregate only, by the lead (branch corpus10
cf61115, the detector of main 7ef98ef): names 798/849 in half A and 780/838 in half B, 93.5 %
together; addresses 64/72, Aktenzeichen 110/137, document numbers 32/37, dates 341/358, birth
dates 96/127, phones 57/64, AZR numbers, e-mails, IBANs and Steuer-IDs all found; meaning words
kept 96.90 %; 194 findings without a counterpart (figures in docs/performance.md). After that
**half A became a development set** (`--misses`, half A only); **half B stays untouched**:
`--evaluate` prints aggregate figures only, and only the lead runs it.

    python -m bench.privacy_corpus10 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus10 --misses     # half A: figures and every miss in context
    python -m bench.privacy_corpus10 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke10.txt"
SEED = 20261207_10
TITLE = ("Zehntes Korpus (handgeschrieben, NRW, Niedersachsen, Sachsen, Thüringen; "
         "je ein Drittel App, Amt, unordentlich)")
# What caseworkers, supervisors and trainers type into the app itself.
APP_TYPES = ("reflexion", "gibbs", "supervision", "rückmeldung", "fallberatung")
OFFICE_TYPES = ("vermerk", "anhörung", "mail", "wiedervorlage", "schreiben")
MESSY_TYPES = ("diktat", "chat", "ocr", "formular", "tabelle", "mehrsprachig")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE)
development_half = CORPUS.development_half
sources = CORPUS.sources
build_corpus10 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())
