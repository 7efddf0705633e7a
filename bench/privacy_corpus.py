"""A labelled German test corpus for the anonymiser, built by the project itself.

Notes are written like caseworkers' reflections ("Frau Tesfaye kam am 12.03. ohne Termin …")
from templates, filled from seeded random choices, so the corpus is the same on every machine.
Every item of personal data carries a labelled span (for names: the name only, without "Herr"
or "Frau" and without a genitive s); every meaning-carrying word is listed too, so that
retention can be measured. About a fifth of the notes hold no personal data at all.

Honesty: the name pools below were written separately from the detector's lists in
desktop/core/privacy/data/ and deliberately contain names that are not in those lists (held-out
names); `in_lists` on each person item says which case it is, and the benchmark reports recall
for both. Street names, towns and meaning words were likewise written here, not copied.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# Name pools by origin: (male first names, female first names, surnames)

ORIGINS: dict[str, tuple[str, str, str]] = {
    "deutsch": (
        "Thomas Jörg Sven Matthias Heiko Benedikt Lutz Gunnar Wendelin Kilian Detlev Volkmar",
        "Sabine Kerstin Anke Heike Mareike Friederike Gesine Wiebke Almut Hiltrud Svenja Ulrike",
        "Schneider Krüger Hoffmann Lehmann Brandt Pohl Kessler Dornbusch Gerstenberger Wahlich "
        "Tiedemann Quandt Rehbein Schumacher Zander",
    ),
    "arabisch": (
        "Mahmoud Khaled Bassam Nizar Fadi Ammar Tarek Louay Jihad Ghaith Muayad Suhaib",
        "Rania Nisreen Hala Rahaf Lujain Ghofran Batoul Maysaa Rouaa Hadeel Dalia Iman",
        "Haddad Alkhatib Darwish Haj Hamoud Kabbani Sabbagh Tarabichi Allouch Bakdash Jazmati "
        "Al-Hamwi Kanjo Qattan Shaar",
    ),
    "afghanisch": (
        "Mirwais Habibullah Sohrab Shafiq Zalmai Farhad Wahidullah Ajmal Jawed Samiullah "
        "Fawad Naqibullah",
        "Fereshta Gulalai Marzia Shabnam Tahmina Zarghona Nazifa Palwasha Roqia Khatera "
        "Lailuma Pashtana",
        "Ahmadzai Stanekzai Sultani Popal Wardak Noorzai Hotak Sahak Mangal Kohistani "
        "Safi Amarkhel Ludin Jalalzai Rahimi",
    ),
    "ukrainisch": (
        "Oleksandr Dmytro Mykola Taras Bohdan Yaroslav Ostap Vsevolod Zakhar Arsen Nazar Ihor",
        "Olena Iryna Oksana Halyna Khrystyna Solomiia Zlata Yevheniia Ustyna Liliia Vira Inna",
        "Kovalenko Bondarenko Shevchuk Melnyk Tkachenko Hnatiuk Voloshyn Kulyk Yatsyshyn "
        "Prokopchuk Dzhus Ostapchuk Semenko Havryliuk Bilyk",
    ),
    "türkisch": (
        "Mehmet Hüseyin Emre Serkan Yusuf Oğuzhan Tuncay Berkant Sezgin Cihan Alper Ferhat",
        "Ayşe Zeynep Hatice Gülsüm Sevgi Büşra Şengül Nurten Fadime Hacer Derya Gülay",
        "Yılmaz Öztürk Kaya Demir Aydın Çelik Karakaya Kocabaş Bozdağ Eryılmaz Uçar Sarıkaya "
        "Karagöz Tosun Akyol",
    ),
    "kurdisch": (
        "Azad Serhat Rêber Dilşad Welat Şêrzad Hozan Bawer Rizgar Çiya Ferhad Kendal",
        "Rojda Berfin Zozan Nazdar Evîn Hêvî Bêrîvan Dilan Ronahî Jînda Nesrîn Gulê",
        "Xelil Bozan Sido Qasim Khalaf Murad Amedi Barzani Cizîrî Mihemed Elo Reşo "
        "Hesen Temo Miro",
    ),
    "eritreisch": (
        "Yonas Filmon Merhawi Habtom Tesfalem Goitom Kibrom Awet Mussie Daniel Eyob Semere",
        "Semhar Luwam Winta Yordanos Freweyni Rahwa Helen Selam Ruta Hiwet Senait Eden",
        "Tesfamariam Ghebremedhin Habte Woldemichael Kidane Andemariam Okbamichael Asmerom "
        "Ghebrehiwet Teklemariam Mehreteab Tewelde Ghirmai Sebhatu Kesete",
    ),
    "somalisch": (
        "Abdirahman Guled Mahad Liban Abdiwali Bashir Hamse Sakariye Abdifatah Mukhtar "
        "Yasin Khadar",
        "Hodan Faduma Nimco Sagal Ubah Hibo Ifrah Deeqa Kaltun Hamdi Fardowsa Istahil",
        "Warsame Hirsi Gedi Samatar Duale Abdi Jama Farah Egal Mohamud Yusuf Hashi Barre "
        "Ugas Dhuhulow",
    ),
    "westafrikanisch": (
        "Chinedu Emeka Olumide Babatunde Amadou Mamadou Ousmane Kwame Lamin Ebrima Obinna "
        "Kofi",
        "Ngozi Chioma Funmilayo Fatoumata Aissatou Kadiatou Akosua Isatou Mariama Adaeze "
        "Yetunde Nneka",
        "Okafor Okonkwo Adeyemi Diallo Traoré Coulibaly Jallow Ceesay Mensah Boateng Bangura "
        "Nwachukwu Ogundipe Sanneh Fofanah",
    ),
    "balkan": (
        "Arben Blerim Driton Valon Dragan Nenad Edin Kenan Haris Fatmir Bekim Dušan",
        "Arta Blerta Fjolla Vjosa Jelena Milica Lejla Amra Emina Albulena Teuta Dragana",
        "Krasniqi Berisha Gashi Hoxha Kelmendi Jovanović Petrović Hodžić Begić Salihović "
        "Bajrami Qorraj Dautović Rexhaj Mehmedagić",
    ),
    "polnisch": (
        "Paweł Krzysztof Łukasz Grzegorz Wojciech Bartosz Przemysław Jarosław Mariusz "
        "Radosław Tadeusz Zbigniew",
        "Agnieszka Małgorzata Katarzyna Dorota Beata Grażyna Jadwiga Bożena Sylwia Iwona "
        "Marzena Urszula",
        "Kowalski Wiśniewska Wójcik Lewandowski Dąbrowska Kozłowski Szczepańska Grzelak "
        "Pietrzyk Kubacki Mroczek Wilczyński Chmielarz Pawlak Zając",
    ),
    "rumänisch": (
        "Ionuț Mihai Florin Cătălin Răzvan Ovidiu Sorin Bogdan Costel Vasile Marian Lucian",
        "Ioana Andreea Mihaela Roxana Loredana Florentina Nicoleta Raluca Georgiana Ionela "
        "Luminița Petronela",
        "Popescu Ionescu Munteanu Ciobanu Dumitrescu Ungureanu Moldovan Lungu Rotaru Cojocaru "
        "Bălănescu Stoicescu Ardeleanu Pârvu Sârbu",
    ),
    "vietnamesisch": (
        "Minh Tuan Hung Quang Duc Thanh Long Khoa Phuc Vinh Dat Hieu",
        "Lan Huong Linh Trang Ngoc Thao Phuong Quynh Hanh Thuy Nhung Yen",
        "Nguyen Tran Pham Hoang Phan Vu Dang Bui Duong Truong Huynh Ngo Dinh Luong Trinh",
    ),
    "indisch": (
        "Arjun Rahul Vikram Sandeep Harpreet Gurpreet Sunil Pradeep Karthik Siddharth Anirudh "
        "Jaswinder",
        "Priya Anjali Deepika Kavya Sunita Manpreet Harleen Lakshmi Shreya Divya Pooja Nandini",
        "Sharma Patel Singh Kaur Reddy Nair Iyer Chatterjee Kulkarni Deshmukh Venkataraman "
        "Sandhu Gill Bhattacharya Raghunathan",
    ),
}

VIETNAMESE_MIDDLE = {"m": "Van Duc Huu Quoc", "f": "Thi Ngoc Thu Kim"}


@dataclass(frozen=True)
class PersonName:
    first: str
    last: str
    gender: str  # "m" or "f"
    origin: str


@dataclass(frozen=True)
class Item:
    """One labelled item of personal data."""

    start: int
    end: int
    kind: str
    origin: str = ""
    in_lists: bool | None = None
    form: str = ""


@dataclass(frozen=True)
class Note:
    """One corpus text with its labelled items and the spans of its meaning-carrying words."""

    text: str
    items: tuple[Item, ...]
    meaning: tuple[tuple[int, int], ...]


# ---------------------------------------------------------------------------------------------
# Meaning-carrying vocabulary (written here, independent of the detector's stop list)

LEGAL_F = ("Aufenthaltserlaubnis", "Fiktionsbescheinigung", "Duldung", "Niederlassungserlaubnis",
           "Ausbildungsduldung", "Beschäftigungserlaubnis", "Einbürgerung", "Verlängerung",
           "Blaue Karte EU", "Aufenthaltsgestattung", "Passbeschaffung", "Vorabzustimmung")
LEGAL_M = ("Widerspruch", "Antrag auf Familiennachzug", "Ablehnungsbescheid", "Aufenthaltstitel",
           "Verlängerungsantrag", "Einbürgerungsantrag", "Bescheid", "Termin zur Vorsprache",
           "Härtefallantrag", "Antrag auf Ehegattennachzug")
FEELINGS = ("Angst", "Wut", "Verzweiflung", "Scham", "Erleichterung", "Ohnmacht",
            "Hilflosigkeit", "Enttäuschung", "Ärger", "Trauer", "Panik", "Misstrauen",
            "Ungeduld", "Frust", "Erschöpfung", "Unsicherheit")
FEELING_ADJ = ("verzweifelt", "wütend", "erschöpft", "verunsichert", "gereizt", "traurig",
               "beschämt", "erleichtert", "misstrauisch", "fassungslos", "ängstlich", "ungeduldig")
MY_FEELINGS = ("Ärger", "Hilflosigkeit", "Mitgefühl", "Anspannung", "Unruhe", "Müdigkeit",
               "Zweifel", "Erleichterung", "Schuldgefühle", "Frust")
COUNTRIES = ("Syrien", "Afghanistan", "Eritrea", "Somalia", "der Ukraine", "der Türkei", "Nigeria",
             "Gambia", "dem Kosovo", "Polen", "Rumänien", "Vietnam", "Indien", "dem Irak",
             "Guinea", "Serbien", "Ghana", "dem Iran")
NATIONALITY = ("syrische", "afghanische", "eritreische", "somalische", "ukrainische", "türkische",
               "nigerianische", "gambische", "kosovarische", "vietnamesische", "indische",
               "irakische", "serbische")
ROLES_NOM = ("die Teamleitung", "meine Kollegin", "der Sicherheitsdienst", "die Dolmetscherin",
             "der Sprachmittler", "die Ehrenamtliche", "der Sozialdienst", "die Sachgebietsleitung",
             "die Migrationsberatung", "der Kollege am Nachbarschalter")
PLACES = ("Wartebereich", "Empfangstresen", "Schalter", "Flur", "Besprechungsraum", "Büro")
TECHNIQUES = ("Ich-Botschaften", "aktives Zuhören", "Paraphrasieren", "Erwartungsmanagement",
              "Transparenz über die nächsten Schritte", "Einfache Sprache", "eine kurze Pause",
              "Deeskalation vom Gefühl zu den Fakten", "das Vier-Seiten-Modell")

STREETS = ("Eisenbahnstraße", "Hauptstraße", "Karl-Marx-Allee", "Lindenweg", "Georg-Schwarz-Str.",
           "Berliner Straße", "Kirchgasse", "Marktplatz", "Schillerring", "Am Anger",
           "An der Kirche", "Zum Hafen", "Im Winkel", "Auf dem Berg", "Merseburger Straße",
           "Rosa-Luxemburg-Str.", "Wilhelm-Leuschner-Platz", "Gartenweg", "Lutherstraße",
           "Große Ulrichstraße", "Magdeburger Allee", "Kastanienweg", "Am Mühlgraben",
           "Breiter Weg", "Leipziger Chaussee", "Hallesche Straße", "Thomas-Müntzer-Ring")
TOWNS = (("04109", "Leipzig"), ("04315", "Leipzig"), ("06108", "Halle (Saale)"),
         ("39104", "Magdeburg"), ("06844", "Dessau-Roßlau"), ("06749", "Bitterfeld-Wolfen"),
         ("60311", "Frankfurt am Main"), ("06886", "Lutherstadt Wittenberg"), ("06366", "Köthen"),
         ("06217", "Merseburg"), ("06618", "Naumburg"), ("06712", "Zeitz"), ("39576", "Stendal"),
         ("06526", "Sangerhausen"), ("06449", "Aschersleben"), ("38820", "Halberstadt"),
         ("01067", "Dresden"), ("99084", "Erfurt"), ("10115", "Berlin"), ("28195", "Bremen"))
MAIL_DOMAINS = ("web.de", "gmx.de", "gmail.com", "t-online.de", "outlook.com", "yahoo.de",
                "posteo.de", "icloud.com")
ID_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"
MONTH_NAMES = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember")

# Words that start sentences or glue them; not counted as meaning-carrying.
FUNCTION_WORDS = frozenset("""
der die das den dem des ein eine einen einem einer eines ich sie er es wir ihr ihre ihren ihrem
sein seine seinen seinem mein meine meinen am im in an auf aus bei mit nach vor von zu zum zur
und aber dann danach als wenn weil dass da dort hier heute gestern erst noch nur auch schon
herr herrn frau hr fr dr was wie wer wo ob so es man mir mich uns sich beim nachdem während
""".split())


# ---------------------------------------------------------------------------------------------
# Generating single items

def _pool(origin: str) -> tuple[list[str], list[str], list[str]]:
    male, female, last = ORIGINS[origin]
    return male.split(), female.split(), last.split()


def random_person(rng: random.Random, origin: str | None = None) -> PersonName:
    origin = origin or rng.choice(list(ORIGINS))
    male, female, last = _pool(origin)
    gender = rng.choice("mf")
    first = rng.choice(male if gender == "m" else female)
    surname = rng.choice(last)
    if origin == "vietnamesisch" and rng.random() < 0.5:
        first = f"{rng.choice(VIETNAMESE_MIDDLE[gender].split())} {first}"
    if origin == "deutsch" and rng.random() < 0.1:
        surname = f"{surname}-{rng.choice(_pool(rng.choice(list(ORIGINS)))[2])}"
    return PersonName(first, surname, gender, origin)


def random_date(rng: random.Random, year_lo: int = 2019, year_hi: int = 2025) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(year_lo, year_hi)
    style = rng.randrange(7)
    if style == 0:
        return f"{d:02d}.{m:02d}.{y}"
    if style == 1:
        return f"{d}.{m}.{y % 100:02d}"
    if style == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 3:
        return f"{d}. {MONTH_NAMES[m - 1]} {y}"
    if style == 4:
        return f"{d:02d}.{m:02d}."
    if style == 5:
        return f"{d}. {MONTH_NAMES[m - 1]}"
    return f"{d}.{m}.{y}"


def random_birth_date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2015)
    return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTH_NAMES[m - 1]} {y}",
                       f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}"])


def random_file_number(rng: random.Random) -> tuple[str, str]:
    """(text before, the number) for an Aktenzeichen in common municipal formats."""
    n = rng.randrange(8)
    year = rng.randint(19, 25)
    if n == 0:
        return "Az. ", f"{rng.randint(30, 39)}.{rng.randint(1, 9)}-{rng.randint(10, 9999)}/{year}"
    if n == 1:
        return "AZ: ", f"ABH-20{year}-{rng.randint(1, 99999):05d}"
    if n == 2:
        return "Aktenzeichen ", f"{rng.randint(1000000, 9999999)}"
    if n == 3:
        return "", f"{rng.randint(30, 39)}-{rng.randint(10, 99)} {rng.randint(10, 99)}/20{year}"
    if n == 4:
        return "Gz. ", f"{rng.randint(30, 39)}.{rng.randint(1, 9)}-{rng.randint(1000, 9999)}/{year}"
    if n == 5:
        return "Vorgangsnummer ", f"20{year}-{rng.randint(1, 999999):06d}"
    if n == 6:
        return "unserem Zeichen ", f"ABH {2000 + year}/{rng.randint(1, 9999):04d}"
    return "", f"{rng.choice(['ABH', 'AB', 'ALB', 'EBH'])}-20{year}-{rng.randint(1, 9999):04d}"


def random_phone(rng: random.Random) -> str:
    area = rng.choice(["0341", "0345", "0391", "030", "0340", "03493", "069", "0351"])
    mobile = rng.choice(["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0176", "0177"])
    sub = str(rng.randint(1000000, 9999999))
    n = rng.randrange(8)
    if n == 0:
        return f"+49 {area[1:]} {sub}"
    if n == 1:
        return f"{area} {sub}"
    if n == 2:
        return f"{mobile}/{sub}"
    if n == 3:
        return f"{mobile}-{sub}{rng.randint(0, 9)}"
    if n == 4:
        return f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}"
    if n == 5:
        return f"0049 {mobile[1:]} {sub}"
    if n == 6:
        return f"+49 (0){area[1:]} {sub[:6]}"
    return f"{area}/{sub[:3]}-{sub[3:]}"


def random_email(rng: random.Random, person: PersonName) -> str:
    first = _ascii(person.first.split()[-1]).lower()
    last = _ascii(person.last.split("-")[0]).lower()
    local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                        f"{first[0]}.{last}", f"{last}.{first}", f"{first}_{rng.randint(80, 99)}"])
    at = "(at)" if rng.random() < 0.08 else "@"
    return f"{local}{at}{rng.choice(MAIL_DOMAINS)}"


def _ascii(s: str) -> str:
    table = str.maketrans("äöüßşçğıéèáàóúâêîôûëïćčšžđłńśźżăâîșțơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ",
                          "aousscgieeaaouaeioueiccszdlnszzaaistouaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyyd")
    return re.sub(r"[^A-Za-z]", "", s.lower().translate(table)) or "kontakt"


def random_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    number = f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'a', 'b'])}"
    plz, town = rng.choice(TOWNS)
    n = rng.randrange(3)
    if n == 0:
        return f"{street} {number}"
    return f"{street} {number}, {plz} {town}"


def random_iban(rng: random.Random) -> str:
    country, length = rng.choice([("DE", 22), ("DE", 22), ("DE", 22), ("AT", 20), ("NL", 18),
                                  ("PL", 28), ("TR", 26), ("RO", 24)])
    if country == "NL":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + \
            "".join(str(rng.randint(0, 9)) for _ in range(length - 8))
    elif country == "RO":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + \
            "".join(str(rng.randint(0, 9)) for _ in range(length - 8))
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(length - 4))
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(digits) % 97
    iban = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def random_german_id(rng: random.Random) -> str:
    while True:
        s = rng.choice("CFGHJKLMNPRTVWXYZ") + "".join(rng.choice(ID_ALPHABET) for _ in range(8))
        if sum(ch.isdigit() for ch in s) >= 4:
            return s


def random_passport(rng: random.Random) -> str:
    n = rng.randrange(3)
    if n == 0:
        return rng.choice("NPU") + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8, 9))))
    if n == 1:
        return "".join(rng.choice("ABEFHKLMPRSTU") for _ in range(2)) + \
            "".join(str(rng.randint(0, 9)) for _ in range(7))
    return random_german_id(rng)


def random_azr(rng: random.Random, spaced: bool = True) -> str:
    s = str(rng.randint(100000000000, 999999999999))
    # An AZR number begins with the date of first registration (YYMMDD); derived from the
    # same random digits, so the rest of the corpus stays as it was.
    s = f"{s[:2]}{int(s[2:4]) % 12 + 1:02d}{int(s[4:6]) % 28 + 1:02d}{s[6:]}"
    return s if not spaced or rng.random() < 0.7 else f"{s[:4]} {s[4:8]} {s[8:]}"


def random_tax_id(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        product = 10
        for d in digits:
            total = (d + product) % 10 or 10
            product = (total * 2) % 11
        check = 11 - product
        digits.append(0 if check == 10 else check)
        s = "".join(map(str, digits))
        return s if rng.random() < 0.6 else f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


# ---------------------------------------------------------------------------------------------
# Building notes from templates

class _Builder:
    """Concatenates text pieces and records the spans of labelled items and meaning words."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.items: list[Item] = []
        self.meaning: list[tuple[int, int]] = []

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def item(self, s: str, kind: str, **meta: object) -> None:
        self.items.append(Item(self.pos, self.pos + len(s), kind, **meta))  # type: ignore[arg-type]
        self.text(s)

    def meaning_word(self, s: str) -> None:
        self.meaning.append((self.pos, self.pos + len(s)))
        self.text(s)

    def note(self) -> Note:
        text = "".join(self.parts)
        covered = [(i.start, i.end) for i in self.items]
        spans = set(self.meaning)
        for m in re.finditer(r"[^\W\d_][\w’'-]*", text):
            word = m[0]
            if not word[0].isupper() or word.lower() in FUNCTION_WORDS:
                continue
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            spans.add(m.span())
        return Note(text, tuple(self.items), tuple(sorted(spans)))


class _Case:
    """The persons of one note and how they have been mentioned so far."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.client = random_person(rng)
        self.relative = random_person(rng, self.client.origin)
        self.relative = PersonName(self.relative.first, self.client.last, self.relative.gender,
                                   self.client.origin)
        self.interpreter = random_person(rng)
        self.colleague = random_person(rng, rng.choice(["deutsch", "deutsch", None]) or None)
        self.lawyer = random_person(rng, rng.choice(["deutsch", "türkisch", "arabisch", "polnisch"]))


def _title(p: PersonName, case: str) -> str:
    if p.gender == "f":
        return "Frau"
    return "Herr" if case == "nom" else "Herrn"


def _genitive_ending(name: str) -> str:
    return "’" if name[-1] in "sxzß" else "s"


def mention(b: _Builder, rng: random.Random, p: PersonName, case: str = "nom",
            form: str | None = None) -> None:
    """Write a mention of p: title outside the labelled span, genitive s outside too."""
    rng_form = form or rng.choice(["title_last"] * 5 + ["title_full"] * 2 + ["full", "abbr"])
    full = f"{p.first} {p.last}"
    if p.origin == "vietnamesisch" and rng_form in ("full", "title_full") and b.pos % 3 == 0:
        full = f"{p.last} {p.first}"  # "Nguyen Thi Lan": family name first
    meta = {"origin": p.origin, "form": f"{rng_form}/{case}"}
    if rng_form == "first":
        name = p.first.split()[-1]
    elif rng_form in ("full", "title_full"):
        name = full
    else:
        name = p.last
    if rng_form in ("title_last", "title_full"):
        b.text(_title(p, case) + " ")
    elif rng_form == "abbr":
        b.text("Fr. " if p.gender == "f" else "Hr. ")
    b.item(name, "person", **meta)
    if case == "gen":
        b.text(_genitive_ending(name))


OPENINGS = (
    "{c} kam am {DATE} ohne Termin an den Schalter und wollte sofort jemanden sprechen. ",
    "Am {DATE} hatte ich ein Gespräch mit {c:dat} wegen der {LEGAL_F}. ",
    "{c} rief am {DATE} zum dritten Mal in dieser Woche an und fragte nach dem Stand des Verfahrens. ",
    "Vorsprache von {c:dat} am {DATE}: Es ging um die {LEGAL_F}, die in zwei Wochen ausläuft. ",
    "Der Dolmetscher übersetzte für {c:akk}, doch ich merkte schnell, dass kaum etwas ankam. ",
    "Erstgespräch mit {c:dat} ({NAT} Staatsangehörigkeit), geb. {BIRTH}. ",
    "{c} aus {COUNTRY} wartet seit dem {DATE} auf eine Antwort zum {LEGAL_M}. ",
    "Heute stand {c} mit der ganzen Familie im {PLACE}, obwohl nur ein Termin vergeben war. ",
    "Telefonat am {DATE} mit {c:dat}, die Stimmung war von Anfang an angespannt. ",
    "Ich musste {c:dat} am {DATE} die Ablehnung der {LEGAL_F} mitteilen. ",
)
DATA = (
    "Die Akte ({AZ}) lag noch bei der Kollegin aus dem Sachgebiet. ",
    "Unter {AZ} ist der Antrag seit Monaten offen. ",
    "{c} hinterließ die Rückrufnummer {TEL}. ",
    "Erreichbar ist {c} unter {TEL} oder per Mail an {MAIL}. ",
    "Laut Vermerk: Tel. {TEL}, E-Mail {MAIL}. ",
    "Die neue Anschrift lautet {ADDR}; die Meldebescheinigung fehlt noch. ",
    "Wohnhaft {ADDR}, seit dem Umzug kommt die Post nicht mehr an. ",
    "Für die Gebühr gab {c} die IBAN {IBAN} an. ",
    "Kontoverbindung laut Antrag: {IBAN}. ",
    "Im Antrag stand die Passnummer {PASS}, im System eine andere. ",
    "Der {NAT} Reisepass (Nr. {PASS}) ist seit dem {DATE} abgelaufen. ",
    "Die Nummer des Personalausweises, {GID}, stimmte nicht mit der Kopie überein. ",
    "Die eAT-Kartennummer {GID} wurde bei der Bundesdruckerei bestellt. ",
    "Im AZR (AZR-Nummer {AZR}) war noch die alte Anschrift gespeichert. ",
    "Die AZR-Nr. {AZR} stand auf keinem der Schreiben. ",
    "Die Nummer {AZR12} aus dem Ausländerzentralregister passte nicht zum Vorgang. ",
    "Für den Arbeitgeber brauchte {c} die Steuer-ID {STID}. ",
    "Die steuerliche Identifikationsnummer {STID} hatte {c} auf einem Zettel dabei. ",
    "{c}, geb. {BIRTH}, legte eine Geburtsurkunde vor. ",
    "Geburtsdatum laut Pass: {BIRTH}, laut Geburtsurkunde ein anderes. ",
    "{c} ist geboren am {BIRTH} in {COUNTRY}. ",
    "Der nächste Termin ist am {DATE} um 9:30 Uhr. ",
    "Der Widerspruch ging am {DATE} ein, die Frist endet am {DATE}. ",
    "Die Vorladung vom {DATE} hatte {c} nie erhalten. ",
    "Passersatzpapiere wurden am {DATE} bei der Botschaft beantragt. ",
    "Der Ausweis mit der Nummer {GID} liegt seit dem {DATE} im Schrank. ",
    "Bei der Zustellung an {ADDR} kam der Brief zurück. ",
    "{c} schickte am {DATE} eine Mail von {MAIL} mit dem Betreff „Dringend“. ",
)
PEOPLE = (
    "<Die Dolmetscherin|Der Dolmetscher:i> {i} übersetzte ruhig, aber {c} wurde immer lauter. ",
    "{REL} übersetzte, weil keine Dolmetscherin da war. ",
    "<Meine Kollegin|Mein Kollege:k> {k} kam dazu und übernahm kurz. ",
    "Ich rief <Rechtsanwältin|Rechtsanwalt:l> {l:akk} an, <die|der:l> {c:akk} vertritt. ",
    "<Sprachmittlerin|Sprachmittler:i> {i} erklärte mir danach, wie die Worte angekommen waren. ",
    "{c:gen} Akte fehlte der Nachweis über den Lebensunterhalt. ",
    "In {c:gen} Unterlagen lag eine Kopie des alten Bescheids. ",
    "Später erfuhr ich, dass {c:first} seit Wochen nicht schläft. ",
    "{c:first} weinte, als ich die Ablehnung erklärte. ",
    "Ich habe {c:first} gebeten, beim nächsten Mal die Unterlagen mitzubringen. ",
    "<Die Ehrenamtliche|Der Ehrenamtliche:k> {k} begleitete {c:akk} und sprach fast die ganze Zeit. ",
    "{REL} wartete draußen im Flur. ",
    "<Die Arbeitgeberin|Der Arbeitgeber:l>, {l}, hatte schon zweimal angerufen. ",
    "Mit {c:dat} und {REL} haben wir die nächsten Schritte aufgeschrieben. ",
    "<Teamleiterin|Teamleiter:k> {k} riet mir, den Fall in die kollegiale Fallberatung zu geben. ",
)
REFLECTION = (
    "Ich spürte {MYFEEL} und merkte, wie mein Ton schärfer wurde. ",
    "Hinter der {FEEL} stand vermutlich die Sorge um Arbeit und Familie. ",
    "Beim nächsten Mal will ich {TECH} nutzen und früher eine Pause anbieten. ",
    "{ROLE} hat mich danach unterstützt; das hat gutgetan. ",
    "Die {LEGAL_F} ist für viele Kundinnen und Kunden existenziell, das vergesse ich im Alltag manchmal. ",
    "Die Person wirkte {FEEL_ADJ}; ich habe das zuerst als Desinteresse gedeutet. ",
    "Rückblickend hätte ich den Bescheid in Einfacher Sprache erklären sollen. ",
    "Die Wartezeit von vier Monaten auf einen Termin ist strukturell bedingt, trotzdem bekomme ich den Frust ab. ",
    "In der kollegialen Fallberatung haben wir besprochen, wie Transparenz über die Bearbeitungszeit helfen kann. ",
    "Die Rechtsbehelfsbelehrung habe ich vorgelesen, verstanden wurde sie wohl nicht. ",
    "Im Wartebereich war es laut, der Sicherheitsdienst stand schon bereit. ",
    "Die Familie kommt aus {COUNTRY} und hat dort Angehörige verloren. ",
    "Nach § 81 Abs. 4 AufenthG gilt der alte Titel fort, das habe ich auf einem Zettel aufgeschrieben. ",
    "Was mir geholfen hat: ein Gespräch mit der Teamleitung und ein Spaziergang in der Mittagspause. ",
    "Ich nehme mit, dass {FEEL} oft hinter lauten Vorwürfen steckt. ",
    "Die {NAT} Staatsangehörigkeit spielte für die Entscheidung keine Rolle, trotzdem fühlte sich die Familie ungerecht behandelt. ",
    "Seit April 2024 hat sich die Bearbeitungszeit fast verdoppelt, in Raum 204 stapeln sich die Akten. ",
    "Die Duldung nach § 60a AufenthG und die Pflicht zur Passbeschaffung nach § 60b habe ich dreimal erklärt. ",
    "Die Gebühr von 100 Euro für die Fiktionsbescheinigung war für die Kundin ein großes Problem. ",
    "Gefühl: {MYFEEL}. Bedürfnis dahinter: Sicherheit und Klarheit über den {LEGAL_M}. ",
    "Mein Vorgesetzter meinte, bei Stufe 1 nach dem Aachener Modell hätte ich früher eine Grenze setzen dürfen. ",
    "Im Gespräch mit der Dolmetscherin ging es um Rollenklarheit und um Ich-Botschaften. ",
    "Die Blaue Karte EU und das beschleunigte Fachkräfteverfahren nach § 81a waren ihm völlig neu. ",
    "Ich habe Wasser angeboten und das Tempo verlangsamt, danach wurde es ruhiger. ",
)


def _fill(b: _Builder, template: str, case: _Case) -> None:
    rng = case.rng
    people = {"c": case.client, "i": case.interpreter, "k": case.colleague, "l": case.lawyer}
    # "<Kollegin|Kollege:k>": the word that fits the gender of person k
    template = re.sub(r"<([^|>]*)\|([^:>]*):([cikl])>",
                      lambda m: m[1] if people[m[3]].gender == "f" else m[2], template)
    pos = 0
    for m in re.finditer(r"\{([A-Za-z_0-9]+)(?::([a-z]+))?\}", template):
        b.text(template[pos:m.start()])
        pos = m.end()
        slot, arg = m[1], m[2]
        if slot in ("c", "i", "k", "l"):
            person = {"c": case.client, "i": case.interpreter, "k": case.colleague,
                      "l": case.lawyer}[slot]
            if arg == "first":
                mention(b, rng, person, "nom", "first")
            else:
                mention(b, rng, person, arg or "nom")
        elif slot == "REL":
            r = case.relative
            mine = "Ihr" if case.client.gender == "f" else "Sein"
            spouse = ["Ehemann"] if case.client.gender == "f" else []
            nouns = (["Sohn", "Bruder", "Cousin", "Neffe"] + spouse if r.gender == "m" else
                     ["Tochter", "Schwester", "Nichte"] + (["Ehefrau"] if not spouse else []))
            noun = rng.choice(nouns)
            article = (mine + ("e" if r.gender == "f" else "")) if rng.random() < 0.7 else \
                ("Die" if r.gender == "f" else "Der")
            b.text(f"{article} {noun} ")
            b.item(r.first.split()[-1], "person", origin=r.origin, form="role_first")
        elif slot in ("DATE",):
            b.item(random_date(rng), "datum")
        elif slot == "BIRTH":
            b.item(random_birth_date(rng), "geburtsdatum")
        elif slot == "AZ":
            prefix, number = random_file_number(rng)
            b.text(prefix)
            b.item(number, "aktenzeichen")
        elif slot == "TEL":
            b.item(random_phone(rng), "telefon")
        elif slot == "MAIL":
            b.item(random_email(rng, case.client), "email")
        elif slot == "ADDR":
            b.item(random_address(rng), "adresse")
        elif slot == "IBAN":
            b.item(random_iban(rng), "iban")
        elif slot == "PASS":
            b.item(random_passport(rng), "ausweisnummer")
        elif slot == "GID":
            b.item(random_german_id(rng), "ausweisnummer")
        elif slot == "AZR":
            b.item(random_azr(rng), "azr")
        elif slot == "AZR12":
            b.item(random_azr(rng, spaced=False), "azr")
        elif slot == "STID":
            b.item(random_tax_id(rng), "steuer_id")
        else:
            pool = {"LEGAL_F": LEGAL_F, "LEGAL_M": LEGAL_M, "FEEL": FEELINGS,
                    "FEEL_ADJ": FEELING_ADJ, "MYFEEL": MY_FEELINGS, "COUNTRY": COUNTRIES,
                    "NAT": NATIONALITY, "ROLE": ROLES_NOM, "PLACE": PLACES,
                    "TECH": TECHNIQUES}[slot]
            word = rng.choice(pool)
            if slot == "ROLE" and pos - len(m[0]) == 0:
                word = word[0].upper() + word[1:]
            for k, piece in enumerate(re.split(r"(\s+)", word)):
                if k % 2:
                    b.text(piece)
                elif piece.lower() in FUNCTION_WORDS:
                    b.text(piece)
                else:
                    b.meaning_word(piece)
    b.text(template[pos:])


def build_note(rng: random.Random, with_data: bool = True) -> Note:
    """One note: with personal data (opening, data, people, reflection) or reflection only."""
    case = _Case(rng)
    b = _Builder()
    if not with_data:
        for template in rng.sample(REFLECTION, rng.randint(3, 5)):
            _fill(b, template, case)
        return b.note()
    sentences = [rng.choice(OPENINGS)]
    middle = rng.sample(DATA, rng.randint(1, 3)) + rng.sample(PEOPLE, rng.randint(0, 2))
    rng.shuffle(middle)
    sentences += middle + rng.sample(REFLECTION, rng.randint(1, 2))
    for template in sentences:
        _fill(b, template, case)
    return b.note()


def build_corpus(n: int = 400, seed: int = 7) -> list[Note]:
    """n labelled notes; every fifth holds no personal data."""
    rng = random.Random(seed)
    return [build_note(rng, with_data=i % 5 != 4) for i in range(n)]


def build_bulk(target_bytes: int = 5_000_000, seed: int = 11) -> list[str]:
    """Notes (texts only) adding up to at least target_bytes of UTF-8, for throughput."""
    rng = random.Random(seed)
    texts: list[str] = []
    size = 0
    i = 0
    while size < target_bytes:
        text = build_note(rng, with_data=i % 5 != 4).text
        texts.append(text)
        size += len(text.encode("utf-8"))
        i += 1
    return texts
