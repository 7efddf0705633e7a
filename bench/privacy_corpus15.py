"""A fifteenth labelled corpus for the anonymiser: notes by a new hand from the Ruhr and the
Rhineland (North Rhine-Westphalia), written from the legal and counselling side of the work.

Why a fifteenth one: the earlier hand-written corpora have been measured, and most of them
read, so none of them says any more what the detector does on notes it has never met (an
outside reviewer will measure it on ~400 notes of their own). These notes
(bench/data/aktenvermerke15.txt) were written one by one by hand in the fourteenth session
(7 Dec 2026) by the helper "corpus15", in the voices of the people around a case in NRW:
caseworkers of the Ausländerbehörden (Duisburg, Gelsenkirchen, Dortmund, Bochum, Essen,
Oberhausen, Hagen, Wuppertal, Solingen, Köln, Bonn, Düsseldorf, the Ennepe-Ruhr-Kreis and
Bielefeld), of the Zentrale Ausländerbehörden Unna, Essen and Bielefeld and of the
Bezirksregierung Arnsberg; lawyers in Duisburg, Bochum, Essen and Köln; the
Verwaltungsgerichte Gelsenkirchen, Düsseldorf and Köln and the OVG in Münster; Amtsgerichte
(Familiengericht) and a Sozialgericht; the Petitionsausschuss of the Landtag and the
Härtefallkommission; Flüchtlingsberatung (Caritas, Diakonie, AWO, a church congregation),
Jugendmigrationsdienste, a Roma counselling office, guardians of unaccompanied minors
(Amtsvormund, Vereinsvormund, a retired teacher as honorary guardian), Jobcenter, Sozialamt,
Familienkasse, schools and a Berufskolleg, the International Office of the Ruhr-Universität,
the BAMF, and registrars in Wuppertal, Bochum, Bonn, Duisburg, Düsseldorf and Köln.
325 notes of 146 to 955 characters (median 516) with 1,542 name mentions (30 % German) of all
thirty origin codes in bench/privacy_corpus3.ORIGINS, in sixteen note types:
- typed into Gesprächskompass (90, 28 %): reflections after a conversation (most closing with
  "Mitnehmen:" or "Für mich:"), notes before and from supervision (single, group, team),
  feedback from colleagues, team leads, mentors, interpreters and counsellors, collegial case
  consultations (case-giver, moderator, hypotheses, ideas);
- the offices' texts (146, 45 %): Aktenvermerke, hearings in question and answer (the ABH
  before an expulsion or a loss of free movement, the BAMF, a registrar's interview of an
  engaged couple, a family judge hearing a minor, a youth-office intake at night), lawyers'
  pleadings and letters, court orders with their captions, letters with Betreff lines,
  e-mails with headers and replies (German and English), a petition, a Härtefall request and
  its supplement, forms (Kindergeld, Wohngeld, Verpflichtungserklärung, name declarations,
  Ausbildungsvertrag, Lohnsteuerbescheinigung), lists (family members with birth dates,
  call-backs, hand-overs, Wiedervorlagen, tables of wards or of a class, a bank statement);
- messy texts (89, 27 %): dictation with spoken punctuation and numbers, dates and names
  spelt out, lower-case team chats and messenger exchanges with clients (emoji, Ukrainian,
  English, Portuguese), and short lower-case hand notes.
The same people come back across notes and types: a Roma family from Craiova in
Duisburg-Marxloh in a Vermerk, a chat, a lawyer's letter, a Jobcenter list, a reflection and a
hand-over; a Kosovar apprentice from the Eilantrag to the OVG; a Chinese student from his
complaint to the court's order; a Mhallami family in Dortmund across a hearing, a case
consultation, the lawyer's statement and a list of the six children; a Somali boy from the
night-time intake to his guardian's first meeting. Colleagues appear by first name, by
initials, by surname, in lower case in chats; one of them is called Hagen and works at the ABH
Hagen.

Each office keeps its own invented Aktenzeichen style: Duisburg "DU-32-21/4471/26",
Gelsenkirchen "GE 32/3-AE 2026/1182" (Einbürgerung "GE 33/EB-2026-0773"), Dortmund
"DO 32/2.4-08815-26", Bochum "BO-A 32.21/2026-0614", Essen "E 32-3/A 17734/26", Oberhausen
"OB 3-32-1/0572/26", Hagen "HA-32.2/26-1947", Wuppertal "W 104.31/2026/03318", Solingen
"SG 3.32-EB-1142/26", Köln "32/333-2026-06017" (Einbürgerung "EB-K 35/2026/11904"), Bonn
"BN 33-21/1938/26", Düsseldorf "D-54/2-AE 2026-14471", ZABs "ZAB UN 3.1-5408/26",
"ZAB E 13.3-44091/26", "ZAB BI 22.2-77105/26", Bezirksregierung Arnsberg
"36.06.02-2026-1184", Standesämter "E 412/2026", "G 2814/2026", "NE 88/2026", courts in their
real formats ("8 L 1419/26", "22 L 2871/26.A", "18 B 912/26", "105 F 219/25",
"10 Js 3381/19"), the Landtag's petitions "18-P-2026-04417-00", BAMF "9871302-423", Jobcenter
BG numbers "36704//0078431", Kindergeld numbers "254FK417293", lawyers' own references
("217/26 Yı", "HA 0388/26", "VS-0917/26-Şa").

The names follow the naming customs of their origins as the writer knows them: Romanian Roma
families with ș/ț/ă and a marriage by custom registered later (children under two surnames),
Bulgarian patronymics and gendered surnames (Emilova/Emilov, Petrova/Petrov) beside the
mother's own name, Bulgarian Turks, Serbian, Bosnian and Kosovar Albanian names (Đ, ž,
Hatschek spelt out), Mhallami families with an Arabic name in Lebanon and a Turkish
Nüfus entry under another surname, Syrian names with "bin" and Al-, a Yazidi whose father's
name became his surname, Kurmanji spellings (ê, î) against the Syrian passport, Afghans with
one name and a Vatersname (a family name added by the embassy, a tribal name given in the
reception centre), Eritrean and Somali given + father's + grandfather's names, Ghanaian day
names explained (and a hearing that asks for a mother-in-law's birthday), Guinean Fula
names, Igbo and Yoruba names, Chinese and Taiwanese family names first (Chinese script, an
English or German nickname "Henry", "Max"), a Mongolian with his father's name as surname,
Korean spouses keeping their surnames, Vietnamese with and without diacritics and a daughter
registered under her mother's name by mistake, a Thai partner, Tamil father's names as
surnames and an initial ("S. Karthik"), a Malayali wife named after her husband's given name,
Sikh Singh, Pakistani wives named after husband or father, Iranian names with and without
"Nejad", Georgian names, Chechen and Kazakh patronymics, Ukrainian names in Cyrillic beside their
transliterations, Filipino middle names and "Ma.", Brazilian filiação and double surnames,
Peruvian and Colombian paternal + maternal surnames, Moroccan and Tunisian names written
together or apart (El Amrani/Elamrani, Ben Salah/Bensalah), third-generation Turks and Ruhr
Poles (Schimanski, Kaczmarek, Wrobel are German colleagues of Polish descent, marked pl),
Dutch, Italian and Greek EU citizens. German names that are ordinary words stand beside the
words: Sauer (and "sauer"), Kurz (and "kurz"), Winter (and "Winter"), Sommer (and "im
Sommer"), Engel (and "Engelsgeduld"), Stein (and "ein Stein, der ihm vom Herzen fiel"), Sturm
("Sturm im Wasserglas"), Koch (and "als Koch"), Schwarz (and "Schwarzen"), Hagen (a colleague
and the city), Nur (a Somali grandfather's name beside the German "nur"); Fischer, Licht and
Kaplan as surnames. Names inside firm names (Gebäudereinigung Pütz, Spedition Kötter, Elektro
Wirtz, Metallbau Brinkschulte, Kanzlei Vogt & Şahin) are marked.

Unmarked on purpose (hard negatives): offices, courts and institutions (ZAB, BAMF, Jobcenter,
Familienkasse, Caritas, Diakonie, AWO, SkF, GIZ, Bogestra, WSW, Ruhrbahn, Vonovia, Helios,
Ziraat Bankası, PrivatBank), schools and hospitals named after people (Heinrich-Böll-
Gesamtschule, Helmholtz-Gymnasium, St. Elisabeth-Hospital, Seniorenzentrum St. Josef),
restaurants ("Zagros", "Saigon Garden"), towns that are also a word or a surname (Essen beside
"essen", Hagen), "Mhallami", "Roma", "Romni", "dede", "doamna",
an insult quoted in a supervision note, months and weekdays alone, seasons, nationalities, job
titles. A year alone is not a date (a year of birth is a `geburtsdatum`); a month with its year
is a date; a date range is one date. The addresses of authorities in letterheads are unmarked;
every date, phone number, e-mail address and bank account is marked, an office's too.

Markup conventions beyond the third corpus's (as in the ninth and thirteenth): a
Sozialversicherungsnummer, an eTIN and foreign personal numbers (Pakistani CNIC, Turkish T.C.
Kimlik No, Ukrainian RNOKPP, a Bulgarian Lichna karta, Romanian, Moroccan, Tunisian, Georgian
and Serbian document numbers) are `ausweisnummer`; Kassenzeichen, BG-Nummern,
Kindergeldnummern, course numbers, a Matrikelnummer, a Bundespolizei record number, a
Handwerkskammer entry, a certificate's and a deed's number and a lawyer's own reference are
`aktenzeichen`; dates and phone numbers dictated in words are marked; a name spelt out
("K-E-L-M-E-N-D-I") is a name; a plural or genitive s stays outside the mark.
Identifiers follow their real rules: IBANs pass mod 97 (German, Romanian, Bulgarian, Turkish,
Ukrainian, Polish, Dutch), Steuer-IDs their check digit and digit structure, German
ten-character document numbers their ICAO check digit, Sozialversicherungsnummern their check
digit, AZR numbers start with a registration date, postcodes belong to the town named
(tests/test_privacy_hand_corpora.py). The writer chose every digit; only the check digits were
computed by a small calculator outside the repository. The subject matter is residence law as
of December 2026 (the expired Chancen-Aufenthaltsrecht and its passage into § 25b, § 25a for
children and their parents, Ausbildungs- and Beschäftigungsduldung, § 60b, the suspended
family reunification for subsidiary protection, § 24 until March 2027, naturalisation after
five years with multiple citizenship, the Gastarbeiter and Vertragsarbeiter rule, EU free
movement and its loss, Dublin transfers, revocations for Syrians). Everything is fictional.

The notes were written without running the detector or the anonymiser on them, without
reading their code or word data and without opening the other corpora's data files; only the
markup was checked (`--count`, the tests, and a script outside the repository that listed
words marked as a name in one place and unmarked in another, and dates and numbers left
unmarked).

First measurement (lead, aggregate only, both halves, on the detector of 9fde6e3, before the
fourteenth session's changes): names 1,416/1,542 = 91.8 % (German 414/465), Aktenzeichen
133/158 = 84.2 %, documents 31/37, dates 264/294, birth dates 147/150, IBAN 28/29, phones
59/60, addresses, AZR, e-mail and Steuer-ID 100 %; meaning words kept 98.19 %; 108 findings
without counterpart. After that **half A became a development set** (`--misses`, half A
only); **half B stays untouched**: `--evaluate` prints aggregate figures only, and only the lead
runs it. At the session's end see docs/performance.md (fourteenth session).

    python -m bench.privacy_corpus15 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus15 --misses     # half A: figures and every miss in context
    python -m bench.privacy_corpus15 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke15.txt"
# The split balances kinds and note types; of the 3,000 seeds from 20261207_15 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_15 + 145
TITLE = ("Fünfzehntes Korpus (handgeschrieben, Ruhrgebiet und Rheinland; Recht, Beratung, "
         "Vormundschaft, Standesamt)")
# What caseworkers, counsellors, guardians, supervisors and colleagues type into the app itself.
APP_TYPES = ("reflexion", "supervision", "rückmeldung", "fallberatung")
OFFICE_TYPES = ("vermerk", "anhörung", "schriftsatz", "beschluss", "brief", "mail", "eingabe",
                "formular", "liste")
MESSY_TYPES = ("diktat", "chat", "notiz")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE)
development_half = CORPUS.development_half
sources = CORPUS.sources
build_corpus15 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())
