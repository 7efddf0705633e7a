"""A second labelled corpus for the anonymiser, made differently from the first.

Why a second one: the first corpus (bench/privacy_corpus.py) was written alongside the
detector, so its sentence shapes and names are the ones the rules were tuned on. This one is
made apart from the detector:
- names come from the pools below, written by hand for this corpus (many origins, surnames
  that are also German words, particles, double names), never read by the detector; the
  benchmark reports how many happen to be in the detector's data;
- sentences are shaped like real Aktenvermerke (abbreviations, "Name, Vorname", colons, lists,
  lower-case quick notes), not like the first corpus's reflections;
- identifiers are realistic: AZR numbers start with a registration date, eAT and ID card
  numbers carry their ICAO check digit, Steuer-IDs follow their digit rule, IBANs their mod 97;
- a part of the notes are written fully by hand (HAND_NOTES) in the style of Aktenvermerke.

The split is fixed by seed: names, hand-written notes and notes are divided into a tuning part
and an untouched test part. The detector may be tuned by looking at failures in the tuning
part only; the test part is measured and reported, never inspected for tuning.

    from bench.privacy_corpus2 import build_corpus2
    tuning, test = build_corpus2()
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.privacy_corpus import Item, Note

SEED = 20261206

# (first names, surnames) by origin; written for this corpus only.
POOLS: dict[str, tuple[str, str]] = {
    "arabisch-levante": (
        "Wassim Yazan Anas Majd Qusai Rami Samer Bilal Hussam Mouhannad Lama Rasha Ruba Joud "
        "Aya Sidra Nour Shahd Hiba Raghad",
        "Kassab Hallak Shami Tlass Khoury Nahhas Sawaf Zaitoun Mardini Halabi Attar Jabri "
        "Dabbagh Sukkar Bitar"),
    "irakisch": (
        "Haider Mustafa Ali Hassanein Zaid Karrar Sajjad Ahmed Zahraa Fatima Ruqaya Maryam "
        "Shahad Tabarek Noor",
        "Al-Jubouri Al-Dulaimi Al-Obaidi Al-Saadi Kadhim Jassim Hamoudi Al-Rubaie Abbas "
        "Mahdi"),
    "afghanisch-iranisch": (
        "Ahmad Jamshid Farid Omid Hamid Nasir Bahram Arash Dariush Kian Parisa Mahsa Nilufar "
        "Shirin Soraya Mina Roya Leila Tahmineh Zahra",
        "Karimi Rezaei Hosseini Mohammadi Azizi Nazari Jafari Ghorbani Samadi Ahmadi Haidari "
        "Rasuli Mohseni Sadat Naseri"),
    "türkisch": (
        "Murat Kemal Burak Volkan Erdem Okan Tolga Hakan Ugur Levent Esra Elif Merve Tugba "
        "Sibel Nilgün Aysel Hülya Songül Dilek",
        "Aksoy Polat Kurt Güneş Arslan Doğan Koç Özdemir Şahin Erdoğan Kılıç Yıldırım Aslan "
        "Keskin Acar"),
    "kurdisch": (
        "Dilovan Baran Rezan Shivan Zinar Diyar Hejar Roni Avin Nareen Shilan Viyan Dilvin "
        "Hevin Sozdar",
        "Hajo Ibo Sheikhmous Osso Kalo Haji Silo Rashid Ayoub Hamo"),
    "eritreisch-äthiopisch": (
        "Tedros Biniam Amanuel Dawit Natnael Filmon Henok Robel Tsega Meron Saba Bethlehem "
        "Feven Mekdes Tirhas",
        "Gebremariam Haile Tsegaye Berhane Woldu Araya Tesfay Kahsay Negash Abraha Gebru "
        "Haileselassie Mesfin Tekle Yohannes"),
    "somalisch": (
        "Abdullahi Mohamed Omar Abdikarim Hassan Farhan Najma Sahra Khadija Amina Asha Fartun "
        "Hawa Ladan",
        "Abdulle Aden Ali Nur Osman Ismail Warsame Elmi Shire Guled"),
    "westafrikanisch": (
        "Oluwaseun Tunde Ifeanyi Chukwuemeka Kelechi Yaw Kojo Seydou Ibrahima Moussa Adaora "
        "Chiamaka Efua Ama Awa Binta Mariatu",
        "Eze Nwosu Obi Adebayo Oyelaran Asante Owusu Appiah Sow Bah Camara Keita Touré Kamara "
        "Sesay"),
    "ostafrikanisch": (
        "Wanjiru Achieng Kipchoge Otieno Mugisha Nshimiyimana Amani Baraka Imani Neema",
        "Kamau Odhiambo Mwangi Niyonzima Habimana Uwimana Mutua Kariuki"),
    "ukrainisch-russisch": (
        "Andrii Serhii Vitalii Roman Maksym Volodymyr Kateryna Tetiana Nataliia Svitlana "
        "Anastasiia Yuliia Olha Larysa Daryna",
        "Shevchenko Kravchenko Boiko Tkachuk Moroz Lysenko Savchenko Rudenko Marchenko "
        "Pavlenko Kozak Polishchuk Hrytsenko Sydorenko Ivanova"),
    "georgisch-armenisch": (
        "Giorgi Levan Davit Nino Tamar Mariam Ani Armen Tigran Narine Lusine",
        "Beridze Kapanadze Gelashvili Tsiklauri Lomidze Harutyunyan Petrosyan Grigoryan "
        "Sargsyan Hakobyan"),
    "balkan": (
        "Agron Besnik Ilir Shpend Granit Lulzim Mirsad Jasmin Amir Adnan Elira Drita Merita "
        "Vlora Edona Alma Selma Azra",
        "Morina Shala Kastrati Zeqiri Hyseni Bytyqi Hasani Mustafić Osmanović Delić Kovačević "
        "Mujić Halilović Ramić Hadžić"),
    "rumänisch-bulgarisch": (
        "Alexandru Ciprian Dorin Gheorghe Viorel Nicolae Ana-Maria Elena Cristina Daniela "
        "Oana Simona Dimitar Georgi Ivelina Tsvetelina",
        "Stan Stoica Radu Dobre Barbu Nistor Manole Vlad Enache Petkov Dimitrov Georgieva "
        "Ivanov Stoyanova Todorov"),
    "polnisch": (
        "Marek Piotr Tomasz Kamil Dawid Rafał Joanna Ewelina Natalia Monika Justyna Aleksandra",
        "Nowak Kamińska Zielińska Szymański Woźniak Kaczmarek Mazur Krawczyk Jankowski "
        "Sikora Baran Wróbel"),
    "südostasiatisch": (
        "Anh Bao Cuong Hai Hoa Kim Mai Nam Son Thu Tien Xuan",
        "Le Ly Ho Vo Do Lam Mac Trieu"),
    "chinesisch": (
        "Wei Jing Xiaoming Yuqing Haoran Zihan Mei Lei",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu"),
    "südasiatisch": (
        "Imran Faisal Usman Bilal Hamza Asif Ayesha Sana Hira Nadia Rajesh Anil Meena Rekha "
        "Tamil Kumar",
        "Qureshi Chaudhry Butt Malik Siddiqui Rana Hussain Mirza Pillai Menon Ghosh Das"),
    "lateinisch-iberisch": (
        "João Gonçalo Tiago Rui Bartolomeu Ximena Mariana Luciana Valentina Thiago Matías "
        "Camila Guadalupe",
        "Santos Oliveira Pereira Carvalho Sousa Fernandes Rodrigues Gutiérrez Herrera Castillo "
        "Vargas Morales Ramírez"),
    "maghrebinisch": (
        "Youssef Mehdi Karim Rachid Hicham Samir Nadia Salma Imane Khadija Houda Sanae",
        "Benali El Amrani Bouzid Haddou Chraibi Bennani Tazi Belkacem Mansouri Benyoussef"),
    "westeuropäisch": (
        "Liam Noah Oliver Chloé Camille Giulia Francesca Matteo Lorenzo Siobhan Eoin",
        "Dubois Lefèvre Moreau Rossi Bianchi Esposito Murphy O'Brien McCarthy Jansen"),
    "deutsch": (
        "Torsten Dörte Ingo Marlies Wilfried Gundula Ole Fenja Jannik Bärbel Reinhold "
        "Heidrun Malte Imke Hauke Frauke",
        "Brückner Hermighaus Wendland Kettler Lüdtke Stratmann Osterkamp Bredemeier Hinrichs "
        "Schwertfeger Overbeck Tiedtke Rademacher Heuer Kötter"),
    "deutsch-wortgleich": (
        "Birte Arne Sönke Wiebke Knut Gesa",
        "Strauch Amsel Pfeffer Kessel Riegel Sperling Kranich Hecht Senf Hase Specht Kuchen "
        "Laub Nebel Sommerfeld Eiche Brot Wirt"),
}

PARTICLE_NAMES = (
    "Abdul-Rahman bin Salem", "Fatima al-Zahra", "Mohammed al-Khatib", "Hassan bin Youssef",
    "Pieter van der Berg", "Anouk van den Heuvel", "María de la Cruz", "José de los Santos",
    "Aminata dos Reis", "Luca di Marco", "Yusuf ibn Rashid", "Omar Abu Shanab",
)
DOUBLE_SURNAMES = ("Kowalczyk-Brandt", "Özdemir-Lange", "Nguyen-Schulte", "Haidari-Meyer",
                   "Al-Masri-Koch", "Bauer-Oyelaran")


@dataclass(frozen=True)
class P:
    first: str
    last: str
    origin: str


def _split_half(items: list[str], rng: random.Random) -> tuple[list[str], list[str]]:
    items = sorted(set(items))
    rng.shuffle(items)
    half = len(items) // 2
    return items[:half], items[half:]


class _Names:
    """The name pools, each divided by seed into a tuning half and a test half."""

    def __init__(self, part: int) -> None:
        rng = random.Random(SEED)
        self.pools: dict[str, tuple[list[str], list[str]]] = {}
        for origin, (firsts, lasts) in POOLS.items():
            f = _split_half(firsts.split(), rng)[part]
            la = _split_half(lasts.replace("El Amrani", "El-Amrani").split(), rng)[part]
            self.pools[origin] = (f, [w.replace("El-Amrani", "El Amrani") for w in la])
        self.particles = _split_half(list(PARTICLE_NAMES), rng)[part]
        self.doubles = _split_half(list(DOUBLE_SURNAMES), rng)[part]

    def person(self, rng: random.Random) -> P:
        roll = rng.random()
        if roll < 0.06:
            first, _, last = rng.choice(self.particles).partition(" ")
            return P(first, last, "partikel")
        origin = rng.choice(list(self.pools))
        firsts, lasts = self.pools[origin]
        last = rng.choice(lasts)
        if roll < 0.10:
            last = rng.choice(self.doubles)
            origin = "doppelname"
        return P(rng.choice(firsts), last, origin)


# ---------------------------------------------------------------------------------------------
# Identifiers, made to their real rules

def icao_check(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def azr_number(rng: random.Random) -> str:
    y, m, d = rng.randint(0, 25), rng.randint(1, 12), rng.randint(1, 28)
    s = f"{y:02d}{m:02d}{d:02d}{rng.randint(0, 999999):06d}"
    return s if rng.random() < 0.8 else f"{s[:6]} {s[6:]}"


_DOC = "CFGHJKLMNPRTVWXYZ0123456789"


def card_number(rng: random.Random, with_check: bool) -> str:
    """eAT or Personalausweis: authority code (4) + 5 characters (+ check digit)."""
    s = rng.choice("LMNPRTVWXY") + "".join(rng.choice(_DOC) for _ in range(8))
    return s + icao_check(s) if with_check else s


def passport_de(rng: random.Random) -> str:
    s = "C" + "".join(rng.choice(_DOC) for _ in range(8))
    return s


def tax_id(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        counts = sorted((digits.count(d) for d in set(digits)), reverse=True)
        if counts[0] not in (2, 3) or counts[1] != 1:
            continue
        product = 10
        for d in digits:
            total = (d + product) % 10 or 10
            product = (total * 2) % 11
        check = (11 - product) % 10
        s = "".join(map(str, digits)) + str(check)
        return s if rng.random() < 0.5 else f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def iban(rng: random.Random) -> str:
    cc, n = rng.choice([("DE", 18), ("DE", 18), ("FR", 23), ("BE", 12), ("CH", 17),
                        ("SE", 20), ("LT", 16)])
    bban = "".join(str(rng.randint(0, 9)) for _ in range(n))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = f"{cc}{98 - num % 97:02d}{bban}"
    return s if rng.random() < 0.5 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def phone(rng: random.Random) -> str:
    pre = rng.choice(["0157", "0163", "0172", "0178", "0152"])
    sub = f"{rng.randint(1000000, 99999999)}"
    return rng.choice([f"{pre} {sub}", f"{pre}-{sub}", f"+49 {pre[1:]} {sub}",
                       f"0{rng.randint(30, 9999)} {rng.randint(10000, 999999)}",
                       f"{pre}/{sub[:3]} {sub[3:]}", f"+49{pre[1:]}{sub}"])


MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")


def date(rng: random.Random, birth: bool = False) -> str:
    y = rng.randint(1955, 2012) if birth else rng.randint(2023, 2027)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}",
                       f"{d}. {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}."] if not birth else
                      [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {MONTHS[m - 1]} {y}"])


def file_number(rng: random.Random) -> str:
    y = rng.randint(22, 26)
    return rng.choice([f"AB-{rng.randint(100, 999)}/{y}", f"32.{rng.randint(10, 99)}-{rng.randint(1000, 99999)}",
                       f"ABH 3.2-{rng.randint(100, 9999)}-{y}", f"IV/{rng.randint(1, 9)}-{rng.randint(1000, 9999)}/20{y}",
                       f"{rng.randint(100, 999)}.{rng.randint(10, 99)}.{rng.randint(1000, 9999)}"])


STREETS = ("Lindenstraße", "Goethestr.", "Am Sandberg", "Bahnhofstraße", "Mühlenweg",
           "Friedrich-Ebert-Straße", "Parkallee", "Hinter dem Rathaus", "Schulgasse",
           "Rosenstraße", "Ulmenweg", "Dorfstraße", "Alte Poststraße")
TOWNS = ("38100 Braunschweig", "30159 Hannover", "49074 Osnabrück", "26122 Oldenburg",
         "37073 Göttingen", "21335 Lüneburg", "29221 Celle", "31134 Hildesheim")


def address(rng: random.Random) -> str:
    s = f"{rng.choice(STREETS)} {rng.randint(1, 140)}{rng.choice(['', '', 'a'])}"
    return s if rng.random() < 0.4 else f"{s}, {rng.choice(TOWNS)}"


def email(rng: random.Random, p: P) -> str:
    base = re.sub(r"[^a-z]", "", p.last.lower().replace("ü", "ue").replace("ö", "oe")
                  .replace("ä", "ae")) or "post"
    first = re.sub(r"[^a-z]", "", p.first.lower()) or "info"
    return rng.choice([f"{first}.{base}@mail.de", f"{base}{rng.randint(1, 99)}@freenet.de",
                       f"{first[0]}{base}@hotmail.com", f"{first}_{base}@aol.com"])


# ---------------------------------------------------------------------------------------------
# Generated Aktenvermerke: slot syntax {kind} for identifiers, {p.last}, {p.first}, {p.full},
# {p.rev} ("Nachname, Vorname"), {p.lower} (full name in lower case), {q.…} a second person.

TEMPLATES = (
    "AV vom {datum}: Vorspr. {p.rev}, geb. {geburtsdatum}, StA syr., wg. Verl. AE. Unterlagen unvollst., Frist bis {datum}.",
    "Ktn. {p.last} erschien ohne Termin. Dolm. {q.full} (Arabisch) anwesend. Az. {aktenzeichen}.",
    "Tel. Rücksprache mit RAin {q.last}: Mandant {p.first} {p.last} reicht Nachweise bis {datum} nach. RückrufNr {telefon}.",
    "Betr.: {p.full}, AZR-Nr. {azr} – Fiktionsbescheinigung ausgehändigt, eAT beantragt.",
    "Neue Anschrift lt. Meldebescheinigung: {adresse}. Post an alte Adresse kam zurück.",
    "eAT-Seriennr. {ausweisnummer} für {p.full} bei der Bundesdruckerei bestellt, Abholung ab {datum}.",
    "PA-Nr. {ausweisnummer} des Ehemannes {q.first} {p.last} liegt in Kopie bei.",
    "gebührenbefreiung geprüft, konto {iban} für die Erstattung, kundin {p.lower} informiert.",
    "Herr {p.last} schilderte, dass sein Sohn {q.first} seit {datum} keine Schule besucht. Er wirkte sehr erschöpft.",
    "Frau {p.last} kam mit ihrer Schwester {q.first}. Beide sprachen gut Deutsch, ich habe ruhig erklärt.",
    "Mail von {email} ging am {datum} ein; Anliegen: Termin zur Abholung des Aufenthaltstitels.",
    "{p.first} {p.last} (geb. {geburtsdatum}) beantragt die Ausbildungsduldung. Betrieb: Tischlerei Hoffnungstal.",
    "Steuer-ID {steuer_id} liegt vor, Arbeitsvertrag ab {datum} – Zustimmung der BA angefragt.",
    "Familie {p.last}: Vater {p.first}, Tochter {q.first}. Ankunftsnachweis liegt vor, Duldung bis {datum}.",
    "RA {q.full} bittet um Akteneinsicht ({aktenzeichen}), Vollmacht liegt bei.",
    "{p.last} rief erneut an ({telefon}) und war aufgebracht, weil der Termin am {datum} abgesagt wurde.",
    "Pass des Herrn {p.last} (Reisepass Nr. {ausweisnummer}) ist abgelaufen, Passbeschaffung nach § 60b AufenthG erklärt.",
    "Überweisung der Gebühr von IBAN {iban} (Kontoinhaber: {p.full}) am {datum} eingegangen.",
    "Die Sprachmittlerin {q.first} übersetzte für {p.first}. Gespräch ruhig, Anliegen geklärt.",
    "Rückfragen bitte an {p.first} ({email}) oder telefonisch unter {telefon}.",
    "Wohnsitzauflage für {p.full}, wohnhaft {adresse}, geprüft; Umverteilungsantrag vom {datum} liegt vor.",
    "Im Gespräch mit {p.first} wurde deutlich, wie groß die Angst vor der Abschiebung ist. {p.first} weinte kurz.",
    "notiz: hr. {p.lowerlast} war heute da, will am {datum} wiederkommen.",
    "Aus dem AZR ({azr}) ergibt sich eine frühere Einreise über Italien.",
)
REFLECTIONS = (
    "Ich habe versucht, Transparenz über die Bearbeitungsdauer herzustellen.",
    "Das Erwartungsmanagement hat diesmal besser funktioniert als beim letzten Termin.",
    "Die Ausländerbehörde ist für viele der einzige Kontakt zum Staat, das merke ich an der Anspannung.",
    "Nachbesprechung in der kollegialen Beratung am Freitag vorgesehen.",
    "Mir hat geholfen, zuerst die Gefühle zu benennen und dann die Sachlage.",
    "Wartezeiten von mehreren Wochen sind für Arbeitgeber kaum nachvollziehbar.",
    "Technik: Spiegeln und Zusammenfassen, danach klare nächste Schritte.",
    "Die Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG sichert den Aufenthalt bis zur Entscheidung.",
    "Beim Chancen-Aufenthaltsrecht gibt es viele Missverständnisse, auch bei Beratungsstellen.",
    "Meine eigene Ungeduld war spürbar; nächstes Mal plane ich mehr Zeit ein.",
    "Die Integrationskursbescheinigung fehlt noch, ebenso der Nachweis über Sprachkenntnisse.",
    "Grenzen setzen, ohne die Beziehung abzubrechen: Das ist mir heute gelungen.",
)

# Hand-written notes: [[kind|text]] marks an item. Written in the style of real Aktenvermerke.
HAND_NOTES = (
    "Aktenvermerk: Am [[datum|14.02.2026]] sprach [[person|Hasret]] [[person|Yüksel]] vor. Sie legte den Mietvertrag vor, der Arbeitsvertrag fehlt. Ich habe eine Frist bis zum [[datum|28.02.]] gesetzt.",
    "Telefonnotiz: [[person|Bartolomeu]] meldete sich aus der Unterkunft. Der Heimleiter, Herr [[person|Knappe]], bestätigte den Auszug zum [[datum|1. März 2026]].",
    "Vorsprache [[person|Eftimie]], [[person|Dorina]] (rum. StA) – Antrag auf Freizügigkeitsbescheinigung, Meldeadresse [[adresse|Kastanienallee 7, 30175 Hannover]].",
    "Herr [[person|Zimmer]] vom Jobcenter rief wegen Frau [[person|Linke]] an. Es geht um die Beschäftigungserlaubnis.",
    "Frau [[person|Dilara]] [[person|Sezer]] war sichtlich angespannt. Ihr Bruder [[person|Janko]] hat das Gespräch immer wieder unterbrochen, bis ich um eine kurze Pause gebeten habe.",
    "Rückruf an [[person|Aleksander]] [[person|Wiśniak]] unter [[telefon|0176 48201937]]. Er bringt den Pass am Montag.",
    "Die Unterlagen von [[person|Jane]] [[person|Okoro]] (Az. [[aktenzeichen|AB-517/25]]) sind vollständig. Weiterleitung an die Sachgebietsleitung.",
    "Frau [[person|Christin]] [[person|Hermighausen]] (Betreuerin) begleitete den Kunden. Sie hat die Vollmacht nachgereicht.",
    "[[person|Hakikat]] [[person|Rahimi]] kam mit ihren drei Kindern. Die Kinder haben im Wartebereich gemalt, die Stimmung war trotzdem gereizt.",
    "Vermerk zur Identitätsklärung: Geburtsurkunde und Tazkira liegen vor; Pass nicht vorhanden. AZR-Nummer [[azr|190312004817]].",
    "E-Mail an [[email|k.oduya@posteo.net]] mit der Bitte um Nachreichung der Gehaltsnachweise verschickt.",
    "herr [[person|mirzaei]] hat angerufen, er wartet seit wochen auf den bescheid. rückruf unter [[telefon|0152 3318472]].",
    "Die Ehefrau, [[person|Solveig]] [[person|Brandstätter]], unterstützt den Antrag auf Ehegattennachzug. Sprachnachweis A1 liegt vor.",
    "Gespräch mit Herrn [[person|de la Fuente]] und seiner Anwältin, Frau Dr. [[person|Weißhaupt]]. Ergebnis: Widerspruch wird zurückgenommen.",
    "Kundin [[person|Nguyen Thi Hoa]] bat um einen Termin mit Dolmetscherin. Termin am [[datum|03.03.2026]] um 10 Uhr vergeben.",
    "Der Kunde, [[person|Abdirahman]] [[person|Gelle]], beschwerte sich über die Wartezeit. Ich habe die Lage erklärt und mich für die Verzögerung entschuldigt.",
    "Reisepass [[ausweisnummer|C7KL2R4M9]] liegt in Kopie vor, Original wurde gesichtet.",
    "Frau [[person|Amsel]] aus dem Sozialamt bittet um Rückruf. Es geht um die Kostenübernahme für Frau [[person|al-Rawi]].",
    "Herr [[person|van der Linden]] legte den Arbeitsvertrag vor; Gehalt über der Grenze für die Blaue Karte EU.",
    "Nach dem Gespräch mit [[person|Sevda]] habe ich lange nachgedacht. [[person|Sevda]] hat mir von der Flucht erzählt, ich war danach sehr bewegt.",
    "IBAN für die Rückerstattung: [[iban|DE02 1203 0000 0000 2020 51]]. Kontoinhaber ist der Vater, Herr [[person|Ivanchuk]].",
    "Steuerliche IdNr. [[steuer_id|57549285017]] lt. Arbeitgeberbescheinigung; Arbeitgeber: Malerbetrieb in Celle.",
    "Betreuer [[person|Rüdiger]] [[person|Kessel]] teilte mit, dass der Klient ins Krankenhaus gekommen ist.",
    "Frau [[person|Oyelaran-Brandt]] erschien mit ihrem Sohn [[person|Tobi]]. Der Kinderreisepass läuft am [[datum|12.05.2026]] ab.",
    "Die Dolmetscherin Frau [[person|Haddadi]] musste früher gehen; das restliche Gespräch lief auf Englisch.",
    "[[person|Sezer]] hat heute zum ersten Mal gelacht. Ich glaube, die Klarheit über die nächsten Schritte hat geholfen.",
    "Vermerk: Kd. [[person|Bajraktari]], [[person|Liridona]], geb. [[geburtsdatum|07.11.1994]], wohnhaft [[adresse|Im Moore 14, 30167 Hannover]].",
    "Herr [[person|Bin Saleh]] fragte nach dem Stand. Die Akte liegt noch bei der Kollegin im Sachgebiet Einbürgerung.",
    "Der Hausmeister, Herr [[person|Pfeffer]], hat die Post zurückgeschickt, weil der Briefkasten nicht beschriftet war.",
    "Kontaktdaten lt. Antrag: [[telefon|+49 157 73920418]], [[email|z.hamdan@gmx.net]]. [[person|Zaina]] [[person|Hamdan]] bevorzugt Anrufe am Vormittag.",
)

FUNCTION_WORDS = frozenset("""
der die das den dem des ein eine einen einem einer eines ich sie er es wir ihr ihre ihren ihrem
sein seine seinen seinem mein meine meinen am im in an auf aus bei mit nach vor von zu zum zur
und aber dann danach als wenn weil dass da dort hier heute gestern erst noch nur auch schon
herr herrn frau hr fr dr was wie wer wo ob so man mir mich uns sich beim nachdem während
beide bis ab um für über unter
""".split())


class _B:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.items: list[Item] = []

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def item(self, s: str, kind: str, origin: str = "") -> None:
        self.items.append(Item(self.pos, self.pos + len(s), kind, origin=origin))
        self.text(s)

    def note(self) -> Note:
        text = "".join(self.parts)
        covered = [(i.start, i.end) for i in self.items]
        spans = []
        for m in re.finditer(r"[^\W\d_][\w’'-]*", text):
            if not m[0][0].isupper() or m[0].lower() in FUNCTION_WORDS or len(m[0]) < 2:
                continue
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            spans.append(m.span())
        return Note(text, tuple(self.items), tuple(spans))


def _person_slot(b: _B, p: P, what: str) -> None:
    if what == "first":
        b.item(p.first, "person", p.origin)
    elif what == "last":
        b.item(p.last, "person", p.origin)
    elif what == "full":
        b.item(f"{p.first} {p.last}", "person", p.origin)
    elif what == "rev":
        b.item(p.last, "person", p.origin)
        b.text(", ")
        b.item(p.first, "person", p.origin)
    elif what == "lower":
        b.item(f"{p.first} {p.last}".lower(), "person", p.origin)
    elif what == "lowerlast":
        b.item(p.last.lower(), "person", p.origin)


def _fill(b: _B, template: str, rng: random.Random, names: _Names) -> None:
    p, q = names.person(rng), names.person(rng)
    makers = {
        "datum": lambda: date(rng), "geburtsdatum": lambda: date(rng, birth=True),
        "aktenzeichen": lambda: file_number(rng), "telefon": lambda: phone(rng),
        "azr": lambda: azr_number(rng), "iban": lambda: iban(rng),
        "steuer_id": lambda: tax_id(rng), "adresse": lambda: address(rng),
        "email": lambda: email(rng, p),
        "ausweisnummer": lambda: rng.choice([card_number(rng, True), card_number(rng, False),
                                             passport_de(rng)]),
    }
    pos = 0
    for m in re.finditer(r"\{(\w+)(?:\.(\w+))?\}", template):
        b.text(template[pos:m.start()])
        pos = m.end()
        if m[1] in ("p", "q"):
            _person_slot(b, p if m[1] == "p" else q, m[2])
        else:
            b.item(makers[m[1]](), m[1])
    b.text(template[pos:])


def _hand_note(source: str) -> Note:
    b = _B()
    pos = 0
    for m in re.finditer(r"\[\[(\w+)\|([^\]]+)\]\]", source):
        b.text(source[pos:m.start()])
        b.item(m[2], m[1], "handgeschrieben" if m[1] == "person" else "")
        pos = m.end()
    b.text(source[pos:])
    return b.note()


def _build(part: int, n: int) -> list[Note]:
    names = _Names(part)
    rng = random.Random(SEED * 10 + part)
    hand = _split_half(list(HAND_NOTES), random.Random(SEED))[part]
    notes = [_hand_note(h) for h in hand]
    while len(notes) < n:
        b = _B()
        for template in rng.sample(TEMPLATES, rng.randint(1, 3)):
            _fill(b, template, rng, names)
            b.text(" ")
        if rng.random() < 0.5:
            b.text(rng.choice(REFLECTIONS))
        notes.append(b.note())
    return notes


def build_corpus2(n: int = 300) -> tuple[list[Note], list[Note]]:
    """(tuning part, untouched test part), n notes each, fixed by SEED."""
    return _build(0, n), _build(1, n)
