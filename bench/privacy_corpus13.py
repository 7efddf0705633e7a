"""A thirteenth labelled corpus for the anonymiser: notes by a new hand, a trainer and
supervisor for immigration offices in Bavaria and Berlin; half typed into the app, half the
offices' own texts and messy ones.

Why a thirteenth one: the earlier hand-written corpora have been measured, and most of them
read, so none of them says any more what the detector does on notes it has never met (an
outside reviewer will measure it on ~400 notes of their own). These notes
(bench/data/aktenvermerke13.txt) were written one by one by hand in the thirteenth session
(7 Dec 2026) by the helper "corpus13", in the voice of a writer the project had not seen: a
trainer and supervisor (Magdalena "Magda" Huber, herself a part-time caseworker at the KVR)
who collects the texts of the people she trains and supervises. They are set at the KVR
München, the Ausländerbehörden of Nürnberg, Fürth, Augsburg, Regensburg, Würzburg,
Ingolstadt, Rosenheim and Passau, the Landratsämter Erding and Miesbach, the ANKER-Zentren
(Manching, Zirndorf, Regensburg, Deggendorf; the Zentrale Ausländerbehörden and the LfAR), and
in Berlin at the Landesamt für Einwanderung, its Business Immigration Service and the
Bezirksämter (Neukölln Sozialamt, Lichtenberg Jugendamt, Pankow and Mitte Bürgeramt): 390
notes of 146 to 1,095 characters (median 381) with 1,503 name mentions (39.7 % German) of all
thirty origin codes in bench/privacy_corpus3.ORIGINS, in sixteen note types:
- typed into Gesprächskompass (196, half): reflections written between appointments
  (closing with "Mitnehmen:" or "Für mich:", one after Gibbs' cycle), notes before
  supervision, feedback from the trainer, mentors and colleagues, collegial case consultations
  (case-giver, moderator, hypotheses, ideas), notes of training days;
- the offices' texts (99): Aktenvermerke, Anhörungen in question and answer, e-mails with
  headers and quoted replies (German, English, Ukrainian, Portuguese), letters, appointment,
  Wiedervorlage, call-back and attendance lists, court and lawyers' letters;
- messy texts (95): dictation with spoken punctuation, spelt-out names and dates and phone
  numbers in words, lower-case team chats with emoji, OCR copies (O for 0, l for 1, an MRZ
  line, Greek, Cyrillic and Arabic script), tables (pipes, semicolons, Markdown), and notes
  mixing German with English, Ukrainian, Turkish, Dari, Sorani, Tigrinya (in Ge'ez script),
  Twi, Portuguese and transliterated Syrian, Tunisian and Algerian Arabic.
The same people come back across notes and types (a case in a Vermerk, a reflection, a chat,
a lawyer's letter and a court's), colleagues mostly by first name, often with the Bavarian
article ("die Vroni", "der Schorsch"), nicknames (Hias, Reini, Magda, Basti), initials
("M.", "J."), a name once in full and then shortened, and in lower case in chats.

Each office keeps its own invented Aktenzeichen style: KVR "KVR-II/253-E 4471/26", Nürnberg
"O/AB 3.21 – 26/11482", Fürth "FÜ 32.3/1784/26", Augsburg "33.10-A-26-0917", Regensburg
"R III/22-6413/26", Würzburg "33.1-ABH-2026/0558", Ingolstadt "IN-32/2026/03391", Rosenheim
"RO/31-AE-2026-0447", Passau "PA 3.2-141/0982/26", Erding "ED 32-1410/217-26", Miesbach
"MB 1.3-ABH/26/0614", ZAB "ZAB-OB 24.2-8391/26", LEA "LEA IV B 21-40772/26" (Einbürgerung
"LEA E 3-19004/25"), BIS "BIS-FK 2026/118834", Bezirke "Soz 2 C-51.4-26/7719", courts in
their real formats ("M 24 K 26.3817", "AN 5 K 26.01422", "VG 19 L 288/26"), BAMF
"9184472-423", Bavarian police "BY8842-004711-26/3", lawyers' own references ("412/26 Öz").

The names follow the naming customs of their origins as the writer knows them: Eritrean and
Ethiopian given name + father's + grandfather's name (a father's name mistaken for a family
name, a baptismal name, "Ato" as a title, "wedi" = son of), Somali names that change with the
country reading the passport and a nickname ("Faarax Dheere" = the tall one), Afghans with a
name and a Vatersname from the Tazkira, Telugu village names as surnames and a Tamil father's
initial ("S. Rajesh", three documents, three orders), a Malayali pet name in the passport's
surname field and a wife named after her husband's given name, Sikh Singh/Kaur, Ghanaian day names
explained, Yoruba, Igbo and Edo names, Guinean, Senegalese and Gambian names with a Rufname (Alieu, Aliu, Ali; Jallow and Diallo), Peruvian
paternal + maternal surnames, Brazilian filiação, Filipino "Ma." and double surnames,
Vietnamese family names first with and without diacritics (a man called by his given name
for twenty years), Chinese and Taiwanese names with an English name, Korean spouses keeping
their surnames, Mongolian and Nepali names, an Indonesian with no family name, Kurdish ê/î against the Turkish
passport's spelling, Ukrainian names in Cyrillic beside their transliterations with
patronymics, Russian and Kazakh patronymic surnames, Chechen names, a Moldovan wife "geb.
Rusu", Bulgarian-Turkish names, Polish ł/ś/ń, Serbian, Bosnian and Albanian names, Georgian
and Armenian, Arabic names with Al-, El-, Ben, Abu (a kunya "Abu Khaled") and bin.
German names that are ordinary words stand beside the words: Engel, Vogel, Sommer, Fuchs,
Lang (and "lang"), Huber, Sturm, Schwab, Kurt (a Turkish surname, a German first name and
a colleague's uncle), Kaplan (a Turkish surname and the priest), Haben (an Eritrean given
name), Lama, Nur, Eden, Ruth; names inside firm names (Spedition Kreitmair, Elektro
Grasegger, Maschinenbau Blümel, Bäckerei Schmidbauer, Personalservice Wittmann) are marked.

Unmarked on purpose (hard negatives): offices and institutions (KVR, LEA, BIS, ANKER, ZAB,
LfAR, Refugio, Exilio, Caritas, Diakonie, Tür an Tür, SOLWODI, Faire Mobilität), employers
and brands (Knorr-Bremse, Infineon, Wacker Chemie, Audi, BMW, Siemens Healthineers,
Schaeffler, DATEV, ZF, Dallmayr, Kathrein, Zalando, Delivery Hero, Celonis, Amazon, Hotel
Bachmair Weissach), streets named after people (Friedrich-Ebert-Straße, Karl-Marx-Straße,
Max-Immelmann-Allee), the insult "Ali Baba", "Ana Adı", "Abla", "Ato", "Frau Doktor", months
and weekdays alone, nationalities, job titles ("der Koch"). The addresses of authorities in
letterheads are unmarked; a resident's address in an ANKER is marked; every date, phone
number, e-mail address and bank account is marked, an office's too.

Markup conventions beyond the third corpus's (as in the ninth): a Sozialversicherungsnummer,
a Krankenversichertennummer and foreign personal numbers (Pakistani CNIC, Turkish T.C.
Kimlik No, Ukrainian RNOKPP, Kazakh IIN, an eTIN) are `ausweisnummer`; Kassenzeichen,
BG-Nummern, Kindergeldnummern, BÜMA numbers, police case numbers, course numbers and a
lawyer's own reference are `aktenzeichen`; a year of birth alone is a `geburtsdatum`; a month
alone is not a date, a month with its year ("Mai 2025", "10/2026") is; dates and phone
numbers dictated in words are marked; a name spelt out ("K O W A L S K A") is a name.
Identifiers follow their real rules: IBANs pass mod 97 (German, Ukrainian, Turkish, Polish,
Romanian, Dutch), Steuer-IDs their check digit and digit structure, German ten-character
document numbers their ICAO check digit, AZR numbers start with a registration date,
postcodes belong to the town named (tests/test_privacy_hand_corpora.py). The writer chose every
digit; only the check digits were computed by a small calculator outside the repository.
The subject matter is residence law as of December 2026. Everything is fictional.

The notes were written without running the detector or the anonymiser on them, without
reading their code or word data and without opening the other corpora's data files; only the
markup was checked (`--count`, the tests, and a script outside the repository that listed
words marked as a name in one place and unmarked in another, and dates and numbers left
unmarked). **Both halves stay untouched** (`development=False`: no `--misses`).

First measurement (lead, aggregate only, both halves, on the detector of 324115d, before this
session's rules): names 1,433/1,503 = 95.3 % (Ukrainian 38/47), addresses 64/67, Aktenzeichen
123/131 = 93.9 %, documents 35/42, dates 283/295, birth dates 69/74, Steuer-ID, AZR, e-mail,
IBAN and phones 100 %; meaning words kept 97.76 %; 111 findings without counterpart. At the
session's end (dfa312f) see docs/performance.md (thirteenth session).

    python -m bench.privacy_corpus13 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus13 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke13.txt"
# The split balances kinds and note types; of the 3,000 seeds from 20261207_13 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_13 + 259
TITLE = ("Dreizehntes Korpus (handgeschrieben, Bayern und Berlin; halb App, halb Amt und "
         "unordentlich)")
# What caseworkers, supervisors, mentors and trainers type into the app itself.
APP_TYPES = ("reflexion", "supervision", "rückmeldung", "fallberatung", "schulung")
OFFICE_TYPES = ("vermerk", "anhörung", "mail", "brief", "liste", "gericht")
MESSY_TYPES = ("diktat", "chat", "ocr", "tabelle", "mehrsprachig")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
sources = CORPUS.sources
build_corpus13 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())
