"""An eighteenth labelled corpus for the anonymiser: notes by a new hand from Hesse and Thuringia,
on the study, research, skilled-work, family-reunification, § 24 and naturalisation side, a
third each typed into the app, written in the office, and messy.

Why an eighteenth one: the earlier hand-written corpora have been measured and most of them
read, so none of them says any more what the detector does on notes it has never met (an outside
reviewer will measure it on ~400 notes of their own). These notes
(bench/data/aktenvermerke18.txt) were written one by one by hand in the sixteenth session
(7 Dec 2026) by the helper "corpus18", in the voices of the people who write around study,
research, skilled work and families in Hesse and Thuringia: caseworkers of the Ausländerbehörden
and Einbürgerungsbehörden typing into the app between appointments, team leads and an
Abteilungsleiterin answering a Dienstaufsichtsbeschwerde, the Zentrale Ausländerbehörde für
Fachkräfteeinwanderung at the Regierungspräsidium Darmstadt, the Erstaufnahme (HEAE) in Gießen
with its social service, the Bundespolizei at Frankfurt airport and a lawyer in the
Flughafenverfahren, universities' international offices and Welcome Centres (Goethe-Universität,
h_da, TU Darmstadt, Gießen, Kassel, Jena), hospitals' HR and a clinic director, the airport's
employers, a cleaning firm, a garage, a hotel, a Dutch nursery and a care service, the
Landesverwaltungsamt and the IHK FOSA, the embassies in Accra, Ankara, Islamabad, New Delhi and
Tirana, a church, a VHS, the Jugendmigrationsdienst, the Flüchtlingsrat, Faire Integration,
volunteers, interpreters, and the clients themselves. They are set in Frankfurt am Main (with the
airport), Offenbach, Wiesbaden, Darmstadt, Kassel, Gießen, Erfurt, Jena, Gera and Suhl, with
Eschborn, Baunatal, Ronneburg and Zella-Mehlis at the edges: 342 notes of 150 to 1,076
characters (median 387) with 1,165 name mentions (34 % German) of all thirty origin codes in
bench/privacy_corpus3.ORIGINS (at least 16 of each), in sixteen note types:
- typed into Gesprächskompass (114): reflections written after a conversation (one after Gibbs'
  cycle on a telephone call with the Bundespolizei, several ending with what the writer takes
  away: a voice raised at the counter, a sentence that was meant to encourage, a file left three
  months in a mailbox), quick notes to self between appointments, preparations of a difficult
  conversation (a DNA test, a child left behind, a naturalisation ceremony speech), collegial
  case consultations (case-giver, moderator, hypotheses, ideas, result; one about the team
  itself after a complaint);
- the offices' texts (110): Aktenvermerke, e-mails with headers (German, English, French,
  Portuguese greetings), telephone notes, forms copied with their layout (Verpflichtungserklärung,
  Vollmacht, Erklärung zum Beschäftigungsverhältnis, Aufnahmevereinbarung, Einbürgerungsantrag,
  Wohnungsgeberbestätigung, Ausbildungsvertrag, Kostenübernahme, Sperrkonto), statements to
  courts, a Härtefallkommission, the Landesverwaltungsamt and offices by a university, a clinic,
  a church, a VHS, an employer, the HEAE's social service and the office itself;
- messy texts (118): team chats in lower case with emoji, voicemail and voice messages
  transcribed, dictation with spoken punctuation (names spelt out, dates, an Aktenzeichen, a
  passport and phone numbers in words, self-corrections, unedited speech-recognition drafts),
  faxes, photos and scans with OCR errors (O for 0, l for 1, passports' MRZ), spreadsheets and
  lists (seasonal workers, refunds, an eAT hand-out, a naturalisation ceremony, interpreters, a
  Chancenkarte points table, a mailbox), forwarded mail threads, and clients' messages in
  Ukrainian and Russian transliteration, Turkish, Farsi and Dari transliteration, Roman Urdu,
  Indian English, Vietnamese (with and without diacritics), Spanish, Portuguese, French,
  Albanian, Serbian, Romanian, Bulgarian (Cyrillic), Georgian and Armenian (as summaries or
  transliteration), Amharic (Ge'ez script), Chinese, Tagalog-English and English, each with a
  colleague's or interpreter's summary.
The same people come back across notes and types (a nurse from Enugu through a case
consultation, the Landesverwaltungsamt's fax, a chat, a call and a preparation; a Guinean asylum
seeker from the Bundespolizei's report through a lawyer's urgent application to a reflection; a
Blue Card family from New Delhi through a client's mail, the embassy's call and the
Dienstaufsichtsbeschwerde; a Serbian window cleaner through the employer's form, a chat, a case
consultation, his passport's MRZ and his message from Niš), colleagues mostly by their first
names in lower case in chats (katja, jörg, holger, marion, doreen, steffi, maik, ronny, ute),
and one colleague named Koch beside a cook, one Kraft beside "keine Kraft".
Each office keeps its own invented Aktenzeichen style: Frankfurt "F-32.3/BK-26/04417" and
"F-32.2/FN-26/01893", Offenbach "OF 32-AE 2026/1183", Wiesbaden "WI/3302-26-0719" (once dictated
in words), Darmstadt's naturalisation "DA-EB 26.0338", Kassel "KS 32.4/EB/26-0188", Gera
"G 32/AE/26-0488", Suhl "SHL-ABH 26-0119", Marburg "MR 32.2-AE-23/1410", the RP Darmstadt
"RPDA-ZAF-81a-26-1142", the RP Gießen "RP GI 21.6-EA-26/3391", the Thuringian
Härtefallkommission "HFK-TH 0218/26", a Dienstaufsichtsbeschwerde "F-10.2-DAB-26/0071", the
Bundespolizei's "BPOLD FRA 26-118842", BAMF file numbers, courts in their formats
("4 L 3127/26.GI", "8 K 412/26 Me"), visa references of the embassies, a lawyer's "341/26 No",
Kassenzeichen "5.3720.118405.2", the Landesverwaltungsamt's and the HLfGP's file numbers, an
Ethiopian civil register number, a Jobcenter BG number, a Kindergeld number, an integration
course number, an Expatrio reference, a Matrikelnummer, an interpreter's invoice number and
employers' personnel numbers (all `aktenzeichen`).
The names follow the naming customs of their origins as the writer knows them: Eritreans and
Ethiopians addressed by their given name ("Frau Tigist"; a name in Ge'ez script), an Ethiopian
birth date in the Ethiopian calendar beside its Gregorian one, Afghans with 01.01. birth dates
and a Tazkira year, Somali names in Somali spelling against an older file (Cabdiraxmaan Yuusuf
Jaamac / Abdirahman Yusuf Jama) and the name spelt out on the phone, Pakistani families where
the children carry the father's given name as surname and the mother her own (and a father's
name on the passport), Indian names with "w/o", "Kaur" and "Singh", a Tamil "Iyer" and a Kerala
"Pillai" as family name, Vietnamese names with and without diacritics, family name first, a
former DDR contract worker, Chinese names family name first and in Chinese script, Senegalese
and Guinean Fula names (Diallo, Bah, Barry, Sow; a wife who keeps her name), Ghanaian double
surnames (Owusu-Ansah, Ofori-Atta) and a Tagalog nickname "Weng", Yoruba and Igbo names with a
speech-recognition split ("funmi layo"), Kurdish and Ezidi names with their diacritics and
without (Hêvî/Hevi, Dîlan/Dilan, Şêxmûs), Iraqi Christian and Kurdish-Iraqi names, Iranian
double names, Georgian and Armenian names, Uzbek and Chechen names, Ukrainian names in Cyrillic
and two transliterations, a Bulgarian name in Cyrillic, Moldovans with Romanian and Moldovan
passports, Polish names with their diacritics (Szczepańska, who wants her ń kept), Kosovar,
Albanian and Serbian names (in an MRZ without diacritics), Maghrebi names with Ben and El, a
Tunisian name misspelt on a card, Brazilian and Colombian double surnames, Portuguese, Irish,
French, Dutch and Italian names, and Nepali, Mongolian, Korean and Japanese names (`ot`).
Names inside firm names (Gebäudedienste Schwalm, Hotel und Gasthof Frenzel, Autohaus Rudolph,
Schaub Gerüstbau, Hollerbach Bau, Lenz Elektrotechnik) are marked. Unmarked on purpose (hard
negatives): offices and institutions (BAMF, BA, ZAB, HLfGP, HEAE, Landesverwaltungsamt, Caritas,
Flüchtlingsrat, Faire Integration, DAAD, Max-Planck-Institut, Goethe-Institut,
Friedrich-Schiller-Universität), real employers and brands (Fraport, Continental, Merck, Zeiss,
Helios, SRH, R+V, Lufthansa, Expatrio, AOK, TK; in lower case in a chat they count as meaning
words), places (Gera, Suhl, Jena, Sachsenhausen, Höchst, Zella-Mehlis, Oberhof), courts,
embassies and schools, nationalities, months and weekdays alone, years alone ("seit 2016", a
Tazkira year 1400), semesters ("WS 2026/27"), durations, money, and job titles (Koch).
Markup conventions beyond the third corpus's (as in the ninth, thirteenth and seventeenth): a
Sozialversicherungsnummer, a Pakistani CNIC, a Portuguese Cartão de Cidadão and foreign passports
are `ausweisnummer`; a year of birth alone is a `geburtsdatum`; a month with its year
("März 2027", "11/2026", "12th August 2026") is a date, a month alone is not; dates and numbers
dictated in words are marked, and so are a name spelt out ("A P P I A H", "C-A-B-D-U-L-L-A-H-I"),
a name in an MRZ with its fillers, a name in Arabic, Ge'ez, Chinese or Cyrillic script, a
signature by initials ("B. Xidir"), and a birth date written "00.00.1995". Titles and honorifics
stay outside the mark (Herr, Frau, Dr., Prof., ato, pani, hanım, po). Names and dates inside OCR
errors are marked as the OCR wrote them.
Identifiers follow their real rules: IBANs pass mod 97 (German, Ukrainian, Albanian, Serbian,
Turkish, Georgian, Portuguese, Moldovan, Kosovar, Moroccan), Steuer-IDs their check digit and
digit structure, German ten-character document numbers (ID cards, eATs, a refugee travel
document) their ICAO check digit, the Sozialversicherungsnummern their check digit and birth
date, AZR numbers start with a registration date, postcodes belong to the town named
(tests/test_privacy_hand_corpora.py). The writer chose every digit; only the check digits were
computed by a small calculator outside the repository. The subject matter is residence and
nationality law as of December 2026 (§ 16a, § 16b, § 16d, § 17, § 18a, § 18b, § 18c, § 18d,
§ 18g, § 19c, § 20a, § 24 until March 2027, § 25b, § 26 Abs. 3, § 31, § 36 Abs. 2, § 60c, § 81
Abs. 4, § 81a AufenthG, the FreizügG/EU with § 3a, the Westbalkanregelung, the StAG after the
2024 reform with its easement for former contract workers, the Flughafenverfahren § 18a AsylG,
DNA tests and A1 certificates in the visa procedure). Everything is fictional.

The notes were written without running the detector or the anonymiser on them, without
reading their code or word data and without opening the other corpora's data files; only the
markup was checked (`--count`, the tests, and a script outside the repository that listed
words marked as a name in one place and unmarked in another, and dates and numbers left
unmarked). Both halves are untouched (`development=False`).

First measurement (lead, aggregate only, both halves, on the detector of aef7af2, the
sixteenth session's start): names 1,107/1,165 = 95.0 % (German 376/396), addresses 55/60,
Aktenzeichen 54/64, documents 43/46, dates 361/373, birth dates 100/105, phones 67/71, AZR,
Steuer-ID, e-mail and IBAN 100 %; meaning words kept 4,954/5,126 = 96.64 %; 149 findings
without counterpart. Both halves stay untouched this session (the end's figure is in
docs/performance.md, sixteenth session).

    python -m bench.privacy_corpus18 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus18 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke18.txt"
# The split balances kinds and note types; of the 3,000 seeds from 20261207_18 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_18 + 613
TITLE = ("Achtzehntes Korpus (handgeschrieben, Hessen und Thüringen, Studium, Forschung, "
         "Fachkräfte, Familiennachzug, § 24 und Einbürgerung; je ein Drittel App, Amt, "
         "unordentlich)")
# What caseworkers type into the app itself between appointments.
APP_TYPES = ("reflexion", "zwischennotiz", "fallberatung", "vorbereitung")
OFFICE_TYPES = ("vermerk", "mail", "telefonnotiz", "formular", "stellungnahme")
MESSY_TYPES = ("chat", "sprachnachricht", "diktat", "scan", "tabelle", "kundennachricht",
               "mailverlauf")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
development_half = CORPUS.development_half
sources = CORPUS.sources
build_corpus18 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())
