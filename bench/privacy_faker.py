"""Notes with names from another source: the person lists of Faker (MIT licence), never read by
the detector nor used to write its rules, in the second corpus's sentence shapes.

Why: the second corpus's name pools and the tuning pools (bench/privacy_tuning.py) were written
by the same hands as the rules. Faker's locale lists were compiled by others, for other
purposes; they are the independent check of a rule change (fine to read their misses: this set
is not the untouched test part). Faker is a developer's tool here, not a dependency:

    pip install --target /tmp/faker faker
    PYTHONPATH=/tmp/faker python -m bench.privacy_faker

Only locales whose lists are in Latin script and whose people come to German immigration
offices are used; a note's names come from one locale at a time.
"""

from __future__ import annotations

import collections
import importlib
import random

import bench.privacy_corpus2 as c2
from bench.privacy_corpus import Note

LOCALES = ("tr_TR", "az_AZ", "uz_UZ", "fr_DZ", "en_NG", "ha_NG", "ig_NG", "yo_NG", "en_KE",
           "sw", "tw_GH", "en_PK", "en_IN", "id_ID", "vi_VN", "pl_PL", "ro_RO", "hr_HR",
           "sk_SK", "cs_CZ", "hu_HU", "lt_LT", "es_CO", "pt_BR", "it_IT", "de_DE", "de_AT",
           "nl_NL", "fr_FR", "sq_AL", "bs_BA", "ka_GE", "hy_AM")


def _names(attr_first: tuple[str, ...], attr_last: tuple[str, ...], provider) -> tuple[list[str], list[str]]:
    def collect(attrs: tuple[str, ...]) -> list[str]:
        out: set[str] = set()
        for attr in attrs:
            value = getattr(provider, attr, None)
            if isinstance(value, dict):
                value = list(value)
            for name in value or ():
                if isinstance(name, str) and name.isascii() is False and not all(
                        ch.isalpha() and ord(ch) < 0x250 or ch in " -'" for ch in name):
                    continue  # other scripts
                if isinstance(name, str) and name.strip() and len(name) > 1:
                    out.add(name.strip())
        return sorted(out)
    return collect(attr_first), collect(attr_last)


class FakerNames:
    """Names by locale from Faker's person providers."""

    def __init__(self) -> None:
        self.pools: dict[str, tuple[list[str], list[str]]] = {}
        for locale in LOCALES:
            try:
                module = importlib.import_module(f"faker.providers.person.{locale}")
            except ModuleNotFoundError:
                continue
            firsts, lasts = _names(("first_names", "first_names_male", "first_names_female"),
                                   ("last_names",), module.Provider)
            if len(firsts) >= 10 and len(lasts) >= 10:
                self.pools[locale] = (firsts, lasts)
        if not self.pools:
            raise SystemExit("Faker fehlt: pip install --target /tmp/faker faker, "
                             "dann PYTHONPATH=/tmp/faker python -m bench.privacy_faker")

    def person(self, rng: random.Random) -> c2.P:
        locale = rng.choice(list(self.pools))
        firsts, lasts = self.pools[locale]
        return c2.P(rng.choice(firsts), rng.choice(lasts), f"faker:{locale}")


def faker_notes(n: int = 2000, seed: int = 77) -> list[Note]:
    names = FakerNames()
    rng = random.Random(seed)
    notes = []
    for _ in range(n):
        b = c2._B()
        for template in rng.sample(c2.TEMPLATES, rng.randint(1, 3)):
            c2._fill(b, template, rng, names)  # type: ignore[arg-type]
            b.text(" ")
        notes.append(b.note())
    return notes


def main() -> int:
    from bench.bench_anonymizer import evaluate

    notes = faker_notes()
    ev = evaluate(notes)
    print(f"Faker names: {ev.found['person']}/{ev.items['person']} = "
          f"{ev.found['person'] / ev.items['person']:.2%}, meaning words kept "
          f"{ev.meaning_kept}/{ev.meaning_total}, findings without a counterpart "
          f"{ev.false_positives}")
    per_origin = {k: (ev.found[k], ev.items[k]) for k in ev.items if k.startswith("person:faker")}
    print("  " + ", ".join(f"{k[13:]} {f}/{n}" for k, (f, n) in sorted(per_origin.items())))
    misses = collections.Counter((kind, text) for kind, text, _ in ev.misses)
    for (kind, text), count in misses.most_common(40):
        print(f"  {count:3} {kind:<12} {text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
