"""More notes to tune the name rules on, never the second corpus's test part.

- `extra_tuning()`: 2,500 notes from the tuning half of the second corpus's name pools, with
  another seed (more combinations of names and sentence shapes than the 300 tuning notes);
- `validation()`: 1,500 notes with a third pool of names written for tuning only (ten origins,
  German surnames that are words, particles), in the second corpus's sentence shapes;
- `partly_listed()`: 1,500 notes with names partly in the data (listed first names with
  unlisted surnames, double names, particles).

    python -m bench.privacy_tuning      # recall and the misses of both (fine to read)
"""

from __future__ import annotations

import collections
import random

import bench.privacy_corpus2 as c2
from bench.privacy_corpus import Note

VALIDATION_POOLS = {
    "levante": ("Yousef Ghassan Hamza Ibrahim Nabil Walid Rima Suha Yara Lina Amal Dima",
                "Khatib Masri Saleh Qasem Jaber Mansour Rahal Haddadin Najjar Zoubi"),
    "türkisch": ("Ahmet Cem Deniz Kaan Mert Ayla Ece Gizem Selin Nur",
                 "Yavuz Bulut Cetin Tekin Ozturk Korkmaz Sahin Erdem Tas Eren"),
    "ukrainisch": ("Oleh Yurii Petro Hanna Mariia Sofiia Viktoriia Roksolana",
                   "Hrytsak Kostenko Levchenko Zhuk Bondar Honchar Oliinyk Tymoshchuk"),
    "äthiopisch": ("Kidane Dawit Yonatan Mulu Selamawit Almaz Hanna Tsion",
                   "Bekele Girma Wolde Alemu Desta Tadesse Haile Mekonnen"),
    "afghanisch": ("Farid Noorullah Zabiullah Sahar Nasrin Hosai Marwa",
                   "Sharifi Noori Habibi Amiri Yousufzai Qaderi Ghani"),
    "westafrikanisch": ("Emeka Uche Ifeoma Chinwe Kwabena Abena Modou Fatou",
                        "Eze Okoro Nnamdi Oduya Mensah Ansah Ndiaye Faye"),
    "deutsch": ("Klaus Jürgen Ulla Heike Björn Ronja Lasse Jette",
                "Kühn Vogt Fuchs Hahn Wolf Brenner Sauer Lang Krebs Sommer Kraus Engel Bach "
                "Winter"),
    "iberisch": ("Ana Pedro Inês Duarte Lucía Sergio Alejandro",
                 "da_Costa Ferreira Gomes Martins Navarro Ortega Iglesias"),
    "balkan": ("Nikola Marko Ivana Snežana Bojan Adem Enis Ardit",
               "Nikolić Marković Ilić Lukić Shehu Dervishi Çela Kola"),
    "ostasiatisch": ("Hung Dung Trang Hien Minh-Anh Jun Yuki Hiroshi",
                     "Vu Dao Cao Quach Tanaka Suzuki Kim Park"),
}


# Names partly in the data: listed first names with unlisted surnames, double names, particles.
PARTLY_FIRST = ("Mohammed Ali Anna Maria Fatima Ahmad Olga Elena Peter Sara Yusuf Hassan Mariam "
                "Ivan Leila Omar Leyla Samir Kofi Mehmet Julia Aziz Fatma Tarek Svetlana Abdi "
                "Marta Ravi Noor").split()
PARTLY_LAST = ("Mbeki Kasprzak Oyeyemi Tshabalala Hovhannisyan Rakotomalala Zaheer Qadir Bouchareb "
               "Strnad Wróblewski Achterberg Feldmeier Ogbonna Nwankwo Turan Sezgin Habibzada "
               "Karadžić Lindqvist Pfaff Grünewald Schimmel Kranz Holler Vogelsang Tauber Steinke "
               "Hüttner Albrecht Yilmaz-Becker Schulz-Haddad Novak-Fischer Osei-Wagner "
               "Kaya-Hoffmann Bauer-Nguyen Meier-Abdi Petrov-Lange Richter-Okafor Aydin-Krüger "
               "Fuchs-Mensah Vogel-Sahin al-Masri el-Sayed van_Dijk van_der_Meer de_Oliveira "
               "dos_Santos da_Silva Abu_Hamdan ibn_Said de_la_Rosa di_Stefano Al_Rashid "
               "El_Khoury").split()


class _PartlyNames:
    def person(self, rng: random.Random) -> c2.P:
        return c2.P(rng.choice(PARTLY_FIRST), rng.choice(PARTLY_LAST).replace("_", " "),
                    "teilweise")


class _ValidationNames:
    def __init__(self) -> None:
        self.pools = {k: (f.split(), [w.replace("_", " ") for w in s.split()])
                      for k, (f, s) in VALIDATION_POOLS.items()}

    def person(self, rng: random.Random) -> c2.P:
        origin = rng.choice(list(self.pools))
        firsts, lasts = self.pools[origin]
        return c2.P(rng.choice(firsts), rng.choice(lasts), origin)


def _notes(names, n: int, seed: int) -> list[Note]:
    rng = random.Random(seed)
    notes = []
    for _ in range(n):
        b = c2._B()
        for template in rng.sample(c2.TEMPLATES, rng.randint(1, 3)):
            c2._fill(b, template, rng, names)
            b.text(" ")
        notes.append(b.note())
    return notes


def extra_tuning(n: int = 2500) -> list[Note]:
    return _notes(c2._Names(0), n, seed=4242)


def validation(n: int = 1500) -> list[Note]:
    return _notes(_ValidationNames(), n, seed=99)


def partly_listed(n: int = 1500) -> list[Note]:
    return _notes(_PartlyNames(), n, seed=3)


def main() -> int:
    from bench.bench_anonymizer import evaluate

    for label, notes in (("extra tuning", extra_tuning()), ("validation", validation()),
                         ("partly listed names", partly_listed())):
        ev = evaluate(notes)
        print(f"{label}: names {ev.found['person']}/{ev.items['person']} = "
              f"{ev.found['person'] / ev.items['person']:.2%}, meaning words kept "
              f"{ev.retention:.2%}")
        misses = collections.Counter((kind, text) for kind, text, _ in ev.misses)
        for (kind, text), count in misses.most_common(20):
            print(f"  {count:3} {kind:<12} {text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
