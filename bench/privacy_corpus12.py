"""A twelfth labelled corpus for the anonymiser: notes by a new hand from the north and the
north-east (Hamburg, Bremen, Schleswig-Holstein, Mecklenburg-Vorpommern, Brandenburg), a third
each typed into the app, written in the office, and messy.

Why a twelfth one: the earlier corpora's halves have been measured, and some read note by note,
so none of them says any more what the detector does on notes it has never met; an outside
reviewer will measure it on ~400 notes by a hand the project has never seen. These notes
(bench/data/aktenvermerke12.txt) were written one by one by hand in the thirteenth session
(7 Dec 2026) by the helper "corpus12", set in Hamburg (Amt für Migration with its Referate,
Hamburg Welcome Center, the Bezirksämter Altona and Wandsbek), Bremen and Bremerhaven
(Migrationsamt), Kiel, Lübeck, Neumünster (the Landesunterkunft of the Landesamt für
Zuwanderung und Flüchtlinge), Flensburg and Harrislee, Kreis Pinneberg (Pinneberg, Elmshorn,
Wedel), Kreis Segeberg (Bad Segeberg, Kaltenkirchen, Norderstedt), Kreis Rendsburg-Eckernförde,
Rostock, Schwerin, Greifswald, Anklam, Pasewalk, Stralsund, the Erstaufnahme Nostorf/Horst,
Potsdam, Cottbus, Frankfurt (Oder) with Słubice across the bridge, the ZABH in
Eisenhüttenstadt and Landkreis Oder-Spree (Beeskow, Fürstenwalde): 390 notes of 156 to 844
characters with 1,735 name mentions (41 % German) of all thirty origin codes in
bench/privacy_corpus3.ORIGINS, in seventeen note types:
- typed into Gesprächskompass (130): reflections (some after Gibbs' cycle, many ending in a
  "Merke:" line), notes before and after supervision, feedback between colleagues, from team
  leads and trainers, collegial case consultations (Kopfstand, Reflecting Team); colleagues by
  first name, nickname ("Hinni", "Katha", "Gosia") and initials;
- the office's texts (130): Vermerke, Anhörungsniederschriften, letters, e-mail threads with
  headers and signatures, Wiedervorlage lists, forms copied out (Verpflichtungserklärung,
  Vollmacht, Einbürgerung, Elterngeld, REAG/GARP), and letters that reach the office from
  courts, lawyers, the Jobcenter, the Familienkasse, schools, employers, doctors, a parish
  (Kirchenasyl) and a tax adviser ("fremdschreiben");
- messy texts (130): dictation with spoken punctuation, lower-case team chats with emoji, OCR
  copies of Ghanaian, Ukrainian, Pakistani, Indian, Nigerian, North Macedonian, Turkish,
  Tunisian, Kosovar, Vietnamese, Philippine, Brazilian and Italian documents, German payslips,
  bank statements and pension records (O for 0, l for 1, MRZ lines), tables with pipes and
  semicolons, bullet lists, and notes mixing German with English, Nigerian Pidgin, Ukrainian,
  Russian, Romanian, Polish, Bulgarian, Portuguese, Spanish, French, Darija, Levantine Arabic,
  Dari, Kurmancî, Vietnamese, Tagalog and Mandarin.
Each office keeps its own Aktenzeichen style throughout (e.g. "M 412 – 26/04417" in Hamburg,
"MA 31-2-10-4471/25" in Bremen, "33.4-AE-7712/26" in Kiel, "HRO 33.2 – 26 – 07841" in Rostock,
"ZABH-EH 1-4 2612/26", "LOS 32.20.1/26/1184"), beside BAMF numbers with a country code,
court file numbers, BG-Nummern, Kindergeldnummern, Kassenzeichen and police case numbers.

The writer's habits: surnames in capitals in office texts ("Hr. KOVALENKO, Taras"), "Hr."/"Fr."
rather than Herr/Frau, short dates with two-digit years in own notes ("07.12.26"), "WV:" lines,
"->" for consequences, a self-correction written into the text ("? – nein, …"), "Moin" in
chats and mails, and reflections that end in "Merke:".
The names follow the naming customs of their origins as the writer knows them: Eritrean and
Ethiopian given name + father's + grandfather's name (with the note not to call a man by his
grandfather's name), Somali three-part names and the Somali spelling (Cabdullaahi, Xaliimo),
Afghans with one name and a father's name and "01.01." birth dates, Iraqi triple names and
tribal names (Al-Jubouri), Yazidi names, Kurdish ê/î/ş, Vietnamese family names first with and
without diacritics and the given name used as address (Frau Lan), Chinese names with English
names (Kevin), Korean, Mongolian (no surname, the father's name), Tibetan (two given names),
Indonesian single names, Sri Lankan house names, Tamil father's initials, Sikh Singh/Kaur,
Filipino "Ma." for Maria and mothers' surnames as middle names, Latin American double
surnames (Quispe Mamani, López García), Ukrainian and Russian patronymics and Cyrillic,
Kazakh patronymics mistaken for surnames, Polish female forms (Wiśniewska/Wiśniewski),
Bulgarian patronymics, Georgian, Armenian, Kosovar, Macedonian, Bosnian and Roma names, Akan
day names, Guinean and Gambian names, Tunisian "Ben", Moroccan "El" and Algerian names.
German names, many northern (Thomsen, Ketelsen, Carstensen, Boysen, Matthiesen), include many
that are ordinary words (Vogel, Sturm, Sauer, Ehrlich, Fröhlich, Kaiser, Koch, Fischer,
Sommer, Winter, Freitag, Sonntag, Ernst, Lange, Richter, Kaufmann, Jäger, Lamm, Storch,
Kranich, Haase, Stein, Weiß, Blume, Frost, Adler, König), standing beside the same words in
their ordinary meaning ("Fr. Sauer ist heute nicht sauer", "Koch auf dem Schiff", "vor dem
Sommer", "am Freitag", "Richter am VG"), names in lower case, misspelt or OCR-broken
(KADHlM), spelt out ("Ma. = Maria"), in Kurdish case forms (Berivanê), and names inside firm
names (Qureshi & Söhne, Petersen & Koch, Bäckerei Lamm, Pflegedienst Kuhlmann & Sohn).
Unmarked on purpose (hard negatives): institutions and places (Amt für Migration, HWC,
Landesunterkunft, ZABH, UKSH, Helios, Asklepios, Caritas, AWO, Diakonie, Flüchtlingsrat,
Refugio, VHS), brands and employers (Edeka, Lidl, DHL, Airbus, Expatrio), months, weekdays,
nationalities, job titles, seasons, "Anne Adı" (Turkish for mother's name), "Ana" in Darija,
Sri Lanka, Viet Nam; authorities' letterhead addresses.

Markup conventions as in the ninth corpus: a Sozialversicherungsnummer, a Rentenversicherungs-
nummer and foreign personal numbers (T.C. Kimlik No, CPF, NIN, EMBG, the Ukrainian record
number, Pakistan's citizenship number, the Italian codice fiscale, which is not a German
Steuer-ID) are `ausweisnummer`; Kassenzeichen, BG-Nummern, Kindergeldnummern, BÜMA numbers,
BAMF numbers, a Betriebsnummer, a business tax number, an Agentur customer number, visa and
police case numbers are `aktenzeichen`; a year of birth alone ("geb. 1999") is a
`geburtsdatum`; a month with a year ("Juli 2026", "02/2027") and a spoken date ("neunten
januar") is a `datum`, a month or weekday alone and a bare year are not; a colleague's
initials ("Lü.") and a nickname are names; 140 lower-case words that carry meaning, most
of them in the chats (akte, pass, kasse, vorname, vatersname, gestattung …), are marked
`[[meaning|…]]`.
Identifiers follow their real rules: IBANs pass mod 97 (German, Polish, Ukrainian),
Steuer-IDs their check digit and digit structure, German ten-character document numbers (eAT,
Personalausweis, Reiseausweis) their ICAO check digit, AZR numbers start with a registration
date, postcodes belong to the town named (tests/test_privacy_hand_corpora.py). The writer chose
every digit; only the check digits were computed by a small calculator outside the
repository. The subject matter is residence law as of December 2026 (§ 81a, Westbalkan-
regelung, § 24 and the change into § 18a, Ausbildungs- and Beschäftigungsduldung, the
suspended family reunification for subsidiary protection, naturalisation with multiple
citizenship accepted). Everything is fictional.

The notes were written without running the detector or the anonymiser on them, without reading
their code or word data and without opening the other corpora's data files; only the markup
was checked (`--count`, the tests, and a script outside the repository that listed words
marked as a name in one place and unmarked in another, and dates and numbers left unmarked).
The split balances kinds and note types; of the 3,000 seeds from 20261207_12 on, the one
below also gives the halves the most even names per origin (chosen by the markup alone).

First measurement (lead, aggregate only, both halves, on the detector of 324115d, before this
session's rules): names 1,666/1,735 = 96.0 % (German 679/710), addresses 80/83, Aktenzeichen
136/158 = 86.1 %, documents 34/45, dates 359/371, birth dates 101/104, phones 59/61, Steuer-ID
26/28, AZR, e-mail and IBAN 100 %; meaning words kept 97.14 %; 161 findings without
counterpart. At the session's end (dfa312f) see docs/performance.md (thirteenth session).

Both halves stay untouched (`development=False`): there is no `--misses`; `--evaluate` prints
aggregate figures only, and only the lead runs it.

    python -m bench.privacy_corpus12 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus12 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke12.txt"
SEED = 20261207_12 + 532
TITLE = ("Zwölftes Korpus (handgeschrieben, Hamburg, Bremen, Schleswig-Holstein, "
         "Mecklenburg-Vorpommern, Brandenburg; je ein Drittel App, Amt, unordentlich)")
# What caseworkers, supervisors and trainers type into the app itself.
APP_TYPES = ("reflexion", "supervision", "rückmeldung", "fallberatung")
# The office's own texts and the letters that reach it (courts, lawyers, Jobcenter, schools,
# employers, doctors: "fremdschreiben").
OFFICE_TYPES = ("vermerk", "anhörung", "brief", "mail", "wiedervorlage", "formular",
                "fremdschreiben")
MESSY_TYPES = ("diktat", "chat", "ocr", "tabelle", "mehrsprachig", "stichpunkte")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

# Both halves stay untouched: no `--misses`, no development half.
CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
sources = CORPUS.sources
build_corpus12 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())
