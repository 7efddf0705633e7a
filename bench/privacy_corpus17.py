"""A seventeenth labelled corpus for the anonymiser: notes by a new hand from Schleswig-Holstein,
the rural districts of Lower Saxony and Bremerhaven, on the asylum, toleration and return side,
a third each typed into the app, written in the office, and messy.

Why a seventeenth one: the earlier hand-written corpora have been measured and most of them
read, so none of them says any more what the detector does on notes it has never met (an outside
reviewer will measure it on ~400 notes of their own). These notes
(bench/data/aktenvermerke17.txt) were written one by one by hand in the fifteenth session
(7 Dec 2026) by the helper "corpus17", in the voices of the people who write around Duldung,
Dublin, Passbeschaffung and return in the north-west: caseworkers of the Kreise and Landkreise
typing into the app between appointments, team leads, the Rückkehrberatung, Jugendämter and
their Amtsvormünder, schools and BBS, Flüchtlingsräte, Diakonie, Caritas and Faire
Integration, lawyers, courts, a church with a Kirchenasyl, a dialysis doctor, interpreters,
the meat, fish, harbour, shipyard, hotel and farm employers with their seasonal workers, a
Dutch agency and a Danish host family, and the clients themselves. They are set at the Kreise
Nordfriesland, Dithmarschen, Schleswig-Flensburg and Rendsburg-Eckernförde, the Landkreise
Cuxhaven, Emsland, Cloppenburg, Vechta, Aurich and Leer, the Magistrat Bremerhaven, the
Landesamt für Zuwanderung und Flüchtlinge in Neumünster, the Härtefallkommissionen of both
Länder, the Verwaltungsgerichte Oldenburg and Osnabrück, the Amtsgericht Aurich (a detention
hearing), the Bundespolizei in the port, the Petitionsausschuss of the Landtag in Kiel and the
embassies the passports come from: 318 notes of 171 to 1,336 characters (median 374) with
1,154 name mentions (38 % German) of all thirty origin codes in bench/privacy_corpus3.ORIGINS
(at least 12 of each), in fifteen note types:
- typed into Gesprächskompass (100): reflections written after a conversation (one after Gibbs'
  cycle, several ending with what the writer takes away: an apology for a delay, a data
  breach of one's own, a question about suicide asked at the counter), quick notes to self
  between appointments, preparations of a difficult conversation, collegial case
  consultations (case-giver, moderator, hypotheses, ideas, result; one about the team itself);
- the offices' texts (112): Aktenvermerke, e-mails with headers (German, English, Dutch,
  Danish, Portuguese greetings), telephone notes, forms copied with their layout
  (Verpflichtungserklärung, Vollmacht, REAG/GARP, SEPA mandate, payslip, Ausbildungsvertrag,
  Beschäftigungserlaubnis, Kostenübernahme), statements to Härtefallkommissionen and offices
  by schools, a Jugendamt, employers, a counselling service, a doctor and the office itself;
- messy texts (106): team chats in lower case with emoji (Teams and a volunteers' WhatsApp
  group), voicemail and voice messages transcribed, dictation with spoken punctuation (names
  spelt out, dates, an Aktenzeichen, AZR and phone numbers in words, a self-correction, an
  unedited speech-recognition draft), faxes, photos and scans with OCR errors (O for 0, l for 1,
  a passport's and an ID card's MRZ), spreadsheets and lists (seasonal workers, cash refunds,
  interpreters, Sammelvorführung, eAT hand-out), and clients' messages in Dari and Pashto
  (Arabic script), Levantine Arabic, Kurmanji, Tigrinya (Ge'ez script), Turkish, Romanian,
  Bulgarian (Cyrillic and in Turkish), Polish, Russian (Cyrillic and transliterated),
  Ukrainian transliteration, Bosnian, Albanian, Vietnamese (with and without diacritics),
  Urdu-English, Twi-English, French, Portuguese and English, each with a colleague's or
  interpreter's summary.
The same people come back across notes and types (a Härtefall family through the Flüchtlingsrat's
call, the application, the office's statement, the employer's mail and the father's Tuesday
call; a seasonal worker's Steuer-ID in a spreadsheet, a chat, the employer's mail and the
office's answer; a data breach through the list, the chat, the incident note, the client's
worried call, the Art. 34 letter and a case consultation), colleagues mostly by Frisian and
North German first names (Wiebke, Femke, Swantje, Sönke, Okke, Gesche, Hauke, Thies, Imke,
Tjark, Insa), in lower case in chats.
Each office keeps its own invented Aktenzeichen style: Nordfriesland "NF 32.3-DU 26/1184",
Dithmarschen "HEI/ABH-26-0773", Schleswig-Flensburg "SL 36.2/26/0815", Rendsburg-Eckernförde
"RD-ABH 26.1184", Cuxhaven "CUX 32.20-DU 4419/26", Emsland "EL-ABH 2026/3.1/0912", Cloppenburg
"CLP-32.2/DUL/26-448", Vechta "VEC 32-26-1107", Aurich "AUR/32.1-A-26/0661" (once dictated in
words), Leer "LER-ABH 26-2290", Bremerhaven "BHV/32-Mag 26/00417", the Härtefallkommission
"HFK-SH 0412/26", the Landtag's petition "L2119-20/1184", a detention case "9 XIV 212/26 B", a
Bundespolizei Vorgangsnummer, courts in their real formats ("11 B 3381/26"), BAMF file numbers, a
lawyer's "118/25 Ho", Kassenzeichen "5.2201.118843.0", a Jugendamt's Urkundenregister, the
Landwirtschaftskammer's register number, a course number, a Guinean civil register number and
an embassy's reference.
The names follow the naming customs of their origins as the writer knows them: Afghans with
one name from the Tazkira, 01.01. birth dates and a Solar-Hijri year, Eritreans addressed by
their given name because the second is the father's ("Frau Letebrhan", spelt two ways), Somali
names in Somali spelling against older files (Cabdullaahi/Abdullahi), Tamil names where the
"surname" is the father's given name, Chinese names family name first (and the years of a
file that had them the wrong way round), Vietnamese names with and without diacritics and a
nickname "Anh", Filipino "Jun-Jun" for Juanito and a "dela Cruz" in the MRZ, Brazilian names
with the mother's surname first, Colombian paternal + maternal surnames, Mongolian, Nepali
(Thapa Magar, Tashi Dolma Sherpa) and Sri Lankan names, Gambian and Guinean Fula names (Diallo,
Bah, Barry, Sow), Ghanaian day names, Igbo, Yoruba and Edo names, Pakistani "S/O" names,
Ezidi and Kurdish names with their diacritics (Şêrko, Rûken, Mîrza), Iraqi and Mandaean
names, Georgian, Armenian, Uzbek, Kazakh and Chechen names, Moldovans with Romanian and
Moldovan passports, Bulgarian-Turkish names (Fatme Mehmedova), Polish names with their
diacritics, Serbian-Albanian, Kosovar, Bosnian and Macedonian names, Maghrebi names with Ben
and El, Danish and Dutch names (Sørensen, van der Meer, de Vries) and Frisian ones (Hinrich,
Okke, Edzard, Tjarda, Frerk).
Names inside firm names (Spargelhof Kathmann, Dachdeckerei Thode, Kfz-Meisterbetrieb Siebels,
Gebäudereinigung Ubben & Söhne, Grotheer Landtechnik, Garten- und Landschaftsbau Grote) are
marked. Unmarked on purpose (hard negatives): offices and institutions (Flüchtlingsrat,
Diakonie, Caritas, Faire Mobilität, Faire Integration, BAMF, BZSt, ZAB, LAZuF, Skoleforeningen,
Vluchtelingenwerk), real employers and brands (Meyer Werft, Expatrio, Fintiba), places that
hold a name or a word (Weener, Garrel in lower case counts as a meaning word, Westerende),
ships, courts, embassies and schools, nationalities, months and weekdays alone, durations
("acht Wochen", "30 Monaten"), years alone ("seit 2019"), and job titles. A Tazkira year and an
Ethiopian-style "unknown" birth date are written as the files have them.
Markup conventions beyond the third corpus's (as in the ninth, thirteenth and sixteenth): a
Sozialversicherungsnummer, a Pakistani CNIC and foreign passports are `ausweisnummer`;
Kassenzeichen, court, BAMF, Härtefallkommission, Jugendamt-Urkunden and Kammer register
numbers, a course number, an embassy's reference and a lawyer's own reference are
`aktenzeichen`; a year of birth alone is a `geburtsdatum`; a month with its year ("März 2018",
"12/2026", "kvitnia 2022") is a date, a month alone is not; dates and numbers dictated in words
are marked, and so are a name spelt out ("E-K-W-U-E-M-E"), a name in an MRZ with its fillers,
a name in Arabic, Ge'ez or Cyrillic script, a name corrected on a form, and a signature by
initials ("A. Berisha"). Names and dates inside OCR errors are marked as the OCR wrote them.
Identifiers follow their real rules: IBANs pass mod 97 (German, Kosovar, Albanian, Moldovan,
Ukrainian, Turkish, Polish, Moroccan, Dutch), Steuer-IDs their check digit and digit structure,
German ten-character document numbers (ID cards, eATs) their ICAO check digit, the
Sozialversicherungsnummern their check digit and birth date, AZR numbers start with a
registration date, postcodes belong to the town named (tests/test_privacy_hand_corpora.py).
The writer chose every digit; only the check digits were computed by a small calculator outside
the repository. The subject matter is residence and asylum law as of December 2026 (§ 60a,
§ 60b, § 60c, § 60d, § 25a, § 25b, § 24 until March 2027, Dublin transfer deadlines and a
Kirchenasyl dossier, the Westbalkanregelung, seasonal work under § 19c and the BA placement
agreements, the ban on agency work in the meat industry, the FreizügG/EU, REAG/GARP and
StarthilfePlus). Everything is fictional.

The notes were written without running the detector or the anonymiser on them, without
reading their code or word data and without opening the other corpora's data files; only the
markup was checked (`--count`, the tests, and a script outside the repository that listed
words marked as a name in one place and unmarked in another, and dates and numbers left
unmarked).

First measurement (lead, aggregate only, both halves, on the detector of 82fff3b: the fifteenth
session's code before its last merge, lower17): names 1,088/1,154 = 94.3 % (German 401/440),
addresses 43/45, Aktenzeichen 53/56, documents 35/36, AZR 25/26, dates 313/322, birth dates
100/104, Steuer-ID 27/28, phones 79/82, e-mail and IBAN 100 %; meaning words kept
4,754/4,905 = 96.92 %; 152 findings without counterpart. At the session's end (c672878):
names 1,089/1,154. At the sixteenth session's start (aef7af2): half A names 544/571, meaning
words 2,313/2,383; half B names 545/583, meaning words 2,441/2,522. After that **half A became a
development set** (`--misses`, half A only); **half B stays untouched**: `--evaluate` prints
aggregate figures only, and only the lead runs it.

    python -m bench.privacy_corpus17 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus17 --misses     # half A: figures and every miss in context
    python -m bench.privacy_corpus17 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke17.txt"
# The split balances kinds and note types; of the 3,000 seeds from 20261207_17 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_17 + 288
TITLE = ("Siebzehntes Korpus (handgeschrieben, Schleswig-Holstein, ländliches Niedersachsen und "
         "Bremerhaven, Duldung, Dublin und Rückkehr; je ein Drittel App, Amt, unordentlich)")
# What caseworkers type into the app itself between appointments.
APP_TYPES = ("reflexion", "zwischennotiz", "fallberatung", "vorbereitung")
OFFICE_TYPES = ("vermerk", "mail", "telefonnotiz", "formular", "stellungnahme")
MESSY_TYPES = ("chat", "sprachnachricht", "diktat", "scan", "tabelle", "kundennachricht")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE)
development_half = CORPUS.development_half
sources = CORPUS.sources
build_corpus17 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())
