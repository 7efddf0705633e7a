"""A third development set of names: Mimesis locales the earlier sets did not use (Ukrainian,
Russian and Kazakh names transliterated as German passports write them, Greek transliterated,
Portuguese, Mexican Spanish, Scandinavian, Finnish, Estonian, Icelandic, Austrian and Swiss
German), in sentence shapes written for this set only (Aktenvermerke of an Ausländerbehörde:
Vorsprachen, Anhörungen, Aktenvermerke nach Telefonat, Weiterleitungen, Posteingang).

Templates and names are each split in halves by a fixed seed: the development half is for
reading misses; the held half (`--held`) is measured only, aggregate, never printed note by
note. Mimesis is a developer's tool here (its JSON files are read directly):

    pip install --target /tmp/mimesis mimesis
    PYTHONPATH=/tmp/mimesis python -m bench.privacy_mimesis2 [--held]
"""

from __future__ import annotations

import json
import random
import sys
from importlib import util
from pathlib import Path

import bench.privacy_corpus2 as c2
from bench.privacy_corpus import Note
from bench.privacy_mimesis import _PLAIN

LOCALES = ("uk", "ru", "kk", "el", "pt", "es-mx", "sv", "da", "no", "fi", "et", "is", "de-at",
           "de-ch", "tr")

# German passport transliteration (ICAO 9303) of Cyrillic and a plain one of Greek.
_TRANSLIT = {
    **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziiklmnoprstufye", strict=True)),
    "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "iu",
    "я": "ia", "ъ": "ie", "ь": "", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ә": "a",
    "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    **dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", "avgdeziJiklmnxoprsstyfCPo", strict=True)),
    "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o", "ϊ": "i",
}
_MULTI = {"J": "th", "C": "ch", "P": "ps"}


def _latin(s: str) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        t = _TRANSLIT.get(low)
        if t is None:
            out.append(ch)
            continue
        t = "".join(_MULTI.get(c, c) for c in t)
        out.append(t.capitalize() if ch != low and t else t)
    return "".join(out)


def _read(locale: str, root: Path) -> tuple[list[str], list[str]]:
    data = json.loads((root / locale / "person.json").read_text(encoding="utf-8"))

    def flat(value: dict[str, list[str]] | list[str] | None) -> list[str]:
        items = sum(value.values(), []) if isinstance(value, dict) else list(value or [])
        words = {_latin(i.strip()) for i in items if isinstance(i, str)}
        return sorted(s for s in words if len(s) > 1 and _PLAIN.fullmatch(s))

    return flat(data.get("names")), flat(data.get("surnames"))


TEMPLATES = (
    "Vorsprache am {datum}: {p.full} legt die Geburtsurkunde im Original vor, Kopie zur Akte.",
    "AV: Telefonat mit {p.last}, Ehemann von {q.full}; Termin zur Abholung vereinbart.",
    "Anhörung nach § 28 VwVfG an {p.full}, {adresse}, mit Frist zum {datum} versandt.",
    "Posteingang: Schreiben von {p.full} vom {datum}, bittet um Aufschub der Ausreisefrist.",
    "Weitergeleitet an SG 32 (Einbürgerung): Antrag {p.last}, {p.first}.",
    "Herr {p.last} erschien mit seiner Schwester {q.first}, die übersetzte.",
    "Sprachzertifikat B1 von {p.first} {p.last} liegt vor; Integrationskurs abgeschlossen.",
    "Frau {p.full} teilt mit, dass sie umgezogen ist; neue Anschrift {adresse}.",
    "Die Tochter {q.first} wurde am {datum} eingeschult, Nachweis von {p.full} eingereicht.",
    "Vermerk: {p.lower} hat angerufen, pass ist abgelaufen, neuer termin nötig.",
    "Bevollmächtigter RA {q.last} zeigt Vertretung von {p.full} an.",
    "{p.first} {p.last} wünscht Auskunft zum Stand, Rückruf unter {telefon} zugesagt.",
    "Bestätigung des Arbeitgebers für {p.full} (Lagerhelfer, Vollzeit) liegt vor.",
    "Ausweisersatz für {p.last} verlängert bis {datum}.",
    "Gesprächsnotiz: {p.first} wirkt erschöpft, schildert Probleme mit dem Vermieter.",
    "Eingang Mail {email}: {p.full} sendet die Lohnabrechnungen nach.",
    "Abholung der eAT-Karte durch {p.full} persönlich, Ausweis geprüft.",
    "Antragstellerin {p.last} fragt, ob ihr Sohn {q.first} mitversichert ist.",
    "kurz: {p.lowerlast} war da, lohnzettel fehlen noch",
    "Nach Rücksprache mit {p.full} wird der Termin auf den {datum} verschoben.",
    "Zustellung an {p.full}, {adresse}, gescheitert: Empfänger unbekannt verzogen.",
    "Herr {p.first} {p.last} und Frau {q.first} {q.last} beantragen gemeinsam die Verlängerung.",
    "Dolmetscherin {q.full} (Ukrainisch) war beim Gespräch mit {p.first} dabei.",
    "Verpflichtungserklärung von {q.full} zugunsten {p.full} geprüft, Bonität ausreichend.",
)


def _halves(items: list[str] | tuple[str, ...], rng: random.Random) -> tuple[list[str], list[str]]:
    items = sorted(set(items))
    rng.shuffle(items)
    return items[: len(items) // 2], items[len(items) // 2:]


class Names:
    """People from the locales above; half of each pool per part; some double surnames."""

    def __init__(self, part: int) -> None:
        spec = util.find_spec("mimesis")
        if spec is None or spec.origin is None:
            raise SystemExit("Mimesis fehlt: pip install --target /tmp/mimesis mimesis")
        root = Path(spec.origin).parent / "datasets"
        rng = random.Random(4242)
        self.pools = {}
        for loc in LOCALES:
            firsts, lasts = _read(loc, root)
            self.pools[loc] = (_halves(firsts, rng)[part], _halves(lasts, rng)[part])

    def person(self, rng: random.Random) -> c2.P:
        locale = rng.choice(LOCALES)
        firsts, lasts = self.pools[locale]
        first, last = rng.choice(firsts), rng.choice(lasts)
        if rng.random() < 0.1:
            last = f"{last}-{rng.choice(self.pools[rng.choice(LOCALES)][1])}"
            locale = "doppelt"
        return c2.P(first, last, f"mimesis2:{locale}")


def notes(part: int, n: int = 1500) -> list[Note]:
    names = Names(part)
    templates = _halves(TEMPLATES, random.Random(4243))[part]
    rng = random.Random(515 + part)
    out = []
    for _ in range(n):
        b = c2._B()
        for template in rng.sample(templates, rng.randint(1, 4)):
            c2._fill(b, template, rng, names)  # type: ignore[arg-type]
            b.text(rng.choice((" ", "\n")))
        out.append(b.note())
    return out


def main() -> int:
    from bench.bench_anonymizer import evaluate
    from bench.privacy_dev import print_set

    held = "--held" in sys.argv
    print_set("Mimesis2", evaluate(notes(1 if held else 0)), held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
