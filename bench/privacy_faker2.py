"""A fourth development set of names, made apart from every earlier one (session five, "names").

- Names: Faker's person lists (MIT) of locales no other set or the model's training uses —
  Bulgarian, Macedonian and Ukrainian (Cyrillic, transliterated as German passports write it),
  Greek (transliterated), Belgian Dutch, Swiss and Québec French, Spanish of Spain, Portuguese
  of Portugal, Finnish, Estonian, Swedish, Norwegian and Danish lists (the Swedish and Danish
  ones hold many names of people who migrated there: Abbas, Abdi, Hussein).
- Sentence shapes: written for this file only, not the templates of the other sets — notes that
  follow one person through an entry (the same person named again, also in lower case or in the
  genitive), headings and colons before a name, chat-like quick notes in lower case, lists of
  those present, signatures, quotations, names after prepositions and before participles.
- Templates and names are each split in halves by a fixed seed: the development half
  (default) prints its misses; the held half (`--held`) is measured only, aggregate.

    pip install --target /tmp/faker faker
    PYTHONPATH=/tmp/faker python -m bench.privacy_faker2 [--held]
"""

from __future__ import annotations

import importlib
import random
import re
import sys

import bench.privacy_corpus2 as c2
from bench.privacy_corpus import Note

LOCALES = ("bg_BG", "mk_MK", "uk_UA", "el_GR", "nl_BE", "fr_CH", "fr_QC", "es_ES", "pt_PT",
           "fi_FI", "et_EE", "sv_SE", "no_NO", "da_DK")

_CYR = {
    **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziiklmnoprstufye", strict=True)),
    "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ю": "iu",
    "я": "ia", "ъ": "a", "ь": "", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ј": "j",
    "ќ": "kj", "ѓ": "gj", "љ": "lj", "њ": "nj", "џ": "dzh", "ѕ": "dz",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ά": "a", "έ": "e",
    "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o", "ϊ": "i", "ϋ": "y", "ΐ": "i", "ΰ": "y",
}
_PLAIN = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)?")


def _latin(s: str) -> str:
    out = []
    for ch in s:
        t = _CYR.get(ch.lower())
        out.append(ch if t is None else (t.capitalize() if ch != ch.lower() else t))
    return "".join(out)


def _pool(provider: type, attrs: tuple[str, ...]) -> list[str]:
    out: set[str] = set()
    for attr in attrs:
        value = getattr(provider, attr, None) or ()
        for name in value:
            name = _latin(name.strip())
            if len(name) > 1 and _PLAIN.fullmatch(name) and all(ord(c) < 0x250 for c in name):
                out.add(name)
    return sorted(out)


def _halves(items: list[str] | tuple[str, ...], rng: random.Random) -> tuple[list[str], list[str]]:
    items = sorted(set(items))
    rng.shuffle(items)
    return items[: len(items) // 2], items[len(items) // 2:]


class Names:
    def __init__(self, part: int) -> None:
        rng = random.Random(60606)
        self.pools: dict[str, tuple[list[str], list[str]]] = {}
        for locale in LOCALES:
            try:
                provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
            except ModuleNotFoundError as exc:
                raise SystemExit("Faker fehlt: pip install --target /tmp/faker faker, dann "
                                 "PYTHONPATH=/tmp/faker python -m bench.privacy_faker2") from exc
            firsts = _pool(provider, ("first_names", "first_names_male", "first_names_female"))
            lasts = _pool(provider, ("last_names", "last_names_male", "last_names_female"))
            self.pools[locale] = (_halves(firsts, rng)[part], _halves(lasts, rng)[part])

    def person(self, rng: random.Random) -> c2.P:
        locale = rng.choice(LOCALES)
        firsts, lasts = self.pools[locale]
        return c2.P(rng.choice(firsts), rng.choice(lasts), f"faker2:{locale}")


# Slots: {p.full} {p.first} {p.last} {p.rev} ("Nachname, Vorname") {p.lower} (full name in
# lower case) {p.lowerfirst} {p.lowerlast} {p.gen} (surname in the genitive) {p.genfirst};
# {q.…} a second person. One note follows the same two people through all its sentences.
TEMPLATES = (
    "Vorgang {aktenzeichen} – Sachstand: {p.full} hat die Meldebescheinigung nachgereicht.",
    "Rückruf erbeten: {p.first} {p.last} möchte wissen, wann der Bescheid kommt.",
    "{p.gen} Reisepass ist am {datum} abgelaufen; Verlängerung bei der Botschaft beantragt.",
    "Heute erneut {p.last} am Schalter, diesmal mit allen Lohnbelegen.",
    "tel. {datum}: {p.lowerfirst} fragt nach dem termin, hab ihn auf nächste woche vertröstet",
    "Anwesend: {p.full}, {q.full} (Sprachmittlung), Sachbearbeitung.",
    "Gez. {q.first} {q.last}, Sachgebiet Aufenthalt",
    "Laut {p.last} arbeitet die Ehefrau {q.first} seit {datum} in Teilzeit.",
    "Beim letzten Termin brachte {p.first} die Kinder mit; {q.first} ist erst vier.",
    "Schreiben an {p.rev} mit Bitte um Stellungnahme bis {datum} raus.",
    "Kopie der Heiratsurkunde ({p.last}/{q.last}) zur Akte genommen.",
    "Frage von {p.first}: „Muss ich für die Verlängerung wieder persönlich kommen?“",
    "Mit {p.full} die Voraussetzungen der Niederlassungserlaubnis durchgesprochen.",
    "notiz für {q.lowerfirst}: bitte akte {p.lowerlast} morgen früh vorlegen",
    "Nachtrag: {p.first} hat inzwischen einen Mietvertrag ab {datum}.",
    "Eingang per Post: Attest für {p.full}, Arbeitsunfähigkeit bis {datum}.",
    "Die Vermieterin, {q.full}, bestätigt den Wohnraum schriftlich.",
    "{p.last} wirkte heute deutlich ruhiger als beim Erstgespräch.",
    "Termin {datum}, 10:30 Uhr – {p.full} – Verlängerung Aufenthaltserlaubnis",
    "Bescheid über die Ablehnung an {p.first} {p.last} zugestellt, Rechtsbehelfsbelehrung beigefügt.",
    "{p.lower} war heute ohne termin da, wollte nur den stand wissen.",
    "Sprachkursbescheinigung von {p.genfirst} Arbeitgeber fehlt noch.",
    "Arbeitgeber von {p.last}: Bäckerei am Markt, unbefristet seit {datum}.",
    "Die Ausländerbehörde {q.last} (Nachbarkreis) hat die Akte von {p.full} übersandt.",
    "Zwischen {p.first} und seinem Bruder {q.first} gibt es Streit um die Wohnung.",
    "Erinnerung: bei {p.last} fehlt die Krankenversicherung.",
    "{p.first}, {q.first} und ich haben gemeinsam das Formular ausgefüllt.",
    "Passersatzpapier für {p.full} über die Zentrale beantragt; Foto liegt vor.",
    "hab {p.lowerfirst} gesagt, dass der antrag vollständig sein muss",
    "Vollmacht: {p.full} bevollmächtigt {q.full}, Unterlagen abzuholen.",
    "Rückmeldung Jobcenter zu {p.last} steht aus, Nachfrage am {datum}.",
    "Nach dem Gespräch schrieb {p.first} eine kurze Mail ({email}) mit Dank.",
    "Ehepaar {p.last} erschien gemeinsam; Herr {p.last} sprach für beide.",
    "Zur Kenntnis an {q.full}: Familiennachzug für {p.first} wird geprüft.",
    "{p.full} – Aufenthaltsgestattung verlängert, nächste Vorsprache {datum}.",
    "Unterschrift von {p.last} fehlt auf Seite 2, Formular zurückgegeben.",
    "Weil {p.first} kaum Deutsch spricht, übersetzte {q.first} {q.last}.",
    "Fall {p.last}: Widerspruch eingelegt, Abgabe an die Rechtsstelle.",
    "ich hab mit {p.lowerlast} telefoniert, unterlagen kommen per post",
    "Am {datum} meldete sich {p.first} {p.last} telefonisch ab, Ausreise nach {ort} geplant.",
)

_PLACES = ("Sofia", "Skopje", "Lissabon", "Porto", "Madrid", "Helsinki", "Tallinn", "Göteborg",
           "Oslo", "Aarhus", "Lwiw", "Thessaloniki", "Québec", "Genf", "Antwerpen")


def _genitive(name: str) -> str:
    return "’" if name[-1] in "sxzß" else "s"


def _slot(b: c2._B, p: c2.P, what: str) -> None:
    o = p.origin
    if what == "full":
        b.item(f"{p.first} {p.last}", "person", o)
    elif what == "first":
        b.item(p.first, "person", o)
    elif what == "last":
        b.item(p.last, "person", o)
    elif what == "rev":
        b.item(p.last, "person", o)
        b.text(", ")
        b.item(p.first, "person", o)
    elif what == "lower":
        b.item(f"{p.first} {p.last}".lower(), "person", o)
    elif what == "lowerfirst":
        b.item(p.first.lower(), "person", o)
    elif what == "lowerlast":
        b.item(p.last.lower(), "person", o)
    elif what == "gen":
        b.item(p.last, "person", o)
        b.text(_genitive(p.last))
    elif what == "genfirst":
        b.item(p.first, "person", o)
        b.text(_genitive(p.first))
    else:
        raise KeyError(what)


def _fill(b: c2._B, template: str, rng: random.Random, p: c2.P, q: c2.P) -> None:
    makers = {
        "datum": lambda: c2.date(rng), "aktenzeichen": lambda: c2.file_number(rng),
        "email": lambda: c2.email(rng, p),
    }
    pos = 0
    for m in re.finditer(r"\{(\w+)(?:\.(\w+))?\}", template):
        b.text(template[pos:m.start()])
        pos = m.end()
        if m[1] in ("p", "q"):
            _slot(b, p if m[1] == "p" else q, m[2])
        elif m[1] == "ort":
            # A place is neither a name nor a meaning word here ("Sofia" is both a town and a
            # first name): an item of its own kind, not reported.
            b.item(rng.choice(_PLACES), "ort")
        else:
            b.item(makers[m[1]](), m[1])
    b.text(template[pos:])


def notes(part: int, n: int = 1500) -> list[Note]:
    names = Names(part)
    templates = _halves(TEMPLATES, random.Random(60607))[part]
    rng = random.Random(60608 + part)
    out = []
    for _ in range(n):
        b = c2._B()
        p, q = names.person(rng), names.person(rng)
        for template in rng.sample(templates, rng.randint(2, 4)):
            _fill(b, template, rng, p, q)
            b.text(rng.choice((" ", " ", "\n")))
        out.append(b.note())
    return out


def main() -> int:
    from bench.bench_anonymizer import evaluate
    from bench.privacy_dev import print_set

    held = "--held" in sys.argv
    print_set("Faker2", evaluate(notes(1 if held else 0)), held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
