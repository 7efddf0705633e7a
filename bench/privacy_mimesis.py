"""Development notes made apart from both corpora: names from Mimesis's person data (MIT),
sentence shapes written for this set only (telephone notes, e-mail summaries, hand-overs,
lists of those present), so that a rule tuned here is tested against shapes it was not
written from when the second corpus's test part is measured.

Never the untouched test part: this is development data, its misses are for reading. Mimesis
is a developer's tool here, not a dependency (its JSON files are read directly):

    pip install --target /tmp/mimesis mimesis
    PYTHONPATH=/tmp/mimesis python -m bench.privacy_mimesis

Names: a first name and a surname of one locale (Turkish, Azerbaijani, Polish, Croatian,
Czech, Slovak, Hungarian, Italian, Spanish, Brazilian, French, Dutch, German, Ukrainian and
Russian lists are in Cyrillic and left out); a third of the people get a surname of another
locale (a first name the data knows with a surname it does not), a double surname, or a
surname with a particle as the lists spell it ("De Angelis", "da Costa", "Le Breton").
"""

from __future__ import annotations

import json
import random
import re
from importlib import util
from pathlib import Path

import bench.privacy_corpus2 as c2
from bench.privacy_corpus import Note

_PLAIN = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")
LOCALES = ("tr", "az", "pl", "hr", "cs", "sk", "hu", "it", "es", "pt-br", "fr", "nl", "de")

# Shapes of this set only: {p.full} first name and surname, {p.last}, {p.first}, {p.rev}
# "Surname, First name", {p.lower} / {p.lowerlast} typed in lower case; {q.…} a second person.
TEMPLATES = (
    "Telefonnotiz {datum}: {p.full} ruft an, fragt nach dem Stand ihres Antrags.",
    "Rückruf an {p.last} erfolgt, Mailbox. Nochmals versuchen.",
    "Anwesend: {p.full}, {q.full} (Dolmetscher), Unterzeichnerin.",
    "Mail von {p.full} ({email}) vom {datum}: Unterlagen folgen nächste Woche.",
    "Übergabe an Kollegin: Fall {p.last} — Pass liegt vor, Meldebescheinigung fehlt.",
    "{p.rev}; Staatsangehörigkeit geklärt, AZ {aktenzeichen}.",
    "Laut {p.first} {p.last} wohnt der Sohn noch in der alten Wohnung.",
    "Gespräch mit {p.full} und ihrem Mann {q.first} {q.last} über die Verlängerung.",
    "Die Antragstellerin {p.full} legte den Arbeitsvertrag vor.",
    "Nachfrage von {p.last}: wann kommt der Bescheid? Auskunft gegeben.",
    "Vorsprache {p.full}, geb. {geburtsdatum}, wegen Fiktionsbescheinigung.",
    "{p.full} hat heute die Karte abgeholt, Unterschrift geleistet.",
    "Termin für {p.first} {p.last} auf den {datum} verlegt.",
    "Bei {p.last} fehlt weiterhin der Nachweis der Krankenversicherung.",
    "Ehefrau {q.full} begleitet, spricht gut Deutsch.",
    "tel. mit {p.lower} – unterlagen kommen per post",
    "{p.first} (Tochter von {q.full}) war ebenfalls anwesend.",
    "Schreiben an {p.full}, {adresse}, versandt.",
    "Rücksprache mit Herrn {p.last} und Frau {q.last} zur Wohnsitzauflage.",
    "Beschwerde von {p.full} über lange Wartezeiten aufgenommen.",
    "Frau {p.last} bittet um Rückruf unter {telefon}.",
    "Kd. {p.full} erschien ohne Termin, Nummer gezogen.",
    "Vollmacht für {q.full} liegt vor, unterschrieben von {p.full}.",
    "Zu {p.full}: Einbürgerungstest bestanden, Zertifikat in Kopie.",
    "Herr {p.full} und sein Bruder {q.first} kamen gemeinsam.",
    "Akte {p.last} an Sachgebiet 2 abgegeben.",
    "Heute erneut {p.full}: Frage nach Familiennachzug für die Kinder.",
    "Notiz: {p.first} arbeitet seit März als Pflegehelferin, Vertrag unbefristet.",
    "Gesprächspartner: {p.rev} sowie Betreuerin {q.full}.",
    "Wie mit {p.last} vereinbart, Frist bis {datum} verlängert.",
)


def _read(locale: str, root: Path) -> tuple[list[str], list[str]]:
    data = json.loads((root / locale / "person.json").read_text(encoding="utf-8"))

    def flat(value: dict[str, list[str]] | list[str] | None) -> list[str]:
        items = sum(value.values(), []) if isinstance(value, dict) else list(value or [])
        # Only names as people write them: letters, spaces, hyphens, apostrophes (the lists
        # hold a few slips such as "Domokos (name)"); a lower-case first letter capitalised.
        return sorted({s[0].upper() + s[1:] if s.split()[0].islower() and " " not in s else s
                       for s in (i.strip() for i in items if isinstance(i, str))
                       if len(s) > 1 and _PLAIN.fullmatch(s)})

    return flat(data.get("names")), flat(data.get("surnames"))


def mimesis_available() -> bool:
    """Is Mimesis importable with its data? A folder named "mimesis" on the path (for example
    /tmp/mimesis, the --target of its installation, seen from /tmp as the working folder) is
    found as a namespace package without an origin: that is not Mimesis."""
    spec = util.find_spec("mimesis")
    return spec is not None and spec.origin is not None


class MimesisNames:
    """People from Mimesis's lists, a third of them with mixed, double or particle surnames."""

    def __init__(self) -> None:
        spec = util.find_spec("mimesis")
        if spec is None or spec.origin is None:
            raise SystemExit("Mimesis fehlt: pip install --target /tmp/mimesis mimesis, dann "
                             "PYTHONPATH=/tmp/mimesis python -m bench.privacy_mimesis")
        root = Path(spec.origin).parent / "datasets"
        self.pools = {loc: _read(loc, root) for loc in LOCALES}
        self.particled = [s for _, lasts in self.pools.values() for s in lasts
                          if " " in s and not s.islower()]

    def person(self, rng: random.Random) -> c2.P:
        locale = rng.choice(LOCALES)
        firsts, lasts = self.pools[locale]
        first, last = rng.choice(firsts), rng.choice(lasts)
        kind = rng.random()
        if kind < 0.12:
            last = rng.choice(self.pools[rng.choice(LOCALES)][1])
            locale = "gemischt"
        elif kind < 0.22:
            last = f"{last}-{rng.choice(self.pools[rng.choice(LOCALES)][1])}"
            locale = "doppelt"
        elif kind < 0.3 and self.particled:
            last = rng.choice(self.particled)
            locale = "partikel"
        if " " in last.split("-")[0] and last[0].islower():
            last = last[0].upper() + last[1:]
        return c2.P(first, last, f"mimesis:{locale}")


def mimesis_notes(n: int = 2000, seed: int = 1313) -> list[Note]:
    names = MimesisNames()
    rng = random.Random(seed)
    notes = []
    for _ in range(n):
        b = c2._B()
        for template in rng.sample(TEMPLATES, rng.randint(1, 4)):
            c2._fill(b, template, rng, names)  # type: ignore[arg-type]
            b.text(rng.choice((" ", "\n", " ")))
        notes.append(b.note())
    return notes


def main() -> int:
    from bench.bench_anonymizer import evaluate
    from bench.privacy_dev import print_set

    print_set("Mimesis", evaluate(mimesis_notes()), False)
    # The same names in the second corpus's sentence shapes (as bench/privacy_tuning.py).
    from bench.privacy_tuning import _notes

    ev = evaluate(_notes(MimesisNames(), 3000, seed=777))
    print(f"Mimesis names in the second corpus's shapes: {ev.found['person']}/"
          f"{ev.items['person']} = {ev.found['person'] / ev.items['person']:.2%}, meaning words "
          f"kept {ev.meaning_kept}/{ev.meaning_total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
